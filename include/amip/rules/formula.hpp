// Formulas of findings, checked: a placeholder that names no figure is a compile error where the formula is a
// string literal, and an amip::formula_error naming the placeholder and the rule where it is text known only at run
// time (explanation.hpp throws it when it renders the finding).
//
// Synopsis
//
//   namespace amip {
//   inline constexpr std::size_t formula_figure_limit = 8;    // {0} … {7}: an outcome holds at most 8 figures
//   class checked_formula;                                    // a formula checked when it is compiled
//     consteval checked_formula(char const (&)[N]);           // outcome{ok, "{label} = {0}", {…}} checks here:
//                                                             // "{lable} = {0}" does not compile
//   constexpr std::optional<std::string_view> unknown_placeholder(std::string_view formula);   // "{lable}", or none
//   class formula_error;                                      // thrown at run time, see explanation.hpp
//   }
//
// The placeholders are {0} … {7} (the figures, in the order they were added), {label}, {now_period} and
// {prior_period}. Every '{' opens one: a formula has no other braces. A formula chosen at run time (a std::string_view
// variable, or `passed ? "…" : "…"`, which is a plain pointer) is not a string literal any more; it is checked when
// the finding is rendered, against its figures and periods as well. To have a choice of formulas checked at compile
// time, choose by assignment: `checked_formula f = "{label} = {0} ≥ {1}"; if (!ok) f = "{label} = {0} < {1}";`
// (clang 14 crashes generating code for `ok ? checked_formula{"…"} : checked_formula{"…"}`; a ?: between named
// checked_formula variables is fine).
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string_view>

namespace amip {

/// How many figures a formula may name: {0} … {7}.
inline constexpr std::size_t formula_figure_limit = 8;

/// The first placeholder of `formula` that names nothing amip knows ("{lable}", "{8}", an unclosed "{0"), or none.
/// Whether the figures and periods it names are there is known only when the finding is rendered.
[[nodiscard]] constexpr std::optional<std::string_view> unknown_placeholder(std::string_view formula) noexcept {
  for (std::size_t open = formula.find('{'); open != std::string_view::npos; open = formula.find('{', open + 1)) {
    auto const close = formula.find('}', open);
    if (close == std::string_view::npos) return formula.substr(open);
    auto const name = formula.substr(open + 1, close - open - 1);
    bool const figure = name.size() == 1 && name[0] >= '0' && name[0] < static_cast<char>('0' + formula_figure_limit);
    if (!figure && name != "label" && name != "now_period" && name != "prior_period") {
      return formula.substr(open, close - open + 1);
    }
  }
  return std::nullopt;
}

namespace detail {
// Not constexpr: calling it while a checked_formula is compiled stops the compile, and its name says why.
inline void error_a_formula_placeholder_names_no_figure_use_0_to_7_label_now_period_or_prior_period() {}
}  // namespace detail

/// A formula whose placeholders were checked when it was compiled. Made implicitly from a string literal only.
class checked_formula {
 public:
  /// No formula (the explanation is then the rule's title with "holds" or "does not hold").
  constexpr checked_formula() noexcept = default;
  /// A string literal, checked at compile time: "{label}: {0} ≤ {1}" compiles, "{lable}: {0}" does not.
  template <std::size_t N>
  consteval checked_formula(char const (&text)[N])  // NOLINT(google-explicit-constructor): a literal is a formula
      : text_{text, N - 1} {
    if (unknown_placeholder(text_)) {
      detail::error_a_formula_placeholder_names_no_figure_use_0_to_7_label_now_period_or_prior_period();
    }
  }

  /// The formula's text, with its placeholders ({0}, {label}); empty for none.
  [[nodiscard]] constexpr std::string_view text() const noexcept { return text_; }

 private:
  std::string_view text_;
};

/// A placeholder of a formula known only at run time that names no figure, label or period of its finding.
class formula_error : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

}  // namespace amip
