// The cost of the Düsseldorf plan 2026, its spending by budget year, the special allocation split over its cases, and
// its fit into an allocation 10 % below need.
//
// The cost rates below are ASSUMPTIONS of this example, chosen to look plausible: the seed states no cost rates,
// and amip ships none. Every other figure is the seed's (amip::duesseldorf_2026).
#include <amip/programmes/duesseldorf_2026.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <iostream>

namespace duesseldorf = amip::duesseldorf_2026;
using amip::eur;
using amip::months;
using amip::report::format_money;

namespace {

amip::cost_per<amip::entry_count> per_entry(std::int64_t euros) {
  return (amip::eur(euros) / (1 * amip::entries)).round();
}
amip::cost_per_entry_month per_month(std::int64_t euros) {
  return (amip::eur(euros) / ((1 * amip::entries) * (1 * months))).round();
}

// ASSUMED cost rates (not from the seed): per entry, or per month times an average duration.
amip::cost_model assumed_rates() {
  using amip::cost_rate;
  namespace m = amip::measure;
  amip::cost_model rates;
  rates.set(m::mat, cost_rate::per_entry(per_entry(1'800)))
      .set(m::avgs_mat, cost_rate::per_entry(per_entry(1'500)))
      .set(m::mag, cost_rate::per_entry(per_entry(400)))
      .set(m::egz, cost_rate::per_month(per_month(1'100), 6 * months))
      .set(m::einstiegsgeld, cost_rate::per_month(per_month(300), 8 * months))
      .set(m::p16c, cost_rate::per_entry(per_entry(1'000)))
      .set(m::asa, cost_rate::per_month(per_month(450), 12 * months))
      .set(m::eq, cost_rate::per_month(per_month(300), 9 * months))
      .set(m::agh, cost_rate::per_month(per_month(350), 8 * months))
      .set(m::p16e, cost_rate::per_month(per_month(1'800), 12 * months))
      .set(m::p16i, cost_rate::per_month(per_month(2'300), 12 * months))
      .set(m::p16f, cost_rate::per_entry(per_entry(1'200)))
      .set(m::p16h, cost_rate::per_entry(per_entry(2'000)));
  return rates;  // FbW and Reha need no rate: since 2025 the Agentur für Arbeit pays them, not the EGT
}

}  // namespace

int main() {
  constexpr auto egt_plan = duesseldorf::egt_plan();
  auto const rates = assumed_rates();
  auto const year = amip::plan_of(2026);

  std::cout << "Kosten des Plans 2026 (Kostensätze sind Annahmen dieses Beispiels, nicht aus dem Programm)\n\n";
  auto const spend = amip::planned_spend(egt_plan, year, rates, amip::budget_line::egt);
  for (auto const& line : {amip::duesseldorf_2026::lines::group_i, amip::duesseldorf_2026::lines::group_ii,
                           amip::duesseldorf_2026::lines::group_iii, amip::duesseldorf_2026::lines::group_iv,
                           amip::duesseldorf_2026::lines::group_v, amip::duesseldorf_2026::lines::group_vi,
                           amip::duesseldorf_2026::lines::group_vii, amip::duesseldorf_2026::lines::group_viii}) {
    std::cout << "  " << amip::duesseldorf_2026::anlage1.label(line) << ": " << format_money(spend.total(line, year))
              << '\n';
  }
  auto const need = amip::need(egt_plan, year, rates, amip::budget_line::egt);
  std::cout << "  Bedarf EGT insgesamt: " << format_money(need) << "\n\n";

  // What the plan spends in each budget year: measures paid by the month run into 2027 (amip/money/spending.hpp).
  auto const by_year = amip::spending_by_year(egt_plan, 2026, rates, amip::budget_line::egt);
  std::cout << "Ausgaben der Eintritte 2026 nach Haushaltsjahren (EGT; Eintritte gleichmäßig über das Jahr)\n";
  for (std::int32_t y = 2026; y <= 2028; ++y) {
    amip::money in_year{};
    for (auto const& s : by_year) {
      if (s.year == y) in_year = s.amount;
    }
    std::cout << "  " << y << ": " << format_money(in_year) << '\n';
  }
  std::cout << '\n';

  // Section 4: 219 FbW cases from 2024 are still to be paid in 2026, with a special allocation of rd. 1,46 Mio. €,
  // split over the cases to the cent (amip/core/split.hpp): no cent created, none lost.
  auto const special = duesseldorf::special_allocation.value();
  auto const cases = static_cast<std::size_t>(duesseldorf::carried_over_cases.value());
  auto const parts = amip::split_equally(special, cases);
  amip::money bound{};
  for (auto const p : parts) bound += p;
  auto const higher = static_cast<std::size_t>(std::count(parts.begin(), parts.end(), parts.front()));
  std::cout << "Sonderzuweisung: " << format_money(special) << " für "
            << amip::report::format_count(duesseldorf::carried_over_cases) << " Förderfälle aus 2024: " << higher
            << " Fälle zu " << format_money(parts.front()) << " und " << cases - higher << " zu "
            << format_money(parts.back()) << " = " << format_money(bound) << '\n';

  // The budget: the EGT allocation is assumed 10 % below the need; the special allocation binds the 219 cases.
  auto const allocation = (need * amip::percent(90)).round();
  amip::budget budget{2026};
  budget.allocate(amip::egt_money{allocation}, "angenommene Zuweisung: 90 % des Bedarfs")
      .allocate(amip::special_allocation_money{special}, "Sonderzuweisung laut Vorabinfo des BMAS")
      .commit(amip::special_allocation_money{bound},
              "219 FbW-Förderfälle aus 2024 (Ausfinanzierung)", 2024);
  auto const egt_balance = budget.balance_of<amip::budget_line::egt>(amip::egt_money{need});
  auto const special_balance = budget.balance_of<amip::budget_line::special_allocation>();
  std::cout << "Saldo Sonderzuweisung: " << format_money(special_balance.remaining().amount()) << '\n'
            << "Saldo EGT: Zuweisung " << format_money(egt_balance.allocated.amount()) << " - Bedarf "
            << format_money(egt_balance.planned.amount()) << " = " << format_money(egt_balance.remaining().amount())
            << "\n\n";

  // The funding reservation: fit the plan into the allocation, proportionally.
  auto const fitted = amip::fit(egt_plan, year, rates, egt_balance.available(), amip::fit_policy::proportional());
  std::cout << "Finanzierungsvorbehalt: Anpassung an die Zuweisung (proportional)\n";
  for (auto const& change : fitted.changes) std::cout << "  " << change.reason() << '\n';
  std::cout << "  Kosten nach Anpassung: " << format_money(fitted.cost.amount()) << " von "
            << format_money(fitted.available.amount()) << '\n';
  std::cout << "  Eintritte mit FbW / Reha: "
            << amip::report::format_count(fitted.plan.total(amip::duesseldorf_2026::lines::with_fbw_reha, year))
            << " statt "
            << amip::report::format_count(egt_plan.total(amip::duesseldorf_2026::lines::with_fbw_reha, year)) << '\n';

  // An Umschichtung, ASSUMED like the rates (the seed states none): 1 Mio. € of the EGT moved into the VwHH, shown
  // with its share of the EGT allocation and checked against a limit of 5 % the example chooses.
  auto shifted = budget;
  shifted.transfer<amip::budget_line::vwhh>(amip::egt_money{eur(1'000'000)}, "angenommene Umschichtung EGT -> VwHH");
  auto const shift = shifted.shift_of(amip::budget_line::egt, amip::budget_line::vwhh);
  std::cout << "\nUmschichtung EGT -> VwHH (angenommen): " << format_money(shift.moved) << " von "
            << format_money(shift.allocated) << " = " << amip::report::format_percent(shift.share(), 1)
            << " der EGT-Zuweisung\n";
  for (auto const& f : amip::check(shift, amip::rules::budget::moved_share_at_most(amip::percent(5)))) {
    std::cout << "  " << amip::explanation(f) << '\n';
  }
  return fitted.cost <= fitted.available ? 0 : 1;
}
