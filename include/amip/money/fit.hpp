// The funding reservation (Finanzierungsvorbehalt): fitting a plan into the money a budget line has, by a
// documented, deterministic policy the caller chooses (the money layer; seed, Anlage 1: "Die Planung steht
// unter einem Finanzierungsvorbehalt").
//
// Synopsis
//
//   namespace amip {
//   class fit_policy {                                                // owns its priorities
//     static constexpr fit_policy proportional();                     // every line shrinks by the same factor
//     static constexpr fit_policy by_priority(std::span<measure_id const> highest_first);   // copied
//     static constexpr fit_policy by_priority(std::initializer_list<measure_id> highest_first);
//   };
//   struct fit_change { line, measure, before, after, cost_before, cost_after; std::string reason() const; };
//   template <budget_line Line, …> struct fit_result { basic_plan<entry_count, …> plan; std::vector<fit_change>
//                                                      changes; line_money<Line> need, available, cost; };
//   constexpr fit_result<Line, …> fit(plan of entries, period, cost_model const&, line_money<Line> available,
//                                     fit_policy const&, rules = funding_changes);
//     // the budget line is the money's: fit(egt, year, rates, budget.balance_of<budget_line::egt>().available(), …)
//   }
//
// What it fits: a plan of entries (Eintritte), cut by whole entries at their cost rates (cost_model). A plan of
// persons, cases or money is not fitted: fit() given one does not compile ("fit cuts whole entries of a plan of
// entries"); cost such plans with planned_spend() and need() (amip/money/cost.hpp).
//
// Guarantees: the fitted plan's cost to the line never exceeds `available` (a negative `available` counts as 0),
// no line becomes negative, no line grows, and the same input gives the same output. Only leaves the line pays
// with a positive rate and positive entries are touched; everything else is copied unchanged.
//
// proportional: each leaf's entries become floor(entries × available / need). Rounding down keeps the cost
//   within the money; up to one entry's cost per leaf may stay unspent.
// by_priority: the caller lists measures, most important first. Leaves are cut from the least important: first
//   the measures the list does not name (last catalogue line first), then the named ones from the end of the
//   list; each leaf loses just enough whole entries to close the gap, or all of them.
#pragma once

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <initializer_list>
#include <span>
#include <string>
#include <vector>

#include <amip/core/diagnostics.hpp>
#include <amip/core/quantity.hpp>
#include <amip/model/budget_line.hpp>
#include <amip/model/plan.hpp>
#include <amip/money/budget.hpp>
#include <amip/money/cost.hpp>

namespace amip {

/// How a plan is fitted into its money. A policy owns its list of priorities: by_priority(std::array{…}) may be
/// given a temporary.
class fit_policy {
 public:
  /// The two policies: proportional() and by_priority().
  enum class kind : unsigned char { proportional, by_priority };

  /// Every line the budget pays shrinks by the same factor, available / need, rounded down to whole entries.
  [[nodiscard]] static constexpr fit_policy proportional() noexcept { return fit_policy{}; }
  /// Lines are cut from the least important; `highest_first` names measures from most to least important (copied).
  [[nodiscard]] static constexpr fit_policy by_priority(std::span<measure_id const> highest_first) {
    fit_policy p;
    p.kind_ = kind::by_priority;
    p.priorities_.assign(highest_first.begin(), highest_first.end());
    return p;
  }
  /// by_priority({measure_id::mag, measure_id::egz})
  [[nodiscard]] static constexpr fit_policy by_priority(std::initializer_list<measure_id> highest_first) {
    return by_priority(std::span<measure_id const>{highest_first.begin(), highest_first.size()});
  }

  /// Which of the two policies this is.
  [[nodiscard]] constexpr kind policy() const noexcept { return kind_; }
  /// The measures named, most important first; a view of this policy's own list.
  [[nodiscard]] constexpr std::span<measure_id const> priorities() const noexcept { return priorities_; }

 private:
  constexpr fit_policy() noexcept = default;
  kind kind_ = kind::proportional;
  std::vector<measure_id> priorities_;
};

/// One line the fit changed, and why.
struct fit_change {
  /// The line changed.
  line_index line;
  measure_ref measure;  ///< a view of the measure: valid while the fitted plan's catalogue lives
  /// The line's entries before the fit.
  entry_count before;
  /// The line's entries after the fit (never more than before).
  entry_count after;
  /// What the entries before the fit cost.
  money cost_before;
  /// What the entries after the fit cost.
  money cost_after;
  /// The policy that made the change.
  fit_policy::kind policy;

  /// "mat: 1994 -> 1795 entries (proportional cut to fit the allocation)"
  [[nodiscard]] std::string reason() const {
    return std::string(measure.key()) + ": " + std::to_string(before.value()) + " -> " +
           std::to_string(after.value()) + " entries (" +
           (policy == fit_policy::kind::proportional ? "proportional cut" : "cut by priority") +
           " to fit the allocation)";
  }
  /// Equal when every member is (the measure by key).
  friend constexpr bool operator==(fit_change const&, fit_change const&) = default;
};

/// A fitted plan, what changed, and the money of budget line Line before and after.
template <budget_line Line, std::size_t L, std::size_t P>
struct fit_result {
  /// The fitted plan: the plan with the changed lines restated.
  basic_plan<entry_count, L, P> plan;
  std::vector<fit_change> changes;  ///< in catalogue order
  line_money<Line> need;            ///< the line's cost of the plan before the fit
  line_money<Line> available;       ///< the money it had to fit into
  line_money<Line> cost;            ///< the line's cost of the fitted plan: never above `available`
};

/// Fits a plan of entries for one period into the money `available` on budget line Line (the line is the money's:
/// egt_money fits what the EGT pays), by `policy`.
template <budget_line Line, std::size_t L, std::size_t P>
[[nodiscard]] constexpr fit_result<Line, L, P> fit(basic_plan<entry_count, L, P> const& entries_plan, period when,
                                                   cost_model const& costs, line_money<Line> available,
                                                   fit_policy const& policy,
                                                   std::span<funding_rule const> rules = funding_changes) {
  constexpr budget_line line = Line;
  struct leaf {
    line_index index;
    measure_ref measure;
    entry_count entries;
    cost_per<entry_count> rate;
    entry_count after;
  };
  auto const& table = entries_plan.structure();
  std::vector<leaf> leaves;
  money total_need{};
  for (std::size_t i = 0; i < table.size(); ++i) {
    line_index const index{i};
    auto const& l = table[index];
    if (!table.is_leaf(index) || !l.measure) continue;
    auto const planned = entries_plan.figure(index, when);
    if (!planned || *planned == entry_count{} || paid_from(*l.measure, first_day_of(when), rules) != line) continue;
    auto const rate = costs.at(*l.measure).per_entry_cost();
    total_need += rate * *planned;
    if (*planned > entry_count{} && rate > cost_per<entry_count>{}) {  // only these can be cut
      leaves.push_back({index, *l.measure, *planned, rate, *planned});
    }
  }
  money const limit = available.amount() < money{} ? money{} : available.amount();
  fit_result<Line, L, P> result{
      entries_plan, {}, line_money<Line>{total_need}, available, line_money<Line>{total_need}};
  if (total_need <= limit) return result;

  if (policy.policy() == fit_policy::kind::proportional) {
    for (auto& l : leaves) {
      l.after = entry_count::from_value(detail::checked_narrow(
          static_cast<detail::int128>(l.entries.value()) * limit.value() / total_need.value(), "a proportional cut"));
    }
  } else {
    // Order of cutting: unnamed measures (last line first), then named ones from the least important.
    auto const rank = [&](measure_ref m) -> std::ptrdiff_t {
      auto const named = policy.priorities();
      auto const at = std::find(named.begin(), named.end(), m);
      return at == named.end() ? -1 : at - named.begin();
    };
    std::vector<std::size_t> order;
    for (std::size_t i = leaves.size(); i-- > 0;) {
      if (rank(leaves[i].measure) < 0) order.push_back(i);
    }
    for (std::size_t r = policy.priorities().size(); r-- > 0;) {
      for (std::size_t i = leaves.size(); i-- > 0;) {
        if (rank(leaves[i].measure) == static_cast<std::ptrdiff_t>(r)) order.push_back(i);
      }
    }
    money gap = total_need - limit;
    for (auto const i : order) {
      if (gap <= money{}) break;
      auto& l = leaves[i];
      auto const leaf_cost = l.rate * l.entries;
      // the fewest whole entries whose cost closes the gap: ceil(gap / rate), at most all of them
      auto const cut_value = (gap.value() + l.rate.value() - 1) / l.rate.value();
      auto const cut = entry_count::from_value(std::min(cut_value, l.entries.value()));
      l.after = l.entries - cut;
      gap -= leaf_cost - l.rate * l.after;
    }
  }

  money cost = total_need;
  for (auto const& l : leaves) {
    if (l.after == l.entries) continue;
    result.plan.restate(l.index, when, l.after);
    result.changes.push_back(
        {l.index, l.measure, l.entries, l.after, l.rate * l.entries, l.rate * l.after, policy.policy()});
    cost -= l.rate * (l.entries - l.after);
  }
  result.cost = line_money<Line>{cost};
  return result;
}

/// Only plans of entries are fitted (see the header's synopsis).
template <budget_line Line, Quantity Q, class Costs, std::size_t L, std::size_t P>
requires(!std::same_as<Q, entry_count>) AMIP_REJECTED(
    "fit cuts whole entries of a plan of entries at their cost per entry; a plan of persons, cases or money is not "
    "fitted (cost it with planned_spend and need)")
fit(basic_plan<Q, L, P> const&, period, Costs const&, line_money<Line>, fit_policy const&,
    std::span<funding_rule const> = funding_changes) AMIP_DELETED;

}  // namespace amip
