// Rules: checks that look at a plan (or an offer, or anything else) and return findings that explain themselves
// (DESIGN.md layer 8).
//
// Synopsis
//
//   namespace amip {
//   enum class severity { info, warning, error };
//   enum class figure_format { count, share, change, limit, day_span, euro_cents, yes_no, integer };
//   struct figure { name, value, format, known };          // a named integer a finding shows
//   constexpr figure quantity_figure(name, Q), change_figure(name, relative_change), share_figure(name, ratio),
//                    limit_figure(name, ratio), flag_figure(name, bool), integer_figure(name, int64);
//
//   class outcome;        // what a check returns for one finding: passed, a formula, figures, lines concerned
//     outcome{passed, "AGH change = {0} / {1} - 1 = {2}", {figures…}}.concerning(measure::agh).labelled("AGH")
//   struct rule_info { id, title, reference, level };
//   class finding;        // rule_info + outcome; explanation() renders the formula at run time
//   class findings;       // the findings of a run, in rule order: count_failed(), all_passed(), of(id), <<
//
//   class rule_base;                       // the base of every kind of rule (concept Rule)
//   template <class Check> class rule;     // rule{id, title, check}, rule{id, title, reference, severity, check}
//   constexpr auto all_of(rules…), any_of(rules…), not_(rule), only_when(condition, rule),
//                  inspecting(projection, rule);       a && b, a || b, !a
//   constexpr findings check(subject, rules);                  // runs the rules on what they inspect
//   constexpr findings check(plan, now, prior, rules);         // = check(compare(plan, now, prior), rules)
//   constexpr findings& check_into(findings&, subject, rules);  // the same into findings one reuses in a loop
//
//   namespace checks {                     // building blocks over a comparison of a plan
//   class line_ref;                        // a measure, or a line key with a label
//   class grows, shrinks, total_grows, grows_moderately;
//   }
//   }
//
// What a rule inspects is up to its check: a rule is a template over its subject. The built-in plan rules inspect
// a comparison (amip::compare(plan, now, prior)); offer rules inspect an amip::offer_spec (offer.hpp). Extension
// point for budget rules (issue 4, the budget layer): a budget rule is an amip::rule whose check takes the budget
// type; figure_format::euro_cents renders euro cents; inspecting() combines rules over different subjects in one set
// (inspecting(&programme::egt, plan_rules) && inspecting(&programme::budget, budget_rules)).
//
// Everything but text is constexpr: a rule set runs at compile time on a constexpr plan. Findings keep string_view,
// integers, enums and fixed arrays; the explanation text is built at run time (explanation(), to_string(), <<).
#pragma once

#include <array>
#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <ostream>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <amip/core/diagnostics.hpp>
#include <amip/core/language.hpp>
#include <amip/core/quantity.hpp>
#include <amip/core/ratio.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/comparison.hpp>
#include <amip/model/measure.hpp>
#include <amip/model/plan.hpp>
#include <amip/report/number_format.hpp>

namespace amip {

// ---------------------------------------------------------------------------------------------------------------
// Severity and figures

/// How much a failed finding weighs.
enum class severity : unsigned char {
  info,     ///< a note to read (the funding reservation); never an error
  warning,  ///< the figures do not follow an intention the programme states ("Mehr Mittel für … § 16e")
  error,    ///< a standard the programme sets is breached (every procured offer has a placement mandate)
};

/// "info", "warning", "error".
[[nodiscard]] constexpr std::string_view to_string(severity level) noexcept {
  switch (level) {
    case severity::info:
      return "info";
    case severity::warning:
      return "warning";
    case severity::error:
      return "error";
  }
  return "?";
}

/// How a figure prints in an explanation (numbers in German by default: 1.994, 50,0 %).
enum class figure_format : unsigned char {
  count,       ///< entries, persons or cases: 1994 -> "1.994"
  share,       ///< tenths of a percent: 500 -> "50,0 %"
  change,      ///< a change in tenths of a percent, with its sign: 199 -> "+19,9 %", -107 -> "-10,7 %"
  limit,       ///< a limit in tenths of a percent, a zero decimal left out: 250 -> "25 %", 475 -> "47,5 %"
  day_span,    ///< a span of days: 14 -> "14 days"
  euro_cents,  ///< money in euro cents: 146000000 -> "1.460.000,00 €"
  yes_no,      ///< 1 -> "yes", 0 -> "no"
  integer,     ///< a plain integer: 5 -> "5"
};

/// A named integer a finding shows: {"now", 25, figure_format::count}. `known` is false where there is no value
/// (a change against 0); such a figure prints as "n. v." (n/a).
struct figure {
  std::string_view name;
  std::int64_t value = 0;
  figure_format format = figure_format::integer;
  bool known = true;
  friend constexpr bool operator==(figure const&, figure const&) = default;
};

/// A quantity as a figure: counts print as counts, days as days, money as money.
template <class Q>
[[nodiscard]] constexpr figure quantity_figure(std::string_view name, Q q) {
  static_assert(Quantity<Q>,
                "amip: quantity_figure shows an amip quantity (entries, persons, cases, days, money); "
                "use integer_figure for a plain number.");
  using unit = typename Q::unit_type;
  if constexpr (std::same_as<unit, units::day>) {
    return {name, q.value(), figure_format::day_span};
  } else if constexpr (units::is_money_unit<unit>) {
    return {name, q.value(), figure_format::euro_cents};
  } else if constexpr (Count<Q>) {
    return {name, q.value(), figure_format::count};
  } else {
    return {name, q.value(), figure_format::integer};
  }
}

/// A change as a figure in tenths of a percent ("+19,9 %"), unknown where the change has no value.
[[nodiscard]] constexpr figure change_figure(std::string_view name, relative_change change) {
  auto const tenths = change.tenths_of_percent();
  return {name, tenths.value_or(0), figure_format::change, tenths.has_value()};
}

/// A share as a figure in tenths of a percent ("50,0 %").
[[nodiscard]] constexpr figure share_figure(std::string_view name, exact_ratio ratio) {
  return {name, ratio.tenths_of_percent(), figure_format::share};
}

/// A percentage limit as a figure ("25 %", "47,5 %").
[[nodiscard]] constexpr figure limit_figure(std::string_view name, exact_ratio ratio) {
  return {name, ratio.tenths_of_percent(), figure_format::limit};
}

/// A yes/no criterion as a figure (1 or 0).
[[nodiscard]] constexpr figure flag_figure(std::string_view name, bool value) noexcept {
  return {name, value ? 1 : 0, figure_format::yes_no};
}

/// A plain integer as a figure.
[[nodiscard]] constexpr figure integer_figure(std::string_view name, std::int64_t value) noexcept {
  return {name, value, figure_format::integer};
}

// ---------------------------------------------------------------------------------------------------------------
// Outcomes and findings

namespace detail {
struct rules_access;  // amip's own checks and rules build outcomes and findings in place through it
/// Tag of the constructor that builds a finding in place (inside amip::findings), with its verdict and formula.
struct finding_in_place_t {
  explicit finding_in_place_t() = default;
};
}  // namespace detail

/// What a check says about one thing: whether it holds, the formula with its inputs (figures), the lines or
/// measures concerned. A rule adds its id, title, reference and severity to make it a finding.
///
/// The formula is a template rendered at run time: {0} … {7} are the figures, {label} the label, {now_period} and
/// {prior_period} the periods compared ("Plan 2026", "Ergebnis 2025"). Without a formula the explanation is the
/// rule's title followed by "holds" or "does not hold".
class outcome {
 public:
  static constexpr std::size_t max_figures = 8;   ///< more throws std::length_error (a compile error if constexpr)
  static constexpr std::size_t max_concerns = 4;  ///< likewise

  /// passed, the formula, and its figures in placeholder order.
  constexpr explicit outcome(bool passed, std::string_view formula = {}, std::initializer_list<figure> figures = {})
      : passed_{passed}, formula_{formula} {
    for (auto const& f : figures) add_figure(f);
  }
  // Copies what is used: an outcome is mostly room for figures it does not have.
  constexpr outcome(outcome const& other) noexcept
      : passed_{other.passed_},
        negated_{other.negated_},
        formula_{other.formula_},
        label_{other.label_},
        figure_count_{other.figure_count_},
        concern_count_{other.concern_count_},
        now_{other.now_},
        prior_{other.prior_} {
    for (std::size_t i = 0; i < figure_count_; ++i) figures_[i] = other.figures_[i];
    for (std::size_t i = 0; i < concern_count_; ++i) concerns_[i] = other.concerns_[i];
  }
  // Likewise; figures and lines beyond the counts are never read, so what they held before does not matter.
  constexpr outcome& operator=(outcome const& other) noexcept {
    if (this == &other) return *this;
    passed_ = other.passed_;
    negated_ = other.negated_;
    formula_ = other.formula_;
    label_ = other.label_;
    for (std::size_t i = 0; i < other.figure_count_; ++i) figures_[i] = other.figures_[i];
    figure_count_ = other.figure_count_;
    for (std::size_t i = 0; i < other.concern_count_; ++i) concerns_[i] = other.concerns_[i];
    concern_count_ = other.concern_count_;
    now_ = other.now_;
    prior_ = other.prior_;
    return *this;
  }

  /// The same, with one more figure ({n} for the n-th figure added).
  [[nodiscard]] constexpr outcome with(figure f) const {
    auto copy = *this;
    copy.add_figure(f);
    return copy;
  }
  /// The same, concerning one more line or measure (its stable key: "p16e", "health_project", "delivery").
  [[nodiscard]] constexpr outcome concerning(std::string_view key) const {
    auto copy = *this;
    if (copy.concern_count_ == max_concerns) throw_too_many("lines concerned", max_concerns);
    copy.concerns_[copy.concern_count_++] = key;
    return copy;
  }
  [[nodiscard]] constexpr outcome concerning(measure_id measure) const { return concerning(info_of(measure).key); }
  template <MeasureTag M>
  [[nodiscard]] constexpr outcome concerning(M measure) const {
    return concerning(measure.id);
  }
  /// The same, with a label for {label} ("§ 16e", "MAT + MAG").
  [[nodiscard]] constexpr outcome labelled(std::string_view label) const {
    auto copy = *this;
    copy.label_ = label;
    return copy;
  }
  /// The same, stating the periods compared ({now_period}, {prior_period}). check() fills them in for rules on a
  /// comparison when a check leaves them out.
  [[nodiscard]] constexpr outcome during(period now, period prior) const {
    auto copy = *this;
    copy.now_ = now;
    copy.prior_ = prior;
    return copy;
  }
  /// The opposite verdict, marked as negated (not_ uses it); negating twice restores the outcome.
  [[nodiscard]] constexpr outcome negated() const {
    auto copy = *this;
    copy.passed_ = !passed_;
    copy.negated_ = !negated_;
    return copy;
  }

  [[nodiscard]] constexpr bool passed() const noexcept { return passed_; }
  [[nodiscard]] constexpr bool is_negated() const noexcept { return negated_; }
  [[nodiscard]] constexpr std::string_view formula() const noexcept { return formula_; }
  [[nodiscard]] constexpr std::string_view label() const noexcept { return label_; }
  [[nodiscard]] constexpr std::span<figure const> figures() const noexcept { return {figures_.data(), figure_count_}; }
  [[nodiscard]] constexpr std::span<std::string_view const> concerns() const noexcept {
    return {concerns_.data(), concern_count_};
  }
  [[nodiscard]] constexpr std::optional<period> now_period() const noexcept { return now_; }
  [[nodiscard]] constexpr std::optional<period> prior_period() const noexcept { return prior_; }

 private:
  constexpr void add_figure(figure const& f) {
    if (figure_count_ == max_figures) throw_too_many("figures", max_figures);
    figures_[figure_count_++] = f;
  }
  // An outcome afresh, in the place of one that is no longer needed (a spare finding of amip::findings).
  constexpr void restart(bool passed, std::string_view formula) noexcept {
    passed_ = passed;
    negated_ = false;
    formula_ = formula;
    label_ = {};
    figure_count_ = 0;
    concern_count_ = 0;
    now_ = std::nullopt;
    prior_ = std::nullopt;
  }
  [[noreturn]] static void throw_too_many(std::string_view what, std::size_t limit) {
    throw std::length_error("amip: an outcome holds at most " + std::to_string(limit) + " " + std::string(what));
  }

  friend struct detail::rules_access;

  bool passed_;
  bool negated_ = false;
  std::string_view formula_;
  std::string_view label_{};
  std::array<figure, max_figures> figures_{};
  std::size_t figure_count_ = 0;
  std::array<std::string_view, max_concerns> concerns_{};
  std::size_t concern_count_ = 0;
  std::optional<period> now_ = std::nullopt;
  std::optional<period> prior_ = std::nullopt;
};

/// What identifies a rule: a stable id, a title, the seed section or legal paragraph it rests on, its severity.
struct rule_info {
  std::string_view id;         ///< stable, ASCII, kebab-case: "more-for-egz-esg-16e"
  std::string_view title;      ///< one line, English, German term beside it
  std::string_view reference;  ///< "Abschnitt 1", "Abschnitt 3; § 16e SGB II"; may be empty for a user's rule
  severity level = severity::error;
};

namespace detail {
[[nodiscard]] inline std::string format_figure(figure const& f, language lang) {
  using namespace amip::report;
  if (!f.known) return std::string(no_value_text(lang));
  switch (f.format) {
    case figure_format::count:
    case figure_format::integer:
      return format_integer(f.value, lang);
    case figure_format::share:
      return formatted_tenths_of_percent(f.value, lang, percent_spacing::space).str();
    case figure_format::change:
      return (f.value > 0 ? "+" : "") + formatted_tenths_of_percent(f.value, lang, percent_spacing::space).str();
    case figure_format::limit:
      if (f.value % 10 == 0) return format_integer(f.value / 10, lang) + " %";
      return formatted_tenths_of_percent(f.value, lang, percent_spacing::space).str();
    case figure_format::day_span:
      return format_integer(f.value, lang) + (f.value == 1 || f.value == -1 ? " day" : " days");
    case figure_format::euro_cents:
      return formatted_money(money::from_value(f.value), lang).str();
    case figure_format::yes_no:
      return f.value != 0 ? "yes" : "no";
  }
  return format_integer(f.value, lang);
}

// Renders {0}…{7}, {label}, {now_period}, {prior_period}; anything else is copied as it stands.
[[nodiscard]] inline std::string render_formula(outcome const& o, language lang) {
  std::string out;
  std::string_view const text = o.formula();
  auto const figures = o.figures();
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      auto const close = text.find('}', i);
      if (close != std::string_view::npos) {
        std::string_view const name = text.substr(i + 1, close - i - 1);
        if (name.size() == 1 && name[0] >= '0' && name[0] <= '9') {
          auto const n = static_cast<std::size_t>(name[0] - '0');
          if (n < figures.size()) {
            out += format_figure(figures[n], lang);
            i = close;
            continue;
          }
        } else if (name == "label") {
          out += o.label();
          i = close;
          continue;
        } else if (name == "now_period" && o.now_period()) {
          out += to_string(*o.now_period(), lang);
          i = close;
          continue;
        } else if (name == "prior_period" && o.prior_period()) {
          out += to_string(*o.prior_period(), lang);
          i = close;
          continue;
        }
      }
    }
    out += text[i];
  }
  return out;
}
}  // namespace detail

/// One rule's verdict on one thing: the rule's id, title, reference and severity with the outcome of its check.
/// A finding holds string_views: of the rule (id, title, formulas) and, for a label or a key a check takes from its
/// subject (an offer's part-time reason), of the subject. Keep those alive while the finding is read.
class finding {
 public:
  constexpr finding(rule_info const& info, outcome const& result) noexcept : info_{info}, outcome_{result} {}
  /// amip's own: a finding built in place, its outcome's figures and lines still to come.
  constexpr finding(detail::finding_in_place_t, rule_info const& info, bool passed, std::string_view formula)
      : info_{info}, outcome_{passed, formula} {}

  [[nodiscard]] constexpr rule_info const& rule() const noexcept { return info_; }
  [[nodiscard]] constexpr std::string_view rule_id() const noexcept { return info_.id; }
  [[nodiscard]] constexpr std::string_view title() const noexcept { return info_.title; }
  [[nodiscard]] constexpr std::string_view reference() const noexcept { return info_.reference; }
  [[nodiscard]] constexpr severity level() const noexcept { return info_.level; }
  [[nodiscard]] constexpr bool passed() const noexcept { return outcome_.passed(); }
  [[nodiscard]] constexpr bool failed() const noexcept { return !outcome_.passed(); }
  [[nodiscard]] constexpr bool is_negated() const noexcept { return outcome_.is_negated(); }
  [[nodiscard]] constexpr outcome const& result() const noexcept { return outcome_; }

  /// The keys of the lines or measures concerned ("mat", "p16e", "health_project").
  [[nodiscard]] constexpr std::span<std::string_view const> concerns() const noexcept { return outcome_.concerns(); }
  /// Whether the finding concerns the line or measure with this key.
  [[nodiscard]] constexpr bool is_about(std::string_view key) const noexcept {
    for (auto const& k : concerns()) {
      if (k == key) return true;
    }
    return false;
  }
  [[nodiscard]] constexpr bool is_about(measure_id measure) const noexcept { return is_about(info_of(measure).key); }

  /// The figures involved, in the formula's placeholder order.
  [[nodiscard]] constexpr std::span<figure const> figures() const noexcept { return outcome_.figures(); }
  /// The value of the figure with this name, if there is one and it is known.
  [[nodiscard]] constexpr std::optional<std::int64_t> value_of(std::string_view name) const noexcept {
    for (auto const& f : figures()) {
      if (f.name == name) return f.known ? std::optional<std::int64_t>{f.value} : std::nullopt;
    }
    return std::nullopt;
  }

  /// The periods compared, where the finding is about a comparison ("Plan 2026", "Ergebnis 2025").
  [[nodiscard]] constexpr std::optional<period> now_period() const noexcept { return outcome_.now_period(); }
  [[nodiscard]] constexpr std::optional<period> prior_period() const noexcept { return outcome_.prior_period(); }

  /// The formula with its inputs, one line: "ao Umschulung share = 180 / 360 = 50,0 % ≥ 50 %". Run time only.
  [[nodiscard]] std::string explanation(language lang = language::german) const {
    std::string text =
        outcome_.formula().empty()
            ? std::string(info_.title) + (outcome_.passed() != outcome_.is_negated() ? ": holds" : ": does not hold")
            : detail::render_formula(outcome_, lang);
    return outcome_.is_negated() ? "not (" + text + ")" : text;
  }

 private:
  friend struct detail::rules_access;

  rule_info info_;
  outcome outcome_;
};

/// "[warning] FAILED more-for-egz-esg-16e (Abschnitt 1): § 16e change = 25 / 28 - 1 = -10,7 % ≤ 0 % …"
[[nodiscard]] inline std::string to_string(finding const& f, language lang = language::german) {
  std::string out =
      "[" + std::string(to_string(f.level())) + "] " + (f.passed() ? "passed " : "FAILED ") + std::string(f.rule_id());
  if (!f.reference().empty()) out += " (" + std::string(f.reference()) + ")";
  return out + ": " + f.explanation(lang);
}

inline std::ostream& operator<<(std::ostream& os, finding const& f) { return os << to_string(f); }

/// The findings of a run, in the order the rules ran: stable and deterministic.
class findings {
 public:
  using value_type = finding;
  using const_iterator = std::vector<finding>::const_iterator;
  using iterator = const_iterator;

  constexpr findings() = default;
  constexpr findings(findings const& other) : items_(other.begin(), other.end()), size_{other.size_} {}
  constexpr findings(findings&& other) noexcept : items_{std::move(other.items_)}, size_{other.size_} {
    other.items_.clear();
    other.size_ = 0;
  }
  constexpr findings& operator=(findings const& other) {
    if (this != &other) {
      clear();
      append(other);
    }
    return *this;
  }
  constexpr findings& operator=(findings&& other) noexcept {
    if (this != &other) {
      items_ = std::move(other.items_);
      size_ = other.size_;
      other.items_.clear();
      other.size_ = 0;
    }
    return *this;
  }
  constexpr ~findings() = default;

  constexpr void add(finding const& f);
  /// Removes every finding; the storage stays, for the next run (check_into).
  constexpr void clear() noexcept { size_ = 0; }
  constexpr void append(findings const& other) {
    if (&other == this) {
      auto const copy = other;  // adding may move the findings being read
      return append(copy);
    }
    for (auto const& f : other) add(f);
  }

  [[nodiscard]] constexpr const_iterator begin() const noexcept { return items_.begin(); }
  [[nodiscard]] constexpr const_iterator end() const noexcept {
    return items_.begin() + static_cast<std::ptrdiff_t>(size_);
  }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] constexpr finding const& operator[](std::size_t i) const {
    if (i >= size_) throw_outside(i);
    return items_[i];
  }

  /// The number of findings that failed (of any severity, or of one).
  [[nodiscard]] constexpr std::size_t count_failed() const noexcept {
    std::size_t n = 0;
    for (auto const& f : *this) n += f.failed() ? 1U : 0U;
    return n;
  }
  [[nodiscard]] constexpr std::size_t count_failed(severity level) const noexcept {
    std::size_t n = 0;
    for (auto const& f : *this) n += f.failed() && f.level() == level ? 1U : 0U;
    return n;
  }
  [[nodiscard]] constexpr std::size_t count_passed() const noexcept { return size() - count_failed(); }
  /// True when no finding failed (also when there are none).
  [[nodiscard]] constexpr bool all_passed() const noexcept { return count_failed() == 0; }

  /// The findings of one rule, in order.
  [[nodiscard]] constexpr findings of(std::string_view rule_id) const {
    findings out;
    for (auto const& f : *this) {
      if (f.rule_id() == rule_id) out.add(f);
    }
    return out;
  }
  /// The findings that failed, in order.
  [[nodiscard]] constexpr findings failures() const {
    findings out;
    for (auto const& f : *this) {
      if (f.failed()) out.add(f);
    }
    return out;
  }

 private:
  friend struct detail::rules_access;
  [[noreturn]] void throw_outside(std::size_t i) const {
    throw std::out_of_range("amip: finding " + std::to_string(i) + " of " + std::to_string(size_) + " asked for");
  }

  // The findings are the first size_ items; the items after them are spare, kept from an earlier run so that
  // check_into overwrites them instead of building new ones.
  std::vector<finding> items_;
  std::size_t size_ = 0;
};

namespace detail {
// In-place construction for amip's own checks and rules: each outcome is built once and copied once, into the
// findings, instead of through the copying builders (concerning(), labelled(), during()) meant for users.
// amip's own checks that build their findings in place (specialised beside them). Only these exact types take that
// path: a user's check derived from one keeps its own operator().
template <class Check>
inline constexpr bool builds_findings_in_place = false;

struct rules_access {
  static constexpr void add_figure(outcome& o, figure const& f) { o.add_figure(f); }
  static constexpr void add_concern(outcome& o, std::string_view key) {
    if (o.concern_count_ == outcome::max_concerns) outcome::throw_too_many("lines concerned", outcome::max_concerns);
    o.concerns_[o.concern_count_++] = key;
  }
  static constexpr void set_label(outcome& o, std::string_view label) { o.label_ = label; }
  static constexpr void set_periods(outcome& o, period now, period prior) {
    o.now_ = now;
    o.prior_ = prior;
  }
  static constexpr void reserve(findings& all, std::size_t n) { all.items_.reserve(n); }
  // A finding with its verdict and formula, added in place (in a spare one where there is one); the caller adds
  // figures, lines, label and periods.
  static constexpr outcome& add(findings& all, rule_info const& info, bool passed, std::string_view formula) {
    if (all.size_ < all.items_.size()) {
      auto& spare = all.items_[all.size_++];
      spare.info_ = info;
      spare.outcome_.restart(passed, formula);
      return spare.outcome_;
    }
    auto& added = all.items_.emplace_back(finding_in_place_t{}, info, passed, formula);
    ++all.size_;
    return added.outcome_;
  }
  static constexpr finding& add(findings& all, rule_info const& info, outcome const& o) {
    if (all.size_ == all.items_.size()) {
      all.items_.emplace_back(info, o);  // emplace_back copes with `o` inside the vector
    } else {
      auto& spare = all.items_[all.size_];
      spare.info_ = info;  // either may be the spare's own: operator= copes
      spare.outcome_ = o;
    }
    return all.items_[all.size_++];
  }
  // Whether a check appends its findings in place (amip's own checks on a comparison), instead of returning
  // outcomes that are then copied into the findings.
  template <class Check, class Subject>
  static constexpr bool appends_in_place() {
    if constexpr (builds_findings_in_place<Check>) {
      return requires(Check const& c, Subject const& s, rule_info const& i, findings& f) { c.append_to(f, i, s); };
    } else {
      return false;
    }
  }
  template <class Check, class Subject>
  static constexpr void append(Check const& check, findings& all, rule_info const& info, Subject const& subject) {
    check.append_to(all, info, subject);
  }
  static constexpr outcome& outcome_of(finding& f) noexcept { return f.outcome_; }
};
}  // namespace detail

constexpr void findings::add(finding const& f) { (void)detail::rules_access::add(*this, f.rule(), f.result()); }

/// One finding a line.
inline std::ostream& operator<<(std::ostream& os, findings const& all) {
  for (auto const& f : all) os << f << '\n';
  return os;
}

// ---------------------------------------------------------------------------------------------------------------
// Rules and their composition

/// The base of every kind of rule. A new kind of rule (say, one the budget layer needs) derives from it and has
/// `template <class Subject> constexpr void evaluate(Subject const&, findings&) const`.
class rule_base {};

/// A rule: amip::rule, a composition of rules (all_of, any_of, not_, only_when, inspecting), or a kind of one's own
/// derived from amip::rule_base.
template <class R>
concept Rule = std::derived_from<std::remove_cvref_t<R>, rule_base> && std::copy_constructible<std::remove_cvref_t<R>>;

/// A comparison of a plan (amip::compare(plan, now, prior)), what the built-in plan rules inspect.
template <class T>
concept PlanComparison = requires(std::remove_cvref_t<T> const& c) {
  typename std::remove_cvref_t<T>::row;
  requires Plan<std::remove_cvref_t<decltype(c.plan())>>;
  { c.now_period() } -> std::same_as<period>;
  { c.prior_period() } -> std::same_as<period>;
};

namespace detail {
// Called only when a rule has no id or no title: the compiler names this function in its error.
[[noreturn]] inline void error_every_rule_needs_an_id_and_a_title() {
  throw std::invalid_argument("amip: every rule needs a non-empty id and title");
}
constexpr void require_id_and_title(rule_info const& info) {
  if (info.id.empty() || info.title.empty()) error_every_rule_needs_an_id_and_a_title();
}

template <class T>
inline constexpr bool is_outcome_list = false;
template <>
inline constexpr bool is_outcome_list<std::vector<outcome>> = true;
template <std::size_t N>
inline constexpr bool is_outcome_list<std::array<outcome, N>> = true;

template <class T>
inline constexpr bool is_verdict = std::same_as<T, bool> || std::same_as<T, outcome> || is_outcome_list<T>;

// Adds a finding of the rule; an outcome of a check on a comparison names the periods compared, unless the check did.
template <class Subject>
constexpr void add_in_context(findings& out, rule_info const& info, outcome const& o, Subject const& subject) {
  auto& added = rules_access::outcome_of(rules_access::add(out, info, o));
  if constexpr (PlanComparison<Subject>) {
    if (!added.now_period()) rules_access::set_periods(added, subject.now_period(), subject.prior_period());
  }
}
}  // namespace detail

namespace detail {
// std::invoke(f, subject) for the one argument a check, condition or projection takes, without <functional> (whose
// weight every translation unit that includes amip would carry): a member pointer applies to the subject (also
// through a pointer or a std::reference_wrapper), anything else is called.
template <class T>
struct member_class {};
template <class M, class C>
struct member_class<M C::*> {
  using type = C;
};
template <class F, class Subject>
constexpr decltype(auto) invoke_on(F const& f, Subject const& subject) {
  if constexpr (std::is_member_pointer_v<F>) {
    auto const& object = [&]() -> decltype(auto) {
      if constexpr (std::is_base_of_v<typename member_class<F>::type, Subject>) {
        return subject;
      } else if constexpr (requires {
                             typename Subject::type;
                             { subject.get() } -> std::same_as<typename Subject::type&>;
                           }) {
        return subject.get();  // a std::reference_wrapper
      } else {
        return *subject;  // a pointer
      }
    }();
    if constexpr (std::is_member_function_pointer_v<F>) {
      return (object.*f)();
    } else {
      return (object.*f);
    }
  } else {
    return f(subject);
  }
}

// The rules of all_of and any_of, each in a base of its own: lighter to instantiate than std::tuple.
template <std::size_t I, class R>
struct pack_element {
  R rule;
};
template <class Indices, class... Rules>
struct rule_pack;
template <std::size_t... I, class... Rules>
struct rule_pack<std::index_sequence<I...>, Rules...> : pack_element<I, Rules>... {
  constexpr explicit rule_pack(Rules... rules) : pack_element<I, Rules>{std::move(rules)}... {}
  // f(rule) for each rule, in order.
  template <class F>
  constexpr void for_each(F&& f) const {
    (f(static_cast<pack_element<I, Rules> const&>(*this).rule), ...);
  }
};
template <class... Rules>
using rules_of = rule_pack<std::index_sequence_for<Rules...>, Rules...>;
}  // namespace detail

/// A rule: an id, a title, a reference, a severity and a check. The check is a function object taking what the
/// rule inspects (a comparison of a plan, an offer_spec, …) and returning
///   bool                        one finding whose explanation is the title and "holds" / "does not hold";
///   amip::outcome               one finding with a formula, figures and the lines concerned;
///   std::vector<amip::outcome>, std::array<amip::outcome, N>    one finding each, in order.
///
///   constexpr auto agh_not_faster = amip::rule{"agh-not-faster-than-16i", "AGH grows no faster than § 16i",
///       [](auto const& cmp) { return cmp.change(amip::measure::agh) <= cmp.change(amip::measure::p16i); }};
///
/// (Two changes compare exactly; where either has no value, a change against 0, they are unordered and <= is
/// false: the rule does not hold.)
///
/// The three-argument form has no reference and severity error; citing() and with_severity() change them.
template <class Check>
class rule : public rule_base {
  static_assert(std::is_object_v<Check> && std::copy_constructible<Check>,
                "amip: a rule's check is a function object (a lambda or a struct with operator()) that takes what "
                "the rule inspects and returns bool, an amip::outcome or a list of outcomes.");

 public:
  using check_type = Check;

  constexpr rule(rule_info info, Check check) : info_{info}, check_{std::move(check)} {
    detail::require_id_and_title(info_);
  }
  constexpr rule(std::string_view id_text, std::string_view title_text, Check check)
      : rule{rule_info{id_text, title_text, {}, severity::error}, std::move(check)} {}
  constexpr rule(std::string_view id_text, std::string_view title_text, std::string_view reference_text,
                 severity level_value, Check check)
      : rule{rule_info{id_text, title_text, reference_text, level_value}, std::move(check)} {}

  [[nodiscard]] constexpr rule_info const& info() const noexcept { return info_; }
  [[nodiscard]] constexpr std::string_view id() const noexcept { return info_.id; }
  [[nodiscard]] constexpr std::string_view title() const noexcept { return info_.title; }
  [[nodiscard]] constexpr std::string_view reference() const noexcept { return info_.reference; }
  [[nodiscard]] constexpr severity level() const noexcept { return info_.level; }
  [[nodiscard]] constexpr Check const& check() const noexcept { return check_; }

  /// The same rule with another severity.
  [[nodiscard]] constexpr rule with_severity(severity level_value) const {
    auto copy = *this;
    copy.info_.level = level_value;
    return copy;
  }
  /// The same rule citing a seed section or legal paragraph.
  [[nodiscard]] constexpr rule citing(std::string_view reference_text) const {
    auto copy = *this;
    copy.info_.reference = reference_text;
    return copy;
  }

  /// Runs the check on `subject` and appends its findings to `out`.
  template <class Subject>
  constexpr void evaluate(Subject const& subject, findings& out) const {
    if constexpr (!std::is_invocable_v<Check const&, Subject const&>) {
      static_assert(detail::always_false<Subject>,
                    "amip: this rule's check cannot inspect this subject; pass what the check takes (a plan rule "
                    "takes amip::compare(plan, now, prior), an offer rule an amip::offer_spec).");
    } else {
      using result_type = std::remove_cvref_t<std::invoke_result_t<Check const&, Subject const&>>;
      if constexpr (!detail::is_verdict<result_type>) {
        static_assert(detail::always_false<result_type>,
                      "amip: a rule's check returns bool, an amip::outcome, or a std::vector or std::array of "
                      "amip::outcome (one finding each); it returns something else.");
      } else if constexpr (detail::rules_access::appends_in_place<Check, Subject>()) {
        detail::rules_access::append(check_, out, info_, subject);
      } else {
        auto const result = detail::invoke_on(check_, subject);
        if constexpr (std::same_as<result_type, bool>) {
          detail::add_in_context(out, info_, outcome{result}, subject);
        } else if constexpr (std::same_as<result_type, outcome>) {
          detail::add_in_context(out, info_, result, subject);
        } else {
          for (auto const& o : result) detail::add_in_context(out, info_, o, subject);
        }
      }
    }
  }

 private:
  rule_info info_;
  Check check_;
};

template <class Check>
rule(rule_info, Check) -> rule<Check>;
template <class Check>
rule(std::string_view, std::string_view, Check) -> rule<Check>;
template <class Check>
rule(std::string_view, std::string_view, std::string_view, severity, Check) -> rule<Check>;

/// All the rules, each run in the order given, their findings one after the other. Holds when all findings pass.
template <class... Rules>
class all_of_rules : public rule_base {
  static_assert((Rule<Rules> && ...),
                "amip: all_of composes rules (amip::rule{…} or compositions of rules); one of "
                "its arguments is not a rule.");

 public:
  constexpr explicit all_of_rules(Rules... rules) : rules_{std::move(rules)...} {}

  /// The number of rules composed (not of findings: a rule may give several).
  [[nodiscard]] static constexpr std::size_t size() noexcept { return sizeof...(Rules); }

  template <class Subject>
  constexpr void evaluate(Subject const& subject, findings& out) const {
    rules_.for_each([&](auto const& r) { r.evaluate(subject, out); });
  }

 private:
  detail::rules_of<Rules...> rules_;
};

/// Holds when one of the rules holds. Gives the findings of the first rule all of whose findings pass; when none
/// does, the findings of every rule (so that each failure shows).
template <class... Rules>
class any_of_rules : public rule_base {
  static_assert((Rule<Rules> && ...),
                "amip: any_of composes rules (amip::rule{…} or compositions of rules); one of "
                "its arguments is not a rule.");

 public:
  constexpr explicit any_of_rules(Rules... rules) : rules_{std::move(rules)...} {}

  template <class Subject>
  constexpr void evaluate(Subject const& subject, findings& out) const {
    findings failures;
    bool held = false;
    auto const try_one = [&](auto const& r) {
      if (held) return;
      findings mine;
      r.evaluate(subject, mine);
      if (mine.all_passed()) {
        held = true;
        out.append(mine);
      } else {
        failures.append(mine);
      }
    };
    rules_.for_each(try_one);
    if (!held) out.append(failures);
  }

 private:
  detail::rules_of<Rules...> rules_;
};

/// The opposite of a rule: each of its findings with the verdict turned round and marked "not".
template <class R>
class negated_rule : public rule_base {
  static_assert(Rule<R>, "amip: not_ turns a rule round; its argument is not a rule.");

 public:
  constexpr explicit negated_rule(R r) : rule_{std::move(r)} {}

  template <class Subject>
  constexpr void evaluate(Subject const& subject, findings& out) const {
    findings inner;
    rule_.evaluate(subject, inner);
    for (auto const& f : inner) out.add(finding{f.rule(), f.result().negated()});
  }

 private:
  R rule_;
};

/// A rule that applies only where a condition on the subject holds; elsewhere it gives no findings.
template <class Condition, class R>
class conditional_rule : public rule_base {
  static_assert(Rule<R>, "amip: only_when(condition, rule) takes a rule as its second argument.");
  static_assert(std::is_object_v<Condition> && std::copy_constructible<Condition>,
                "amip: only_when(condition, rule) takes a function object as its condition: a lambda or a struct "
                "with operator() returning bool for the subject.");

 public:
  constexpr conditional_rule(Condition condition, R r) : condition_{std::move(condition)}, rule_{std::move(r)} {}

  template <class Subject>
  constexpr void evaluate(Subject const& subject, findings& out) const {
    if constexpr (!std::predicate<Condition const&, Subject const&>) {
      static_assert(detail::always_false<Subject>,
                    "amip: the condition of only_when must take the subject and return bool (or something that "
                    "tests as bool).");
    } else {
      if (detail::invoke_on(condition_, subject)) rule_.evaluate(subject, out);
    }
  }

 private:
  Condition condition_;
  R rule_;
};

/// A rule run on a part of the subject (projection(subject)): combines rules over different subjects in one set.
template <class Projection, class R>
class projected_rule : public rule_base {
  static_assert(Rule<R>, "amip: inspecting(projection, rule) takes a rule as its second argument.");

 public:
  constexpr projected_rule(Projection projection, R r) : projection_{std::move(projection)}, rule_{std::move(r)} {}

  template <class Subject>
  constexpr void evaluate(Subject const& subject, findings& out) const {
    if constexpr (!std::is_invocable_v<Projection const&, Subject const&>) {
      static_assert(detail::always_false<Subject>,
                    "amip: the projection of inspecting(projection, rule) must take the subject (a member pointer "
                    "or a function object).");
    } else {
      auto const& part = detail::invoke_on(projection_, subject);
      rule_.evaluate(part, out);
    }
  }

 private:
  Projection projection_;
  R rule_;
};

/// All the rules, in order: all_of(a, b, c). Also a && b.
template <class... Rules>
[[nodiscard]] constexpr auto all_of(Rules... rules) {
  static_assert((Rule<Rules> && ...),
                "amip: all_of composes rules (amip::rule{…} or compositions of rules); one of "
                "its arguments is not a rule.");
  return all_of_rules<Rules...>{std::move(rules)...};
}

/// One of the rules: any_of(a, b). Also a || b.
template <class... Rules>
[[nodiscard]] constexpr auto any_of(Rules... rules) {
  static_assert((Rule<Rules> && ...),
                "amip: any_of composes rules (amip::rule{…} or compositions of rules); one of "
                "its arguments is not a rule.");
  return any_of_rules<Rules...>{std::move(rules)...};
}

/// The rule turned round: not_(r). Also !r.
template <class R>
[[nodiscard]] constexpr auto not_(R r) {
  static_assert(Rule<R>, "amip: not_ turns a rule round; its argument is not a rule.");
  return negated_rule<R>{std::move(r)};
}

/// The rule, only where condition(subject) holds: only_when(is_voucher, avgs_rules).
template <class Condition, class R>
[[nodiscard]] constexpr auto only_when(Condition condition, R r) {
  static_assert(Rule<R>, "amip: only_when(condition, rule) takes a rule as its second argument.");
  return conditional_rule<Condition, R>{std::move(condition), std::move(r)};
}

/// The rule, run on projection(subject): inspecting(&programme::health_project, health_rule).
template <class Projection, class R>
[[nodiscard]] constexpr auto inspecting(Projection projection, R r) {
  static_assert(Rule<R>, "amip: inspecting(projection, rule) takes a rule as its second argument.");
  return projected_rule<Projection, R>{std::move(projection), std::move(r)};
}

/// a && b: both rules, a first (all_of). Builds a rule; nothing is short-circuited.
template <Rule A, Rule B>
[[nodiscard]] constexpr auto operator&&(A const& a, B const& b) {
  return all_of(a, b);
}
/// a || b: either rule (any_of).
template <Rule A, Rule B>
[[nodiscard]] constexpr auto operator||(A const& a, B const& b) {
  return any_of(a, b);
}
/// !a: the rule turned round (not_).
template <Rule A>
[[nodiscard]] constexpr auto operator!(A const& a) {
  return not_(a);
}

namespace detail {
// How many findings a rule gives at most on a subject, where its type says so (0: it does not say), so that check()
// allocates its findings once.
template <class T>
inline constexpr std::size_t outcomes_in = 0;  // a std::vector of outcomes: any number
template <>
inline constexpr std::size_t outcomes_in<bool> = 1;
template <>
inline constexpr std::size_t outcomes_in<outcome> = 1;
template <std::size_t N>
inline constexpr std::size_t outcomes_in<std::array<outcome, N>> = N;

template <class R, class Subject>
struct findings_bound {  // a kind of rule of one's own
  static constexpr std::size_t value = 0;
};
template <class Check, class Subject>
requires std::is_invocable_v<Check const&, Subject const&>
struct findings_bound<rule<Check>, Subject> {
  static constexpr std::size_t value =
      outcomes_in<std::remove_cvref_t<std::invoke_result_t<Check const&, Subject const&>>>;
};
template <class... Rules, class Subject>
struct findings_bound<all_of_rules<Rules...>, Subject> {
  static constexpr std::size_t value = (findings_bound<Rules, Subject>::value + ... + 0);
};
template <class... Rules, class Subject>
struct findings_bound<any_of_rules<Rules...>, Subject> {
  static constexpr std::size_t value = (findings_bound<Rules, Subject>::value + ... + 0);
};
template <class R, class Subject>
struct findings_bound<negated_rule<R>, Subject> : findings_bound<R, Subject> {};
template <class Condition, class R, class Subject>
struct findings_bound<conditional_rule<Condition, R>, Subject> : findings_bound<R, Subject> {};
template <class Projection, class R, class Subject>
requires std::is_invocable_v<Projection const&, Subject const&>
struct findings_bound<projected_rule<Projection, R>, Subject>
    : findings_bound<R, std::remove_cvref_t<std::invoke_result_t<Projection const&, Subject const&>>> {
};
}  // namespace detail

/// Runs the rules on what they inspect and puts their findings into `out`, in rule order, replacing what it held
/// but keeping its storage: for checking many plans or scenarios in a loop without allocating each time. When a
/// rule throws (an overflowing sum), the exception passes through and `out` holds the findings of the rules before
/// it; check() leaves nothing behind.
///
///   amip::findings found;
///   for (auto const& s : scenarios) amip::check_into(found, amip::compare(s, now, prior), rules), report(found);
template <class Subject, class Rules>
constexpr findings& check_into(findings& out, Subject const& subject, Rules const& rules) {
  static_assert(Rule<Rules>,
                "amip: check_into(out, subject, rules) takes a rule or a composition of rules as its third "
                "argument.");
  out.clear();
  if constexpr (constexpr auto bound = detail::findings_bound<Rules, Subject>::value; bound > 0) {
    detail::rules_access::reserve(out, bound);  // allocated once
  }
  rules.evaluate(subject, out);
  return out;
}

/// Runs the rules on what they inspect and returns their findings, in rule order.
template <class Subject, class Rules>
[[nodiscard]] constexpr findings check(Subject const& subject, Rules const& rules) {
  static_assert(Rule<Rules>,
                "amip: check(subject, rules) takes a rule or a composition of rules as its second "
                "argument.");
  findings out;
  check_into(out, subject, rules);
  return out;
}

/// Runs rules on a comparison of a plan: check(egt, plan_of(2026), actual_of(2025), rules).
template <class P, class Rules>
[[nodiscard]] constexpr findings check(P const& plan, period now, period prior, Rules const& rules) {
  static_assert(Plan<P>, "amip: check(plan, now, prior, rules) takes a plan (amip::plan<Q>) as its first argument.");
  return check(compare(plan, now, prior), rules);
}

// ---------------------------------------------------------------------------------------------------------------
// Building blocks over a comparison of a plan

namespace checks {

/// A line a check looks at: a measure (its catalogue line, key and abbreviation), or a line key with a label.
class line_ref {
 public:
  constexpr line_ref(measure_id measure) noexcept  // NOLINT(google-explicit-constructor): a measure is a line
      : measure_{measure}, key_{info_of(measure).key}, label_{info_of(measure).abbreviation} {}
  template <MeasureTag M>
  constexpr line_ref(M measure) noexcept : line_ref{measure.id} {}  // NOLINT(google-explicit-constructor)
  /// A line by its key in the plan's catalogue ("health_project"), with the label an explanation shows.
  constexpr line_ref(std::string_view key, std::string_view label) noexcept : key_{key}, label_{label} {}

  [[nodiscard]] constexpr std::string_view key() const noexcept { return key_; }
  [[nodiscard]] constexpr std::string_view label() const noexcept { return label_; }
  [[nodiscard]] constexpr std::optional<measure_id> measure() const noexcept { return measure_; }

  /// The line in a catalogue, if it has one.
  [[nodiscard]] constexpr std::optional<line_index> find_in(catalog const& table) const noexcept {
    return measure_ ? table.find(*measure_) : table.find(key_);
  }

 private:
  std::optional<measure_id> measure_ = std::nullopt;
  std::string_view key_;
  std::string_view label_;
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
  auto const now_figures = cmp.plan().figures_of(cmp.now_period());
  auto const prior_figures = cmp.plan().figures_of(cmp.prior_period());
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
  std::string_view formula;
};

template <class C>
constexpr auto judge_change(C const& cmp, std::span<line_ref const> refs, direction dir, exact_ratio limit) {
  auto const figures = sum_lines(cmp, refs);
  using Q = typename std::remove_cvref_t<decltype(cmp.plan())>::quantity_type;
  bool passed = false;
  std::string_view formula = "{label}: no figure for {now_period} or {prior_period}, so no change";
  relative_change change{};
  if (figures.known) {
    change = change_of(figures.now, figures.prior);
    bool const from_zero = figures.prior.value() == 0;
    switch (dir) {
      case direction::grows:
        passed = figures.now > figures.prior;
        formula = from_zero ? (passed ? "{label}: {0} against {1}: grows from zero ({now_period} against "
                                        "{prior_period})"
                                      : "{label}: {0} against {1}: does not grow ({now_period} against "
                                        "{prior_period})")
                            : (passed ? "{label} change = {0} / {1} - 1 = {2} > 0 % ({now_period} against "
                                        "{prior_period})"
                                      : "{label} change = {0} / {1} - 1 = {2} ≤ 0 % ({now_period} against "
                                        "{prior_period}): does not grow");
        break;
      case direction::shrinks:
        passed = !from_zero && figures.now < figures.prior;
        formula = from_zero ? "{label}: {0} against {1}: nothing to shrink from ({now_period} against "
                              "{prior_period})"
                  : passed  ? "{label} change = {0} / {1} - 1 = {2} < 0 % ({now_period} against "
                              "{prior_period})"
                            : "{label} change = {0} / {1} - 1 = {2} ≥ 0 % ({now_period} against "
                              "{prior_period}): does not shrink";
        break;
      case direction::grows_moderately:
        if (figures.now <= figures.prior) {
          formula = from_zero ? "{label}: {0} against {1}: does not grow ({now_period} against {prior_period})"
                              : "{label} change = {0} / {1} - 1 = {2} ≤ 0 % ({now_period} against {prior_period}): "
                                "does not grow";
        } else if (from_zero || change > limit) {
          formula = from_zero ? "{label}: {0} against {1}: grows from zero, more than {3} ({now_period} against "
                                "{prior_period})"
                              : "{label} change = {0} / {1} - 1 = {2} > {3} ({now_period} against {prior_period}): "
                                "grows more than moderately";
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
                            std::string_view label, direction dir, exact_ratio limit) {
  using access = amip::detail::rules_access;
  if (v.figures.known) {
    access::add_figure(o, quantity_figure("now", v.figures.now));
    access::add_figure(o, quantity_figure("prior", v.figures.prior));
    access::add_figure(o, change_figure("change", v.change));
    if (dir == direction::grows_moderately) access::add_figure(o, limit_figure("limit", limit));
  }
  for (auto const& ref : refs) access::add_concern(o, ref.key());
  access::set_label(o, label);
  access::set_periods(o, cmp.now_period(), cmp.prior_period());
}

// The outcome of a change check, as a value (what the check returns when called).
template <class C>
constexpr outcome change_outcome(C const& cmp, std::span<line_ref const> refs, std::string_view label, direction dir,
                                 exact_ratio limit) {
  auto const v = judge_change(cmp, refs, dir, limit);
  outcome o{v.passed, v.formula};
  write_change(o, cmp, v, refs, label, dir, limit);
  return o;
}

// The same, added to `out` as a finding of the rule `info`, built in place.
template <class C>
constexpr void append_change(findings& out, rule_info const& info, C const& cmp, std::span<line_ref const> refs,
                             std::string_view label, direction dir, exact_ratio limit) {
  auto const v = judge_change(cmp, refs, dir, limit);
  write_change(amip::detail::rules_access::add(out, info, v.passed, v.formula), cmp, v, refs, label, dir, limit);
}

template <std::size_t N>
struct line_list {
  std::array<line_ref, N> refs;
  std::size_t count;
};

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

  template <class Subject>
  [[nodiscard]] constexpr std::array<outcome, N> operator()(Subject const& cmp) const {
    static_assert(PlanComparison<Subject>,
                  "amip: this check (checks::grows or checks::shrinks) inspects a comparison of a plan: pass "
                  "amip::compare(plan, now, prior), or call amip::check(plan, now, prior, rules).");
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
      return std::array<outcome, N>{
          change_outcome(cmp, std::span<line_ref const>{&lines_[I], 1}, lines_[I].label(), Way, {})...};
    }
    (std::make_index_sequence<N>{});
  }

 private:
  friend struct amip::detail::rules_access;
  template <PlanComparison Subject>  // anything else: operator() says what the check inspects
  constexpr void append_to(findings& out, rule_info const& info, Subject const& cmp) const {
    // Every line judged before any finding is added: a line that throws (an overflowing sum) adds none.
    auto const verdicts = [&]<std::size_t... I>(std::index_sequence<I...>) {
      return std::array{judge_change(cmp, std::span<line_ref const>{&lines_[I], 1}, Way, {})...};
    }
    (std::make_index_sequence<N>{});
    for (std::size_t i = 0; i < N; ++i) {
      write_change(amip::detail::rules_access::add(out, info, verdicts[i].passed, verdicts[i].formula), cmp,
                   verdicts[i], std::span<line_ref const>{&lines_[i], 1}, lines_[i].label(), Way, {});
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
template <class... Refs>
grows(Refs...) -> grows<sizeof...(Refs)>;

/// Each line shrinks (now < prior): one finding per line. checks::shrinks{measure::avgs_mat}.
template <std::size_t N>
class shrinks : public detail::each_line_changes<N, detail::direction::shrinks> {
 public:
  using detail::each_line_changes<N, detail::direction::shrinks>::each_line_changes;
};
template <class... Refs>
shrinks(Refs...) -> shrinks<sizeof...(Refs)>;

/// The sum of the lines grows: one finding. checks::total_grows{"MAT + MAG", measure::mat, measure::mag}.
template <std::size_t N>
class total_grows {
  static_assert(N >= 1 && N <= 4, "amip: a check looks at one to four lines.");

 public:
  template <class... Refs>
  requires(sizeof...(Refs) == N) constexpr explicit total_grows(std::string_view label, Refs... refs)
      : label_{label}, lines_{detail::make_lines(refs...)} {}

  template <class Subject>
  [[nodiscard]] constexpr outcome operator()(Subject const& cmp) const {
    static_assert(PlanComparison<Subject>,
                  "amip: checks::total_grows inspects a comparison of a plan: pass amip::compare(plan, now, prior), "
                  "or call amip::check(plan, now, prior, rules).");
    return detail::change_outcome(cmp, lines_, label_, detail::direction::grows, {});
  }

 private:
  friend struct amip::detail::rules_access;
  template <PlanComparison Subject>  // anything else: operator() says what the check inspects
  constexpr void append_to(findings& out, rule_info const& info, Subject const& cmp) const {
    detail::append_change(out, info, cmp, lines_, label_, detail::direction::grows, {});
  }

  std::string_view label_;
  std::array<line_ref, N> lines_;
};
template <class... Refs>
total_grows(std::string_view, Refs...) -> total_grows<sizeof...(Refs)>;

/// The line grows, by no more than `limit` (0 < change <= limit): one finding.
/// checks::grows_moderately{measure::agh, percent(25)}.
class grows_moderately {
 public:
  constexpr grows_moderately(line_ref line, exact_ratio limit) noexcept : line_{line}, limit_{limit} {}

  [[nodiscard]] constexpr exact_ratio limit() const noexcept { return limit_; }

  template <class Subject>
  [[nodiscard]] constexpr outcome operator()(Subject const& cmp) const {
    static_assert(PlanComparison<Subject>,
                  "amip: checks::grows_moderately inspects a comparison of a plan: pass amip::compare(plan, now, "
                  "prior), or call amip::check(plan, now, prior, rules).");
    return detail::change_outcome(cmp, std::span<line_ref const>{&line_, 1}, line_.label(),
                                  detail::direction::grows_moderately, limit_);
  }

 private:
  friend struct amip::detail::rules_access;
  template <PlanComparison Subject>  // anything else: operator() says what the check inspects
  constexpr void append_to(findings& out, rule_info const& info, Subject const& cmp) const {
    detail::append_change(out, info, cmp, std::span<line_ref const>{&line_, 1}, line_.label(),
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
