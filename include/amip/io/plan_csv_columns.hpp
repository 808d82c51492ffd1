// The columns and lines of a plan CSV as the reader (amip/io/plan_csv.hpp) sees them: header cells and their
// roles, period columns (kind, time, version, unit), figures in German or English notation, keys, and the rows read
// before the plans are built. Details of the reader, not an API.
//
// Synopsis
//
//   namespace amip::io::detail {
//   constexpr char lower_ascii(char);  std::string lowered(std::string_view);   // ASCII letters in lower case
//   std::string lowered_words(std::string_view);                   // and Ä Ö Ü: "MÄRZ" -> "märz"
//   using number_text::trimmed;
//   constexpr bool is_key_character(char);                         // ASCII letters, digits, '_', '.', '-'
//   constexpr bool is_valid_key(std::string_view);                 // "I", "mat", "with_fbw_reha"
//   enum class column_unit { entries, persons, cases, money };     // a period column's unit: "[EUR]"
//   constexpr std::string_view unit_name(column_unit);             // "entries", "persons", "cases", "EUR"
//   template <class Q> constexpr std::optional<column_unit> unit_of; // entry_count -> entries, money -> money
//   std::optional<column_unit> unit_named(word);                   // "personen", "€" -> persons, money
//   std::optional<figure_kind> kind_named(word);                   // "ist" -> actual, "soll" -> plan
//   int month_named(word);                                         // "juli", "july", "jul" -> 7; 0 if none
//   std::optional<calendar_period> parse_when(text);               // "2026", "2026-07", "7/2026", "q3 2026"
//   struct period_header { period when; std::optional<column_unit> unit; };
//   struct period_header_problem { what problem; std::string part, why; };
//   period_header_reading parse_period_header(std::string_view);   // "Ist 07/2019 [Personen]" or its problem
//   std::optional<period> parse_period_column(std::string_view);   // "Plan 2026", "Hochrechnung 2025" -> period
//   std::string column_name(period[, stated unit]);                // "plan 2026", "plan 2026 [EUR]"
//   struct figure_reading;  figure_reading read_figure(text, language);   // "1.460.000,00" -> 1460000 and "00"
//   std::string reading_text(figure_reading, language);            // "1,5"
//   enum class column_role { ignored, key, parent, children, measure, label, figures, legal_basis, …, budget_line };
//   constexpr std::array declaration_columns{"legal_basis", …, "budget_line"};   // the columns declaring a measure
//   column_role role_of(std::string_view header_cell);             // " Key " -> key
//   struct column { column_role role; std::size_t period_slot; };
//   struct cell_ref { line, column, text };                        // a cell named by an error found later
//   struct row;                                                    // one line of the file, as read
//   std::string list_of(std::vector<std::string_view> const&, std::size_t limit = 30);   // "a, b, c"
//   }
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <amip/core/language.hpp>
#include <amip/core/number_text.hpp>
#include <amip/core/quantity.hpp>
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

/// Text in lower case: ASCII letters and the German capitals Ä, Ö, Ü (so that "MÄRZ" and "FÖRDERFÄLLE" are
/// matched as the words they are).
[[nodiscard]] inline std::string lowered_words(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\xC3' && i + 1 < text.size() &&
        (text[i + 1] == '\x84' || text[i + 1] == '\x96' || text[i + 1] == '\x9C')) {
      out += text[i];
      out += static_cast<char>(text[i + 1] + 0x20);  // Ä Ö Ü (C3 84, 96, 9C) -> ä ö ü (C3 A4, B6, BC)
      ++i;
      continue;
    }
    out += lower_ascii(text[i]);
  }
  return out;
}

/// What the figures of a period column count: the unit in its header's brackets, "[EUR]".
enum class column_unit : unsigned char { entries, persons, cases, money };

/// The unit as amip writes it in a header: "entries", "persons", "cases", "EUR".
[[nodiscard]] constexpr std::string_view unit_name(column_unit unit) noexcept {
  constexpr std::array<std::string_view, 4> names{"entries", "persons", "cases", "EUR"};
  return names[static_cast<std::size_t>(unit)];
}

/// The unit of a plan's quantity: entry_count, person_count, case_count or money; none for any other quantity.
template <class Q>
inline constexpr std::optional<column_unit> unit_of = std::nullopt;
template <>
inline constexpr std::optional<column_unit> unit_of<entry_count> = column_unit::entries;
template <>
inline constexpr std::optional<column_unit> unit_of<person_count> = column_unit::persons;
template <>
inline constexpr std::optional<column_unit> unit_of<case_count> = column_unit::cases;
template <>
inline constexpr std::optional<column_unit> unit_of<money> = column_unit::money;

/// A unit word of a header (in lower case, see lowered_words), German or English.
[[nodiscard]] inline std::optional<column_unit> unit_named(std::string_view word) {
  struct named {
    std::string_view word;
    column_unit unit;
  };
  // clang-format off
  static constexpr std::array<named, 16> words{{
      {"eintritte", column_unit::entries}, {"entries", column_unit::entries},
      {"personen", column_unit::persons}, {"teilnehmende", column_unit::persons}, {"persons", column_unit::persons},
      {"f\xC3\xB6rderf\xC3\xA4lle", column_unit::cases}, {"foerderfaelle", column_unit::cases},
      {"f\xC3\xA4lle", column_unit::cases}, {"faelle", column_unit::cases}, {"cases", column_unit::cases},
      {"eur", column_unit::money}, {"\xE2\x82\xAC", column_unit::money}, {"euro", column_unit::money},
      {"euros", column_unit::money}, {"teilnehmer", column_unit::persons}, {"entry", column_unit::entries}}};
  // clang-format on
  for (auto const& w : words) {
    if (w.word == word) return w.unit;
  }
  return std::nullopt;
}

/// A kind word of a header (in lower case): plan, Planung, Soll; projection, Hochrechnung, Prognose; actual,
/// Ergebnis, Ist; target, Ziel, Zielwert.
[[nodiscard]] inline std::optional<figure_kind> kind_named(std::string_view word) {
  if (word == "plan" || word == "planung" || word == "soll") return figure_kind::plan;
  if (word == "projection" || word == "hochrechnung" || word == "prognose") return figure_kind::projection;
  if (word == "actual" || word == "ergebnis" || word == "ist") return figure_kind::actual;
  if (word == "target" || word == "ziel" || word == "zielwert") return figure_kind::target;
  return std::nullopt;
}

/// A month's name (in lower case), German or English, in full or as its first three letters: "juli", "july",
/// "jul", "m\xC3\xA4rz", "maerz", "mar"; 1 to 12, or 0.
[[nodiscard]] inline int month_named(std::string_view word) {
  // clang-format off
  static constexpr std::array<std::array<std::string_view, 5>, 12> names{{
      {"januar", "january", "jan", "j\xC3\xA4nner", "jan."},  {"februar", "february", "feb", "feb.", ""},
      {"m\xC3\xA4rz", "march", "mar", "maerz", "m\xC3\xA4r"}, {"april", "apr", "apr.", "", ""},
      {"mai", "may", "", "", ""},                            {"juni", "june", "jun", "jun.", ""},
      {"juli", "july", "jul", "jul.", ""},                    {"august", "aug", "aug.", "", ""},
      {"september", "sep", "sept", "sep.", "sept."},         {"oktober", "october", "okt", "oct", "okt."},
      {"november", "nov", "nov.", "", ""},                   {"dezember", "december", "dez", "dec", "dez."}}};
  // clang-format on
  for (std::size_t m = 0; m < names.size(); ++m) {
    for (auto const name : names[m]) {
      if (!name.empty() && name == word) return static_cast<int>(m + 1);
    }
  }
  return 0;
}

/// A whole number of 1 to `max_digits` ASCII digits, or -1.
[[nodiscard]] constexpr int small_number(std::string_view digits, std::size_t max_digits) noexcept {
  if (digits.empty() || digits.size() > max_digits) return -1;
  int value = 0;
  for (char const c : digits) {
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

/// A year of four digits, 1000 to 9999, as the writer writes it; or -1.
[[nodiscard]] constexpr int four_digit_year(std::string_view text) noexcept {
  if (text.size() != 4 || text.front() == '0') return -1;
  return small_number(text, 4);
}

/// The time a header names (in lower case, trimmed): "2026", "2026-07", "07/2026", "7/2026", "juli 2026",
/// "july 2026", "q3 2026".
[[nodiscard]] inline std::optional<calendar_period> parse_when(std::string_view text) {
  if (auto const year = four_digit_year(text); year > 0) return year_of(year);
  if (auto const dash = text.find('-'); dash != std::string_view::npos) {
    auto const year = four_digit_year(text.substr(0, dash));
    auto const month = small_number(text.substr(dash + 1), 2);
    if (year > 0 && month >= 1 && month <= 12) return month_of(year, month);
    return std::nullopt;
  }
  if (auto const slash = text.find('/'); slash != std::string_view::npos) {
    auto const month = small_number(text.substr(0, slash), 2);
    auto const year = four_digit_year(text.substr(slash + 1));
    if (year > 0 && month >= 1 && month <= 12) return month_of(year, month);
    return std::nullopt;
  }
  auto const space = text.find_first_of(" \t");
  if (space == std::string_view::npos) return std::nullopt;
  auto const first = text.substr(0, space);
  auto const year = four_digit_year(trimmed(text.substr(space)));
  if (year < 0) return std::nullopt;
  if (first.size() == 2 && first.front() == 'q' && first[1] >= '1' && first[1] <= '4') {
    return quarter_of(year, first[1] - '0');
  }
  if (auto const month = month_named(first); month != 0) return month_of(year, month);
  return std::nullopt;
}

/// A period column's header, read: its period, its unit if the header names one.
struct period_header {
  period when;
  std::optional<column_unit> unit;
};

/// Why a header cell is not a period column, with the part of it that is wrong.
struct period_header_problem {
  enum class what : unsigned char {
    not_a_period,  ///< nothing in it reads as a period: an unknown column
    unknown_kind,  ///< a time, but the word before it is no kind of figure ("Budget 2026")
    unknown_when,  ///< a kind of figure, but what follows is no year, quarter or month ("Ist Juny 2019")
    bad_version,   ///< the version in parentheses cannot name a version (empty, too long, ...)
    unknown_unit,  ///< the unit in brackets is none amip knows ("[Stück]")
  };
  what problem = what::not_a_period;
  std::string part;  ///< the offending part as written: the word, the time, the version or the unit
  std::string why;   ///< for bad_version: why it cannot name a version
};

/// A period column's header: "<kind> <when>[ (<version>)][ [<unit>]]" in any case, German or English:
/// "Plan 2026", "Ist 07/2019 [Personen]", "Plan 2026 (Geschäftsplan) [EUR]", "actual 2019-07", "Ziel Q3 2026".
/// Either the header or what is wrong with it.
struct period_header_reading {
  std::optional<period_header> header;
  period_header_problem problem;
};

[[nodiscard]] inline period_header_reading parse_period_header(std::string_view cell) {
  using problem = period_header_problem::what;
  auto const fail = [](problem p, std::string_view part, std::string why = {}) {
    return period_header_reading{std::nullopt, {p, std::string(part), std::move(why)}};
  };
  std::string_view rest = trimmed(cell);
  std::optional<std::string_view> unit_text;
  std::optional<std::string_view> version_text;
  if (rest.ends_with(']')) {
    auto const open = rest.rfind('[');
    if (open == std::string_view::npos) return fail(problem::not_a_period, cell);
    unit_text = trimmed(rest.substr(open + 1, rest.size() - open - 2));
    rest = trimmed(rest.substr(0, open));
  }
  if (rest.ends_with(')')) {
    // The first '(': "(Entwurf (2))" is a version holding brackets, not the time "2026 (Entwurf".
    auto const open = rest.find('(');
    if (open == std::string_view::npos) return fail(problem::not_a_period, cell);
    version_text = trimmed(rest.substr(open + 1, rest.size() - open - 2));
    rest = trimmed(rest.substr(0, open));
  }
  auto const space = rest.find_first_of(" \t");
  if (space == std::string_view::npos) return fail(problem::not_a_period, cell);
  auto const kind_word = rest.substr(0, space);
  auto const when_text = trimmed(rest.substr(space));
  auto const kind = kind_named(lowered_words(kind_word));
  auto const when = parse_when(lowered_words(when_text));
  if (!kind && !when) return fail(problem::not_a_period, cell);
  if (!kind) return fail(problem::unknown_kind, kind_word);
  if (!when) return fail(problem::unknown_when, when_text);
  period_header out{::amip::detail::period_of(*when, *kind), std::nullopt};
  if (version_text) {
    if (version_text->empty()) return fail(problem::bad_version, *version_text, "it is empty");
    try {
      out.when.version = version_name{*version_text};
    } catch (period_error const& e) {
      std::string_view why = e.what();
      if (why.starts_with("amip: ")) why.remove_prefix(6);
      return fail(problem::bad_version, *version_text, std::string(why));
    }
  }
  if (unit_text) {
    out.unit = unit_named(lowered_words(*unit_text));
    if (!out.unit) return fail(problem::unknown_unit, *unit_text);
  }
  return {out, {}};
}

/// A period column's name, "plan 2026", if the header names one (see parse_period_header).
[[nodiscard]] inline std::optional<period> parse_period_column(std::string_view name) {
  auto const read = parse_period_header(name);
  if (!read.header) return std::nullopt;
  return read.header->when;
}

/// A period as a column names it, in English: "plan 2026".
[[nodiscard]] inline std::string column_name(period p) { return to_string(p, language::english); }

/// A period column as errors name it: "plan 2026", with the unit where its header names one: "plan 2026 [EUR]".
[[nodiscard]] inline std::string column_name(period p, std::optional<column_unit> stated_unit) {
  auto out = column_name(p);
  if (stated_unit) out.append(" [").append(unit_name(*stated_unit)).append("]");
  return out;
}

/// A figure read as a German or English number: digits grouped in threes by the thousands separator or not at
/// all, then optionally the decimal separator and at least one digit. No floating point: the fraction is kept as
/// its digits.
struct figure_reading {
  number_text::parse_failure failure = number_text::parse_failure::none;
  bool negative = false;
  std::uint64_t whole = 0;
  std::string_view fraction;  ///< the digits after the decimal separator, as written
  [[nodiscard]] bool ok() const noexcept { return failure == number_text::parse_failure::none; }
  /// Equal values: the same whole part and the same fraction without trailing zeros.
  [[nodiscard]] bool same_value(figure_reading const& other) const noexcept {
    auto significant = [](std::string_view f) {
      while (!f.empty() && f.back() == '0') f.remove_suffix(1);
      return f;
    };
    return negative == other.negative && whole == other.whole &&
           significant(fraction) == significant(other.fraction);
  }
};

[[nodiscard]] constexpr figure_reading read_figure(std::string_view text, language lang) {
  using number_text::parse_failure;
  figure_reading out;
  text = trimmed(text);
  out.negative = number_text::take_sign(text);
  auto const decimal = text.find(number_text::decimal_separator(lang));
  auto const digits = number_text::read_digits(text.substr(0, decimal), number_text::thousands_separator(lang));
  if (digits.failure != parse_failure::none) {
    out.failure = digits.failure;
    return out;
  }
  out.whole = digits.value;
  if (decimal != std::string_view::npos) {
    out.fraction = text.substr(decimal + 1);
    if (out.fraction.empty()) out.failure = parse_failure::missing_decimal;
    for (char const c : out.fraction) {
      if (c < '0' || c > '9') out.failure = parse_failure::unexpected_character;
    }
  }
  return out;
}

/// A reading's value as a number of its language, without grouping and trailing zeros: "1500", German "1,5"
/// (for "1,500"), English "1.5".
[[nodiscard]] inline std::string reading_text(figure_reading const& r, language lang) {
  std::string out = (r.negative ? "-" : "") + std::to_string(r.whole);
  auto fraction = r.fraction;
  while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
  if (!fraction.empty()) out.append(1, number_text::decimal_separator(lang)).append(fraction);
  return out;
}

/// What a column of a plan CSV holds: structure, figures, or a part of a measure's declaration (legal_basis to
/// budget_line, docs/csv.md "Measures declared in the file").
enum class column_role : unsigned char {
  ignored,
  key,
  parent,
  children,
  measure,
  label,
  figures,
  legal_basis,
  legal_heading,
  measure_name,
  measure_name_en,
  abbreviation,
  purpose,
  budget_line
};
/// How many roles there are.
inline constexpr std::size_t column_role_count = 14;
/// The columns that declare a measure, in column_role order from legal_basis on, as headers name them.
inline constexpr std::array<std::string_view, 7> declaration_columns{
    "legal_basis", "legal_heading", "measure_name", "measure_name_en", "abbreviation", "purpose", "budget_line"};
/// The position of a declaration's role in declaration_columns.
[[nodiscard]] constexpr std::size_t declaration_slot(column_role role) noexcept {
  return static_cast<std::size_t>(role) - static_cast<std::size_t>(column_role::legal_basis);
}

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
  std::vector<std::optional<std::int64_t>> figures;  // per period column: a count, or cents; read at the end
  std::vector<cell_ref> figure_cells;
  std::optional<cell_ref> measure_cell;  // present when the file has a measure column
  std::array<std::optional<cell_ref>, declaration_columns.size()> declaration{};  // by declaration_slot
  bool declares = false;                 // the line that declared its measure in the file
  std::size_t catalog_line = 0;          // against a catalogue: its line
  std::size_t parent_index = no_parent;  // self-describing: the resolved parent
};

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
  for (std::size_t i = 0; i < declaration_columns.size(); ++i) {
    if (name == declaration_columns[i])
      return static_cast<column_role>(static_cast<std::size_t>(column_role::legal_basis) + i);
  }
  return column_role::ignored;
}

}  // namespace amip::io::detail
