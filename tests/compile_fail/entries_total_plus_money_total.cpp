// expect: cannot add quantities of different kinds
// One catalogue carries a plan of entries and a plan of money; their figures never add up to anything.
#include <array>

#include <amip/model/plan.hpp>

constexpr std::array<amip::line, 2> lines{{
    {"gesamt", amip::line_kind::total, amip::no_parent, amip::children_rule::sum},
    {"mat", amip::line_kind::leaf, 0, amip::children_rule::sum, amip::measure::mat},
}};
constexpr amip::catalog table{"Musterstadt", lines};

int main() {
  amip::plan<amip::entry_count> entries{table};
  amip::plan<amip::money> money{table};
  entries.state("mat", amip::plan_of(2026), 600 * amip::entries);
  money.state("mat", amip::plan_of(2026), amip::eur(1'080'000));
#ifdef AMIP_MUST_FAIL
  auto const sum = entries.total("mat", amip::plan_of(2026)) + money.total("mat", amip::plan_of(2026));
#else
  auto const sum = money.total("mat", amip::plan_of(2026)) + money.total("gesamt", amip::plan_of(2026));
#endif
  return sum.value() > 0 ? 0 : 1;
}
