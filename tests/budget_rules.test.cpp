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

TEST_CASE("an Umschichtung is shown with its share and checked against a limit") {
  amip::budget year{2026};
  year.allocate(amip::egt_money{eur(20'000'000)}, "Zuweisung")
      .transfer<budget_line::vwhh>(amip::egt_money{eur(1'000'000)}, "Umschichtung EGT -> VwHH, Personal")
      .transfer<budget_line::vwhh>(amip::egt_money{eur(500'000)}, "Umschichtung EGT -> VwHH, Sachkosten");
  auto const shift = year.shift_of(budget_line::egt, budget_line::vwhh);
  // 1.000.000 + 500.000 = 1.500.000 € moved of 20.000.000 € allocated: 1.500.000 / 20.000.000 = 3/40 = 7,5 %
  CHECK(shift == amip::budget_shift{budget_line::egt, budget_line::vwhh, eur(1'500'000), eur(20'000'000)});
  CHECK(shift.share() == amip::exact_ratio{3, 40});
  CHECK(shift.share().tenths_of_percent() == 75);

  auto const within = amip::check(shift, amip::rules::budget::moved_share_at_most(amip::percent(10)));
  REQUIRE(within.size() == 1);
  CHECK(within.all_passed());
  CHECK(within[0].value_of("share") == 75);
  CHECK(amip::explanation(within[0]) ==
        "Eingliederungstitel: Umschichtung 1.500.000,00 € of the allocation 20.000.000,00 € = 7,5 %, at most 10 %");

  // 7,5 % > 5 %: a warning that cites the figures.
  auto const beyond = amip::check(shift, amip::rules::budget::moved_share_at_most(amip::percent(5)));
  CHECK(beyond.count_failed(amip::severity::warning) == 1);
  CHECK(amip::explanation(beyond[0]) ==
        "Eingliederungstitel: Umschichtung 1.500.000,00 € of the allocation 20.000.000,00 € = 7,5 %, more than 5 %");

  // Exactly at the limit passes: 1.500.000 × 40 = 20.000.000 × 3.
  CHECK(amip::check(shift, amip::rules::budget::moved_share_at_most(amip::exact_ratio{3, 40})).all_passed());
  // Nothing moved back: VwHH -> EGT is 0 of nothing allocated to the VwHH, which passes.
  auto const back = year.shift_of(budget_line::vwhh, budget_line::egt);
  CHECK(back.moved == amip::money{});
  CHECK(amip::check(back, amip::rules::budget::moved_share_at_most(amip::percent(0))).all_passed());
}

TEST_CASE("money moved out of a line with no allocation has no share and fails the limit") {
  // 100 € come into the VwHH from the EGT and 40 € of them move on to the PAT: 40 € out of a line allocated 0 €.
  amip::budget year{2026};
  year.allocate(amip::egt_money{eur(100)})
      .transfer<budget_line::vwhh>(amip::egt_money{eur(100)}, "EGT -> VwHH")
      .transfer<budget_line::pat>(amip::vwhh_money{eur(40)}, "VwHH -> PAT");
  auto const found = amip::check(year.shift_of(budget_line::vwhh, budget_line::pat),
                                 amip::rules::budget::moved_share_at_most(amip::percent(50)));
  CHECK(found.count_failed(amip::severity::warning) == 1);
  CHECK(amip::explanation(found[0]) ==
        "Verwaltungshaushalt: 40,00 € moved out, but nothing allocated, so its share is not known");
}

TEST_CASE("the Umschichtung rule runs at compile time") {
  constexpr auto failed = [] {
    amip::budget year{2026};
    year.allocate(amip::egt_money{eur(1'000)}).transfer<budget_line::vwhh>(amip::egt_money{eur(101)}, "Umschichtung");
    // 101 / 1.000 = 10,1 % > 10 %
    return amip::check(year.shift_of(budget_line::egt, budget_line::vwhh),
                       amip::rules::budget::moved_share_at_most(amip::percent(10)))
        .count_failed(amip::severity::warning);
  }();
  STATIC_REQUIRE(failed == 1);
}
