// expect: a year is a whole number
// A year is a whole number: plan_of(2026.5) would silently be the plan of 2026, so it does not compile.
#include <amip/model/period.hpp>

int main() {
#ifdef AMIP_MUST_FAIL
  auto const plan = amip::plan_of(2026.5);
#else
  auto const plan = amip::plan_of(2026);
#endif
  return plan.year == 2026 ? 0 : 1;
}
