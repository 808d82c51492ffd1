// The cost of a plan: cost rates per measure, which budget line pays a measure on a date, and the planned spend
// rolled up through the plan's catalogue (the money layer).
//
// Synopsis
//
//   namespace amip {
//   using date = std::chrono::year_month_day;
//   using cost_per_entry_month = …;                    // money per entry and month ("EUR/entry-month")
//   class cost_rate {                                  // what one entry into a measure costs
//     static constexpr cost_rate per_entry(cost_per<entry_count>);
//     static constexpr cost_rate per_month(cost_per_entry_month, month_count average_duration);
//     constexpr cost_per<entry_count> per_entry_cost() const;
//     constexpr money cost_of(entry_count) const;      // overflow throws amip::overflow_error
//   };
//   class cost_model {                                 // a cost rate per measure, given by the caller
//     cost_model& set(owned_measure, cost_rate);       // amip's own, a tag of one's own or a declared measure
//     std::optional<cost_rate> rate(measure_ref) const;  cost_rate at(measure_ref) const;
//   };
//   struct funding_rule { measure, line, from, until, basis };     // who pays a measure, from when to when
//   inline constexpr std::array<funding_rule, 6> funding_changes;  // FbW and Reha: EGT until 2024, then SGB III
//   constexpr budget_line paid_from(measure_ref, date, rules = funding_changes);
//   constexpr plan<money> planned_spend(plan<entry_count> const&, period, cost_model const&, budget_line, rules);
//   constexpr money need(plan<entry_count> const&, period, cost_model const&, budget_line, rules);
//   }
//
// Who pays is data, not code: the catalogue says who pays a measure today (measure_info::paid_from), and dated
// funding rules say who paid it before. A measure paid from another line costs the line in question nothing.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <amip/core/quantity.hpp>
#include <amip/model/budget_line.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/measure.hpp>
#include <amip/model/plan.hpp>

namespace amip {

/// A calendar date (the day a funding rule or a subsidy schedule takes effect).
using date = std::chrono::year_month_day;

/// Money per entry and month: a monthly cost rate of a measure ("EUR/entry-month").
using cost_per_entry_month = quantity<units::quotient<units::cent, units::product<units::entry, units::month>>>;

/// What one entry into a measure costs: a rate per entry, or a rate per month times the average duration.
class cost_rate {
 public:
  /// A rate per entry (e.g. a measure priced per participant).
  [[nodiscard]] static constexpr cost_rate per_entry(cost_per<entry_count> rate) { return cost_rate{rate}; }
  /// A monthly rate times the average duration in months: the cost of one entry is rate × duration.
  [[nodiscard]] static constexpr cost_rate per_month(cost_per_entry_month rate, month_count average_duration) {
    if (average_duration < month_count{}) {
      throw std::invalid_argument("amip: an average duration cannot be negative (" +
                                  std::to_string(average_duration.value()) + " months)");
    }
    return cost_rate{rate, average_duration};
  }

  /// The cost of one entry.
  [[nodiscard]] constexpr cost_per<entry_count> per_entry_cost() const noexcept { return per_entry_; }
  /// The cost of `count` entries; a result beyond int64 throws amip::overflow_error.
  [[nodiscard]] constexpr money cost_of(entry_count count) const { return per_entry_ * count; }
  /// The monthly rate and duration it was made from, if it was.
  [[nodiscard]] constexpr std::optional<cost_per_entry_month> monthly_rate() const noexcept { return monthly_; }
  [[nodiscard]] constexpr std::optional<month_count> average_duration() const noexcept { return duration_; }

 private:
  constexpr explicit cost_rate(cost_per<entry_count> per_entry) noexcept : per_entry_{per_entry} {}
  constexpr cost_rate(cost_per_entry_month monthly, month_count duration)
      : per_entry_{monthly * duration}, monthly_{monthly}, duration_{duration} {}

  cost_per<entry_count> per_entry_;
  std::optional<cost_per_entry_month> monthly_{};
  std::optional<month_count> duration_{};
};

/// Thrown when the cost of a measure is needed and the cost model has no rate for it.
class missing_cost_rate : public std::out_of_range {
 public:
  using std::out_of_range::out_of_range;
};

/// A cost rate per measure, as the caller states them (amip ships none: rates are local and change yearly). Keyed
/// by measure: amip's own (by measure_id or tag), a tag of one's own, or a measure declared at run time, which the
/// cost model keeps alive (it holds an owned_measure).
class cost_model {
 public:
  constexpr cost_model() = default;

  /// Gives a measure its rate, replacing one given before.
  constexpr cost_model& set(owned_measure const& measure, cost_rate rate) {
    if (auto const own = measure.ref().amips_own()) {
      rates_[static_cast<std::size_t>(*own)] = rate;
      return *this;
    }
    for (auto& r : own_rates_) {
      if (r.measure == measure) {
        r.rate = rate;
        return *this;
      }
    }
    own_rates_.push_back({measure, rate});
    return *this;
  }
  [[nodiscard]] constexpr std::optional<cost_rate> rate(measure_ref measure) const {
    if (auto const own = measure.amips_own()) return rates_[static_cast<std::size_t>(*own)];
    for (auto const& r : own_rates_) {
      if (r.measure == measure) return r.rate;
    }
    return std::nullopt;
  }
  /// The rate of a measure; throws amip::missing_cost_rate naming the measure.
  [[nodiscard]] constexpr cost_rate at(measure_ref measure) const {
    if (auto r = rate(measure)) return *r;
    throw missing_cost_rate("amip: the cost model has no rate for the measure \"" + std::string(measure.key()) +
                            "\"");
  }

 private:
  struct own_rate {
    owned_measure measure;
    cost_rate rate;
  };
  std::array<std::optional<cost_rate>, measures.size()> rates_{};  // amip's own measures, by measure_id
  std::vector<own_rate> own_rates_;                                  // measures of one's own, by key
};

/// Who pays a measure during a span of time [from, until].
struct funding_rule {
  measure_ref measure;  ///< static data (a rule table is constants): amip's own or a tag
  budget_line line;
  date from;
  date until;
  std::string_view basis;  ///< the legal basis of this arrangement
};

inline constexpr date beginning_of_time{std::chrono::year{1}, std::chrono::January, std::chrono::day{1}};
inline constexpr date end_of_time{std::chrono::year{9999}, std::chrono::December, std::chrono::day{31}};

// clang-format off
/// FbW and Reha were paid from the EGT until 2024-12-31; since 2025-01-01 the Agentur für Arbeit grants and pays
/// them under SGB III (seed, section 1: "die zum 01.01.2025 umgesetzte Zuständigkeitsänderung … entlastet … den
/// Eingliederungstitel"; Haushaltsfinanzierungsgesetz 2024, which repealed § 16 Abs. 1 Satz 2 Nr. 4 and Satz 3
/// SGB II with effect from 2025-01-01).
inline constexpr std::array<funding_rule, 6> funding_changes{{
  {measure_id::fbw_nao, budget_line::egt,    beginning_of_time, date{std::chrono::year{2024}, std::chrono::December, std::chrono::day{31}}, "§ 16 Abs. 1 Satz 2 Nr. 4 SGB II a.F."},
  {measure_id::fbw_nao, budget_line::agency, date{std::chrono::year{2025}, std::chrono::January, std::chrono::day{1}}, end_of_time, "§§ 81 ff. SGB III"},
  {measure_id::fbw_ao,  budget_line::egt,    beginning_of_time, date{std::chrono::year{2024}, std::chrono::December, std::chrono::day{31}}, "§ 16 Abs. 1 Satz 2 Nr. 4 SGB II a.F."},
  {measure_id::fbw_ao,  budget_line::agency, date{std::chrono::year{2025}, std::chrono::January, std::chrono::day{1}}, end_of_time, "§§ 81 ff. SGB III"},
  {measure_id::reha,    budget_line::egt,    beginning_of_time, date{std::chrono::year{2024}, std::chrono::December, std::chrono::day{31}}, "§ 16 Abs. 1 Satz 3 SGB II a.F."},
  {measure_id::reha,    budget_line::agency, date{std::chrono::year{2025}, std::chrono::January, std::chrono::day{1}}, end_of_time, "§§ 112 ff. SGB III"},
}};
// clang-format on

/// The budget line that pays a measure on a day: the first funding rule for the measure whose span holds the
/// day, else the catalogue's paid_from.
[[nodiscard]] constexpr budget_line paid_from(measure_ref measure, date on,
                                              std::span<funding_rule const> rules = funding_changes) {
  for (auto const& rule : rules) {
    if (rule.measure == measure && rule.from <= on && on <= rule.until) return rule.line;
  }
  return measure.info().paid_from;
}

/// The first day of a period's year: the day funding rules are read for a year's plan.
[[nodiscard]] constexpr date first_day_of(period when) noexcept {
  return date{std::chrono::year{when.year}, std::chrono::January, std::chrono::day{1}};
}

/// The spend a plan of entries implies for one budget line, as a plan of money over the same catalogue: each
/// leaf with a measure costs entries × rate if the line pays the measure in that year, else nothing; totals roll
/// up as for entries. A leaf the line pays, with entries but no rate, throws amip::missing_cost_rate (a leaf with
/// no entries needs no rate).
template <std::size_t L, std::size_t P>
[[nodiscard]] constexpr basic_plan<money, L, P> planned_spend(basic_plan<entry_count, L, P> const& entries_plan,
                                                              period when, cost_model const& costs, budget_line line,
                                                              std::span<funding_rule const> rules = funding_changes) {
  auto const& table = entries_plan.structure();
  basic_plan<money, L, P> spend{table};
  for (std::size_t i = 0; i < table.size(); ++i) {
    line_index const index{i};
    auto const& l = table[index];
    if (!table.is_leaf(index) || !l.measure) continue;
    auto const planned = entries_plan.figure(index, when);
    if (!planned) continue;
    if (paid_from(*l.measure, first_day_of(when), rules) != line || *planned == entry_count{}) {
      spend.state(index, when, money{});  // nothing planned, or paid by another line: costs this line nothing
      continue;
    }
    if (!costs.rate(*l.measure)) {
      throw missing_cost_rate("amip: " + std::string(table.name()) + ", line " + std::string(l.key) + ": " +
                              std::to_string(planned->value()) + " entries are planned for " + to_string(when) +
                              " and paid from the " + std::string(info_of(line).german_name) +
                              ", but the cost model has no rate for the measure \"" +
                              std::string(l.measure->key()) + "\"");
    }
    spend.state(index, when, costs.at(*l.measure).cost_of(*planned));
  }
  return spend;
}

/// The money one budget line needs for a plan's year: the sum of planned_spend over the leaves that have a
/// figure for the period (a plan that states only some leaves, such as section 4's FbW figures, costs those).
template <std::size_t L, std::size_t P>
[[nodiscard]] constexpr money need(basic_plan<entry_count, L, P> const& entries_plan, period when,
                                   cost_model const& costs, budget_line line,
                                   std::span<funding_rule const> rules = funding_changes) {
  auto const spend = planned_spend(entries_plan, when, costs, line, rules);
  money total{};
  auto const& table = spend.structure();
  for (std::size_t i = 0; i < table.size(); ++i) {
    if (!table.is_leaf(line_index{i})) continue;
    if (auto const cost = spend.stated(line_index{i}, when)) total += *cost;
  }
  return total;
}

}  // namespace amip
