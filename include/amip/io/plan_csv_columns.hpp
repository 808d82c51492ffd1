// The columns and lines of a plan CSV as the reader (amip/io/plan_csv.hpp) sees them: header cells and their
// roles, period columns, keys, and the rows read before the plan is built. Details of the reader, not an API.
//
// Synopsis
//
//   namespace amip::io::detail {
//   constexpr char lower_ascii(char);  std::string lowered(std::string_view);   // ASCII letters in lower case
//   using number_text::trimmed;
//   constexpr bool is_key_character(char);                         // ASCII letters, digits, '_', '.', '-'
//   constexpr bool is_valid_key(std::string_view);                 // "I", "mat", "with_fbw_reha"
//   std::optional<period> parse_period_column(std::string_view);   // "Plan 2026", "Hochrechnung 2025" -> period
//   std::string column_name(period);                               // "plan 2026"
//   enum class column_role { ignored, key, parent, children, measure, label, figures };
//   column_role role_of(std::string_view header_cell);             // " Key " -> key
//   struct column { column_role role; std::size_t period_slot; };
//   struct cell_ref { line, column, text };                        // a cell named by an error found later
//   struct row;                                                    // one line of the file, as read
//   std::string list_of(std::vector<std::string_view> const&, std::size_t limit = 30);   // "a, b, c"
//   }
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <amip/core/language.hpp>
#include <amip/core/number_text.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/measure.hpp>
#include <amip/model/period.hpp>

namespace amip::io::detail {

[[nodiscard]] constexpr char lower_ascii(char c) noexcept {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

[[nodiscard]] inline std::string lowered(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = lower_ascii(c);
  return out;
}

using number_text::trimmed;

[[nodiscard]] constexpr bool is_key_character(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
}

/// A key of a self-describing file: ASCII letters, digits, '_', '.' and '-', at least one.
[[nodiscard]] constexpr bool is_valid_key(std::string_view key) noexcept {
  if (key.empty()) return false;
  for (char const c : key) {
    if (!is_key_character(c)) return false;
  }
  return true;
}

/// A period column's name: "plan 2026", "projection 2025", "actual 2024" (any case), or the German "Plan 2026",
/// "Hochrechnung 2025", "Ergebnis 2024"; the year has four digits (1000 to 9999).
[[nodiscard]] inline std::optional<period> parse_period_column(std::string_view name) {
  auto const name_lower = lowered(trimmed(name));
  std::string_view const text = name_lower;
  auto const space = text.find_first_of(" \t");
  if (space == std::string_view::npos) return std::nullopt;
  auto const kind = text.substr(0, space);
  auto const year = trimmed(text.substr(space));
  figure_kind what{};
  if (kind == "plan") {
    what = figure_kind::plan;
  } else if (kind == "projection" || kind == "hochrechnung") {
    what = figure_kind::projection;
  } else if (kind == "actual" || kind == "ergebnis") {
    what = figure_kind::actual;
  } else {
    return std::nullopt;
  }
  if (year.size() != 4 || year.front() == '0') return std::nullopt;  // 1000 to 9999, as the writer writes them
  std::int32_t value = 0;
  for (char const c : year) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return period{value, what};
}

/// A period as a column names it, in English: "plan 2026".
[[nodiscard]] inline std::string column_name(period p) { return to_string(p, language::english); }

/// A figure's cell, remembered to name it in an error found after reading (a total that disagrees).
struct cell_ref {
  std::size_t line = 0;
  std::size_t column = 0;
  std::string text;
};

/// One line of the file, as read.
struct row {
  std::string key;
  cell_ref key_cell;
  std::optional<cell_ref> parent;  // present when the file has a parent column
  children_rule children = children_rule::sum;
  std::optional<owned_measure> measure;
  std::string label;
  std::vector<std::optional<std::int64_t>> figures;  // per period column
  std::vector<cell_ref> figure_cells;
  std::size_t catalog_line = 0;          // against a catalogue: its line
  std::size_t parent_index = no_parent;  // self-describing: the resolved parent
};

/// What a column of a plan CSV holds.
enum class column_role : unsigned char { ignored, key, parent, children, measure, label, figures };

/// A column of the file: its role and, for figures, the slot of its period.
struct column {
  column_role role = column_role::ignored;
  std::size_t period_slot = 0;
};

/// Keys as an error lists them: "a, b, c", cut after `limit` with "…".
[[nodiscard]] inline std::string list_of(std::vector<std::string_view> const& keys, std::size_t limit = 30) {
  std::string out;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (i == limit) return out + ", \xE2\x80\xA6";
    out.append(i == 0 ? "" : ", ").append(keys[i]);
  }
  return out;
}

/// The structure column a header cell names (any case, spaces around ignored), or ignored.
[[nodiscard]] inline column_role role_of(std::string_view header_cell) {
  auto const name = lowered(trimmed(header_cell));
  if (name == "key") return column_role::key;
  if (name == "parent") return column_role::parent;
  if (name == "children") return column_role::children;
  if (name == "measure") return column_role::measure;
  if (name == "label") return column_role::label;
  return column_role::ignored;
}

}  // namespace amip::io::detail
