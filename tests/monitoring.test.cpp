// Hochrechnung and Zielerreichung (amip/monitoring/projection.hpp) on a fictitious Jobcenter's year as of
// September. The figures are made up; every expected value is worked out by hand in the comment beside it
// (rounding half away from zero; changes in tenths of a percent).
//
// The plan (entries, Eintritte):
//   total (davon: mat + agh)   plan 2026: 1440 (rolled up)
//     mat                      plan 2026: 1200
//     agh                      plan 2026:  240
//   jobwerkstatt (a top line, added in May 2026)   plan 2026: 8
// Monthly actuals 2026 (January … September):
//   mat  100  90 110 100  80 100 120  60  50   -> to date 810
//   agh   20  20  20  20  20  20  20  20  18   -> to date 178
//   jobwerkstatt – – – –   1   1   1   1   1   -> to date 5 (no figure in January to April)
// Monthly actuals 2025 (January … December):
//   mat   80 × 9 (Jan–Sep: 720), 100, 100, 80  -> total 1000
//   agh   15 × 9 (Jan–Sep: 135), 25, 25, 25    -> total  210
#include <amip/core/quantity.hpp>
#include <amip/io/plan_csv.hpp>
#include <amip/model/period.hpp>
#include <amip/model/plan.hpp>
#include <amip/monitoring/projection.hpp>

#include <array>
#include <catch2/catch.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using amip::actual_of;
using amip::entry_count;
using amip::month_of;
using amip::plan_of;

namespace {

constexpr std::string_view table_csv =
    "key;parent;children;label;plan 2026\n"
    "total;;sum;Eintritte insgesamt;\n"
    "mat;total;sum;MAT;1200\n"
    "agh;total;sum;AGH;240\n"
    "jobwerkstatt;;sum;Jobwerkstatt;8\n";

entry_count n(std::int64_t v) { return entry_count::from_value(v); }

void state_months(amip::plan<entry_count>& p, std::string_view key, std::int32_t year,
                  std::vector<std::optional<std::int64_t>> const& months) {
  for (std::size_t k = 0; k < months.size(); ++k) {
    if (months[k]) p.state(key, actual_of(month_of(year, static_cast<int>(k + 1))), n(*months[k]));
  }
}

// Returned from a function, as a tool would build it: the projection must not depend on this frame.
amip::plan<entry_count> year_as_of_september() {
  auto p = amip::io::read_plan_csv(table_csv, "monitoring.csv").plan();
  state_months(p, "mat", 2026, {100, 90, 110, 100, 80, 100, 120, 60, 50});
  state_months(p, "agh", 2026, {20, 20, 20, 20, 20, 20, 20, 20, 18});
  state_months(p, "jobwerkstatt", 2026, {std::nullopt, std::nullopt, std::nullopt, std::nullopt, 1, 1, 1, 1, 1});
  state_months(p, "mat", 2025, {80, 80, 80, 80, 80, 80, 80, 80, 80, 100, 100, 80});
  state_months(p, "agh", 2025, {15, 15, 15, 15, 15, 15, 15, 15, 15, 25, 25, 25});
  return p;
}

std::optional<std::int64_t> value(amip::projection<entry_count> const& p, std::string_view key,
                                  amip::catalog const& table) {
  auto const v = p.value(table.at(key));
  return v ? std::optional<std::int64_t>{v->value()} : std::nullopt;
}

// A method of one's own: the actual to date plus the mean of the last three months for each month left.
struct recent_months {
  [[nodiscard]] static std::string_view name() { return "recent"; }
  template <amip::Flow Q>
  amip::projected<Q> operator()(amip::projection_inputs<Q> const& in) const {
    Q last_three{};
    for (int k = in.as_of - 2; k <= in.as_of; ++k) last_three += in.months[static_cast<std::size_t>(k - 1)].value_or(Q{});
    auto const value = in.actual_to_date + Q::from_value(last_three.value() * (12 - in.as_of) / 3);
    return {value, "to date + last three months × (12 − m) / 3"};
  }
};
static_assert(amip::ProjectionMethod<recent_months, entry_count>);
static_assert(amip::ProjectionMethod<amip::run_rate, amip::money>);
static_assert(!amip::ProjectionMethod<amip::run_rate, amip::person_count>);  // persons are a stock

}  // namespace

TEST_CASE("the run rate projects the actual to date to the year end line by line and sums the davon lines") {
  auto const plan = year_as_of_september();
  auto const& table = plan.structure();
  auto const projected = amip::project(plan, month_of(2026, 9), amip::run_rate{});
  CHECK(projected.when() == amip::projection_of(2026).with_version("run-rate 09/2026"));
  CHECK(value(projected, "mat", table) == 1080);          // 810 × 12 / 9 = 9720 / 9 = 1080
  CHECK(value(projected, "agh", table) == 237);           // 178 × 12 / 9 = 2136 / 9 = 237,33 -> 237
  CHECK(value(projected, "total", table) == 1317);        // 1080 + 237
  CHECK(value(projected, "jobwerkstatt", table) == 7);    // 5 × 12 / 9 = 60 / 9 = 6,67 -> 7
  CHECK(projected.explain(table.at("mat")) == "mat (MAT), Hochrechnung 2026 (run-rate 09/2026): 810 × 12 / 9 = 1080");
  CHECK(projected.explain(table.at("jobwerkstatt")) ==
        "jobwerkstatt (Jobwerkstatt), Hochrechnung 2026 (run-rate 09/2026): 5 × 12 / 9 = 7 (no figure in month 01, "
        "02, 03, 04 of 2026, counted as 0)");
  CHECK(projected.explain(table.at("total")) ==
        "total (Eintritte insgesamt), Hochrechnung 2026 (run-rate 09/2026): the sum of its 2 lines = 1317");
}

TEST_CASE("the prior-year profile scales the actual to date by last year and has no value where last year is 0") {
  auto const plan = year_as_of_september();
  auto const& table = plan.structure();
  auto const projected = amip::project(plan, month_of(2026, 9), amip::prior_year_profile{});
  CHECK(value(projected, "mat", table) == 1125);  // 810 × 1000 / 720 = 810000 / 720 = 1125
  CHECK(value(projected, "agh", table) == 277);   // 178 × 210 / 135 = 37380 / 135 = 276,89 -> 277
  CHECK(value(projected, "total", table) == 1402);  // 1125 + 277
  CHECK_FALSE(value(projected, "jobwerkstatt", table));  // no entries in 2025 to September: 0
  CHECK(projected.explain(table.at("agh")) ==
        "agh (AGH), Hochrechnung 2026 (prior-year 09/2026): 178 × 210 / 135 = 277");
  CHECK(projected.explain(table.at("jobwerkstatt")).find("the actual of 2025 to month 9 is 0") != std::string::npos);
}

TEST_CASE("a projection in month 12 is the actual and a month without actuals is an error") {
  auto const plan = year_as_of_september();
  auto const& table = plan.structure();
  auto const december = amip::project(plan, month_of(2025, 12), amip::run_rate{});
  CHECK(value(december, "mat", table) == 1000);  // 1000 × 12 / 12: the year's actual
  CHECK(value(december, "agh", table) == 210);
  CHECK(value(december, "jobwerkstatt", table) == 0);  // no figure in any month of 2025: 0, and said so
  CHECK_THROWS_WITH(amip::project(plan, month_of(2026, 10), amip::run_rate{}),
                    "amip: a projection as of 10/2026 needs the actuals of every month to then; the plan has none "
                    "for 10/2026");
  CHECK_THROWS_WITH(amip::project(plan, amip::year_of(2026), amip::run_rate{}),
                    "amip: monitoring is as of a month (month_of(2026, 9)), not a year or a quarter");
}

TEST_CASE("negative corrections count and a negative actual to date has no projection") {
  auto p = amip::io::read_plan_csv(table_csv, "monitoring.csv").plan();
  // February revises January down: 10 then -4 -> to date 6; run rate as of 2: 6 × 12 / 2 = 36
  state_months(p, "mat", 2026, {10, -4});
  // agh: 3 then -5 -> to date -2: no value
  state_months(p, "agh", 2026, {3, -5});
  auto const& table = p.structure();
  auto const projected = amip::project(p, month_of(2026, 2), amip::run_rate{});
  CHECK(value(projected, "mat", table) == 36);
  CHECK_FALSE(value(projected, "agh", table));
  CHECK_FALSE(value(projected, "total", table));  // a line under it has none
  CHECK(projected.explain(table.at("agh")).find("the actual to date is -2, below zero") != std::string::npos);
}

TEST_CASE("a method of ones own goes through the same interface") {
  auto const plan = year_as_of_september();
  auto const& table = plan.structure();
  auto const projected = amip::project(plan, month_of(2026, 9), recent_months{});
  CHECK(value(projected, "mat", table) == 1040);  // 810 + (120 + 60 + 50) × 3 / 3 = 810 + 230
  CHECK(value(projected, "agh", table) == 236);   // 178 + (20 + 20 + 18) × 3 / 3 = 178 + 58
  CHECK(projected.when().version.view() == "recent 09/2026");
}

TEST_CASE("a projection added to its plan is a period the plan rolls up and compares") {
  auto plan = year_as_of_september();
  auto const& table = plan.structure();
  auto const projected = amip::project(plan, month_of(2026, 9), amip::run_rate{});
  projected.add_to(plan);
  CHECK(plan.figure("total", projected.when()) == n(1317));  // rolled up by the plan: 1080 + 237
  CHECK(plan.stated("total", projected.when()) == std::nullopt);
  auto other = amip::io::read_plan_csv("key;parent;children;label\nx;;sum;X\n", "other.csv").plan();
  CHECK_THROWS_AS(projected.add_to(other), amip::monitoring_error);
  (void)table;
}

TEST_CASE("attainment compares the actual to date with the plan pro rata and the projection with the plan") {
  auto const plan = year_as_of_september();
  auto const& table = plan.structure();
  auto const projected = amip::project(plan, month_of(2026, 9), amip::run_rate{});
  auto const rows = amip::attainment(plan, plan_of(2026), month_of(2026, 9), &projected);
  REQUIRE(rows.size() == 4);
  auto const row = [&](std::string_view key) { return rows[amip::index_of(table.at(key))]; };
  // mat: pro rata 1200 × 9 / 12 = 900; 810 − 900 = −90; −1080 / 10800 = −10,0 %
  //      projection 1080 − 1200 = −120; −120 / 1200 = −10,0 %
  CHECK(row("mat").actual_to_date == n(810));
  CHECK(row("mat").pro_rata == n(900));
  CHECK(row("mat").actual_against_pro_rata == n(-90));
  CHECK(row("mat").actual_change.tenths_of_percent() == -100);
  CHECK(row("mat").projected_against_plan == n(-120));
  CHECK(row("mat").projected_change.tenths_of_percent() == -100);
  // agh: pro rata 240 × 9 / 12 = 180; 178 − 180 = −2; (2136 − 2160) / 2160 = −1,11 % -> −11
  //      projection 237 − 240 = −3; −3 / 240 = −1,25 % -> −12,5 tenths -> −13
  CHECK(row("agh").pro_rata == n(180));
  CHECK(row("agh").actual_against_pro_rata == n(-2));
  CHECK(row("agh").actual_change.tenths_of_percent() == -11);
  CHECK(row("agh").projected_change.tenths_of_percent() == -13);
  // total (rolled up): plan 1440, to date 810 + 178 = 988, pro rata 1080; (11856 − 12960) / 12 = −92;
  //      −1104 / 12960 = −8,52 % -> −85; projection 1317 − 1440 = −123; −123 / 1440 = −8,54 % -> −85
  CHECK(row("total").planned == n(1440));
  CHECK(row("total").actual_to_date == n(988));
  CHECK(row("total").actual_against_pro_rata == n(-92));
  CHECK(row("total").actual_change.tenths_of_percent() == -85);
  CHECK(row("total").projected_against_plan == n(-123));
  CHECK(row("total").projected_change.tenths_of_percent() == -85);
  // jobwerkstatt: plan 8, to date 5, pro rata 6; (60 − 72) / 12 = −1; −12 / 72 = −16,67 % -> −167;
  //      projection 7 − 8 = −1; −12,5 % -> −125
  CHECK(row("jobwerkstatt").pro_rata == n(6));
  CHECK(row("jobwerkstatt").actual_against_pro_rata == n(-1));
  CHECK(row("jobwerkstatt").actual_change.tenths_of_percent() == -167);
  CHECK(row("jobwerkstatt").projected_change.tenths_of_percent() == -125);
}

TEST_CASE("money is projected in cents and rounded once") {
  auto p = amip::io::read_plan_csv<amip::plan<amip::money>>("key;parent;children;label;plan 2026 [EUR]\n"
                                                            "mat;;sum;MAT;1500,00\n",
                                                            "money.csv")
               .plan();
  // January to September: 111,11 € each, one cent more in September: 999,99 + 0,01 = 1.000,00 €... as cents:
  // 8 × 11111 + 11112 = 88888 + 11112 = 100000 cents; run rate 100000 × 12 / 9 = 133333,33 -> 133333 cents
  for (int k = 1; k <= 9; ++k) {
    p.state("mat", actual_of(month_of(2026, k)), amip::money::from_value(k == 9 ? 11112 : 11111));
  }
  auto const projected = amip::project(p, month_of(2026, 9), amip::run_rate{});
  auto const& table = p.structure();
  CHECK(projected.value(table.at("mat")) == amip::money::from_value(133333));
  CHECK(projected.explain(table.at("mat")) ==
        "mat (MAT), Hochrechnung 2026 (run-rate 09/2026): 1.000,00 € × 12 / 9 = 1.333,33 €");
  // attainment: pro rata 150000 × 9 / 12 = 112500 cents; 100000 − 112500 = −12500 cents;
  // (1200000 − 1350000) / 1350000 = −11,11 % -> −111
  auto const rows = amip::attainment(p, plan_of(2026), month_of(2026, 9));
  CHECK(rows[0].pro_rata == amip::money::from_value(112500));
  CHECK(rows[0].actual_against_pro_rata == amip::money::from_value(-12500));
  CHECK(rows[0].actual_change.tenths_of_percent() == -111);
  CHECK_FALSE(rows[0].projected);
}
