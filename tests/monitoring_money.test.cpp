// Targets with a direction (amip/monitoring/target.hpp), the money through the year (amip/monitoring/money_flow.hpp)
// and the rules about it (amip/rules/spending.hpp). Figures are fictitious except the health project's (seed,
// section 5.2); every expected value is worked out by hand beside it.
#include <amip/core/quantity.hpp>
#include <amip/io/plan_csv.hpp>
#include <amip/monitoring/money_flow.hpp>
#include <amip/monitoring/projection.hpp>
#include <amip/monitoring/target.hpp>
#include <amip/programmes/duesseldorf_2026/data.hpp>
#include <amip/rules/explanation.hpp>
#include <amip/rules/spending.hpp>

#include <catch2/catch.hpp>
#include <string>

using amip::actual_of;
using amip::better;
using amip::eur;
using amip::month_of;
using amip::persons;
using amip::target_status;

namespace {

// Spend by measure in 2026 (€), January to September, each month alike:
//   mat     10.000,00 € a month ->  90.000,00 € to date; run rate  90.000 × 12 / 9 = 120.000,00 €
//   agh      5.000,00 € a month ->  45.000,00 € to date; run rate  45.000 × 12 / 9 =  60.000,00 €
//   fbw_ao   8.000,00 € a month ->  72.000,00 € to date; run rate  72.000 × 12 / 9 =  96.000,00 €
// FbW has been paid by the Agentur für Arbeit since 2025 (amip::funding_changes): the EGT pays mat and agh only.
amip::plan<amip::money> spend_2026() {
  auto p = amip::io::read_plan_csv<amip::plan<amip::money>>("key;parent;children;measure;label\n"
                                                            "total;;sum;;Ausgaben insgesamt\n"
                                                            "mat;total;sum;mat;MAT\n"
                                                            "agh;total;sum;agh;AGH\n"
                                                            "fbw;total;sum;fbw_ao;FbW ao\n",
                                                            "spend.csv")
               .plan();
  for (int k = 1; k <= 9; ++k) {
    auto const month = actual_of(month_of(2026, k));
    p.state("mat", month, eur(10'000)).state("agh", month, eur(5'000)).state("fbw", month, eur(8'000));
  }
  return p;
}

}  // namespace

TEST_CASE("the health project 2025 projection against its 2026 target of 390 participants") {
  // Seed, section 5.2: 360 (2025, last quarter projected) against 390 (target 2026): 30 short,
  // (360 − 390) / 390 = −7,69 % -> −77 tenths; the seed states no tolerance: missed.
  constexpr auto verdict = amip::judge(amip::duesseldorf_2026::health_project_target, 360 * persons);
  STATIC_REQUIRE(verdict.status == target_status::missed);
  STATIC_REQUIRE(verdict.gap == -30 * persons);
  CHECK(verdict.change.tenths_of_percent() == -77);
  CHECK(verdict.explain() == "390 (more is better, tolerance 0): projected 360, 30 short of it (-7,7 %): missed");
  // With a tolerance of 10 % of the goal (39), 360 >= 390 − 39 = 351: at risk.
  auto const tolerant = amip::target<amip::person_count>::with_share(390 * persons, better::more, amip::percent(10));
  CHECK(tolerant.tolerance() == 39 * persons);
  CHECK(amip::judge(tolerant, 360 * persons).status == target_status::at_risk);
  CHECK(amip::judge(tolerant, 351 * persons).status == target_status::at_risk);  // exactly at the tolerance
  CHECK(amip::judge(tolerant, 350 * persons).status == target_status::missed);
  CHECK(amip::judge(tolerant, 390 * persons).status == target_status::met);
  CHECK(amip::judge(tolerant, 400 * persons).explain() ==
        "390 (more is better, tolerance 39): projected 400, 10 beyond it (+2,6 %): met");  // 10 / 390 = 2,56 %
}

TEST_CASE("a target where less is better: spend against a ceiling") {
  amip::target<amip::money> const ceiling{eur(100'000), better::less, eur(5'000)};
  CHECK(amip::judge(ceiling, eur(99'000)).status == target_status::met);
  CHECK(amip::judge(ceiling, eur(100'000)).status == target_status::met);
  CHECK(amip::judge(ceiling, eur(103'000)).status == target_status::at_risk);  // 3.000 over, within 5.000
  CHECK(amip::judge(ceiling, eur(106'000)).status == target_status::missed);   // 6.000 over
  // 3.000 / 100.000 = +3,0 %
  CHECK(amip::judge(ceiling, eur(103'000)).explain() ==
        "100.000,00 € (less is better, tolerance 5.000,00 €): projected 103.000,00 €, 3.000,00 € short of it "
        "(+3,0 %): at risk");
  CHECK_THROWS_AS((amip::target<amip::money>{eur(1), better::less, eur(-1)}), std::invalid_argument);
}

TEST_CASE("the money of the EGT through the year as of September") {
  auto const spend = spend_2026();
  auto const projected = amip::project(spend, month_of(2026, 9), amip::run_rate{});
  // EGT: mat + agh; to date 90.000 + 45.000 = 135.000,00 €; projected 120.000 + 60.000 = 180.000,00 €
  auto const egt = amip::flow_of(spend, amip::budget_line::egt, eur(200'000), projected);
  CHECK(egt.label == "Eingliederungstitel");
  CHECK(egt.spent_to_date == eur(135'000));
  CHECK(egt.projected == eur(180'000));
  CHECK(egt.remainder() == eur(20'000));                       // 200.000 − 180.000
  CHECK(egt.share_spent().tenths_of_percent() == 675);         // 135.000 / 200.000 = 67,5 %
  CHECK(egt.share_unspent()->tenths_of_percent() == 100);      // 20.000 / 200.000 = 10,0 %
  // One line of the table: the total, all three measures: 90.000 + 45.000 + 72.000 = 207.000,00 € to date,
  // 120.000 + 60.000 + 96.000 = 276.000,00 € projected; against 250.000,00 €: 26.000,00 € over.
  auto const all = amip::flow_of(spend, "total", eur(250'000), projected);
  CHECK(all.label == "Ausgaben insgesamt");
  CHECK(all.spent_to_date == eur(207'000));
  CHECK(all.projected == eur(276'000));
  CHECK(all.remainder() == eur(-26'000));
}

TEST_CASE("the spending rules warn about an overspend and about money left unspent citing the figures") {
  auto const spend = spend_2026();
  auto const projected = amip::project(spend, month_of(2026, 9), amip::run_rate{});
  auto const egt = amip::flow_of(spend, amip::budget_line::egt, eur(200'000), projected);
  // 20.000 unspent: more than 5 % (10.000) of 200.000, at most 10 % (20.000, exactly)
  auto const strict = amip::check(egt, amip::rules::spending::flow_rules(amip::percent(5)));
  REQUIRE(strict.size() == 2);
  CHECK(strict[0].passed());
  CHECK(amip::explanation(strict[0]) ==
        "Eingliederungstitel: projected 180.000,00 € ≤ allocation 200.000,00 € (spent to date 135.000,00 €)");
  CHECK_FALSE(strict[1].passed());
  CHECK(strict.count_failed(amip::severity::warning) == 1);
  CHECK(amip::explanation(strict[1]) ==
        "Eingliederungstitel: allocation 200.000,00 € − projected 180.000,00 € = 20.000,00 € unspent, more than 5 % "
        "of the allocation");
  CHECK(amip::check(egt, amip::rules::spending::flow_rules(amip::percent(10))).all_passed());
  // 150.000 allocated: 180.000 projected is 30.000 over
  auto const short_money = amip::flow_of(spend, amip::budget_line::egt, eur(150'000), projected);
  auto const over = amip::check(short_money, amip::rules::spending::projected_within_allocation);
  CHECK_FALSE(over[0].passed());
  CHECK(over[0].value_of("overspend") == eur(30'000).value());
  CHECK(amip::explanation(over[0]) ==
        "Eingliederungstitel: projected 180.000,00 € > allocation 150.000,00 € by 30.000,00 € (spent to date "
        "135.000,00 €)");
}

TEST_CASE("without a projection of every line that spent the year spend is unknown and the rules fail") {
  auto spend = spend_2026();
  spend.restate("agh", actual_of(month_of(2026, 9)), eur(-50'000));  // a correction: to date 40.000 − 50.000 < 0
  auto const projected = amip::project(spend, month_of(2026, 9), amip::run_rate{});
  auto const egt = amip::flow_of(spend, amip::budget_line::egt, eur(200'000), projected);
  CHECK_FALSE(egt.projected);
  CHECK_FALSE(egt.remainder());
  auto const found = amip::check(egt, amip::rules::spending::flow_rules(amip::percent(5)));
  CHECK(found.count_failed() == 2);
  CHECK(amip::explanation(found[0]) ==
        "Eingliederungstitel: the year's spend has no projection, so whether it fits 200.000,00 € is not known");
}
