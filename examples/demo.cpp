// amip demo: the Jobcenter Düsseldorf's programme 2026 (the embedded default data set), reproduced and checked.
//
//   1. Anlage 1 "Planung EGT 2026", computed from its 16 leaves;
//   2. the § 16a table with its demand estimates and their sum;
//   3. the FbW figures of section 4, and where they differ from Anlage 1;
//   4. the programme's own rules, checked on its own figures.
#include <amip/programmes/duesseldorf_2026.hpp>

#include <iostream>
#include <string>

namespace duesseldorf = amip::duesseldorf_2026;
using amip::actual_of;
using amip::entries;
using amip::plan_of;
using amip::projection_of;

// The embedded plan holds only the 16 leaves of Anlage 1; the compiler proves that they give the printed totals
// and changes (seed, Anlage 1: 8.510 against 7.274 is 17,0 %; without FbW / Reha 7.300 against 5.938, 22,9 %).
constexpr auto egt = duesseldorf::egt_plan();
constexpr auto vergleich = amip::compare(egt, plan_of(2026), actual_of(2025));
static_assert(egt.total(amip::duesseldorf_2026::lines::with_fbw_reha, plan_of(2026)) == 8'510 * entries);
static_assert(egt.total(amip::duesseldorf_2026::lines::with_fbw_reha, actual_of(2025)) == 7'274 * entries);
static_assert(egt.total(amip::duesseldorf_2026::lines::without_fbw_reha, plan_of(2026)) == 7'300 * entries);
static_assert(egt.total(amip::duesseldorf_2026::lines::without_fbw_reha, actual_of(2025)) == 5'938 * entries);
static_assert(vergleich.change(amip::duesseldorf_2026::lines::with_fbw_reha).tenths_of_percent() == 170);
static_assert(vergleich.change(amip::duesseldorf_2026::lines::without_fbw_reha).tenths_of_percent() == 229);
static_assert(vergleich.change(amip::measure::p16c).tenths_of_percent() == -1'000);
static_assert(vergleich.change(amip::duesseldorf_2026::lines::group_v).tenths_of_percent() == 4'000);
static_assert(egt.check().empty());

// All 25 rows: every printed total (each group, both totals) is a claim that check() compares with the roll-up
// of its lines, and every row's computed change is the printed "Vergleich".
static_assert(duesseldorf::anlage1_as_printed().check().empty(), "a printed total of Anlage 1 disagrees");
constexpr bool every_change_as_printed() {
  for (std::size_t i = 0; i < duesseldorf::anlage1_printed.size(); ++i) {
    if (vergleich[i].change().tenths_of_percent() != duesseldorf::anlage1_printed[i].vergleich_tenths) return false;
  }
  return true;
}
static_assert(every_change_as_printed(), "a computed change differs from Anlage 1's Vergleich");

// The programme's rules on its own plan, at compile time: no error; one warning fails (section 1 wants more for
// § 16e, Anlage 1 plans 25 entries against 28) and the funding reservation stays open (info).
namespace rules_2026 = amip::duesseldorf_2026;
static_assert(
    amip::check(egt, plan_of(2026), actual_of(2025), rules_2026::plan_rules).count_failed(amip::severity::error) == 0);

namespace {

void print_section16a() {
  using amip::report::format_count;
  std::cout << "Leistungen nach § 16a (Anlage 1)\n\n";
  for (auto const& service : duesseldorf::section16a) {
    std::cout << "  " << amip::info_of(service.measure).german_name << " (" << service.provider
              << "): " << format_count(service.demand.low()) << " bis " << format_count(service.demand.high()) << '\n';
  }
  constexpr auto total = duesseldorf::section16a_total_demand();
  std::cout << "  Bedarfsschätzung insgesamt: " << format_count(total.low()) << " bis " << format_count(total.high())
            << "\n\n";
}

void print_fbw() {
  using amip::report::format_count;
  std::cout << "Berufliche Weiterbildung (Abschnitt 4, gemeinsame Bildungszielplanung)\n\n";
  for (auto const& line : {amip::duesseldorf_2026::lines::fbw_nao, amip::duesseldorf_2026::lines::fbw_ao}) {
    std::cout << "  " << amip::info_of(*amip::duesseldorf_2026::anlage1[line].measure).german_name << ": Plan 2026 "
              << format_count(egt.total(line, plan_of(2026))) << ", Hochrechnung 2025 "
              << format_count(egt.total(line, projection_of(2025))) << ", Ergebnis 2024 "
              << format_count(egt.total(line, actual_of(2024))) << '\n';
  }
  std::cout << "  davon Umschulungen: rd. "
            << amip::report::format_percent(duesseldorf::umschulung_share_of_ao.value(), 0)
            << "; aus 2024 auszufinanzieren: " << format_count(duesseldorf::carried_over_cases)
            << " Förderfälle, Sonderzuweisung rd. "
            << amip::report::format_money(duesseldorf::special_allocation.value()) << "\n\n";

  std::cout << "Zwei Quellen für 2025, die sich unterscheiden:\n"
            << "  Abschnitt 4 nennt die Hochrechnung 2025, Anlage 1 das Ergebnis 2025.\n\n";
  auto const sources = amip::compare(egt, projection_of(2025), actual_of(2025));
  for (auto const& line : {amip::duesseldorf_2026::lines::fbw_nao, amip::duesseldorf_2026::lines::fbw_ao}) {
    auto const row = sources.at(line);
    std::cout << "  " << amip::info_of(*row.measure()).german_name << ": Abschnitt 4 " << format_count(*row.now())
              << ", Anlage 1 " << format_count(*row.prior()) << ", Differenz "
              << amip::report::format_integer(row.difference()->value()) << '\n';
  }
  std::cout << '\n';
}

}  // namespace

int main() {
  std::cout
      << "amip demo: Arbeitsmarkt- und Integrationsprogramm 2026, Jobcenter Düsseldorf\n"
      << "Anlage 1, berechnet aus den 16 Einzelzeilen (Summen und Vergleich nicht übernommen, sondern gerechnet)\n\n";
  amip::report::write_text(std::cout, amip::report::make_table(vergleich), amip::report::text_layout::aligned);
  std::cout << "\nHinzu kommen die Fördermöglichkeiten aus dem Vermittlungsbudget (rd. "
            << amip::report::format_count(duesseldorf::vermittlungsbudget.value()) << ").\n"
            << "Die Planung steht unter einem Finanzierungsvorbehalt.\n\n";
  print_section16a();
  print_fbw();
  auto const findings = egt.check();
  std::cout << "Prüfung der Summen: " << (findings.empty() ? "keine Abweichungen" : "Abweichungen gefunden") << "\n\n";

  std::cout << "Regeln des Programms, geprüft an seinen eigenen Zahlen (Plan 2026 gegen Ergebnis 2025)\n\n";
  auto const rule_findings = amip::check(egt, plan_of(2026), actual_of(2025), rules_2026::plan_rules);
  std::cout << rule_findings;
  constexpr auto health = duesseldorf::health_project();
  std::cout << amip::check(amip::compare(health, plan_of(2026), projection_of(2025)),
                           rules_2026::health_project_above_last_year);
  return findings.empty() && rule_findings.count_failed(amip::severity::error) == 0 ? 0 : 1;
}
