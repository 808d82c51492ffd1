// Estimates: demand given as a range ("15 bis 30") and figures the seed marks "rd." (about).
//
// Synopsis
//
//   namespace amip {
//   template <class Q> class estimate_range;           // Bedarfsschätzung: the closed interval [low, high] of Q
//     estimate_range();                                //   0 to 0, the start of a sum
//     explicit estimate_range(Q value);                //   a single value: value to value
//     estimate_range(Q low, Q high);                   //   throws amip::domain_error if low > high
//     Q low(), high(), width();                        //   width() is high - low
//     bool contains(Q q);                              //   low <= q <= high
//     exact_quotient<Q::unit_type> midpoint();         //   (low + high) / 2, exact; call .round()
//     r + s        the range of sums: low + low to high + high (interval arithmetic)
//     r + q, q + r the range shifted by q
//     r * n, n * r each bound times n, n an integer >= 0 (throws amip::domain_error for n < 0)
//     r == s       same bounds
//     to_string(r) "15 to 30 persons" (streams: amip/report/ostream.hpp)
//   constexpr estimate_range<Q> between(Q low, Q high); // between(15 * persons, 30 * persons)
//
//   template <class T> class approximate;              // rd.: a figure the source gives as "about"
//     constexpr T const& value();                      //   the figure; never converts to T on its own
//     static constexpr bool is_approximate();          //   always true
//     a == b                                           //   compares the values
//   constexpr approximate<T> about(T value);           // about(2'500 * entries): "rd. 2.500"
//   }
//
// Everything is constexpr and overflow-checked through the quantities' own operators; ranges and
// approximate figures of different kinds never mix, and nothing is rounded until round() is called.
#pragma once

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <amip/core/checked.hpp>
#include <amip/core/diagnostics.hpp>
#include <amip/core/quantity.hpp>

namespace amip {

namespace detail {

template <class Unit>
[[noreturn]] void throw_reversed_estimate(quantity<Unit> low, quantity<Unit> high) {
  throw domain_error("amip: the low bound of an estimate range (" + to_string(low) + ") is above its high bound (" +
                     to_string(high) + ")");
}

[[noreturn]] inline void throw_negative_estimate_factor(std::int64_t factor) {
  throw domain_error("amip: an estimate range is scaled only by an integer of 0 or more, not by " +
                     std::to_string(factor) + ", which would swap its bounds");
}

}  // namespace detail

/// Bedarfsschätzung: a demand estimate given as a closed interval of a quantity, "15 bis 30" persons.
///
/// Q is any amip quantity (person_count for the seed's § 16a table). The interval always has low() <= high();
/// a single value is the degenerate range from that value to itself. Arithmetic is interval arithmetic, checked
/// for overflow by the quantity's own operators.
template <class Q>
class estimate_range {
  static_assert(Quantity<Q> && std::same_as<Q, std::remove_cvref_t<Q>>,
                "amip: an estimate_range is a range of an amip quantity; write estimate_range<amip::person_count> "
                "or amip::between(15 * amip::persons, 30 * amip::persons), not a range of a raw number.");

 public:
  /// The quantity of the bounds (person_count for the § 16a table).
  using quantity_type = Q;

  /// The range from 0 to 0: the start of a sum of ranges.
  constexpr estimate_range() noexcept = default;

  /// The degenerate range from `value` to `value`.
  constexpr explicit estimate_range(Q value) noexcept : low_{value}, high_{value} {}

  /// The range from `low` to `high`, both included; throws amip::domain_error naming both bounds if low > high.
  constexpr estimate_range(Q low, Q high) : low_{low}, high_{high} {
    if (high_ < low_) detail::throw_reversed_estimate(low_, high_);
  }

  /// Bounds of different kinds (entries to persons) do not make a range.
  template <class L, class H>
  requires(!std::same_as<L, Q> || !std::same_as<H, Q>) AMIP_REJECTED_CONSTRUCTOR_N(
      estimate_range,
      "both bounds of an estimate range are quantities of one kind, that of the range; write "
      "amip::between(15 * amip::persons, 30 * amip::persons)",
      L, H);

  /// The low bound (the "15" of "15 bis 30").
  [[nodiscard]] constexpr Q low() const noexcept { return low_; }
  /// The high bound (the "30" of "15 bis 30").
  [[nodiscard]] constexpr Q high() const noexcept { return high_; }
  /// high() - low(), 0 for a single value; throws amip::overflow_error if it leaves std::int64_t.
  [[nodiscard]] constexpr Q width() const { return high_ - low_; }

  /// Whether low() <= q <= high().
  [[nodiscard]] constexpr bool contains(Q q) const noexcept { return low_ <= q && q <= high_; }
  template <class T>
  requires(!std::same_as<T, Q>) AMIP_REJECTED(
      "an estimate range contains only quantities of its own kind; state the unit (20 * amip::persons) "
      "and do not ask a persons range about entries")
  contains(T const&) const AMIP_DELETED;

  /// The exact midpoint (low + high) / 2 as an exact_quotient of Q's unit: nothing is rounded until
  /// .round(), half away from zero. 15 to 30 persons gives 45/2 (rounded: 23 persons), 450 to 500 gives 475/1.
  /// The sum is formed in 128 bits; amip::overflow_error only when an odd sum does not fit std::int64_t.
  [[nodiscard]] constexpr auto midpoint() const {
    using unit = typename Q::unit_type;
    detail::int128 const sum = detail::int128{low_.value()} + high_.value();
    if (sum % 2 == 0) return exact_quotient<unit>{static_cast<std::int64_t>(sum / 2), 1};
    return exact_quotient<unit>{detail::checked_narrow(sum, "the midpoint of an estimate range"), 2};
  }

  /// Adds another range: the bounds add, low to low and high to high (overflow-checked).
  constexpr estimate_range& operator+=(estimate_range other) {
    low_ += other.low_;
    high_ += other.high_;
    return *this;
  }
  /// Shifts both bounds by a quantity of its kind.
  constexpr estimate_range& operator+=(Q shift) {
    low_ += shift;
    high_ += shift;
    return *this;
  }

  /// The range of sums: from low + low to high + high ("15 bis 30" + "100 bis 150" is "115 bis 180").
  [[nodiscard]] friend constexpr estimate_range operator+(estimate_range a, estimate_range b) { return a += b; }
  /// The range shifted by a quantity of its kind.
  [[nodiscard]] friend constexpr estimate_range operator+(estimate_range a, Q shift) { return a += shift; }
  /// The same with the shift first.
  [[nodiscard]] friend constexpr estimate_range operator+(Q shift, estimate_range a) { return a += shift; }

  /// Each bound times `factor` (an integer of 0 or more; a negative factor throws amip::domain_error).
  template <Integer I>
  [[nodiscard]] friend constexpr estimate_range operator*(estimate_range r, I factor) {
    if constexpr (std::is_signed_v<I>) {
      if (factor < 0) detail::throw_negative_estimate_factor(detail::to_int64(factor));
    }
    r.low_ *= factor;
    r.high_ *= factor;
    return r;
  }
  /// The same with the factor first.
  template <Integer I>
  [[nodiscard]] friend constexpr estimate_range operator*(I factor, estimate_range r) {
    return r * factor;
  }

  template <class T>
  requires(!Integer<T>) friend AMIP_REJECTED(
      "an estimate range is scaled only by a whole number of 0 or more, not by a floating-point "
      "value, a bool, a character, a quantity or a range")
  operator*(estimate_range, T) AMIP_DELETED;
  template <class T>
  requires(!Integer<T> && !std::same_as<T, estimate_range>) friend AMIP_REJECTED(
      "an estimate range is scaled only by a whole number of 0 or more, not by a floating-point "
      "value, a bool, a character, a quantity or a range")
  operator*(T, estimate_range) AMIP_DELETED;

  /// The same bounds.
  friend constexpr bool operator==(estimate_range, estimate_range) noexcept = default;

  /// Both bounds and the unit once: "15 to 30 persons", "1.00 to 2.50 EUR" (a single value: "15 to 15 persons").
  [[nodiscard]] friend std::string to_string(estimate_range r) {
    using unit = typename Q::unit_type;
    return detail::value_text(r.low_) + " to " + detail::value_text(r.high_) + ' ' +
           std::string(units::unit_traits<unit>::symbol);
  }

 private:
  Q low_{};
  Q high_{};
};

/// estimate_range{15 * persons, 30 * persons} deduces a range of the bounds' kind (estimate_range<person_count>).
template <class L, class H>
estimate_range(L, H) -> estimate_range<L>;

/// The demand estimate from `low` to `high` ("15 bis 30": between(15 * persons, 30 * persons)); throws
/// amip::domain_error if low > high.
template <Quantity Q>
[[nodiscard]] constexpr estimate_range<Q> between(Q low, Q high) {
  return estimate_range<Q>{low, high};
}
template <class L, class H>
requires(!Quantity<L> || !Quantity<H>) AMIP_REJECTED(
    "between() takes two quantities with their unit: amip::between(15 * amip::persons, 30 * amip::persons)")
between(L, H) AMIP_DELETED;
template <Quantity L, Quantity H>
requires(!std::same_as<L, H>) AMIP_REJECTED(
    "both bounds of an estimate range are quantities of one kind; an entries bound and a persons bound "
    "do not make a range")
between(L, H) AMIP_DELETED;

// Ranges of different kinds never add (an entries range and a persons range).
template <class Q1, class Q2>
requires(!std::same_as<Q1, Q2>) AMIP_REJECTED(
    "cannot add estimate ranges of different kinds (for example an entries range and a persons range); "
    "each range sums only with ranges of its own quantity")
operator+(estimate_range<Q1>, estimate_range<Q2>) AMIP_DELETED;
template <class Q, class U>
requires(!std::same_as<Q, quantity<U>>)
    AMIP_REJECTED("cannot shift an estimate range by a quantity of another kind (a persons range by entries)")
operator+(estimate_range<Q>, quantity<U>) AMIP_DELETED;
template <class U, class Q>
requires(!std::same_as<Q, quantity<U>>)
    AMIP_REJECTED("cannot shift an estimate range by a quantity of another kind (a persons range by entries)")
operator+(quantity<U>, estimate_range<Q>) AMIP_DELETED;
template <class Q1, class Q2>
requires(!std::same_as<Q1, Q2>)
    AMIP_REJECTED("cannot compare estimate ranges of different kinds (an entries range with a persons range)")
operator==(estimate_range<Q1>, estimate_range<Q2>) AMIP_DELETED;

template <class T>
class approximate;

namespace detail {
template <class T>
inline constexpr bool is_approximate = false;
template <class T>
inline constexpr bool is_approximate<approximate<T>> = true;
}  // namespace detail

/// rd. ("rund", about): a figure the source gives only approximately, "rd. 2.500" entries, "rd. 50%".
///
/// T is any value type (a quantity, an exact_ratio, an estimate_range). The figure is read with value(); there
/// is no implicit conversion to T, so a caller cannot use an approximate figure as an exact one by accident.
template <class T>
class approximate {
  static_assert(std::is_object_v<T> && std::same_as<T, std::remove_cv_t<T>>,
                "amip: approximate<T> holds a value; T is a plain value type, not a reference or a const type.");
  static_assert(!detail::is_approximate<T>,
                "amip: a figure is approximate once; approximate<approximate<T>> is "
                "the same as approximate<T>, so use that.");

 public:
  /// The type of the value stated approximately (an exact_ratio, a quantity).
  using value_type = T;

  /// The figure `value`, marked approximate. Explicit: an exact figure does not become approximate silently.
  constexpr explicit approximate(T value) noexcept(std::is_nothrow_move_constructible_v<T>)
      : value_{std::move(value)} {}

  /// The figure as the source gives it ("rd. 2.500" -> 2'500 entries).
  [[nodiscard]] constexpr T const& value() const noexcept { return value_; }

  /// Always true: an approximate<T> is a figure the source marks "rd.".
  [[nodiscard]] static constexpr bool is_approximate() noexcept { return true; }

  /// Two approximate figures are equal when their values are; an approximate figure is not compared with an exact
  /// one (compare value() explicitly).
  friend constexpr bool operator==(approximate const&, approximate const&) = default;

 private:
  T value_;
};

/// Marks a figure as approximate: about(2'500 * entries) for "rd. 2.500", about(percent(50)) for "rd. 50%".
template <class T>
[[nodiscard]] constexpr approximate<T> about(T value) {
  return approximate<T>{std::move(value)};
}

}  // namespace amip
