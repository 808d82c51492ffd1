// Typed counts and money: the quantities of the planning model (the core layer).
//
// Synopsis
//
//   namespace amip {
//   template <class Unit> class quantity;          // an int64 count of Unit, overflow-checked
//   using entry_count  = quantity<units::entry>;   // Eintritte: entries into a measure in a year (a flow)
//   using person_count = quantity<units::person>;  // Teilnehmende / Bestand: people in a measure (a stock)
//   using case_count   = quantity<units::case_>;   // Förderfälle: funded cases
//   using money        = quantity<units::cent>;    // euro cents, never floating point
//   using day_count    = quantity<units::day>;     // time spans: contact density, durations
//   using month_count  = quantity<units::month>;
//   template <class Count> using cost_per = ...;   // money ÷ Count, e.g. cost_per<entry_count>
//
//   inline constexpr unit_constant<...> entries, persons, cases, days, months;   // 1'994 * entries
//   constexpr money eur(integer euros);  constexpr money cents(integer cents);   // eur(1'460'000)
//   namespace literals { 1'460'000_eur; 50_ct; }
//
//   a + b, a - b, -a, a * n, n * a   same kind only, integers only, overflow throws amip::overflow_error
//   a / b  (same kind)               exact_ratio (ratio.hpp), no rounding
//   a / b  (money / count ...)       exact_quotient<U>: call .round() (half away from zero)
//   a / n                            exact_quotient<U>: money ÷ integer, e.g. (special_allocation / 219).round()
//   a * r, r * a, a / r              exact_quotient<U> of a quantity and an exact_ratio (ratio.hpp):
//                                    (need * percent(90)).round() is 90 % of a need, rounded once
//   rate * count                     the product's kind, only where amip models it (money per entry × entries)
//   }
//
// Errors and findings print a quantity with detail::message_text: counts as plain integers ("4444"), money in euros
// with two decimals as reports do ("25.790.500,05 €"), never raw cents.
//
// The dimensions, units and unit algebra are a Boost.Units system of amip's own base dimensions; the
// value is amip's own so that every operation is overflow-checked and every rounding explicit.
// boost() hands out the equivalent boost::units::quantity<Unit, std::int64_t> for interoperation.
#pragma once

#include <compare>
#include <concepts>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include <boost/units/base_dimension.hpp>
#include <boost/units/base_unit.hpp>
#include <boost/units/make_system.hpp>
#include <boost/units/quantity.hpp>
#include <boost/units/unit.hpp>

#include <amip/core/checked.hpp>
#include <amip/core/diagnostics.hpp>
#include <amip/core/integer.hpp>
#include <amip/core/language.hpp>
#include <amip/core/number_text.hpp>
#include <amip/core/ratio.hpp>

/// amip: a German Jobcenter's annual labour-market and integration programme (Arbeitsmarkt- und
/// Integrationsprogramm, SGB II) as C++ values: quantities and money, measures and their catalogue, plans, comparisons,
/// rules and their findings, budgets and monitoring.
namespace amip {

/// The Boost.Units system behind amip's quantities: six base dimensions of the planning model.
namespace units {

struct entry_dimension : boost::units::base_dimension<entry_dimension, 1> {};
struct person_dimension : boost::units::base_dimension<person_dimension, 2> {};
struct case_dimension : boost::units::base_dimension<case_dimension, 3> {};
struct money_dimension : boost::units::base_dimension<money_dimension, 4> {};
struct day_dimension : boost::units::base_dimension<day_dimension, 5> {};
struct month_dimension : boost::units::base_dimension<month_dimension, 6> {};

/// The Boost.Units base unit of entries (Eintritte), one of the six of planning_system.
struct entry_base_unit : boost::units::base_unit<entry_base_unit, entry_dimension::dimension_type, 1> {
  /// Boost.Units' name of the unit, used where Boost.Units prints it.
  static constexpr char const* name() { return "entries"; }
  /// Boost.Units' symbol of the unit, used where Boost.Units prints it.
  static constexpr char const* symbol() { return "entries"; }
};
/// The Boost.Units base unit of persons (Teilnehmende), one of the six of planning_system.
struct person_base_unit : boost::units::base_unit<person_base_unit, person_dimension::dimension_type, 2> {
  /// Boost.Units' name of the unit, used where Boost.Units prints it.
  static constexpr char const* name() { return "persons"; }
  /// Boost.Units' symbol of the unit, used where Boost.Units prints it.
  static constexpr char const* symbol() { return "persons"; }
};
/// The Boost.Units base unit of funded cases (Förderfälle), one of the six of planning_system.
struct case_base_unit : boost::units::base_unit<case_base_unit, case_dimension::dimension_type, 3> {
  /// Boost.Units' name of the unit, used where Boost.Units prints it.
  static constexpr char const* name() { return "cases"; }
  /// Boost.Units' symbol of the unit, used where Boost.Units prints it.
  static constexpr char const* symbol() { return "cases"; }
};
/// The Boost.Units base unit of euro cents, one of the six of planning_system.
struct cent_base_unit : boost::units::base_unit<cent_base_unit, money_dimension::dimension_type, 4> {
  /// Boost.Units' name of the unit, used where Boost.Units prints it.
  static constexpr char const* name() { return "euro cent"; }
  /// Boost.Units' symbol of the unit, used where Boost.Units prints it.
  static constexpr char const* symbol() { return "ct"; }
};
/// The Boost.Units base unit of days, one of the six of planning_system.
struct day_base_unit : boost::units::base_unit<day_base_unit, day_dimension::dimension_type, 5> {
  /// Boost.Units' name of the unit, used where Boost.Units prints it.
  static constexpr char const* name() { return "days"; }
  /// Boost.Units' symbol of the unit, used where Boost.Units prints it.
  static constexpr char const* symbol() { return "d"; }
};
/// The Boost.Units base unit of months, one of the six of planning_system.
struct month_base_unit : boost::units::base_unit<month_base_unit, month_dimension::dimension_type, 6> {
  /// Boost.Units' name of the unit, used where Boost.Units prints it.
  static constexpr char const* name() { return "months"; }
  /// Boost.Units' symbol of the unit, used where Boost.Units prints it.
  static constexpr char const* symbol() { return "months"; }
};

/// The Boost.Units system of the six base units; every unit of amip is a unit of this system.
using planning_system = boost::units::make_system<entry_base_unit, person_base_unit, case_base_unit, cent_base_unit,
                                                  day_base_unit, month_base_unit>::type;

// Each unit amip models has a name of its own that stands for its Boost.Units unit (boost_type): diagnostics then
// print `amip::quantity<amip::units::cent_per_entry>`, not three lines of Boost.Units lists. The algebra is
// Boost.Units': product and quotient multiply and divide the Boost units and give the result its amip name.
/// A unit of amip by its own name (entry, cent_per_entry): each unit derives from named_unit of the Boost.Units
/// unit it stands for.
template <class BoostUnit>
struct named_unit {
  /// The Boost.Units unit (of planning_system) this unit stands for.
  using boost_type = BoostUnit;
};

namespace names {
template <class U>
struct boost_of {
  using type = U;  // a Boost.Units unit without an amip name (one amip does not model)
};
template <class U>
requires requires { typename U::boost_type; }
struct boost_of<U> {
  using type = typename U::boost_type;
};
template <class BoostUnit>
struct name_of {
  using type = BoostUnit;  // no amip name: the Boost.Units unit itself
};
}  // namespace names

/// The Boost.Units unit a unit of amip stands for.
template <class U>
using boost_unit = typename names::boost_of<U>::type;

// clang-format off
struct entry  : named_unit<boost::units::unit<entry_dimension::dimension_type, planning_system>> {};
struct person : named_unit<boost::units::unit<person_dimension::dimension_type, planning_system>> {};
struct case_  : named_unit<boost::units::unit<case_dimension::dimension_type, planning_system>> {};
struct cent   : named_unit<boost::units::unit<money_dimension::dimension_type, planning_system>> {};
struct day    : named_unit<boost::units::unit<day_dimension::dimension_type, planning_system>> {};
struct month  : named_unit<boost::units::unit<month_dimension::dimension_type, planning_system>> {};
// clang-format on

/// The product of two units (entry × month), by its amip name where it has one.
template <class U1, class U2>
using product =
    typename names::name_of<typename boost::units::multiply_typeof_helper<boost_unit<U1>, boost_unit<U2>>::type>::type;
/// The quotient of two units (cent ÷ entry), by its amip name where it has one.
template <class U1, class U2>
using quotient =
    typename names::name_of<typename boost::units::divide_typeof_helper<boost_unit<U1>, boost_unit<U2>>::type>::type;

// clang-format off
struct cent_per_entry         : named_unit<boost::units::divide_typeof_helper<cent::boost_type, entry::boost_type>::type> {};
struct cent_per_person        : named_unit<boost::units::divide_typeof_helper<cent::boost_type, person::boost_type>::type> {};
struct cent_per_case          : named_unit<boost::units::divide_typeof_helper<cent::boost_type, case_::boost_type>::type> {};
struct cent_per_day           : named_unit<boost::units::divide_typeof_helper<cent::boost_type, day::boost_type>::type> {};
struct cent_per_month         : named_unit<boost::units::divide_typeof_helper<cent::boost_type, month::boost_type>::type> {};
struct entry_month            : named_unit<boost::units::multiply_typeof_helper<entry::boost_type, month::boost_type>::type> {};
struct person_month           : named_unit<boost::units::multiply_typeof_helper<person::boost_type, month::boost_type>::type> {};
struct case_month             : named_unit<boost::units::multiply_typeof_helper<case_::boost_type, month::boost_type>::type> {};
struct cent_per_entry_month   : named_unit<boost::units::divide_typeof_helper<cent::boost_type, entry_month::boost_type>::type> {};
struct cent_per_person_month  : named_unit<boost::units::divide_typeof_helper<cent::boost_type, person_month::boost_type>::type> {};
struct cent_per_case_month    : named_unit<boost::units::divide_typeof_helper<cent::boost_type, case_month::boost_type>::type> {};
// clang-format on

}  // namespace units

namespace units::names {
// clang-format off
template <> struct name_of<entry::boost_type>                 { using type = entry; };
template <> struct name_of<person::boost_type>                { using type = person; };
template <> struct name_of<case_::boost_type>                 { using type = case_; };
template <> struct name_of<cent::boost_type>                  { using type = cent; };
template <> struct name_of<day::boost_type>                   { using type = day; };
template <> struct name_of<month::boost_type>                 { using type = month; };
template <> struct name_of<cent_per_entry::boost_type>        { using type = cent_per_entry; };
template <> struct name_of<cent_per_person::boost_type>       { using type = cent_per_person; };
template <> struct name_of<cent_per_case::boost_type>         { using type = cent_per_case; };
template <> struct name_of<cent_per_day::boost_type>          { using type = cent_per_day; };
template <> struct name_of<cent_per_month::boost_type>        { using type = cent_per_month; };
template <> struct name_of<entry_month::boost_type>           { using type = entry_month; };
template <> struct name_of<person_month::boost_type>          { using type = person_month; };
template <> struct name_of<case_month::boost_type>            { using type = case_month; };
template <> struct name_of<cent_per_entry_month::boost_type>  { using type = cent_per_entry_month; };
template <> struct name_of<cent_per_person_month::boost_type> { using type = cent_per_person_month; };
template <> struct name_of<cent_per_case_month::boost_type>   { using type = cent_per_case_month; };
// clang-format on
}  // namespace units::names

namespace units {

/// What amip knows about a unit. Only units with a specialisation here are modelled: a product or
/// quotient of quantities compiles only when its unit is one of them.
///
/// Each specialisation states the unit's `symbol` as to_string() prints it: entries, persons, cases, EUR, days,
/// months; EUR/entry, EUR/person, EUR/case, EUR/day, EUR/month; entry-months, person-months, case-months;
/// EUR/entry-month, EUR/person-month, EUR/case-month. The money units (EUR and EUR per something) also state
/// `is_money = true`.
template <class Unit>
struct unit_traits;  // undefined: not a unit of the planning model

template <class Unit>
concept modelled = requires {
  { unit_traits<Unit>::symbol } -> std::convertible_to<std::string_view>;
};

// clang-format off
// The specialisations are listed in the comment on unit_traits above.
/// @cond
template <> struct unit_traits<entry>  { static constexpr std::string_view symbol = "entries"; };
template <> struct unit_traits<person> { static constexpr std::string_view symbol = "persons"; };
template <> struct unit_traits<case_>  { static constexpr std::string_view symbol = "cases"; };
template <> struct unit_traits<cent>   { static constexpr std::string_view symbol = "EUR"; static constexpr bool is_money = true; };
template <> struct unit_traits<day>    { static constexpr std::string_view symbol = "days"; };
template <> struct unit_traits<month>  { static constexpr std::string_view symbol = "months"; };
template <> struct unit_traits<quotient<cent, entry>>  { static constexpr std::string_view symbol = "EUR/entry";  static constexpr bool is_money = true; };
template <> struct unit_traits<quotient<cent, person>> { static constexpr std::string_view symbol = "EUR/person"; static constexpr bool is_money = true; };
template <> struct unit_traits<quotient<cent, case_>>  { static constexpr std::string_view symbol = "EUR/case";   static constexpr bool is_money = true; };
template <> struct unit_traits<quotient<cent, day>>    { static constexpr std::string_view symbol = "EUR/day";    static constexpr bool is_money = true; };
template <> struct unit_traits<quotient<cent, month>>  { static constexpr std::string_view symbol = "EUR/month";  static constexpr bool is_money = true; };
template <> struct unit_traits<product<entry, month>>  { static constexpr std::string_view symbol = "entry-months"; };
template <> struct unit_traits<product<person, month>> { static constexpr std::string_view symbol = "person-months"; };
template <> struct unit_traits<product<case_, month>>  { static constexpr std::string_view symbol = "case-months"; };
template <> struct unit_traits<quotient<cent, product<entry, month>>>  { static constexpr std::string_view symbol = "EUR/entry-month";  static constexpr bool is_money = true; };
template <> struct unit_traits<quotient<cent, product<person, month>>> { static constexpr std::string_view symbol = "EUR/person-month"; static constexpr bool is_money = true; };
template <> struct unit_traits<quotient<cent, product<case_, month>>>  { static constexpr std::string_view symbol = "EUR/case-month";   static constexpr bool is_money = true; };
/// @endcond
// clang-format on

/// Whether Unit is money or money per something (EUR, EUR/entry, ...): its values are cents, printed in euros.
template <class Unit>
inline constexpr bool is_money_unit = requires {
  requires unit_traits<Unit>::is_money;
};

}  // namespace units

template <class Unit>
class quantity;

namespace detail {
template <class T>
inline constexpr bool is_quantity = false;
template <class Unit>
inline constexpr bool is_quantity<quantity<Unit>> = true;
}  // namespace detail

/// Any amip quantity (a count, money, a time span, a rate).
template <class T>
concept Quantity = detail::is_quantity<std::remove_cvref_t<T>>;

/// An amip quantity of the given unit, e.g. QuantityOf<T, units::entry>.
template <class T, class Unit>
concept QuantityOf = Quantity<T> && std::same_as<typename std::remove_cvref_t<T>::unit_type, Unit>;

/// The exact quotient of two quantities (or of a quantity and an integer) whose unit is Unit.
/// Nothing is rounded until round() is called: rounding in amip is always explicit.
template <class Unit>
class [[nodiscard]] exact_quotient {
 public:
  /// numerator ÷ denominator, in Unit. Throws amip::domain_error when the denominator is 0.
  constexpr exact_quotient(std::int64_t numerator, std::int64_t denominator) : num_{numerator}, den_{denominator} {
    if (den_ == 0) detail::throw_division_by_zero("a quotient of quantities");
  }
  /// Rounded half away from zero: 6'666'666.5 ct -> 6'666'667 ct, -2.5 -> -3.
  [[nodiscard]] constexpr quantity<Unit> round() const {
    return quantity<Unit>::from_value(detail::divide_half_away_from_zero(num_, den_, "a quotient of quantities"));
  }
  /// @name The exact value
  //@{
  /// The quotient is numerator() ÷ denominator(), in Unit, as constructed (not reduced).
  [[nodiscard]] constexpr std::int64_t numerator() const noexcept { return num_; }
  [[nodiscard]] constexpr std::int64_t denominator() const noexcept { return den_; }
  //@}

 private:
  std::int64_t num_;
  std::int64_t den_;
};

/// An integral amount of Unit (a count of entries, persons or cases; euro cents; days; months).
/// Constructed only explicitly: from a unit constant (1'994 * entries), eur()/cents(), or from_value().
template <class Unit>
class quantity {
  static_assert(units::modelled<Unit>,
                "amip: this unit is not one amip models (entries, persons, cases, money, days, months, "
                "money per count or per month, count-months); check the units of your calculation.");

 public:
  /// The unit of the quantity (units::entry, units::cent, units::cent_per_entry, ...).
  using unit_type = Unit;
  /// The representation: a signed 64-bit integer (euro cents for money).
  using rep = std::int64_t;

  /// Zero.
  constexpr quantity() noexcept = default;

  /// The quantity whose value in Unit is `value` (for money: euro cents).
  [[nodiscard]] static constexpr quantity from_value(rep value) noexcept { return quantity{value, tag{}}; }

  /// A raw number is not a quantity: `money m = 100;` and `entry_count n(5);` do not compile.
  template <class T>
  requires(std::is_integral_v<T>)
      AMIP_REJECTED_CONSTRUCTOR(quantity, T,
                                "a quantity is never made from a raw number; state its unit: 5 * amip::entries, "
                                "amip::eur(5), amip::cents(5), or quantity::from_value(5) where the unit is plain");
  /// Never floating point: `money m = 0.9;` does not compile.
  template <class T>
  requires(std::is_floating_point_v<T>)
      AMIP_REJECTED_CONSTRUCTOR(quantity, T,
                                "a quantity is never a floating-point value; counts are whole numbers and money is "
                                "whole euro cents (amip::eur(5), amip::cents(666667))");
  /// Not from an exact quotient: `cost_per<case_count> r = money / cases;` does not compile; call round().
  template <class T>
  requires(std::same_as<T, exact_quotient<Unit>>)
      AMIP_REJECTED_CONSTRUCTOR(quantity, T,
                                "a quotient of quantities is exact; call .round() on it to round half away from zero");
  /// Not from an optional figure: a plan's figure() may have no value; say what happens then. (Exactly an
  /// optional quantity: a template, so that asking whether a quantity converts from something else never asks
  /// std::optional whether it converts from that, which would ask the quantity again.)
  template <class T>
  requires(std::same_as<T, std::optional<quantity>>) AMIP_REJECTED_CONSTRUCTOR(
      quantity, T,
      "this figure is optional (the plan may not know it); use .value_or(...), test it, or ask "
      "the plan for total(), which throws amip::missing_figure");

  /// Adopts a Boost.Units quantity of the same unit.
  constexpr explicit quantity(boost::units::quantity<units::boost_unit<Unit>, rep> const& q) noexcept
      : value_{q.value()} {}

  /// The raw value in Unit (euro cents for money). Explicit on purpose: leaving the type is visible.
  [[nodiscard]] constexpr rep value() const noexcept { return value_; }

  /// The equivalent Boost.Units quantity.
  [[nodiscard]] constexpr boost::units::quantity<units::boost_unit<Unit>, rep> boost() const noexcept {
    return boost::units::quantity<units::boost_unit<Unit>, rep>::from_value(value_);
  }

  /// @name Arithmetic of one kind
  //@{
  /// Quantities of the same unit add, subtract and negate; they scale by an integer (any integral type but bool and
  /// characters). Every operation is overflow-checked and throws amip::overflow_error instead of wrapping. A quantity
  /// divided by an integer is an exact_quotient: nothing is rounded until its round().
  constexpr quantity& operator+=(quantity other) {
    value_ = detail::checked_add(value_, other.value_);
    return *this;
  }
  constexpr quantity& operator-=(quantity other) {
    value_ = detail::checked_sub(value_, other.value_);
    return *this;
  }
  template <Integer I>
  constexpr quantity& operator*=(I factor) {
    value_ = detail::checked_mul(value_, detail::to_int64(factor));
    return *this;
  }

  [[nodiscard]] friend constexpr quantity operator+(quantity a, quantity b) { return a += b; }
  [[nodiscard]] friend constexpr quantity operator-(quantity a, quantity b) { return a -= b; }
  [[nodiscard]] friend constexpr quantity operator-(quantity a) { return from_value(detail::checked_neg(a.value_)); }
  [[nodiscard]] friend constexpr quantity operator+(quantity a) { return a; }

  template <Integer I>
  [[nodiscard]] friend constexpr quantity operator*(quantity a, I factor) {
    return a *= factor;
  }
  template <Integer I>
  [[nodiscard]] friend constexpr quantity operator*(I factor, quantity a) {
    return a *= factor;
  }
  template <Integer I>
  [[nodiscard]] friend constexpr exact_quotient<Unit> operator/(quantity a, I divisor) {
    return {a.value_, detail::to_int64(divisor)};
  }
  //@}
  /// The exact ratio of two quantities of the same kind (a share, a growth factor).
  [[nodiscard]] friend constexpr exact_ratio operator/(quantity a, quantity b) {
    return exact_ratio{a.value_, b.value_};
  }

  /// @name Comparison
  //@{
  /// Quantities of the same unit compare by value; quantities of different units do not compare at all.
  friend constexpr bool operator==(quantity, quantity) noexcept = default;
  friend constexpr auto operator<=>(quantity, quantity) noexcept = default;
  //@}

 private:
  struct tag {};
  constexpr quantity(rep value, tag) noexcept : value_{value} {}
  rep value_{};
};

using entry_count = quantity<units::entry>;    ///< Eintritte: entries into a measure during a year (a flow).
using person_count = quantity<units::person>;  ///< Teilnehmende, Bestand: people in a measure at a time (a stock).
using case_count = quantity<units::case_>;     ///< Förderfälle: funded cases.
using money = quantity<units::cent>;           ///< Money in integral euro cents.
using day_count = quantity<units::day>;        ///< A time span in days (e.g. contact every 14 days).
using month_count = quantity<units::month>;    ///< A time span in months (e.g. the duration of a measure).

/// Money per one unit of Count: cost_per<entry_count> is a cost per entry, in cents.
template <Quantity Count>
using cost_per = quantity<units::quotient<units::cent, typename Count::unit_type>>;

/// A count of the planning model: entries, persons or cases (a bare number in reports, a "Fälle" column in files).
template <class Q>
concept Count = QuantityOf<Q, units::entry> || QuantityOf<Q, units::person> || QuantityOf<Q, units::case_>;

namespace detail {
/// The value of a quantity without its unit, as plain ASCII: "1994" for 1994 entries, "-1.50" for -1,50 EUR.
template <class Unit>
[[nodiscard]] std::string value_text(quantity<Unit> q) {
  auto const v = q.value();
  if constexpr (units::is_money_unit<Unit>) {
    auto const magnitude = v < 0 ? -static_cast<int128>(v) : static_cast<int128>(v);
    auto const fraction = static_cast<unsigned>(magnitude % 100);
    return (v < 0 ? "-" : "") + std::to_string(static_cast<std::uint64_t>(magnitude / 100)) + '.' +
           (fraction < 10 ? "0" : "") + std::to_string(fraction);
  } else {
    return std::to_string(v);
  }
}

/// A quantity as the messages of errors and findings print it: counts and time spans as a plain integer ("4444",
/// as files state them), money as reports print it, in euros with two decimals ("25.790.500,05 €"; a rate
/// "6.666,67 €/case"), never as raw cents.
template <class Unit>
[[nodiscard]] std::string message_text(quantity<Unit> q) {
  if constexpr (units::is_money_unit<Unit>) {
    std::string out;
    number_text::append_fixed(out, q.value(), 2, language::german);
    std::string_view const symbol = units::unit_traits<Unit>::symbol;  // "EUR", "EUR/case"
    return out + " €" + std::string(symbol.substr(3));
  } else {
    return std::to_string(q.value());
  }
}
}  // namespace detail

/// The value and the unit, plain ASCII: "1994 entries", "1460000.00 EUR", "6666.67 EUR/case". (Reports format
/// numbers for people: amip/report/number_format.hpp.) Streams: amip/report/ostream.hpp.
template <class Unit>
[[nodiscard]] std::string to_string(quantity<Unit> q) {
  return detail::value_text(q) + ' ' + std::string(units::unit_traits<Unit>::symbol);
}

/// A product of two quantities, where the planning model gives it a meaning (a cost per entry times entries is
/// money; entries times months are entry-months). Other products do not compile.
template <class U1, class U2>
[[nodiscard]] constexpr quantity<units::product<U1, U2>> operator*(
    quantity<U1> a, quantity<U2> b) requires units::modelled<units::product<U1, U2>> {
  return quantity<units::product<U1, U2>>::from_value(detail::checked_mul(a.value(), b.value()));
}

template <class U1, class U2>
requires(!units::modelled<units::product<U1, U2>>) AMIP_REJECTED(
    "this product of quantities has no meaning in the planning model; a rate applies only to the count "
    "it is a rate of (a cost per entry times entries gives money, not a cost per entry times persons)")
operator*(quantity<U1>, quantity<U2>) AMIP_DELETED;

/// The exact quotient of two quantities of different kinds (money per entry); call round() on it.
template <class U1, class U2>
[[nodiscard]] constexpr exact_quotient<units::quotient<U1, U2>> operator/(quantity<U1> a, quantity<U2> b) requires(
    !std::same_as<U1, U2> && units::modelled<units::quotient<U1, U2>>) {
  return {a.value(), b.value()};
}

template <class U1, class U2>
requires(!std::same_as<U1, U2> && !units::modelled<units::quotient<U1, U2>>) AMIP_REJECTED(
    "this quotient of quantities has no meaning in the planning model; divide money by a count (a cost "
    "per entry) or two quantities of the same kind (a share)")
operator/(quantity<U1>, quantity<U2>) AMIP_DELETED;

// Quantities of different kinds never mix: entries + money, entries + persons, entries == persons. These overloads
// only reject (core/diagnostics.hpp): std traits and concepts see no such operation. `<` and the others are spelled
// out so that they, not a rewritten `(a <=> b) < 0`, carry the sentence.
template <class U1, class U2>
requires(!std::same_as<U1, U2>)
    AMIP_REJECTED("cannot add quantities of different kinds (for example entries and money, or entries and persons)")
operator+(quantity<U1>, quantity<U2>) AMIP_DELETED;
template <class U1, class U2>
requires(!std::same_as<U1, U2>)
    AMIP_REJECTED("cannot subtract quantities of different kinds (for example money from entries)")
operator-(quantity<U1>, quantity<U2>) AMIP_DELETED;
template <class U1, class U2>
requires(!std::same_as<U1, U2>)
    AMIP_REJECTED("cannot compare quantities of different kinds (for example entries with persons)")
operator==(quantity<U1>, quantity<U2>) AMIP_DELETED;
template <class U1, class U2>
requires(!std::same_as<U1, U2>)
    AMIP_REJECTED("cannot compare quantities of different kinds (for example entries with persons)")
operator<=>(quantity<U1>, quantity<U2>) AMIP_DELETED;
template <class U1, class U2>
requires(!std::same_as<U1, U2>)
    AMIP_REJECTED("cannot compare quantities of different kinds (for example entries with persons)")
operator<(quantity<U1>, quantity<U2>) AMIP_DELETED;
template <class U1, class U2>
requires(!std::same_as<U1, U2>)
    AMIP_REJECTED("cannot compare quantities of different kinds (for example entries with persons)")
operator<=(quantity<U1>, quantity<U2>) AMIP_DELETED;
template <class U1, class U2>
requires(!std::same_as<U1, U2>)
    AMIP_REJECTED("cannot compare quantities of different kinds (for example entries with persons)")
operator>(quantity<U1>, quantity<U2>) AMIP_DELETED;
template <class U1, class U2>
requires(!std::same_as<U1, U2>)
    AMIP_REJECTED("cannot compare quantities of different kinds (for example entries with persons)")
operator>=(quantity<U1>, quantity<U2>) AMIP_DELETED;

// A raw number is not a quantity: write 5 * amip::entries or amip::eur(5), not 5.
template <class U, class T>
requires(std::is_arithmetic_v<T>)
    AMIP_REJECTED("cannot add a raw number to a quantity; state its unit (5 * amip::entries, amip::eur(5))")
operator+(quantity<U>, T) AMIP_DELETED;
template <class U, class T>
requires(std::is_arithmetic_v<T>)
    AMIP_REJECTED("cannot add a raw number to a quantity; state its unit (5 * amip::entries, amip::eur(5))")
operator+(T, quantity<U>) AMIP_DELETED;
template <class U, class T>
requires(std::is_arithmetic_v<T>)
    AMIP_REJECTED("cannot subtract a raw number from a quantity; state its unit (5 * amip::entries, amip::eur(5))")
operator-(quantity<U>, T) AMIP_DELETED;

// Scaled by whole numbers only: money * 0.9 would round in silence.
template <class U, class F>
requires(std::is_floating_point_v<F>) AMIP_REJECTED(
    "a quantity is never scaled by a floating-point value; scale by an integer, or by an exact ratio "
    "(amip::percent(90), amip::exact_ratio{9, 10}) and round the result explicitly")
operator*(quantity<U>, F) AMIP_DELETED;
template <class U, class F>
requires(std::is_floating_point_v<F>) AMIP_REJECTED(
    "a quantity is never scaled by a floating-point value; scale by an integer, or by an exact ratio "
    "(amip::percent(90), amip::exact_ratio{9, 10}) and round the result explicitly")
operator*(F, quantity<U>) AMIP_DELETED;
template <class U, class F>
requires(std::is_floating_point_v<F>)
    AMIP_REJECTED("a quantity is never divided by a floating-point value; divide by an integer and round explicitly")
operator/(quantity<U>, F) AMIP_DELETED;

// An optional figure (basic_plan::figure) is not a quantity.
template <class U1, class U2>
AMIP_REJECTED(
    "this figure is optional (the plan may not know it); use .value_or(...), test it, or ask the plan "
    "for total(), which throws amip::missing_figure")
operator+(quantity<U1>, std::optional<quantity<U2>>) AMIP_DELETED;
template <class U1, class U2>
AMIP_REJECTED(
    "this figure is optional (the plan may not know it); use .value_or(...), test it, or ask the plan "
    "for total(), which throws amip::missing_figure")
operator+(std::optional<quantity<U1>>, quantity<U2>) AMIP_DELETED;
template <class U1, class U2>
AMIP_REJECTED(
    "this figure is optional (the plan may not know it); use .value_or(...), test it, or ask the plan "
    "for total(), which throws amip::missing_figure")
operator+(std::optional<quantity<U1>>, std::optional<quantity<U2>>) AMIP_DELETED;
template <class U1, class U2>
AMIP_REJECTED(
    "this figure is optional (the plan may not know it); use .value_or(...), test it, or ask the plan "
    "for total(), which throws amip::missing_figure")
operator-(std::optional<quantity<U1>>, std::optional<quantity<U2>>) AMIP_DELETED;

/// A unit constant: multiply an integer by it to make a quantity (1'994 * amip::entries).
template <class Unit>
struct unit_constant final {
  /// The unit of the quantities this constant makes.
  using unit_type = Unit;

  /// @name Making a quantity
  //@{
  /// n * unit and unit * n: the quantity of n units (n of any integral type but bool and characters).
  template <Integer I>
  [[nodiscard]] friend constexpr quantity<Unit> operator*(I n, unit_constant) {
    return quantity<Unit>::from_value(detail::to_int64(n));
  }
  template <Integer I>
  [[nodiscard]] friend constexpr quantity<Unit> operator*(unit_constant, I n) {
    return quantity<Unit>::from_value(detail::to_int64(n));
  }
  //@}
  template <class T>
  requires(std::is_arithmetic_v<T> && !Integer<T>) friend AMIP_REJECTED(
      "counts are whole numbers; multiply a unit by an integer, not by a floating-point value, a "
      "bool or a character")
  operator*(T, unit_constant) AMIP_DELETED;
  template <class T>
  requires(std::is_arithmetic_v<T> && !Integer<T>) friend AMIP_REJECTED(
      "counts are whole numbers; multiply a unit by an integer, not by a floating-point value, a "
      "bool or a character")
  operator*(unit_constant, T) AMIP_DELETED;
};

inline constexpr unit_constant<units::entry> entries{};   ///< 1'994 * entries
inline constexpr unit_constant<units::person> persons{};  ///< 390 * persons
inline constexpr unit_constant<units::case_> cases{};     ///< 219 * cases
inline constexpr unit_constant<units::day> days{};        ///< 14 * days
inline constexpr unit_constant<units::month> months{};    ///< 6 * months

/// Whole euros as money: eur(1'460'000). Integers only; money is never floating point.
template <Integer I>
[[nodiscard]] constexpr money eur(I euros) {
  return money::from_value(detail::checked_mul(detail::to_int64(euros), 100));
}
template <class T>
requires(std::is_arithmetic_v<T> && !Integer<T>) AMIP_REJECTED(
    "money is counted in whole euro cents; pass an integer number of euros to amip::eur, never a "
    "floating-point value (use amip::cents for amounts with cents)")
eur(T) AMIP_DELETED;

/// Euro cents as money: cents(666'667) is 6.666,67 €.
template <Integer I>
[[nodiscard]] constexpr money cents(I amount) {
  return money::from_value(detail::to_int64(amount));
}
template <class T>
requires(std::is_arithmetic_v<T> && !Integer<T>)
    AMIP_REJECTED("money is counted in whole euro cents; pass an integer to amip::cents, never a floating-point value")
cents(T) AMIP_DELETED;

/// User-defined literals of money: 1'460'000_eur, 50_ct (using namespace amip::literals).
namespace literals {
/// 1'460'000_eur
[[nodiscard]] consteval money operator""_eur(unsigned long long euros) { return eur(euros); }
/// 50_ct
[[nodiscard]] consteval money operator""_ct(unsigned long long amount) { return cents(amount); }
}  // namespace literals

}  // namespace amip

namespace amip {
/// The change of a figure against a prior one of the same kind (entries 2026 against entries 2025).
template <class Unit>
[[nodiscard]] constexpr relative_change change_of(quantity<Unit> now, quantity<Unit> prior) {
  return relative_change::between(now.value(), prior.value());
}
/// The change in tenths of a percent (170 for 17,0 %), or nothing when the prior is 0 and `now` is not.
template <class Unit>
[[nodiscard]] constexpr std::optional<std::int64_t> change_in_tenths_of_percent(quantity<Unit> now,
                                                                                quantity<Unit> prior) {
  return change_of(now, prior).tenths_of_percent();
}

namespace detail {
// q · n / d as an exact quotient in lowest terms (n/d in lowest terms, d > 0): the factor q and d have in common
// is cancelled first, so the numerator overflows (amip::overflow_error) only where q · n / gcd(q, d) leaves 64 bits.
template <class Unit>
[[nodiscard]] constexpr exact_quotient<Unit> scaled_exactly(quantity<Unit> q, std::int64_t n, std::int64_t d) {
  auto const v = q.value();
  auto const magnitude = v < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
  auto const common = static_cast<std::int64_t>(std::gcd(magnitude, static_cast<std::uint64_t>(d)));  // 1 <= it <= d
  return {checked_mul(v / common, n), d / common};
}
}  // namespace detail

/// A quantity times an exact ratio, exactly: (need * percent(90)).round() is 90 % of a need, rounded half away
/// from zero once; (360 * entries * percent(50)).round() is 180 entries. Nothing is rounded before round().
template <class Unit>
[[nodiscard]] constexpr exact_quotient<Unit> operator*(quantity<Unit> q, exact_ratio r) {
  return detail::scaled_exactly(q, r.numerator(), r.denominator());
}
/// The same with the ratio first.
template <class Unit>
[[nodiscard]] constexpr exact_quotient<Unit> operator*(exact_ratio r, quantity<Unit> q) {
  return q * r;
}
/// A quantity divided by an exact ratio, exactly: (cost / percent(90)).round() is the whole of which cost is 90 %.
/// Throws amip::domain_error when the ratio is zero.
template <class Unit>
[[nodiscard]] constexpr exact_quotient<Unit> operator/(quantity<Unit> q, exact_ratio r) {
  if (r.numerator() == 0) detail::throw_division_by_zero("a quantity divided by a ratio");
  if (r.numerator() < 0) return detail::scaled_exactly(-q, r.denominator(), detail::checked_neg(r.numerator()));
  return detail::scaled_exactly(q, r.denominator(), r.numerator());
}
}  // namespace amip
