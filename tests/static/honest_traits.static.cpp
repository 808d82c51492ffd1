// Compile-time tests that amip's types tell the truth to the standard traits and to user concepts: what amip
// rejects (mixed kinds, raw numbers, floating point, a missing .round(), an optional figure, a rule on the wrong
// subject, cost rates of another count) is simply not there for std::is_constructible_v, std::is_convertible_v, a
// requires-expression or a concept, on g++ 12 and clang 14 alike. (The sentences those mistakes print are tested in
// tests/compile_fail/.) This file compiles only if every static_assert holds.
#include <amip/core/estimate.hpp>
#include <amip/core/quantity.hpp>
#include <amip/core/ratio.hpp>
#include <amip/model/comparison.hpp>
#include <amip/model/measure.hpp>
#include <amip/money/budget.hpp>
#include <amip/money/cost.hpp>
#include <amip/money/fit.hpp>
#include <amip/programmes/duesseldorf_2026/data.hpp>
#include <amip/programmes/duesseldorf_2026/rules.hpp>
#include <amip/rules/rule.hpp>

#include <concepts>
#include <optional>
#include <type_traits>
#include <utility>

namespace {
using namespace amip;

// What a user (or a serialisation library, or a std::variant visitor) writes to probe a type.
template <class A, class B>
concept addable = requires(A a, B b) {
  a + b;
};
template <class A, class B>
concept subtractable = requires(A a, B b) {
  a - b;
};
template <class A, class B>
concept multipliable = requires(A a, B b) {
  a* b;
};
template <class A, class B>
concept divisible = requires(A a, B b) {
  a / b;
};
template <class A, class B>
concept ordered_with = requires(A a, B b) {
  a < b;
};
template <class A, class B>
concept equality_with = requires(A a, B b) {
  a == b;
};

// Quantities of different kinds: no sum, no difference, no comparison.
static_assert(!addable<entry_count, person_count>);
static_assert(!addable<entry_count, money>);
static_assert(!subtractable<money, entry_count>);
static_assert(!ordered_with<entry_count, person_count>);
static_assert(!equality_with<entry_count, person_count>);
static_assert(!std::three_way_comparable_with<entry_count, person_count>);
static_assert(!std::equality_comparable_with<entry_count, case_count>);
// ... while the same kind has all of them.
static_assert(addable<entry_count, entry_count> && subtractable<money, money>);
static_assert(std::totally_ordered<money> && std::regular<entry_count>);

// Raw numbers and floating point: no quantity from them, no arithmetic with them.
static_assert(!std::is_constructible_v<money, double>);
static_assert(!std::is_constructible_v<money, int>);
static_assert(!std::is_constructible_v<entry_count, long>);
static_assert(!std::is_convertible_v<int, money>);
static_assert(!std::is_convertible_v<double, money>);
static_assert(!addable<money, int> && !addable<int, entry_count> && !subtractable<money, int>);
static_assert(!multipliable<money, double> && !multipliable<double, money> && !divisible<money, double>);
static_assert(multipliable<money, int> && divisible<money, int>);
static_assert(!std::is_invocable_v<decltype([](auto x) -> decltype(eur(x)) { return eur(x); }), double>);
static_assert(std::is_invocable_v<decltype([](auto x) -> decltype(eur(x)) { return eur(x); }), int>);
static_assert(!multipliable<double, unit_constant<units::entry>> && !multipliable<bool, unit_constant<units::entry>>);
static_assert(multipliable<int, unit_constant<units::entry>>);

// An exact quotient is not a quantity until it is rounded; an optional figure is not one until it is tested.
static_assert(!std::is_convertible_v<exact_quotient<units::cent>, money>);
static_assert(!std::is_constructible_v<money, exact_quotient<units::cent>>);
static_assert(std::is_convertible_v<decltype(std::declval<exact_quotient<units::cent>>().round()), money>);
static_assert(!std::is_convertible_v<std::optional<entry_count>, entry_count>);
static_assert(!std::is_constructible_v<entry_count, std::optional<entry_count>>);
static_assert(!addable<std::optional<entry_count>, std::optional<entry_count>>);
static_assert(!addable<entry_count, std::optional<entry_count>>);

// Products and quotients only where the planning model gives them a meaning.
static_assert(multipliable<cost_per<entry_count>, entry_count>);
static_assert(!multipliable<cost_per<entry_count>, person_count>);
static_assert(!divisible<entry_count, money>);

// A measure tag is not a unit; percent takes whole numbers.
static_assert(!multipliable<int, decltype(measure::mat)>);
static_assert(!std::is_invocable_v<decltype([](auto x) -> decltype(percent(x)) { return percent(x); }), double>);

// Estimate ranges: one kind each.
static_assert(!std::is_constructible_v<estimate_range<person_count>, person_count, entry_count>);
static_assert(!addable<estimate_range<person_count>, estimate_range<entry_count>>);
static_assert(!addable<estimate_range<person_count>, entry_count>);
static_assert(!multipliable<estimate_range<person_count>, double>);
static_assert(multipliable<estimate_range<person_count>, int>);

// Budget lines: money of one line does not mix with another's, nor with plain money.
static_assert(!addable<egt_money, vwhh_money> && !subtractable<egt_money, vwhh_money>);
static_assert(!addable<egt_money, money> && !addable<money, egt_money>);
static_assert(addable<egt_money, egt_money>);

// A comparison is not made from a temporary plan.
using egt_plan_type = decltype(duesseldorf_2026::egt_plan());
template <class P>
concept comparable_plan = requires(P&& p) {
  compare(std::forward<P>(p), plan_of(2026), actual_of(2025));
};
static_assert(comparable_plan<egt_plan_type const&> && !comparable_plan<egt_plan_type>);
static_assert(!std::is_constructible_v<comparison<egt_plan_type>, egt_plan_type, period, period>);

// Rules: check() is there only for a subject the rules inspect.
using plan_comparison = decltype(compare(std::declval<egt_plan_type const&>(), plan_of(2026), actual_of(2025)));
template <class Subject, class Rules>
concept checkable = requires(Subject const& s, Rules const& r) {
  check(s, r);
};
static_assert(checkable<plan_comparison, decltype(duesseldorf_2026::mag_grows)>);
static_assert(!checkable<egt_plan_type, decltype(duesseldorf_2026::mag_grows)>);
static_assert(!checkable<offer_spec, decltype(duesseldorf_2026::mag_grows)>);
static_assert(checkable<plan_comparison, decltype(duesseldorf_2026::plan_rules)>);
static_assert(!checkable<egt_plan_type, decltype(duesseldorf_2026::plan_rules)>);
static_assert(!checkable<plan_comparison, int>);

// Cost rates name their count; a plan is costed only by rates of its own count, a plan of money by none, and only a
// plan of entries is fitted.
static_assert(CostRate<cost_rate> && CostRate<person_cost_rate> && CostRate<case_cost_rate>);
static_assert(!CostRate<money> && !CostRate<cost_per<entry_count>>);
static_assert(std::same_as<person_cost_model::counted, person_count> && std::same_as<cost_model::counted, entry_count>);
template <class Plan, class Costs>
concept costable = requires(Plan const& p, Costs const& c) {
  need(p, plan_of(2026), c, budget_line::egt);
  planned_spend(p, plan_of(2026), c, budget_line::egt);
};
template <class Plan>
concept costable_without_rates = requires(Plan const& p) {
  need(p, plan_of(2026), budget_line::egt);
};
static_assert(costable<plan<entry_count>, cost_model> && costable<plan<person_count>, person_cost_model>);
static_assert(costable<plan<case_count>, case_cost_model>);
static_assert(!costable<plan<person_count>, cost_model> && !costable<plan<entry_count>, person_cost_model>);
static_assert(!costable<plan<money>, cost_model> && !costable<plan<case_count>, person_cost_model>);
static_assert(costable_without_rates<plan<money>> && !costable_without_rates<plan<entry_count>>);
template <class Plan>
concept fittable = requires(Plan const& p, cost_model const& c) {
  fit(p, plan_of(2026), c, egt_money{}, fit_policy::proportional());
};
static_assert(fittable<plan<entry_count>> && !fittable<plan<person_count>> && !fittable<plan<money>>);

}  // namespace
