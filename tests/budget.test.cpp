#include <amip/money/budget.hpp>
#include <amip/money/cost.hpp>
#include <amip/money/fit.hpp>
#include <amip/money/subsidy.hpp>
#include <amip/programmes/duesseldorf_2026/data.hpp>
#include <amip/report/ostream.hpp>

#include <array>
#include <catch2/catch.hpp>
#include <concepts>
#include <cstdint>
#include <limits>
#include <random>

namespace duesseldorf = amip::duesseldorf_2026;
using amip::budget_line;
using amip::entries;
using amip::eur;
using amip::months;
using amip::plan_of;

namespace {

constexpr auto egt_plan = duesseldorf::egt_plan();

amip::cost_per<amip::entry_count> per_entry(std::int64_t euros) { return (eur(euros) / (1 * entries)).round(); }
amip::cost_per_entry_month per_month(std::int64_t euros) {
  return (eur(euros) / ((1 * entries) * (1 * months))).round();
}

// Test rates (made up for the test, not the seed's): a few per entry, a few per month with a duration.
amip::cost_model test_rates() {
  namespace m = amip::measure;
  using amip::cost_rate;
  amip::cost_model rates;
  rates.set(m::mat, cost_rate::per_entry(per_entry(1'000)))
      .set(m::avgs_mat, cost_rate::per_entry(per_entry(2'000)))
      .set(m::mag, cost_rate::per_entry(per_entry(500)))
      .set(m::fbw_nao, cost_rate::per_entry(per_entry(4'000)))
      .set(m::fbw_ao, cost_rate::per_entry(per_entry(9'000)))
      .set(m::egz, cost_rate::per_month(per_month(1'000), 6 * months))
      .set(m::einstiegsgeld, cost_rate::per_month(per_month(250), 12 * months))
      .set(m::p16c, cost_rate::per_entry(per_entry(700)))
      .set(m::asa, cost_rate::per_entry(per_entry(3'000)))
      .set(m::eq, cost_rate::per_entry(per_entry(2'500)))
      .set(m::reha, cost_rate::per_entry(per_entry(20'000)))
      .set(m::agh, cost_rate::per_month(per_month(300), 10 * months))
      .set(m::p16e, cost_rate::per_entry(per_entry(20'000)))
      .set(m::p16i, cost_rate::per_entry(per_entry(30'000)))
      .set(m::p16f, cost_rate::per_entry(per_entry(1'500)))
      .set(m::p16h, cost_rate::per_entry(per_entry(5'000)));
  return rates;
}

}  // namespace

TEST_CASE("the EGT need of the seed's plan is entries times rates, without FbW and Reha") {
  auto const rates = test_rates();
  // By hand, in euros, with the seed's entries for 2026 (Anlage 1): every leaf the EGT pays.
  std::int64_t const group_i = 1'994 * 1'000 + 1'500 * 2'000 + 950 * 500;   // 5.469.000
  std::int64_t const group_iii = 400 * 6'000 + 600 * 3'000 + 0 * 700;       // 4.200.000
  std::int64_t const group_iv = 41 * 3'000 + 20 * 2'500;                    // 173.000
  std::int64_t const group_vi = 1'600 * 3'000 + 25 * 20'000 + 95 * 30'000;  // 8.150.000
  std::int64_t const group_vii = 75 * 1'500;                                // 112.500
  std::int64_t const group_viii = 0 * 5'000;
  std::int64_t const egt_total = group_i + group_iii + group_iv + group_vi + group_vii + group_viii;
  CHECK(egt_total == 18'104'500);

  auto const spend = amip::planned_spend(egt_plan, plan_of(2026), rates, budget_line::egt);
  CHECK(spend.total(amip::duesseldorf_2026::lines::group_i, plan_of(2026)) == eur(group_i));
  CHECK(spend.total(amip::duesseldorf_2026::lines::group_iii, plan_of(2026)) == eur(group_iii));
  CHECK(spend.total(amip::duesseldorf_2026::lines::group_vi, plan_of(2026)) == eur(group_vi));
  CHECK(spend.total(amip::duesseldorf_2026::lines::group_ii, plan_of(2026)) ==
        eur(0));  // FbW: the Agentur pays since 2025
  CHECK(spend.total(amip::duesseldorf_2026::lines::group_v, plan_of(2026)) == eur(0));  // Reha: likewise
  CHECK(amip::need(egt_plan, plan_of(2026), rates, budget_line::egt) == eur(egt_total));
  // The agency's share: (800 + 360) × FbW rates and 50 × Reha.
  CHECK(amip::need(egt_plan, plan_of(2026), rates, budget_line::agency) ==
        eur(800 * 4'000 + 360 * 9'000 + 50 * 20'000));
}

TEST_CASE("who pays FbW follows the dated rules: the EGT until 2024, the Agentur für Arbeit from 2025") {
  using std::chrono::day;
  using std::chrono::year;
  STATIC_REQUIRE(amip::paid_from(amip::measure_id::fbw_ao, amip::date{year{2024}, std::chrono::December, day{31}}) ==
                 budget_line::egt);
  STATIC_REQUIRE(amip::paid_from(amip::measure_id::fbw_ao, amip::date{year{2025}, std::chrono::January, day{1}}) ==
                 budget_line::agency);
  STATIC_REQUIRE(amip::paid_from(amip::measure_id::reha, amip::date{year{2023}, std::chrono::July, day{1}}) ==
                 budget_line::egt);
  STATIC_REQUIRE(amip::paid_from(amip::measure_id::mat, amip::date{year{2023}, std::chrono::July, day{1}}) ==
                 budget_line::egt);
  // The same plan dated 2024 would have cost the EGT its FbW entries too (section 4: 1.080 nao, 327 ao in 2024).
  auto const rates = test_rates();
  CHECK(amip::need(egt_plan, amip::actual_of(2024), rates, budget_line::egt) == eur(1'080 * 4'000 + 327 * 9'000));
  CHECK(amip::need(egt_plan, amip::actual_of(2024), rates, budget_line::agency) == eur(0));
}

TEST_CASE("a cost rate per month times a duration is a cost per entry") {
  auto const egz = amip::cost_rate::per_month(per_month(1'000), 6 * months);
  CHECK(egz.per_entry_cost() == per_entry(6'000));
  CHECK(egz.cost_of(400 * entries) == eur(2'400'000));
  CHECK(egz.monthly_rate() == per_month(1'000));
  CHECK(egz.average_duration() == 6 * months);
  CHECK_THROWS_AS(amip::cost_rate::per_month(per_month(1), -1 * months), std::invalid_argument);
}

TEST_CASE("a leaf the budget line pays without a rate is an error naming it") {
  amip::cost_model rates = test_rates();
  rates = amip::cost_model{};
  rates.set(amip::measure::mat, amip::cost_rate::per_entry(per_entry(1)));
  CHECK_THROWS_WITH(amip::need(egt_plan, plan_of(2026), rates, budget_line::egt),
                    "amip: Planung EGT, line avgs_mat: 1500 entries are planned for Plan 2026 and paid from the "
                    "Eingliederungstitel, but the cost model has no rate for the measure \"avgs_mat\"");
}

TEST_CASE("the special allocation per case: 1.460.000 € for 219 cases is 6.666,67 € per case") {
  // Seed, section 4. By hand: 146.000.000 ct = 219 × 666.666 ct + 146 ct; 146/219 > 1/2, so up to 666.667 ct.
  STATIC_REQUIRE(219 * 666'666 + 146 == 146'000'000);
  constexpr auto per_case = (duesseldorf::special_allocation.value() / duesseldorf::carried_over_cases).round();
  STATIC_REQUIRE(per_case.value() == 666'667);
  // Committing 219 cases at the rounded rate binds 73 ct more than the allocation: 219 × 0,333… ct of rounding.
  amip::budget year_2026{2026};
  year_2026.allocate(amip::special_allocation_money{duesseldorf::special_allocation.value()})
      .commit({budget_line::special_allocation, per_case * duesseldorf::carried_over_cases, "219 FbW cases", 2024});
  CHECK(year_2026.balance_of<budget_line::special_allocation>().remaining() ==
        amip::special_allocation_money{amip::cents(-73)});
}

TEST_CASE("a § 16i cohort over five years, split between PAT and EGT") {
  // 10 jobs from 1 January 2026, wage base 2.500 € a month, PAT pays 40 % of the subsidy. By hand (§ 16i Abs. 2:
  // 100 %, 100 %, 90 %, 80 %, 70 %): a full year is 10 × 2.500 × 12 = 300.000 €.
  constexpr auto cohort = amip::cost_of_cohort(amip::p16i_wage_subsidy, 10 * amip::cases,
                                               amip::cost_per_case_month::from_value(250'000), 2026, amip::percent(40));
  constexpr std::array<std::int64_t, 5> by_hand{300'000, 300'000, 270'000, 240'000, 210'000};
  REQUIRE(cohort.years().size() == 5);
  for (std::size_t i = 0; i < by_hand.size(); ++i) {
    auto const& y = cohort.years()[i];
    INFO("employment year " << i + 1);
    CHECK(y.calendar_year == 2026 + static_cast<std::int32_t>(i));
    CHECK(y.subsidy == eur(by_hand[i]));
    CHECK(y.pat == eur(by_hand[i] * 4 / 10));
    CHECK(y.egt == eur(by_hand[i] * 6 / 10));
  }
  STATIC_REQUIRE(cohort.subsidy == eur(1'320'000));
  STATIC_REQUIRE(cohort.pat == eur(528'000));
  STATIC_REQUIRE(cohort.egt == eur(792'000));
}

TEST_CASE("a § 16e cohort over two years, and rounding to the cent") {
  // § 16e Abs. 2: 75 % in the first year, 50 % in the second. 5 jobs at 2.000 € a month: 90.000 € and 60.000 €.
  constexpr auto cohort = amip::cost_of_cohort(amip::p16e_wage_subsidy, 5 * amip::cases,
                                               amip::cost_per_case_month::from_value(200'000), 2026, amip::percent(0));
  REQUIRE(cohort.years().size() == 2);
  CHECK(cohort.years()[0].subsidy == eur(90'000));
  CHECK(cohort.years()[1].subsidy == eur(60'000));
  CHECK(cohort.years()[1].calendar_year == 2027);
  CHECK(cohort.egt == eur(150'000));
  CHECK(cohort.pat == eur(0));
  // One job at 1.234,57 € a month, § 16i year 3 (90 %): 123.457 ct × 12 = 1.481.484 ct; × 0,9 = 1.333.335,6 ct,
  // rounded half away from zero to 1.333.336 ct. A PAT share of 1/3 of that is 444.445,33… -> 444.445 ct.
  constexpr auto odd =
      amip::cost_of_cohort(amip::p16i_wage_subsidy, 1 * amip::cases, amip::cost_per_case_month::from_value(123'457),
                           2026, amip::exact_ratio{1, 3});
  CHECK(odd.years()[2].subsidy == amip::cents(1'333'336));
  CHECK(odd.years()[2].pat == amip::cents(444'445));
  CHECK(odd.years()[2].egt == amip::cents(1'333'336 - 444'445));
}

TEST_CASE("the subsidy schedules are the law's, dated") {
  using std::chrono::day;
  using std::chrono::year;
  constexpr auto on = amip::date{year{2026}, std::chrono::January, day{1}};
  STATIC_REQUIRE(amip::subsidy_schedule_for(amip::measure_id::p16i, on).share_in_year(3) == amip::percent(90));
  STATIC_REQUIRE(amip::subsidy_schedule_for(amip::measure_id::p16i, on).share_in_year(6) == amip::percent(0));
  STATIC_REQUIRE(amip::subsidy_schedule_for(amip::measure_id::p16e, on).share_in_year(1) == amip::percent(75));
  CHECK(amip::p16i_wage_subsidy.norm == "§ 16i Abs. 2 Satz 1 SGB II");
  CHECK_THROWS_AS(amip::subsidy_schedule_for(amip::measure_id::p16i, amip::date{year{2018}, std::chrono::June, day{1}}),
                  std::out_of_range);
  CHECK_THROWS_AS(amip::subsidy_schedule_for(amip::measure_id::mat, on), std::out_of_range);
}

TEST_CASE("money moves between budget lines only by a recorded transfer") {
  amip::budget year_2026{2026};
  year_2026.allocate(amip::egt_money{eur(20'000'000)}, "Eingliederungsmittelverordnung 2026")
      .allocate(amip::vwhh_money{eur(30'000'000)});
  year_2026.transfer<budget_line::vwhh>(amip::egt_money{eur(1'500'000)}, "Umschichtung EGT -> VwHH");
  REQUIRE(year_2026.transfers().size() == 1);
  CHECK(year_2026.transfers()[0] ==
        amip::transfer_record{budget_line::egt, budget_line::vwhh, eur(1'500'000), "Umschichtung EGT -> VwHH"});
  CHECK(year_2026.available<budget_line::egt>() == amip::egt_money{eur(18'500'000)});
  CHECK(year_2026.available<budget_line::vwhh>() == amip::vwhh_money{eur(31'500'000)});
  // More than is there: refused, and nothing changes.
  CHECK_THROWS_WITH(year_2026.transfer<budget_line::vwhh>(amip::egt_money{eur(20'000'000)}, "too much"),
                    "amip: cannot move 20.000.000,00 € from Eingliederungstitel: only 18.500.000,00 € are available");
  CHECK(year_2026.transfers().size() == 1);
  CHECK_THROWS_AS(year_2026.allocate(amip::egt_money{eur(-1)}), amip::budget_error);
}

TEST_CASE("the balance of a line is allocation, transfers, commitments and planned spend") {
  amip::budget year_2026{2026};
  year_2026.allocate(amip::egt_money{eur(20'000'000)})
      .commit({budget_line::egt, eur(2'000'000), "Vorbindungen aus 2025", 2025})
      .transfer<budget_line::vwhh>(amip::egt_money{eur(1'000'000)}, "Umschichtung");
  // By hand: 20 Mio. - 1 Mio. given - 2 Mio. bound = 17 Mio. available; less 18.104.500 planned = -1.104.500.
  auto const b = year_2026.balance_of<budget_line::egt>(amip::egt_money{eur(18'104'500)});
  static_assert(std::same_as<decltype(b.available()), amip::egt_money>);
  CHECK(b.allocated == amip::egt_money{eur(20'000'000)});
  CHECK(b.transferred_out == amip::egt_money{eur(1'000'000)});
  CHECK(b.committed == amip::egt_money{eur(2'000'000)});
  CHECK(b.available() == amip::egt_money{eur(17'000'000)});
  CHECK(b.remaining() == amip::egt_money{eur(-1'104'500)});
  // The receiving line, and the same figures untyped (a line chosen at run time).
  CHECK(year_2026.balance_of<budget_line::vwhh>().transferred_in == amip::vwhh_money{eur(1'000'000)});
  auto const untyped = year_2026.untyped_balance_of(budget_line::egt, eur(18'104'500));
  CHECK(untyped.line == budget_line::egt);
  CHECK(untyped.remaining() == eur(-1'104'500));
  amip::balance const converted = b;
  CHECK(converted.remaining() == untyped.remaining());
}

TEST_CASE("overflow in a cost is an error, not a wrapped number") {
  auto const huge = amip::cost_rate::per_entry(
      amip::cost_per<amip::entry_count>::from_value(std::numeric_limits<std::int64_t>::max() / 1'000));
  CHECK_THROWS_AS(huge.cost_of(1'001 * entries), amip::overflow_error);
  amip::cost_model rates = test_rates();
  rates.set(amip::measure::mat, huge);
  CHECK_THROWS_AS(amip::need(egt_plan, plan_of(2026), rates, budget_line::egt), amip::overflow_error);
  CHECK_THROWS_AS(amip::fit(egt_plan, plan_of(2026), rates, amip::egt_money{eur(1)}, amip::fit_policy::proportional()),
                  amip::overflow_error);
  CHECK_THROWS_AS(amip::cost_rate::per_month(
                      amip::cost_per_entry_month::from_value(std::numeric_limits<std::int64_t>::max()), 2 * months),
                  amip::overflow_error);
}

TEST_CASE("a plan that fits is not changed") {
  auto const rates = test_rates();
  auto const need = amip::need(egt_plan, plan_of(2026), rates, budget_line::egt);
  auto const result =
      amip::fit(egt_plan, plan_of(2026), rates, amip::egt_money{need}, amip::fit_policy::proportional());
  static_assert(std::same_as<decltype(result.cost), amip::egt_money>);
  CHECK(result.changes.empty());
  CHECK(result.cost == amip::egt_money{need});
}

TEST_CASE("a fit by priority cuts the least important measures first") {
  auto const rates = test_rates();
  auto const need = amip::need(egt_plan, plan_of(2026), rates, budget_line::egt);
  // Keep MAG and EGZ above all; the gap is 100.000 €: § 16f (75 × 1.500 € = 112.500 €) is the last line of the
  // catalogue the list does not name, so it goes first, and 67 of its entries close the gap (67 × 1.500 = 100.500).
  constexpr std::array keep{amip::measure_id::mag, amip::measure_id::egz};
  auto const result = amip::fit(egt_plan, plan_of(2026), rates, amip::egt_money{need - eur(100'000)},
                                amip::fit_policy::by_priority(keep));
  REQUIRE(result.changes.size() == 1);
  CHECK(result.changes[0].measure == amip::measure_id::p16f);
  CHECK(result.changes[0].before == 75 * entries);
  CHECK(result.changes[0].after == 8 * entries);
  CHECK(result.cost == amip::egt_money{need - eur(100'500)});
  CHECK(result.changes[0].reason() == "p16f: 75 -> 8 entries (cut by priority to fit the allocation)");
}

TEST_CASE("fitting random plans into random allocations keeps its promises") {
  // Hundreds of plans: seed i of a fixed generator, so a failure can be replayed.
  auto const seed = GENERATE(range(0, 300));
  std::mt19937_64 random{static_cast<std::uint64_t>(seed)};
  std::uniform_int_distribution<std::int64_t> entry_count{0, 5'000};
  std::uniform_int_distribution<std::int64_t> rate_cents{0, 5'000'000};
  amip::plan<amip::entry_count> p{amip::duesseldorf_2026::anlage1};
  amip::cost_model rates;
  for (auto const& leaf : duesseldorf::anlage1_leaves) {
    p.state(amip::duesseldorf_2026::anlage1.at(leaf.measure), plan_of(2026), entry_count(random) * entries);
    rates.set(leaf.measure,
              amip::cost_rate::per_entry(amip::cost_per<amip::entry_count>::from_value(rate_cents(random))));
  }
  auto const need = amip::need(p, plan_of(2026), rates, budget_line::egt);
  std::uniform_int_distribution<std::int64_t> share_permille{-100, 1'200};
  auto const available = (need * share_permille(random) / 1'000).round();
  std::array<amip::measure_id, 3> priorities{amip::measure_id::agh, amip::measure_id::mat, amip::measure_id::egz};
  for (auto const& policy : {amip::fit_policy::proportional(), amip::fit_policy::by_priority(priorities)}) {
    INFO("seed " << seed << ", need " << need << ", available " << available);
    auto const result = amip::fit(p, plan_of(2026), rates, amip::egt_money{available}, policy);
    auto const cost = amip::need(result.plan, plan_of(2026), rates, budget_line::egt);
    CHECK(cost == result.cost.amount());
    CHECK(cost <= std::max(available, amip::money{}));
    if (need <= available) CHECK(result.changes.empty());
    for (std::size_t i = 0; i < amip::duesseldorf_2026::anlage1.size(); ++i) {
      amip::line_index const line{i};
      auto const before = p.figure(line, plan_of(2026));
      auto const after = result.plan.figure(line, plan_of(2026));
      REQUIRE(before.has_value() == after.has_value());
      if (!before) continue;
      CHECK(*after >= 0 * entries);
      CHECK(*after <= *before);
    }
    // same input, same output
    auto const again = amip::fit(p, plan_of(2026), rates, amip::egt_money{available}, policy);
    CHECK(again.changes == result.changes);
    CHECK(again.cost == result.cost);
  }
}
