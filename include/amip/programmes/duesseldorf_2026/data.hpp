// The Jobcenter Düsseldorf's Arbeitsmarkt- und Integrationsprogramm 2026 as embedded constexpr data
// (the reference programme). Every figure cites the section of the seed it comes from
// (tests/data/seed_duesseldorf_2026.txt); tests check each one against the seed's text.
//
// Synopsis
//
//   namespace amip::duesseldorf_2026 {
//   constexpr fixed_plan<entry_count> egt_plan();    // Anlage 1 (16 leaves, plan 2026 and Ergebnis 2025) and
//                                                    // section 4 (FbW: Hochrechnung 2025, Ergebnis 2024)
//   anlage1_leaves, section4_fbw                     // the same figures as tables
//   anlage1_printed; constexpr fixed_plan anlage1_as_printed();   // the printed rows, as claims to check
//   section16a                                       // § 16a services: provider and Bedarfsschätzung range
//   constexpr fixed_plan<person_count> health_project();   // section 5.2: 334 / 360 / 390 participants
//   inline constexpr target<person_count> health_project_target;   // section 5.2: 390 participants, more is better
//   umschulung_share_of_ao, carried_over_cases, special_allocation, vermittlungsbudget,
//   ukraine_persons, ukraine_elb, share_without_vocational_degree, share_other_nationality_*
//   }
//
// Anlage 1's totals and its "Vergleich" column are never computed from printed figures: they follow from the
// leaves (catalog.hpp, plan.hpp, comparison.hpp). The printed rows are kept as claims to check them against.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include <amip/core/estimate.hpp>
#include <amip/core/quantity.hpp>
#include <amip/core/ratio.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/measure.hpp>
#include <amip/model/plan.hpp>
#include <amip/monitoring/target.hpp>
#include <amip/programmes/duesseldorf_2026/anlage1.hpp>

/// The reference programme: the Jobcenter Düsseldorf's programme for 2026 (tests/data/seed_duesseldorf_2026.txt)
/// as constexpr data, its Anlage 1 catalogue and the rules its text states.
namespace amip::duesseldorf_2026 {

/// The programme year.
inline constexpr std::int32_t year = 2026;

/// One leaf of Anlage 1: entries planned for 2026 and the result of 2025.
struct anlage1_leaf {
  /// The measure of the leaf's line.
  measure_id measure;
  std::int64_t plan_2026;    ///< column "Eintritte 2026"
  std::int64_t actual_2025;  ///< column "Ergebnis 2025"
};

// clang-format off
/// Seed, Anlage 1 "Planung EGT 2026": the 16 leaf rows, in the order printed.
inline constexpr std::array<anlage1_leaf, 16> anlage1_leaves{{
  {measure_id::mat,            1'994, 1'162},  // davon MAT inkl. U25
  {measure_id::avgs_mat,       1'500, 1'962},  // davon AVGS MAT inkl. U25
  {measure_id::mag,              950,   569},  // davon MAG inkl. U25
  {measure_id::fbw_nao,          800, 1'019},  // davon nao
  {measure_id::fbw_ao,           360,   307},  // davon ao
  {measure_id::egz,              400,   254},  // Betriebliche Eingliederungshilfen
  {measure_id::einstiegsgeld,    600,   448},  // Einstiegsgeld
  {measure_id::p16c,               0,     4},  // Begleitende Hilfen für Selbständigkeit nach § 16c SGB II
  {measure_id::asa,               41,    22},  // Förderung benachteiligter Auszubildender einschl. AsA
  {measure_id::eq,                20,    11},  // EQ (Einstiegsqualifizierung)
  {measure_id::reha,              50,    10},  // V. Teilhabe behinderter Menschen am Arbeitsleben
  {measure_id::agh,            1'600, 1'335},  // Arbeitsgelegenheiten
  {measure_id::p16e,              25,    28},  // § 16e SGB II
  {measure_id::p16i,              95,    52},  // § 16i Teilhabe am Arbeitsmarkt
  {measure_id::p16f,              75,    91},  // VII. Freie Förderung nach § 16 f
  {measure_id::p16h,               0,     0},  // VIII. § 16h Förderung schwer zu erreichender junger Menschen
}};
// clang-format on

/// One row of Anlage 1 as the seed prints it, in catalogue order.
struct anlage1_printed_row {
  std::int64_t plan_2026;         ///< "Eintritte 2026"
  std::int64_t actual_2025;       ///< "Ergebnis 2025"
  std::int64_t vergleich_tenths;  ///< "Vergleich" in tenths of a percent (17,0% is 170)
};

// clang-format off
/// Seed, Anlage 1 "Planung EGT 2026": all 25 rows as printed, totals and "Vergleich" included. Not an input to
/// any computation: the printed figures are claims that anlage1_as_printed() and the tests check against the
/// roll-up of `anlage1_leaves`.
inline constexpr std::array<anlage1_printed_row, 25> anlage1_printed{{
  {8'510, 7'274,   170},  // mit FbW / Reha
  {7'300, 5'938,   229},  // ohne FbW / Reha
  {4'444, 3'693,   203},  // I. Aktivierung und berufliche Eingliederung
  {4'444, 3'693,   203},  // Aktivierung und berufliche Eingliederung
  {1'994, 1'162,   716},  // davon MAT inkl. U25
  {1'500, 1'962,  -235},  // davon AVGS MAT inkl. U25
  {  950,   569,   670},  // davon MAG inkl. U25
  {1'160, 1'326,  -125},  // II. berufliche Weiterbildung
  {1'160, 1'326,  -125},  // Förderung berufliche Weiterbildung
  {  800, 1'019,  -215},  // davon nao
  {  360,   307,   173},  // davon ao
  {1'000,   706,   416},  // III. Aufnahme einer Erwerbstätigkeit
  {  400,   254,   575},  // Betriebliche Eingliederungshilfen
  {  600,   448,   339},  // Einstiegsgeld
  {    0,     4, -1000},  // Begleitende Hilfen für Selbständigkeit nach § 16c SGB II
  {   61,    33,   848},  // IV. Berufswahl und Berufsbildung
  {   41,    22,   864},  // Förderung benachteiligter Auszubildender einschl. AsA
  {   20,    11,   818},  // EQ (Einstiegsqualifizierung)
  {   50,    10,  4000},  // V. Teilhabe behinderter Menschen am Arbeitsleben
  {1'720, 1'415,   216},  // VI. Öffentlich geförderte Beschäftigung
  {1'600, 1'335,   199},  // Arbeitsgelegenheiten
  {   25,    28,  -107},  // § 16e SGB II
  {   95,    52,   827},  // § 16i Teilhabe am Arbeitsmarkt
  {   75,    91,  -176},  // VII. Freie Förderung nach § 16 f
  {    0,     0,     0},  // VIII. § 16h Förderung schwer zu erreichender junger Menschen
}};
// clang-format on

/// FbW entries as section 4 ("Gemeinsame Bildungszielplanung mit der Agentur für Arbeit") gives them.
struct fbw_plan_data {
  /// fbw_nao or fbw_ao.
  measure_id measure;
  std::int64_t plan_2026;        ///< "Eintritte in … FbW: 800"
  std::int64_t projection_2025;  ///< "Hochrechnung 2025"
  std::int64_t actual_2024;      ///< "Ergebnis 2024"
};

/// Seed, section 4: "Eintritte in nicht- abschlussorientierte FbW: 800 (Hochrechnung 2025: 950; Ergebnis 2024:
/// 1.080)" and "Eintritte in abschlussorientierte FbW: 360, … (Hochrechnung 2025: 350; Ergebnis 2024: 327)".
/// The 2025 projection differs from Anlage 1's 2025 result (1.019 and 307): two sources, both kept.
inline constexpr std::array<fbw_plan_data, 2> section4_fbw{{
    {measure_id::fbw_nao, 800, 950, 1'080},
    {measure_id::fbw_ao, 360, 350, 327},
}};

/// Seed, section 4 ("davon rd. 50% in Umschulungen mit Abschluss") and the margin of section 3 ("Ziel = rd. 50%
/// der abschlussorientierten Fort- und Weiterbildung als Umschulungen"): share of retraining in FbW ao entries.
inline constexpr approximate<exact_ratio> umschulung_share_of_ao = about(percent(50));

/// Seed, section 4: FbW cases from 2024 still to be financed in 2026 ("Stand 10/25 = 219").
inline constexpr case_count carried_over_cases = 219 * cases;

/// Seed, section 4: the special allocation to the EGT for them ("Rd. 1,46 Mio. € für 2026 laut Vorabinfo des BMAS").
inline constexpr approximate<money> special_allocation = about(eur(1'460'000));

/// Seed, Anlage 1: "Hinzu kommen noch die Fördermöglichkeiten aus dem Vermittlungsbudget (rd. 2.500)"; counted
/// beside the table's entries.
inline constexpr approximate<entry_count> vermittlungsbudget = about(2'500 * entries);

/// Seed, section 1: refugees from Ukraine affected by the planned change of legal system, "117 Personen (davon 82
/// erwerbsfähige Leistungsberechtigte) in Düsseldorf (Stand 11/2025)".
inline constexpr person_count ukraine_persons = 117 * persons;
inline constexpr person_count ukraine_elb = 82 * persons;  ///< of them eLb (erwerbsfähige Leistungsberechtigte)

/// Seed, section 2: "rd. 80% aller Kundinnen und Kunden ohne anerkannte bzw. abgeschlossenen Berufsabschluss".
inline constexpr approximate<exact_ratio> share_without_vocational_degree = about(percent(80));

/// Seed, section 2: "Der Anteil der Kundinnen und Kunden mit einer anderen Staatsangehörigkeit beträgt aktuell
/// rd. 49 % (2015 waren es noch 40%, 2025 rd. 52%)". The seed gives 40 % for 2015 without "rd.".
inline constexpr approximate<exact_ratio> share_other_nationality_now = about(percent(49));
/// The same share in 2015: 40 % (the seed gives it without "rd.").
inline constexpr exact_ratio share_other_nationality_2015 = percent(40);
/// The same share in 2025: rd. 52 %.
inline constexpr approximate<exact_ratio> share_other_nationality_2025 = about(percent(52));

/// One row of the seed's table "Leistungen nach § 16a".
struct section16a_service {
  /// The § 16a service (childcare, home_care, debt_counselling, psychosocial).
  measure_id measure;
  std::string_view provider;            ///< column "Erbracht durch"
  estimate_range<person_count> demand;  ///< column "Bedarfsschätzung": persons expected to need the service
};

/// Seed, Anlage 1, table "Leistungen nach § 16a" (Leistung, Erbracht durch, Bedarfsschätzung).
inline constexpr std::array<section16a_service, 4> section16a{{
    {measure_id::childcare, "i-Punkt Familie des Jugendamtes", between(15 * persons, 30 * persons)},
    {measure_id::home_care, "Städtisches Pflegebüro", between(100 * persons, 150 * persons)},
    {measure_id::debt_counselling, "Schuldnerberatung Landeshauptstadt Düsseldorf und Träger",
     between(300 * persons, 500 * persons)},
    {measure_id::psychosocial, "Gesundheitsamt", between(450 * persons, 500 * persons)},
}};

/// The sum of the § 16a demand estimates (an interval).
[[nodiscard]] constexpr estimate_range<person_count> section16a_total_demand() {
  estimate_range<person_count> total{};
  for (auto const& service : section16a) total = total + service.demand;
  return total;
}

/// The one-line catalogue of the health project of section 5.2.
inline constexpr std::array<line, 1> health_project_lines{{
    {"health_project",
     line_kind::leaf,
     no_parent,
     children_rule::sum,
     {},
     {},
     false,
     "Modellprojekt Gesundheitsförderung",
     "Health promotion model project"},
}};
/// The catalogue of the health model project's one line (Modellprojekt Gesundheitsförderung, seed section 5.2).
inline constexpr catalog health_project_catalog{"Modellprojekt Gesundheitsförderung", health_project_lines, "Projekt",
                                                "Project"};

/// Seed, section 5.2: participants of the health promotion model project, "Jahr 2024 334 Teilnehmende", "Jahr
/// 2025 360 Teilnehmende (letzte Quartal hochgerechnet)", "Jahr 2026 390 Teilnehmende als Ziel".
[[nodiscard]] constexpr fixed_plan<person_count> health_project() {
  fixed_plan<person_count> p{health_project_catalog};
  line_index const participants{0};
  p.state(participants, actual_of(2024), 334 * persons).describe(actual_of(2024), "Abschnitt 5.2");
  p.state(participants, projection_of(2025), 360 * persons).describe(projection_of(2025), "Abschnitt 5.2");
  p.state(participants, plan_of(2026), 390 * persons).describe(plan_of(2026), "Abschnitt 5.2 (Ziel)");
  return p;
}

/// Seed, section 5.2: "Jahr 2026 390 Teilnehmende als Ziel" for the health project: more participants are better.
/// The seed states no tolerance, so falling short at all is "missed". judge(health_project_target, 360 * persons)
/// holds the 2025 projection against it: 30 short (−7,7 %).
inline constexpr target<person_count> health_project_target{390 * persons, better::more};

/// Anlage 1 "Planung EGT 2026" stated per leaf: plan 2026 and Ergebnis 2025 for all 16 leaves; for FbW also
/// section 4's Hochrechnung 2025 and Ergebnis 2024. Section 4's plan 2026 is stated too and agrees with
/// Anlage 1's (were it to differ, constructing the plan would throw, and a constexpr use would not compile).
[[nodiscard]] constexpr fixed_plan<entry_count> egt_plan() {
  fixed_plan<entry_count> p{anlage1};
  p.describe(plan_of(2026), "Anlage 1").describe(actual_of(2025), "Anlage 1");
  for (auto const& leaf : anlage1_leaves) {
    p.state(anlage1.at(leaf.measure), plan_of(2026), leaf.plan_2026 * entries);
    p.state(anlage1.at(leaf.measure), actual_of(2025), leaf.actual_2025 * entries);
  }
  p.describe(projection_of(2025), "Abschnitt 4").describe(actual_of(2024), "Abschnitt 4");
  for (auto const& fbw : section4_fbw) {
    p.state(anlage1.at(fbw.measure), plan_of(2026), fbw.plan_2026 * entries);
    p.state(anlage1.at(fbw.measure), projection_of(2025), fbw.projection_2025 * entries);
    p.state(anlage1.at(fbw.measure), actual_of(2024), fbw.actual_2024 * entries);
  }
  return p;
}

/// The embedded plan with every printed figure of Anlage 1 stated as well: check() on it compares each printed
/// total with the roll-up of its lines (empty: the seed adds up), and stating a printed leaf that differed from
/// `anlage1_leaves` would throw.
[[nodiscard]] constexpr fixed_plan<entry_count> anlage1_as_printed() {
  auto p = egt_plan();
  for (std::size_t i = 0; i < anlage1_printed.size(); ++i) {
    p.state(line_index{i}, plan_of(2026), anlage1_printed[i].plan_2026 * entries);
    p.state(line_index{i}, actual_of(2025), anlage1_printed[i].actual_2025 * entries);
  }
  return p;
}

}  // namespace amip::duesseldorf_2026
