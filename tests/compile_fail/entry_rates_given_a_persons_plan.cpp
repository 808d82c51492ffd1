// expect: a cost rate applies only to a plan of the quantity it is a rate of
// Rates per entry cost a plan of entries; a plan of persons (Teilnehmende) takes rates per participant.
#include <array>

#include <amip/money/cost.hpp>

constexpr std::array<amip::line, 2> lines{{
    {"gesamt", amip::line_kind::total, amip::no_parent, amip::children_rule::sum},
    {"mat", amip::line_kind::leaf, 0, amip::children_rule::sum, amip::measure::mat},
}};
constexpr amip::catalog table{"Musterstadt", lines};

int main() {
  amip::plan<amip::person_count> persons{table};
  persons.state("mat", amip::plan_of(2026), 150 * amip::persons);
#ifdef AMIP_MUST_FAIL
  amip::cost_model rates;
  rates.set(amip::measure::mat, amip::cost_rate::per_entry((amip::eur(1'800) / (1 * amip::entries)).round()));
#else
  amip::person_cost_model rates;
  rates.set(amip::measure::mat, amip::person_cost_rate::per_year((amip::eur(3'600) / (1 * amip::persons)).round()));
#endif
  auto const need = amip::need(persons, amip::plan_of(2026), rates, amip::budget_line::egt);
  return need.value() > 0 ? 0 : 1;
}
