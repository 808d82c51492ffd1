// Measures: amip's own, national law, as a runtime id, a strong tag type and a table row of traits; and the
// measures users declare themselves, in code as tag types or at run time from data (the model layer).
//
// Synopsis
//
//   namespace amip {
//   struct measure_info { key, german_name, english_name, abbreviation, basis, purpose, paid_from };
//   // amip's own measures (SGB II, SGB III):
//   enum class measure_id { mat, avgs_mat, mag, fbw_nao, fbw_ao, ... };   // index of amip's own measures
//   inline constexpr std::array<measure_info, N> measures;                // their table, in measure_id order
//   template <measure_id Id> struct measure_tag;                          // compile-time tag
//   namespace measure { inline constexpr measure_tag<measure_id::mat> mat; ... }
//   // a measure of one's own, in code (legal basis required at compile time):
//   template <class Self> struct own_measure;          // struct my_t final : own_measure<my_t> {
//                                                      //   static constexpr measure_info info{…}; };
//   template <class T> concept MeasureTag;             // amip's tags and users' own
//   // a measure of one's own, at run time from data (legal basis required, else amip::invalid_measure):
//   struct measure_data { key, german_name, english_name, abbreviation, section, book, heading,
//                         via_section, via_book, purpose, paid_from };
//   owned_measure declare_measure(measure_data const&);
//   legal_basis_reading read_legal_basis(std::string_view);   // "§ 16f SGB II", "… SGB II i.V.m. … SGB III"
//   // any measure:
//   class measure_ref;       // a view of a measure's traits: amip's own, a tag's, or an owned_measure's
//   class owned_measure;     // a measure that keeps its traits alive (amip's own and tags: static, nothing kept)
//   template <class T> concept Measure;               // a tag, a measure_id, a measure_ref or an owned_measure
//   constexpr measure_info const& info_of(measure_id);  info_of(measure::mat);  info_of(measure_ref);
//   constexpr std::optional<measure_id> measure_from_key(std::string_view);   // amip's own only
//   measure_id parse_measure_key(std::string_view);                      // throws amip::unknown_measure
//   template <class F> constexpr void for_each_measure_tag(F);            // f(measure_tag<Id>{}) for amip's ids
//   template <class F> constexpr decltype(auto) visit_measure(measure_id, F);   // runtime id -> tag
//   }
//
// Adding a measure to amip is one enumerator and one row of `measures`: tags, iteration and lookup follow. A
// measure is identified by its key ("mat", "jobaktiv"): two measures with the same key are the same measure.
// A measure names national law; how a programme prints its line ("davon MAT inkl. U25") is that programme's
// catalogue's label (amip/programmes/duesseldorf_2026/anlage1.hpp), not the measure's.
#pragma once

#include <algorithm>
#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <amip/core/diagnostics.hpp>
#include <amip/core/text.hpp>
#include <amip/model/budget_line.hpp>
#include <amip/model/purpose.hpp>

namespace amip {

/// Sozialgesetzbuch: the book of German social law a norm belongs to.
enum class social_code : unsigned char {
  sgb_ii,   ///< SGB II: Grundsicherung für Arbeitsuchende
  sgb_iii,  ///< SGB III: Arbeitsförderung
};

/// "SGB II" or "SGB III".
[[nodiscard]] constexpr std::string_view abbreviation_of(social_code c) noexcept {
  return c == social_code::sgb_ii ? "SGB II" : "SGB III";
}

/// One norm: a section of a book, e.g. {"§ 45 Abs. 4", social_code::sgb_iii}.
struct norm {
  std::string_view section;  ///< "§ 16b", "§ 45 Abs. 4", "§§ 81 ff."
  /// The book the section belongs to (SGB II or SGB III).
  social_code book;
};

namespace detail {
struct measure_block;
// Called only when a legal basis is missing: the compiler names this function in its error.
inline void error_every_measure_needs_a_legal_basis_with_a_paragraph_and_a_book() {}
consteval void require_legal_basis(bool present) {
  if (!present) error_every_measure_needs_a_legal_basis_with_a_paragraph_and_a_book();
}
}  // namespace detail

/// The legal basis of a measure: the norm that grants it, optionally applied through another norm
/// ("§ 16 Abs. 1 Satz 2 Nr. 2 SGB II i.V.m. § 45 Abs. 1 SGB III"), and the norm's official heading.
/// A legal basis cannot be left out or left empty: both are compile errors in the catalogue.
class legal_basis {
 public:
  consteval legal_basis() { detail::require_legal_basis(false); }
  /// A norm that grants the measure directly, with its official heading; an empty section does not compile.
  consteval legal_basis(norm primary, std::string_view heading) : primary_{primary}, heading_{heading} {
    detail::require_legal_basis(!primary.section.empty());
  }
  /// A norm applied through another (`via`: § 45 SGB III through § 16 Abs. 1 Satz 2 Nr. 2 SGB II), with the
  /// primary norm's heading; an empty primary section does not compile.
  consteval legal_basis(norm primary, std::string_view heading, norm via)
      : primary_{primary}, via_{via}, heading_{heading} {
    detail::require_legal_basis(!primary.section.empty());
  }

  /// The granting norm (§ 45 Abs. 1 SGB III for MAT).
  [[nodiscard]] constexpr norm primary() const noexcept { return primary_; }
  /// The SGB II norm through which an SGB III norm applies (§ 16 Abs. 1 Satz 2 Nr. 2 SGB II), if any.
  [[nodiscard]] constexpr std::optional<norm> via() const noexcept { return via_; }
  /// The official heading of the granting norm ("Einstiegsgeld").
  [[nodiscard]] constexpr std::string_view heading() const noexcept { return heading_; }

  /// "§ 16 Abs. 1 Satz 2 Nr. 2 SGB II i.V.m. § 45 Abs. 1 SGB III"
  [[nodiscard]] std::string text() const {
    std::string out;
    if (via_) out.append(via_->section).append(" ").append(abbreviation_of(via_->book)).append(" i.V.m. ");
    return out.append(primary_.section).append(" ").append(abbreviation_of(primary_.book));
  }

 private:
  // A measure declared at run time (declare_measure): checked there, with an error naming what is missing.
  friend struct detail::measure_block;
  struct checked_at_run_time {};
  constexpr legal_basis(checked_at_run_time, norm primary, std::string_view heading, std::optional<norm> via) noexcept
      : primary_{primary}, via_{via}, heading_{heading} {}

  norm primary_{};
  std::optional<norm> via_{};
  std::string_view heading_{};
};

/// Runtime id of one of amip's own measures: its row in `measures` (tests/static/measures.static.cpp checks the
/// order). A measure of one's own has none: name it by its tag, a measure_ref or an owned_measure.
enum class measure_id : unsigned char {
  mat,                 ///< Maßnahmen bei einem Träger
  avgs_mat,            ///< Aktivierungs- und Vermittlungsgutscheine MAT
  mag,                 ///< Maßnahmen bei einem Arbeitgeber
  fbw_nao,             ///< FbW, nicht abschlussorientiert
  fbw_ao,              ///< FbW, abschlussorientiert
  egz,                 ///< Betriebliche Eingliederungshilfen (EGZ)
  einstiegsgeld,       ///< Einstiegsgeld (§ 16b)
  p16c,                ///< Begleitende Hilfen für Selbständigkeit (§ 16c)
  asa,                 ///< Förderung benachteiligter Auszubildender einschl. AsA
  eq,                  ///< Einstiegsqualifizierung
  reha,                ///< Teilhabe behinderter Menschen am Arbeitsleben
  agh,                 ///< Arbeitsgelegenheiten (§ 16d)
  p16e,                ///< § 16e SGB II
  p16i,                ///< § 16i Teilhabe am Arbeitsmarkt
  p16f,                ///< Freie Förderung (§ 16f)
  p16h,                ///< Förderung schwer zu erreichender junger Menschen (§ 16h)
  vermittlungsbudget,  ///< Vermittlungsbudget (§ 44 SGB III)
  childcare,           ///< § 16a: Kinderbetreuung
  home_care,           ///< § 16a: Häusliche Pflege von Angehörigen
  debt_counselling,    ///< § 16a: Schuldnerberatung
  psychosocial,        ///< § 16a: Psychosoziale Betreuung und Suchtberatung
  p16k,                ///< § 16k: Coaching (Ganzheitliche Betreuung)
};

/// The traits of one measure: one row of amip's table, the `info` of a tag of one's own, or what a measure declared
/// at run time keeps. A measure_info without a legal basis does not compile.
struct measure_info {
  std::string_view key;          ///< stable ASCII key for files and reports ("fbw_ao")
  std::string_view german_name;  ///< as the seed prints it (running text, table or Abkürzungsverzeichnis)
  /// The name in English, for English reports and messages.
  std::string_view english_name;
  std::string_view abbreviation;  ///< from the seed's Abkürzungsverzeichnis, else the seed's own short form
  legal_basis basis;              ///< required: a row without it does not compile
  /// Zweckbestimmung: the purpose group of Anlage 1 the measure counts towards.
  purpose_group purpose;
  /// The budget line that pays the measure (the Eingliederungstitel (EGT), the Verwaltungshaushalt, ...).
  budget_line paid_from;
};

namespace detail {
inline constexpr norm p16_1_2_nr2{"§ 16 Abs. 1 Satz 2 Nr. 2", social_code::sgb_ii};  // Aktivierung, § 44 ff. SGB III
inline constexpr norm p16_1_2_nr3{"§ 16 Abs. 1 Satz 2 Nr. 3", social_code::sgb_ii};  // Berufsausbildung, § 54a
inline constexpr norm p16_1_2_nr5{"§ 16 Abs. 1 Satz 2 Nr. 5", social_code::sgb_ii};  // Aufnahme einer Beschäftigung
}  // namespace detail

// Legal bases checked against the law's text as in force for 2026 (SGB II, SGB III). FbW (§ 16 Abs. 1 Satz 2
// Nr. 4 SGB II) and Reha (§ 16 Abs. 1 Satz 3 SGB II) were repealed for SGB II with effect from 2025-01-01
// (Haushaltsfinanzierungsgesetz 2024); the Agentur für Arbeit grants and pays them under SGB III (seed, section 1:
// "zum 01.01.2025 umgesetzte Zuständigkeitsänderung"; Anlage 1: "ohne FbW / Reha").
// clang-format off
/// The national catalogue of measures, one row per measure_id, in that order. Names as the laws and the seed give them (running text, the § 16a table,
/// section 1 for § 16k, Abkürzungsverzeichnis); a programme's own printed row labels belong to its catalogue
/// (amip/programmes/duesseldorf_2026/anlage1.hpp).
inline constexpr std::array measures{
  measure_info{"mat", "Maßnahmen bei einem Träger",
               "Measures with a provider", "MAT",
               {{"§ 45 Abs. 1", social_code::sgb_iii}, "Maßnahmen zur Aktivierung und beruflichen Eingliederung", detail::p16_1_2_nr2},
               purpose_group::activation, budget_line::egt},
  measure_info{"avgs_mat", "Aktivierungs- und Vermittlungsgutscheine MAT",
               "Activation and placement vouchers for measures with a provider", "AVGS-MAT",
               {{"§ 45 Abs. 4", social_code::sgb_iii}, "Maßnahmen zur Aktivierung und beruflichen Eingliederung", detail::p16_1_2_nr2},
               purpose_group::activation, budget_line::egt},
  measure_info{"mag", "Maßnahmen bei einem Arbeitgeber",
               "Measures with an employer", "MAG",
               {{"§ 45 Abs. 1", social_code::sgb_iii}, "Maßnahmen zur Aktivierung und beruflichen Eingliederung", detail::p16_1_2_nr2},
               purpose_group::activation, budget_line::egt},
  measure_info{"fbw_nao", "nicht-abschlussorientierte FbW",
               "Further vocational training, not leading to a qualification", "FbW nao",
               {{"§§ 81 ff.", social_code::sgb_iii}, "Berufliche Weiterbildung"},
               purpose_group::vocational_training, budget_line::agency},
  measure_info{"fbw_ao", "abschlussorientierte FbW",
               "Further vocational training leading to a qualification", "FbW ao",
               {{"§§ 81 ff.", social_code::sgb_iii}, "Berufliche Weiterbildung"},
               purpose_group::vocational_training, budget_line::agency},
  measure_info{"egz", "Betriebliche Eingliederungshilfen",
               "Integration subsidies paid to employers", "EGZ",
               {{"§§ 88 ff.", social_code::sgb_iii}, "Eingliederungszuschuss", detail::p16_1_2_nr5},
               purpose_group::taking_up_work, budget_line::egt},
  measure_info{"einstiegsgeld", "Einstiegsgeld",
               "Start-up allowance", "ESG",
               {{"§ 16b", social_code::sgb_ii}, "Einstiegsgeld"},
               purpose_group::taking_up_work, budget_line::egt},
  measure_info{"p16c", "Begleitende Hilfen für Selbständigkeit nach § 16c SGB II",
               "Accompanying support for self-employment", "§ 16c",
               {{"§ 16c", social_code::sgb_ii}, "Leistungen zur Eingliederung von Selbständigen"},
               purpose_group::taking_up_work, budget_line::egt},
  measure_info{"asa", "Förderung benachteiligter Auszubildender einschl. AsA",
               "Support for disadvantaged apprentices incl. assisted training", "AsA",
               {{"§§ 74 ff.", social_code::sgb_iii}, "Assistierte Ausbildung", detail::p16_1_2_nr3},
               purpose_group::career_choice_and_training, budget_line::egt},
  measure_info{"eq", "Einstiegsqualifizierung",
               "Entry qualification", "EQ",
               {{"§ 54a", social_code::sgb_iii}, "Einstiegsqualifizierung", detail::p16_1_2_nr3},
               purpose_group::career_choice_and_training, budget_line::egt},
  measure_info{"reha", "Teilhabe behinderter Menschen am Arbeitsleben",
               "Participation of disabled people in working life", "Reha",
               {{"§§ 112 ff.", social_code::sgb_iii}, "Teilhabe am Arbeitsleben"},
               purpose_group::rehabilitation, budget_line::agency},
  measure_info{"agh", "Arbeitsgelegenheiten",
               "Work opportunities", "AGH",
               {{"§ 16d", social_code::sgb_ii}, "Arbeitsgelegenheiten"},
               purpose_group::subsidised_employment, budget_line::egt},
  measure_info{"p16e", "§ 16e SGB II",
               "Integration of the long-term unemployed", "§ 16e",
               {{"§ 16e", social_code::sgb_ii}, "Eingliederung von Langzeitarbeitslosen"},
               purpose_group::subsidised_employment, budget_line::egt},
  measure_info{"p16i", "§ 16i Teilhabe am Arbeitsmarkt",
               "Participation in the labour market", "§ 16i",
               {{"§ 16i", social_code::sgb_ii}, "Teilhabe am Arbeitsmarkt"},
               purpose_group::subsidised_employment, budget_line::egt},  // co-financed through the PAT (seed, section 2)
  measure_info{"p16f", "Freie Förderung nach § 16 f",
               "Free support", "§ 16f",
               {{"§ 16f", social_code::sgb_ii}, "Freie Förderung"},
               purpose_group::free_support, budget_line::egt},
  measure_info{"p16h", "§ 16h Förderung schwer zu erreichender junger Menschen",
               "Support for hard-to-reach young people", "§ 16h",
               {{"§ 16h", social_code::sgb_ii}, "Förderung schwer zu erreichender junger Menschen"},
               purpose_group::hard_to_reach_young_people, budget_line::egt},
  measure_info{"vermittlungsbudget", "Vermittlungsbudget",
               "Placement budget", "VB",
               {{"§ 44", social_code::sgb_iii}, "Förderung aus dem Vermittlungsbudget", detail::p16_1_2_nr2},
               purpose_group::outside_anlage_1, budget_line::egt},
  measure_info{"childcare", "Kinderbetreuung",
               "Childcare", "§ 16a Nr. 1",
               {{"§ 16a Nr. 1", social_code::sgb_ii}, "Kommunale Eingliederungsleistungen"},
               purpose_group::outside_anlage_1, budget_line::municipal},
  measure_info{"home_care", "Häusliche Pflege von Angehörigen",
               "Home care of relatives", "§ 16a Nr. 1",
               {{"§ 16a Nr. 1", social_code::sgb_ii}, "Kommunale Eingliederungsleistungen"},
               purpose_group::outside_anlage_1, budget_line::municipal},
  measure_info{"debt_counselling", "Schuldnerberatung",
               "Debt counselling", "§ 16a Nr. 2",
               {{"§ 16a Nr. 2", social_code::sgb_ii}, "Kommunale Eingliederungsleistungen"},
               purpose_group::outside_anlage_1, budget_line::municipal},
  measure_info{"psychosocial", "Psychosoziale Betreuung und Suchtberatung",
               "Psychosocial support and addiction counselling", "§ 16a Nr. 3 und 4",
               {{"§ 16a Nr. 3 und 4", social_code::sgb_ii}, "Kommunale Eingliederungsleistungen"},
               purpose_group::outside_anlage_1, budget_line::municipal},
  measure_info{"p16k", "Coaching im Sinne des neuen § 16k SGB II",
               "Holistic support (coaching)", "§ 16k",
               {{"§ 16k", social_code::sgb_ii}, "Ganzheitliche Betreuung"},
               purpose_group::outside_anlage_1, budget_line::egt},
};
// clang-format on

namespace detail {
[[nodiscard]] consteval bool measure_keys_are_unique() {
  for (std::size_t i = 0; i < measures.size(); ++i) {
    if (measures[i].key.empty()) return false;
    for (std::size_t j = 0; j < i; ++j) {
      if (measures[j].key == measures[i].key) return false;
    }
  }
  return true;
}
static_assert(measure_keys_are_unique(), "amip: every row of amip::measures needs a key of its own.");
static_assert(measures.size() == static_cast<std::size_t>(measure_id::p16k) + 1,
              "amip: every amip::measure_id needs one row in amip::measures.");
inline constexpr std::uint8_t not_amips_own = 0xFF;
static_assert(measures.size() < not_amips_own);

[[noreturn]] inline void throw_unknown_measure_id(std::size_t id);
}  // namespace detail

/// The traits of one of amip's own measures, by runtime id; throws std::out_of_range for a value that is no
/// measure_id.
[[nodiscard]] constexpr measure_info const& info_of(measure_id id) {
  auto const index = static_cast<std::size_t>(id);
  if (index >= measures.size()) detail::throw_unknown_measure_id(index);
  return measures[index];
}

/// The compile-time tag of one of amip's own measures; `amip::measure::mat` is its object.
template <measure_id Id>
struct measure_tag final {
  /// The measure's id.
  static constexpr measure_id id = Id;
  /// The measure's row of amip::measures.
  static constexpr measure_info const& info = measures[static_cast<std::size_t>(Id)];
  /// Tags of the same measure are equal; tags of different measures do not compare (different types).
  friend constexpr bool operator==(measure_tag, measure_tag) noexcept = default;

  /// A measure is not a unit: 5 * amip::measure::mat does not compile (write 5 * amip::entries).
  template <class T>
  requires(std::is_arithmetic_v<T>) friend AMIP_REJECTED(
      "a measure tag names a measure, it is not a unit; count with amip::entries, amip::persons or "
      "amip::cases and say which measure where the count is used")
  operator*(T, measure_tag) AMIP_DELETED;
};

/// The base of a measure of one's own declared in code, as a strong tag type (a Land programme, a local
/// instrument): derive a final, empty struct from it and give it its traits as `static constexpr measure_info
/// info`, whose legal basis is required at compile time as for amip's own measures:
///
///   struct jobaktiv_t final : amip::own_measure<jobaktiv_t> {
///     static constexpr amip::measure_info info{
///         .key = "jobaktiv", .german_name = "JobAktiv", .english_name = "JobActive", .abbreviation = "JA",
///         .basis = {{"§ 16f", amip::social_code::sgb_ii}, "Freie Förderung"},
///         .purpose = amip::purpose_group::free_support, .paid_from = amip::budget_line::egt};
///   };
///   inline constexpr jobaktiv_t jobaktiv{};
///
/// Its object goes wherever amip::measure::mat goes: a catalogue's line, plan.total(jobaktiv, …), a cost rate, a
/// rule. Its key must not be one of amip's (the same key is the same measure).
template <class Self>
struct own_measure {
  /// A tag type has one value: two objects of it are the same measure.
  friend constexpr bool operator==(Self, Self) noexcept { return true; }

  /// A measure is not a unit: 5 * jobaktiv does not compile (write 5 * amip::entries).
  template <class T>
  requires(std::is_arithmetic_v<T>) friend AMIP_REJECTED(
      "a measure tag names a measure, it is not a unit; count with amip::entries, amip::persons or "
      "amip::cases and say which measure where the count is used")
  operator*(T, Self) AMIP_DELETED;
};

namespace detail {
template <class T>
inline constexpr bool is_measure_tag = false;
template <measure_id Id>
inline constexpr bool is_measure_tag<measure_tag<Id>> = true;

template <class T>
concept own_measure_tag = std::derived_from<T, own_measure<T>> && std::is_empty_v<T> && requires {
  { T::info } -> std::same_as<measure_info const&>;
};
}  // namespace detail

/// A tag of one of amip's own measures, e.g. decltype(amip::measure::mat).
template <class T>
concept BuiltinMeasureTag = detail::is_measure_tag<std::remove_cvref_t<T>>;

/// A measure's tag type: amip's own (decltype(amip::measure::mat)) or one's own (derived from amip::own_measure).
template <class T>
concept MeasureTag = BuiltinMeasureTag<T> || detail::own_measure_tag<std::remove_cvref_t<T>>;

/// The tag objects, one per measure of amip's own.
namespace measure {
/// The tag of measure_id::mat: Maßnahmen bei einem Träger.
inline constexpr measure_tag<measure_id::mat> mat{};
/// The tag of measure_id::avgs_mat: Aktivierungs- und Vermittlungsgutscheine MAT.
inline constexpr measure_tag<measure_id::avgs_mat> avgs_mat{};
/// The tag of measure_id::mag: Maßnahmen bei einem Arbeitgeber.
inline constexpr measure_tag<measure_id::mag> mag{};
/// The tag of measure_id::fbw_nao: FbW, nicht abschlussorientiert.
inline constexpr measure_tag<measure_id::fbw_nao> fbw_nao{};
/// The tag of measure_id::fbw_ao: FbW, abschlussorientiert.
inline constexpr measure_tag<measure_id::fbw_ao> fbw_ao{};
/// The tag of measure_id::egz: Betriebliche Eingliederungshilfen (EGZ).
inline constexpr measure_tag<measure_id::egz> egz{};
/// The tag of measure_id::einstiegsgeld: Einstiegsgeld (§ 16b).
inline constexpr measure_tag<measure_id::einstiegsgeld> einstiegsgeld{};
/// The tag of measure_id::p16c: Begleitende Hilfen für Selbständigkeit (§ 16c).
inline constexpr measure_tag<measure_id::p16c> p16c{};
/// The tag of measure_id::asa: Förderung benachteiligter Auszubildender einschl. AsA.
inline constexpr measure_tag<measure_id::asa> asa{};
/// The tag of measure_id::eq: Einstiegsqualifizierung.
inline constexpr measure_tag<measure_id::eq> eq{};
/// The tag of measure_id::reha: Teilhabe behinderter Menschen am Arbeitsleben.
inline constexpr measure_tag<measure_id::reha> reha{};
/// The tag of measure_id::agh: Arbeitsgelegenheiten (§ 16d).
inline constexpr measure_tag<measure_id::agh> agh{};
/// The tag of measure_id::p16e: § 16e SGB II.
inline constexpr measure_tag<measure_id::p16e> p16e{};
/// The tag of measure_id::p16i: § 16i Teilhabe am Arbeitsmarkt.
inline constexpr measure_tag<measure_id::p16i> p16i{};
/// The tag of measure_id::p16f: Freie Förderung (§ 16f).
inline constexpr measure_tag<measure_id::p16f> p16f{};
/// The tag of measure_id::p16h: Förderung schwer zu erreichender junger Menschen (§ 16h).
inline constexpr measure_tag<measure_id::p16h> p16h{};
/// The tag of measure_id::vermittlungsbudget: Vermittlungsbudget (§ 44 SGB III).
inline constexpr measure_tag<measure_id::vermittlungsbudget> vermittlungsbudget{};
/// The tag of measure_id::childcare: § 16a: Kinderbetreuung.
inline constexpr measure_tag<measure_id::childcare> childcare{};
/// The tag of measure_id::home_care: § 16a: Häusliche Pflege von Angehörigen.
inline constexpr measure_tag<measure_id::home_care> home_care{};
/// The tag of measure_id::debt_counselling: § 16a: Schuldnerberatung.
inline constexpr measure_tag<measure_id::debt_counselling> debt_counselling{};
/// The tag of measure_id::psychosocial: § 16a: Psychosoziale Betreuung und Suchtberatung.
inline constexpr measure_tag<measure_id::psychosocial> psychosocial{};
/// The tag of measure_id::p16k: § 16k: Coaching (Ganzheitliche Betreuung).
inline constexpr measure_tag<measure_id::p16k> p16k{};
}  // namespace measure

class owned_measure;

/// A measure, as a view of its traits: one of amip's own (from a measure_id or tag), a tag of one's own, or an
/// owned_measure declared at run time. A view, as its name says: a measure_ref of an owned_measure is valid while
/// that owned_measure (or a copy of it, e.g. in a catalogue's owned lines) lives; the others never dangle
/// (is_static()). Compares by key: two measures with the same key are the same measure.
class measure_ref {
 public:
  /// One of amip's own; throws std::out_of_range for a value that is no measure_id.
  constexpr measure_ref(measure_id id)  // NOLINT(google-explicit-constructor): an id names a measure
      : info_{&info_of(id)}, amips_own_{static_cast<std::uint8_t>(id)}, static_{true} {}
  /// amip's tag or one's own.
  template <MeasureTag T>
  constexpr measure_ref(T) noexcept  // NOLINT(google-explicit-constructor): a tag names a measure
      : info_{&std::remove_cvref_t<T>::info}, static_{true} {
    if constexpr (BuiltinMeasureTag<T>) amips_own_ = static_cast<std::uint8_t>(std::remove_cvref_t<T>::id);
  }
  /// A measure of static data (a table of measure_info constants of one's own): viewed; `info` must live as long
  /// as the program, as a constexpr variable at namespace scope does.
  [[nodiscard]] static constexpr measure_ref of_static(measure_info const& info) noexcept {
    for (std::size_t i = 0; i < measures.size(); ++i) {
      if (&measures[i] == &info) return measure_ref{&info, static_cast<std::uint8_t>(i), true};
    }
    return measure_ref{&info, detail::not_amips_own, true};
  }

  /// The measure's traits; valid as long as the measure (see above).
  [[nodiscard]] constexpr measure_info const& info() const noexcept { return *info_; }
  /// The measure's stable key ("mat", "jobaktiv"), which identifies it; valid as long as info().
  [[nodiscard]] constexpr std::string_view key() const noexcept { return info_->key; }
  /// The measure_id when this is one of amip's own measures.
  [[nodiscard]] constexpr std::optional<measure_id> amips_own() const noexcept {
    if (amips_own_ == detail::not_amips_own) return std::nullopt;
    return static_cast<measure_id>(amips_own_);
  }
  /// Whether the traits are static data (amip's own, a tag's, of_static): they outlive everything.
  [[nodiscard]] constexpr bool is_static() const noexcept { return static_; }
  /// The key as a value keeps it (a finding's concerned line): viewed when static, else copied.
  [[nodiscard]] constexpr text key_text() const { return static_ ? text::of_static(key()) : text{key()}; }
  /// The abbreviation as a value keeps it: viewed when static, else copied.
  [[nodiscard]] constexpr text abbreviation_text() const {
    return static_ ? text::of_static(info_->abbreviation) : text{info_->abbreviation};
  }

  /// The same measure: the same key (amip's own compare by id).
  friend constexpr bool operator==(measure_ref a, measure_ref b) noexcept {
    if (a.amips_own_ != detail::not_amips_own && b.amips_own_ != detail::not_amips_own) {
      return a.amips_own_ == b.amips_own_;
    }
    return a.info_ == b.info_ || a.key() == b.key();
  }
  /// Whether the measure is this one of amip's own (by key where it is not amip's own by id).
  friend constexpr bool operator==(measure_ref a, measure_id b) noexcept {
    if (a.amips_own_ != detail::not_amips_own) return a.amips_own_ == static_cast<std::uint8_t>(b);
    auto const index = static_cast<std::size_t>(b);
    return index < measures.size() && a.key() == measures[index].key;
  }

 private:
  friend class owned_measure;
  constexpr measure_ref(measure_info const* info, std::uint8_t amips_own, bool is_static) noexcept
      : info_{info}, amips_own_{amips_own}, static_{is_static} {}

  measure_info const* info_;
  std::uint8_t amips_own_ = detail::not_amips_own;
  bool static_ = false;
};

/// What a measure declared at run time is made from (a file, a form, a database row): all of it copied by
/// declare_measure. Required: the key, the German name, the legal basis (section and book), the purpose group and
/// the budget line that pays it; the English name defaults to the German one.
struct measure_data {
  std::string key;           ///< stable ASCII key: letters, digits, '_', '.', '-' ("jobcoaching_plus")
  std::string german_name;   ///< "Jobcoaching Plus"
  std::string english_name;  ///< empty: the German name
  std::string abbreviation;  ///< may be empty
  std::string section;                 ///< the granting norm's section: "§ 16f", "§ 45 Abs. 1"
  std::optional<social_code> book{};   ///< its book: SGB II or SGB III
  std::string heading;                 ///< the norm's official heading ("Freie Förderung"); may be empty
  std::string via_section;             ///< the SGB II norm it applies through, if any ("§ 16 Abs. 1 Satz 2 Nr. 2")
  /// The book of via_section: given exactly where via_section is (else amip::invalid_measure).
  std::optional<social_code> via_book{};
  std::optional<purpose_group> purpose{};  ///< Zweckbestimmung (purpose_group::outside_anlage_1 beside Anlage 1)
  std::optional<budget_line> paid_from{};  ///< the budget that pays it
};

/// A legal basis read from text (a file's cell, a form): the granting norm and the norm it applies through, as
/// measure_data takes them; or why the text is none (`problem`, a clause such as "it names no book ...").
struct legal_basis_reading {
  std::string section;                ///< the granting norm's section: "§ 45 Abs. 1"
  std::optional<social_code> book{};  ///< its book
  std::string via_section;            ///< the norm it applies through, if any: "§ 16 Abs. 1 Satz 2 Nr. 2"
  /// The book of via_section.
  std::optional<social_code> via_book{};
  std::string problem;  ///< empty when the text is a legal basis
  /// Whether the text is a legal basis (problem is empty).
  [[nodiscard]] bool ok() const noexcept { return problem.empty(); }
};

namespace detail {
[[nodiscard]] constexpr bool is_blank_char(char c) noexcept { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
[[nodiscard]] constexpr std::string_view trimmed_spaces(std::string_view t) noexcept {
  while (!t.empty() && is_blank_char(t.front())) t.remove_prefix(1);
  while (!t.empty() && is_blank_char(t.back())) t.remove_suffix(1);
  return t;
}
[[nodiscard]] constexpr char lowered_ascii(char c) noexcept {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}
[[nodiscard]] constexpr bool same_ascii_words(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lowered_ascii(a[i]) != lowered_ascii(b[i])) return false;
  }
  return true;
}
// Where " i.V.m. " (any case, spaces or tabs around) joins two norms in `text`, from `from` on; npos if nowhere.
[[nodiscard]] constexpr std::size_t find_ivm(std::string_view text, std::size_t from = 0) noexcept {
  constexpr std::string_view word = "i.v.m.";
  for (std::size_t i = from; i + word.size() <= text.size(); ++i) {
    bool const spaced_before = i > 0 && is_blank_char(text[i - 1]);
    bool const spaced_after = i + word.size() < text.size() && is_blank_char(text[i + word.size()]);
    if (spaced_before && spaced_after && same_ascii_words(text.substr(i, word.size()), word)) return i;
  }
  return std::string_view::npos;
}
// One norm, "<section> SGB II" or "<section> SGB III" (the book also "SGB 2", "SGB 3", any case): its section and
// book, or the problem.
inline void read_norm(std::string_view text, std::string& section, std::optional<social_code>& book,
                      std::string& problem) {
  text = trimmed_spaces(text);
  auto const quoted = [](std::string_view t) { return "\"" + std::string(t) + "\""; };
  // The last two words: "SGB" and the book's numeral; what comes before them is the section.
  auto const last_space = text.find_last_of(" \t\r\n");
  auto const numeral = last_space == std::string_view::npos ? text : text.substr(last_space + 1);
  auto const rest =
      last_space == std::string_view::npos ? std::string_view{} : trimmed_spaces(text.substr(0, last_space));
  auto const sgb_space = rest.find_last_of(" \t\r\n");
  auto const sgb = sgb_space == std::string_view::npos ? rest : rest.substr(sgb_space + 1);
  auto const before =
      sgb_space == std::string_view::npos ? std::string_view{} : trimmed_spaces(rest.substr(0, sgb_space));
  std::optional<social_code> read_book;
  if (same_ascii_words(numeral, "ii") || numeral == "2") read_book = social_code::sgb_ii;
  if (same_ascii_words(numeral, "iii") || numeral == "3") read_book = social_code::sgb_iii;
  if (!same_ascii_words(sgb, "sgb")) {
    problem = "the norm " + quoted(text) + " names no book at its end (SGB II or SGB III)";
    return;
  }
  if (!read_book) {
    problem = "the book " + quoted(text.substr(static_cast<std::size_t>(sgb.data() - text.data()))) +
              " is neither SGB II nor SGB III";
    return;
  }
  if (before.empty()) {
    problem = "the norm " + quoted(text) + " has no section before its book (such as \"§ 16f\")";
    return;
  }
  if (!before.starts_with("\xC2\xA7")) {
    problem = "the section " + quoted(before) + " does not start with \"§\"";
    return;
  }
  section = std::string(before);
  book = read_book;
}
}  // namespace detail

/// Reads a legal basis as amip writes it (legal_basis::text()) and as laws are cited: one norm, "§ 16f SGB II",
/// "§§ 81 ff. SGB III", or two joined by "i.V.m.", "§ 16 Abs. 1 Satz 2 Nr. 2 SGB II i.V.m. § 45 Abs. 1 SGB III".
/// A norm is a section starting with "§" and its book, SGB II or SGB III ("SGB 2", "SGB 3" and any case are read
/// too), separated by spaces (or tabs, line breaks). Of two norms, the first is the one the second applies through
/// (as legal_basis::text() writes them), except an SGB III norm before an SGB II norm: "§ 45 Abs. 1 SGB III i.V.m.
/// § 16 Abs. 1 SGB II" grants under § 45 SGB III through § 16 SGB II, the same basis as the other order. Spaces
/// around are ignored.
[[nodiscard]] inline legal_basis_reading read_legal_basis(std::string_view text) {
  legal_basis_reading out;
  text = detail::trimmed_spaces(text);
  if (text.empty()) {
    out.problem = "it is empty";
    return out;
  }
  auto const join = detail::find_ivm(text);
  if (join == std::string_view::npos) {
    detail::read_norm(text, out.section, out.book, out.problem);
    return out;
  }
  if (detail::find_ivm(text, join + 1) != std::string_view::npos) {
    out.problem = "it joins more than two norms with \"i.V.m.\"";
    return out;
  }
  legal_basis_reading first;
  legal_basis_reading second;
  detail::read_norm(text.substr(0, join), first.section, first.book, out.problem);
  if (!out.problem.empty()) return out;
  detail::read_norm(text.substr(join + 6), second.section, second.book, out.problem);
  if (!out.problem.empty()) return out;
  bool const granting_first = first.book == social_code::sgb_iii && second.book == social_code::sgb_ii;
  auto& granting = granting_first ? first : second;
  auto& via = granting_first ? second : first;
  out.section = std::move(granting.section);
  out.book = granting.book;
  out.via_section = std::move(via.section);
  out.via_book = via.book;
  return out;
}

/// Thrown when a measure declared at run time lacks what a measure needs (its legal basis, a name, a key): the
/// message names the measure and everything that is missing.
class invalid_measure : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

namespace detail {
// What a measure declared at run time owns: its texts, and its traits as views of them.
struct measure_block final : shared_block {
  explicit measure_block(measure_data const& d)
      : key{d.key},
        german_name{d.german_name},
        english_name{d.english_name.empty() ? d.german_name : d.english_name},
        abbreviation{d.abbreviation},
        section{d.section},
        heading{d.heading},
        via_section{d.via_section},
        info{key,
             german_name,
             english_name,
             abbreviation,
             legal_basis{legal_basis::checked_at_run_time{}, norm{section, *d.book}, heading,
                         d.via_book ? std::optional<norm>{norm{via_section, *d.via_book}} : std::nullopt},
             *d.purpose,
             *d.paid_from} {}
  std::string const key;
  std::string const german_name;
  std::string const english_name;
  std::string const abbreviation;
  std::string const section;
  std::string const heading;
  std::string const via_section;
  measure_info const info;
};
}  // namespace detail

/// A measure that keeps its traits alive: amip's own or a tag (static: nothing to keep, usable in constant
/// expressions), or a measure declared at run time (declare_measure), whose traits every copy shares. What a
/// catalogue's owned lines, a cost model and a plan read from a file hold.
class owned_measure {
 public:
  /// One of amip's own (static); throws std::out_of_range for a value that is no measure_id.
  constexpr owned_measure(measure_id id) : ref_{id} {}  // NOLINT(google-explicit-constructor)
  /// amip's tag or one's own (static).
  template <MeasureTag T>
  constexpr owned_measure(T tag) noexcept : ref_{tag} {}  // NOLINT(google-explicit-constructor)

  /// The measure as a view; valid while this owned_measure or a copy of it lives.
  [[nodiscard]] constexpr measure_ref ref() const& noexcept { return ref_; }
  AMIP_REJECTED("a view of a temporary measure would dangle at once; keep the measure in a variable first")
  ref() const&& AMIP_DELETED;
  /// The measure as a view, as ref(); not from a temporary.
  constexpr operator measure_ref() const& noexcept { return ref_; }  // NOLINT(google-explicit-constructor)
  operator measure_ref() const&& = delete;
  /// The measure's traits; valid while this owned_measure or a copy of it lives.
  [[nodiscard]] constexpr measure_info const& info() const& noexcept AMIP_LIFETIMEBOUND { return ref_.info(); }
  AMIP_REJECTED("the traits of a temporary measure would dangle at once; keep the measure in a variable first")
  info() const&& AMIP_DELETED;
  /// The measure's stable key; valid while this owned_measure or a copy of it lives.
  [[nodiscard]] constexpr std::string_view key() const& noexcept AMIP_LIFETIMEBOUND { return ref_.key(); }
  AMIP_REJECTED("the key of a temporary measure would dangle at once; keep the measure in a variable first")
  key() const&& AMIP_DELETED;
  /// Whether it holds traits of its own (declared at run time), else it views static data.
  [[nodiscard]] constexpr bool owns() const noexcept { return owner_.holds(); }

  /// @name Comparison
  //@{
  /// The same measure: the same key, as measure_ref compares.
  friend constexpr bool operator==(owned_measure const& a, owned_measure const& b) noexcept {
    return a.ref_ == b.ref_;
  }
  friend constexpr bool operator==(owned_measure const& a, measure_ref b) noexcept { return a.ref_ == b; }
  friend constexpr bool operator==(owned_measure const& a, measure_id b) noexcept { return a.ref_ == b; }
  //@}

 private:
  friend owned_measure declare_measure(measure_data const& data);
  explicit owned_measure(detail::shared_ref owner) noexcept
      : ref_{&static_cast<detail::measure_block const&>(*owner.get()).info, detail::not_amips_own, false},
        owner_{std::move(owner)} {}

  measure_ref ref_;
  detail::shared_ref owner_{};
};

/// A measure of any kind: a tag, a measure_id, a measure_ref or an owned_measure.
template <class T>
concept Measure = MeasureTag<T> || std::same_as<std::remove_cvref_t<T>, measure_id> ||
                  std::same_as<std::remove_cvref_t<T>, measure_ref> ||
                  std::same_as<std::remove_cvref_t<T>, owned_measure>;

/// The traits of a measure, by tag: info_of(amip::measure::mat).
template <MeasureTag Tag>
[[nodiscard]] constexpr measure_info const& info_of(Tag) noexcept {
  return std::remove_cvref_t<Tag>::info;
}
/// The traits of any measure; valid as long as the measure (see measure_ref).
[[nodiscard]] constexpr measure_info const& info_of(measure_ref m) noexcept { return m.info(); }
template <class Tag>
requires(!Measure<Tag> && !std::same_as<Tag, purpose_group> && !std::same_as<Tag, budget_line>)
    AMIP_REJECTED("info_of expects a measure tag such as amip::measure::mat, a measure_id or a measure_ref")
info_of(Tag) AMIP_DELETED;

/// The runtime id of one of amip's own measure tags (a measure of one's own has none: use amip::measure_ref).
template <BuiltinMeasureTag Tag>
[[nodiscard]] constexpr measure_id id_of(Tag) noexcept {
  return std::remove_cvref_t<Tag>::id;
}
template <class Tag>
requires(!BuiltinMeasureTag<Tag>) AMIP_REJECTED(
    "id_of expects a measure tag of amip itself such as amip::measure::mat; a measure declared by a user has "
    "no measure_id, name it by its tag or an amip::measure_ref")
id_of(Tag) AMIP_DELETED;

/// Thrown when a text names no measure of the catalogue.
class unknown_measure : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

/// amip's own measure with this stable key ("fbw_ao"), if any.
[[nodiscard]] constexpr std::optional<measure_id> measure_from_key(std::string_view key) noexcept {
  for (std::size_t i = 0; i < measures.size(); ++i) {
    if (measures[i].key == key) return static_cast<measure_id>(i);
  }
  return std::nullopt;
}

namespace detail {
/// How to declare a measure amip does not know: said wherever an unknown key is refused.
inline constexpr std::string_view how_to_declare_a_measure =
    "a measure of one's own is declared at run time with amip::declare_measure or in code as a tag derived from "
    "amip::own_measure, and given to the reader in csv_read_options::measures";
}  // namespace detail

/// amip's own measure with this stable key; throws amip::unknown_measure naming the key, the known keys and how to
/// declare a measure of one's own.
[[nodiscard]] inline measure_id parse_measure_key(std::string_view key) {
  if (auto id = measure_from_key(key)) return *id;
  std::string known;
  for (auto const& m : measures) known.append(known.empty() ? "" : ", ").append(m.key);
  throw unknown_measure("amip: unknown measure key \"" + std::string(key) + "\"; known keys: " + known + "; " +
                        std::string(detail::how_to_declare_a_measure));
}

/// Declares a measure of one's own from data; the result owns copies of every text. Throws amip::invalid_measure
/// naming the measure and everything missing: the key (or a key that is not ASCII letters, digits, '_', '.',
/// '-', or is one of amip's own), the German name, the legal basis (section and book; a via norm needs both as
/// well), the purpose group, the budget line.
[[nodiscard]] inline owned_measure declare_measure(measure_data const& data) {
  std::vector<std::string> missing;
  auto const is_key_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
           c == '-';
  };
  if (data.key.empty()) {
    missing.emplace_back("no key");
  } else if (!std::all_of(data.key.begin(), data.key.end(), is_key_char)) {
    missing.emplace_back("a key that is not ASCII letters, digits, '_', '.' and '-'");
  } else if (auto const own = measure_from_key(data.key)) {
    missing.emplace_back("the key of amip's own measure \"" + std::string(info_of(*own).german_name) +
                         "\" (use amip::measure_id or amip::measure, or choose another key)");
  }
  if (data.german_name.empty()) missing.emplace_back("no German name");
  if (data.section.empty() && !data.book) {
    missing.emplace_back("no legal basis (a section such as \"§ 16f\" and its book, SGB II or SGB III)");
  } else if (data.section.empty()) {
    missing.emplace_back("no section in its legal basis (such as \"§ 16f\")");
  } else if (!data.book) {
    missing.emplace_back("no book in its legal basis (SGB II or SGB III)");
  }
  if (data.via_section.empty() != !data.via_book) {
    missing.emplace_back(data.via_section.empty() ? "a via norm without a section" : "a via norm without a book");
  }
  if (!data.purpose) missing.emplace_back("no purpose group");
  if (!data.paid_from) missing.emplace_back("no budget line that pays it");
  if (!missing.empty()) {
    std::string list;
    for (std::size_t i = 0; i < missing.size(); ++i) {
      list.append(i == 0 ? "" : i + 1 == missing.size() ? " and " : ", ").append(missing[i]);
    }
    auto const name = !data.key.empty() ? "\"" + data.key + "\""
                      : !data.german_name.empty() ? "\"" + data.german_name + "\""
                                                  : std::string("without a key or name");
    throw invalid_measure("amip: the measure " + name + " cannot be declared: it has " + list);
  }
  return owned_measure{detail::shared_ref{new detail::measure_block{data}}};
}

/// Calls f(measure_tag<Id>{}) for each of amip's own measures, in table order; usable in constant expressions.
template <class F>
constexpr void for_each_measure_tag(F&& f) {
  [&]<std::size_t... I>(std::index_sequence<I...>) { (f(measure_tag<static_cast<measure_id>(I)>{}), ...); }
  (std::make_index_sequence<measures.size()>{});
}

namespace detail {
[[noreturn]] inline void throw_unknown_measure_id(std::size_t id) {
  throw std::out_of_range("amip: " + std::to_string(id) + " is not a measure_id (there are " +
                          std::to_string(measures.size()) + ")");
}
template <std::size_t I, class F>
constexpr decltype(auto) visit_measure_from(std::size_t id, F&& f) {
  if constexpr (I + 1 < measures.size()) {
    if (id != I) return visit_measure_from<I + 1>(id, std::forward<F>(f));
  }
  return std::forward<F>(f)(measure_tag<static_cast<measure_id>(I)>{});
}
}  // namespace detail

/// Calls f with the tag of a runtime id (the way back from measure_id to measure_tag) and returns what f returns;
/// f must return the same type for every tag. Throws std::out_of_range for a value that is no measure_id.
template <class F>
constexpr decltype(auto) visit_measure(measure_id id, F&& f) {
  auto const index = static_cast<std::size_t>(id);
  if (index >= measures.size()) detail::throw_unknown_measure_id(index);
  return detail::visit_measure_from<0>(index, std::forward<F>(f));
}

}  // namespace amip
