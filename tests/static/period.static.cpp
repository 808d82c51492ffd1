// Compile-time tests of periods: this file compiles only if every static_assert holds.
#include <amip/model/period.hpp>

#include <cstdint>
#include <type_traits>

namespace {
using namespace amip;

// A year is a whole number: plan_of(2026.5) does not compile instead of being truncated to 2026.
template <class Y>
concept year_of_a_plan = requires(Y year) {
  plan_of(year);
};
template <class Y>
concept year_of_an_actual = requires(Y year) {
  actual_of(year);
};
static_assert(year_of_a_plan<int> && year_of_a_plan<std::int64_t> && year_of_a_plan<unsigned short>);
static_assert(!year_of_a_plan<double> && !year_of_a_plan<float> && !year_of_a_plan<bool> && !year_of_a_plan<char>);
static_assert(year_of_an_actual<long> && !year_of_an_actual<double>);

static_assert(plan_of(2026) == period{2026, figure_kind::plan});
static_assert(projection_of(2025L) == period{2025, figure_kind::projection});
static_assert(actual_of(std::uint16_t{2024}) == period{2024, figure_kind::actual});
static_assert(plan_of(2026) != actual_of(2026));
}  // namespace

// ----- Quarters, months, targets and versions --------------------------------------------------------------------

// A month and a quarter are whole numbers, as a year is: no floating point, no bool, no character.
template <class M>
concept month_number = requires(M month) {
  month_of(2019, month);
};
template <class Q>
concept quarter_number = requires(Q quarter) {
  quarter_of(2026, quarter);
};
template <class Y>
concept year_of_a_month = requires(Y year) {
  month_of(year, 7);
};
static_assert(month_number<int> && month_number<unsigned char> && month_number<std::int64_t>);
static_assert(!month_number<double> && !month_number<float> && !month_number<bool> && !month_number<char>);
static_assert(quarter_number<short> && !quarter_number<double> && !quarter_number<bool>);
static_assert(year_of_a_month<int> && !year_of_a_month<double> && !year_of_a_month<bool>);
// plan_of takes a year or a calendar_period, nothing else.
static_assert(year_of_a_plan<calendar_period> && !year_of_a_plan<part_of_year>);

// A month outside 1–12 or a quarter outside 1–4 is no constant: it throws amip::period_error.
template <int M>
constexpr bool month_is_valid() {
  return requires { typename std::integral_constant<int, month_of(2019, M).part.number()>; };
}
static_assert(month_is_valid<1>() && month_is_valid<12>());
static_assert(!month_is_valid<0>() && !month_is_valid<13>());

constexpr auto july_2019 = actual_of(month_of(2019, 7));
static_assert(july_2019.year == 2019 && july_2019.kind == figure_kind::actual);
static_assert(july_2019.span() == period_span::month && july_2019.part.number() == 7);
static_assert(july_2019 == period{2019, figure_kind::actual, part_of_year::month(7)});
static_assert(july_2019 != actual_of(month_of(2019, 6)) && july_2019 != actual_of(2019));
static_assert(july_2019 != plan_of(month_of(2019, 7)));
static_assert(july_2019.year_before() == actual_of(month_of(2018, 7)));
static_assert(july_2019.when() == month_of(2019, 7));

constexpr auto q3 = plan_of(quarter_of(2026, 3));
static_assert(q3.span() == period_span::quarter && q3.part.number() == 3);
static_assert(q3 != plan_of(month_of(2026, 3)));  // the third quarter is not March
static_assert(plan_of(2026).span() == period_span::year && plan_of(2026) == plan_of(year_of(2026)));

static_assert(target_of(2026) == period{2026, figure_kind::target});
static_assert(target_of(2026) != plan_of(2026));
static_assert(projection_of(month_of(2025, 12)).kind == figure_kind::projection);

// Versions: two plans of one year are different periods; the name is the period's own copy.
constexpr auto haushaltsplan = plan_of(2026).with_version("Haushaltsplan");
constexpr auto geschaeftsplan = plan_of(2026).with_version("Geschäftsplan");
static_assert(haushaltsplan != geschaeftsplan && haushaltsplan != plan_of(2026));
static_assert(haushaltsplan == plan_of(2026).with_version("Haushaltsplan"));
static_assert(geschaeftsplan.version.view() == "Geschäftsplan" && geschaeftsplan.version.size() == 14);
static_assert(geschaeftsplan.without_version() == plan_of(2026) && plan_of(2026).version.empty());
static_assert(geschaeftsplan.year_before() == plan_of(2025).with_version("Geschäftsplan"));
constexpr auto own_copy() {
  char name[] = "Entwurf";
  auto const p = plan_of(2026).with_version(name);
  name[0] = 'X';  // the period does not see it
  return p;
}
static_assert(own_copy().version.view() == "Entwurf");
static_assert(version_name::max_bytes == 31 && sizeof(period) <= 40);

// The names of the kinds.
static_assert(kind_name(figure_kind::target) == "Ziel" &&
              kind_name(figure_kind::target, language::english) == "target");
static_assert(kind_name(figure_kind::actual) == "Ergebnis" && kind_name(figure_kind::plan) == "Plan");
