// The reference programme's table: Anlage 1 "Planung EGT 2026" of the Jobcenter Düsseldorf as a catalogue, its
// rows as printed (tests/data/seed_duesseldorf_2026.txt).
//
// Synopsis
//
//   namespace amip::duesseldorf_2026 {
//   inline constexpr std::array<line, 25> anlage1_lines;   // its rows
//   inline constexpr catalog anlage1;        // the purpose tree of Anlage 1, 25 rows, labels as printed
//   namespace lines { with_fbw_reha, without_fbw_reha, group_i, …, mat, …, group_viii }   // its line handles
//   }
#pragma once

#include <array>

#include <amip/model/catalog.hpp>
#include <amip/model/measure.hpp>
#include <amip/model/purpose.hpp>

namespace amip::duesseldorf_2026 {

// clang-format off
/// Seed, Anlage 1 "Planung EGT 2026": the 25 rows in the order printed, with the printed labels where they are not
/// the purpose group's. Structure:
///   mit FbW / Reha = ohne FbW / Reha + II + V;  ohne FbW / Reha = I + III + IV + VI + VII + VIII.
/// English labels are left to the measures' English names ("of which: Measures with a provider").
inline constexpr std::array<line, 25> anlage1_lines{{
  /*  0 */ {"with_fbw_reha",    line_kind::total,    no_parent, children_rule::sum, {}, {}, false, "mit FbW / Reha",  "with FbW / Reha"},
  /*  1 */ {"without_fbw_reha", line_kind::total,    0,  children_rule::sum, {}, {}, false, "ohne FbW / Reha", "without FbW / Reha"},
  /*  2 */ {"I",                line_kind::group,    1,  children_rule::sum, {}, purpose_group::activation},
  /*  3 */ {"I.activation",     line_kind::subgroup, 2,  children_rule::sum, {}, {}, false, "Aktivierung und berufliche Eingliederung", "Activation and vocational integration"},
  /*  4 */ {"mat",              line_kind::leaf,     3,  children_rule::sum, measure_id::mat,      {}, true, "davon MAT inkl. U25"},
  /*  5 */ {"avgs_mat",         line_kind::leaf,     3,  children_rule::sum, measure_id::avgs_mat, {}, true, "davon AVGS MAT inkl. U25"},
  /*  6 */ {"mag",              line_kind::leaf,     3,  children_rule::sum, measure_id::mag,      {}, true, "davon MAG inkl. U25"},
  /*  7 */ {"II",               line_kind::group,    0,  children_rule::sum, {}, purpose_group::vocational_training},
  /*  8 */ {"II.fbw",           line_kind::subgroup, 7,  children_rule::sum, {}, {}, false, "Förderung berufliche Weiterbildung", "Further vocational training"},
  /*  9 */ {"fbw_nao",          line_kind::leaf,     8,  children_rule::sum, measure_id::fbw_nao, {}, true, "davon nao"},
  /* 10 */ {"fbw_ao",           line_kind::leaf,     8,  children_rule::sum, measure_id::fbw_ao,  {}, true, "davon ao"},
  /* 11 */ {"III",              line_kind::group,    1,  children_rule::sum, {}, purpose_group::taking_up_work},
  /* 12 */ {"egz",              line_kind::leaf,     11, children_rule::sum, measure_id::egz,           {}, false, "Betriebliche Eingliederungshilfen"},
  /* 13 */ {"einstiegsgeld",    line_kind::leaf,     11, children_rule::sum, measure_id::einstiegsgeld, {}, false, "Einstiegsgeld"},
  /* 14 */ {"p16c",             line_kind::leaf,     11, children_rule::sum, measure_id::p16c,          {}, false, "Begleitende Hilfen für Selbständigkeit nach § 16c SGB II"},
  /* 15 */ {"IV",               line_kind::group,    1,  children_rule::sum, {}, purpose_group::career_choice_and_training},
  /* 16 */ {"asa",              line_kind::leaf,     15, children_rule::sum, measure_id::asa, {}, false, "Förderung benachteiligter Auszubildender einschl. AsA"},
  /* 17 */ {"eq",               line_kind::leaf,     15, children_rule::sum, measure_id::eq,  {}, false, "EQ (Einstiegsqualifizierung)"},
  /* 18 */ {"V",                line_kind::leaf,     0,  children_rule::sum, measure_id::reha, purpose_group::rehabilitation},
  /* 19 */ {"VI",               line_kind::group,    1,  children_rule::sum, {}, purpose_group::subsidised_employment},
  /* 20 */ {"agh",              line_kind::leaf,     19, children_rule::sum, measure_id::agh,  {}, false, "Arbeitsgelegenheiten"},
  /* 21 */ {"p16e",             line_kind::leaf,     19, children_rule::sum, measure_id::p16e, {}, false, "§ 16e SGB II"},
  /* 22 */ {"p16i",             line_kind::leaf,     19, children_rule::sum, measure_id::p16i, {}, false, "§ 16i Teilhabe am Arbeitsmarkt"},
  /* 23 */ {"VII",              line_kind::leaf,     1,  children_rule::sum, measure_id::p16f, purpose_group::free_support},
  /* 24 */ {"VIII",             line_kind::leaf,     1,  children_rule::sum, measure_id::p16h, purpose_group::hard_to_reach_young_people},
}};
// clang-format on

/// The purpose tree of Anlage 1 "Planung EGT": totals, groups I. to VIII., "davon" lines, 16 leaves.
inline constexpr catalog anlage1{"Planung EGT", anlage1_lines, "Zweckbestimmung", "Purpose"};

/// The lines of `anlage1`, by name: handles that know their catalogue. A plan of Anlage 1 (any plan stated against
/// `anlage1` or a copy) reads them at their position; a plan of another table, such as one read from a
/// self-describing CSV file, refuses them with amip::line_error naming both catalogues (ask it by key, "mat", or by
/// measure, amip::measure::mat, instead); `.index()` is the position in Anlage 1.
namespace lines {
// Looked up by key in the table above, so they cannot drift from it (a missing key does not compile).
/// Row 0, "mit FbW / Reha": the total of the programme, ohne FbW / Reha + II + V.
inline constexpr line_handle with_fbw_reha = anlage1.handle("with_fbw_reha");
/// Row 1, "ohne FbW / Reha": I + III + IV + VI + VII + VIII.
inline constexpr line_handle without_fbw_reha = anlage1.handle("without_fbw_reha");
/// Row 2, group I. Aktivierung und berufliche Eingliederung.
inline constexpr line_handle group_i = anlage1.handle("I");
/// Row 3, "Aktivierung und berufliche Eingliederung", the subgroup of MAT, AVGS MAT and MAG ("davon").
inline constexpr line_handle activation = anlage1.handle("I.activation");
/// Row 4, "davon MAT inkl. U25": Maßnahmen bei einem Träger.
inline constexpr line_handle mat = anlage1.handle("mat");
/// Row 5, "davon AVGS MAT inkl. U25": Aktivierungs- und Vermittlungsgutscheine MAT.
inline constexpr line_handle avgs_mat = anlage1.handle("avgs_mat");
/// Row 6, "davon MAG inkl. U25": Maßnahmen bei einem Arbeitgeber.
inline constexpr line_handle mag = anlage1.handle("mag");
/// Row 7, group II. berufliche Weiterbildung (part of "mit FbW / Reha" only).
inline constexpr line_handle group_ii = anlage1.handle("II");
/// Row 8, "Förderung berufliche Weiterbildung" (FbW), the subgroup of nao and ao ("davon").
inline constexpr line_handle fbw = anlage1.handle("II.fbw");
/// Row 9, "davon nao": FbW, nicht abschlussorientiert.
inline constexpr line_handle fbw_nao = anlage1.handle("fbw_nao");
/// Row 10, "davon ao": FbW, abschlussorientiert.
inline constexpr line_handle fbw_ao = anlage1.handle("fbw_ao");
/// Row 11, group III. Aufnahme einer Erwerbstätigkeit.
inline constexpr line_handle group_iii = anlage1.handle("III");
/// Row 12, "Betriebliche Eingliederungshilfen" (EGZ).
inline constexpr line_handle egz = anlage1.handle("egz");
/// Row 13, "Einstiegsgeld" (§ 16b SGB II).
inline constexpr line_handle einstiegsgeld = anlage1.handle("einstiegsgeld");
/// Row 14, "Begleitende Hilfen für Selbständigkeit nach § 16c SGB II".
inline constexpr line_handle p16c = anlage1.handle("p16c");
/// Row 15, group IV. Berufswahl und Berufsbildung.
inline constexpr line_handle group_iv = anlage1.handle("IV");
/// Row 16, "Förderung benachteiligter Auszubildender einschl. AsA".
inline constexpr line_handle asa = anlage1.handle("asa");
/// Row 17, "EQ (Einstiegsqualifizierung)".
inline constexpr line_handle eq = anlage1.handle("eq");
/// Row 18, group V. Teilhabe behinderter Menschen am Arbeitsleben (Reha), a line stated directly.
inline constexpr line_handle group_v = anlage1.handle("V");
/// Row 19, group VI. Öffentlich geförderte Beschäftigung.
inline constexpr line_handle group_vi = anlage1.handle("VI");
/// Row 20, "Arbeitsgelegenheiten" (AGH, § 16d SGB II).
inline constexpr line_handle agh = anlage1.handle("agh");
/// Row 21, "§ 16e SGB II".
inline constexpr line_handle p16e = anlage1.handle("p16e");
/// Row 22, "§ 16i Teilhabe am Arbeitsmarkt".
inline constexpr line_handle p16i = anlage1.handle("p16i");
/// Row 23, group VII. Freie Förderung nach § 16f, a line stated directly.
inline constexpr line_handle group_vii = anlage1.handle("VII");
/// Row 24, group VIII. § 16h Förderung schwer zu erreichender junger Menschen, a line stated directly.
inline constexpr line_handle group_viii = anlage1.handle("VIII");
}  // namespace lines

}  // namespace amip::duesseldorf_2026
