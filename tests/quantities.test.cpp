// One catalogue, several quantities (issue 12, point 7): a programme table read at run time carries a plan of
// entries (Eintritte), a plan of money (€ per line), a plan of persons (Teilnehmende im Jahresdurchschnitt) and a
// plan of cases (Förderfälle). Each is rolled up, checked, compared, reported and costed through the same calculus;
// mixing them does not compile (tests/compile_fail: entries_total_compared_with_money_total.cpp,
// entries_total_plus_money_total.cpp, entry_rates_given_a_persons_plan.cpp, cost_model_given_a_money_plan.cpp,
// persons_plan_without_rates.cpp, fit_of_a_persons_plan.cpp).
// The programme (Jobcenter Musterstadt) and its figures are fictitious; every expected value is worked out by hand
// in the comment beside it (changes in tenths of a percent, rounded half away from zero).
#include <amip/core/quantity.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/comparison.hpp>
#include <amip/model/period.hpp>
#include <amip/model/plan.hpp>
#include <amip/model/scenario.hpp>
#include <amip/money/cost.hpp>
#include <amip/report/text.hpp>

#include "printed.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

using amip::actual_of;
using amip::budget_line;
using amip::plan_of;

using amip_test::line_of;

namespace {

std::optional<std::int64_t> tenths(amip::relative_change const& c) { return c.tenths_of_percent(); }

// The catalogue, made at run time as a reader of a file makes it: the lines own their keys and labels.
//   gesamt = aktivierung + agh + fbw;  aktivierung = mat + mag
amip::catalog musterstadt() {
  std::vector<amip::owned_line> lines;
  lines.push_back({"gesamt",
                   amip::line_kind::total,
                   amip::no_parent,
                   amip::children_rule::sum,
                   {},
                   {},
                   false,
                   "Insgesamt",
                   "Total"});
  lines.push_back({"aktivierung",
                   amip::line_kind::group,
                   0,
                   amip::children_rule::sum,
                   {},
                   {},
                   true,
                   "davon Aktivierung",
                   "of which activation"});
  lines.push_back({"mat",
                   amip::line_kind::leaf,
                   1,
                   amip::children_rule::sum,
                   amip::measure::mat,
                   {},
                   true,
                   "davon MAT",
                   "of which MAT"});
  lines.push_back({"mag",
                   amip::line_kind::leaf,
                   1,
                   amip::children_rule::sum,
                   amip::measure::mag,
                   {},
                   true,
                   "davon MAG",
                   "of which MAG"});
  lines.push_back({"agh",
                   amip::line_kind::leaf,
                   0,
                   amip::children_rule::sum,
                   amip::measure::agh,
                   {},
                   true,
                   "davon AGH",
                   "of which AGH"});
  lines.push_back({"fbw",
                   amip::line_kind::leaf,
                   0,
                   amip::children_rule::sum,
                   amip::measure::fbw_nao,
                   {},
                   true,
                   "davon FbW",
                   "of which FbW"});
  return amip::catalog{"Programm Musterstadt", std::move(lines), "Maßnahme", "Measure"};
}

auto const now = plan_of(2026);
auto const prior = actual_of(2025);

amip::entry_count entries(std::int64_t n) { return n * amip::entries; }
amip::person_count persons(std::int64_t n) { return n * amip::persons; }

// Eintritte, leaves only.
amip::plan<amip::entry_count> entries_plan(amip::catalog const& table) {
  amip::plan<amip::entry_count> p{table};
  p.state("mat", now, entries(600)).state("mag", now, entries(240)).state("agh", now, entries(500));
  p.state("fbw", now, entries(100));
  p.state("mat", prior, entries(500)).state("mag", prior, entries(200)).state("agh", prior, entries(420));
  p.state("fbw", prior, entries(120));
  return p;
}

// Euros per line of the same catalogue, leaves only.
amip::plan<amip::money> money_plan(amip::catalog const& table) {
  amip::plan<amip::money> p{table};
  p.state("mat", now, amip::eur(1'080'000)).state("mag", now, amip::cents(9'600'050));  // 96.000,50 €
  p.state("agh", now, amip::eur(1'400'000)).state("fbw", now, amip::eur(400'000));
  p.state("mat", prior, amip::eur(850'000)).state("mag", prior, amip::eur(80'000));
  p.state("agh", prior, amip::eur(1'176'000)).state("fbw", prior, amip::eur(480'000));
  return p;
}

TEST_CASE("one catalogue carries a plan of entries and a plan of money, each rolled up in its own unit") {
  auto const table = musterstadt();
  auto const e = entries_plan(table);
  auto const m = money_plan(table);
  // Entries 2026: aktivierung 600 + 240 = 840; gesamt 840 + 500 + 100 = 1.440.
  CHECK(e.total("aktivierung", now) == entries(840));
  CHECK(e.total("gesamt", now) == entries(1'440));
  // Entries 2025: aktivierung 500 + 200 = 700; gesamt 700 + 420 + 120 = 1.240.
  CHECK(e.total("gesamt", prior) == entries(1'240));
  // Money 2026: aktivierung 1.080.000,00 + 96.000,50 = 1.176.000,50 €;
  // gesamt 1.176.000,50 + 1.400.000,00 + 400.000,00 = 2.976.000,50 €.
  CHECK(m.total("aktivierung", now) == amip::cents(117'600'050));
  CHECK(m.total("gesamt", now) == amip::cents(297'600'050));
  // Money 2025: aktivierung 850.000 + 80.000 = 930.000 €; gesamt 930.000 + 1.176.000 + 480.000 = 2.586.000 €.
  CHECK(m.total("gesamt", prior) == amip::eur(2'586'000));
  CHECK(e.check().empty());
  CHECK(m.check().empty());
}

TEST_CASE("a total that does not add up is reported in the plan's unit, money in euros") {
  auto const table = musterstadt();
  auto e = entries_plan(table);
  auto m = money_plan(table);
  e.state("gesamt", now, entries(1'400));            // the lines give 1.440
  m.state("gesamt", now, amip::cents(297'600'005));  // 2.976.000,05 €: the lines give 2.976.000,50 €
  auto const entry_findings = e.check();
  REQUIRE(entry_findings.size() == 1);
  CHECK(entry_findings[0].message() ==
        "Programm Musterstadt, line gesamt (Insgesamt), Plan 2026: expected 1440 (the sum of its lines), found 1400");
  auto const money_findings = m.check();
  REQUIRE(money_findings.size() == 1);
  CHECK(money_findings[0].expected == amip::cents(297'600'050));
  CHECK(money_findings[0].found == amip::cents(297'600'005));
  CHECK(money_findings[0].message() ==
        "Programm Musterstadt, line gesamt (Insgesamt), Plan 2026: expected 2.976.000,50 € (the sum of its lines), "
        "found 2.976.000,05 €");

  // A part larger than its whole, and known parts above a stated total, also print euros.
  amip::plan<amip::money> parts{table};
  parts.state("aktivierung", now, amip::eur(1'000)).state("mat", now, amip::cents(150'000));  // 1.500,00 €
  auto const exceed = parts.check();
  REQUIRE(exceed.size() == 1);
  CHECK(exceed[0].message() ==
        "Programm Musterstadt, line aktivierung (davon Aktivierung), Plan 2026: the lines known so far already add up "
        "to 1.500,00 €, more than the stated 1.000,00 €");
  // Stating another amount for a figure already stated names both in euros.
  CHECK_THROWS_WITH(parts.state("mat", now, amip::cents(-5)),
                    "amip: Programm Musterstadt, line mat, Plan 2026: already stated as 1.500,00 €, refusing -0,05 € "
                    "(use restate to change it)");
}

TEST_CASE("each plan compares in its own unit, absolute and in percent") {
  auto const table = musterstadt();
  auto const e = entries_plan(table);
  auto const m = money_plan(table);
  auto const ce = amip::compare(e, now, prior);
  auto const cm = amip::compare(m, now, prior);
  REQUIRE(ce.size() == 6);
  REQUIRE(cm.size() == 6);
  // Entries: gesamt 1.440 − 1.240 = +200; 200 / 1.240 = 0,16129…, in tenths 161,3 → 161 (+16,1 %).
  CHECK(ce[0].absolute_change() == entries(200));
  CHECK(tenths(ce[0].change()) == 161);
  // mat 600 − 500 = +100, +20,0 %; agh 500 − 420 = +80, 80 / 420 = 0,190476… → 190; fbw 100 − 120 = −20,
  // −20 / 120 = −0,16666… → −166,67 → −167.
  CHECK(ce[2].absolute_change() == entries(100));
  CHECK(tenths(ce[2].change()) == 200);
  CHECK(tenths(ce[4].change()) == 190);
  CHECK(ce[5].absolute_change() == entries(-20));
  CHECK(tenths(ce[5].change()) == -167);
  // Money: gesamt 2.976.000,50 − 2.586.000,00 = +390.000,50 € = 39.000.050 ct; 39.000.050 / 258.600.000 =
  // 0,150812…, in tenths 150,81 → 151 (+15,1 %).
  CHECK(cm[0].absolute_change() == amip::cents(39'000'050));
  CHECK(tenths(cm[0].change()) == 151);
  // aktivierung 1.176.000,50 − 930.000,00 = +246.000,50 €; 24.600.050 / 93.000.000 = 0,264516… → 264,52 → 265.
  CHECK(cm[1].absolute_change() == amip::cents(24'600'050));
  CHECK(tenths(cm[1].change()) == 265);
  // mag 96.000,50 − 80.000,00 = +16.000,50 €; 1.600.050 / 8.000.000 = 0,20000625 → 200,006 → 200.
  CHECK(cm[3].absolute_change() == amip::cents(1'600'050));
  CHECK(tenths(cm[3].change()) == 200);
  // fbw 400.000 − 480.000 = −80.000 €; −1/6 → −167.
  CHECK(cm[5].absolute_change() == amip::eur(-80'000));
  CHECK(tenths(cm[5].change()) == -167);
}

TEST_CASE("each plan is reported in its own unit, entries as counts and money in euros") {
  auto const table = musterstadt();
  auto const e = entries_plan(table);
  auto const m = money_plan(table);
  amip::report::table_options options;
  options.absolute_change = true;
  auto const te = amip::report::to_text(amip::compare(e, now, prior), options);
  auto const tm = amip::report::to_text(amip::compare(m, now, prior), options);
  // The figures and changes worked out in the test case above.
  CHECK(line_of(te, 2) == "Maßnahme\tEintritte 2026\tErgebnis 2025\tVeränderung absolut\tin %");
  CHECK(line_of(te, 3) == "Insgesamt\t1.440\t1.240\t200\t16,1%");
  CHECK(line_of(te, 8) == "davon FbW\t100\t120\t-20\t-16,7%");
  CHECK(line_of(tm, 2) == "Maßnahme\tBetrag 2026\tErgebnis 2025\tVeränderung absolut\tin %");
  CHECK(line_of(tm, 3) == "Insgesamt\t2.976.000,50 €\t2.586.000,00 €\t390.000,50 €\t15,1%");
  CHECK(line_of(tm, 6) == "davon MAG\t96.000,50 €\t80.000,00 €\t16.000,50 €\t20,0%");
  CHECK(line_of(tm, 8) == "davon FbW\t400.000,00 €\t480.000,00 €\t-80.000,00 €\t-16,7%");
}

TEST_CASE("a scenario on a plan of money describes its steps in euros") {
  auto const table = musterstadt();
  amip::scenario s{money_plan(table), now};
  // Move 100.000,00 € from MAT to MAG: MAT 1.080.000 − 100.000 = 980.000 €, MAG 96.000,50 + 100.000 = 196.000,50 €.
  s.move(amip::measure::mat, amip::measure::mag, amip::eur(100'000));
  CHECK(s.plan().total("mag", now) == amip::cents(19'600'050));
  CHECK(s.steps().back().description == "move 100.000,00 € from mat (davon MAT) to mag (davon MAG)");
  s.set("agh", amip::cents(50));
  CHECK(s.steps().back().description == "set agh (davon AGH) to 0,50 € (was 1.400.000,00 €)");
  // More than MAT has (980.000 €) is refused, in euros.
  CHECK_THROWS_WITH(s.move(amip::measure::mat, amip::measure::mag, amip::eur(1'000'000)),
                    "amip: scenario: cannot move 1.000.000,00 € from mat, which has 980.000,00 €");
}

TEST_CASE("a plan of entries is costed at rates per entry and a plan of money is its own spend") {
  auto const table = musterstadt();
  auto const e = entries_plan(table);
  auto const m = money_plan(table);
  auto const per_entry = [](std::int64_t euros) { return (amip::eur(euros) / (1 * amip::entries)).round(); };
  auto const per_entry_month = [](std::int64_t euros) {
    return (amip::eur(euros) / ((1 * amip::entries) * (1 * amip::months))).round();
  };
  amip::cost_model rates;
  rates.set(amip::measure::mat, amip::cost_rate::per_entry(per_entry(1'800)))
      .set(amip::measure::mag, amip::cost_rate::per_entry(per_entry(400)))
      .set(amip::measure::agh, amip::cost_rate::per_month(per_entry_month(350), 8 * amip::months))
      .set(amip::measure::fbw_nao, amip::cost_rate::per_entry(per_entry(4'000)));
  // EGT 2026: 600 × 1.800 + 240 × 400 + 500 × 350 × 8 = 1.080.000 + 96.000 + 1.400.000 = 2.576.000 €; FbW is paid by
  // the Agentur für Arbeit since 2025 (amip::funding_changes): 100 × 4.000 = 400.000 € there, nothing from the EGT.
  CHECK(amip::need(e, now, rates, budget_line::egt) == amip::eur(2'576'000));
  CHECK(amip::need(e, now, rates, budget_line::agency) == amip::eur(400'000));
  // The plan of money over the same catalogue needs no rates: EGT 1.080.000 + 96.000,50 + 1.400.000 =
  // 2.576.000,50 €; the Agentur 400.000 €.
  CHECK(amip::need(m, now, budget_line::egt) == amip::cents(257'600'050));
  CHECK(amip::need(m, now, budget_line::agency) == amip::eur(400'000));
  // Its spend for the EGT is the plan itself where the EGT pays, 0 where another line pays, rolled up:
  // aktivierung 1.176.000,50 €, gesamt 1.176.000,50 + 1.400.000 + 0 = 2.576.000,50 €.
  auto const spend = amip::planned_spend(m, now, budget_line::egt);
  CHECK(spend.total("aktivierung", now) == amip::cents(117'600'050));
  CHECK(spend.total("fbw", now) == amip::money{});
  CHECK(spend.total("gesamt", now) == amip::cents(257'600'050));
  // 2025 (the prior): FbW still paid by the Agentur; EGT 850.000 + 80.000 + 1.176.000 = 2.106.000 €.
  CHECK(amip::need(m, prior, budget_line::egt) == amip::eur(2'106'000));
}

TEST_CASE("a plan of persons is costed per participant-month or per participant-year") {
  auto const table = musterstadt();
  // Teilnehmende im Jahresdurchschnitt 2026, and the Bestand of one quarter.
  auto const q1 = plan_of(amip::quarter_of(2026, 1));
  amip::plan<amip::person_count> p{table};
  p.state("mat", now, persons(150)).state("mag", now, persons(40)).state("agh", now, persons(400));
  p.state("fbw", now, persons(80));
  p.state("mat", q1, persons(120)).state("mag", q1, persons(35));
  // Rolled up like any plan: aktivierung 150 + 40 = 190; gesamt 190 + 400 + 80 = 670.
  CHECK(p.total("gesamt", now) == persons(670));

  auto const per_person_month = [](std::int64_t euros) {
    return (amip::eur(euros) / ((1 * amip::persons) * (1 * amip::months))).round();
  };
  amip::person_cost_model rates;
  rates.set(amip::measure::mat, amip::person_cost_rate::per_month(per_person_month(300)))
      .set(amip::measure::mag, amip::person_cost_rate::per_year((amip::eur(2'400) / (1 * amip::persons)).round()))
      .set(amip::measure::agh, amip::person_cost_rate::per_month(per_person_month(350)))
      .set(amip::measure::fbw_nao, amip::person_cost_rate::per_month(per_person_month(500)));
  // A year: mat 150 × 300 × 12 = 540.000 €; mag 40 × 2.400 = 96.000 €; agh 400 × 350 × 12 = 1.680.000 €;
  // EGT 2.316.000 €. FbW (the Agentur): 80 × 500 × 12 = 480.000 €.
  CHECK(amip::need(p, now, rates, budget_line::egt) == amip::eur(2'316'000));
  CHECK(amip::need(p, now, rates, budget_line::agency) == amip::eur(480'000));
  // A quarter is three months: mat 120 × 300 × 3 = 108.000 €; mag 35 × 2.400 × 3/12 = 21.000 €; 129.000 €.
  CHECK(amip::need(p, q1, rates, budget_line::egt) == amip::eur(129'000));
  auto const spend = amip::planned_spend(p, q1, rates, budget_line::egt);
  CHECK(spend.total("aktivierung", q1) == amip::eur(129'000));

  // A yearly rate in a month is a twelfth of it, rounded once, half away from zero:
  // 5 × 1.000,01 € / 12 = 500.005 ct / 12 = 41.667,08 ct → 41.667 ct; 1 × 0,06 € / 12 = 0,5 ct → 1 ct.
  auto const july = plan_of(amip::month_of(2026, 7));
  CHECK(amip::person_cost_rate::per_year(amip::cost_per<amip::person_count>::from_value(100'001))
            .cost_of(persons(5), july) == amip::cents(41'667));
  CHECK(amip::person_cost_rate::per_year(amip::cost_per<amip::person_count>::from_value(6)).cost_of(persons(1), july) ==
        amip::cents(1));
  CHECK(amip::months_in(july) == 1 * amip::months);
  CHECK(amip::months_in(now) == 12 * amip::months);
}

TEST_CASE("a plan of cases is costed per case, and a missing rate names the cases") {
  auto const table = musterstadt();
  // Seed, section 4: 219 FbW cases to finance from 2024, a special allocation of 1.460.000 €:
  // 146.000.000 ct / 219 = 666.666,2… ct → 666.667 ct per case (6.666,67 €); 219 × 666.667 ct = 146.000.073 ct.
  amip::plan<amip::case_count> p{table};
  auto const year_2024 = plan_of(2024);
  p.state("fbw", year_2024, 219 * amip::cases);
  amip::case_cost_model rates;
  auto const per_case = (amip::eur(1'460'000) / (219 * amip::cases)).round();
  CHECK(per_case == amip::cost_per<amip::case_count>::from_value(666'667));
  rates.set(amip::measure::fbw_nao, amip::case_cost_rate::per_case(per_case));
  // In 2024 the EGT still paid FbW (amip::funding_changes): 1.460.000,73 €.
  CHECK(amip::need(p, year_2024, rates, budget_line::egt) == amip::cents(146'000'073));
  CHECK(amip::need(p, year_2024, rates, budget_line::agency) == amip::money{});

  p.state("mat", year_2024, 3 * amip::cases);
  CHECK_THROWS_WITH(amip::need(p, year_2024, rates, budget_line::egt),
                    "amip: Programm Musterstadt, line mat: 3 cases are planned for Plan 2024 and paid from the "
                    "Eingliederungstitel, but the cost model has no rate for the measure \"mat\"");
}

}  // namespace
