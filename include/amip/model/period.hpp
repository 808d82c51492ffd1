// Periods: the year and kind of figure (plan, projection, actual) a figure belongs to.
//
// Synopsis
//
//   namespace amip {
//   enum class figure_kind { plan, projection, actual };        // Plan, Hochrechnung, Ergebnis
//   struct period { std::int32_t year; figure_kind kind; };
//   constexpr period plan_of(y), projection_of(y), actual_of(y); // y a whole number: plan_of(2026.5) fails
//   std::string to_string(period, language = german);           // "Plan 2026", "Ergebnis 2025"
//   }
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include <amip/core/integer.hpp>
#include <amip/core/language.hpp>

namespace amip {

/// What a figure is: planned, projected (Hochrechnung) or the result (Ergebnis) of a year.
enum class figure_kind : unsigned char {
  plan,        ///< Plan, Eintritte <year> in Anlage 1
  projection,  ///< Hochrechnung
  actual,      ///< Ergebnis
};

/// The year and kind a figure belongs to.
struct period {
  std::int32_t year;
  figure_kind kind;
  friend constexpr bool operator==(period, period) noexcept = default;
};

namespace detail {
[[noreturn]] inline void throw_year_out_of_range() {
  throw std::out_of_range("amip: a period's year must fit in 32 bits");
}
template <Integer Y>
[[nodiscard]] constexpr period period_of(Y year, figure_kind kind) {
  if (!std::in_range<std::int32_t>(year)) throw_year_out_of_range();
  return {static_cast<std::int32_t>(year), kind};
}
}  // namespace detail

/// The plan of a year: plan_of(2026). The year is a whole number; plan_of(2026.5) does not compile.
template <Integer Y>
[[nodiscard]] constexpr period plan_of(Y year) {
  return detail::period_of(year, figure_kind::plan);
}
/// The projection (Hochrechnung) of a year.
template <Integer Y>
[[nodiscard]] constexpr period projection_of(Y year) {
  return detail::period_of(year, figure_kind::projection);
}
/// The result (Ergebnis) of a year.
template <Integer Y>
[[nodiscard]] constexpr period actual_of(Y year) {
  return detail::period_of(year, figure_kind::actual);
}

/// "Plan 2026", "Hochrechnung 2025", "Ergebnis 2025" (German) or "plan 2026", "projection 2025", "actual 2025".
[[nodiscard]] inline std::string to_string(period p, language lang = language::german) {
  constexpr std::array<std::string_view, 3> german{"Plan", "Hochrechnung", "Ergebnis"};
  constexpr std::array<std::string_view, 3> english{"plan", "projection", "actual"};
  auto const k = static_cast<std::size_t>(p.kind);
  return std::string(lang == language::german ? german[k] : english[k]) + " " + std::to_string(p.year);
}

}  // namespace amip
