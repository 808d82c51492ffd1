// Rules: a rule runs a check on what it inspects and adds findings (finding.hpp) that explain themselves; rules
// compose into rule sets, and check() runs a set on a subject.
//
// Synopsis
//
//   namespace amip {
//   class rule_base;                       // the base of every kind of rule (concept Rule)
//   concept ComparesPeriods;               // a subject with now_period() and prior_period() (a comparison)
//   template <class Check> class rule;     // rule{id, title, check}, rule{id, title, reference, severity, check},
//                                          // rule{rule_info, check}; .with_severity(s), .citing(reference)
//   constexpr auto all_of(rules…), any_of(rules…), not_(rule), only_when(condition, rule),
//                  inspecting(projection, rule);       a && b, a || b, !a
//   constexpr findings check(subject, rules);                  // runs the rules on what they inspect
//   constexpr findings& check_into(findings&, subject, rules);  // the same into findings one reuses in a loop
//   }
//
// What a rule inspects is up to its check: a rule is a template over its subject. The built-in plan rules inspect
// a comparison (amip::compare(plan, now, prior); comparison_checks.hpp has their checks and check(plan, now,
// prior, rules)); offer rules inspect an amip::offer_spec (offer.hpp); budget rules (rules/budget.hpp) an
// amip::balance, their money shown with figure_format::euro_cents. inspecting() combines rules over different
// subjects in one set (inspecting(&programme::egt, plan_rules) && inspecting(&programme::budget, budget_rules)).
//
// Everything is constexpr: a rule set runs at compile time on a constexpr subject. The text of a finding is
// rendered at run time by explanation.hpp.
#pragma once

#include <array>
#include <concepts>
#include <cstddef>
#include <stdexcept>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <amip/core/diagnostics.hpp>
#include <amip/model/period.hpp>
#include <amip/rules/finding.hpp>

namespace amip {

// ---------------------------------------------------------------------------------------------------------------
// Rules and their composition

/// The base of every kind of rule. A new kind of rule (say, one the budget layer needs) derives from it and has
/// `template <class Subject> constexpr void evaluate(Subject const&, findings&) const`.
class rule_base {};

/// A rule: amip::rule, a composition of rules (all_of, any_of, not_, only_when, inspecting), or a kind of one's own
/// derived from amip::rule_base.
template <class R>
concept Rule = std::derived_from<std::remove_cvref_t<R>, rule_base> && std::copy_constructible<std::remove_cvref_t<R>>;

/// A subject that compares two periods (an amip::comparison): the findings of its rules name the periods compared
/// ({now_period}, {prior_period}) where a check leaves them out.
template <class T>
concept ComparesPeriods = requires(std::remove_cvref_t<T> const& c) {
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

/// Whether a rule can run on a subject, and if not, why: what check() tells in its sentence.
enum class inspection : unsigned char {
  inspects,          ///< the rule runs on the subject
  wrong_subject,     ///< a check does not take the subject
  wrong_result,      ///< a check takes it but returns no verdict (bool, outcome, a list of outcomes)
  wrong_condition,   ///< the condition of only_when does not take the subject or return bool
  wrong_projection,  ///< the projection of inspecting does not take the subject
};

/// What a check makes of a subject. (A check that is a generic lambda is asked by instantiating it: give its
/// parameter a type or a constraint, `[](amip::PlanComparison auto const& cmp)`, so that the answer is "no" rather
/// than an error inside the lambda.)
template <class Check, class Subject>
inline constexpr inspection check_inspection = [] {
  if constexpr (!std::is_invocable_v<Check const&, Subject const&>) {
    return inspection::wrong_subject;
  } else if constexpr (!is_verdict<std::remove_cvref_t<std::invoke_result_t<Check const&, Subject const&>>>) {
    return inspection::wrong_result;
  } else {
    return inspection::inspects;
  }
}();

template <class R, class Subject>
struct inspection_of {  // a kind of rule of one's own: it runs where its evaluate() takes the subject
  static constexpr inspection value = requires(R const& r, Subject const& s, findings& f) { r.evaluate(s, f); }
  ? inspection::inspects : inspection::wrong_subject;
};
template <class R, class Subject>
inline constexpr inspection inspection_of_v =
    inspection_of<std::remove_cvref_t<R>, std::remove_cvref_t<Subject>>::value;

/// The first of several answers that is not "inspects".
template <inspection... Answers>
inline constexpr inspection first_problem = [] {
  inspection result = inspection::inspects;
  ((result = result == inspection::inspects ? Answers : result), ...);
  return result;
}();

// Adds a finding of the rule; an outcome of a check on a comparison names the periods compared, unless the check did.
template <class Subject>
constexpr void add_in_context(findings& out, rule_info const& info, outcome const& o, Subject const& subject) {
  auto& added = rules_access::outcome_of(rules_access::add(out, info, o));
  if constexpr (ComparesPeriods<Subject>) {
    if (!rules_access::has_periods(added))
      rules_access::set_periods(added, subject.now_period(), subject.prior_period());
  }
}

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
  /// The type of the check: a function object from what the rule inspects to bool, outcome or outcomes.
  using check_type = Check;

  /// A rule from its info and its check. An empty id or title throws std::invalid_argument (a compile error in a
  /// constant expression).
  constexpr rule(rule_info info, Check check) : info_{info}, check_{std::move(check)} {
    detail::require_id_and_title(info_);
  }
  /// The same with an id and a title only: no reference, severity error.
  constexpr rule(std::string_view id_text, std::string_view title_text, Check check)
      : rule{rule_info{id_text, title_text, {}, severity::error}, std::move(check)} {}
  /// The same with every part of rule_info given.
  constexpr rule(std::string_view id_text, std::string_view title_text, std::string_view reference_text,
                 severity level_value, Check check)
      : rule{rule_info{id_text, title_text, reference_text, level_value}, std::move(check)} {}

  /// @name What identifies the rule
  //@{
  /// The rule's info and its parts: stable id, one-line title, the seed section or legal paragraph it rests on, and the
  /// severity of a failure; each finding of the rule carries them.
  [[nodiscard]] constexpr rule_info const& info() const noexcept { return info_; }
  [[nodiscard]] constexpr std::string_view id() const noexcept { return info_.id; }
  [[nodiscard]] constexpr std::string_view title() const noexcept { return info_.title; }
  [[nodiscard]] constexpr std::string_view reference() const noexcept { return info_.reference; }
  [[nodiscard]] constexpr severity level() const noexcept { return info_.level; }
  //@}
  /// The check the rule runs.
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

  /// Runs the check on `subject` and appends its findings to `out`. (Only on a subject the check takes and
  /// judges: check() says in a sentence what is wrong otherwise.)
  template <class Subject>
  requires(detail::check_inspection<Check, Subject> ==
           detail::inspection::inspects) constexpr void evaluate(Subject const& subject, findings& out) const {
    using result_type = std::remove_cvref_t<std::invoke_result_t<Check const&, Subject const&>>;
    if constexpr (detail::rules_access::appends_in_place<Check, Subject>()) {
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

 private:
  rule_info info_;
  Check check_;
};

/// @name Deduction guides
//@{
/// rule{info, check} and rule{"id", "title", check} deduce the type of the check.
template <class Check>
rule(rule_info, Check) -> rule<Check>;
template <class Check>
rule(std::string_view, std::string_view, Check) -> rule<Check>;
template <class Check>
rule(std::string_view, std::string_view, std::string_view, severity, Check) -> rule<Check>;
//@}

/// All the rules, each run in the order given, their findings one after the other. Holds when all findings pass.
template <class... Rules>
class all_of_rules : public rule_base {
  static_assert((Rule<Rules> && ...),
                "amip: all_of composes rules (amip::rule{…} or compositions of rules); one of "
                "its arguments is not a rule.");

 public:
  /// The rules, in the order they run.
  constexpr explicit all_of_rules(Rules... rules) : rules_{std::move(rules)...} {}

  /// The number of rules composed (not of findings: a rule may give several).
  [[nodiscard]] static constexpr std::size_t size() noexcept { return sizeof...(Rules); }

  /// Runs every rule on `subject`, appending their findings to `out`. Only on a subject every rule inspects.
  template <class Subject>
  requires(detail::first_problem<detail::inspection_of_v<Rules, Subject>...> ==
           detail::inspection::inspects) constexpr void evaluate(Subject const& subject, findings& out) const {
    std::apply([&](auto const&... r) { (r.evaluate(subject, out), ...); }, rules_);
  }

 private:
  std::tuple<Rules...> rules_;
};

/// Holds when one of the rules holds. Gives the findings of the first rule all of whose findings pass; when none
/// does, the findings of every rule (so that each failure shows).
template <class... Rules>
class any_of_rules : public rule_base {
  static_assert((Rule<Rules> && ...),
                "amip: any_of composes rules (amip::rule{…} or compositions of rules); one of "
                "its arguments is not a rule.");

 public:
  /// The rules, in the order they are tried.
  constexpr explicit any_of_rules(Rules... rules) : rules_{std::move(rules)...} {}

  /// Runs the rules on `subject` in order until one holds and appends the findings as described above. Only on a
  /// subject every rule inspects.
  template <class Subject>
  requires(detail::first_problem<detail::inspection_of_v<Rules, Subject>...> ==
           detail::inspection::inspects) constexpr void evaluate(Subject const& subject, findings& out) const {
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
    std::apply([&](auto const&... r) { (try_one(r), ...); }, rules_);
    if (!held) out.append(failures);
  }

 private:
  std::tuple<Rules...> rules_;
};

/// The opposite of a rule: each of its findings with the verdict turned round and marked "not".
template <class R>
class negated_rule : public rule_base {
  static_assert(Rule<R>, "amip: not_ turns a rule round; its argument is not a rule.");

 public:
  /// The rule to turn round (not_ makes it).
  constexpr explicit negated_rule(R r) : rule_{std::move(r)} {}

  /// Runs the rule on `subject` and appends each of its findings negated (finding::negated) to `out`.
  template <class Subject>
  requires(detail::inspection_of_v<R, Subject> ==
           detail::inspection::inspects) constexpr void evaluate(Subject const& subject, findings& out) const {
    findings inner;
    rule_.evaluate(subject, inner);
    for (auto const& f : inner) out.add(f.negated());
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
  /// A predicate on the subject and the rule it guards (only_when makes it).
  constexpr conditional_rule(Condition condition, R r) : condition_{std::move(condition)}, rule_{std::move(r)} {}

  /// Runs the rule on `subject` where the condition holds for it, appending its findings to `out`; else appends
  /// nothing.
  template <class Subject>
  requires(std::predicate<Condition const&, Subject const&>&& detail::inspection_of_v<R, Subject> ==
           detail::inspection::inspects) constexpr void evaluate(Subject const& subject, findings& out) const {
    if (detail::invoke_on(condition_, subject)) rule_.evaluate(subject, out);
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
  /// A function from the subject to the part inspected, and the rule run on it (inspecting makes it).
  constexpr projected_rule(Projection projection, R r) : projection_{std::move(projection)}, rule_{std::move(r)} {}

  /// Runs the rule on projection(subject), appending its findings to `out`.
  template <class Subject>
  requires(std::is_invocable_v<Projection const&, Subject const&>) constexpr void evaluate(Subject const& subject,
                                                                                           findings& out) const {
    auto const& part = detail::invoke_on(projection_, subject);
    rule_.evaluate(part, out);
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
template <class Check, class Subject>
struct inspection_of<rule<Check>, Subject> {
  static constexpr inspection value = check_inspection<Check, Subject>;
};
template <class... Rules, class Subject>
struct inspection_of<all_of_rules<Rules...>, Subject> {
  static constexpr inspection value = first_problem<inspection_of_v<Rules, Subject>...>;
};
template <class... Rules, class Subject>
struct inspection_of<any_of_rules<Rules...>, Subject> {
  static constexpr inspection value = first_problem<inspection_of_v<Rules, Subject>...>;
};
template <class R, class Subject>
struct inspection_of<negated_rule<R>, Subject> : inspection_of<R, Subject> {};
template <class Condition, class R, class Subject>
struct inspection_of<conditional_rule<Condition, R>, Subject> {
  static constexpr inspection value =
      std::predicate<Condition const&, Subject const&> ? inspection_of_v<R, Subject> : inspection::wrong_condition;
};
template <class Projection, class R, class Subject>
struct inspection_of<projected_rule<Projection, R>, Subject> {
  static constexpr inspection value = [] {
    if constexpr (std::is_invocable_v<Projection const&, Subject const&>) {
      return inspection_of_v<R, std::invoke_result_t<Projection const&, Subject const&>>;
    } else {
      return inspection::wrong_projection;
    }
  }();
};

/// The rules run on the subject.
template <class Rules, class Subject>
concept inspects = Rule<Rules> && inspection_of_v<Rules, Subject>
== inspection::inspects;
template <class Rules, class Subject, inspection Why>
concept fails_with = Rule<Rules> && inspection_of_v<Rules, Subject>
== Why;
}  // namespace detail

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
requires detail::inspects<Rules, Subject>
constexpr findings& check_into(findings& out, Subject const& subject, Rules const& rules) {
  out.clear();
  if constexpr (constexpr auto bound = detail::findings_bound<Rules, Subject>::value; bound > 0) {
    detail::rules_access::reserve(out, bound);  // allocated once
  }
  rules.evaluate(subject, out);
  return out;
}

/// Runs the rules on what they inspect and returns their findings, in rule order.
template <class Subject, class Rules>
requires detail::inspects<Rules, Subject>
[[nodiscard]] constexpr findings check(Subject const& subject, Rules const& rules) {
  findings out;
  check_into(out, subject, rules);
  return out;
}

// What check() and check_into() reject, each with its sentence (core/diagnostics.hpp).
#define AMIP_DETAIL_REJECT_CHECK(constraint, sentence) \
  template <class Subject, class Rules>                \
  requires(constraint) AMIP_REJECTED(sentence)         \
  check(Subject const&, Rules const&) AMIP_DELETED;    \
  template <class Subject, class Rules>                \
  requires(constraint) AMIP_REJECTED(sentence)         \
  check_into(findings&, Subject const&, Rules const&) AMIP_DELETED;
AMIP_DETAIL_REJECT_CHECK(!Rule<Rules>, "check(subject, rules) takes a rule or a composition of rules as its rules")
AMIP_DETAIL_REJECT_CHECK((detail::fails_with<Rules, Subject, detail::inspection::wrong_subject>),
                         "these rules cannot inspect this subject: a plan rule inspects a comparison of a plan (pass "
                         "amip::compare(plan, now, prior)), an offer rule an amip::offer_spec, a budget rule an "
                         "amip::balance")
AMIP_DETAIL_REJECT_CHECK((detail::fails_with<Rules, Subject, detail::inspection::wrong_result>),
                         "the check of a rule returns bool, an amip::outcome, or a std::vector or std::array of "
                         "amip::outcome (one finding each); it returns something else")
AMIP_DETAIL_REJECT_CHECK((detail::fails_with<Rules, Subject, detail::inspection::wrong_condition>),
                         "the condition of only_when must take the subject and return bool (or something that tests "
                         "as bool)")
AMIP_DETAIL_REJECT_CHECK((detail::fails_with<Rules, Subject, detail::inspection::wrong_projection>),
                         "the projection of inspecting(projection, rule) must take the subject (a member pointer or "
                         "a function object)")
#undef AMIP_DETAIL_REJECT_CHECK

}  // namespace amip
