// expect: a comparison refers to its plan; a temporary plan would be gone at once
// A comparison refers to its plan: made from a temporary plan it would dangle at once, so it does not compile.
#include <amip/model/comparison.hpp>
#include <amip/programmes/duesseldorf_2026/data.hpp>

int main() {
#ifdef AMIP_MUST_FAIL
  auto const rows = amip::compare(amip::duesseldorf_2026::egt_plan(), amip::plan_of(2026), amip::actual_of(2025));
#else
  constexpr auto egt = amip::duesseldorf_2026::egt_plan();
  auto const rows = amip::compare(egt, amip::plan_of(2026), amip::actual_of(2025));
#endif
  return rows.size() == 25 ? 0 : 1;
}
