// expect: these rules cannot inspect this subject: a plan rule inspects a comparison of a plan
// An offer rule inspects an offer specification, not a plan.
#include <amip/programmes/duesseldorf_2026/data.hpp>
#include <amip/programmes/duesseldorf_2026/rules.hpp>

int main() {
#ifdef AMIP_MUST_FAIL
  static constexpr auto egt = amip::duesseldorf_2026::egt_plan();
  auto const found = amip::check(amip::compare(egt, amip::plan_of(2026), amip::actual_of(2025)),
                                 amip::duesseldorf_2026::offer_placement_mandate);
#else
  auto const found = amip::check(amip::duesseldorf_2026::standard_offer(amip::measure_id::mat),
                                 amip::duesseldorf_2026::offer_placement_mandate);
#endif
  return found.all_passed() ? 0 : 1;
}
