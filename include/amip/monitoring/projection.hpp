// Hochrechnung (projection to the year's end) from monthly actuals, and Zielerreichung (attainment): actual to date
// against the plan pro rata, projection against plan (the monitoring layer).
//
// Synopsis
//
//   namespace amip {
//   template <class Q> concept Flow;                  // entry_count or money: a year's figure is the sum of its months
//   class monitoring_error;                           // a std::invalid_argument with a sentence
//
//   template <Flow Q> struct projection_inputs {      // what a method sees for one line
//     line_index line; std::int32_t year; int as_of;  // as of month 1–12
//     Q actual_to_date;                               // the sum of this year's months 1 … as_of
//     std::array<std::optional<Q>, 12> months, prior_months;   // monthly actuals (nothing: no figure)
//     std::optional<Q> prior_total, prior_to_date;    // the prior year's whole year and months 1 … as_of
//   };
//   template <Flow Q> struct projected {              // what a method says for one line
//     std::optional<Q> value; std::string formula;    // "810 × 12 / 9 = 1080"; or no value and, in formula, why
//   };
//   template <class M, class Q> concept ProjectionMethod;   // m.name() -> string_view; m(inputs) -> projected<Q>
//   struct run_rate;              // actual to date × 12 / m
//   struct prior_year_profile;    // actual to date × prior year's total / prior year's actual to the same month
//
//   template <Flow Q> struct line_projection { line_index line; std::optional<Q> value; std::string formula; };
//   template <Flow Q> class projection {              // one method's projection of a plan, as of a month
//     period when() const;                            // projection_of(year), version "<method> MM/YYYY"
//     std::span<line_projection<Q> const> lines() const&;
//     std::optional<Q> value(line_index) const;
//     std::string explain(line_index) const;          // method, inputs, formula, in one sentence
//     template <…> void add_to(basic_plan<Q, …>&) const;   // the figures as period when() of the plan
//   };
//   projection<Q> project(plan, calendar_period as_of, method);    // as_of: month_of(2026, 9)
//
//   template <Flow Q> struct attainment_row {
//     line_index line; std::optional<Q> plan, actual_to_date, pro_rata, actual_against_pro_rata;
//     relative_change actual_change;                  // actual to date against plan × m / 12, exact until formatted
//     std::optional<Q> projected, projected_against_plan; relative_change projected_change;
//   };
//   std::vector<attainment_row<Q>> attainment(plan, period planned, calendar_period as_of, projection const*);
//   }
//
// Months are the plan's periods actual_of(month_of(year, k)). A projection as of month m needs all of the months
// 1 … m in the plan (else monitoring_error naming the first missing one); a line without a figure in a month the
// plan holds (a line added in May has none in January to April) counts 0 there, and its explanation says so.
//
// The methods, exact in integers, rounded once, half away from zero:
//   run rate:            actual to date × 12 / m
//   prior-year profile:  actual to date × prior total / prior to date, where the prior year's total is the sum of
//                        its twelve monthly actuals (else its yearly actual, actual_of(year - 1)), and the prior year
//                        to date the sum of its months 1 … m; no value where that is 0 or not in the plan.
// A negative actual to date (corrections that outweigh the entries) gives no value: a year cannot end below zero.
// Each method projects the lines that are not "davon" totals; a "davon" total is the sum of its lines'
// projections, where all of them have one, as the plan rolls it up once the projection is added to it.
//
// Attainment, per line and rolled up as plan.figure() rolls up: pro rata = plan × m / 12, shown rounded half away
// from zero; the change against it is computed from the exact fraction: actual × 12 against plan × m.
#pragma once

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <amip/core/checked.hpp>
#include <amip/core/diagnostics.hpp>
#include <amip/core/quantity.hpp>
#include <amip/core/ratio.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/period.hpp>
#include <amip/model/plan.hpp>

namespace amip {

/// A quantity whose year is the sum of its months: entries (Eintritte) and money. Persons and cases are counted
/// at a time (a stock): their year is not the sum of their months, and a run rate of them means nothing.
template <class Q>
concept Flow = std::same_as<Q, entry_count> || std::same_as<Q, money>;

/// Thrown when a plan cannot be monitored as asked: a month outside 1–12, a missing month of actuals.
class monitoring_error : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

/// What a projection method sees for one line.
template <Flow Q>
struct projection_inputs {
  /// The line projected.
  line_index line;
  /// The year projected.
  std::int32_t year = 0;
  int as_of = 0;        ///< the last month with actuals, 1–12
  Q actual_to_date{};   ///< this year's months 1 … as_of (a month without a figure counts 0)
  std::array<std::optional<Q>, 12> months{};        ///< this year's monthly actuals, January first
  std::array<std::optional<Q>, 12> prior_months{};  ///< the prior year's
  std::optional<Q> prior_total{};    ///< the prior year: its twelve months' sum, else its yearly actual
  std::optional<Q> prior_to_date{};  ///< the prior year's months 1 … as_of, where the plan holds them all
};

/// What a method says for one line: a value and the formula with its figures, or no value and why.
template <Flow Q>
struct projected {
  /// The projected figure of the year, or nothing (the formula says why).
  std::optional<Q> value{};
  std::string formula{};  ///< "810 × 12 / 9 = 1080", or why there is no value
};

/// A projection method: a name and a function of the inputs. amip::run_rate and amip::prior_year_profile are two;
/// a user's own is any type with the same two members.
template <class M, class Q>
concept ProjectionMethod = Flow<Q> && requires(M const& method, projection_inputs<Q> const& in) {
  { method.name() } -> std::convertible_to<std::string_view>;
  { method(in) } -> std::same_as<projected<Q>>;
};

namespace detail {
// The part of `value` × num / den, rounded once, half away from zero; as Q.
template <Flow Q>
[[nodiscard]] constexpr Q scaled(Q value, std::int64_t num, std::int64_t den, std::string_view what) {
  return Q::from_value(divide_half_away_from_zero(static_cast<int128>(value.value()) * num, den, what));
}
template <Flow Q>
[[nodiscard]] projected<Q> no_projection_below_zero(projection_inputs<Q> const& in) {
  return {std::nullopt, "no value: the actual to date is " + message_text(in.actual_to_date) +
                            ", below zero (corrections outweigh the figures)"};
}
}  // namespace detail

/// Hochrechnung by run rate: actual to date × 12 / m.
struct run_rate {
  /// The method's name in a projection's period version: "run-rate".
  [[nodiscard]] static constexpr std::string_view name() noexcept { return "run-rate"; }
  /// actual to date × 12 / as_of, rounded half away from zero once; no value below zero.
  template <Flow Q>
  [[nodiscard]] projected<Q> operator()(projection_inputs<Q> const& in) const {
    if (in.actual_to_date < Q{}) return detail::no_projection_below_zero(in);
    auto const value = detail::scaled(in.actual_to_date, 12, in.as_of, "a run-rate projection");
    return {value, detail::message_text(in.actual_to_date) + " × 12 / " + std::to_string(in.as_of) + " = " +
                       detail::message_text(value)};
  }
};

/// Hochrechnung by the prior year's profile: actual to date × prior year's total / prior year's actual to the
/// same month; no value where the prior year to date is 0 or not in the plan.
struct prior_year_profile {
  /// The method's name in a projection's period version: "prior-year".
  [[nodiscard]] static constexpr std::string_view name() noexcept { return "prior-year"; }
  /// actual to date × prior total / prior to date, rounded half away from zero once; no value below zero, without the
  /// prior year's months or where they are 0 to date.
  template <Flow Q>
  [[nodiscard]] projected<Q> operator()(projection_inputs<Q> const& in) const {
    if (in.actual_to_date < Q{}) return detail::no_projection_below_zero(in);
    auto const prior = std::to_string(in.year - 1);
    if (!in.prior_total || !in.prior_to_date) {
      return {std::nullopt, "no value: the plan has no actuals of " + prior + " for every month to " +
                                std::to_string(in.as_of) + " and the whole year"};
    }
    if (*in.prior_to_date == Q{}) {
      return {std::nullopt, "no value: the actual of " + prior + " to month " + std::to_string(in.as_of) +
                                " is 0, so its profile says nothing"};
    }
    auto const value = Q::from_value(detail::divide_half_away_from_zero(
        static_cast<detail::int128>(in.actual_to_date.value()) * in.prior_total->value(), in.prior_to_date->value(),
        "a prior-year projection"));
    return {value, detail::message_text(in.actual_to_date) + " × " + detail::message_text(*in.prior_total) + " / " +
                       detail::message_text(*in.prior_to_date) + " = " + detail::message_text(value)};
  }
};

namespace detail {
struct projection_access;  // project() builds a projection through it
}  // namespace detail

/// One line's projection: a value and its formula, or no value and why.
template <Flow Q>
struct line_projection {
  /// The line projected.
  line_index line;
  /// The projected figure of the year, or nothing.
  std::optional<Q> value{};
  /// How the value came about ("810 × 12 / 9 = 1080"), or why there is none.
  std::string formula{};
  std::string months_without_figure{};  ///< "01, 02" where the plan holds the month but not this line's figure
};

/// One method's projection of a plan as of a month: a figure per line and how it came about. Owns everything it
/// shows (the catalogue's labels included).
template <Flow Q>
class projection {
 public:
  /// The period the projection is: projection_of(year), version "<method> MM/YYYY" ("run-rate 09/2026").
  [[nodiscard]] period when() const noexcept { return when_; }
  /// The method's name ("run-rate"); valid while the projection lives.
  [[nodiscard]] std::string_view method() const& noexcept AMIP_LIFETIMEBOUND { return method_; }
  /// The last month with actuals the projection rests on.
  [[nodiscard]] calendar_period as_of() const noexcept { return as_of_; }
  /// A projection per line of the catalogue, in its order; valid while the projection lives.
  [[nodiscard]] std::span<line_projection<Q> const> lines() const& noexcept AMIP_LIFETIMEBOUND { return lines_; }
  AMIP_REJECTED("the lines of a temporary projection would dangle at once; keep the projection in a variable first")
  lines() const&& AMIP_DELETED;
  /// The projected figure of a line, or nothing; std::out_of_range for a line outside the catalogue.
  [[nodiscard]] std::optional<Q> value(line_index line) const { return at(line).value; }

  /// "mat (MAT), Hochrechnung 2026 (run-rate 09/2026): 810 × 12 / 9 = 1080"
  [[nodiscard]] std::string explain(line_index line) const {
    auto const& row = at(line);
    std::string out = std::string(table_[line].key) + " (" + table_.label(line) + "), " + to_string(when_) + ": " +
                      row.formula;
    if (!row.months_without_figure.empty()) {
      out += " (no figure in month " + row.months_without_figure + " of " + std::to_string(as_of_.year) +
             ", counted as 0)";
    }
    return out;
  }

  /// States the projected figures of the lines the method projected as period when() of `plan` (whose catalogue
  /// must be the one projected); the plan rolls the "davon" totals up. A plan already holding figures for when()
  /// keeps them where they agree, else amip::conflicting_figure.
  template <std::size_t L, std::size_t P>
  void add_to(basic_plan<Q, L, P>& plan) const {
    if (plan.structure().size() != table_.size()) {
      throw monitoring_error("amip: a projection of \"" + std::string(table_.name()) + "\" (" +
                             std::to_string(table_.size()) + " lines) cannot be added to a plan of \"" +
                             std::string(plan.structure().name()) + "\" (" + std::to_string(plan.structure().size()) +
                             " lines)");
    }
    for (auto const& row : lines_) {
      if (row.value && own_[index_of(row.line)]) plan.state(row.line, when_, *row.value);
    }
  }

 private:
  friend struct detail::projection_access;
  explicit projection(catalog table) : table_{std::move(table)} {}

  [[nodiscard]] line_projection<Q> const& at(line_index line) const {
    auto const i = index_of(line);
    if (i >= lines_.size()) {
      throw std::out_of_range("amip: line " + std::to_string(i) + " is outside the projection of \"" +
                              std::string(table_.name()) + "\"");
    }
    return lines_[i];
  }

  catalog table_;
  period when_{};
  calendar_period as_of_{};
  std::string method_;
  std::vector<line_projection<Q>> lines_;
  std::vector<bool> own_;  // projected by the method itself (not the sum of its "davon" lines)
};

namespace detail {
struct projection_access {
  template <Flow Q>
  [[nodiscard]] static projection<Q> make(catalog table) {
    return projection<Q>{std::move(table)};
  }
  template <Flow Q>
  static void set(projection<Q>& p, period when, calendar_period as_of, std::string method) {
    p.when_ = when;
    p.as_of_ = as_of;
    p.method_ = std::move(method);
    p.lines_.resize(p.table_.size());
    p.own_.assign(p.table_.size(), false);
  }
  template <Flow Q>
  [[nodiscard]] static std::vector<line_projection<Q>>& lines(projection<Q>& p) {
    return p.lines_;
  }
  template <Flow Q>
  [[nodiscard]] static std::vector<bool>& own(projection<Q>& p) {
    return p.own_;
  }
};
[[nodiscard]] inline std::string two_digits(int month) {
  return std::string(month < 10 ? "0" : "") + std::to_string(month);
}
[[nodiscard]] inline int month_number(calendar_period as_of) {
  if (as_of.part.span() != period_span::month) {
    throw monitoring_error("amip: monitoring is as of a month (month_of(2026, 9)), not a year or a quarter");
  }
  return as_of.part.number();
}
// Every month of as_of's year to as_of is a period of the plan, else monitoring_error naming the first missing.
template <class Plan>
void require_months(Plan const& plan, calendar_period as_of, std::string_view what) {
  auto const m = month_number(as_of);
  for (int k = 1; k <= m; ++k) {
    if (!plan.holds(actual_of(month_of(as_of.year, k)))) {
      throw monitoring_error("amip: " + std::string(what) + " as of " + two_digits(m) + "/" +
                             std::to_string(as_of.year) + " needs the actuals of every month to then; the plan has " +
                             "none for " + two_digits(k) + "/" + std::to_string(as_of.year));
    }
  }
}
// Whether line i is a "davon" total: the sum of lines under it.
[[nodiscard]] inline bool is_davon_total(catalog const& table, std::size_t i) {
  if (table.lines()[i].children != children_rule::sum) return false;
  for (auto const& l : table.lines()) {
    if (l.parent == i) return true;
  }
  return false;
}
}  // namespace detail

/// The projection of every line of `plan` to the end of as_of's year by `method`, from the monthly actuals
/// actual_of(month_of(year, 1 … m)) (and the prior year's, for methods that use them). Throws monitoring_error
/// where as_of is not a month or the plan lacks one of the months 1 … m.
template <Flow Q, std::size_t L, std::size_t P, class M>
requires ProjectionMethod<M, Q>
[[nodiscard]] projection<Q> project(basic_plan<Q, L, P> const& plan, calendar_period as_of, M const& method) {
  auto const m = detail::month_number(as_of);
  auto const year = as_of.year;
  detail::require_months(plan, as_of, "a projection");
  bool prior_months_held = true;
  for (int k = 1; k <= 12; ++k) prior_months_held = prior_months_held && plan.holds(actual_of(month_of(year - 1, k)));
  bool prior_to_date_held = true;
  for (int k = 1; k <= m; ++k) prior_to_date_held = prior_to_date_held && plan.holds(actual_of(month_of(year - 1, k)));

  auto const& table = plan.structure();
  auto out = detail::projection_access::make<Q>(table);
  std::string name{method.name()};
  auto const when = projection_of(year).with_version(name + " " + detail::two_digits(m) + "/" + std::to_string(year));
  detail::projection_access::set(out, when, as_of, std::move(name));
  auto& lines = detail::projection_access::lines(out);
  auto& own = detail::projection_access::own(out);
  for (std::size_t i = 0; i < table.size(); ++i) {
    line_index const line{i};
    auto& row = lines[i];
    row.line = line;
    if (detail::is_davon_total(table, i)) continue;  // summed below
    own[i] = true;
    projection_inputs<Q> in{line, year, m};
    for (int k = 1; k <= 12; ++k) {
      auto const& month = k <= m ? plan.figure(line, actual_of(month_of(year, k))) : std::optional<Q>{};
      in.months[static_cast<std::size_t>(k - 1)] = month;
      if (k <= m) {
        if (month) {
          in.actual_to_date += *month;
        } else {
          row.months_without_figure += (row.months_without_figure.empty() ? "" : ", ") + detail::two_digits(k);
        }
      }
      auto const prior_month = actual_of(month_of(year - 1, k));
      if (plan.holds(prior_month)) in.prior_months[static_cast<std::size_t>(k - 1)] = plan.figure(line, prior_month);
    }
    if (prior_to_date_held) {
      Q sum{};
      for (int k = 1; k <= m; ++k) sum += in.prior_months[static_cast<std::size_t>(k - 1)].value_or(Q{});
      in.prior_to_date = sum;
    }
    if (prior_months_held) {
      Q sum{};
      for (auto const& month : in.prior_months) sum += month.value_or(Q{});
      in.prior_total = sum;
    } else if (plan.holds(actual_of(year - 1))) {
      in.prior_total = plan.figure(line, actual_of(year - 1));
    }
    auto said = method(in);
    row.value = said.value;
    row.formula = std::move(said.formula);
  }
  // "davon" totals: the sum of their lines' projections, deepest first (a parent stands above its lines).
  for (std::size_t i = table.size(); i-- > 0;) {
    if (own[i]) continue;
    auto& row = lines[i];
    Q sum{};
    bool complete = true;
    std::size_t parts = 0;
    for (std::size_t c = i + 1; c < table.size(); ++c) {
      if (table.lines()[c].parent != i) continue;
      ++parts;
      if (lines[c].value) {
        sum += *lines[c].value;
      } else {
        complete = false;
      }
    }
    if (complete) {
      row.value = sum;
      row.formula = "the sum of its " + std::to_string(parts) + " lines = " + detail::message_text(sum);
    } else {
      row.formula = "no value: a line under it has no projection";
    }
  }
  return out;
}

// A plan of persons or cases, or a method that is none: rejected with the reason (core/diagnostics.hpp).
template <Quantity Q, std::size_t L, std::size_t P, class M>
requires(!Flow<Q>) AMIP_REJECTED(
    "a projection to the year end sums months: it applies to plans of entries or money (flows), not to persons or "
    "cases, which are counted at a time")
project(basic_plan<Q, L, P> const&, calendar_period, M const&) AMIP_DELETED;
template <Flow Q, std::size_t L, std::size_t P, class M>
requires(!ProjectionMethod<M, Q>) AMIP_REJECTED(
    "a projection method has name() and a call operator that takes projection_inputs<Q> and returns projected<Q>, "
    "as amip::run_rate has")
project(basic_plan<Q, L, P> const&, calendar_period, M const&) AMIP_DELETED;

/// One line's attainment (Zielerreichung) as of a month.
template <Flow Q>
struct attainment_row {
  /// The line judged.
  line_index line;
  std::optional<Q> planned{};                  ///< the year's plan
  std::optional<Q> actual_to_date{};           ///< months 1 … m (a month without a figure counts 0)
  std::optional<Q> pro_rata{};                 ///< plan × m / 12, rounded half away from zero
  std::optional<Q> actual_against_pro_rata{};  ///< actual to date − plan × m / 12, rounded once
  relative_change actual_change{};             ///< actual × 12 against plan × m, exact
  std::optional<Q> projected{};                ///< the projection of the year (if one is given)
  std::optional<Q> projected_against_plan{};   ///< projection − plan
  relative_change projected_change{};          ///< projection against plan
};

/// Attainment of every line as of a month: actual to date against the plan pro rata, and (with a projection of
/// the same plan) projection against plan. Figures roll up as plan.figure() rolls them up. `planned` is the plan
/// period (plan_of(2026), or a version of it).
template <Flow Q, std::size_t L, std::size_t P>
[[nodiscard]] std::vector<attainment_row<Q>> attainment(basic_plan<Q, L, P> const& plan, period planned,
                                                         calendar_period as_of,
                                                         projection<Q> const* projected = nullptr) {
  auto const m = detail::month_number(as_of);
  auto const year = as_of.year;
  detail::require_months(plan, as_of, "attainment");
  auto const& table = plan.structure();
  if (projected != nullptr && projected->lines().size() != table.size()) {
    throw monitoring_error("amip: the projection is of another catalogue (" +
                           std::to_string(projected->lines().size()) + " lines, the plan has " +
                           std::to_string(table.size()) + ")");
  }
  std::vector<attainment_row<Q>> rows;
  rows.reserve(table.size());
  for (std::size_t i = 0; i < table.size(); ++i) {
    line_index const line{i};
    attainment_row<Q> row{line};
    row.planned = plan.holds(planned) ? plan.figure(line, planned) : std::nullopt;
    Q to_date{};
    bool any = false;
    for (int k = 1; k <= m; ++k) {
      if (auto const month = plan.figure(line, actual_of(month_of(year, k)))) {
        to_date += *month;
        any = true;
      }
    }
    if (any) row.actual_to_date = to_date;
    if (row.planned && row.actual_to_date) {
      row.pro_rata = detail::scaled(*row.planned, m, 12, "a plan pro rata");
      // actual − plan × m / 12 = (actual × 12 − plan × m) / 12, rounded once
      auto const twelfths = static_cast<detail::int128>(to_date.value()) * 12 -
                            static_cast<detail::int128>(row.planned->value()) * m;
      row.actual_against_pro_rata =
          Q::from_value(detail::divide_half_away_from_zero(twelfths, 12, "an actual against the plan pro rata"));
      auto const base = static_cast<detail::int128>(row.planned->value()) * m;
      if (base != 0) {
        row.actual_change = relative_change{exact_ratio{detail::checked_narrow(twelfths, "attainment"),
                                                        detail::checked_narrow(base, "attainment")}};
      } else if (twelfths == 0) {
        row.actual_change = relative_change{exact_ratio{}};
      }
    }
    if (projected != nullptr) {
      row.projected = projected->value(line);
      if (row.projected && row.planned) {
        row.projected_against_plan = *row.projected - *row.planned;
        row.projected_change = change_of(*row.projected, *row.planned);
      }
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

// A plan of persons or cases: rejected with the reason.
template <Quantity Q, std::size_t L, std::size_t P>
requires(!Flow<Q>) AMIP_REJECTED(
    "attainment sums the months to date: it applies to plans of entries or money (flows), not to persons or cases, "
    "which are counted at a time")
attainment(basic_plan<Q, L, P> const&, period, calendar_period) AMIP_DELETED;

}  // namespace amip
