// Findings: what a check says about one thing (an outcome: verdict, formula, figures, lines concerned) and what a
// rule makes of it (a finding: the rule's id, title, reference and severity with the outcome), gathered per run in
// amip::findings. No plans, ranges, reports or streams: the text of a finding is rendered by explanation.hpp.
//
// Synopsis
//
//   namespace amip {
//   enum class severity { info, warning, error };              to_string(severity)
//   enum class figure_format { count, share, change, limit, day_span, euro_cents, yes_no, integer };
//   struct figure { text name, value, format, known };     // a named integer a finding shows
//   struct figure_view { string_view name, value, format, known };  // the same as an outcome holds it (a view)
//   constexpr figure quantity_figure(name, Q), change_figure(name, relative_change), share_figure(name, ratio),
//                    limit_figure(name, ratio), flag_figure(name, bool), integer_figure(name, int64);
//
//   class outcome;        // what a check returns for one finding: passed, a formula, figures, lines concerned
//     outcome{passed, "AGH change = {0} / {1} - 1 = {2}", {figures…}}.concerning(measure::agh).labelled("AGH")
//     // a literal formula is a checked_formula (formula.hpp): "{lable}" does not compile
//   struct rule_info { text id, title, reference; level };
//   struct rule_info_view { string_view id, title, reference; level };           // as a finding holds it (a view)
//   class finding;        // rule_info + outcome: passed(), figures(), value_of(name), is_about(key), periods,
//                         // negated()
//   class findings;       // the findings of a run, in rule order: count_failed(), all_passed(), of(id), failures()
//   }
//
// Everything here is constexpr: findings keep views, integers, enums and fixed arrays, and one chain of owned
// strings (detail::kept_texts, amip/core/text.hpp). A finding owns what it shows: every name, key, label, formula
// and rule text is a view of a string literal, or of a copy the finding keeps in its chain (built at run time from a
// std::string or std::string_view, amip::text copies it), so a finding outlives the plan, offer or strings it was
// made from. Views and one chain, not an amip::text per name: copying a finding then copies views and one count
// (benchmarks/README.md measures the difference). Their text (the formula rendered with its figures) is built at run
// time by amip::explanation(finding) in explanation.hpp.
#pragma once

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <amip/core/diagnostics.hpp>
#include <amip/core/quantity.hpp>
#include <amip/core/ratio.hpp>
#include <amip/core/text.hpp>
#include <amip/model/measure.hpp>
#include <amip/model/period.hpp>
#include <amip/rules/formula.hpp>

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
/// (a change against 0); such a figure prints as "n. v." (n/a). The name is amip::text: a literal is viewed, any
/// other string copied.
struct figure {
  /// What the figure is called; {n} in a formula names it by position, value_of() by this name.
  text name;
  /// The value, in the unit its format states (euro cents, tenths of a percent, a count, days).
  std::int64_t value = 0;
  /// How the value prints in an explanation.
  figure_format format = figure_format::integer;
  /// False where there is no value (a change against 0): value is then 0 and prints as "n. v.".
  bool known = true;
  /// Equal when name, value, format and known are.
  friend constexpr bool operator==(figure const&, figure const&) = default;
};

/// A figure as an outcome or finding holds it: its name a view, valid while that outcome or finding (or a copy of
/// it) lives; the outcome keeps the name's characters where they were not a literal.
struct figure_view {
  /// @copydoc figure::name
  std::string_view name;
  /// @copydoc figure::value
  std::int64_t value = 0;
  /// @copydoc figure::format
  figure_format format = figure_format::integer;
  /// @copydoc figure::known
  bool known = true;
  /// Equal when name (its characters), value, format and known are.
  friend constexpr bool operator==(figure_view const&, figure_view const&) = default;
};

/// What identifies a rule, as a finding holds it: views valid while the finding (or a copy of it) lives.
struct rule_info_view {
  /// @copydoc rule_info::id
  std::string_view id;
  /// @copydoc rule_info::title
  std::string_view title;
  /// @copydoc rule_info::reference
  std::string_view reference;
  /// @copydoc rule_info::level
  severity level = severity::error;
};

namespace detail {
/// How a quantity of type Q prints as a figure: counts as counts, days as days, money as money.
template <class Q>
[[nodiscard]] constexpr figure_format figure_format_of() noexcept {
  using unit = typename Q::unit_type;
  if constexpr (std::same_as<unit, units::day>) {
    return figure_format::day_span;
  } else if constexpr (units::is_money_unit<unit>) {
    return figure_format::euro_cents;
  } else if constexpr (Count<Q>) {
    return figure_format::count;
  } else {
    return figure_format::integer;
  }
}
}  // namespace detail

/// A quantity as a figure: counts print as counts, days as days, money as money.
template <class Q>
[[nodiscard]] constexpr figure quantity_figure(text name, Q q) {
  static_assert(Quantity<Q>,
                "amip: quantity_figure shows an amip quantity (entries, persons, cases, days, money); "
                "use integer_figure for a plain number.");
  return {std::move(name), q.value(), detail::figure_format_of<Q>()};
}

/// A change as a figure in tenths of a percent ("+19,9 %"), unknown where the change has no value.
[[nodiscard]] constexpr figure change_figure(text name, relative_change change) {
  auto const tenths = change.tenths_of_percent();
  return {std::move(name), tenths.value_or(0), figure_format::change, tenths.has_value()};
}

/// A share as a figure in tenths of a percent ("50,0 %").
[[nodiscard]] constexpr figure share_figure(text name, exact_ratio ratio) {
  return {std::move(name), ratio.tenths_of_percent(), figure_format::share};
}

/// A percentage limit as a figure ("25 %", "47,5 %").
[[nodiscard]] constexpr figure limit_figure(text name, exact_ratio ratio) {
  return {std::move(name), ratio.tenths_of_percent(), figure_format::limit};
}

/// A yes/no criterion as a figure (1 or 0).
[[nodiscard]] constexpr figure flag_figure(text name, bool value) noexcept {
  return {std::move(name), value ? 1 : 0, figure_format::yes_no};
}

/// A plain integer as a figure.
[[nodiscard]] constexpr figure integer_figure(text name, std::int64_t value) noexcept {
  return {std::move(name), value, figure_format::integer};
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
/// rule's title followed by "holds" or "does not hold". A placeholder that names nothing is a compile error in a
/// string literal and an amip::formula_error when a formula known only at run time is rendered (formula.hpp).
class outcome {
 public:
  static constexpr std::size_t max_figures = 8;   ///< more throws std::length_error (a compile error if constexpr)
  static constexpr std::size_t max_concerns = 4;  ///< likewise

  /// passed, the formula, and its figures in placeholder order. A string literal is checked when it is compiled
  /// (formula.hpp): outcome{ok, "{lable} = {0}", …} does not compile. It is viewed, not copied: a literal lives as
  /// long as the program.
  constexpr explicit outcome(bool passed, checked_formula formula = {}, std::initializer_list<figure> figures = {})
      : passed_{passed}, formula_{formula.text()} {
    for (auto const& f : figures) add_figure(f);
  }
  /// The same with a formula known only at run time (a std::string_view, `ok ? "…" : "…"`): its placeholders are
  /// checked when the finding is rendered (explanation.hpp throws amip::formula_error naming the placeholder).
  template <class S>
  requires(std::convertible_to<S const&, std::string_view> &&
           !std::is_array_v<S>) constexpr explicit outcome(bool passed, S const& formula,
                                                           std::initializer_list<figure> figures = {})
      : outcome{passed, checked_formula{}, figures} {
    formula_ = kept_.keep(text{std::string_view{formula}});  // copied at run time: the outcome owns it
  }
  // Copies what is used: an outcome is mostly room for figures it does not have.
  /// A copy: its views of kept texts share the original's characters, which stay alive while either lives.
  constexpr outcome(outcome const& other) noexcept
      : kept_{other.kept_},
        passed_{other.passed_},
        negated_{other.negated_},
        formula_{other.formula_},
        label_{other.label_},
        figure_count_{other.figure_count_},
        concern_count_{other.concern_count_},
        now_{other.now_},
        prior_{other.prior_},
        compares_periods_{other.compares_periods_} {
    for (std::size_t i = 0; i < figure_count_; ++i) figures_[i] = other.figures_[i];
    for (std::size_t i = 0; i < concern_count_; ++i) concerns_[i] = other.concerns_[i];
  }
  // Likewise; figures and lines beyond the counts are never read, so what they held before does not matter.
  /// Copies as the copy constructor does.
  constexpr outcome& operator=(outcome const& other) noexcept {
    if (this == &other) return *this;
    kept_ = other.kept_;
    passed_ = other.passed_;
    negated_ = other.negated_;
    formula_ = other.formula_;
    label_ = other.label_;
    for (std::size_t i = 0; i < other.figure_count_; ++i) figures_[i] = other.figures_[i];
    figure_count_ = other.figure_count_;
    for (std::size_t i = 0; i < other.concern_count_; ++i) concerns_[i] = other.concerns_[i];
    concern_count_ = other.concern_count_;
    if (other.compares_periods_) {  // else never read
      now_ = other.now_;
      prior_ = other.prior_;
    }
    compares_periods_ = other.compares_periods_;
    return *this;
  }

  /// The same, with one more figure ({n} for the n-th figure added).
  [[nodiscard]] constexpr outcome with(figure f) const {
    auto copy = *this;
    copy.add_figure(f);
    return copy;
  }
  /// The same, concerning one more line or measure (its stable key: "p16e", "health_project", "delivery").
  [[nodiscard]] constexpr outcome concerning(text key) const {
    auto copy = *this;
    if (copy.concern_count_ == max_concerns) throw_too_many("lines concerned", max_concerns);
    copy.concerns_[copy.concern_count_++] = copy.kept_.keep(key);
    return copy;
  }
  /// The same for one of amip's own measures: its key ("mat", "p16e"), viewed.
  [[nodiscard]] constexpr outcome concerning(measure_id measure) const {
    return concerning(text::of_static(info_of(measure).key));
  }
  /// The same for any measure: its key viewed when static (amip's own, a tag's), else copied.
  [[nodiscard]] constexpr outcome concerning(measure_ref measure) const { return concerning(measure.key_text()); }
  /// The same for a measure's tag (amip's own or one's own): its key, viewed.
  template <MeasureTag M>
  [[nodiscard]] constexpr outcome concerning(M measure) const {
    return concerning(measure_ref{measure});
  }
  /// The same for an owned measure: its key viewed where it is static, else copied.
  [[nodiscard]] constexpr outcome concerning(owned_measure const& measure) const { return concerning(measure.ref()); }
  /// The same, with a label for {label} ("§ 16e", "MAT + MAG").
  [[nodiscard]] constexpr outcome labelled(text label) const {
    auto copy = *this;
    copy.label_ = copy.kept_.keep(label);
    return copy;
  }
  /// The same, stating the periods compared ({now_period}, {prior_period}). check() fills them in for rules on a
  /// comparison when a check leaves them out.
  [[nodiscard]] constexpr outcome during(period now, period prior) const {
    auto copy = *this;
    copy.now_ = now;
    copy.prior_ = prior;
    copy.compares_periods_ = true;
    return copy;
  }
  /// The opposite verdict, marked as negated (not_ uses it); negating twice restores the outcome.
  [[nodiscard]] constexpr outcome negated() const {
    auto copy = *this;
    copy.passed_ = !passed_;
    copy.negated_ = !negated_;
    return copy;
  }

  /// Whether the check holds (after negated(), the opposite of what the check found).
  [[nodiscard]] constexpr bool passed() const noexcept { return passed_; }
  /// Whether the verdict was turned by negated() (an odd number of times).
  [[nodiscard]] constexpr bool is_negated() const noexcept { return negated_; }
  /// The formula template ("{0} > {1}"), empty where the check gave none; a view valid while the outcome lives.
  [[nodiscard]] constexpr std::string_view formula() const& noexcept AMIP_LIFETIMEBOUND { return formula_; }
  AMIP_REJECTED("the formula of a temporary outcome would dangle at once; keep the outcome first")
  formula() const&& AMIP_DELETED;
  /// The label for {label} ("§ 16e"), empty where none was given; a view valid while the outcome lives.
  [[nodiscard]] constexpr std::string_view label() const& noexcept AMIP_LIFETIMEBOUND { return label_; }
  AMIP_REJECTED("the label of a temporary outcome would dangle at once; keep the outcome first")
  label() const&& AMIP_DELETED;
  /// The figures in placeholder order ({0} first); valid while the outcome lives.
  [[nodiscard]] constexpr std::span<figure_view const> figures() const& noexcept AMIP_LIFETIMEBOUND {
    return {figures_.data(), figure_count_};
  }
  AMIP_REJECTED("the figures of a temporary outcome would dangle at once; keep the outcome first")
  figures() const&& AMIP_DELETED;
  /// The keys of the lines or measures concerned, in the order added; valid while the outcome lives.
  [[nodiscard]] constexpr std::span<std::string_view const> concerns() const& noexcept AMIP_LIFETIMEBOUND {
    return {concerns_.data(), concern_count_};
  }
  AMIP_REJECTED("the lines of a temporary outcome would dangle at once; keep the outcome first")
  concerns() const&& AMIP_DELETED;
  /// The period compared ({now_period}: "Plan 2026"), where during() stated one.
  [[nodiscard]] constexpr std::optional<period> now_period() const noexcept {
    return compares_periods_ ? std::optional<period>{now_} : std::nullopt;
  }
  /// The period compared with ({prior_period}: "Ergebnis 2025"), where during() stated one.
  [[nodiscard]] constexpr std::optional<period> prior_period() const noexcept {
    return compares_periods_ ? std::optional<period>{prior_} : std::nullopt;
  }

 private:
  constexpr void add_figure(figure const& f) {
    add_figure(figure_view{kept_.keep(f.name), f.value, f.format, f.known});
  }
  // A figure whose name is a literal or already kept by this outcome.
  constexpr void add_figure(figure_view const& f) {
    if (figure_count_ == max_figures) throw_too_many("figures", max_figures);
    figures_[figure_count_++] = f;
  }
  // An outcome afresh, in the place of one that is no longer needed (a spare finding of amip::findings), with a
  // formula that is a literal.
  constexpr void restart(bool passed, std::string_view literal_formula) noexcept {
    kept_ = {};
    passed_ = passed;
    negated_ = false;
    formula_ = literal_formula;
    label_ = {};
    figure_count_ = 0;
    concern_count_ = 0;
    compares_periods_ = false;
  }
  [[noreturn]] static void throw_too_many(std::string_view what, std::size_t limit) {
    throw std::length_error("amip: an outcome holds at most " + std::to_string(limit) + " " + std::string(what));
  }

  friend struct detail::rules_access;
  friend class finding;

  // The texts below are views: of literals, or of the characters kept_ holds (what was built at run time, and the
  // texts of the rule of a finding). One counted chain per outcome instead of a counted text per view keeps copying
  // an outcome as cheap as copying its views (benchmarks/README.md measures the difference).
  detail::kept_texts kept_{};
  bool passed_;
  bool negated_ = false;
  std::string_view formula_;
  std::string_view label_{};
  std::array<figure_view, max_figures> figures_{};
  std::size_t figure_count_ = 0;
  std::array<std::string_view, max_concerns> concerns_{};
  std::size_t concern_count_ = 0;
  // The periods compared, where compares_periods_ says so: plain periods beside one flag, not two std::optional
  // (a period is 40 bytes; a spare finding restarted in place only clears the flag).
  period now_{};
  period prior_{};
  bool compares_periods_ = false;
};

/// What identifies a rule: a stable id, a title, the seed section or legal paragraph it rests on, its severity.
/// Each text is a literal the rule views or a string it owns (a rule made at run time from strings copies them).
struct rule_info {
  text id;         ///< stable, ASCII, kebab-case: "more-for-egz-esg-16e"
  text title;      ///< one line, English, German term beside it
  text reference;  ///< "Abschnitt 1", "Abschnitt 3; § 16e SGB II"; may be empty for a user's rule
  /// How much the finding weighs when the rule fails (error unless the rule says otherwise).
  severity level = severity::error;
};

/// One rule's verdict on one thing: the rule's id, title, reference and severity with the outcome of its check.
/// A finding owns what it shows (amip::text: literals viewed, other strings copied), so it may outlive its rule, its
/// plan or offer, and the strings they were made from. The views its functions return are valid while the finding
/// (or a copy of it) lives.
class finding {
 public:
  /// The rule's verdict: its info and the outcome of its check, the rule's texts kept as amip::text keeps them.
  constexpr finding(rule_info const& info, outcome const& result) : outcome_{result} { keep_rule(info); }
  /// amip's own: a finding built in place, its outcome's figures and lines still to come.
  constexpr finding(detail::finding_in_place_t, rule_info const& info, bool passed, std::string_view literal_formula)
      : outcome_{passed, checked_formula{}} {
    outcome_.formula_ = literal_formula;
    keep_rule(info);
  }

  /// The rule's id, title, reference and severity, viewed.
  [[nodiscard]] constexpr rule_info_view rule() const& noexcept AMIP_LIFETIMEBOUND { return rule_; }
  AMIP_REJECTED("the rule of a temporary finding would dangle at once; keep the finding first")
  rule() const&& AMIP_DELETED;
  /// The rule's stable id ("more-for-egz-esg-16e").
  [[nodiscard]] constexpr std::string_view rule_id() const& noexcept AMIP_LIFETIMEBOUND { return rule_.id; }
  AMIP_REJECTED("the rule id of a temporary finding would dangle at once; keep the finding first")
  rule_id() const&& AMIP_DELETED;
  /// The rule's one-line title.
  [[nodiscard]] constexpr std::string_view title() const& noexcept AMIP_LIFETIMEBOUND { return rule_.title; }
  AMIP_REJECTED("the title of a temporary finding would dangle at once; keep the finding first")
  title() const&& AMIP_DELETED;
  /// The seed section or legal paragraph the rule rests on ("Abschnitt 3; § 16e SGB II"); may be empty.
  [[nodiscard]] constexpr std::string_view reference() const& noexcept AMIP_LIFETIMEBOUND { return rule_.reference; }
  AMIP_REJECTED("the reference of a temporary finding would dangle at once; keep the finding first")
  reference() const&& AMIP_DELETED;
  /// The rule's severity, which counts only where the finding failed.
  [[nodiscard]] constexpr severity level() const noexcept { return rule_.level; }
  /// Whether the rule holds.
  [[nodiscard]] constexpr bool passed() const noexcept { return outcome_.passed(); }
  /// Whether the rule does not hold: !passed().
  [[nodiscard]] constexpr bool failed() const noexcept { return !outcome_.passed(); }
  /// Whether the verdict is the opposite of its check's (the rule is a not_).
  [[nodiscard]] constexpr bool is_negated() const noexcept { return outcome_.is_negated(); }
  /// The outcome of the rule's check: formula, label, figures, lines concerned.
  [[nodiscard]] constexpr outcome const& result() const& noexcept AMIP_LIFETIMEBOUND { return outcome_; }
  AMIP_REJECTED("the outcome of a temporary finding would dangle at once; keep the finding first")
  result() const&& AMIP_DELETED;
  /// The same finding with the opposite verdict, marked as negated (not_ uses it).
  [[nodiscard]] constexpr finding negated() const {
    auto copy = *this;
    copy.outcome_ = outcome_.negated();
    return copy;
  }

  /// The keys of the lines or measures concerned ("mat", "p16e", "health_project").
  [[nodiscard]] constexpr std::span<std::string_view const> concerns() const& noexcept AMIP_LIFETIMEBOUND {
    return outcome_.concerns();
  }
  AMIP_REJECTED("the lines of a temporary finding would dangle at once; keep the finding first")
  concerns() const&& AMIP_DELETED;
  /// Whether the finding concerns the line or measure with this key.
  [[nodiscard]] constexpr bool is_about(std::string_view key) const noexcept {
    for (auto const& k : concerns()) {
      if (k == key) return true;
    }
    return false;
  }
  /// Whether the finding concerns one of amip's own measures.
  [[nodiscard]] constexpr bool is_about(measure_id measure) const noexcept { return is_about(info_of(measure).key); }
  /// Whether the finding concerns this measure (by its key).
  [[nodiscard]] constexpr bool is_about(measure_ref measure) const noexcept { return is_about(measure.key()); }

  /// The figures involved, in the formula's placeholder order.
  [[nodiscard]] constexpr std::span<figure_view const> figures() const& noexcept AMIP_LIFETIMEBOUND {
    return outcome_.figures();
  }
  AMIP_REJECTED("the figures of a temporary finding would dangle at once; keep the finding first")
  figures() const&& AMIP_DELETED;
  /// The value of the figure with this name, if there is one and it is known.
  [[nodiscard]] constexpr std::optional<std::int64_t> value_of(std::string_view name) const noexcept {
    for (auto const& f : figures()) {
      if (f.name == name) return f.known ? std::optional<std::int64_t>{f.value} : std::nullopt;
    }
    return std::nullopt;
  }

  /// The periods compared, where the finding is about a comparison ("Plan 2026", "Ergebnis 2025").
  [[nodiscard]] constexpr std::optional<period> now_period() const noexcept { return outcome_.now_period(); }
  /// The period compared with, where the finding is about a comparison.
  [[nodiscard]] constexpr std::optional<period> prior_period() const noexcept { return outcome_.prior_period(); }

 private:
  friend struct detail::rules_access;
  // The rule's texts are viewed where they are literals and kept with the outcome's texts where not.
  constexpr void keep_rule(rule_info const& info) {
    if (!info.id.owns() && !info.title.owns() && !info.reference.owns()) {  // literals, as amip's own rules have
      rule_ = {info.id.view(), info.title.view(), info.reference.view(), info.level};
    } else {
      rule_ = {outcome_.kept_.keep(info.id), outcome_.kept_.keep(info.title), outcome_.kept_.keep(info.reference),
               info.level};
    }
  }

  rule_info_view rule_;
  outcome outcome_;
};

/// The findings of a run, in the order the rules ran: stable and deterministic.
class findings {
 public:
  /// A findings is a range of finding.
  using value_type = finding;
  /// A random-access iterator over the findings; there is no mutable one.
  using const_iterator = std::vector<finding>::const_iterator;
  /// The same: findings are read, not changed in place.
  using iterator = const_iterator;

  constexpr findings() = default;
  /// A copy of the findings (not of spare storage).
  constexpr findings(findings const& other) : items_(other.begin(), other.end()), size_{other.size_} {}
  /// Takes the findings; `other` is left empty.
  constexpr findings(findings&& other) noexcept : items_{std::move(other.items_)}, size_{other.size_} {
    other.items_.clear();
    other.size_ = 0;
  }
  /// Replaces the findings with a copy of other's, reusing the storage.
  constexpr findings& operator=(findings const& other) {
    if (this != &other) {
      clear();
      append(other);
    }
    return *this;
  }
  /// Takes other's findings; `other` is left empty.
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

  /// Adds a copy of a finding at the end.
  constexpr void add(finding const& f);
  /// Removes every finding; the storage stays, for the next run (check_into).
  constexpr void clear() noexcept { size_ = 0; }
  /// Adds copies of other's findings at the end, in their order (also from itself).
  constexpr void append(findings const& other) {
    if (&other == this) {
      auto const copy = other;  // adding may move the findings being read
      return append(copy);
    }
    for (auto const& f : other) add(f);
  }

  /// @name The findings as a range
  //@{
  /// The findings in the order the rules ran; [] throws std::out_of_range past size().
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
  //@}

  /// The number of findings that failed (of any severity, or of one).
  [[nodiscard]] constexpr std::size_t count_failed() const noexcept {
    std::size_t n = 0;
    for (auto const& f : *this) n += f.failed() ? 1U : 0U;
    return n;
  }
  /// The number of findings of this severity that failed.
  [[nodiscard]] constexpr std::size_t count_failed(severity level) const noexcept {
    std::size_t n = 0;
    for (auto const& f : *this) n += f.failed() && f.level() == level ? 1U : 0U;
    return n;
  }
  /// The number of findings that passed.
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
// findings, instead of through the copying builders (concerning(), labelled(), during()) meant for users. This and
// the spare findings are what keep the typed rules as fast as hand-written code (benchmarks/README.md measures
// them without).
// amip's own checks that build their findings in place (specialised beside them, in comparison_checks.hpp). Only
// these exact types take that path: a user's check derived from one keeps its own operator().
template <class Check>
inline constexpr bool builds_findings_in_place = false;

struct rules_access {
  static constexpr void add_figure(outcome& o, figure const& f) { o.add_figure(f); }
  // A figure named by a literal of amip's own checks: viewed, no amip::text made and kept.
  static constexpr void add_figure(outcome& o, figure_view const& f) { o.add_figure(f); }
  static constexpr void add_concern(outcome& o, text const& key) {
    if (o.concern_count_ == outcome::max_concerns) outcome::throw_too_many("lines concerned", outcome::max_concerns);
    o.concerns_[o.concern_count_++] = o.kept_.keep(key);
  }
  static constexpr void set_label(outcome& o, text const& label) { o.label_ = o.kept_.keep(label); }
  static constexpr bool has_periods(outcome const& o) noexcept { return o.compares_periods_; }
  static constexpr void set_periods(outcome& o, period const& now, period const& prior) {
    o.now_ = now;
    o.prior_ = prior;
    o.compares_periods_ = true;
  }
  static constexpr void reserve(findings& all, std::size_t n) { all.items_.reserve(n); }
  // A finding with its verdict and formula, added in place (in a spare one where there is one); the caller adds
  // figures, lines, label and periods.
  // The formula is a literal of amip's own checks: viewed, never copied (this is the path that must not allocate).
  static constexpr outcome& add(findings& all, rule_info const& info, bool passed, std::string_view literal_formula) {
    if (all.size_ < all.items_.size()) {
      auto& spare = all.items_[all.size_++];
      spare.outcome_.restart(passed, literal_formula);
      spare.keep_rule(info);
      return spare.outcome_;
    }
    auto& added = all.items_.emplace_back(finding_in_place_t{}, info, passed, literal_formula);
    ++all.size_;
    return added.outcome_;
  }
  static constexpr finding& add(findings& all, rule_info const& info, outcome const& o) {
    if (all.size_ == all.items_.size()) {
      all.items_.emplace_back(info, o);  // emplace_back copes with `o` inside the vector
    } else {
      auto& spare = all.items_[all.size_];
      spare.outcome_ = o;  // `o` is never the spare's own: a spare is no finding anyone holds
      spare.keep_rule(info);
    }
    return all.items_[all.size_++];
  }
  static constexpr void add(findings& all, finding const& f) {
    if (all.size_ == all.items_.size()) {
      all.items_.push_back(f);  // push_back copes with `f` inside the vector
    } else {
      all.items_[all.size_] = f;
    }
    ++all.size_;
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

constexpr void findings::add(finding const& f) { detail::rules_access::add(*this, f); }

}  // namespace amip
