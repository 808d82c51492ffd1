// expect: fit cuts whole entries of a plan of entries
// The funding reservation fits a plan of entries (Eintritte); a plan of persons is not fitted.
#include <array>

#include <amip/money/fit.hpp>

constexpr std::array<amip::line, 2> lines{{
    {"gesamt", amip::line_kind::total, amip::no_parent, amip::children_rule::sum},
    {"mat", amip::line_kind::leaf, 0, amip::children_rule::sum, amip::measure::mat},
}};
constexpr amip::catalog table{"Musterstadt", lines};

int main() {
  amip::cost_model rates;
  rates.set(amip::measure::mat, amip::cost_rate::per_entry((amip::eur(1'800) / (1 * amip::entries)).round()));
#ifdef AMIP_MUST_FAIL
  amip::plan<amip::person_count> plan{table};
  plan.state("mat", amip::plan_of(2026), 150 * amip::persons);
#else
  amip::plan<amip::entry_count> plan{table};
  plan.state("mat", amip::plan_of(2026), 150 * amip::entries);
#endif
  auto const fitted = amip::fit(plan, amip::plan_of(2026), rates, amip::egt_money{amip::eur(100'000)},
                                amip::fit_policy::proportional());
  return fitted.cost <= fitted.available ? 0 : 1;
}
