// Periods: when a figure is (a year, a quarter or a month), what kind of figure it is (plan, projection, actual,
// target) and, optionally, which version of it (Haushaltsplan, Geschäftsplan, Entwurf, Nachtrag 1).
//
// Synopsis
//
//   namespace amip {
//   class period_error;                                          // a std::out_of_range with a sentence
//   enum class figure_kind { plan, projection, actual, target }; // Plan, Hochrechnung, Ergebnis (Ist), Ziel
//   enum class period_span { year, quarter, month };             // Jahr, Quartal, Monat
//
//   class part_of_year {                                         // the whole year, a quarter or a month
//     constexpr part_of_year();                                  // the whole year
//     static constexpr part_of_year quarter(q), month(m);        // q in 1–4, m in 1–12, else period_error
//     constexpr period_span span() const;  constexpr int number() const;   // 3 for Q3 or July, 0 for a year
//   };
//   struct calendar_period { std::int32_t year; part_of_year part; };      // a "when" without a kind
//   constexpr calendar_period year_of(y), quarter_of(y, q), month_of(y, m); // month_of(2019, 7): July 2019
//
//   class version_name {                                         // owned UTF-8 text, at most 31 bytes
//     static constexpr std::size_t max_bytes = 31;
//     constexpr version_name();  constexpr explicit version_name(std::string_view);  // or period_error
//     constexpr std::string_view view() const;  constexpr bool empty() const;
//   };
//
//   struct period {
//     std::int32_t year;  figure_kind kind;  part_of_year part;  version_name version;
//     constexpr period_span span() const;  constexpr calendar_period when() const;
//     constexpr period with_version(std::string_view) const;     // plan_of(2026).with_version("Geschäftsplan")
//     constexpr period without_version() const;
//     constexpr period year_before() const;                      // the same period a year before (Vorjahr)
//     ==, !=
//   };
//   constexpr period plan_of(w), projection_of(w), actual_of(w), target_of(w);
//                                         // w a year (a whole number: plan_of(2026.5) fails) or a calendar_period
//   // A floating-point year, month or quarter (or a bool month or quarter) does not compile, with a sentence.
//   std::string to_string(period, language = german);
//   std::string_view kind_name(figure_kind, language = german);  // "Plan", "Hochrechnung", "Ergebnis", "Ziel"
//   std::string calendar_label(period, language = german);       // "2026", "Q3 2026", "07/2019" (en "2019-07")
//   }
//
// to_string() writes "<kind> <when>[ (<version>)]", the form a column header of a plan file takes:
//
//                      German                        English
//   a year             Plan 2026                     plan 2026
//                      Hochrechnung 2025             projection 2025
//                      Ergebnis 2025                 actual 2025
//                      Ziel 2026                     target 2026
//   a quarter          Plan Q3 2026                  plan Q3 2026
//   a month            Ergebnis 07/2019              actual 2019-07
//   a version          Plan 2026 (Geschäftsplan)     plan 2026 (Geschäftsplan)
//
// Two periods are equal when year, kind, part of the year and version are: plan_of(2026) (no version),
// plan_of(2026).with_version("Haushaltsplan") and plan_of(2026).with_version("Geschäftsplan") are three periods,
// and a plan can hold figures for all of them side by side.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <amip/core/diagnostics.hpp>
#include <amip/core/integer.hpp>
#include <amip/core/language.hpp>

namespace amip {

/// Thrown for a period that cannot be: a month outside 1–12, a quarter outside 1–4, a year outside 32 bits, a
/// version name too long or not fit for a column header. what() says which and why.
class period_error : public std::out_of_range {
 public:
  using std::out_of_range::out_of_range;
};

/// What a figure is: planned, projected (Hochrechnung), the result (Ergebnis, Ist) or a target (Ziel, Zielwert).
enum class figure_kind : unsigned char {
  plan,        ///< Plan, `Eintritte <year>` in Anlage 1
  projection,  ///< Hochrechnung
  actual,      ///< Ergebnis, Ist
  target,      ///< Ziel, Zielwert
};

/// How long a period is: a year (Jahr), a quarter (Quartal) or a month (Monat).
enum class period_span : unsigned char {
  year,
  quarter,
  month,
};

namespace detail {
[[noreturn]] inline void throw_period_error(std::string const& sentence) { throw period_error("amip: " + sentence); }
template <Integer I>
[[nodiscard]] constexpr std::uint8_t number_in(I n, int first, int last, char const* what) {
  if (std::cmp_less(n, first) || std::cmp_greater(n, last)) {
    throw_period_error(std::string("a ") + what + " is " + std::to_string(first) + " to " + std::to_string(last) +
                       ", not " + std::to_string(n));
  }
  return static_cast<std::uint8_t>(n);
}
template <Integer Y>
[[nodiscard]] constexpr std::int32_t year_in_range(Y year) {
  if (!std::in_range<std::int32_t>(year)) {
    throw_period_error("a period's year must fit in 32 bits, " + std::to_string(year) + " does not");
  }
  return static_cast<std::int32_t>(year);
}
}  // namespace detail

/// Which part of its year a period covers: the whole year (the default), a quarter (1–4) or a month (1–12).
/// Made only through its checked factories, so it always holds a valid quarter or month.
class part_of_year {
 public:
  /// The whole year.
  constexpr part_of_year() noexcept = default;
  /// Quarter q of the year, q in 1–4; anything else throws amip::period_error. q is a whole number.
  template <Integer Q>
  [[nodiscard]] static constexpr part_of_year quarter(Q q) {
    return {period_span::quarter, detail::number_in(q, 1, 4, "quarter")};
  }
  /// Month m of the year, m in 1–12 (1 is January); anything else throws amip::period_error.
  template <Integer M>
  [[nodiscard]] static constexpr part_of_year month(M m) {
    return {period_span::month, detail::number_in(m, 1, 12, "month")};
  }
  /// Whether this is the whole year, a quarter or a month.
  [[nodiscard]] constexpr period_span span() const noexcept { return span_; }
  /// The quarter (1–4) or the month (1–12); 0 for the whole year.
  [[nodiscard]] constexpr int number() const noexcept { return number_; }
  /// The same span and number.
  friend constexpr bool operator==(part_of_year, part_of_year) noexcept = default;

 private:
  constexpr part_of_year(period_span span, std::uint8_t number) noexcept : span_{span}, number_{number} {}
  period_span span_ = period_span::year;
  std::uint8_t number_ = 0;
};

/// A year, a quarter or a month of the calendar, without a kind: what plan_of() and its siblings take.
struct calendar_period {
  /// The calendar year (2026).
  std::int32_t year{};
  /// The whole year, a quarter or a month of it.
  part_of_year part{};
  /// The same year and part of it.
  friend constexpr bool operator==(calendar_period, calendar_period) noexcept = default;
};

/// A whole year: year_of(2026). The year is a whole number that fits in 32 bits, else amip::period_error.
template <Integer Y>
[[nodiscard]] constexpr calendar_period year_of(Y year) {
  return {detail::year_in_range(year), part_of_year{}};
}
/// A quarter of a year: quarter_of(2026, 3) is the third quarter (Q3 2026), July to September.
template <Integer Y, Integer Q>
[[nodiscard]] constexpr calendar_period quarter_of(Y year, Q quarter) {
  return {detail::year_in_range(year), part_of_year::quarter(quarter)};
}
/// A month of a year: month_of(2019, 7) is July 2019. The month is 1–12, else amip::period_error.
template <Integer Y, Integer M>
[[nodiscard]] constexpr calendar_period month_of(Y year, M month) {
  return {detail::year_in_range(year), part_of_year::month(month)};
}

/// Not from floating point or bool: month_of(2019, 7.5) would silently be July, month_of(2019, true) January.
template <class Y, class M>
requires(std::is_floating_point_v<Y> || std::is_floating_point_v<M> || std::is_same_v<Y, bool> ||
         std::is_same_v<M, bool>)
    AMIP_REJECTED(
        "a month is a whole number from 1 to 12 of a whole-numbered year (month_of(2019, 7)), not a "
        "floating-point value or a bool")
month_of(Y, M) AMIP_DELETED;
/// Not from floating point or bool: quarter_of(2026, 2.5) is no quarter.
template <class Y, class Q>
requires(std::is_floating_point_v<Y> || std::is_floating_point_v<Q> || std::is_same_v<Y, bool> ||
         std::is_same_v<Q, bool>)
    AMIP_REJECTED(
        "a quarter is a whole number from 1 to 4 of a whole-numbered year (quarter_of(2026, 3)), not a "
        "floating-point value or a bool")
quarter_of(Y, Q) AMIP_DELETED;

struct period;

/// The name of one version of a period's figures: "Haushaltsplan", "Geschäftsplan", "Entwurf", "Nachtrag 1".
/// The text is the period's own (no reference to anyone's storage), at most max_bytes bytes of UTF-8, so that a
/// period stays a small value usable in constant expressions. Empty means no version.
class version_name {
 public:
  /// The longest name, in bytes of UTF-8: "Geschäftsplan" is 14 bytes (ä takes two), "2. Nachtragshaushaltsplan"
  /// 26. A period is a value, copied freely, so its size is kept small: 40 bytes with the name.
  static constexpr std::size_t max_bytes = 31;

  /// No version.
  constexpr version_name() noexcept = default;
  /// A version named `name`: valid UTF-8 of at most max_bytes bytes, without control characters, without
  /// '(', ')', '[' and ']' (they delimit the version and the unit in a column header, "Plan 2026 (Entwurf) [EUR]"),
  /// and without a space at either end. Anything else throws amip::period_error. "" is no version.
  constexpr explicit version_name(std::string_view name) {
    if (name.size() > max_bytes) {
      detail::throw_period_error("the version name \"" + std::string(name) + "\" has " + std::to_string(name.size()) +
                                 " bytes; a period's version holds at most " + std::to_string(max_bytes) +
                                 " bytes of UTF-8");
    }
    check(name);
    for (char const c : name) chars_[size_++] = c;
  }

  /// The name; valid while this version_name lives and is not changed.
  [[nodiscard]] constexpr std::string_view view() const noexcept { return {chars_.data(), size_}; }
  /// Whether there is no version.
  [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
  /// The length of the name in bytes of UTF-8 (at most max_bytes).
  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  /// The same name, byte for byte.
  friend constexpr bool operator==(version_name const& a, version_name const& b) noexcept {
    return a.size_ == b.size_ && same_bytes(a, b);  // no version (the common case) is decided on the size
  }

 private:
  friend constexpr bool operator==(period const& a, period const& b) noexcept;
  // The bytes of two names of the same size.
  [[nodiscard]] static constexpr bool same_bytes(version_name const& a, version_name const& b) noexcept {
    static_assert(offsetof(version_name, size_) == 0, "period's == reads the size as the 8th byte of a period");
    for (std::size_t i = 0; i < a.size_; ++i) {
      if (a.chars_[i] != b.chars_[i]) return false;
    }
    return true;
  }
  static constexpr void check(std::string_view name) {
    if (name.empty()) return;
    if (name.front() == ' ' || name.back() == ' ') refuse(name, "begins or ends with a space");
    for (std::size_t i = 0; i < name.size();) {
      auto const c = static_cast<unsigned char>(name[i]);
      if (c < 0x20U || c == 0x7FU) refuse(name, "holds a control character (a line break, a tab)");
      if (c == '(' || c == ')' || c == '[' || c == ']') {
        refuse(name, "holds a bracket, which a column header uses to set off the version and the unit");
      }
      std::size_t length = 0;  // of the UTF-8 sequence that starts here; 0 for a byte that starts none
      if (c < 0x80U) {
        length = 1;
      } else if ((c & 0xE0U) == 0xC0U) {
        length = 2;
      } else if ((c & 0xF0U) == 0xE0U) {
        length = 3;
      } else if ((c & 0xF8U) == 0xF0U) {
        length = 4;
      }
      if (length == 0 || (length == 2 && c < 0xC2U) || (length == 4 && c > 0xF4U) || i + length > name.size()) {
        refuse(name, "is not valid UTF-8");
      }
      auto const second = length > 1 ? static_cast<unsigned char>(name[i + 1]) : 0x80U;
      if ((c == 0xE0U && second < 0xA0U) || (c == 0xEDU && second > 0x9FU) || (c == 0xF0U && second < 0x90U) ||
          (c == 0xF4U && second > 0x8FU)) {
        refuse(name, "is not valid UTF-8");  // overlong, a surrogate, or beyond U+10FFFF
      }
      for (std::size_t k = 1; k < length; ++k) {
        if ((static_cast<unsigned char>(name[i + k]) & 0xC0U) != 0x80U) refuse(name, "is not valid UTF-8");
      }
      i += length;
    }
  }
  [[noreturn]] static void refuse(std::string_view name, char const* why) {
    detail::throw_period_error("the version name \"" + std::string(name) + "\" " + why);
  }

  // The size first: a period's year, kind, part of the year and version size share its first 8 bytes.
  std::uint8_t size_ = 0;
  std::array<char, max_bytes> chars_{};
};

/// The period a figure belongs to: a year, quarter or month; plan, projection, actual or target; and, where two
/// figures of one kind and time stand side by side, a version. A small literal value: it can be a constexpr
/// constant, compared with ==, and copied freely (it owns its version name).
struct period {
  /// The calendar year (2026).
  std::int32_t year{};
  /// Plan, Hochrechnung (projection), Ergebnis (actual) or Ziel (target).
  figure_kind kind{};
  part_of_year part{};     ///< the whole year unless made from quarter_of() or month_of()
  version_name version{};  ///< none unless given with with_version()

  /// Whether the period is a year, a quarter or a month.
  [[nodiscard]] constexpr period_span span() const noexcept { return part.span(); }
  /// The time of the period, without its kind and version.
  [[nodiscard]] constexpr calendar_period when() const noexcept { return {year, part}; }
  /// The same period, of the version `name`: plan_of(2026).with_version("Geschäftsplan"). Throws
  /// amip::period_error for a name version_name does not take.
  [[nodiscard]] constexpr period with_version(std::string_view name) const {
    period out = *this;
    out.version = version_name{name};
    return out;
  }
  /// The same period without a version.
  [[nodiscard]] constexpr period without_version() const noexcept {
    period out = *this;
    out.version = version_name{};
    return out;
  }
  /// The same period a year before, of the same kind and version: for "Juli 2019 gegenüber Vorjahresmonat",
  /// actual_of(month_of(2019, 7)).year_before() is actual_of(month_of(2018, 7)). Throws amip::period_error below
  /// the first year a 32-bit integer holds.
  [[nodiscard]] constexpr period year_before() const {
    if (year == std::numeric_limits<std::int32_t>::min())
      detail::throw_period_error("the year " + std::to_string(year) + " has no year before it");
    period out = *this;
    --out.year;
    return out;
  }
  /// Equal in year, kind, part of the year and version. Plans look periods up by == (every figure lookup), so at
  /// run time it compares year, kind, part of the year and the version's size at once, as the period's first 8
  /// bytes (no padding among them), and a version's bytes only where both have one of the same size.
  friend constexpr bool operator==(period const& a, period const& b) noexcept {
    if (!std::is_constant_evaluated()) {
      std::uint64_t head_a = 0;
      std::uint64_t head_b = 0;
      std::memcpy(&head_a, &a, sizeof head_a);
      std::memcpy(&head_b, &b, sizeof head_b);
      return head_a == head_b && version_name::same_bytes(a.version, b.version);
    }
    return a.year == b.year && a.kind == b.kind && a.part == b.part && a.version == b.version;
  }
};
// What period's == reads as its first 8 bytes: year (4), kind (1), part of the year (2), the version's size (1).
static_assert(std::is_standard_layout_v<period> && std::is_trivially_copyable_v<period>);
static_assert(offsetof(period, kind) == 4 && offsetof(period, part) == 5 && sizeof(part_of_year) == 2 &&
              offsetof(period, version) == 7 && sizeof(period) == 40);

namespace detail {
[[nodiscard]] constexpr period period_of(calendar_period when, figure_kind kind) noexcept {
  return {when.year, kind, when.part, version_name{}};
}
}  // namespace detail

/// The plan of a year, a quarter or a month: plan_of(2026), plan_of(quarter_of(2026, 3)). A year is a whole number;
/// plan_of(2026.5) does not compile.
template <Integer Y>
[[nodiscard]] constexpr period plan_of(Y year) {
  return detail::period_of(year_of(year), figure_kind::plan);
}
/// The plan of a calendar period: plan_of(month_of(2026, 3)).
[[nodiscard]] constexpr period plan_of(calendar_period when) noexcept {
  return detail::period_of(when, figure_kind::plan);
}
/// The projection (Hochrechnung) of a year, a quarter or a month.
template <Integer Y>
[[nodiscard]] constexpr period projection_of(Y year) {
  return detail::period_of(year_of(year), figure_kind::projection);
}
/// The projection of a calendar period: projection_of(quarter_of(2026, 3)).
[[nodiscard]] constexpr period projection_of(calendar_period when) noexcept {
  return detail::period_of(when, figure_kind::projection);
}
/// The result (Ergebnis, Ist) of a year, a quarter or a month: actual_of(month_of(2019, 7)).
template <Integer Y>
[[nodiscard]] constexpr period actual_of(Y year) {
  return detail::period_of(year_of(year), figure_kind::actual);
}
/// The result of a calendar period: actual_of(month_of(2019, 7)).
[[nodiscard]] constexpr period actual_of(calendar_period when) noexcept {
  return detail::period_of(when, figure_kind::actual);
}
/// The target (Ziel, Zielwert) of a year, a quarter or a month.
template <Integer Y>
[[nodiscard]] constexpr period target_of(Y year) {
  return detail::period_of(year_of(year), figure_kind::target);
}
/// The target of a calendar period: target_of(quarter_of(2026, 4)).
[[nodiscard]] constexpr period target_of(calendar_period when) noexcept {
  return detail::period_of(when, figure_kind::target);
}

/// Not from a floating-point year: plan_of(2026.5) would silently be 2026.
template <class F>
requires(std::is_floating_point_v<F>)
    AMIP_REJECTED("a year is a whole number (plan_of(2026)), not a floating-point value")
plan_of(F) AMIP_DELETED;
template <class F>
requires(std::is_floating_point_v<F>)
    AMIP_REJECTED("a year is a whole number (projection_of(2025)), not a floating-point value")
projection_of(F) AMIP_DELETED;
template <class F>
requires(std::is_floating_point_v<F>)
    AMIP_REJECTED("a year is a whole number (actual_of(2025)), not a floating-point value")
actual_of(F) AMIP_DELETED;
template <class F>
requires(std::is_floating_point_v<F>)
    AMIP_REJECTED("a year is a whole number (target_of(2026)), not a floating-point value")
target_of(F) AMIP_DELETED;

/// The name of a kind of figure: German "Plan", "Hochrechnung", "Ergebnis", "Ziel"; English "plan", "projection",
/// "actual", "target".
[[nodiscard]] constexpr std::string_view kind_name(figure_kind kind, language lang = language::german) noexcept {
  constexpr std::array<std::string_view, 4> german{"Plan", "Hochrechnung", "Ergebnis", "Ziel"};
  constexpr std::array<std::string_view, 4> english{"plan", "projection", "actual", "target"};
  auto const k = static_cast<std::size_t>(kind);
  return lang == language::german ? german[k] : english[k];
}

/// The time of a period as a header writes it: "2026"; a quarter "Q3 2026"; a month German "07/2019", English
/// "2019-07" (ISO 8601).
[[nodiscard]] inline std::string calendar_label(period p, language lang = language::german) {
  auto const year = std::to_string(p.year);
  auto const n = p.part.number();
  switch (p.span()) {
    case period_span::year:
      break;
    case period_span::quarter:
      return "Q" + std::to_string(n) + " " + year;
    case period_span::month: {
      std::string const month = (n < 10 ? "0" : "") + std::to_string(n);
      return lang == language::german ? month + "/" + year : year + "-" + month;
    }
  }
  return year;
}

/// "<kind> <when>[ (<version>)]": "Plan 2026", "Ergebnis 2025", "Ziel 2026", "Plan Q3 2026", "Ergebnis 07/2019",
/// "Plan 2026 (Geschäftsplan)"; English "plan 2026", "actual 2019-07", "plan 2026 (Geschäftsplan)". The table in
/// the synopsis above lists every form.
[[nodiscard]] inline std::string to_string(period const& p, language lang = language::german) {
  std::string out = std::string(kind_name(p.kind, lang)) + " " + calendar_label(p, lang);
  if (!p.version.empty()) out += " (" + std::string(p.version.view()) + ")";
  return out;
}

}  // namespace amip
