// Locale-independent numbers for reports and CSV: integers, counts, percentages and money in German or English.
//
// Synopsis
//
//   namespace amip::report {
//   using amip::language;                                     // german is the default everywhere
//   enum class percent_spacing { none, space };               // "17,0%" (as the seed prints it) or "17,0 %"
//   constexpr char thousands_separator(language);             // '.' German, ',' English
//   constexpr char decimal_separator(language);               // ',' German, '.' English
//   constexpr std::string_view no_value_text(language);       // "n. v." German, "n/a" English
//
//   class formatted;                                          // fixed-capacity text: view(), str(), ==, <<
//
//   constexpr formatted formatted_integer(std::int64_t, language);           // 1.460.000      1,460,000
//   constexpr formatted formatted_count(Count, language);                    // 8.510 (entries, persons, cases)
//   constexpr formatted formatted_tenths_of_percent(std::int64_t, ...);      // 170 -> 17,0%   17.0%
//   constexpr formatted formatted_tenths_of_percent(std::optional<std::int64_t>, [no_value,] ...);
//   constexpr formatted formatted_change(relative_change, [no_value,] ...);  // 17,0% or n. v.
//   constexpr formatted formatted_percent(exact_ratio, int decimals, ...);   // share(1, 3), 1 -> 33,3%
//   constexpr formatted formatted_money(money or cost_per<Count>, language); // 6.666,67 €     EUR 6,666.67
//   std::string format_integer(...), format_count(...), ...                  // the same as std::string
//
//   constexpr std::optional<std::int64_t> try_parse_integer(std::string_view, language);  // "1.994" -> 1994
//   constexpr std::int64_t parse_integer(std::string_view, language);                     // or parse_error
//   constexpr std::optional<std::int64_t> try_parse_tenths_of_percent(std::string_view, language);
//   constexpr std::int64_t parse_tenths_of_percent(std::string_view, language);           // "17,0%" -> 170
//   class parse_error;                                        // a std::invalid_argument naming text and format
//   }
//
// No std::locale, no printf, no floating point: every digit is computed from the integer value, so a report
// prints the same on every machine. German is written as the seed prints it (8.510, 17,0%, 1,46 Mio. €); English
// groups with ',' and writes money as "EUR 1,460,000.00". The constexpr functions write into a fixed buffer
// (`formatted`) so that they can be checked at compile time; the format_* functions return std::string.
#pragma once

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>

#include <amip/core/language.hpp>
#include <amip/core/quantity.hpp>
#include <amip/core/ratio.hpp>

namespace amip::report {

/// The language of a report's numbers. German (the seed's) is the default of every function here.
/// German: 1.460.000   17,0%   1.460.000,00 €   n. v.; English: 1,460,000   17.0%   EUR 1,460,000.00   n/a
using amip::language;

/// Whether a space stands between a percentage and its sign: the seed prints "17,0%" (none); DIN 5008 writes
/// "17,0 %" (space). The space is a plain ASCII space.
enum class percent_spacing { none, space };

/// The thousands separator: '.' in German, ',' in English.
[[nodiscard]] constexpr char thousands_separator(language lang) noexcept {
  return lang == language::german ? '.' : ',';
}

/// The decimal separator: ',' in German, '.' in English.
[[nodiscard]] constexpr char decimal_separator(language lang) noexcept { return lang == language::german ? ',' : '.'; }

/// What a percentage with no value prints by default (a figure against a prior of 0, see relative_change):
/// "n. v." (nicht vorhanden) in German, "n/a" in English. Every function that prints it also takes another text.
[[nodiscard]] constexpr std::string_view no_value_text(language lang) noexcept {
  return lang == language::german ? "n. v." : "n/a";
}

/// Text of at most `capacity` bytes (UTF-8), built at compile time or at run time without allocating.
class formatted {
 public:
  /// Enough for every number here: INT64_MIN cents as money are 30 bytes.
  static constexpr std::size_t capacity = 48;

  /// Empty.
  constexpr formatted() noexcept = default;

  /// The text.
  [[nodiscard]] constexpr std::string_view view() const noexcept { return {chars_.data(), size_}; }
  /// The text as a std::string (run time only on clang 14).
  [[nodiscard]] std::string str() const { return std::string(view()); }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }

  /// Appends text; throws std::length_error beyond `capacity` bytes.
  constexpr formatted& append(std::string_view text) {
    if (text.size() > capacity - size_) throw_too_long(text);
    for (char const c : text) chars_[size_++] = c;
    return *this;
  }
  constexpr formatted& push_back(char c) { return append(std::string_view{&c, 1}); }

  friend constexpr bool operator==(formatted const& a, formatted const& b) noexcept { return a.view() == b.view(); }
  friend constexpr bool operator==(formatted const& a, std::string_view b) noexcept { return a.view() == b; }
  friend std::ostream& operator<<(std::ostream& os, formatted const& f) { return os << f.view(); }

 private:
  [[noreturn]] static void throw_too_long(std::string_view text) {
    throw std::length_error("amip: the text \"" + std::string(text) + "\" does not fit a formatted number of " +
                            std::to_string(capacity) + " bytes");
  }

  std::array<char, capacity> chars_{};
  std::size_t size_{0};
};

/// Thrown by parse_integer and parse_tenths_of_percent; what() names the text read and the format expected.
class parse_error : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

namespace detail {

/// value / 10^decimals, its integral part grouped in threes: (-5, 1) -> "-0,5", (146'000'000, 2) -> "1.460.000,00".
/// The sign is that of `value`: a value that rounded to 0 prints without one.
constexpr void append_fixed(formatted& out, std::int64_t value, int decimals, language lang) {
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

constexpr void append_percent_sign(formatted& out, percent_spacing spacing) {
  if (spacing == percent_spacing::space) out.push_back(' ');
  out.push_back('%');
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

template <class T>
struct parsed {
  T value;
  parse_failure failure;
};

constexpr bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

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

constexpr parsed<std::int64_t> read_integer(std::string_view text, language lang) {
  text = trimmed(text);
  if (text.empty()) return {0, parse_failure::empty};
  bool const negative = take_sign(text);
  auto const digits = read_digits(text, thousands_separator(lang));
  if (digits.failure != parse_failure::none) return {0, digits.failure};
  return with_sign(digits.value, negative);
}

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

enum class number_kind { integer, percentage };

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

[[noreturn]] inline void throw_parse_error(std::string_view text, number_kind kind, parse_failure failure,
                                           language lang, std::string_view expected) {
  throw parse_error("amip: cannot read \"" + std::string(text) + "\" as " +
                    (kind == number_kind::integer ? "an integer" : "a percentage") + ": " +
                    reason(failure, kind, lang) + "; expected " + std::string(expected));
}

}  // namespace detail

// ---------------------------------------------------------------------------------------------------------------
// Formatting at compile time or run time, into a fixed buffer

/// An integer with thousands separators: 1460000 -> "1.460.000" (German), "1,460,000" (English); the whole int64
/// range, INT64_MIN included.
[[nodiscard]] constexpr formatted formatted_integer(std::int64_t value, language lang = language::german) {
  formatted out;
  detail::append_fixed(out, value, 0, lang);
  return out;
}

/// A count as a bare number, without its unit: 8'510 * entries -> "8.510".
template <Count C>
[[nodiscard]] constexpr formatted formatted_count(C count, language lang = language::german) {
  return formatted_integer(count.value(), lang);
}

/// Tenths of a percent (the "Vergleich" column of Anlage 1) with one decimal: 170 -> "17,0%", -5 -> "-0,5%",
/// 12'345 -> "1.234,5%"; English "17.0%".
[[nodiscard]] constexpr formatted formatted_tenths_of_percent(std::int64_t tenths, language lang = language::german,
                                                              percent_spacing spacing = percent_spacing::none) {
  formatted out;
  detail::append_fixed(out, tenths, 1, lang);
  detail::append_percent_sign(out, spacing);
  return out;
}

/// As above, or `no_value` when there is none (a figure against a prior of 0).
[[nodiscard]] constexpr formatted formatted_tenths_of_percent(std::optional<std::int64_t> tenths,
                                                              std::string_view no_value,
                                                              language lang = language::german,
                                                              percent_spacing spacing = percent_spacing::none) {
  if (!tenths) return formatted{}.append(no_value);
  return formatted_tenths_of_percent(*tenths, lang, spacing);
}

/// As above, or no_value_text(lang) ("n. v.", "n/a") when there is none.
[[nodiscard]] constexpr formatted formatted_tenths_of_percent(std::optional<std::int64_t> tenths,
                                                              language lang = language::german,
                                                              percent_spacing spacing = percent_spacing::none) {
  return formatted_tenths_of_percent(tenths, no_value_text(lang), lang, spacing);
}

/// A relative change in tenths of a percent, rounded half away from zero ("17,0%"), or `no_value`.
[[nodiscard]] constexpr formatted formatted_change(relative_change change, std::string_view no_value,
                                                   language lang = language::german,
                                                   percent_spacing spacing = percent_spacing::none) {
  return formatted_tenths_of_percent(change.tenths_of_percent(), no_value, lang, spacing);
}

/// A relative change in tenths of a percent ("17,0%"), or no_value_text(lang) ("n. v.", "n/a").
[[nodiscard]] constexpr formatted formatted_change(relative_change change, language lang = language::german,
                                                   percent_spacing spacing = percent_spacing::none) {
  return formatted_change(change, no_value_text(lang), lang, spacing);
}

/// A ratio as a percentage with 0 to 16 decimals, rounded half away from zero by exact_ratio::scaled_to:
/// (percent(50), 0) -> "50%", (share(1, 3), 1) -> "33,3%", (share(2, 3), 2) -> "66,67%". Throws
/// std::invalid_argument for other numbers of decimals, amip::overflow_error when the scaled value leaves int64.
[[nodiscard]] constexpr formatted formatted_percent(exact_ratio ratio, int decimals, language lang = language::german,
                                                    percent_spacing spacing = percent_spacing::none) {
  if (decimals < 0 || decimals > 16) {
    throw std::invalid_argument("amip: a percentage is formatted with 0 to 16 decimals, not " +
                                std::to_string(decimals));
  }
  std::int64_t scale = 100;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  formatted out;
  detail::append_fixed(out, ratio.scaled_to(scale), decimals, lang);
  detail::append_percent_sign(out, spacing);
  return out;
}

/// Money, or a rate of money per count (cost_per<entry_count>, value in cents), with two decimals:
/// German "1.460.000,00 €", "-0,03 €" (a plain space before the euro sign); English "EUR 1,460,000.00",
/// "EUR -0.03" (the ISO 4217 code, a space, the signed amount).
template <class Unit>
requires units::is_money_unit<Unit>
[[nodiscard]] constexpr formatted formatted_money(quantity<Unit> amount, language lang = language::german) {
  formatted out;
  if (lang == language::english) out.append("EUR ");
  detail::append_fixed(out, amount.value(), 2, lang);
  if (lang == language::german) out.append(" €");
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The same as std::string, at run time

/// formatted_integer as a std::string: "1.460.000".
[[nodiscard]] inline std::string format_integer(std::int64_t value, language lang = language::german) {
  return formatted_integer(value, lang).str();
}

/// formatted_count as a std::string: 8'510 * entries -> "8.510".
template <Count C>
[[nodiscard]] std::string format_count(C count, language lang = language::german) {
  return formatted_count(count, lang).str();
}

/// formatted_tenths_of_percent as a std::string: 170 -> "17,0%".
[[nodiscard]] inline std::string format_tenths_of_percent(std::int64_t tenths, language lang = language::german,
                                                          percent_spacing spacing = percent_spacing::none) {
  return formatted_tenths_of_percent(tenths, lang, spacing).str();
}

/// formatted_tenths_of_percent as a std::string, or `no_value` (of any length) when there is none.
[[nodiscard]] inline std::string format_tenths_of_percent(std::optional<std::int64_t> tenths, std::string_view no_value,
                                                          language lang = language::german,
                                                          percent_spacing spacing = percent_spacing::none) {
  if (!tenths) return std::string(no_value);
  return format_tenths_of_percent(*tenths, lang, spacing);
}

/// formatted_tenths_of_percent as a std::string, or no_value_text(lang) when there is none.
[[nodiscard]] inline std::string format_tenths_of_percent(std::optional<std::int64_t> tenths,
                                                          language lang = language::german,
                                                          percent_spacing spacing = percent_spacing::none) {
  return format_tenths_of_percent(tenths, no_value_text(lang), lang, spacing);
}

/// formatted_change as a std::string, or `no_value` (of any length) when there is none.
[[nodiscard]] inline std::string format_change(relative_change change, std::string_view no_value,
                                               language lang = language::german,
                                               percent_spacing spacing = percent_spacing::none) {
  return format_tenths_of_percent(change.tenths_of_percent(), no_value, lang, spacing);
}

/// formatted_change as a std::string: "17,0%", or "n. v." ("n/a") when there is no value.
[[nodiscard]] inline std::string format_change(relative_change change, language lang = language::german,
                                               percent_spacing spacing = percent_spacing::none) {
  return format_change(change, no_value_text(lang), lang, spacing);
}

/// formatted_percent as a std::string: (share(1, 3), 1) -> "33,3%".
[[nodiscard]] inline std::string format_percent(exact_ratio ratio, int decimals, language lang = language::german,
                                                percent_spacing spacing = percent_spacing::none) {
  return formatted_percent(ratio, decimals, lang, spacing).str();
}

/// formatted_money as a std::string: "6.666,67 €", "EUR 6,666.67".
template <class Unit>
requires units::is_money_unit<Unit>
[[nodiscard]] std::string format_money(quantity<Unit> amount, language lang = language::german) {
  return formatted_money(amount, lang).str();
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing, for CSV import

/// An integer as formatted_integer writes it, or as typed: German "1.994", "1994", "-1.236"; English "1,994".
/// Surrounding spaces (and tabs, CR, LF) are ignored; separators must group the digits in threes throughout (a first
/// group of 1 to 3 digits, not starting with 0) or be absent. Nothing for any other text or a value outside int64.
[[nodiscard]] constexpr std::optional<std::int64_t> try_parse_integer(std::string_view text,
                                                                      language lang = language::german) {
  auto const result = detail::read_integer(text, lang);
  if (result.failure != detail::parse_failure::none) return std::nullopt;
  return result.value;
}

/// As try_parse_integer, but throws parse_error naming the text, the reason and the format expected:
/// amip: cannot read "1.99.4" as an integer: the thousands separator '.' is misplaced; expected ...
[[nodiscard]] constexpr std::int64_t parse_integer(std::string_view text, language lang = language::german) {
  auto const result = detail::read_integer(text, lang);
  if (result.failure != detail::parse_failure::none) {
    detail::throw_parse_error(text, detail::number_kind::integer, result.failure, lang,
                              lang == language::german
                                  ? "a German integer such as 1.994, 1994 or -1.236 ('.' groups thousands)"
                                  : "an English integer such as 1,994, 1994 or -1,236 (',' groups thousands)");
  }
  return result.value;
}

/// A percentage in tenths: German "17,0%" -> 170, "-0,5 %" -> -5, "400%" -> 4000, "1.234,5" -> 12345; English
/// "17.0%". The '%' (and spaces before it) may be absent, and so may the one decimal; more decimals are not read.
/// Nothing for any other text (including no_value_text) or a value outside int64.
[[nodiscard]] constexpr std::optional<std::int64_t> try_parse_tenths_of_percent(std::string_view text,
                                                                                language lang = language::german) {
  auto const result = detail::read_tenths_of_percent(text, lang);
  if (result.failure != detail::parse_failure::none) return std::nullopt;
  return result.value;
}

/// As try_parse_tenths_of_percent, but throws parse_error naming the text, the reason and the format expected.
[[nodiscard]] constexpr std::int64_t parse_tenths_of_percent(std::string_view text, language lang = language::german) {
  auto const result = detail::read_tenths_of_percent(text, lang);
  if (result.failure != detail::parse_failure::none) {
    detail::throw_parse_error(
        text, detail::number_kind::percentage, result.failure, lang,
        lang == language::german
            ? "a German percentage with at most one decimal such as 17,0%, -0,5% or 400% (',' before the decimal)"
            : "an English percentage with at most one decimal such as 17.0%, -0.5% or 400% ('.' before the "
              "decimal)");
  }
  return result.value;
}

}  // namespace amip::report
