// Compile-time checks of Anlage 1's "Vergleich" rounding rule at its edges.
#include <amip/core/ratio.hpp>

namespace {
// Seed, Anlage 1: a row printed 0 against 4 is -100,0 %, 50 against 10 is 400,0 %, 0 against 0 is 0,0 %.
static_assert(amip::change_in_tenths_of_percent(0, 4) == -1'000);
static_assert(amip::change_in_tenths_of_percent(50, 10) == 4'000);
static_assert(amip::change_in_tenths_of_percent(0, 0) == 0);
static_assert(!amip::change_in_tenths_of_percent(1, 0).has_value());
// Half away from zero: +0,05 % rounds to +0,1 %, -0,05 % to -0,1 %.
static_assert(amip::change_in_tenths_of_percent(2'001, 2'000) == 1);
static_assert(amip::change_in_tenths_of_percent(1'999, 2'000) == -1);
}  // namespace
