// Purpose groups (Zweckbestimmungen) I. to VIII. of the seed's Anlage 1 "Planung EGT 2026".
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace amip {

/// Zweckbestimmung: the budget purpose group a measure is planned under in Anlage 1 (I. to VIII.).
/// `outside_anlage_1` marks measures counted beside the EGT table (Vermittlungsbudget, § 16a, § 16k).
enum class purpose_group : unsigned char {
  activation,                  ///< I.    Aktivierung und berufliche Eingliederung
  vocational_training,         ///< II.   berufliche Weiterbildung
  taking_up_work,              ///< III.  Aufnahme einer Erwerbstätigkeit
  career_choice_and_training,  ///< IV.   Berufswahl und Berufsbildung
  rehabilitation,              ///< V.    Teilhabe behinderter Menschen am Arbeitsleben
  subsidised_employment,       ///< VI.   Öffentlich geförderte Beschäftigung
  free_support,                ///< VII.  Freie Förderung nach § 16 f
  hard_to_reach_young_people,  ///< VIII. § 16h Förderung schwer zu erreichender junger Menschen
  outside_anlage_1,            ///< not a line of Anlage 1
};

/// A purpose group's numeral and labels. Labels are Anlage 1's, exactly as printed (seed, Anlage 1).
struct purpose_group_info {
  /// The purpose group (Zweckbestimmung) described.
  purpose_group group;
  std::string_view numeral;       ///< "I." … "VIII.", empty outside Anlage 1
  std::string_view german_label;  ///< as printed in Anlage 1, without the numeral
  /// The label in English.
  std::string_view english_label;
  std::string_view key;  ///< stable ASCII key for files: the enumerator's name ("activation", "outside_anlage_1")
};

// clang-format off
/// Seed, Anlage 1 "Planung EGT 2026": the eight Zweckbestimmungen in the order printed.
inline constexpr std::array<purpose_group_info, 9> purpose_groups{{
  {purpose_group::activation,                 "I.",    "Aktivierung und berufliche Eingliederung",            "Activation and vocational integration", "activation"},
  {purpose_group::vocational_training,        "II.",   "berufliche Weiterbildung",                            "Further vocational training", "vocational_training"},
  {purpose_group::taking_up_work,             "III.",  "Aufnahme einer Erwerbstätigkeit",                     "Taking up employment", "taking_up_work"},
  {purpose_group::career_choice_and_training, "IV.",   "Berufswahl und Berufsbildung",                        "Career choice and vocational education", "career_choice_and_training"},
  {purpose_group::rehabilitation,             "V.",    "Teilhabe behinderter Menschen am Arbeitsleben",       "Participation of disabled people in working life", "rehabilitation"},
  {purpose_group::subsidised_employment,      "VI.",   "Öffentlich geförderte Beschäftigung",                 "Publicly subsidised employment", "subsidised_employment"},
  {purpose_group::free_support,               "VII.",  "Freie Förderung nach § 16 f",                         "Free support under § 16f", "free_support"},
  {purpose_group::hard_to_reach_young_people, "VIII.", "§ 16h Förderung schwer zu erreichender junger Menschen", "§ 16h Support for hard-to-reach young people", "hard_to_reach_young_people"},
  {purpose_group::outside_anlage_1,           "",      "außerhalb der Anlage 1",                              "outside Anlage 1", "outside_anlage_1"},
}};
// clang-format on

/// The numeral and labels of a purpose group.
[[nodiscard]] constexpr purpose_group_info const& info_of(purpose_group g) noexcept {
  return purpose_groups[static_cast<std::size_t>(g)];
}

/// The purpose group a file names: its key ("free_support") or its numeral as Anlage 1 prints it ("VII." or
/// "VII"), ASCII letters in any case; none for anything else.
[[nodiscard]] constexpr std::optional<purpose_group> purpose_group_from_key(std::string_view text) noexcept {
  auto const same = [](std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      auto const lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
      if (lower(a[i]) != lower(b[i])) return false;
    }
    return true;
  };
  for (auto const& g : purpose_groups) {
    auto const numeral = g.numeral.empty() ? g.numeral : g.numeral.substr(0, g.numeral.size() - 1);  // "VII"
    if (same(text, g.key) || (!g.numeral.empty() && (same(text, g.numeral) || same(text, numeral)))) return g.group;
  }
  return std::nullopt;
}

}  // namespace amip
