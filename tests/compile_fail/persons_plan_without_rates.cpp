// expect: a plan of entries, persons or cases costs money only at a rate
// Only a plan of money needs no rates; a plan of persons is costed by a model of rates per participant.
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
  auto const need = amip::need(persons, amip::plan_of(2026), amip::budget_line::egt);
#else
  amip::person_cost_model rates;
  rates.set(amip::measure::mat, amip::person_cost_rate::per_year((amip::eur(3'600) / (1 * amip::persons)).round()));
  auto const need = amip::need(persons, amip::plan_of(2026), rates, amip::budget_line::egt);
#endif
  return need.value() > 0 ? 0 : 1;
}
