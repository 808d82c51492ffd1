// Two tables that share nothing with Anlage 1 (issue 12, "Done when"), built, rolled up, checked, compared and
// printed through amip's public API only:
//   1. a statistics table of persons in stock (Bestand) with "darunter" lines, for three months and the same month
//      a year before; its catalogue is built at run time from amip::owned_line;
//   2. a budget table in euros with "davon" lines that add up, for two versions of the 2026 plan (Haushaltsplan
//      and Geschäftsplan); its catalogue is static constexpr data;
//   3. the programme of a fictitious Jobcenter (Musterstadt) of 67 lines, more than a fixed plan holds: six measures
//      by ten districts (Stadtbezirke), two of the measures its own (one declared in code, one from data); its
//      catalogue and measure are built at run time and the plan is returned from a function.
// All figures are fictitious but plausible in size for a large Jobcenter; they are no published statistics.
// Every expected value is worked out by hand in the comment beside it (changes in tenths of a percent, rounded
// half away from zero).
#include <amip/core/quantity.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/comparison.hpp>
#include <amip/model/measure.hpp>
#include <amip/model/period.hpp>
#include <amip/model/plan.hpp>
#include <amip/report/markdown.hpp>
#include <amip/report/text.hpp>

#include "printed.hpp"

#include <array>
#include <catch2/catch.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

using amip::actual_of;
using amip::month_of;
using amip::plan_of;

using amip_test::line_of;

namespace {

std::optional<std::int64_t> tenths(amip::relative_change const& c) { return c.tenths_of_percent(); }

// ----- 1. Bestand an Arbeitslosen im SGB II, with "darunter" lines, by month ------------------------------------

// The catalogue is made at run time (as a reader of a file would make it): the lines own their keys and labels.
amip::catalog stock_catalog() {
  std::vector<amip::owned_line> lines;
  lines.push_back({"bestand",
                   amip::line_kind::total,
                   amip::no_parent,
                   amip::children_rule::subset,
                   {},
                   {},
                   false,
                   "Bestand an Arbeitslosen im SGB II",
                   "Unemployed persons (SGB II)"});
  lines.push_back({"u25",
                   amip::line_kind::leaf,
                   0,
                   amip::children_rule::sum,
                   {},
                   {},
                   false,
                   "darunter unter 25 Jahre",
                   "of which under 25"});
  lines.push_back({"lza",
                   amip::line_kind::leaf,
                   0,
                   amip::children_rule::sum,
                   {},
                   {},
                   false,
                   "darunter Langzeitarbeitslose",
                   "of which long-term unemployed"});
  lines.push_back({"auslaender",
                   amip::line_kind::leaf,
                   0,
                   amip::children_rule::sum,
                   {},
                   {},
                   false,
                   "darunter Ausländer",
                   "of which foreign nationals"});
  return amip::catalog{"Arbeitslose SGB II", std::move(lines), "Merkmal", "Characteristic"};
}

using stock_plan = amip::plan<amip::person_count>;

amip::person_count persons(std::int64_t n) { return n * amip::persons; }

auto const july_2019 = actual_of(month_of(2019, 7));
auto const june_2019 = actual_of(month_of(2019, 6));
auto const may_2019 = actual_of(month_of(2019, 5));
auto const july_2018 = july_2019.year_before();

// Returned from a function: the plan keeps its run-time catalogue alive.
stock_plan stock() {
  stock_plan p{stock_catalog()};
  struct row {
    char const* key;
    std::int64_t may, june, july, july_before;
  };
  // Fictitious figures (persons at the count date of each month).
  constexpr std::array<row, 4> rows{{
      {"bestand", 42'010, 41'730, 41'250, 43'500},
      {"u25", 3'010, 3'045, 3'096, 3'200},
      {"lza", 18'240, 18'110, 17'980, 19'400},
      {"auslaender", 14'610, 14'530, 14'405, 13'870},
  }};
  for (auto const& r : rows) {
    p.state(r.key, may_2019, persons(r.may));
    p.state(r.key, june_2019, persons(r.june));
    p.state(r.key, july_2019, persons(r.july));
    p.state(r.key, july_2018, persons(r.july_before));
  }
  return p;
}

TEST_CASE("the prior-year month of an actual month is the same month, kind and version a year before") {
  CHECK(july_2018 == actual_of(month_of(2018, 7)));
  CHECK(amip::to_string(july_2019) == "Ergebnis 07/2019");
  CHECK(amip::to_string(july_2018) == "Ergebnis 07/2018");
  CHECK(amip::to_string(july_2019, amip::language::english) == "actual 2019-07");
}

TEST_CASE("a Bestand with darunter lines keeps the whole as stated, not the sum of its parts") {
  auto const p = stock();
  REQUIRE(p.structure().owns_lines());
  // "darunter" lines are parts, not a breakdown: the whole stays the stated 41.250, although
  // 3.096 + 17.980 + 14.405 = 35.481 (and a person may be in several of them).
  CHECK(p.figure("bestand", july_2019) == persons(41'250));
  CHECK(p.figure("u25", june_2019) == persons(3'045));
  CHECK(p.figure("lza", may_2019) == persons(18'240));
  CHECK(p.figure("auslaender", july_2018) == persons(13'870));
  // Every part is smaller than its whole in all four months: nothing to report.
  CHECK(p.check().empty());

  // Only the parts stated: the whole cannot be rolled up from "darunter" lines, so it has no figure.
  stock_plan parts_only{stock_catalog()};
  parts_only.state("u25", july_2019, persons(3'096));
  parts_only.state("lza", july_2019, persons(17'980));
  parts_only.state("auslaender", july_2019, persons(14'405));
  CHECK_FALSE(parts_only.figure("bestand", july_2019).has_value());
}

TEST_CASE("a darunter part larger than its whole is reported, with line, month and both figures") {
  stock_plan p{stock_catalog()};
  // June 2019 with a typing error: Langzeitarbeitslose 48.110 instead of 18.110, more than the whole 41.730.
  p.state("bestand", june_2019, persons(41'730));
  p.state("u25", june_2019, persons(3'045));
  p.state("lza", june_2019, persons(48'110));
  p.state("auslaender", june_2019, persons(14'530));
  auto const findings = p.check();
  REQUIRE(findings.size() == 1);
  auto const& f = findings.front();
  using problem = amip::consistency_finding<amip::person_count>::problem;
  CHECK(f.what == problem::part_exceeds_whole);
  CHECK(f.line == p.structure().at("lza"));
  CHECK(f.when == june_2019);
  CHECK(f.expected == persons(41'730));  // the whole
  CHECK(f.found == persons(48'110));     // the part
  CHECK(f.message() ==
        "Arbeitslose SGB II, line lza (darunter Langzeitarbeitslose), Ergebnis 06/2019: a part (48110) is larger "
        "than the whole it belongs to (41730)");
}

TEST_CASE("July 2019 against July 2018, absolute and in percent, row by row") {
  auto const p = stock();
  auto const cmp = amip::compare(p, july_2019, july_2019.year_before());
  REQUIRE(cmp.size() == 4);
  CHECK(cmp[0].now_period() == july_2019);
  CHECK(cmp[0].prior_period() == july_2018);

  // Bestand: 41.250 − 43.500 = −2.250; −2.250 / 43.500 = −0,051724… = −5,17 %, in tenths −51,7 → −52 (−5,2 %).
  CHECK(cmp[0].key() == "bestand");
  CHECK(cmp[0].absolute_change() == persons(-2'250));
  CHECK(tenths(cmp[0].change()) == -52);
  // unter 25: 3.096 − 3.200 = −104; −104 / 3.200 = −0,0325 = −3,25 %, in tenths exactly −32,5: half away from
  // zero gives −33 (−3,3 %), not −32.
  CHECK(cmp[1].absolute_change() == persons(-104));
  CHECK(tenths(cmp[1].change()) == -33);
  // Langzeitarbeitslose: 17.980 − 19.400 = −1.420; −1.420 / 19.400 = −0,073196… , in tenths −73,2 → −73 (−7,3 %).
  CHECK(cmp[2].absolute_change() == persons(-1'420));
  CHECK(tenths(cmp[2].change()) == -73);
  // Ausländer: 14.405 − 13.870 = +535; 535 / 13.870 = 0,038572… , in tenths 38,57 → 39 (+3,9 %).
  CHECK(cmp[3].absolute_change() == persons(535));
  CHECK(tenths(cmp[3].change()) == 39);

  // A month against the month before it, within the same year: June 2019 against May 2019.
  auto const month_on_month = amip::compare(p, june_2019, may_2019);
  // Bestand: 41.730 − 42.010 = −280; −280 / 42.010 = −0,0066651… , in tenths −6,67 → −7 (−0,7 %).
  CHECK(month_on_month[0].absolute_change() == persons(-280));
  CHECK(tenths(month_on_month[0].change()) == -7);
  // unter 25: 3.045 − 3.010 = +35; 35 / 3.010 = 0,011628… , in tenths 11,6 → 12 (+1,2 %).
  CHECK(month_on_month[1].absolute_change() == persons(35));
  CHECK(tenths(month_on_month[1].change()) == 12);
}

TEST_CASE("the Bestand report prints the months, the absolute change and the change in percent") {
  auto const p = stock();
  auto const cmp = amip::compare(p, july_2019, july_2018);
  amip::report::table_options options;
  options.absolute_change = true;
  auto const text = amip::report::to_text(cmp, options);
  // Title: the catalogue's name and the compared month; header: the catalogue's label header and the two periods.
  CHECK(line_of(text, 0) == "Arbeitslose SGB II 07/2019");
  CHECK(line_of(text, 2) == "Merkmal\tErgebnis 07/2019\tErgebnis 07/2018\tVeränderung absolut\tin %");
  // The figures and changes worked out in the test case above.
  CHECK(line_of(text, 3) == "Bestand an Arbeitslosen im SGB II\t41.250\t43.500\t-2.250\t-5,2%");
  CHECK(line_of(text, 4) == "darunter unter 25 Jahre\t3.096\t3.200\t-104\t-3,3%");
  CHECK(line_of(text, 5) == "darunter Langzeitarbeitslose\t17.980\t19.400\t-1.420\t-7,3%");
  CHECK(line_of(text, 6) == "darunter Ausländer\t14.405\t13.870\t535\t3,9%");
  CHECK(line_of(text, 7).empty());

  auto const english =
      amip::report::to_text(cmp, amip::report::table_options{amip::language::english, "", "", "", true});
  CHECK(line_of(english, 2) == "Characteristic\tActual 2019-07\tActual 2018-07\tChange\tin %");
}

// ----- 2. A budget in euros with "davon" lines, two versions of the 2026 plan ------------------------------------

// Static data: the catalogue views these lines (a static constexpr array of string literals outlives every plan).
constexpr std::array<amip::line, 7> budget_lines{{
    {"gesamt",
     amip::line_kind::total,
     amip::no_parent,
     amip::children_rule::sum,
     {},
     {},
     false,
     "Gesamtbudget",
     "Total budget"},
    {"eingliederung",
     amip::line_kind::group,
     0,
     amip::children_rule::sum,
     {},
     {},
     true,
     "davon Eingliederungsleistungen",
     "of which integration"},
    {"massnahmen",
     amip::line_kind::leaf,
     1,
     amip::children_rule::sum,
     {},
     {},
     true,
     "davon Maßnahmen und Zuschüsse",
     "of which measures and grants"},
    {"beschaeftigung",
     amip::line_kind::leaf,
     1,
     amip::children_rule::sum,
     {},
     {},
     true,
     "davon Beschäftigungsförderung",
     "of which employment promotion"},
    {"verwaltung",
     amip::line_kind::group,
     0,
     amip::children_rule::sum,
     {},
     {},
     true,
     "davon Verwaltungskosten",
     "of which administration"},
    {"personal",
     amip::line_kind::leaf,
     4,
     amip::children_rule::sum,
     {},
     {},
     true,
     "davon Personalkosten",
     "of which staff"},
    {"sachkosten",
     amip::line_kind::leaf,
     4,
     amip::children_rule::sum,
     {},
     {},
     true,
     "davon Sachkosten",
     "of which material costs"},
}};
constexpr amip::catalog budget_catalog{"Haushalt Jobcenter", budget_lines, "Titel", "Item"};

using budget_plan = amip::plan<amip::money>;

auto const haushaltsplan = plan_of(2026).with_version("Haushaltsplan");
auto const geschaeftsplan = plan_of(2026).with_version("Geschäftsplan");

// Fictitious figures in euro cents. Only the leaves are stated, and the Haushaltsplan's total as the source prints
// it (25.790.500,50 €, which check() confirms below).
budget_plan budget() {
  budget_plan p{budget_catalog};
  // Haushaltsplan 2026
  p.state("massnahmen", haushaltsplan, amip::cents(1'245'000'000));    // 12.450.000,00 €
  p.state("beschaeftigung", haushaltsplan, amip::cents(327'550'050));  //  3.275.500,50 €
  p.state("personal", haushaltsplan, amip::cents(896'025'025));        //  8.960.250,25 €
  p.state("sachkosten", haushaltsplan, amip::cents(110'474'975));      //  1.104.749,75 €
  p.state("gesamt", haushaltsplan, amip::cents(2'579'050'050));        // 25.790.500,50 €
  // Geschäftsplan 2026
  p.state("massnahmen", geschaeftsplan, amip::eur(12'800'000));
  p.state("beschaeftigung", geschaeftsplan, amip::eur(3'100'000));
  p.state("personal", geschaeftsplan, amip::eur(9'050'000));
  p.state("sachkosten", geschaeftsplan, amip::eur(1'015'000));
  return p;
}

TEST_CASE("two versions of one plan year are two periods, named with their version") {
  CHECK(haushaltsplan != geschaeftsplan);
  CHECK(haushaltsplan.without_version() == plan_of(2026));
  CHECK(amip::to_string(geschaeftsplan) == "Plan 2026 (Geschäftsplan)");
  CHECK(amip::to_string(haushaltsplan) == "Plan 2026 (Haushaltsplan)");
}

TEST_CASE("a budget in euros rolls up its davon lines per version") {
  auto const p = budget();
  // Haushaltsplan: Eingliederung 12.450.000,00 + 3.275.500,50 = 15.725.500,50 €;
  // Verwaltung 8.960.250,25 + 1.104.749,75 = 10.065.000,00 €; gesamt 15.725.500,50 + 10.065.000,00 = 25.790.500,50 €.
  CHECK(p.figure("eingliederung", haushaltsplan) == amip::cents(1'572'550'050));
  CHECK(p.figure("verwaltung", haushaltsplan) == amip::cents(1'006'500'000));
  CHECK(p.figure("gesamt", haushaltsplan) == amip::cents(2'579'050'050));
  // Geschäftsplan: Eingliederung 12.800.000 + 3.100.000 = 15.900.000 €; Verwaltung 9.050.000 + 1.015.000 =
  // 10.065.000 €; gesamt 25.965.000 €.
  CHECK(p.figure("eingliederung", geschaeftsplan) == amip::eur(15'900'000));
  CHECK(p.figure("verwaltung", geschaeftsplan) == amip::eur(10'065'000));
  CHECK(p.figure("gesamt", geschaeftsplan) == amip::eur(25'965'000));
  CHECK(p.total("gesamt", geschaeftsplan) == amip::eur(25'965'000));
  // The version matters: the plan of 2026 without a version is not stated at all.
  CHECK_FALSE(p.figure("gesamt", plan_of(2026)).has_value());
  // The stated Haushaltsplan total agrees with its lines.
  CHECK(p.check().empty());
}

TEST_CASE("a stated budget total off by cents is reported") {
  budget_plan p{budget_catalog};
  p.state("massnahmen", haushaltsplan, amip::cents(1'245'000'000));
  p.state("beschaeftigung", haushaltsplan, amip::cents(327'550'050));
  p.state("personal", haushaltsplan, amip::cents(896'025'025));
  p.state("sachkosten", haushaltsplan, amip::cents(110'474'975));
  // 25.790.500,05 € stated: the digits of the cents swapped against the sum 25.790.500,50 €.
  p.state("gesamt", haushaltsplan, amip::cents(2'579'050'005));
  auto const findings = p.check();
  REQUIRE(findings.size() == 1);
  using problem = amip::consistency_finding<amip::money>::problem;
  CHECK(findings[0].what == problem::sum_differs);
  CHECK(findings[0].line == budget_catalog.at("gesamt"));
  CHECK(findings[0].when == haushaltsplan);
  CHECK(findings[0].expected == amip::cents(2'579'050'050));
  CHECK(findings[0].found == amip::cents(2'579'050'005));
  // The message names the version and prints the amounts as the report does, in euros with two decimals.
  CHECK(findings[0].message() ==
        "Haushalt Jobcenter, line gesamt (Gesamtbudget), Plan 2026 (Haushaltsplan): expected 25.790.500,50 € (the "
        "sum of its lines), found 25.790.500,05 €");
}

TEST_CASE("the Geschäftsplan against the Haushaltsplan, in cents and in percent") {
  auto const p = budget();
  auto const cmp = amip::compare(p, geschaeftsplan, haushaltsplan);
  REQUIRE(cmp.size() == 7);
  // gesamt: 25.965.000,00 − 25.790.500,50 = 174.499,50 € = 17.449.950 ct; 17.449.950 / 2.579.050.050 = 0,0067660…,
  // in tenths 6,77 → 7 (+0,7 %).
  CHECK(cmp[0].absolute_change() == amip::cents(17'449'950));
  CHECK(tenths(cmp[0].change()) == 7);
  // Eingliederung: 15.900.000,00 − 15.725.500,50 = 174.499,50 € (all of the total's change);
  // 17.449.950 / 1.572.550.050 = 0,011097…, in tenths 11,10 → 11 (+1,1 %).
  CHECK(cmp[1].absolute_change() == amip::cents(17'449'950));
  CHECK(tenths(cmp[1].change()) == 11);
  // Maßnahmen: 12.800.000 − 12.450.000 = 350.000,00 €; 350.000 / 12.450.000 = 0,028112…, in tenths 28,1 → 28.
  CHECK(cmp[2].absolute_change() == amip::eur(350'000));
  CHECK(tenths(cmp[2].change()) == 28);
  // Beschäftigung: 3.100.000,00 − 3.275.500,50 = −175.500,50 €; −17.550.050 / 327.550.050 = −0,053580…,
  // in tenths −53,58 → −54 (−5,4 %).
  CHECK(cmp[3].absolute_change() == amip::cents(-17'550'050));
  CHECK(tenths(cmp[3].change()) == -54);
  // Verwaltung: 10.065.000,00 − 10.065.000,00 = 0; 0,0 %.
  CHECK(cmp[4].absolute_change() == amip::cents(0));
  CHECK(tenths(cmp[4].change()) == 0);
  // Personal: 9.050.000,00 − 8.960.250,25 = 89.749,75 €; 8.974.975 / 896.025.025 = 0,010016…, in tenths 10,02 → 10.
  CHECK(cmp[5].absolute_change() == amip::cents(8'974'975));
  CHECK(tenths(cmp[5].change()) == 10);
  // Sachkosten: 1.015.000,00 − 1.104.749,75 = −89.749,75 €; −8.974.975 / 110.474.975 = −0,081240…,
  // in tenths −81,24 → −81 (−8,1 %).
  CHECK(cmp[6].absolute_change() == amip::cents(-8'974'975));
  CHECK(tenths(cmp[6].change()) == -81);
}

TEST_CASE("the budget report prints euros with cents and the versions in the header") {
  auto const p = budget();
  auto const cmp = amip::compare(p, geschaeftsplan, haushaltsplan);
  amip::report::table_options options;
  options.absolute_change = true;
  auto const text = amip::report::to_text(cmp, options);
  CHECK(line_of(text, 0) == "Haushalt Jobcenter 2026");
  CHECK(line_of(text, 2) ==
        "Titel\tBetrag 2026 (Geschäftsplan)\tBetrag 2026 (Haushaltsplan)\tVeränderung absolut\tin %");
  // The figures and changes worked out in the test cases above.
  CHECK(line_of(text, 3) == "Gesamtbudget\t25.965.000,00 €\t25.790.500,50 €\t174.499,50 €\t0,7%");
  CHECK(line_of(text, 4) == "davon Eingliederungsleistungen\t15.900.000,00 €\t15.725.500,50 €\t174.499,50 €\t1,1%");
  CHECK(line_of(text, 5) == "davon Maßnahmen und Zuschüsse\t12.800.000,00 €\t12.450.000,00 €\t350.000,00 €\t2,8%");
  CHECK(line_of(text, 6) == "davon Beschäftigungsförderung\t3.100.000,00 €\t3.275.500,50 €\t-175.500,50 €\t-5,4%");
  CHECK(line_of(text, 7) == "davon Verwaltungskosten\t10.065.000,00 €\t10.065.000,00 €\t0,00 €\t0,0%");
  CHECK(line_of(text, 8) == "davon Personalkosten\t9.050.000,00 €\t8.960.250,25 €\t89.749,75 €\t1,0%");
  CHECK(line_of(text, 9) == "davon Sachkosten\t1.015.000,00 €\t1.104.749,75 €\t-89.749,75 €\t-8,1%");

  // Markdown: the same header and cells as a table; the total and the two group lines in bold.
  auto const markdown = amip::report::to_markdown(cmp, options);
  CHECK(line_of(markdown, 0) == "### Haushalt Jobcenter 2026");
  CHECK(line_of(markdown, 2) ==
        "| Titel | Betrag 2026 (Geschäftsplan) | Betrag 2026 (Haushaltsplan) | Veränderung absolut | in % |");
  CHECK(line_of(markdown, 3) == "|---|---:|---:|---:|---:|");
  CHECK(line_of(markdown, 4) ==
        "| **Gesamtbudget** | **25.965.000,00 €** | **25.790.500,50 €** | **174.499,50 €** | **0,7%** |");
  CHECK(line_of(markdown, 5) ==
        "| **davon Eingliederungsleistungen** | **15.900.000,00 €** | **15.725.500,50 €** | "
        "**174.499,50 €** | **1,1%** |");
  CHECK(line_of(markdown, 7) ==
        "| davon Beschäftigungsförderung | 3.100.000,00 € | 3.275.500,50 € | -175.500,50 € | -5,4% |");

  // English: "Amount", the version as given, euros with a decimal point.
  auto const english =
      amip::report::to_text(cmp, amip::report::table_options{amip::language::english, "", "", "", true});
  CHECK(line_of(english, 2) == "Item\tAmount 2026 (Geschäftsplan)\tAmount 2026 (Haushaltsplan)\tChange\tin %");
  CHECK(line_of(english, 6) ==
        "of which employment promotion\tEUR 3,100,000.00\tEUR 3,275,500.50\tEUR -175,500.50\t-5.4%");
}

// ----- 3. A programme of 67 lines with two measures of its own ---------------------------------------------------

// Declared in code: a strong tag, its legal basis given at compile time.
struct jobwerkstatt_t final : amip::own_measure<jobwerkstatt_t> {
  static constexpr amip::measure_info info{.key = "jobwerkstatt",
                                           .german_name = "Jobwerkstatt Musterstadt",
                                           .english_name = "Musterstadt job workshop",
                                           .abbreviation = "JW",
                                           .basis = {{"§ 16f", amip::social_code::sgb_ii}, "Freie Förderung"},
                                           .purpose = amip::purpose_group::free_support,
                                           .paid_from = amip::budget_line::egt};
};
constexpr jobwerkstatt_t jobwerkstatt{};

// Declared from data, as a form or a file would give it; the data is gone once declared.
amip::owned_measure bridge_coaching() {
  amip::measure_data d;
  d.key = "brueckencoaching";
  d.german_name = "Brückencoaching für Langzeitarbeitslose";
  d.english_name = "Bridge coaching for the long-term unemployed";
  d.abbreviation = "BC";
  d.section = "§ 45 Abs. 1";
  d.book = amip::social_code::sgb_iii;
  d.via_section = "§ 16 Abs. 1 Satz 2 Nr. 2";
  d.via_book = amip::social_code::sgb_ii;
  d.purpose = amip::purpose_group::activation;
  d.paid_from = amip::budget_line::egt;
  return amip::declare_measure(d);
}

constexpr int district_count = 10;

struct programme_measure {
  char const* label;
  std::int64_t base_2026;  // district d (1 to 10) plans base + d entries
  std::int64_t base_2025;  // and had base + d entries in 2025 (0 for all: the measure is new)
};

// Line 0 is the total; measure k (0 to 5) is line 1 + k × 11, its districts the ten lines after it.
constexpr std::array<programme_measure, 6> programme_measures{{
    {"MAT", 40, 35},
    {"MAG", 20, 20},
    {"AGH", 50, 60},
    {"§ 16i", 10, 12},
    {"Jobwerkstatt", 5, -1},
    {"Brückencoaching", 15, 10},
}};

amip::catalog musterstadt_catalog(amip::owned_measure const& coaching) {
  std::array<amip::owned_measure, 6> const measures{amip::measure::mat,  amip::measure::mag, amip::measure::agh,
                                                    amip::measure::p16i, jobwerkstatt,       coaching};
  std::vector<amip::owned_line> lines;
  lines.push_back({"gesamt",
                   amip::line_kind::total,
                   amip::no_parent,
                   amip::children_rule::sum,
                   {},
                   {},
                   false,
                   "Eintritte insgesamt",
                   "Entries, total"});
  for (std::size_t k = 0; k < measures.size(); ++k) {
    auto const measure_line = lines.size();
    std::string const key{measures[k].key()};
    lines.push_back({key,
                     amip::line_kind::subgroup,
                     0,
                     amip::children_rule::sum,
                     measures[k],
                     {},
                     true,
                     programme_measures[k].label,
                     programme_measures[k].label});
    for (int d = 1; d <= district_count; ++d) {
      lines.push_back({key + "_bezirk_" + std::to_string(d),
                       amip::line_kind::leaf,
                       measure_line,
                       amip::children_rule::sum,
                       {},
                       {},
                       true,
                       "davon Stadtbezirk " + std::to_string(d),
                       "of which district " + std::to_string(d)});
    }
  }
  return amip::catalog{"Eingliederungsprogramm Musterstadt 2026", std::move(lines), "Maßnahme", "Measure"};
}

// Built and returned from a function: the plan keeps its catalogue, and the catalogue the measure declared at run
// time, alive.
amip::plan<amip::entry_count> musterstadt() {
  amip::plan<amip::entry_count> p{musterstadt_catalog(bridge_coaching())};
  for (std::size_t k = 0; k < programme_measures.size(); ++k) {
    for (int d = 1; d <= district_count; ++d) {
      amip::line_index const district{1 + k * 11 + static_cast<std::size_t>(d)};
      p.state(district, plan_of(2026), (programme_measures[k].base_2026 + d) * amip::entries);
      auto const before = programme_measures[k].base_2025;
      p.state(district, actual_of(2025), (before < 0 ? 0 : before + d) * amip::entries);
    }
  }
  return p;
}

TEST_CASE("a programme of 67 lines and two measures of its own rolls up by measure and in total") {
  auto const p = musterstadt();
  REQUIRE(p.structure().size() == 67);  // 1 + 6 measures × (1 + 10 districts)
  static_assert(amip::plan<amip::entry_count>::max_lines == amip::unlimited);
  // Each measure's ten districts add up to 10 × base + (1 + … + 10) = 10 × base + 55.
  CHECK(p.total(amip::measure::mat, plan_of(2026)) == 455 * amip::entries);   // 400 + 55
  CHECK(p.total(amip::measure::mag, plan_of(2026)) == 255 * amip::entries);   // 200 + 55
  CHECK(p.total(amip::measure::agh, plan_of(2026)) == 555 * amip::entries);   // 500 + 55
  CHECK(p.total(amip::measure::p16i, plan_of(2026)) == 155 * amip::entries);  // 100 + 55
  CHECK(p.total(jobwerkstatt, plan_of(2026)) == 105 * amip::entries);         // 50 + 55
  CHECK(p.total("brueckencoaching", plan_of(2026)) == 205 * amip::entries);   // 150 + 55
  // The total: 455 + 255 + 555 + 155 + 105 + 205 = 1.730; Ergebnis 2025: 405 + 255 + 655 + 175 + 0 + 155 = 1.645.
  CHECK(p.total("gesamt", plan_of(2026)) == 1'730 * amip::entries);
  CHECK(p.total("gesamt", actual_of(2025)) == 1'645 * amip::entries);
  CHECK(p.total("brueckencoaching_bezirk_10", plan_of(2026)) == 25 * amip::entries);  // 15 + 10
  CHECK(p.check().empty());

  // The measure declared from data is found by itself as well as by key; it outlives the data it was made from.
  auto const coaching = bridge_coaching();  // the same key: the same measure
  CHECK(p.total(coaching.ref(), plan_of(2026)) == 205 * amip::entries);
  auto const& line = p.structure()[p.structure().at("brueckencoaching")];
  REQUIRE(line.measure.has_value());
  CHECK(line.measure->info().german_name == "Brückencoaching für Langzeitarbeitslose");
  CHECK(line.measure->info().basis.text() == "§ 16 Abs. 1 Satz 2 Nr. 2 SGB II i.V.m. § 45 Abs. 1 SGB III");
}

TEST_CASE("printed measure totals of the 67-line programme are checked against their districts") {
  auto p = musterstadt();
  p.state("gesamt", plan_of(2026), 1'730 * amip::entries);            // as printed: right
  p.state("brueckencoaching", actual_of(2025), 150 * amip::entries);  // as printed: 155 by its districts
  auto const found = p.check();
  REQUIRE(found.size() == 1);
  CHECK(found[0].line == p.structure().at("brueckencoaching"));
  CHECK(found[0].expected == 155 * amip::entries);
  CHECK(found[0].found == 150 * amip::entries);
  CHECK(found[0].message() ==
        "Eingliederungsprogramm Musterstadt 2026, line brueckencoaching (Brückencoaching), Ergebnis 2025: expected "
        "155 (the sum of its lines), found 150");
}

TEST_CASE("the 67-line programme compared with Ergebnis 2025, absolute and in percent") {
  auto const p = musterstadt();
  auto const cmp = amip::compare(p, plan_of(2026), actual_of(2025));
  REQUIRE(cmp.size() == 67);
  auto const row = [&](std::string_view key) { return cmp[amip::index_of(p.structure().at(key))]; };
  // Total: 1.730 − 1.645 = +85; 85 / 1.645 = 0,051672… , in tenths 51,67 → 52 (+5,2 %).
  CHECK(row("gesamt").absolute_change() == 85 * amip::entries);
  CHECK(tenths(row("gesamt").change()) == 52);
  // MAT: 455 − 405 = +50; 50 / 405 = 0,123457… , in tenths 123,46 → 123 (+12,3 %).
  CHECK(row("mat").absolute_change() == 50 * amip::entries);
  CHECK(tenths(row("mat").change()) == 123);
  // MAG: 255 − 255 = 0: 0,0 %.
  CHECK(row("mag").absolute_change() == 0 * amip::entries);
  CHECK(tenths(row("mag").change()) == 0);
  // AGH: 555 − 655 = −100; −100 / 655 = −0,152672… , in tenths −152,67 → −153 (−15,3 %).
  CHECK(row("agh").absolute_change() == -100 * amip::entries);
  CHECK(tenths(row("agh").change()) == -153);
  // § 16i: 155 − 175 = −20; −20 / 175 = −0,114286… , in tenths −114,29 → −114 (−11,4 %).
  CHECK(row("p16i").absolute_change() == -20 * amip::entries);
  CHECK(tenths(row("p16i").change()) == -114);
  // Jobwerkstatt, new in 2026: 105 − 0 = +105, and no change in percent against 0.
  CHECK(row("jobwerkstatt").absolute_change() == 105 * amip::entries);
  CHECK_FALSE(tenths(row("jobwerkstatt").change()).has_value());
  // Brückencoaching: 205 − 155 = +50; 50 / 155 = 0,322581… , in tenths 322,58 → 323 (+32,3 %).
  CHECK(row("brueckencoaching").absolute_change() == 50 * amip::entries);
  CHECK(tenths(row("brueckencoaching").change()) == 323);
  // A district: AGH district 3, 53 against 63: −10; −10 / 63 = −0,158730… , in tenths −158,73 → −159.
  CHECK(row("agh_bezirk_3").absolute_change() == -10 * amip::entries);
  CHECK(tenths(row("agh_bezirk_3").change()) == -159);
}

}  // namespace
