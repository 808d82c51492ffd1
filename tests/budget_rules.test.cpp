#include <amip/money/budget.hpp>
#include <amip/programmes/duesseldorf_2026/data.hpp>
#include <amip/rules/budget.hpp>
#include <amip/rules/explanation.hpp>

#include <catch2/catch.hpp>

namespace duesseldorf = amip::duesseldorf_2026;
using amip::budget_line;
using amip::eur;

TEST_CASE("within-allocation passes a plan that fits its line and fails one that does not") {
  amip::budget year{2026};
  year.allocate(amip::egt_money{eur(20'000'000)})
      .commit({budget_line::egt, eur(2'000'000), "Vorbindungen aus 2025", 2025})
      .transfer<budget_line::vwhh>(amip::egt_money{eur(1'000'000)}, "Umschichtung EGT -> VwHH");

  auto const fits = amip::check(year.balance_of<budget_line::egt>(amip::egt_money{eur(16'000'000)}),
                                amip::rules::budget::within_allocation);
  REQUIRE(fits.size() == 1);
  CHECK(fits.all_passed());
  CHECK(fits[0].value_of("remaining") == eur(1'000'000).value());  // 20 - 1 - 2 - 16 = 1 Mio. €
  CHECK(amip::explanation(fits[0]) ==
        "Eingliederungstitel: 20.000.000,00 € + 0,00 € - 1.000.000,00 € - 2.000.000,00 € - 16.000.000,00 € = "
        "1.000.000,00 € ≥ 0");

  auto const too_much =
      amip::check(year.untyped_balance_of(budget_line::egt, eur(18'104'500)), amip::rules::budget::within_allocation);
  CHECK(too_much.count_failed(amip::severity::error) == 1);
  CHECK(too_much[0].value_of("remaining") == eur(-1'104'500).value());
}

TEST_CASE("commitments-covered: the 219 FbW cases from 2024 and the special allocation") {
  // Seed, section 4: rd. 1,46 Mio. € for 219 cases; at the rounded 6.666,67 € a case the commitment is 73 ct more.
  constexpr auto per_case = (duesseldorf::special_allocation.value() / duesseldorf::carried_over_cases).round();
  amip::budget year{2026};
  year.allocate(amip::special_allocation_money{duesseldorf::special_allocation.value()})
      .commit({budget_line::special_allocation, per_case * duesseldorf::carried_over_cases, "219 FbW cases", 2024});
  auto const found =
      amip::check(year.balance_of<budget_line::special_allocation>(), amip::rules::budget::balance_rules);
  REQUIRE(found.size() == 2);
  CHECK(found.count_failed() == 2);  // short by 73 ct: neither the commitment nor the (empty) plan fits
  CHECK(found[1].value_of("committed") == 146'000'073);
  CHECK(found[1].value_of("available") == 146'000'000);
  // With the allocation rounded up to the cent the commitment needs, both pass.
  amip::budget enough{2026};
  enough.allocate(amip::special_allocation_money{per_case * duesseldorf::carried_over_cases})
      .commit({budget_line::special_allocation, per_case * duesseldorf::carried_over_cases, "219 FbW cases", 2024});
  CHECK(amip::check(enough.balance_of<budget_line::special_allocation>(), amip::rules::budget::balance_rules)
            .all_passed());
}

TEST_CASE("the balance rules run at compile time") {
  constexpr auto failed = [] {
    amip::budget year{2026};
    year.allocate(amip::egt_money{eur(100)});
    return amip::check(year.balance_of<budget_line::egt>(amip::egt_money{eur(101)}), amip::rules::budget::balance_rules)
        .count_failed(amip::severity::error);
  }();
  STATIC_REQUIRE(failed == 1);
}
