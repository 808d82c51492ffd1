// The funding reservation (Finanzierungsvorbehalt): fitting a plan into the money a budget line has, by a
// documented, deterministic policy the caller chooses (the money layer; seed, Anlage 1: "Die Planung steht
// unter einem Finanzierungsvorbehalt").
//
// Synopsis
//
//   namespace amip {
//   class fit_policy {
//     static constexpr fit_policy proportional();                     // every line shrinks by the same factor
//     static constexpr fit_policy by_priority(std::span<measure_id const> highest_first);
//   };
//   struct fit_change { line, measure, before, after, cost_before, cost_after; std::string reason() const; };
//   template <…> struct fit_result { basic_plan<entry_count, …> plan; std::vector<fit_change> changes;
//                                    money need, available, cost; };
//   constexpr fit_result<…> fit(plan, period, cost_model const&, budget_line, money available, fit_policy,
//                               rules = funding_changes);
//   }
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
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include <amip/core/quantity.hpp>
#include <amip/model/budget_line.hpp>
#include <amip/model/plan.hpp>
#include <amip/money/cost.hpp>

namespace amip {

/// How a plan is fitted into its money.
class fit_policy {
 public:
  enum class kind : unsigned char { proportional, by_priority };

  /// Every line the budget pays shrinks by the same factor, available / need, rounded down to whole entries.
  [[nodiscard]] static constexpr fit_policy proportional() noexcept { return fit_policy{kind::proportional, {}}; }
  /// Lines are cut from the least important; `highest_first` names measures from most to least important.
  [[nodiscard]] static constexpr fit_policy by_priority(std::span<measure_id const> highest_first) noexcept {
    return fit_policy{kind::by_priority, highest_first};
  }

  [[nodiscard]] constexpr kind policy() const noexcept { return kind_; }
  [[nodiscard]] constexpr std::span<measure_id const> priorities() const noexcept { return priorities_; }

 private:
  constexpr fit_policy(kind k, std::span<measure_id const> p) noexcept : kind_{k}, priorities_{p} {}
  kind kind_;
  std::span<measure_id const> priorities_;
};

/// One line the fit changed, and why.
struct fit_change {
  line_index line;
  measure_id measure;
  entry_count before;
  entry_count after;
  money cost_before;
  money cost_after;
  fit_policy::kind policy;

  /// "mat: 1994 -> 1795 entries (proportional cut to fit the allocation)"
  [[nodiscard]] std::string reason() const {
    return std::string(info_of(measure).key) + ": " + std::to_string(before.value()) + " -> " +
           std::to_string(after.value()) + " entries (" +
           (policy == fit_policy::kind::proportional ? "proportional cut" : "cut by priority") +
           " to fit the allocation)";
  }
  friend constexpr bool operator==(fit_change const&, fit_change const&) = default;
};

/// A fitted plan, what changed, and the money before and after.
template <std::size_t L, std::size_t P>
struct fit_result {
  basic_plan<entry_count, L, P> plan;
  std::vector<fit_change> changes;  ///< in catalogue order
  money need;                       ///< the line's cost of the plan before the fit
  money available;                  ///< the money it had to fit into
  money cost;                       ///< the line's cost of the fitted plan: never above `available`
};

/// Fits a plan's period into the money `available` on a budget line, by `policy`.
template <std::size_t L, std::size_t P>
[[nodiscard]] constexpr fit_result<L, P> fit(basic_plan<entry_count, L, P> const& entries_plan, period when,
                                             cost_model const& costs, budget_line line, money available,
                                             fit_policy policy, std::span<funding_rule const> rules = funding_changes) {
  struct leaf {
    line_index index;
    measure_id measure;
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
  money const budget = available < money{} ? money{} : available;
  fit_result<L, P> result{entries_plan, {}, total_need, available, total_need};
  if (total_need <= budget) return result;

  if (policy.policy() == fit_policy::kind::proportional) {
    for (auto& l : leaves) {
      l.after = entry_count::from_value(detail::checked_narrow(
          static_cast<detail::int128>(l.entries.value()) * budget.value() / total_need.value(), "a proportional cut"));
    }
  } else {
    // Order of cutting: unnamed measures (last line first), then named ones from the least important.
    auto const rank = [&](measure_id m) -> std::ptrdiff_t {
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
    money gap = total_need - budget;
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

  result.cost = total_need;
  for (auto const& l : leaves) {
    if (l.after == l.entries) continue;
    result.plan.restate(l.index, when, l.after);
    result.changes.push_back(
        {l.index, l.measure, l.entries, l.after, l.rate * l.entries, l.rate * l.after, policy.policy()});
    result.cost -= l.rate * (l.entries - l.after);
  }
  return result;
}

}  // namespace amip
