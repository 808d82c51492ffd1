// Mittelabfluss: the money of a budget line through the year. Spend to date against the allocation, the projected
// spend of the year, and what that leaves unspent or overspends (the monitoring layer). The rules that warn about
// it are in amip/rules/spending.hpp.
//
// Synopsis
//
//   namespace amip {
//   struct money_flow {
//     std::string label;  calendar_period as_of;
//     money allocation, spent_to_date;  std::optional<money> projected;  // the year's spend, if projected
//     exact_ratio share_spent() const;                 // spent to date / allocation (amip::domain_error if 0)
//     std::optional<money> remainder() const;          // allocation − projected: below 0 an overspend
//     std::optional<exact_ratio> share_unspent() const;  // remainder / allocation
//   };
//   money_flow flow_of(plan<money> const&, line, money allocation, projection<money> const&);  // one line's spend
//   money_flow flow_of(plan<money> const&, budget_line, money allocation, projection<money> const&); // a line's leaves
//   }
//
// flow_of(plan, line, …) takes the spend of one line of a plan of money (a total "EGT", or a single measure),
// rolled up as plan.figure() rolls it up: the months 1 … m of the projection's year, and the projection's figure.
// flow_of(plan, budget_line, …) takes the leaves whose measure the budget line pays (amip::need of
// amip/money/cost.hpp): what a table of spend by measure says about one budget. A month without a figure counts 0,
// as in a projection; the projection must be one of this plan (its catalogue), else amip::monitoring_error.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>

#include <amip/core/quantity.hpp>
#include <amip/core/ratio.hpp>
#include <amip/model/budget_line.hpp>
#include <amip/model/period.hpp>
#include <amip/model/plan.hpp>
#include <amip/money/cost.hpp>
#include <amip/monitoring/projection.hpp>

namespace amip {

/// A budget's money through the year as of a month.
struct money_flow {
  std::string label;              ///< what the money is of: a line's label, or a budget line's name
  calendar_period as_of{};        ///< the last month with actuals
  money allocation{};             ///< what the year has (Mittelzuteilung, after transfers)
  money spent_to_date{};          ///< months 1 … m
  std::optional<money> projected;  ///< the year's spend as projected, if the projection has a value

  /// spent to date / allocation; amip::domain_error where the allocation is 0.
  [[nodiscard]] exact_ratio share_spent() const { return exact_ratio{spent_to_date.value(), allocation.value()}; }
  /// allocation − projected: what the year leaves unspent, or (below 0) spends beyond the allocation.
  [[nodiscard]] std::optional<money> remainder() const {
    return projected ? std::optional<money>{allocation - *projected} : std::nullopt;
  }
  /// remainder / allocation; nothing without a projection or with an allocation of 0.
  [[nodiscard]] std::optional<exact_ratio> share_unspent() const {
    if (!projected || allocation == money{}) return std::nullopt;
    return exact_ratio{remainder()->value(), allocation.value()};
  }
};

namespace detail {
template <std::size_t L, std::size_t P>
void require_projection_of(basic_plan<money, L, P> const& plan, projection<money> const& projected) {
  if (projected.lines().size() != plan.structure().size()) {
    throw monitoring_error("amip: the projection is of another catalogue (" + std::to_string(projected.lines().size()) +
                           " lines, the plan has " + std::to_string(plan.structure().size()) + ")");
  }
}
}  // namespace detail

/// One line's money through the year: its monthly actuals to the projection's month, and its projection.
template <std::size_t L, std::size_t P, class Line>
[[nodiscard]] money_flow flow_of(basic_plan<money, L, P> const& plan, Line const& line, money allocation,
                                 projection<money> const& projected) {
  detail::require_projection_of(plan, projected);
  auto const index = plan.structure().at(line);
  auto const as_of = projected.as_of();
  money_flow flow{plan.structure().label(index), as_of, allocation, money{}, projected.value(index)};
  for (int k = 1; k <= as_of.part.number(); ++k) {
    flow.spent_to_date += plan.figure(index, actual_of(month_of(as_of.year, k))).value_or(money{});
  }
  return flow;
}

/// A budget line's money through the year: the leaves whose measure it pays, month by month and projected.
template <std::size_t L, std::size_t P>
[[nodiscard]] money_flow flow_of(basic_plan<money, L, P> const& plan, budget_line line, money allocation,
                                 projection<money> const& projected) {
  detail::require_projection_of(plan, projected);
  auto const as_of = projected.as_of();
  money_flow flow{std::string(info_of(line).german_name), as_of, allocation, money{}, std::nullopt};
  for (int k = 1; k <= as_of.part.number(); ++k) {
    auto const month = actual_of(month_of(as_of.year, k));
    if (plan.holds(month)) flow.spent_to_date += need(plan, month, line);
  }
  // the projection as a period of a copy of the plan: need() then reads it as it reads a month
  basic_plan<money, L, P> with_projection{plan};
  if (!with_projection.holds(projected.when())) projected.add_to(with_projection);
  // Every line the method projects that spent in a month to date needs a projection, or the year's spend is not
  // known: leaving one out would understate it in silence.
  bool complete = true;
  for (std::size_t i = 0; i < plan.structure().size(); ++i) {
    if (projected.lines()[i].value || detail::is_davon_total(plan.structure(), i)) continue;
    for (int k = 1; k <= as_of.part.number(); ++k) {
      if (plan.figure(line_index{i}, actual_of(month_of(as_of.year, k)))) complete = false;
    }
  }
  if (complete) flow.projected = need(with_projection, projected.when(), line);
  return flow;
}

}  // namespace amip
