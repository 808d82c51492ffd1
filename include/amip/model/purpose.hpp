// Purpose groups (Zweckbestimmungen) I. to VIII. of the seed's Anlage 1 "Planung EGT 2026".
#pragma once

#include <array>
#include <cstddef>
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
  purpose_group group;
  std::string_view numeral;       ///< "I." … "VIII.", empty outside Anlage 1
  std::string_view german_label;  ///< as printed in Anlage 1, without the numeral
  std::string_view english_label;
};

// clang-format off
/// Seed, Anlage 1 "Planung EGT 2026": the eight Zweckbestimmungen in the order printed.
inline constexpr std::array<purpose_group_info, 9> purpose_groups{{
  {purpose_group::activation,                 "I.",    "Aktivierung und berufliche Eingliederung",            "Activation and vocational integration"},
  {purpose_group::vocational_training,        "II.",   "berufliche Weiterbildung",                            "Further vocational training"},
  {purpose_group::taking_up_work,             "III.",  "Aufnahme einer Erwerbstätigkeit",                     "Taking up employment"},
  {purpose_group::career_choice_and_training, "IV.",   "Berufswahl und Berufsbildung",                        "Career choice and vocational education"},
  {purpose_group::rehabilitation,             "V.",    "Teilhabe behinderter Menschen am Arbeitsleben",       "Participation of disabled people in working life"},
  {purpose_group::subsidised_employment,      "VI.",   "Öffentlich geförderte Beschäftigung",                 "Publicly subsidised employment"},
  {purpose_group::free_support,               "VII.",  "Freie Förderung nach § 16 f",                         "Free support under § 16f"},
  {purpose_group::hard_to_reach_young_people, "VIII.", "§ 16h Förderung schwer zu erreichender junger Menschen", "§ 16h Support for hard-to-reach young people"},
  {purpose_group::outside_anlage_1,           "",      "außerhalb der Anlage 1",                              "outside Anlage 1"},
}};
// clang-format on

/// The numeral and labels of a purpose group.
[[nodiscard]] constexpr purpose_group_info const& info_of(purpose_group g) noexcept {
  return purpose_groups[static_cast<std::size_t>(g)];
}

}  // namespace amip
