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

#include <amip/core/diagnostics.hpp>
#include <amip/core/language.hpp>
#include <amip/core/number_text.hpp>
#include <amip/core/quantity.hpp>
#include <amip/core/ratio.hpp>

namespace amip::report {

/// The language of a report's numbers. German (the seed's) is the default of every function here.
/// German: 1.460.000   17,0%   1.460.000,00 €   n. v.; English: 1,460,000   17.0%   EUR 1,460,000.00   n/a
using amip::language;

/// The thousands separator ('.' German, ',' English) and the decimal separator (',' German, '.' English).
using number_text::decimal_separator;
using number_text::thousands_separator;

/// Whether a space stands between a percentage and its sign: the seed prints "17,0%" (none); DIN 5008 writes
/// "17,0 %" (space). The space is a plain ASCII space.
enum class percent_spacing { none, space };

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
  /// The text, held in this value: valid while it lives. (Compare a temporary directly: formatted_count(n) == "1.994".)
  [[nodiscard]] constexpr std::string_view view() const& noexcept AMIP_LIFETIMEBOUND { return {chars_.data(), size_}; }
  AMIP_REJECTED("the text of a temporary formatted number would dangle at once; compare it, call str(), or keep it")
  view() const&& AMIP_DELETED;
  /// The text as a std::string (run time only on clang 14).
  [[nodiscard]] std::string str() const { return std::string(view()); }
  /// The length of the text in bytes.
  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }

  /// Appends text; throws std::length_error beyond `capacity` bytes.
  constexpr formatted& append(std::string_view text) {
    if (text.size() > capacity - size_) throw_too_long(text);
    for (char const c : text) chars_[size_++] = c;
    return *this;
  }
  /// Appends one character; throws std::length_error beyond `capacity` bytes.
  constexpr formatted& push_back(char c) { return append(std::string_view{&c, 1}); }

  /// @name Comparison and output
  //@{
  /// Compares the text with another formatted number or any text; writes the text to a stream.
  friend constexpr bool operator==(formatted const& a, formatted const& b) noexcept { return a.view() == b.view(); }
  friend constexpr bool operator==(formatted const& a, std::string_view b) noexcept { return a.view() == b; }
  friend std::ostream& operator<<(std::ostream& os, formatted const& f) { return os << f.view(); }
  //@}

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

// The number text below the report layer (amip/core/number_text.hpp), under the names reports have always used.
using number_text::append_fixed;
using number_text::is_space;
using number_text::number_kind;
using number_text::parse_failure;
using number_text::parsed;
using number_text::read_digits;
using number_text::read_integer;
using number_text::read_tenths_of_percent;
using number_text::reason;
using number_text::take_sign;
using number_text::trimmed;
using number_text::with_sign;

constexpr void append_percent_sign(formatted& out, percent_spacing spacing) {
  if (spacing == percent_spacing::space) out.push_back(' ');
  out.push_back('%');
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
