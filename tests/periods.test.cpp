// Periods as planners use them (years, quarters, months; plan, projection, actual, target; versions) and the
// absolute change beside the relative one, on three small tables of the test's own. Every expected value is worked
// out by hand in the comment beside it.
#include <amip/model/catalog.hpp>
#include <amip/model/comparison.hpp>
#include <amip/model/period.hpp>
#include <amip/model/plan.hpp>
#include <amip/report/csv.hpp>
#include <amip/report/markdown.hpp>
#include <amip/report/ostream.hpp>
#include <amip/report/text.hpp>

#include "printed.hpp"

#include <array>
#include <catch2/catch.hpp>
#include <cstdint>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>

using amip::actual_of;
using amip::figure_kind;
using amip::language;
using amip::month_of;
using amip::period_error;
using amip::plan_of;
using amip::quarter_of;
using amip::target_of;

using amip_test::line_of;

namespace {

// ----- A statistics table of persons in stock (Bestand), with "darunter" lines, by month --------------------------

constexpr std::array<amip::line, 3> stock_lines{{
    {"elb",
     amip::line_kind::total,
     amip::no_parent,
     amip::children_rule::subset,
     {},
     {},
     false,
     "Erwerbsfähige Leistungsberechtigte",
     "Employable benefit recipients"},
    {"u25",
     amip::line_kind::leaf,
     0,
     amip::children_rule::sum,
     {},
     {},
     false,
     "darunter unter 25 Jahre",
     "of which under 25"},
    {"lzb",
     amip::line_kind::leaf,
     0,
     amip::children_rule::sum,
     {},
     {},
     false,
     "darunter Langzeitleistungsbeziehende",
     "of which long-term recipients"},
}};
constexpr amip::catalog stock_table{"Bestand nach Personengruppen", stock_lines, "Personengruppe", "Group"};

constexpr auto may_2019 = actual_of(month_of(2019, 5));
constexpr auto june_2019 = actual_of(month_of(2019, 6));
constexpr auto july_2019 = actual_of(month_of(2019, 7));
constexpr auto july_2018 = july_2019.year_before();

constexpr auto stock_plan() {
  using amip::persons;
  amip::fixed_plan<amip::person_count> p{stock_table};
  auto const elb = amip::line_index{0};
  auto const u25 = amip::line_index{1};
  auto const lzb = amip::line_index{2};
  p.state(elb, may_2019, 40'980 * persons).state(u25, may_2019, 6'150 * persons);
  p.state(elb, june_2019, 41'100 * persons).state(u25, june_2019, 6'200 * persons);  // lzb not reported for June
  p.state(elb, july_2019, 41'250 * persons)
      .state(u25, july_2019, 6'180 * persons)
      .state(lzb, july_2019, 24'930 * persons);
  p.state(elb, july_2018, 42'800 * persons)
      .state(u25, july_2018, 6'420 * persons)
      .state(lzb, july_2018, 26'105 * persons);
  return p;
}
constexpr auto stock = stock_plan();

// ----- A budget table in euros with sub-lines and two versions of the 2026 plan ------------------------------------

constexpr std::array<amip::line, 5> budget_lines{{
    {"egt",
     amip::line_kind::total,
     amip::no_parent,
     amip::children_rule::sum,
     {},
     {},
     false,
     "Eingliederungstitel",
     "Integration budget"},
    {"foerderung",
     amip::line_kind::subgroup,
     0,
     amip::children_rule::sum,
     {},
     {},
     false,
     "Förderleistungen",
     "Support"},
    {"fbw", amip::line_kind::leaf, 1, amip::children_rule::sum, {}, {}, true, "davon FbW", "of which: FbW"},
    {"agh", amip::line_kind::leaf, 1, amip::children_rule::sum, {}, {}, true, "davon AGH", "of which: AGH"},
    {"p16i", amip::line_kind::leaf, 0, amip::children_rule::sum, {}, {}, false, "§ 16i SGB II", "§ 16i SGB II"},
}};
constexpr amip::catalog budget_table{"Haushalt Eingliederung", budget_lines, "Titel", "Title"};

constexpr auto haushaltsplan = plan_of(2026).with_version("Haushaltsplan");
constexpr auto geschaeftsplan = plan_of(2026).with_version("Geschäftsplan");

constexpr auto budget_plan() {
  amip::fixed_plan<amip::money> p{budget_table};
  auto const fbw = amip::line_index{2};
  auto const agh = amip::line_index{3};
  auto const p16i = amip::line_index{4};
  p.state(fbw, haushaltsplan, amip::cents(125'000'000))    // 1.250.000,00 €
      .state(agh, haushaltsplan, amip::cents(83'050'050))  //   830.500,50 €
      .state(p16i, haushaltsplan, amip::eur(2'100'000));   // 2.100.000,00 €
  p.state(fbw, geschaeftsplan, amip::cents(131'025'075))   // 1.310.250,75 €
      .state(agh, geschaeftsplan, amip::eur(790'000))      //   790.000,00 €
      .state(p16i, geschaeftsplan, amip::eur(2'100'000));  // 2.100.000,00 €
  return p;
}
constexpr auto budget = budget_plan();

// ----- A programme of entries: plan, actual, target, and quarters -------------------------------------------------

constexpr std::array<amip::line, 3> entry_lines{{
    {"total",
     amip::line_kind::total,
     amip::no_parent,
     amip::children_rule::sum,
     {},
     {},
     false,
     "Eintritte gesamt",
     "All entries"},
    {"a", amip::line_kind::leaf, 0, amip::children_rule::sum, {}, {}, true, "davon Maßnahme A", "of which: A"},
    {"b", amip::line_kind::leaf, 0, amip::children_rule::sum, {}, {}, true, "davon Maßnahme B", "of which: B"},
}};
constexpr amip::catalog entry_table{"Programm", entry_lines};

constexpr auto q3_plan = plan_of(quarter_of(2026, 3));
constexpr auto q3_actual = actual_of(quarter_of(2026, 3));

constexpr auto entry_plan() {
  using amip::entries;
  amip::fixed_plan<amip::entry_count> p{entry_table};
  auto const a = amip::line_index{1};
  auto const b = amip::line_index{2};
  p.state(a, plan_of(2026), 120 * entries).state(b, plan_of(2026), 80 * entries);
  p.state(a, actual_of(2025), 100 * entries).state(b, actual_of(2025), 100 * entries);
  p.state(a, target_of(2026), 150 * entries).state(b, target_of(2026), 90 * entries);
  p.state(a, q3_plan, 30 * entries).state(b, q3_plan, 20 * entries);
  p.state(a, q3_actual, 27 * entries).state(b, q3_actual, 21 * entries);
  p.state(a, actual_of(2024), 0 * entries);  // b not reported for 2024
  return p;
}
constexpr auto programme = entry_plan();

}  // namespace

// =================================================================================================================
// Periods

TEST_CASE("a period is written as a column header writes it, in German and English") {
  CHECK(to_string(plan_of(2026)) == "Plan 2026");
  CHECK(to_string(amip::projection_of(2025)) == "Hochrechnung 2025");
  CHECK(to_string(actual_of(2025)) == "Ergebnis 2025");
  CHECK(to_string(target_of(2026)) == "Ziel 2026");
  CHECK(to_string(q3_plan) == "Plan Q3 2026");
  CHECK(to_string(july_2019) == "Ergebnis 07/2019");
  CHECK(to_string(actual_of(month_of(2019, 12))) == "Ergebnis 12/2019");
  CHECK(to_string(geschaeftsplan) == "Plan 2026 (Geschäftsplan)");
  CHECK(to_string(actual_of(month_of(2019, 7)).with_version("Nachtrag 1")) == "Ergebnis 07/2019 (Nachtrag 1)");

  CHECK(to_string(plan_of(2026), language::english) == "plan 2026");
  CHECK(to_string(amip::projection_of(2025), language::english) == "projection 2025");
  CHECK(to_string(actual_of(2025), language::english) == "actual 2025");
  CHECK(to_string(target_of(2026), language::english) == "target 2026");
  CHECK(to_string(q3_plan, language::english) == "plan Q3 2026");
  CHECK(to_string(july_2019, language::english) == "actual 2019-07");
  CHECK(to_string(geschaeftsplan, language::english) == "plan 2026 (Geschäftsplan)");

  std::ostringstream os;
  os << july_2019;
  CHECK(os.str() == "Ergebnis 07/2019");
}

TEST_CASE("a month is 1 to 12 and a quarter 1 to 4, else a period_error that says so") {
  CHECK_THROWS_AS(month_of(2019, 13), period_error);
  CHECK_THROWS_WITH(month_of(2019, 13), "amip: a month is 1 to 12, not 13");
  CHECK_THROWS_WITH(month_of(2019, 0), "amip: a month is 1 to 12, not 0");
  CHECK_THROWS_WITH(month_of(2019, -7), "amip: a month is 1 to 12, not -7");
  CHECK_THROWS_WITH(quarter_of(2026, 5), "amip: a quarter is 1 to 4, not 5");
  CHECK_THROWS_WITH(quarter_of(2026, 0U), "amip: a quarter is 1 to 4, not 0");
  CHECK_NOTHROW(month_of(2019, 1));
  CHECK_NOTHROW(month_of(2019, 12));
  CHECK_NOTHROW(quarter_of(2026, 4));
  // A year beyond 32 bits is a period_error, and still the std::out_of_range it always was.
  CHECK_THROWS_AS(plan_of(std::int64_t{1} << 40), std::out_of_range);
  CHECK_THROWS_WITH(month_of(std::int64_t{1} << 40, 7),
                    "amip: a period's year must fit in 32 bits, 1099511627776 does not");
  CHECK_THROWS_WITH(actual_of(std::numeric_limits<std::int32_t>::min()).year_before(),
                    "amip: the year -2147483648 has no year before it");
}

TEST_CASE("a version name is owned UTF-8 text of at most 31 bytes, fit for a column header") {
  std::string name = "Geschäftsplan";
  auto const p = plan_of(2026).with_version(name);
  name = "overwritten";  // the period owns its copy
  CHECK(p.version.view() == "Geschäftsplan");
  CHECK(p.version.size() == 14);  // ä is two bytes in UTF-8

  std::string const longest(amip::version_name::max_bytes, 'x');
  CHECK(plan_of(2026).with_version(longest).version.view() == longest);
  CHECK_THROWS_WITH(plan_of(2026).with_version(longest + "x"),
                    "amip: the version name \"" + longest +
                        "x\" has 32 bytes; a period's version holds at most 31 "
                        "bytes of UTF-8");
  CHECK_THROWS_WITH(plan_of(2026).with_version("Entwurf (alt)"),
                    "amip: the version name \"Entwurf (alt)\" holds a bracket, which a column header uses to set off "
                    "the version and the unit");
  CHECK_THROWS_AS(plan_of(2026).with_version("Plan [EUR]"), period_error);
  CHECK_THROWS_WITH(plan_of(2026).with_version("Nachtrag\n1"),
                    "amip: the version name \"Nachtrag\n1\" holds a control character (a line break, a tab)");
  CHECK_THROWS_WITH(plan_of(2026).with_version(" Entwurf"),
                    "amip: the version name \" Entwurf\" begins or ends with a space");
  CHECK_THROWS_WITH(plan_of(2026).with_version("Gesch\xE4"
                                               "ftsplan"),  // Latin-1, not UTF-8
                    Catch::Contains("is not valid UTF-8"));
  CHECK_THROWS_AS(plan_of(2026).with_version("\xC3"), period_error);          // a sequence cut short
  CHECK_THROWS_AS(plan_of(2026).with_version("\xC0\xAF"), period_error);      // overlong '/'
  CHECK_THROWS_AS(plan_of(2026).with_version("\xED\xA0\x80"), period_error);  // a surrogate
  CHECK(plan_of(2026).with_version("") == plan_of(2026));                     // "" is no version
  CHECK(geschaeftsplan.without_version() == plan_of(2026));
}

TEST_CASE("the same period a year before keeps kind, part of the year and version") {
  CHECK(july_2018 == actual_of(month_of(2018, 7)));
  CHECK(q3_plan.year_before() == plan_of(quarter_of(2025, 3)));
  CHECK(geschaeftsplan.year_before() == plan_of(2025).with_version("Geschäftsplan"));
  CHECK(july_2019.when() == month_of(2019, 7));
  CHECK(july_2019.span() == amip::period_span::month);
  CHECK(july_2019.part.number() == 7);
  CHECK(q3_plan.part.number() == 3);
  CHECK(plan_of(2026).part.number() == 0);
}

TEST_CASE("two versions of one plan year, months and quarters stand side by side in a plan") {
  CHECK(budget.holds(haushaltsplan));
  CHECK(budget.holds(geschaeftsplan));
  CHECK_FALSE(budget.holds(plan_of(2026)));  // the plan without a version is a third period
  CHECK(budget.periods().size() == 2);
  CHECK(stock.periods().size() == 4);
  CHECK(programme.holds(q3_plan));
  CHECK_FALSE(programme.holds(plan_of(quarter_of(2026, 2))));
  CHECK_FALSE(programme.holds(plan_of(month_of(2026, 3))));
}

TEST_CASE("periods compare alike at run time and at compile time, the version by size and bytes") {
  // At run time == reads year, kind, part of the year and the version's size as one 8-byte word (period.hpp).
  std::string const name = "Haushaltsplan";
  auto const runtime = plan_of(2026).with_version(name);
  CHECK(runtime == haushaltsplan);
  CHECK_FALSE(runtime == geschaeftsplan);
  CHECK_FALSE(runtime == plan_of(2026).with_version("Haushaltsplam"));  // the same size, the last byte differs
  CHECK_FALSE(runtime == plan_of(2026).with_version("Haushaltspla"));   // one byte shorter
  CHECK_FALSE(runtime == plan_of(2026));
  CHECK_FALSE(runtime == plan_of(2025).with_version(name));
  CHECK_FALSE(runtime == actual_of(2026).with_version(name));
  CHECK_FALSE(runtime == plan_of(quarter_of(2026, 1)).with_version(name));
  CHECK_FALSE(actual_of(month_of(2026, 1)) == actual_of(quarter_of(2026, 1)));  // the same number, another span
  CHECK(runtime.without_version() == plan_of(2026));
  STATIC_REQUIRE(haushaltsplan != geschaeftsplan);
  STATIC_REQUIRE(plan_of(2026).with_version("Haushaltsplan") == haushaltsplan);
  STATIC_REQUIRE_FALSE(plan_of(2026).with_version("Haushaltsplam") == haushaltsplan);
  STATIC_REQUIRE_FALSE(actual_of(month_of(2026, 1)) == actual_of(quarter_of(2026, 1)));
}

TEST_CASE("a view of a period the plan does not hold keeps the period, copied or assigned, and sees it once stated") {
  auto const fbw = amip::line_index{2};
  auto const nachtrag = plan_of(2026).with_version("Nachtrag 1");
  amip::fixed_plan<amip::money> p{budget_table};
  auto const view = p.figures_of(nachtrag);
  auto const copy = view;
  auto assigned = budget.figures_of(haushaltsplan);  // held, by another plan
  CHECK(assigned.when() == haushaltsplan);
  assigned = view;
  CHECK(copy.when() == nachtrag);
  CHECK(assigned.when() == nachtrag);
  CHECK_FALSE(copy.holds());
  CHECK_FALSE(assigned[fbw].has_value());
  p.state(fbw, nachtrag, amip::eur(1'000));
  CHECK(copy.holds());
  CHECK(copy[fbw] == amip::eur(1'000));
  CHECK(assigned[fbw] == amip::eur(1'000));
  auto const held = budget.figures_of(geschaeftsplan);
  auto const held_copy = held;
  CHECK(held_copy.when() == geschaeftsplan);
  CHECK(held_copy[fbw] == amip::cents(131'025'075));  // as stated in budget_plan()

  // The same in a constant expression: a view not held, copied and assigned over a view held.
  static constexpr auto entwurf = plan_of(2030).with_version("Entwurf");
  constexpr auto kept = [] {
    auto const not_held = budget.figures_of(entwurf);
    auto over_held = budget.figures_of(geschaeftsplan);
    over_held = not_held;
    auto const again = over_held;
    return again.when() == entwurf && !again.holds() && budget.figures_of(geschaeftsplan).when() == geschaeftsplan;
  }();
  STATIC_REQUIRE(kept);
}

// =================================================================================================================
// Comparisons of any two periods, absolute and relative

TEST_CASE("a month against the same month a year before, actual against actual, absolute and in percent") {
  auto const cmp = amip::compare(stock, july_2019, july_2019.year_before());
  using amip::persons;
  // Bestand: 41.250 − 42.800 = −1.550; −1.550 / 42.800 = −3,62149…% -> −36 tenths (−3,6%).
  CHECK(cmp.at("elb").absolute_change() == -1'550 * persons);
  CHECK(cmp.change(amip::line_index{0}).tenths_of_percent() == -36);
  // unter 25: 6.180 − 6.420 = −240; −240 / 6.420 = −3,7383…% -> −37 tenths.
  CHECK(cmp.absolute_change(amip::line_index{1}) == -240 * persons);
  CHECK(cmp.at("u25").change().tenths_of_percent() == -37);
  // Langzeitleistungsbeziehende: 24.930 − 26.105 = −1.175; −1.175 / 26.105 = −4,5011…% -> −45 tenths.
  CHECK(cmp.at("lzb").absolute_change() == -1'175 * persons);
  CHECK(cmp.at("lzb").change().tenths_of_percent() == -45);
}

TEST_CASE("a month against the month before it, where one figure is missing") {
  auto const cmp = amip::compare(stock, july_2019, june_2019);
  using amip::persons;
  // 41.250 − 41.100 = 150; 150 / 41.100 = 0,36496…% -> 4 tenths.
  CHECK(cmp.at("elb").absolute_change() == 150 * persons);
  CHECK(cmp.at("elb").change().tenths_of_percent() == 4);
  // 6.180 − 6.200 = −20; −20 / 6.200 = −0,32258…% -> −3 tenths.
  CHECK(cmp.at("u25").absolute_change() == -20 * persons);
  CHECK(cmp.at("u25").change().tenths_of_percent() == -3);
  // June has no figure for lzb: neither change has a value.
  CHECK_FALSE(cmp.at("lzb").absolute_change().has_value());
  CHECK_FALSE(cmp.at("lzb").change().tenths_of_percent().has_value());
  // June against May: 41.100 − 40.980 = 120; 120 / 40.980 = 0,29282…% -> 3 tenths.
  auto const june = amip::compare(stock, june_2019, may_2019);
  CHECK(june.at("elb").absolute_change() == 120 * persons);
  CHECK(june.at("elb").change().tenths_of_percent() == 3);
}

TEST_CASE("the Geschäftsplan against the Haushaltsplan of one year, in euros") {
  auto const cmp = amip::compare(budget, geschaeftsplan, haushaltsplan);
  // FbW: 1.310.250,75 − 1.250.000,00 = 60.250,75 €; 6.025.075 / 125.000.000 = 4,82006% -> 48 tenths.
  CHECK(cmp.at("fbw").absolute_change() == amip::cents(6'025'075));
  CHECK(cmp.at("fbw").change().tenths_of_percent() == 48);
  // AGH: 790.000,00 − 830.500,50 = −40.500,50 €; 4.050.050 / 83.050.050 = 4,87663…% -> −49 tenths.
  CHECK(cmp.at("agh").absolute_change() == amip::cents(-4'050'050));
  CHECK(cmp.at("agh").change().tenths_of_percent() == -49);
  // Förderleistungen, rolled up: 2.100.250,75 − 2.080.500,50 = 19.750,25 €;
  // 1.975.025 / 208.050.050 = 0,94930…% -> 9 tenths.
  CHECK(cmp.at("foerderung").now() == amip::cents(210'025'075));
  CHECK(cmp.at("foerderung").prior() == amip::cents(208'050'050));
  CHECK(cmp.at("foerderung").absolute_change() == amip::cents(1'975'025));
  CHECK(cmp.at("foerderung").change().tenths_of_percent() == 9);
  // § 16i unchanged: 0,00 €, 0,0%.
  CHECK(cmp.at("p16i").absolute_change() == amip::cents(0));
  CHECK(cmp.at("p16i").change().tenths_of_percent() == 0);
  // Eingliederungstitel: 4.200.250,75 − 4.180.500,50 = 19.750,25 €; 1.975.025 / 418.050.050 = 0,47244% -> 5.
  CHECK(cmp.at("egt").absolute_change() == amip::cents(1'975'025));
  CHECK(cmp.at("egt").change().tenths_of_percent() == 5);
}

TEST_CASE("plan against actual, target against plan, and a quarter's actual against its plan") {
  using amip::entries;
  auto const plan_vs_actual = amip::compare(programme, plan_of(2026), actual_of(2025));
  // a: 120 − 100 = 20, +20,0%; b: 80 − 100 = −20, −20,0%; total: 200 − 200 = 0, 0,0%.
  CHECK(plan_vs_actual.at("a").absolute_change() == 20 * entries);
  CHECK(plan_vs_actual.at("a").change().tenths_of_percent() == 200);
  CHECK(plan_vs_actual.at("b").absolute_change() == -20 * entries);
  CHECK(plan_vs_actual.at("b").change().tenths_of_percent() == -200);
  CHECK(plan_vs_actual.at("total").absolute_change() == 0 * entries);
  CHECK(plan_vs_actual.at("total").change().tenths_of_percent() == 0);

  auto const target_vs_plan = amip::compare(programme, target_of(2026), plan_of(2026));
  // a: 150 − 120 = 30, 30/120 = 25,0%; b: 90 − 80 = 10, 10/80 = 12,5%; total: 240 − 200 = 40, 40/200 = 20,0%.
  CHECK(target_vs_plan.at("a").absolute_change() == 30 * entries);
  CHECK(target_vs_plan.at("a").change().tenths_of_percent() == 250);
  CHECK(target_vs_plan.at("b").change().tenths_of_percent() == 125);
  CHECK(target_vs_plan.at("total").absolute_change() == 40 * entries);
  CHECK(target_vs_plan.at("total").change().tenths_of_percent() == 200);

  auto const quarter = amip::compare(programme, q3_actual, q3_plan);
  // a: 27 − 30 = −3, −10,0%; b: 21 − 20 = 1, 5,0%; total: 48 − 50 = −2, −4,0%.
  CHECK(quarter.at("a").absolute_change() == -3 * entries);
  CHECK(quarter.at("a").change().tenths_of_percent() == -100);
  CHECK(quarter.at("b").absolute_change() == 1 * entries);
  CHECK(quarter.at("b").change().tenths_of_percent() == 50);
  CHECK(quarter.at("total").absolute_change() == -2 * entries);
  CHECK(quarter.at("total").change().tenths_of_percent() == -40);

  // Against 2024: a was 0 (a change of 120 entries, but no percentage against 0); b and so the total are missing.
  auto const against_zero = amip::compare(programme, plan_of(2026), actual_of(2024));
  CHECK(against_zero.at("a").absolute_change() == 120 * entries);
  CHECK_FALSE(against_zero.at("a").change().tenths_of_percent().has_value());
  CHECK_FALSE(against_zero.at("b").absolute_change().has_value());
  CHECK_FALSE(against_zero.at("total").absolute_change().has_value());
  // A period the plan does not hold at all: no figure, no change.
  CHECK_FALSE(amip::compare(programme, plan_of(2027), plan_of(2026)).at("a").absolute_change().has_value());
}

TEST_CASE("the absolute change is known at compile time and its overflow is an error") {
  constexpr auto cmp = amip::compare(stock, july_2019, july_2018);
  STATIC_REQUIRE(cmp.at("elb").absolute_change() == -1'550 * amip::persons);
  STATIC_REQUIRE(cmp.at("elb").difference() == cmp.at("elb").absolute_change());

  amip::plan<amip::entry_count> extreme{entry_table};
  auto const big = amip::entry_count::from_value(std::numeric_limits<std::int64_t>::max());
  extreme.state(amip::line_index{1}, plan_of(2026), big)
      .state(amip::line_index{1}, actual_of(2025), -1 * amip::entries);
  auto const rows = amip::compare(extreme, plan_of(2026), actual_of(2025));
  // INT64_MAX − (−1) = INT64_MAX + 1 does not fit.
  CHECK_THROWS_AS(rows.at("a").absolute_change(), amip::overflow_error);
}

// =================================================================================================================
// Reports with the absolute change

TEST_CASE("a report of persons by month prints the absolute change where asked, in German and English") {
  auto const cmp = amip::compare(stock, july_2019, july_2018);
  amip::report::table_options options;
  options.absolute_change = true;
  auto const text = amip::report::to_text(cmp, options);
  CHECK(line_of(text, 0) == "Bestand nach Personengruppen 07/2019");
  CHECK(line_of(text, 2) == "Personengruppe\tErgebnis 07/2019\tErgebnis 07/2018\tVeränderung absolut\tin %");
  CHECK(line_of(text, 3) == "Erwerbsfähige Leistungsberechtigte\t41.250\t42.800\t-1.550\t-3,6%");
  CHECK(line_of(text, 4) == "darunter unter 25 Jahre\t6.180\t6.420\t-240\t-3,7%");
  CHECK(line_of(text, 5) == "darunter Langzeitleistungsbeziehende\t24.930\t26.105\t-1.175\t-4,5%");

  options.lang = language::english;
  auto const english = amip::report::to_text(cmp, options);
  CHECK(line_of(english, 0) == "Bestand nach Personengruppen 2019-07");
  CHECK(line_of(english, 2) == "Group\tActual 2019-07\tActual 2018-07\tChange\tin %");
  CHECK(line_of(english, 3) == "Employable benefit recipients\t41,250\t42,800\t-1,550\t-3.6%");

  // Without the option the report is as it always was: four columns, "Vergleich".
  auto const plain = amip::report::to_text(cmp);
  CHECK(line_of(plain, 2) == "Personengruppe\tErgebnis 07/2019\tErgebnis 07/2018\tVergleich");
  CHECK(line_of(plain, 3) == "Erwerbsfähige Leistungsberechtigte\t41.250\t42.800\t-3,6%");

  // A missing figure: n. v. in both change columns (June has no lzb).
  options.lang = language::german;
  auto const june = amip::report::to_text(amip::compare(stock, july_2019, june_2019), options);
  CHECK(line_of(june, 5) == "darunter Langzeitleistungsbeziehende\t24.930\tn. v.\tn. v.\tn. v.");
}

TEST_CASE("a budget report in euros: versions in the header, the absolute change in euros") {
  auto const cmp = amip::compare(budget, geschaeftsplan, haushaltsplan);
  amip::report::table_options options;
  options.absolute_change = true;
  auto const text = amip::report::to_text(cmp, options);
  CHECK(line_of(text, 0) == "Haushalt Eingliederung 2026");
  CHECK(line_of(text, 2) ==
        "Titel\tBetrag 2026 (Geschäftsplan)\tBetrag 2026 (Haushaltsplan)\tVeränderung absolut\tin %");
  CHECK(line_of(text, 3) == "Eingliederungstitel\t4.200.250,75 €\t4.180.500,50 €\t19.750,25 €\t0,5%");
  CHECK(line_of(text, 5) == "davon FbW\t1.310.250,75 €\t1.250.000,00 €\t60.250,75 €\t4,8%");
  CHECK(line_of(text, 6) == "davon AGH\t790.000,00 €\t830.500,50 €\t-40.500,50 €\t-4,9%");
  CHECK(line_of(text, 7) == "§ 16i SGB II\t2.100.000,00 €\t2.100.000,00 €\t0,00 €\t0,0%");

  // Aligned: five columns, numbers right-aligned, widths in characters. The widest cells of the last two columns
  // are the header's "Veränderung absolut" (19 characters) and "-4,9%" (5) against the header "in %" (4).
  auto const aligned = amip::report::to_text(cmp, options, amip::report::text_layout::aligned);
  CHECK(line_of(aligned, 6).ends_with("  -40.500,50 €  -4,9%"));
  CHECK(line_of(aligned, 7).ends_with("         0,00 €   0,0%"));
  CHECK(line_of(aligned, 2).ends_with("  Veränderung absolut   in %"));
}

TEST_CASE("Markdown and CSV carry the absolute change where asked, and only there") {
  auto const cmp = amip::compare(budget, geschaeftsplan, haushaltsplan);
  amip::report::table_options options;
  options.absolute_change = true;
  auto const md = amip::report::to_markdown(cmp, options);
  CHECK(line_of(md, 2) ==
        "| Titel | Betrag 2026 (Geschäftsplan) | Betrag 2026 (Haushaltsplan) | Veränderung absolut | in % |");
  CHECK(line_of(md, 3) == "|---|---:|---:|---:|---:|");
  CHECK(line_of(md, 7) == "| davon AGH | 790.000,00 € | 830.500,50 € | -40.500,50 € | -4,9% |");
  CHECK(line_of(amip::report::to_markdown(cmp), 3) == "|---|---:|---:|---:|");

  std::ostringstream csv;
  amip::report::csv_options csv_options;
  csv_options.absolute_change = true;
  amip::report::write_comparison_csv(csv, cmp, csv_options);
  CHECK(line_of(csv.str(), 0) ==
        "key;label;plan 2026 (Geschäftsplan);plan 2026 (Haushaltsplan);change_absolute;change_percent");
  CHECK(line_of(csv.str(), 3) == "fbw;davon FbW;1310250,75;1250000,00;60250,75;4,8");
  CHECK(line_of(csv.str(), 4) == "agh;davon AGH;790000,00;830500,50;-40500,50;-4,9");

  std::ostringstream months;
  amip::report::write_comparison_csv(months, amip::compare(stock, july_2019, july_2018), csv_options);
  CHECK(line_of(months.str(), 0) == "key;label;actual 2019-07;actual 2018-07;change_absolute;change_percent");
  CHECK(line_of(months.str(), 1) == "elb;Erwerbsfähige Leistungsberechtigte;41250;42800;-1550;-3,6");

  std::ostringstream plain;
  amip::report::write_comparison_csv(plain, cmp);
  CHECK(line_of(plain.str(), 0) == "key;label;plan 2026 (Geschäftsplan);plan 2026 (Haushaltsplan);change_percent");
}

TEST_CASE("a target and a quarter are named in report headers") {
  auto const text = amip::report::to_text(amip::compare(programme, target_of(2026), plan_of(2026)));
  CHECK(line_of(text, 2) == "Zeile\tZiel 2026\tEintritte 2026\tVergleich");
  auto const quarter = amip::report::to_text(amip::compare(programme, q3_actual, q3_plan));
  CHECK(line_of(quarter, 0) == "Programm Q3 2026");
  CHECK(line_of(quarter, 2) == "Zeile\tErgebnis Q3 2026\tEintritte Q3 2026\tVergleich");
  amip::report::table_options english;
  english.lang = language::english;
  CHECK(line_of(amip::report::to_text(amip::compare(programme, target_of(2026), plan_of(2026)), english), 2) ==
        "Line\tTarget 2026\tEntries 2026\tChange");
}
