// expect: these rules cannot inspect this subject: a plan rule inspects a comparison of a plan \(pass amip::compare
// The plan rules compare two periods of a plan; the plan alone does not say which.
#include <amip/programmes/duesseldorf_2026/data.hpp>
#include <amip/programmes/duesseldorf_2026/rules.hpp>

constexpr auto egt = amip::duesseldorf_2026::egt_plan();

int main() {
#ifdef AMIP_MUST_FAIL
  auto const found = amip::check(egt, amip::duesseldorf_2026::mag_grows);
#else
  auto const found =
      amip::check(amip::compare(egt, amip::plan_of(2026), amip::actual_of(2025)), amip::duesseldorf_2026::mag_grows);
#endif
  return found.all_passed() ? 0 : 1;
}
