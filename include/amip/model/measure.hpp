// The measure catalogue: every measure of the programme as a runtime id, a strong tag type and a table row
// of traits (the model layer).
//
// Synopsis
//
//   namespace amip {
//   enum class measure_id { mat, avgs_mat, mag, fbw_nao, fbw_ao, ... };   // runtime id
//   template <measure_id Id> struct measure_tag;                          // compile-time tag
//   namespace measure { inline constexpr measure_tag<measure_id::mat> mat; ... }
//   struct measure_info { id, key, german_name, english_name, abbreviation,
//                         basis, purpose, paid_from };
//   inline constexpr std::array<measure_info, N> measures;                // the catalogue, a range
//   constexpr measure_info const& info_of(measure_id);  info_of(measure::mat);
//   constexpr std::optional<measure_id> measure_from_key(std::string_view);
//   measure_id parse_measure_key(std::string_view);                      // throws amip::unknown_measure
//   template <class F> constexpr void for_each_measure_tag(F);            // f(measure_tag<Id>{}) for all ids
//   template <class F> constexpr decltype(auto) visit_measure(measure_id, F);   // runtime id -> tag
//   }
//
// Adding a measure is one enumerator and one row of `measures`: tags, iteration and lookup follow.
#pragma once

#include <array>
#include <concepts>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <amip/core/diagnostics.hpp>
#include <amip/model/budget_line.hpp>
#include <amip/model/purpose.hpp>

namespace amip {

/// Sozialgesetzbuch: the book of German social law a norm belongs to.
enum class social_code : unsigned char {
  sgb_ii,   ///< SGB II: Grundsicherung für Arbeitsuchende
  sgb_iii,  ///< SGB III: Arbeitsförderung
};

[[nodiscard]] constexpr std::string_view abbreviation_of(social_code c) noexcept {
  return c == social_code::sgb_ii ? "SGB II" : "SGB III";
}

/// One norm: a section of a book, e.g. {"§ 45 Abs. 4", social_code::sgb_iii}.
struct norm {
  std::string_view section;  ///< "§ 16b", "§ 45 Abs. 4", "§§ 81 ff."
  social_code book;
};

namespace detail {
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
  consteval legal_basis(norm primary, std::string_view heading) : primary_{primary}, heading_{heading} {
    detail::require_legal_basis(!primary.section.empty());
  }
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
  norm primary_{};
  std::optional<norm> via_{};
  std::string_view heading_{};
};

/// Runtime id of a measure; the order is the order of `measures`.
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

/// The traits of one measure: one row of the catalogue.
struct measure_info {
  measure_id id;
  std::string_view key;          ///< stable ASCII key for files and reports ("fbw_ao")
  std::string_view german_name;  ///< as the seed prints it (running text, table or Abkürzungsverzeichnis)
  std::string_view english_name;
  std::string_view abbreviation;  ///< from the seed's Abkürzungsverzeichnis, else the seed's own short form
  legal_basis basis;              ///< required: a row without it does not compile
  purpose_group purpose;
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
/// The national catalogue of measures. Names as the laws and the seed give them (running text, the § 16a table,
/// section 1 for § 16k, Abkürzungsverzeichnis); a programme's own printed row labels belong to its catalogue
/// (amip/programmes/duesseldorf_2026/anlage1.hpp).
inline constexpr std::array measures{
  measure_info{measure_id::mat, "mat", "Maßnahmen bei einem Träger",
               "Measures with a provider", "MAT",
               {{"§ 45 Abs. 1", social_code::sgb_iii}, "Maßnahmen zur Aktivierung und beruflichen Eingliederung", detail::p16_1_2_nr2},
               purpose_group::activation, budget_line::egt},
  measure_info{measure_id::avgs_mat, "avgs_mat", "Aktivierungs- und Vermittlungsgutscheine MAT",
               "Activation and placement vouchers for measures with a provider", "AVGS-MAT",
               {{"§ 45 Abs. 4", social_code::sgb_iii}, "Maßnahmen zur Aktivierung und beruflichen Eingliederung", detail::p16_1_2_nr2},
               purpose_group::activation, budget_line::egt},
  measure_info{measure_id::mag, "mag", "Maßnahmen bei einem Arbeitgeber",
               "Measures with an employer", "MAG",
               {{"§ 45 Abs. 1", social_code::sgb_iii}, "Maßnahmen zur Aktivierung und beruflichen Eingliederung", detail::p16_1_2_nr2},
               purpose_group::activation, budget_line::egt},
  measure_info{measure_id::fbw_nao, "fbw_nao", "nicht-abschlussorientierte FbW",
               "Further vocational training, not leading to a qualification", "FbW nao",
               {{"§§ 81 ff.", social_code::sgb_iii}, "Berufliche Weiterbildung"},
               purpose_group::vocational_training, budget_line::agency},
  measure_info{measure_id::fbw_ao, "fbw_ao", "abschlussorientierte FbW",
               "Further vocational training leading to a qualification", "FbW ao",
               {{"§§ 81 ff.", social_code::sgb_iii}, "Berufliche Weiterbildung"},
               purpose_group::vocational_training, budget_line::agency},
  measure_info{measure_id::egz, "egz", "Betriebliche Eingliederungshilfen",
               "Integration subsidies paid to employers", "EGZ",
               {{"§§ 88 ff.", social_code::sgb_iii}, "Eingliederungszuschuss", detail::p16_1_2_nr5},
               purpose_group::taking_up_work, budget_line::egt},
  measure_info{measure_id::einstiegsgeld, "einstiegsgeld", "Einstiegsgeld",
               "Start-up allowance", "ESG",
               {{"§ 16b", social_code::sgb_ii}, "Einstiegsgeld"},
               purpose_group::taking_up_work, budget_line::egt},
  measure_info{measure_id::p16c, "p16c", "Begleitende Hilfen für Selbständigkeit nach § 16c SGB II",
               "Accompanying support for self-employment", "§ 16c",
               {{"§ 16c", social_code::sgb_ii}, "Leistungen zur Eingliederung von Selbständigen"},
               purpose_group::taking_up_work, budget_line::egt},
  measure_info{measure_id::asa, "asa", "Förderung benachteiligter Auszubildender einschl. AsA",
               "Support for disadvantaged apprentices incl. assisted training", "AsA",
               {{"§§ 74 ff.", social_code::sgb_iii}, "Assistierte Ausbildung", detail::p16_1_2_nr3},
               purpose_group::career_choice_and_training, budget_line::egt},
  measure_info{measure_id::eq, "eq", "Einstiegsqualifizierung",
               "Entry qualification", "EQ",
               {{"§ 54a", social_code::sgb_iii}, "Einstiegsqualifizierung", detail::p16_1_2_nr3},
               purpose_group::career_choice_and_training, budget_line::egt},
  measure_info{measure_id::reha, "reha", "Teilhabe behinderter Menschen am Arbeitsleben",
               "Participation of disabled people in working life", "Reha",
               {{"§§ 112 ff.", social_code::sgb_iii}, "Teilhabe am Arbeitsleben"},
               purpose_group::rehabilitation, budget_line::agency},
  measure_info{measure_id::agh, "agh", "Arbeitsgelegenheiten",
               "Work opportunities", "AGH",
               {{"§ 16d", social_code::sgb_ii}, "Arbeitsgelegenheiten"},
               purpose_group::subsidised_employment, budget_line::egt},
  measure_info{measure_id::p16e, "p16e", "§ 16e SGB II",
               "Integration of the long-term unemployed", "§ 16e",
               {{"§ 16e", social_code::sgb_ii}, "Eingliederung von Langzeitarbeitslosen"},
               purpose_group::subsidised_employment, budget_line::egt},
  measure_info{measure_id::p16i, "p16i", "§ 16i Teilhabe am Arbeitsmarkt",
               "Participation in the labour market", "§ 16i",
               {{"§ 16i", social_code::sgb_ii}, "Teilhabe am Arbeitsmarkt"},
               purpose_group::subsidised_employment, budget_line::egt},  // co-financed through the PAT (seed, section 2)
  measure_info{measure_id::p16f, "p16f", "Freie Förderung nach § 16 f",
               "Free support", "§ 16f",
               {{"§ 16f", social_code::sgb_ii}, "Freie Förderung"},
               purpose_group::free_support, budget_line::egt},
  measure_info{measure_id::p16h, "p16h", "§ 16h Förderung schwer zu erreichender junger Menschen",
               "Support for hard-to-reach young people", "§ 16h",
               {{"§ 16h", social_code::sgb_ii}, "Förderung schwer zu erreichender junger Menschen"},
               purpose_group::hard_to_reach_young_people, budget_line::egt},
  measure_info{measure_id::vermittlungsbudget, "vermittlungsbudget", "Vermittlungsbudget",
               "Placement budget", "VB",
               {{"§ 44", social_code::sgb_iii}, "Förderung aus dem Vermittlungsbudget", detail::p16_1_2_nr2},
               purpose_group::outside_anlage_1, budget_line::egt},
  measure_info{measure_id::childcare, "childcare", "Kinderbetreuung",
               "Childcare", "§ 16a Nr. 1",
               {{"§ 16a Nr. 1", social_code::sgb_ii}, "Kommunale Eingliederungsleistungen"},
               purpose_group::outside_anlage_1, budget_line::municipal},
  measure_info{measure_id::home_care, "home_care", "Häusliche Pflege von Angehörigen",
               "Home care of relatives", "§ 16a Nr. 1",
               {{"§ 16a Nr. 1", social_code::sgb_ii}, "Kommunale Eingliederungsleistungen"},
               purpose_group::outside_anlage_1, budget_line::municipal},
  measure_info{measure_id::debt_counselling, "debt_counselling", "Schuldnerberatung",
               "Debt counselling", "§ 16a Nr. 2",
               {{"§ 16a Nr. 2", social_code::sgb_ii}, "Kommunale Eingliederungsleistungen"},
               purpose_group::outside_anlage_1, budget_line::municipal},
  measure_info{measure_id::psychosocial, "psychosocial", "Psychosoziale Betreuung und Suchtberatung",
               "Psychosocial support and addiction counselling", "§ 16a Nr. 3 und 4",
               {{"§ 16a Nr. 3 und 4", social_code::sgb_ii}, "Kommunale Eingliederungsleistungen"},
               purpose_group::outside_anlage_1, budget_line::municipal},
  measure_info{measure_id::p16k, "p16k", "Coaching im Sinne des neuen § 16k SGB II",
               "Holistic support (coaching)", "§ 16k",
               {{"§ 16k", social_code::sgb_ii}, "Ganzheitliche Betreuung"},
               purpose_group::outside_anlage_1, budget_line::egt},
};
// clang-format on

namespace detail {
[[nodiscard]] consteval bool catalogue_is_in_id_order() {
  for (std::size_t i = 0; i < measures.size(); ++i) {
    if (static_cast<std::size_t>(measures[i].id) != i) return false;
  }
  return true;
}
static_assert(catalogue_is_in_id_order(),
              "amip: the rows of amip::measures must follow the order of amip::measure_id.");
static_assert(measures.size() == static_cast<std::size_t>(measure_id::p16k) + 1,
              "amip: every amip::measure_id needs one row in amip::measures.");
}  // namespace detail

/// The compile-time tag of a measure; `amip::measure::mat` is its object.
template <measure_id Id>
struct measure_tag final {
  static constexpr measure_id id = Id;
  [[nodiscard]] static constexpr measure_info const& info() noexcept { return measures[static_cast<std::size_t>(Id)]; }
  friend constexpr bool operator==(measure_tag, measure_tag) noexcept = default;

  /// A measure is not a unit: 5 * amip::measure::mat does not compile (write 5 * amip::entries).
  template <class T>
  requires(std::is_arithmetic_v<T>) friend AMIP_REJECTED(
      "a measure tag names a measure, it is not a unit; count with amip::entries, amip::persons or "
      "amip::cases and say which measure where the count is used")
  operator*(T, measure_tag) AMIP_DELETED;
};

namespace detail {
template <class T>
inline constexpr bool is_measure_tag = false;
template <measure_id Id>
inline constexpr bool is_measure_tag<measure_tag<Id>> = true;
}  // namespace detail

/// A measure's tag type, e.g. decltype(amip::measure::mat).
template <class T>
concept MeasureTag = detail::is_measure_tag<std::remove_cvref_t<T>>;

/// The tag objects, one per measure.
namespace measure {
inline constexpr measure_tag<measure_id::mat> mat{};
inline constexpr measure_tag<measure_id::avgs_mat> avgs_mat{};
inline constexpr measure_tag<measure_id::mag> mag{};
inline constexpr measure_tag<measure_id::fbw_nao> fbw_nao{};
inline constexpr measure_tag<measure_id::fbw_ao> fbw_ao{};
inline constexpr measure_tag<measure_id::egz> egz{};
inline constexpr measure_tag<measure_id::einstiegsgeld> einstiegsgeld{};
inline constexpr measure_tag<measure_id::p16c> p16c{};
inline constexpr measure_tag<measure_id::asa> asa{};
inline constexpr measure_tag<measure_id::eq> eq{};
inline constexpr measure_tag<measure_id::reha> reha{};
inline constexpr measure_tag<measure_id::agh> agh{};
inline constexpr measure_tag<measure_id::p16e> p16e{};
inline constexpr measure_tag<measure_id::p16i> p16i{};
inline constexpr measure_tag<measure_id::p16f> p16f{};
inline constexpr measure_tag<measure_id::p16h> p16h{};
inline constexpr measure_tag<measure_id::vermittlungsbudget> vermittlungsbudget{};
inline constexpr measure_tag<measure_id::childcare> childcare{};
inline constexpr measure_tag<measure_id::home_care> home_care{};
inline constexpr measure_tag<measure_id::debt_counselling> debt_counselling{};
inline constexpr measure_tag<measure_id::psychosocial> psychosocial{};
inline constexpr measure_tag<measure_id::p16k> p16k{};
}  // namespace measure

namespace detail {
[[noreturn]] inline void throw_unknown_measure_id(std::size_t id);
}  // namespace detail

/// The traits of a measure, by runtime id; throws std::out_of_range for a value that is no measure_id.
[[nodiscard]] constexpr measure_info const& info_of(measure_id id) {
  auto const index = static_cast<std::size_t>(id);
  if (index >= measures.size()) detail::throw_unknown_measure_id(index);
  return measures[index];
}

/// The traits of a measure, by tag: info_of(amip::measure::mat).
template <MeasureTag Tag>
[[nodiscard]] constexpr measure_info const& info_of(Tag) noexcept {
  return info_of(Tag::id);
}
template <class Tag>
requires(!MeasureTag<Tag> && !std::same_as<Tag, measure_id> && !std::same_as<Tag, purpose_group> &&
         !std::same_as<Tag, budget_line>)
    AMIP_REJECTED("info_of expects a measure tag such as amip::measure::mat, or a measure_id")
info_of(Tag) AMIP_DELETED;

/// The runtime id of a measure tag.
template <MeasureTag Tag>
[[nodiscard]] constexpr measure_id id_of(Tag) noexcept {
  return Tag::id;
}
template <class Tag>
requires(!MeasureTag<Tag>) AMIP_REJECTED("id_of expects a measure tag such as amip::measure::mat")
id_of(Tag) AMIP_DELETED;

/// Thrown when a text names no measure of the catalogue.
class unknown_measure : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

/// The measure with this stable key ("fbw_ao"), if any.
[[nodiscard]] constexpr std::optional<measure_id> measure_from_key(std::string_view key) noexcept {
  for (auto const& m : measures) {
    if (m.key == key) return m.id;
  }
  return std::nullopt;
}

/// The measure with this stable key; throws amip::unknown_measure naming the key and the known keys.
[[nodiscard]] inline measure_id parse_measure_key(std::string_view key) {
  if (auto id = measure_from_key(key)) return *id;
  std::string known;
  for (auto const& m : measures) known.append(known.empty() ? "" : ", ").append(m.key);
  throw unknown_measure("amip: unknown measure key \"" + std::string(key) + "\"; known keys: " + known);
}

/// Calls f(measure_tag<Id>{}) for every measure, in catalogue order; usable in constant expressions.
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
