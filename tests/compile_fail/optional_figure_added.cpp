// expect: this figure is optional \(the plan may not know it\)
// Adding two optional figures would have to guess what a missing one counts as.
#include <amip/programmes/duesseldorf_2026/data.hpp>

int main() {
  constexpr auto egt = amip::duesseldorf_2026::egt_plan();
#ifdef AMIP_MUST_FAIL
  auto const both =
      egt.figure(amip::measure::mat, amip::plan_of(2026)) + egt.figure(amip::measure::mag, amip::plan_of(2026));
#else
  auto const both =
      egt.total(amip::measure::mat, amip::plan_of(2026)) + egt.total(amip::measure::mag, amip::plan_of(2026));
#endif
  return both.value() > 0 ? 0 : 1;
}
