// Budget lines: where the money for a measure comes from (seed sections 1, 2, 4, Anlage 1): the Eingliederungstitel
// (EGT), the administrative budget (VwHH), the municipal budget and the Agentur für Arbeit's.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace amip {

/// The budget that pays a measure.
enum class budget_line : unsigned char {
  egt,                 ///< Eingliederungstitel: the Jobcenter's integration budget
  vwhh,                ///< Verwaltungshaushalt: the administrative budget
  pat,                 ///< Passiv-Aktiv-Transfer: benefit money turned into § 16i wage subsidy (seed, section 2)
  special_allocation,  ///< Sonderzuweisung, e.g. 1,46 Mio. € for 219 FbW cases from 2024 (seed, section 4)
  agency,     ///< the Agentur für Arbeit's budget under SGB III: FbW and Reha since 2025-01-01 (seed, section 1)
  municipal,  ///< the municipality: § 16a services (kommunale Eingliederungsleistungen)
  vermittlungsbudget,  ///< Vermittlungsbudget: the placement budget, planned beside Anlage 1 (seed: rd. 2.500)
};

/// A budget line's abbreviation and names, as `budget_lines` lists them.
struct budget_line_info {
  /// The budget line described.
  budget_line line;
  std::string_view abbreviation;  ///< from the seed's Abkürzungsverzeichnis where it has one
  /// The German name ("Eingliederungstitel").
  std::string_view german_name;
  /// The English name ("integration budget").
  std::string_view english_name;
  std::string_view key;  ///< stable ASCII key for files: the enumerator's name ("egt", "special_allocation")
};

// clang-format off
/// Every budget line's abbreviation, German and English name and key, in budget_line order.
inline constexpr std::array<budget_line_info, 7> budget_lines{{
  {budget_line::egt,                "EGT",   "Eingliederungstitel",   "integration budget", "egt"},
  {budget_line::vwhh,               "VwHH",  "Verwaltungshaushalt",   "administrative budget", "vwhh"},
  {budget_line::pat,                "PAT",   "Passiv-Aktiv-Transfer", "passive-active transfer", "pat"},
  {budget_line::special_allocation, "",      "Sonderzuweisung",       "special allocation", "special_allocation"},
  {budget_line::agency,             "AA",    "Agentur für Arbeit",    "employment agency (SGB III)", "agency"},
  {budget_line::municipal,          "",      "Kommune",               "municipality", "municipal"},
  {budget_line::vermittlungsbudget, "VB",    "Vermittlungsbudget",    "placement budget", "vermittlungsbudget"},
}};
// clang-format on

/// The abbreviation and names of a budget line (its row of budget_lines).
[[nodiscard]] constexpr budget_line_info const& info_of(budget_line b) noexcept {
  return budget_lines[static_cast<std::size_t>(b)];
}

/// The budget line a file names by its key ("egt", "municipal"), ASCII letters in any case; none for anything else.
[[nodiscard]] constexpr std::optional<budget_line> budget_line_from_key(std::string_view text) noexcept {
  for (auto const& b : budget_lines) {
    bool same = text.size() == b.key.size();
    for (std::size_t i = 0; same && i < text.size(); ++i) {
      auto const c = text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] + 32) : text[i];
      same = c == b.key[i];
    }
    if (same) return b.line;
  }
  return std::nullopt;
}

}  // namespace amip
