// Numbers as text, below every layer that reads or writes them: the digits of an integer grouped in threes, and
// the reading of German or English integers and percentages with the reason a text is not one.
//
// Synopsis
//
//   namespace amip::number_text {
//   constexpr char thousands_separator(language);             // '.' German, ',' English
//   constexpr char decimal_separator(language);               // ',' German, '.' English
//   template <class Text> constexpr void append_fixed(Text& out, std::int64_t value, int decimals, language);
//                                                             // (146'000'000, 2) -> "1.460.000,00"
//   enum class parse_failure { none, empty, no_digits, unexpected_character, misplaced_separator,
//                              missing_decimal, decimals, out_of_range };
//   template <class T> struct parsed { T value; parse_failure failure; };
//   constexpr bool is_space(char);                            // ' ', '\t', '\r', '\n'
//   constexpr std::string_view trimmed(std::string_view);      // without spaces, tabs, CR, LF around it
//   constexpr bool take_sign(std::string_view&);               // drops a leading '-'; true if there was one
//   constexpr parsed<std::uint64_t> read_digits(std::string_view, char thousands);      // "1.994" -> 1994
//   constexpr parsed<std::int64_t> with_sign(std::uint64_t magnitude, bool negative);   // out_of_range beyond int64
//   constexpr parsed<std::int64_t> read_integer(std::string_view, language);            // "1.994" -> 1994
//   constexpr parsed<std::int64_t> read_tenths_of_percent(std::string_view, language);  // "17,0%" -> 170
//   enum class number_kind { integer, percentage };
//   std::string reason(parse_failure, number_kind, language);  // "the thousands separator '.' is misplaced"
//   }
//
// No std::locale, no floating point. Reports (amip/report/number_format.hpp) format and parse with these under
// their own names (amip::report::thousands_separator, amip::report::detail::read_integer, ...); readers of files
// (amip/io/) use them directly, without depending on reports.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include <amip/core/language.hpp>

/// Numbers as text and back: German and English digit grouping and decimals, exact and checked.
namespace amip::number_text {

/// The thousands separator: '.' in German, ',' in English.
[[nodiscard]] constexpr char thousands_separator(language lang) noexcept {
  return lang == language::german ? '.' : ',';
}

/// The decimal separator: ',' in German, '.' in English.
[[nodiscard]] constexpr char decimal_separator(language lang) noexcept { return lang == language::german ? ',' : '.'; }

/// value / 10^decimals, its integral part grouped in threes: (-5, 1) -> "-0,5", (146'000'000, 2) -> "1.460.000,00".
/// The sign is that of `value`: a value that rounded to 0 prints without one. `out` is anything with
/// push_back(char): report::formatted, std::string.
template <class Text>
constexpr void append_fixed(Text& out, std::int64_t value, int decimals, language lang) {
  std::uint64_t magnitude =
      value < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  std::array<char, 24> reversed{};  // 19 digits of INT64_MIN, or decimals + 1 <= 17 digits
  std::size_t count = 0;
  do {
    reversed[count++] = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  auto const fraction = static_cast<std::size_t>(decimals);
  while (count < fraction + 1) reversed[count++] = '0';

  if (value < 0) out.push_back('-');
  std::size_t const whole = count - fraction;
  for (std::size_t i = 0; i < whole; ++i) {
    if (i != 0 && (whole - i) % 3 == 0) out.push_back(thousands_separator(lang));
    out.push_back(reversed[count - 1 - i]);
  }
  if (fraction != 0) {
    out.push_back(decimal_separator(lang));
    for (std::size_t i = fraction; i-- != 0;) out.push_back(reversed[i]);
  }
}

/// Why a text is not a number.
enum class parse_failure {
  none,
  empty,
  no_digits,
  unexpected_character,
  misplaced_separator,
  missing_decimal,
  decimals,
  out_of_range,
};

/// What reading a number gives: the value, or why the text is not one (`failure != parse_failure::none`).
template <class T>
struct parsed {
  /// The number read; meaningful only where failure is parse_failure::none.
  T value;
  /// Why the text is not a number, or parse_failure::none.
  parse_failure failure;
};

/// Whether c is a space, a tab, a carriage return or a line feed.
constexpr bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/// The text without spaces, tabs and line breaks at either end.
constexpr std::string_view trimmed(std::string_view text) noexcept {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

/// Digits, all grouped in threes by `thousands` (a first group of 1 to 3 digits not starting with 0) or not
/// grouped at all. No sign, no spaces.
constexpr parsed<std::uint64_t> read_digits(std::string_view text, char thousands) {
  if (text.empty()) return {0, parse_failure::no_digits};
  bool const grouped = text.find(thousands) != std::string_view::npos;
  std::uint64_t magnitude = 0;
  std::size_t group = 0;  // digits since the last separator
  bool first_group = true;
  for (char const c : text) {
    if (c == thousands) {
      if (group == 0 || group > 3 || (!first_group && group != 3)) return {0, parse_failure::misplaced_separator};
      first_group = false;
      group = 0;
      continue;
    }
    if (c < '0' || c > '9') return {0, parse_failure::unexpected_character};
    auto const digit = static_cast<std::uint64_t>(c - '0');
    if (magnitude > (std::numeric_limits<std::uint64_t>::max() - digit) / 10) return {0, parse_failure::out_of_range};
    magnitude = magnitude * 10 + digit;
    ++group;
  }
  if (grouped && (group != 3 || text.front() == '0')) return {0, parse_failure::misplaced_separator};
  return {magnitude, parse_failure::none};
}

/// The signed value of a magnitude, or out_of_range beyond int64 (whose most negative value has no positive twin).
constexpr parsed<std::int64_t> with_sign(std::uint64_t magnitude, bool negative) {
  constexpr auto max = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
  if (magnitude > max + (negative ? 1U : 0U)) return {0, parse_failure::out_of_range};
  if (!negative) return {static_cast<std::int64_t>(magnitude), parse_failure::none};
  if (magnitude == max + 1) return {std::numeric_limits<std::int64_t>::min(), parse_failure::none};
  return {-static_cast<std::int64_t>(magnitude), parse_failure::none};
}

/// An optional '-' directly before the digits, the rest removed from `text`.
constexpr bool take_sign(std::string_view& text) noexcept {
  bool const negative = !text.empty() && text.front() == '-';
  if (negative) text.remove_prefix(1);
  return negative;
}

/// An integer as `lang` writes it ("1.994" in German, "1,994" in English, or "1994"), with an optional leading '-'
/// and spaces around it; or why the text is not one.
constexpr parsed<std::int64_t> read_integer(std::string_view text, language lang) {
  text = trimmed(text);
  if (text.empty()) return {0, parse_failure::empty};
  bool const negative = take_sign(text);
  auto const digits = read_digits(text, thousands_separator(lang));
  if (digits.failure != parse_failure::none) return {0, digits.failure};
  return with_sign(digits.value, negative);
}

/// A percentage with at most one decimal, in tenths of a percent ("17,0 %" in German is 170; the '%' may be left
/// out); or why the text is not one.
constexpr parsed<std::int64_t> read_tenths_of_percent(std::string_view text, language lang) {
  text = trimmed(text);
  if (text.empty()) return {0, parse_failure::empty};
  if (text.back() == '%') text = trimmed(text.substr(0, text.size() - 1));
  bool const negative = take_sign(text);
  std::size_t const decimal = text.find(decimal_separator(lang));
  auto const whole = read_digits(text.substr(0, decimal), thousands_separator(lang));
  if (whole.failure != parse_failure::none) return {0, whole.failure};
  std::uint64_t tenth = 0;
  if (decimal != std::string_view::npos) {
    std::string_view const fraction = text.substr(decimal + 1);
    for (char const c : fraction) {
      if (c < '0' || c > '9') return {0, parse_failure::unexpected_character};
    }
    if (fraction.size() != 1) return {0, fraction.empty() ? parse_failure::missing_decimal : parse_failure::decimals};
    tenth = static_cast<std::uint64_t>(fraction.front() - '0');
  }
  if (whole.value > (std::numeric_limits<std::uint64_t>::max() - tenth) / 10) return {0, parse_failure::out_of_range};
  return with_sign(whole.value * 10 + tenth, negative);
}

/// What was to be read, for reason(): an integer or a percentage.
enum class number_kind { integer, percentage };

/// Why a text is not a number of this kind, as a clause for an error message ("it has no digits").
[[nodiscard]] inline std::string reason(parse_failure failure, number_kind kind, language lang) {
  std::string const thousands{'\'', thousands_separator(lang), '\''};
  std::string const decimal{'\'', decimal_separator(lang), '\''};
  switch (failure) {
    case parse_failure::none:
      break;
    case parse_failure::empty:
      return "it is empty";
    case parse_failure::no_digits:
      return "it has no digits";
    case parse_failure::unexpected_character:
      return kind == number_kind::integer
                 ? "it contains a character other than digits, a leading '-' and the thousands separator " + thousands
                 : "it contains a character other than digits, a leading '-', the thousands separator " + thousands +
                       ", one decimal separator " + decimal + " and a final '%'";
    case parse_failure::misplaced_separator:
      return "the thousands separator " + thousands + " is misplaced";
    case parse_failure::missing_decimal:
      return "no digit follows the decimal separator " + decimal;
    case parse_failure::decimals:
      return "it has more than one decimal";
    case parse_failure::out_of_range:
      return "it is outside the range of a 64-bit integer";
  }
  return "it is not a number";
}

}  // namespace amip::number_text
