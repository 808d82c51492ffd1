// The cost of a plan: cost rates per measure, which budget line pays a measure on a date, and the planned spend
// rolled up through the plan's catalogue (the money layer).
//
// Synopsis
//
//   namespace amip {
//   using date = std::chrono::year_month_day;
//   using cost_per_entry_month  = …;                   // money per entry and month ("EUR/entry-month")
//   using cost_per_person_month = …;                   // money per participant and month ("EUR/person-month")
//   constexpr month_count months_in(period);           // 12 for a year, 3 for a quarter, 1 for a month
//
//   // A cost rate states the quantity it applies to (counted) and what a count of it costs in a period.
//   template <class R> concept CostRate;               // R::counted a Count; r.cost_of(counted, period) -> money
//   class cost_rate {                                  // entries (Eintritte): what one entry into a measure costs
//     using counted = entry_count;
//     static constexpr cost_rate per_entry(cost_per<entry_count>);
//     static constexpr cost_rate per_month(cost_per_entry_month, month_count average_duration);
//     constexpr cost_per<entry_count> per_entry_cost() const;
//     constexpr money cost_of(entry_count) const;      // overflow throws amip::overflow_error
//     constexpr money cost_of(entry_count, period) const;   // the same in any period: an entry is paid once
//   };
//   class person_cost_rate {                           // persons (Teilnehmende im Jahresdurchschnitt, Bestand)
//     using counted = person_count;
//     static constexpr person_cost_rate per_month(cost_per_person_month);   // a participant-month (Teilnehmermonat)
//     static constexpr person_cost_rate per_year(cost_per<person_count>);   // a participant place for a year
//     constexpr money cost_of(person_count average, period) const;          // average × rate × months_in(period)
//   };
//   class case_cost_rate {                             // cases (Förderfälle): what one funded case costs
//     using counted = case_count;
//     static constexpr case_cost_rate per_case(cost_per<case_count>);
//     constexpr money cost_of(case_count, period) const;
//   };
//   template <CostRate Rate> class basic_cost_model {  // a rate per measure, given by the caller
//     basic_cost_model& set(owned_measure, Rate);      // amip's own, a tag of one's own or a declared measure
//     std::optional<Rate> rate(measure_ref) const;  Rate at(measure_ref) const;
//   };
//   using cost_model = basic_cost_model<cost_rate>;                 // rates per entry (as before)
//   using person_cost_model = basic_cost_model<person_cost_rate>;   // rates per participant
//   using case_cost_model = basic_cost_model<case_cost_rate>;       // rates per case
//
//   struct funding_rule { measure, line, from, until, basis };     // who pays a measure, from when to when
//   inline constexpr std::array<funding_rule, 6> funding_changes;  // FbW and Reha: EGT until 2024, then SGB III
//   constexpr budget_line paid_from(measure_ref, date, rules = funding_changes);
//
//   // A plan of a count, costed by a model of rates of that same count:
//   constexpr plan<money> planned_spend(plan<Count> const&, period, basic_cost_model<Rate> const&, budget_line, rules);
//   constexpr money need(plan<Count> const&, period, basic_cost_model<Rate> const&, budget_line, rules);
//   // A plan of money is its own spend: no rates.
//   constexpr plan<money> planned_spend(plan<money> const&, period, budget_line, rules);
//   constexpr money need(plan<money> const&, period, budget_line, rules);
//   }
//
// Who pays is data, not code: the catalogue says who pays a measure today (measure_info::paid_from), and dated
// funding rules say who paid it before. A measure paid from another line costs the line in question nothing.
//
// Which rates fit which plan is data too: each rate names the count it is a rate of (`counted`), and a cost model
// of rates per entry given a plan of persons, cases or money does not compile ("a cost rate applies only to a plan
// of the quantity it is a rate of"), nor does a plan of a count without rates. One catalogue can carry a plan of
// entries, one of persons and one of money side by side (Eintritte and € per line): each is costed by what fits it.
#pragma once

#include <array>
#include <chrono>
#include <concepts>
#include <cstddef>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <amip/core/diagnostics.hpp>
#include <amip/core/quantity.hpp>
#include <amip/core/ratio.hpp>
#include <amip/model/budget_line.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/measure.hpp>
#include <amip/model/period.hpp>
#include <amip/model/plan.hpp>

namespace amip {

/// A calendar date (the day a funding rule or a subsidy schedule takes effect).
using date = std::chrono::year_month_day;

/// Money per entry and month: a monthly cost rate of a measure ("EUR/entry-month").
using cost_per_entry_month = quantity<units::quotient<units::cent, units::product<units::entry, units::month>>>;
/// Money per participant and month: what one person in a measure costs for a month ("EUR/person-month").
using cost_per_person_month = quantity<units::quotient<units::cent, units::product<units::person, units::month>>>;

/// The months a period spans: 12 for a year, 3 for a quarter, 1 for a month.
[[nodiscard]] constexpr month_count months_in(period when) noexcept {
  switch (when.span()) {
    case period_span::year:
      return 12 * months;
    case period_span::quarter:
      return 3 * months;
    case period_span::month:
      break;
  }
  return 1 * months;
}

/// A cost rate: it names the count it is a rate of (`counted`: entries, persons or cases) and says what a count of it
/// costs in a period. A cost model holds rates of one kind; planned_spend() and need() take a plan of that count only.
template <class R>
concept CostRate = Count<typename R::counted> && requires(R const& rate, typename R::counted n, period when) {
  { rate.cost_of(n, when) } -> std::same_as<money>;
};

/// What one entry (Eintritt) into a measure costs: a rate per entry, or a rate per month times the average duration.
/// Applies to plans of entries.
class cost_rate {
 public:
  /// The count the rate prices: entries.
  using counted = entry_count;

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
  /// The same for the entries of any period: an entry is paid once, for its whole duration, whatever the period.
  [[nodiscard]] constexpr money cost_of(entry_count count, period) const { return cost_of(count); }
  /// The monthly rate and duration it was made from, if it was.
  [[nodiscard]] constexpr std::optional<cost_per_entry_month> monthly_rate() const noexcept { return monthly_; }
  /// @copydoc monthly_rate
  [[nodiscard]] constexpr std::optional<month_count> average_duration() const noexcept { return duration_; }

 private:
  constexpr explicit cost_rate(cost_per<entry_count> per_entry) noexcept : per_entry_{per_entry} {}
  constexpr cost_rate(cost_per_entry_month monthly, month_count duration)
      : per_entry_{monthly * duration}, monthly_{monthly}, duration_{duration} {}

  cost_per<entry_count> per_entry_;
  std::optional<cost_per_entry_month> monthly_{};
  std::optional<month_count> duration_{};
};

/// What a participant in a measure costs: applies to plans of persons, a year's figure being the average number of
/// participants (Teilnehmende im Jahresdurchschnitt), a month's the Bestand of that month. The cost of a period is
/// the participants times the rate for as many months as the period has.
class person_cost_rate {
 public:
  /// The count the rate prices: persons (participants).
  using counted = person_count;

  /// A rate per participant-month (Teilnehmermonat): N participants on average cost N × rate × months_in(period).
  [[nodiscard]] static constexpr person_cost_rate per_month(cost_per_person_month rate) noexcept {
    return person_cost_rate{rate, {}};
  }
  /// A rate per participant place and year: N participants on average cost N × rate in a year; in a quarter or a
  /// month the part of it (3/12, 1/12), rounded once, half away from zero.
  [[nodiscard]] static constexpr person_cost_rate per_year(cost_per<person_count> rate) noexcept {
    return person_cost_rate{{}, rate};
  }

  /// The cost of `average` participants during `when`; a result beyond int64 throws amip::overflow_error.
  [[nodiscard]] constexpr money cost_of(person_count average, period when) const {
    if (monthly_) return *monthly_ * (average * months_in(when));
    auto const year = *yearly_ * average;
    if (when.span() == period_span::year) return year;
    return (year * exact_ratio{months_in(when).value(), 12}).round();
  }
  /// The rate it was made from: per participant-month, or per participant and year.
  [[nodiscard]] constexpr std::optional<cost_per_person_month> monthly_rate() const noexcept { return monthly_; }
  /// @copydoc monthly_rate
  [[nodiscard]] constexpr std::optional<cost_per<person_count>> yearly_rate() const noexcept { return yearly_; }

 private:
  constexpr person_cost_rate(std::optional<cost_per_person_month> monthly,
                             std::optional<cost_per<person_count>> yearly) noexcept
      : monthly_{monthly}, yearly_{yearly} {}
  std::optional<cost_per_person_month> monthly_;
  std::optional<cost_per<person_count>> yearly_;
};

/// What one funded case (Förderfall) costs, e.g. the Sonderzuweisung of 1.460.000 € for 219 FbW cases (seed,
/// section 4): 6.666,67 € per case. Applies to plans of cases.
class case_cost_rate {
 public:
  /// The count the rate prices: funded cases (Förderfälle).
  using counted = case_count;

  /// A rate per case: (eur(1'460'000) / (219 * cases)).round() is 6.666,67 € per case.
  [[nodiscard]] static constexpr case_cost_rate per_case(cost_per<case_count> rate) noexcept {
    return case_cost_rate{rate};
  }
  /// The cost of one case.
  [[nodiscard]] constexpr cost_per<case_count> per_case_cost() const noexcept { return per_case_; }
  /// The cost of `count` cases, in any period; a result beyond int64 throws amip::overflow_error.
  [[nodiscard]] constexpr money cost_of(case_count count, period) const { return per_case_ * count; }

 private:
  constexpr explicit case_cost_rate(cost_per<case_count> rate) noexcept : per_case_{rate} {}
  cost_per<case_count> per_case_;
};

/// Thrown when the cost of a measure is needed and the cost model has no rate for it.
class missing_cost_rate : public std::out_of_range {
 public:
  using std::out_of_range::out_of_range;
};

/// A cost rate of one kind (Rate) per measure, as the caller states them (amip ships none: rates are local and
/// change yearly). Keyed by measure: amip's own (by measure_id or tag), a tag of one's own, or a measure declared at
/// run time, which the cost model keeps alive (it holds an owned_measure).
template <CostRate Rate>
class basic_cost_model {
 public:
  /// The kind of rate held: cost_rate, person_cost_rate or case_cost_rate.
  using rate_type = Rate;
  using counted = typename Rate::counted;  ///< the plans it costs: plans of this count

  constexpr basic_cost_model() = default;

  /// Gives a measure its rate, replacing one given before.
  constexpr basic_cost_model& set(owned_measure const& measure, Rate rate) {
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
  /// The rate given to a measure, or nothing.
  [[nodiscard]] constexpr std::optional<Rate> rate(measure_ref measure) const {
    if (auto const own = measure.amips_own()) return rates_[static_cast<std::size_t>(*own)];
    for (auto const& r : own_rates_) {
      if (r.measure == measure) return r.rate;
    }
    return std::nullopt;
  }
  /// The rate of a measure; throws amip::missing_cost_rate naming the measure.
  [[nodiscard]] constexpr Rate at(measure_ref measure) const {
    if (auto r = rate(measure)) return *r;
    throw missing_cost_rate("amip: the cost model has no rate for the measure \"" + std::string(measure.key()) + "\"");
  }

 private:
  struct own_rate {
    owned_measure measure;
    Rate rate;
  };
  std::array<std::optional<Rate>, measures.size()> rates_{};  // amip's own measures, by measure_id
  std::vector<own_rate> own_rates_;                           // measures of one's own, by key
};

/// Rates per entry: the cost model of plans of entries.
using cost_model = basic_cost_model<cost_rate>;
/// Rates per participant: the cost model of plans of persons.
using person_cost_model = basic_cost_model<person_cost_rate>;
/// Rates per case: the cost model of plans of cases.
using case_cost_model = basic_cost_model<case_cost_rate>;

/// Who pays a measure during a span of time [from, until].
struct funding_rule {
  measure_ref measure;  ///< static data (a rule table is constants): amip's own or a tag
  /// The budget line that pays the measure in the span.
  budget_line line;
  /// The first day the rule applies.
  date from;
  /// The last day the rule applies (inclusive).
  date until;
  std::string_view basis;  ///< the legal basis of this arrangement
};

/// The earliest date of a funding rule: 0001-01-01, for a rule in force since before any plan.
inline constexpr date beginning_of_time{std::chrono::year{1}, std::chrono::January, std::chrono::day{1}};
/// The latest date of a funding rule: 9999-12-31, for a rule in force until further notice.
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

namespace detail {
// The spend of each leaf with a measure for one budget line: what `cost` says where the line pays the measure in the
// period's year and the plan has a non-zero figure, nothing where another line pays it or nothing is planned; a leaf
// with no figure for the period stays without one. Totals roll up as for the plan.
template <Quantity Q, std::size_t L, std::size_t P, class Cost>
[[nodiscard]] constexpr basic_plan<money, L, P> spend_of_leaves(basic_plan<Q, L, P> const& plan, period when,
                                                                budget_line line, std::span<funding_rule const> rules,
                                                                Cost const& cost) {
  auto const& table = plan.structure();
  basic_plan<money, L, P> spend{table};
  for (std::size_t i = 0; i < table.size(); ++i) {
    line_index const index{i};
    auto const& l = table[index];
    if (!table.is_leaf(index) || !l.measure) continue;
    auto const planned = plan.figure(index, when);
    if (!planned) continue;
    if (paid_from(*l.measure, first_day_of(when), rules) != line || *planned == Q{}) {
      spend.state(index, when, money{});  // nothing planned, or paid by another line: costs this line nothing
      continue;
    }
    spend.state(index, when, cost(index, *l.measure, *planned));
  }
  return spend;
}

// The sum of a spend plan's stated leaves for the period.
template <std::size_t L, std::size_t P>
[[nodiscard]] constexpr money sum_of_leaves(basic_plan<money, L, P> const& spend, period when) {
  money total{};
  auto const& table = spend.structure();
  for (std::size_t i = 0; i < table.size(); ++i) {
    if (!table.is_leaf(line_index{i})) continue;
    if (auto const cost = spend.stated(line_index{i}, when)) total += *cost;
  }
  return total;
}
}  // namespace detail

/// The spend a plan of a count (entries, persons, cases) implies for one budget line, as a plan of money over the
/// same catalogue: each leaf with a measure costs its figure at the measure's rate (rate.cost_of(figure, when)) if
/// the line pays the measure in that year, else nothing; totals roll up as for the count. A leaf the line pays, with
/// a figure but no rate, throws amip::missing_cost_rate (a leaf with a figure of 0 needs no rate). The cost model's
/// rates must be rates of the plan's count: cost_model (per entry) for entries, person_cost_model for persons,
/// case_cost_model for cases.
template <Count Q, CostRate Rate, std::size_t L, std::size_t P>
requires std::same_as<Q, typename Rate::counted>
[[nodiscard]] constexpr basic_plan<money, L, P> planned_spend(basic_plan<Q, L, P> const& counts, period when,
                                                              basic_cost_model<Rate> const& costs, budget_line line,
                                                              std::span<funding_rule const> rules = funding_changes) {
  auto const& table = counts.structure();
  return detail::spend_of_leaves(counts, when, line, rules, [&](line_index index, measure_ref measure, Q planned) {
    if (!costs.rate(measure)) {
      throw missing_cost_rate(
          "amip: " + std::string(table.name()) + ", line " + std::string(table[index].key) + ": " +
          detail::message_text(planned) + " " + std::string(units::unit_traits<typename Q::unit_type>::symbol) +
          " are planned for " + to_string(when) + " and paid from the " + std::string(info_of(line).german_name) +
          ", but the cost model has no rate for the measure \"" + std::string(measure.key()) + "\"");
    }
    return costs.at(measure).cost_of(planned, when);
  });
}

/// A plan of money is its own spend: the leaves whose measure the line pays in the period's year keep their
/// figure, the others cost the line nothing, and leaves without a measure are left out (as for a plan of a count).
template <std::size_t L, std::size_t P>
[[nodiscard]] constexpr basic_plan<money, L, P> planned_spend(basic_plan<money, L, P> const& amounts, period when,
                                                              budget_line line,
                                                              std::span<funding_rule const> rules = funding_changes) {
  return detail::spend_of_leaves(amounts, when, line, rules,
                                 [](line_index, measure_ref, money amount) { return amount; });
}

/// The money one budget line needs for a plan's period: the sum of planned_spend over the leaves that have a
/// figure for the period (a plan that states only some leaves, such as section 4's FbW figures, costs those).
template <Count Q, CostRate Rate, std::size_t L, std::size_t P>
requires std::same_as<Q, typename Rate::counted>
[[nodiscard]] constexpr money need(basic_plan<Q, L, P> const& counts, period when, basic_cost_model<Rate> const& costs,
                                   budget_line line, std::span<funding_rule const> rules = funding_changes) {
  return detail::sum_of_leaves(planned_spend(counts, when, costs, line, rules), when);
}

/// The money one budget line needs for a plan of money: the plan's own figures of the leaves the line pays.
template <std::size_t L, std::size_t P>
[[nodiscard]] constexpr money need(basic_plan<money, L, P> const& amounts, period when, budget_line line,
                                   std::span<funding_rule const> rules = funding_changes) {
  return detail::sum_of_leaves(planned_spend(amounts, when, line, rules), when);
}

// Rates of one count given a plan of another, or of money: rejected with the reason (core/diagnostics.hpp).
template <Quantity Q, CostRate Rate, std::size_t L, std::size_t P>
requires(!std::same_as<Q, typename Rate::counted>) AMIP_REJECTED(
    "a cost rate applies only to a plan of the quantity it is a rate of (cost_model to entries, person_cost_model "
    "to persons, case_cost_model to cases); a plan of money is its own spend and takes no cost model")
planned_spend(basic_plan<Q, L, P> const&, period, basic_cost_model<Rate> const&, budget_line,
              std::span<funding_rule const> = funding_changes) AMIP_DELETED;
template <Quantity Q, CostRate Rate, std::size_t L, std::size_t P>
requires(!std::same_as<Q, typename Rate::counted>) AMIP_REJECTED(
    "a cost rate applies only to a plan of the quantity it is a rate of (cost_model to entries, person_cost_model "
    "to persons, case_cost_model to cases); a plan of money is its own spend and takes no cost model")
need(basic_plan<Q, L, P> const&, period, basic_cost_model<Rate> const&, budget_line,
     std::span<funding_rule const> = funding_changes) AMIP_DELETED;
// A plan of a count without rates.
template <Count Q, std::size_t L, std::size_t P>
AMIP_REJECTED("a plan of entries, persons or cases costs money only at a rate; pass a cost model of its count")
planned_spend(basic_plan<Q, L, P> const&, period, budget_line,
              std::span<funding_rule const> = funding_changes) AMIP_DELETED;
template <Count Q, std::size_t L, std::size_t P>
AMIP_REJECTED("a plan of entries, persons or cases costs money only at a rate; pass a cost model of its count")
need(basic_plan<Q, L, P> const&, period, budget_line, std::span<funding_rule const> = funding_changes) AMIP_DELETED;

}  // namespace amip
