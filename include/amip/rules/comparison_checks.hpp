// Checks over a comparison of a plan (amip::compare(plan, now, prior)): the building blocks of the built-in plan
// rules, and check(plan, now, prior, rules). The only rules header that needs plans and comparisons.
//
// Synopsis
//
//   namespace amip {
//   concept PlanComparison;                                    // what compare(plan, now, prior) returns
//   constexpr findings check(plan, now, prior, rules);         // = check(compare(plan, now, prior), rules)
//
//   namespace checks {                     // building blocks over a comparison of a plan
//   class line_ref;                        // a measure, or a line key with a label
//   template <std::size_t N> class grows, shrinks;  // each line grows (shrinks): one finding per line;
//                                                   // grows{measure::egz, measure::p16e} deduces N
//   template <std::size_t N> class total_grows;     // the sum of the lines grows: one finding
//   class grows_moderately;                         // 0 < change <= limit: one finding
//   }
//   }
//
//   amip::rule{"mag-grows", "MAG grows", amip::checks::grows{amip::measure::mag}}
//
// Each check, called, returns its outcomes (what a user's check derived from it builds on); run by a rule, it
// writes its findings in place, without the copies of outcome's builders (zero overhead against hand-written code,
// benchmarks/zero_overhead.bench.cpp).
#pragma once

#include <array>
#include <concepts>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>
#include <utility>

#include <amip/core/diagnostics.hpp>
#include <amip/core/quantity.hpp>
#include <amip/core/ratio.hpp>
#include <amip/core/text.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/comparison.hpp>
#include <amip/model/measure.hpp>
#include <amip/model/period.hpp>
#include <amip/model/plan.hpp>
#include <amip/rules/finding.hpp>
#include <amip/rules/formula.hpp>
#include <amip/rules/rule.hpp>

namespace amip {

/// A comparison of a plan (amip::compare(plan, now, prior)), what the built-in plan rules inspect.
template <class T>
concept PlanComparison = requires(std::remove_cvref_t<T> const& c) {
  typename std::remove_cvref_t<T>::row;
  requires Plan<std::remove_cvref_t<decltype(c.plan())>>;
  { c.now_period() } -> std::same_as<period>;
  { c.prior_period() } -> std::same_as<period>;
};

/// Runs rules on a comparison of a plan: check(egt, plan_of(2026), actual_of(2025), rules).
template <class P, class Rules>
[[nodiscard]] constexpr findings check(P const& plan, period now, period prior, Rules const& rules) {
  static_assert(Plan<P>, "amip: check(plan, now, prior, rules) takes a plan (amip::plan<Q>) as its first argument.");
  return check(compare(plan, now, prior), rules);
}

// ---------------------------------------------------------------------------------------------------------------
// Building blocks over a comparison of a plan

/// Checks over a comparison of a plan (grows, shrinks, total_grows, grows_moderately), to make rules of.
namespace checks {

/// A line a check looks at: a measure (its catalogue line, key and abbreviation), or a line key with a label.
///
/// A view, as its name says: a line_ref refers to its key and label, which must outlive the check holding it (string
/// literals, amip's table of measures, a tag's traits and other static text do; a measure declared at run time
/// must outlive the check). The findings a check makes own copies of them (amip::text), except of literals and
/// static measures, which they view.
class line_ref {
 public:
  /// A measure: amip's own, a tag of one's own, or one declared at run time (viewed).
  constexpr line_ref(measure_ref measure) noexcept  // NOLINT(google-explicit-constructor): a measure is a line
      : measure_{measure},
        key_{measure.key()},
        label_{measure.info().abbreviation},
        static_{measure.is_static()} {}
  /// One of amip's own measures; throws std::out_of_range for a value that is no measure_id.
  constexpr line_ref(measure_id measure)  // NOLINT(google-explicit-constructor): a measure is a line
      : line_ref{measure_ref{measure}} {}
  /// A measure's tag, amip's own or one's own (static: nothing to keep alive).
  template <MeasureTag M>
  constexpr line_ref(M measure) noexcept : line_ref{measure_ref{measure}} {}  // NOLINT(google-explicit-constructor)
  /// A measure held by an owned_measure, viewed: the owned_measure (or a copy) must outlive the check.
  constexpr line_ref(owned_measure const& measure) noexcept  // NOLINT(google-explicit-constructor)
      : line_ref{measure.ref()} {}
  /// A line by its key in the plan's catalogue ("health_project"), with the label an explanation shows: string
  /// literals, which live as long as the program.
  template <std::size_t K, std::size_t L>
  constexpr line_ref(char const (&key)[K], char const (&label)[L]) noexcept
      : key_{key, K - 1}, label_{label, L - 1}, static_{true} {}
  /// The same with any text, viewed: keep it alive as long as the check (findings copy it).
  constexpr line_ref(std::string_view key, std::string_view label) noexcept : key_{key}, label_{label} {}

  /// The line's key in the plan's catalogue (a measure's key: "mat").
  [[nodiscard]] constexpr std::string_view key() const noexcept { return key_; }
  /// The label an explanation shows (a measure's abbreviation: "MAT").
  [[nodiscard]] constexpr std::string_view label() const noexcept { return label_; }
  /// The measure, where the line was given as one (then it is found by measure, not by key).
  [[nodiscard]] constexpr std::optional<measure_ref> measure() const noexcept { return measure_; }
  /// The key and the label as a finding keeps them: viewed where they are literals or a measure's, else copied.
  [[nodiscard]] constexpr text key_text() const { return static_ ? text::of_static(key_) : text{key_}; }
  /// @copydoc key_text
  [[nodiscard]] constexpr text label_text() const { return static_ ? text::of_static(label_) : text{label_}; }

  /// The line in a catalogue, if it has one.
  [[nodiscard]] constexpr std::optional<line_index> find_in(catalog const& table) const noexcept {
    return measure_ ? table.find(*measure_) : table.find(key_);
  }

 private:
  std::optional<measure_ref> measure_ = std::nullopt;
  std::string_view key_;
  std::string_view label_;
  bool static_ = false;  // key_ and label_ are literals or a static measure's: they outlive everything
};

namespace detail {

enum class direction : unsigned char { grows, shrinks, grows_moderately };

// The figures of some lines summed, now and prior; known only where every line has both.
template <class Q>
struct summed {
  bool known = false;
  Q now;    // no "{}": GCC 12 (see plan.hpp); Q's default constructor makes it zero
  Q prior;  // likewise
};

template <class C>
constexpr auto sum_lines(C const& cmp, std::span<line_ref const> refs) {
  using Q = typename std::remove_cvref_t<decltype(cmp.plan())>::quantity_type;
  summed<Q> out;
  auto const now_figures = cmp.plan().figures_of(amip::detail::comparison_periods::now(cmp));
  auto const prior_figures = cmp.plan().figures_of(amip::detail::comparison_periods::prior(cmp));
  for (auto const& ref : refs) {
    auto const line = ref.find_in(cmp.plan().structure());
    if (!line) return summed<Q>{};
    auto const now = now_figures[*line];
    auto const prior = prior_figures[*line];
    if (!now || !prior) return summed<Q>{};
    out.now += *now;
    out.prior += *prior;
  }
  out.known = true;
  return out;
}

// What a change check finds: the figures, the change, the verdict and its formula. Everything that can throw
// (an overflowing sum) happens here, before a finding is added.
template <class Q>
struct change_verdict {
  summed<Q> figures;
  relative_change change;
  bool passed = false;
  checked_formula formula;
};

template <class C>
constexpr auto judge_change(C const& cmp, std::span<line_ref const> refs, direction dir, exact_ratio limit) {
  auto const figures = sum_lines(cmp, refs);
  using Q = typename std::remove_cvref_t<decltype(cmp.plan())>::quantity_type;
  bool passed = false;
  checked_formula formula = "{label}: no figure for {now_period} or {prior_period}, so no change";
  relative_change change{};
  if (figures.known) {
    change = change_of(figures.now, figures.prior);
    bool const from_zero = figures.prior.value() == 0;
    switch (dir) {
      // Formulas are chosen by assignment, not by ?: between checked literals (clang 14 crashes generating that).
      case direction::grows:
        passed = figures.now > figures.prior;
        if (from_zero && passed) {
          formula = "{label}: {0} against {1}: grows from zero ({now_period} against {prior_period})";
        } else if (from_zero) {
          formula = "{label}: {0} against {1}: does not grow ({now_period} against {prior_period})";
        } else if (passed) {
          formula = "{label} change = {0} / {1} - 1 = {2} > 0 % ({now_period} against {prior_period})";
        } else {
          formula = "{label} change = {0} / {1} - 1 = {2} ≤ 0 % ({now_period} against {prior_period}): does not grow";
        }
        break;
      case direction::shrinks:
        passed = !from_zero && figures.now < figures.prior;
        if (from_zero) {
          formula = "{label}: {0} against {1}: nothing to shrink from ({now_period} against {prior_period})";
        } else if (passed) {
          formula = "{label} change = {0} / {1} - 1 = {2} < 0 % ({now_period} against {prior_period})";
        } else {
          formula = "{label} change = {0} / {1} - 1 = {2} ≥ 0 % ({now_period} against {prior_period}): does not shrink";
        }
        break;
      case direction::grows_moderately:
        if (figures.now <= figures.prior && from_zero) {
          formula = "{label}: {0} against {1}: does not grow ({now_period} against {prior_period})";
        } else if (figures.now <= figures.prior) {
          formula = "{label} change = {0} / {1} - 1 = {2} ≤ 0 % ({now_period} against {prior_period}): does not grow";
        } else if (from_zero) {
          formula = "{label}: {0} against {1}: grows from zero, more than {3} ({now_period} against {prior_period})";
        } else if (change > limit) {
          formula =
              "{label} change = {0} / {1} - 1 = {2} > {3} ({now_period} against {prior_period}): grows more than "
              "moderately";
        } else {
          passed = true;
          formula = "{label} change = {0} / {1} - 1 = {2}: > 0 % and ≤ {3} ({now_period} against {prior_period})";
        }
        break;
    }
  }
  return change_verdict<Q>{figures, change, passed, formula};
}

// The figures, lines, label and periods of a change check's outcome; adds nothing that could fail.
template <class C, class Q>
constexpr void write_change(outcome& o, C const& cmp, change_verdict<Q> const& v, std::span<line_ref const> refs,
                            text const& label, direction dir, exact_ratio limit) {
  using access = amip::detail::rules_access;
  if (v.figures.known) {
    // What quantity_figure, change_figure and limit_figure make, with their literal names viewed.
    constexpr auto format = amip::detail::figure_format_of<Q>();
    access::add_figure(o, figure_view{"now", v.figures.now.value(), format});
    access::add_figure(o, figure_view{"prior", v.figures.prior.value(), format});
    auto const tenths = v.change.tenths_of_percent();
    access::add_figure(o, figure_view{"change", tenths.value_or(0), figure_format::change, tenths.has_value()});
    if (dir == direction::grows_moderately)
      access::add_figure(o, figure_view{"limit", limit.tenths_of_percent(), figure_format::limit});
  }
  for (auto const& ref : refs) access::add_concern(o, ref.key_text());
  access::set_label(o, label);
  access::set_periods(o, amip::detail::comparison_periods::now(cmp), amip::detail::comparison_periods::prior(cmp));
}

// The outcome of a change check, as a value (what the check returns when called).
template <class C>
constexpr outcome change_outcome(C const& cmp, std::span<line_ref const> refs, text const& label, direction dir,
                                 exact_ratio limit) {
  auto const v = judge_change(cmp, refs, dir, limit);
  outcome o{v.passed, v.formula};  // a checked literal: viewed
  write_change(o, cmp, v, refs, label, dir, limit);
  return o;
}

// The same, added to `out` as a finding of the rule `info`, built in place.
template <class C>
constexpr void append_change(findings& out, rule_info const& info, C const& cmp, std::span<line_ref const> refs,
                             text const& label, direction dir, exact_ratio limit) {
  auto const v = judge_change(cmp, refs, dir, limit);
  write_change(amip::detail::rules_access::add(out, info, v.passed, v.formula.text()), cmp, v, refs, label, dir, limit);
}

template <class... Refs>
constexpr auto make_lines(Refs... refs) {
  static_assert(sizeof...(Refs) >= 1 && sizeof...(Refs) <= 4, "amip: a check looks at one to four lines.");
  static_assert((std::constructible_from<line_ref, Refs> && ...),
                "amip: a check's lines are measures (amip::measure::mat, amip::measure_id::mat) or "
                "amip::checks::line_ref{key, label}.");
  return std::array<line_ref, sizeof...(Refs)>{line_ref{refs}...};
}

}  // namespace detail

namespace detail {
/// One finding per line, each line's change in one direction: the body of checks::grows and checks::shrinks.
template <std::size_t N, direction Way>
class each_line_changes {
  static_assert(N >= 1 && N <= 4, "amip: a check looks at one to four lines.");

 public:
  constexpr explicit each_line_changes(std::array<line_ref, N> lines) noexcept : lines_{lines} {}
  template <class... Refs>
  requires(sizeof...(Refs) == N) constexpr explicit each_line_changes(Refs... refs) : lines_{make_lines(refs...)} {}

  template <PlanComparison Subject>  // anything else: check() says what the rule inspects
  [[nodiscard]] constexpr std::array<outcome, N> operator()(Subject const& cmp) const {
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
      return std::array<outcome, N>{
          change_outcome(cmp, std::span<line_ref const>{&lines_[I], 1}, lines_[I].label_text(), Way, {})...};
    }
    (std::make_index_sequence<N>{});
  }

 private:
  friend struct amip::detail::rules_access;
  template <PlanComparison Subject>
  constexpr void append_to(findings& out, rule_info const& info, Subject const& cmp) const {
    // Every line judged before any finding is added: a line that throws (an overflowing sum) adds none.
    auto const verdicts = [&]<std::size_t... I>(std::index_sequence<I...>) {
      return std::array{judge_change(cmp, std::span<line_ref const>{&lines_[I], 1}, Way, {})...};
    }
    (std::make_index_sequence<N>{});
    for (std::size_t i = 0; i < N; ++i) {
      write_change(amip::detail::rules_access::add(out, info, verdicts[i].passed, verdicts[i].formula.text()), cmp,
                   verdicts[i], std::span<line_ref const>{&lines_[i], 1}, lines_[i].label_text(), Way, {});
    }
  }

  std::array<line_ref, N> lines_;
};
}  // namespace detail

/// Each line grows (now > prior): one finding per line, in order. checks::grows{measure::egz, measure::p16e}.
template <std::size_t N>
class grows : public detail::each_line_changes<N, detail::direction::grows> {
 public:
  using detail::each_line_changes<N, detail::direction::grows>::each_line_changes;
};
/// grows{measure::egz, measure::p16e} is a check of two lines.
template <class... Refs>
grows(Refs...) -> grows<sizeof...(Refs)>;

/// Each line shrinks (now < prior): one finding per line. checks::shrinks{measure::avgs_mat}.
template <std::size_t N>
class shrinks : public detail::each_line_changes<N, detail::direction::shrinks> {
 public:
  using detail::each_line_changes<N, detail::direction::shrinks>::each_line_changes;
};
/// shrinks{measure::avgs_mat} is a check of one line.
template <class... Refs>
shrinks(Refs...) -> shrinks<sizeof...(Refs)>;

/// The sum of the lines grows: one finding. checks::total_grows{"MAT + MAG", measure::mat, measure::mag}.
template <std::size_t N>
class total_grows {
  static_assert(N >= 1 && N <= 4, "amip: a check looks at one to four lines.");

 public:
  /// The label the finding shows ("MAT + MAG") and the N lines summed (line_ref: measures or keys).
  template <class... Refs>
  requires(sizeof...(Refs) == N) constexpr explicit total_grows(text label, Refs... refs)
      : label_{std::move(label)}, lines_{detail::make_lines(refs...)} {}

  /// The check on a comparison: whether the sum of the lines grows from the prior period to the one compared.
  template <PlanComparison Subject>  // anything else: check() says what the rule inspects
  [[nodiscard]] constexpr outcome operator()(Subject const& cmp) const {
    return detail::change_outcome(cmp, lines_, label_, detail::direction::grows, {});
  }

 private:
  friend struct amip::detail::rules_access;
  template <PlanComparison Subject>
  constexpr void append_to(findings& out, rule_info const& info, Subject const& cmp) const {
    detail::append_change(out, info, cmp, lines_, label_, detail::direction::grows, {});
  }

  text label_;
  std::array<line_ref, N> lines_;
};
/// total_grows{"MAT + MAG", measure::mat, measure::mag} sums two lines.
template <class... Refs>
total_grows(std::string_view, Refs...) -> total_grows<sizeof...(Refs)>;

/// The line grows, by no more than `limit` (0 < change <= limit): one finding.
/// checks::grows_moderately{measure::agh, percent(25)}.
class grows_moderately {
 public:
  /// The line and the largest growth allowed (percent(25)).
  constexpr grows_moderately(line_ref line, exact_ratio limit) noexcept : line_{line}, limit_{limit} {}

  /// The largest growth allowed.
  [[nodiscard]] constexpr exact_ratio limit() const noexcept { return limit_; }

  /// The check on a comparison: whether the line grows, by no more than limit() (0 < change <= limit).
  template <PlanComparison Subject>  // anything else: check() says what the rule inspects
  [[nodiscard]] constexpr outcome operator()(Subject const& cmp) const {
    return detail::change_outcome(cmp, std::span<line_ref const>{&line_, 1}, line_.label_text(),
                                  detail::direction::grows_moderately, limit_);
  }

 private:
  friend struct amip::detail::rules_access;
  template <PlanComparison Subject>
  constexpr void append_to(findings& out, rule_info const& info, Subject const& cmp) const {
    detail::append_change(out, info, cmp, std::span<line_ref const>{&line_, 1}, line_.label_text(),
                          detail::direction::grows_moderately, limit_);
  }

  line_ref line_;
  exact_ratio limit_;
};

}  // namespace checks

namespace detail {
template <std::size_t N>
inline constexpr bool builds_findings_in_place<checks::grows<N>> = true;
template <std::size_t N>
inline constexpr bool builds_findings_in_place<checks::shrinks<N>> = true;
template <std::size_t N>
inline constexpr bool builds_findings_in_place<checks::total_grows<N>> = true;
template <>
inline constexpr bool builds_findings_in_place<checks::grows_moderately> = true;
}  // namespace detail

}  // namespace amip
