// Legal wage subsidy schedules (§ 16e and § 16i SGB II) as dated parameters, and the cost of a cohort over its
// years, split between the Passiv-Aktiv-Transfer (PAT) and the EGT.
//
// Synopsis
//
//   namespace amip {
//   using cost_per_case_month = …;                        // money per case and month ("EUR/case-month")
//   struct subsidy_schedule { measure, norm, valid_from, shares, years; share_in_year(n); };
//   inline constexpr subsidy_schedule p16i_wage_subsidy;  // 100 %, 100 %, 90 %, 80 %, 70 %
//   inline constexpr subsidy_schedule p16e_wage_subsidy;  // 75 %, 50 %
//   constexpr subsidy_schedule const& subsidy_schedule_for(measure_id, date);   // the one in force
//   struct cohort_year { employment_year, calendar_year, share, subsidy, pat, egt };
//   struct cohort_cost { years(); money subsidy, pat, egt; };
//   constexpr cohort_cost cost_of_cohort(subsidy_schedule const&, case_count, cost_per_case_month wage_base,
//                                        std::int32_t start_year, exact_ratio pat_share);
//   }
//
// A cohort starts on 1 January of its start year and stays for the whole schedule (an assumption of this model,
// documented here; real cohorts start during the year and leave early). Each year's subsidy is
// cases × monthly wage base × 12 × share, rounded half away from zero to the cent; the PAT part is the subsidy
// times pat_share, rounded the same way, and the EGT pays the rest, so the parts always add up to the subsidy.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

#include <amip/core/diagnostics.hpp>
#include <amip/core/quantity.hpp>
#include <amip/core/ratio.hpp>
#include <amip/model/measure.hpp>
#include <amip/money/cost.hpp>

namespace amip {

/// Money per case and month: a monthly wage base per subsidised job ("EUR/case-month").
using cost_per_case_month = quantity<units::quotient<units::cent, units::product<units::case_, units::month>>>;

/// A wage subsidy's share of the wage base in each year of employment, as the law sets it from a date.
struct subsidy_schedule {
  /// The measure subsidised (p16e, p16i).
  measure_id measure;
  std::string_view norm;              ///< where the law sets the shares
  date valid_from;                    ///< the day the schedule took effect
  std::array<exact_ratio, 5> shares;  ///< share in employment year 1, 2, …
  std::size_t years;                  ///< how many years the subsidy runs at most

  /// The share in a year of employment (1-based); 0 after the last year.
  [[nodiscard]] constexpr exact_ratio share_in_year(std::size_t employment_year) const {
    if (employment_year == 0) throw std::out_of_range("amip: employment years count from 1");
    return employment_year <= years ? shares[employment_year - 1] : exact_ratio{};
  }
};

/// § 16i Abs. 2 Satz 1 SGB II (Teilhabe am Arbeitsmarkt, in force since 2019-01-01 by the Teilhabechancengesetz):
/// 100 % of the wage base in the first two years of employment, then 90 %, 80 % and 70 %; at most five years.
inline constexpr subsidy_schedule p16i_wage_subsidy{
    measure_id::p16i,
    "§ 16i Abs. 2 Satz 1 SGB II",
    date{std::chrono::year{2019}, std::chrono::January, std::chrono::day{1}},
    {percent(100), percent(100), percent(90), percent(80), percent(70)},
    5};

/// § 16e Abs. 2 SGB II (Eingliederung von Langzeitarbeitslosen, in force since 2019-01-01): 75 % of the wage
/// in the first year of employment, 50 % in the second.
inline constexpr subsidy_schedule p16e_wage_subsidy{
    measure_id::p16e,
    "§ 16e Abs. 2 SGB II",
    date{std::chrono::year{2019}, std::chrono::January, std::chrono::day{1}},
    {percent(75), percent(50), exact_ratio{}, exact_ratio{}, exact_ratio{}},
    2};

/// The schedules amip knows, newest last for each measure.
inline constexpr std::array<subsidy_schedule, 2> subsidy_schedules{p16i_wage_subsidy, p16e_wage_subsidy};

/// The schedule of a measure in force on a day; throws std::out_of_range if amip knows none.
[[nodiscard]] constexpr subsidy_schedule const& subsidy_schedule_for(measure_id measure, date on) {
  subsidy_schedule const* found = nullptr;
  for (auto const& s : subsidy_schedules) {
    if (s.measure == measure && s.valid_from <= on) found = &s;
  }
  if (found == nullptr) {
    throw std::out_of_range("amip: no wage subsidy schedule for the measure \"" + std::string(info_of(measure).key) +
                            "\" on that day");
  }
  return *found;
}

/// One year of a cohort's subsidy.
struct cohort_year {
  std::size_t employment_year;  ///< 1, 2, …
  /// The calendar year that employment year falls in.
  std::int32_t calendar_year;
  exact_ratio share;  ///< of the wage base
  money subsidy;      ///< cases × wage base × 12 × share, rounded half away from zero
  money pat;          ///< the part the Passiv-Aktiv-Transfer pays
  money egt;          ///< the part the EGT pays: subsidy − pat
};

/// The subsidy of a cohort over all its years.
struct cohort_cost {
  std::array<cohort_year, 5> by_year;  ///< the first `year_count` entries are used
  /// How many years of by_year are used.
  std::size_t year_count;
  /// The subsidy over all years.
  money subsidy;
  /// The part the Passiv-Aktiv-Transfer pays, over all years.
  money pat;
  /// The part the Eingliederungstitel (EGT) pays, over all years: subsidy − pat.
  money egt;

  /// The years of the cohort, first to last.
  [[nodiscard]] constexpr std::span<cohort_year const> years() const& noexcept AMIP_LIFETIMEBOUND {
    return {by_year.data(), year_count};
  }
  AMIP_REJECTED("the years of a temporary cohort_cost would dangle at once; keep the cost in a variable first")
  years() const&& AMIP_DELETED;
};

/// The subsidy for `jobs` (funded cases) starting on 1 January of `start_year`, with a monthly wage base per job, split
/// into PAT and EGT by `pat_share` (0 to 1; the share of the subsidy the Passiv-Aktiv-Transfer covers).
[[nodiscard]] constexpr cohort_cost cost_of_cohort(subsidy_schedule const& schedule, case_count jobs,
                                                   cost_per_case_month wage_base, std::int32_t start_year,
                                                   exact_ratio pat_share) {
  if (jobs < case_count{}) throw std::invalid_argument("amip: a cohort cannot have a negative number of cases");
  if (pat_share < exact_ratio{} || pat_share > exact_ratio{1, 1}) {
    throw std::invalid_argument("amip: the PAT share must lie between 0 and 1");
  }
  cohort_cost out{{}, 0, money{}, money{}, money{}};
  money const yearly_base = wage_base * (jobs * (12 * months));  // jobs × 12 months × wage per case-month
  for (std::size_t y = 1; y <= schedule.years; ++y) {
    auto const share = schedule.share_in_year(y);
    auto const subsidy = money::from_value(detail::divide_half_away_from_zero(
        static_cast<detail::int128>(yearly_base.value()) * share.numerator(), share.denominator(), "a subsidy"));
    auto const pat = money::from_value(detail::divide_half_away_from_zero(
        static_cast<detail::int128>(subsidy.value()) * pat_share.numerator(), pat_share.denominator(), "a PAT part"));
    out.by_year[out.year_count++] = {
        y, start_year + static_cast<std::int32_t>(y) - 1, share, subsidy, pat, subsidy - pat};
    out.subsidy += subsidy;
    out.pat += pat;
    out.egt += subsidy - pat;
  }
  return out;
}

}  // namespace amip
