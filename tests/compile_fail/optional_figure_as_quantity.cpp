// expect: this figure is optional \(the plan may not know it\)
// figure() may have no value (a line neither stated nor rolled up): it is no quantity until one says what then.
#include <amip/programmes/duesseldorf_2026/data.hpp>

int main() {
  constexpr auto egt = amip::duesseldorf_2026::egt_plan();
#ifdef AMIP_MUST_FAIL
  amip::entry_count const mat = egt.figure(amip::measure::mat, amip::plan_of(2026));
#else
  amip::entry_count const mat = egt.figure(amip::measure::mat, amip::plan_of(2026)).value_or(amip::entry_count{});
#endif
  return mat.value() > 0 ? 0 : 1;
}
