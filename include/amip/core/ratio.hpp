// Exact ratios: shares, percentages and the change of a plan against a prior figure (the core layer).
//
// Synopsis
//
//   namespace amip {
//   class exact_ratio;                                // n/d in lowest terms, d > 0; compares exactly
//     a + b, a - b, a * b, a / b, -a, +=, -=, *=, /=   exact, in lowest terms; also with an integer on either side
//     a == n, a <=> n                                  against a whole number
//                                                      // overflow throws amip::overflow_error, ÷ 0 domain_error
//   constexpr exact_ratio percent(Integer p);         // p/100: percent(50) is one half; percent(50.9) does not compile
//   constexpr exact_ratio share(part, whole);         // part/whole of two counts (whole != 0)
//   class relative_change;                            // (plan - prior) / prior, or "no value" when prior is 0
//   constexpr relative_change change_of(plan, prior);
//   constexpr std::optional<std::int64_t> change_in_tenths_of_percent(plan, prior);   // 170 for 17,0 %
//   }
//
// A quantity times a ratio (90 % of a need: (need * percent(90)).round()) is in quantity.hpp.
// Nothing here is floating point. Rounding happens once, when a ratio is brought to a scale
// (tenths of a percent for Anlage 1's "Vergleich"), and always half away from zero.
#pragma once

#include <compare>
#include <cstdint>
#include <numeric>
#include <optional>
#include <type_traits>

#include <amip/core/checked.hpp>
#include <amip/core/diagnostics.hpp>
#include <amip/core/integer.hpp>

namespace amip {

/// An exact rational number n/d with d > 0, kept in lowest terms.
class exact_ratio {
 public:
  /// Zero.
  constexpr exact_ratio() noexcept = default;

  /// numerator / denominator; throws amip::domain_error for a zero denominator. Integers only: a floating-point
  /// term does not compile.
  template <Integer N, Integer D>
  constexpr exact_ratio(N numerator, D denominator) {
    auto n = detail::to_int64(numerator);
    auto d = detail::to_int64(denominator);
    if (d == 0) detail::throw_division_by_zero("an exact ratio");
    if (d < 0) {
      n = detail::checked_neg(n);
      d = detail::checked_neg(d);
    }
    auto const divisor = static_cast<std::int64_t>(std::gcd(magnitude(n), magnitude(d)));  // <= d, so it fits
    num_ = n / divisor;
    den_ = d / divisor;
  }

  /// @name Terms
  //@{
  /// The terms in lowest terms, the sign on the numerator: exact_ratio{-2, -4} has numerator() 1, denominator() 2.
  [[nodiscard]] constexpr std::int64_t numerator() const noexcept { return num_; }
  [[nodiscard]] constexpr std::int64_t denominator() const noexcept { return den_; }
  //@}

  /// The ratio times `scale`, rounded half away from zero: r.scaled_to(1000) is r in tenths of a percent.
  [[nodiscard]] constexpr std::int64_t scaled_to(std::int64_t scale) const {
    return detail::divide_half_away_from_zero(static_cast<detail::int128>(num_) * scale, den_, "scaling a ratio");
  }

  /// In tenths of a percent, rounded half away from zero: 1236/7274 -> 170 (17,0 %).
  [[nodiscard]] constexpr std::int64_t tenths_of_percent() const { return scaled_to(1000); }

  /// @name Comparison
  //@{
  /// Ratios compare by value, exactly (128-bit cross products): percent(50) == share(1, 2), percent(5) < percent(10).
  friend constexpr bool operator==(exact_ratio, exact_ratio) noexcept = default;
  friend constexpr std::strong_ordering operator<=>(exact_ratio a, exact_ratio b) noexcept {
    return static_cast<detail::int128>(a.num_) * b.den_ <=> static_cast<detail::int128>(b.num_) * a.den_;
  }
  /// A ratio against a whole number: percent(150) > 1, share(2, 4) == exact_ratio{1, 2}.
  template <Integer I>
  friend constexpr bool operator==(exact_ratio a, I b) {
    return a == exact_ratio{b, 1};
  }
  template <Integer I>
  friend constexpr std::strong_ordering operator<=>(exact_ratio a, I b) {
    return a <=> exact_ratio{b, 1};
  }
  //@}

  /// @name Arithmetic
  //@{
  /// Arithmetic: exact, in lowest terms, never rounded. The intermediate products are 128-bit; a result whose
  /// terms do not fit 64 bits throws amip::overflow_error, a division by zero amip::domain_error (in a constant
  /// expression, either is a compile error).

  [[nodiscard]] friend constexpr exact_ratio operator+(exact_ratio a) noexcept { return a; }
  [[nodiscard]] friend constexpr exact_ratio operator-(exact_ratio a) {
    return from_terms(-static_cast<detail::int128>(a.num_), a.den_, "negating a ratio");
  }
  /// a/b + c/d = (a·d + c·b) / (b·d): percent(50) - percent(5) == percent(45).
  [[nodiscard]] friend constexpr exact_ratio operator+(exact_ratio a, exact_ratio b) {
    using detail::int128;
    return from_terms(static_cast<int128>(a.num_) * b.den_ + static_cast<int128>(b.num_) * a.den_,
                      static_cast<int128>(a.den_) * b.den_, "adding ratios");
  }
  [[nodiscard]] friend constexpr exact_ratio operator-(exact_ratio a, exact_ratio b) {
    using detail::int128;
    return from_terms(static_cast<int128>(a.num_) * b.den_ - static_cast<int128>(b.num_) * a.den_,
                      static_cast<int128>(a.den_) * b.den_, "subtracting ratios");
  }
  [[nodiscard]] friend constexpr exact_ratio operator*(exact_ratio a, exact_ratio b) {
    using detail::int128;
    return from_terms(static_cast<int128>(a.num_) * b.num_, static_cast<int128>(a.den_) * b.den_, "multiplying ratios");
  }
  /// Throws amip::domain_error when b is zero.
  [[nodiscard]] friend constexpr exact_ratio operator/(exact_ratio a, exact_ratio b) {
    using detail::int128;
    if (b.num_ == 0) detail::throw_division_by_zero("a quotient of exact ratios");
    return from_terms(static_cast<int128>(a.num_) * b.den_, static_cast<int128>(a.den_) * b.num_, "dividing ratios");
  }
  constexpr exact_ratio& operator+=(exact_ratio b) { return *this = *this + b; }
  constexpr exact_ratio& operator-=(exact_ratio b) { return *this = *this - b; }
  constexpr exact_ratio& operator*=(exact_ratio b) { return *this = *this * b; }
  constexpr exact_ratio& operator/=(exact_ratio b) { return *this = *this / b; }
  template <Integer I>
  constexpr exact_ratio& operator+=(I b) {
    return *this = *this + b;
  }
  template <Integer I>
  constexpr exact_ratio& operator-=(I b) {
    return *this = *this - b;
  }
  template <Integer I>
  constexpr exact_ratio& operator*=(I b) {
    return *this = *this * b;
  }
  template <Integer I>
  constexpr exact_ratio& operator/=(I b) {
    return *this = *this / b;
  }

  /// With a whole number on either side: 1 - percent(10) == percent(90), percent(5) * 3 == percent(15).
  template <Integer I>
  [[nodiscard]] friend constexpr exact_ratio operator+(exact_ratio a, I b) {
    return a + exact_ratio{b, 1};
  }
  template <Integer I>
  [[nodiscard]] friend constexpr exact_ratio operator+(I a, exact_ratio b) {
    return exact_ratio{a, 1} + b;
  }
  template <Integer I>
  [[nodiscard]] friend constexpr exact_ratio operator-(exact_ratio a, I b) {
    return a - exact_ratio{b, 1};
  }
  template <Integer I>
  [[nodiscard]] friend constexpr exact_ratio operator-(I a, exact_ratio b) {
    return exact_ratio{a, 1} - b;
  }
  template <Integer I>
  [[nodiscard]] friend constexpr exact_ratio operator*(exact_ratio a, I b) {
    return a * exact_ratio{b, 1};
  }
  template <Integer I>
  [[nodiscard]] friend constexpr exact_ratio operator*(I a, exact_ratio b) {
    return exact_ratio{a, 1} * b;
  }
  template <Integer I>
  [[nodiscard]] friend constexpr exact_ratio operator/(exact_ratio a, I b) {
    return a / exact_ratio{b, 1};
  }
  template <Integer I>
  [[nodiscard]] friend constexpr exact_ratio operator/(I a, exact_ratio b) {
    return exact_ratio{a, 1} / b;
  }
  //@}

 private:
  // n/d from 128-bit terms (d != 0): the sign to the numerator, lowest terms, then each term narrowed to 64 bits.
  [[nodiscard]] static constexpr exact_ratio from_terms(detail::int128 n, detail::int128 d, char const* what) {
    if (d < 0) {
      n = -n;
      d = -d;
    }
    // Both terms come from products of two int64 (|n| < 2^127 even for sums of two such products, d <= 2^126),
    // so neither negation overflows.
    auto a = static_cast<detail::uint128>(n < 0 ? -n : n);
    auto b = static_cast<detail::uint128>(d);
    while (b != 0) {  // Euclid: a ends as gcd(|n|, d), at least 1 because d > 0
      auto const r = a % b;
      a = b;
      b = r;
    }
    auto const divisor = static_cast<detail::int128>(a);
    exact_ratio r;
    r.num_ = detail::checked_narrow(n / divisor, what);
    r.den_ = detail::checked_narrow(d / divisor, what);
    return r;
  }

  // |v| without overflow (std::gcd of INT64_MIN is undefined behaviour; its magnitude fits uint64).
  [[nodiscard]] static constexpr std::uint64_t magnitude(std::int64_t v) noexcept {
    return v < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
  }

  std::int64_t num_{0};
  std::int64_t den_{1};
};

/// p percent as an exact ratio: percent(50) == exact_ratio{1, 2}. Integers only.
template <Integer I>
[[nodiscard]] constexpr exact_ratio percent(I p) {
  return exact_ratio{p, 100};
}

/// Not from a floating-point value: percent(50.9) would silently be 50 %.
template <class F>
requires(std::is_floating_point_v<F>) AMIP_REJECTED(
    "percentages are exact; pass a whole number of percent (percent(50)) or write the fraction as an "
    "exact_ratio (exact_ratio{509, 1000})")
percent(F) AMIP_DELETED;

/// part / whole as an exact ratio (share("Umschulungen", "ao entries")); throws if whole is 0.
template <Integer P, Integer W>
[[nodiscard]] constexpr exact_ratio share(P part, W whole) {
  return exact_ratio{part, whole};
}

/// The relative change of a figure against a prior one: (now - prior) / prior.
///
/// A non-zero figure against a prior of 0 has no percentage: has_value() is false, and every comparison with
/// a ratio is unordered (false), like the blank a planner would leave in the table. 0 against 0 is a change of
/// 0 (printed 0,0 % in the seed's Anlage 1, line VIII).
class relative_change {
 public:
  /// No value (a non-zero figure against 0).
  constexpr relative_change() noexcept = default;
  /// A change of `r` (exact_ratio{17, 100}: +17 %).
  constexpr explicit relative_change(exact_ratio r) noexcept : num_{r.numerator()}, den_{r.denominator()} {}

  /// The change of `now` against `prior`.
  template <Integer N, Integer P>
  [[nodiscard]] static constexpr relative_change between(N now_figure, P prior_figure) {
    auto const now = detail::to_int64(now_figure);
    auto const prior = detail::to_int64(prior_figure);
    if (prior == 0) return now == 0 ? relative_change{exact_ratio{}} : relative_change{};
    // (now - prior) / prior as exact_ratio would hold it, but not yet in lowest terms: value() reduces it. The sign
    // goes to the numerator with the same checks (and the same overflow_error) as exact_ratio's.
    auto n = detail::checked_sub(now, prior);
    auto d = prior;
    if (d < 0) {
      n = detail::checked_neg(n);
      d = detail::checked_neg(d);
    }
    return relative_change{n, d};
  }

  /// Whether there is a change (false for a non-zero figure against a prior of 0).
  [[nodiscard]] constexpr bool has_value() const noexcept { return den_ != 0; }
  /// The exact change; throws std::bad_optional_access when there is none.
  [[nodiscard]] constexpr exact_ratio value() const {
    if (den_ == 0) return std::optional<exact_ratio>{}.value();  // throws std::bad_optional_access
    return exact_ratio{num_, den_};
  }
  /// The change in tenths of a percent, rounded half away from zero (170 for 17,0 %), or nothing.
  [[nodiscard]] constexpr std::optional<std::int64_t> tenths_of_percent() const {
    if (den_ == 0) return std::nullopt;
    // The rounding depends only on the value of the fraction, not on its terms: as exact_ratio::tenths_of_percent.
    if (std::int64_t scaled{}; !__builtin_mul_overflow(num_, 1000, &scaled)) {
      return detail::divide_by_positive_half_away_from_zero(scaled, den_);  // in 64 bits where they suffice
    }
    return detail::divide_half_away_from_zero(static_cast<detail::int128>(num_) * 1000, den_, "scaling a ratio");
  }

  /// @name Comparison
  //@{
  /// Changes compare by value. A change without value equals only another without value and is unordered against any
  /// ratio: `change > percent(10)` is false when there is no change.
  friend constexpr bool operator==(relative_change a, relative_change b) noexcept {
    if (a.den_ == 0 || b.den_ == 0) return a.den_ == b.den_;
    return static_cast<detail::int128>(a.num_) * b.den_ == static_cast<detail::int128>(b.num_) * a.den_;
  }
  friend constexpr bool operator==(relative_change c, exact_ratio r) noexcept {
    return c.den_ != 0 &&
           static_cast<detail::int128>(c.num_) * r.denominator() == static_cast<detail::int128>(r.numerator()) * c.den_;
  }
  friend constexpr std::partial_ordering operator<=>(relative_change c, exact_ratio r) noexcept {
    if (c.den_ == 0) return std::partial_ordering::unordered;
    return static_cast<detail::int128>(c.num_) * r.denominator() <=>
           static_cast<detail::int128>(r.numerator()) * c.den_;
  }
  /// Two changes compare by their values; a change without value is unordered against any other:
  /// cmp.change(measure::agh) <= cmp.change(measure::p16i) is false when either has none.
  friend constexpr std::partial_ordering operator<=>(relative_change a, relative_change b) noexcept {
    if (a.den_ == 0 || b.den_ == 0) return std::partial_ordering::unordered;
    return static_cast<detail::int128>(a.num_) * b.den_ <=> static_cast<detail::int128>(b.num_) * a.den_;
  }
  //@}

 private:
  constexpr relative_change(std::int64_t n, std::int64_t d) noexcept : num_{n}, den_{d} {}

  // The change as num_ / den_ with den_ > 0, not necessarily in lowest terms; den_ == 0: no value.
  std::int64_t num_ = 0;
  std::int64_t den_ = 0;
};

/// The change of `now` against `prior` (raw integers; quantity.hpp adds the typed overload).
template <Integer N, Integer P>
[[nodiscard]] constexpr relative_change change_of(N now, P prior) {
  return relative_change::between(now, prior);
}

/// The "Vergleich" column of Anlage 1: 1000 * (now - prior) / prior rounded half away from zero, or nothing.
template <Integer N, Integer P>
[[nodiscard]] constexpr std::optional<std::int64_t> change_in_tenths_of_percent(N now, P prior) {
  return change_of(now, prior).tenths_of_percent();
}

}  // namespace amip
