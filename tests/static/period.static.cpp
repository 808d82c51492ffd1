// Compile-time tests of periods: this file compiles only if every static_assert holds.
#include <amip/model/period.hpp>

#include <cstdint>

namespace {
using namespace amip;

// A year is a whole number: plan_of(2026.5) does not compile instead of being truncated to 2026.
template <class Y>
concept year_of_a_plan = requires(Y year) { plan_of(year); };
template <class Y>
concept year_of_an_actual = requires(Y year) { actual_of(year); };
static_assert(year_of_a_plan<int> && year_of_a_plan<std::int64_t> && year_of_a_plan<unsigned short>);
static_assert(!year_of_a_plan<double> && !year_of_a_plan<float> && !year_of_a_plan<bool> && !year_of_a_plan<char>);
static_assert(year_of_an_actual<long> && !year_of_an_actual<double>);

static_assert(plan_of(2026) == period{2026, figure_kind::plan});
static_assert(projection_of(2025L) == period{2025, figure_kind::projection});
static_assert(actual_of(std::uint16_t{2024}) == period{2024, figure_kind::actual});
static_assert(plan_of(2026) != actual_of(2026));
}  // namespace
