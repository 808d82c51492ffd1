// Spending by budget year: an entry into a measure that runs for months spends in the months it runs, so an entry
// in November of a six-month measure spends two months this year and four next year. What this year's entries
// bind in later years is shown against the authority given for them (Verpflichtungsermächtigungen) (the money
// layer).
//
// Synopsis
//
//   namespace amip {
//   struct year_spend { std::int32_t year; money amount; };
//   std::vector<year_spend> spending_by_year(entry_count, calendar_period entry_month, cost_rate const&);
//   std::vector<year_spend> spending_by_year(plan<entry_count> const&, std::int32_t year, cost_model const&,
//                                            budget_line, rules = funding_changes);
//   struct authority_check { std::int32_t year; money bound, authority; bool within() const; money room() const; };
//   std::vector<authority_check> against_authority(std::span<year_spend const>, std::int32_t budget_year,
//                                                  std::span<year_spend const> authority);
//   }
//
// One entry at a rate per month (cost_rate::per_month(rate, duration)) spends the rate in its month of entry and in
// each following month until the duration is over: duration d from month m of year y spends in the months
// m … m + d − 1, each budget year the rate × entries × its months. The parts add up to the entries' whole cost
// (cost_rate::cost_of) to the cent: every part is a whole number of months at a rate in cents. A rate per entry
// (cost_rate::per_entry, no duration) is spent at once, in the year of entry.
//
// A plan's spending takes the entries of each month of the year (periods plan_of(month_of(year, m))) where the plan
// has all twelve; otherwise the year's plan (plan_of(year)) spread over the twelve months as evenly as whole entries
// allow (each month the year's entries / 12, the remainder one each to the first months: 100 entries are 9 in
// January to April and 8 in May to December). Only leaves the budget line pays in that year (amip::paid_from) with
// a rate in the cost model count; a leaf with entries but no rate is an error naming it (std::invalid_argument):
// spending it at nothing would understate the year in silence.
#pragma once

#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include <amip/core/checked.hpp>
#include <amip/core/quantity.hpp>
#include <amip/model/budget_line.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/period.hpp>
#include <amip/model/plan.hpp>
#include <amip/money/cost.hpp>

namespace amip {

/// Money spent in one budget year.
struct year_spend {
  /// The budget year.
  std::int32_t year = 0;
  /// The money spent in it.
  money amount{};
  /// The same year and amount.
  friend constexpr bool operator==(year_spend const&, year_spend const&) = default;
};

namespace detail {
// Adds amount to the year's entry of `out` (years in ascending order, each once).
inline void add_spend(std::vector<year_spend>& out, std::int32_t year, money amount) {
  auto const at = std::find_if(out.begin(), out.end(), [&](year_spend const& s) { return s.year >= year; });
  if (at != out.end() && at->year == year) {
    at->amount += amount;
  } else {
    out.insert(at, year_spend{year, amount});
  }
}
}  // namespace detail

/// The spending of `entries` entering in `entry_month` (month_of(2026, 11)) at `rate`, by budget year.
[[nodiscard]] inline std::vector<year_spend> spending_by_year(entry_count count, calendar_period entry_month,
                                                              cost_rate const& rate) {
  if (entry_month.part.span() != period_span::month) {
    throw std::invalid_argument("amip: spending by year starts in a month of entry (month_of(2026, 11)), not a "
                                "year or a quarter");
  }
  std::vector<year_spend> out;
  auto const monthly = rate.monthly_rate();
  auto const duration = rate.average_duration();
  if (!monthly || !duration) {
    detail::add_spend(out, entry_month.year, rate.cost_of(count));  // a rate per entry: at once
    return out;
  }
  auto const per_month = detail::checked_mul(monthly->value(), count.value());  // cents a month
  auto const run = duration->value();
  auto year = entry_month.year;
  auto month = static_cast<std::int64_t>(entry_month.part.number());
  for (std::int64_t left = run; left > 0;) {
    auto const here = std::min<std::int64_t>(left, 13 - month);  // the months of this year from `month` on
    detail::add_spend(out, year, money::from_value(detail::checked_mul(per_month, here)));
    left -= here;
    ++year;
    month = 1;
  }
  return out;
}

/// The spending of a plan's entries of `year` by budget year, for the leaves `line` pays.
template <std::size_t L, std::size_t P>
[[nodiscard]] std::vector<year_spend> spending_by_year(basic_plan<entry_count, L, P> const& plan, std::int32_t year,
                                                       cost_model const& costs, budget_line line,
                                                       std::span<funding_rule const> rules = funding_changes) {
  auto const& table = plan.structure();
  bool monthly = true;
  for (int m = 1; m <= 12; ++m) monthly = monthly && plan.holds(plan_of(month_of(year, m)));
  std::vector<year_spend> out;
  for (std::size_t i = 0; i < table.size(); ++i) {
    line_index const leaf{i};
    auto const& l = table.lines()[i];
    if (!l.measure) continue;
    bool has_children = false;
    for (auto const& other : table.lines()) has_children = has_children || other.parent == i;
    if (has_children) continue;
    auto const new_year = std::chrono::year_month_day{std::chrono::year{year}, std::chrono::January, std::chrono::day{1}};
    if (paid_from(*l.measure, new_year, rules) != line) continue;
    std::array<entry_count, 12> by_month{};
    if (monthly) {
      for (int m = 1; m <= 12; ++m) {
        by_month[static_cast<std::size_t>(m - 1)] = plan.stated(leaf, plan_of(month_of(year, m))).value_or(entry_count{});
      }
    } else {
      auto const whole = plan.stated(leaf, plan_of(year)).value_or(entry_count{});
      auto const each = whole.value() / 12;
      auto const rest = whole.value() % 12;
      for (std::int64_t m = 0; m < 12; ++m) {
        by_month[static_cast<std::size_t>(m)] = entry_count::from_value(each + (m < rest ? 1 : 0));
      }
    }
    bool any = false;
    for (auto const n : by_month) any = any || n != entry_count{};
    if (!any) continue;
    auto const rate = costs.rate(*l.measure);
    if (!rate) {
      throw std::invalid_argument("amip: spending by year: the line " + std::string(l.key) + " (" + table.label(leaf) +
                                  ") has entries in " + std::to_string(year) + " but the cost model has no rate for " +
                                  std::string(l.measure->key()));
    }
    for (int m = 1; m <= 12; ++m) {
      auto const n = by_month[static_cast<std::size_t>(m - 1)];
      if (n == entry_count{}) continue;
      for (auto const& part : spending_by_year(n, month_of(year, m), *rate)) detail::add_spend(out, part.year, part.amount);
    }
  }
  return out;
}

/// What this year's entries bind in one later year against the authority given for it.
struct authority_check {
  /// The later year checked.
  std::int32_t year = 0;
  money bound{};      ///< spent in that year by the entries of the budget year
  money authority{};  ///< Verpflichtungsermächtigung for that year (0 where none was given)
  /// Whether the money bound stays within the authority (bound <= authority).
  [[nodiscard]] constexpr bool within() const noexcept { return bound <= authority; }
  /// authority − bound: below 0, by how much the entries bind more than was authorised.
  [[nodiscard]] constexpr money room() const { return authority - bound; }
  /// The same year, money bound and authority.
  friend constexpr bool operator==(authority_check const&, authority_check const&) = default;
};

/// Each year after `budget_year` in which `spending` spends, against the authority for that year.
[[nodiscard]] inline std::vector<authority_check> against_authority(std::span<year_spend const> spending,
                                                                    std::int32_t budget_year,
                                                                    std::span<year_spend const> authority) {
  std::vector<authority_check> out;
  for (auto const& s : spending) {
    if (s.year <= budget_year) continue;
    money given{};
    for (auto const& a : authority) {
      if (a.year == s.year) given += a.amount;
    }
    out.push_back({s.year, s.amount, given});
  }
  return out;
}

}  // namespace amip
