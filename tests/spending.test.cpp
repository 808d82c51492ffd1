// Money across years (amip/money/spending.hpp), Umschichtung and commitments (amip/money/budget.hpp) and exact
// splits (amip/core/split.hpp). Rates and plans are made up for the test; every expected value is worked out by
// hand beside it.
#include <amip/core/quantity.hpp>
#include <amip/core/split.hpp>
#include <amip/io/plan_csv.hpp>
#include <amip/money/budget.hpp>
#include <amip/money/cost.hpp>
#include <amip/money/spending.hpp>
#include <amip/programmes/duesseldorf_2026/data.hpp>

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <cstdint>
#include <vector>

using amip::budget_line;
using amip::entries;
using amip::eur;
using amip::month_of;
using amip::months;
using amip::year_spend;

namespace {

amip::cost_per_entry_month per_month(std::int64_t euros) {
  return (eur(euros) / ((1 * entries) * (1 * months))).round();
}

}  // namespace

TEST_CASE("an entry in November into a six-month measure spends two months this year and four next year") {
  auto const rate = amip::cost_rate::per_month(per_month(500), 6 * months);
  // 3 entries × 500 € = 1.500 € a month: November and December 2026 = 3.000 €, January to April 2027 = 6.000 €;
  // together 9.000 € = 3 × 500 × 6, the entries' whole cost.
  auto const spend = amip::spending_by_year(3 * entries, month_of(2026, 11), rate);
  CHECK(spend == std::vector<year_spend>{{2026, eur(3'000)}, {2027, eur(6'000)}});
  CHECK(spend[0].amount + spend[1].amount == rate.cost_of(3 * entries));
  // 14 months from December 2026: 1 month in 2026, 12 in 2027, 1 in 2028 (1 entry × 500 €)
  auto const long_one = amip::spending_by_year(1 * entries, month_of(2026, 12),
                                               amip::cost_rate::per_month(per_month(500), 14 * months));
  CHECK(long_one == std::vector<year_spend>{{2026, eur(500)}, {2027, eur(6'000)}, {2028, eur(500)}});
  // A rate per entry has no duration: paid at once, in the year of entry.
  auto const at_once = amip::spending_by_year(
      2 * entries, month_of(2026, 11), amip::cost_rate::per_entry((eur(1'800) / (1 * entries)).round()));
  CHECK(at_once == std::vector<year_spend>{{2026, eur(3'600)}});
  CHECK_THROWS_AS(amip::spending_by_year(1 * entries, amip::year_of(2026), rate), std::invalid_argument);
}

TEST_CASE("a plan's spending by budget year spreads a year's entries over its months") {
  auto plan = amip::io::read_plan_csv("key;parent;children;measure;label;plan 2026\n"
                                      "total;;sum;;Insgesamt;\n"
                                      "mat;total;sum;mat;MAT;100\n"
                                      "fbw;total;sum;fbw_ao;FbW;50\n",
                                      "plan.csv")
                  .plan();
  amip::cost_model rates;
  rates.set(amip::measure::mat, amip::cost_rate::per_month(per_month(400), 3 * months));
  // MAT: 100 entries are 9 in January to April and 8 in May to December; each spends 3 months.
  //   2026: entries of January to October spend 3 months each: 4 × 9 + 6 × 8 = 84 entries × 3 = 252 entry-months;
  //         November 8 × 2 = 16, December 8 × 1 = 8: 276 entry-months × 400 € = 110.400 €
  //   2027: November 8 × 1 + December 8 × 2 = 24 entry-months × 400 € = 9.600 €      (together 300 = 100 × 3)
  // FbW is paid by the Agentur für Arbeit since 2025: not the EGT's, and needs no rate here.
  auto const spend = amip::spending_by_year(plan, 2026, rates, budget_line::egt);
  CHECK(spend == std::vector<year_spend>{{2026, eur(110'400)}, {2027, eur(9'600)}});
  // What 2026 binds in 2027 against an authority of 5.000 € for 2027: 4.600 € more than authorised.
  std::array<year_spend, 1> const authority{{{2027, eur(5'000)}}};
  auto const checks = amip::against_authority(spend, 2026, authority);
  REQUIRE(checks.size() == 1);
  CHECK(checks[0].year == 2027);
  CHECK(checks[0].bound == eur(9'600));
  CHECK_FALSE(checks[0].within());
  CHECK(checks[0].room() == eur(-4'600));
  // A line with entries and no rate: an error naming it, never spent at nothing.
  plan.state("total", amip::plan_of(2025), 1 * entries);  // another year: does not matter
  amip::cost_model none;
  CHECK_THROWS_WITH(amip::spending_by_year(plan, 2026, none, budget_line::egt),
                    "amip: spending by year: the line mat (MAT) has entries in 2026 but the cost model has no rate "
                    "for mat");
}

TEST_CASE("commitments reduce the free budget and an Umschichtung is recorded with its share of the EGT") {
  amip::budget year{2026};
  year.allocate(amip::egt_money{eur(150'000)}, "Zuteilung 2026")
      .commit(amip::egt_money{eur(20'000)}, "Vorbindungen aus 2025", 2025)
      .transfer<budget_line::vwhh>(amip::egt_money{eur(15'000)}, "Umschichtung EGT -> VwHH");
  // 150.000 − 15.000 moved − 20.000 bound = 115.000 € free; the move is 15.000 / 150.000 = 10,0 % of the EGT
  CHECK(year.available<budget_line::egt>() == amip::egt_money{eur(115'000)});
  CHECK(year.moved(budget_line::egt, budget_line::vwhh) == eur(15'000));
  CHECK(year.moved_share(budget_line::egt, budget_line::vwhh).tenths_of_percent() == 100);
  CHECK(year.moved(budget_line::vwhh, budget_line::egt) == eur(0));
  // A plan spending 110.400 € in 2026 leaves 115.000 − 110.400 = 4.600 €.
  CHECK(year.balance_of<budget_line::egt>(amip::egt_money{eur(110'400)}).remaining() == amip::egt_money{eur(4'600)});
}

TEST_CASE("the special allocation for the 219 carried-over FbW cases splits to the cent") {
  // Seed, section 4: rd. 1,46 Mio. € for 219 cases. 146.000.000 cents / 219 = 666.666 rest 146: 146 cases at
  // 6.666,67 € and 73 at 6.666,66 €; 146 × 666.667 + 73 × 666.666 = 97.333.382 + 48.666.618 = 146.000.000.
  auto const parts = amip::split_equally(amip::duesseldorf_2026::special_allocation.value(),
                                         static_cast<std::size_t>(amip::duesseldorf_2026::carried_over_cases.value()));
  REQUIRE(parts.size() == 219);
  CHECK(std::count(parts.begin(), parts.end(), amip::cents(666'667)) == 146);
  CHECK(std::count(parts.begin(), parts.end(), amip::cents(666'666)) == 73);
  amip::money sum{};
  for (auto const p : parts) sum += p;
  CHECK(sum == eur(1'460'000));
}

TEST_CASE("a split by weights gives every cent to someone and favours the largest remainders") {
  // 100,00 € by 1 : 1 : 1 = 3.333,33… cents each: 3.333 each and 1 cent left, to the first: 33,34 / 33,33 / 33,33
  std::array<std::int64_t, 3> const thirds{1, 1, 1};
  CHECK(amip::split(eur(100), thirds) == std::vector<amip::money>{amip::cents(3'334), amip::cents(3'333),
                                                                   amip::cents(3'333)});
  // 10 entries by 5 : 3 : 2 (exact) and 7 entries by 1 : 2 : 4: 1, 2, 4 exactly
  std::array<std::int64_t, 3> const five_three_two{5, 3, 2};
  CHECK(amip::split(10 * entries, five_three_two) ==
        std::vector<amip::entry_count>{5 * entries, 3 * entries, 2 * entries});
  // 1 € by 2 : 1 : 0: 66,67 / 33,33 / 0 (remainders 2/3 and 1/3 of a cent: the larger one gets the cent)
  std::array<std::int64_t, 3> const with_zero{2, 1, 0};
  CHECK(amip::split(eur(1), with_zero) == std::vector<amip::money>{amip::cents(67), amip::cents(33), amip::cents(0)});
  std::array<std::int64_t, 2> const nothing{0, 0};
  CHECK_THROWS_AS(amip::split(eur(1), nothing), std::invalid_argument);
}
