// expect: the figures of a temporary plan would dangle at once
// figures_of() is a view of the plan's figures: of a temporary plan it would dangle at once (issue 13, (d)).
#include <amip/programmes/duesseldorf_2026/data.hpp>

int main() {
#ifdef AMIP_MUST_FAIL
  auto const figures = amip::duesseldorf_2026::egt_plan().figures_of(amip::plan_of(2026));
#else
  constexpr auto egt = amip::duesseldorf_2026::egt_plan();
  auto const figures = egt.figures_of(amip::plan_of(2026));
#endif
  return figures[amip::duesseldorf_2026::lines::with_fbw_reha] == 8'510 * amip::entries ? 0 : 1;
}
