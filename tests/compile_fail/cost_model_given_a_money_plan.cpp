// expect: a cost rate applies only to a plan of the quantity it is a rate of
// A plan of money is its own spend: it takes no cost rates.
#include <array>

#include <amip/money/cost.hpp>

constexpr std::array<amip::line, 2> lines{{
    {"gesamt", amip::line_kind::total, amip::no_parent, amip::children_rule::sum},
    {"mat", amip::line_kind::leaf, 0, amip::children_rule::sum, amip::measure::mat},
}};
constexpr amip::catalog table{"Musterstadt", lines};

int main() {
  amip::plan<amip::money> money{table};
  money.state("mat", amip::plan_of(2026), amip::eur(1'080'000));
#ifdef AMIP_MUST_FAIL
  amip::cost_model rates;
  rates.set(amip::measure::mat, amip::cost_rate::per_entry((amip::eur(1'800) / (1 * amip::entries)).round()));
  auto const spend = amip::planned_spend(money, amip::plan_of(2026), rates, amip::budget_line::egt);
#else
  auto const spend = amip::planned_spend(money, amip::plan_of(2026), amip::budget_line::egt);
#endif
  return spend.total("gesamt", amip::plan_of(2026)).value() > 0 ? 0 : 1;
}
