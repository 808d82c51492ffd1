// Exact ratios: shares, percentages and the change of a plan against a prior figure (DESIGN.md layer 2).
//
// Synopsis
//
//   namespace amip {
//   class exact_ratio;                                // n/d in lowest terms, d > 0; compares exactly
//   constexpr exact_ratio percent(std::int64_t p);    // p/100: percent(50) is one half
//   constexpr exact_ratio share(part, whole);         // part/whole of two counts (whole != 0)
//   class relative_change;                            // (plan - prior) / prior, or "no value" when prior is 0
//   constexpr relative_change change_of(plan, prior);
//   constexpr std::optional<std::int64_t> change_in_tenths_of_percent(plan, prior);   // 170 for 17,0 %
//   }
//
// Nothing here is floating point. Rounding happens once, when a ratio is brought to a scale
// (tenths of a percent for Anlage 1's "Vergleich"), and always half away from zero.
#pragma once

#include <compare>
#include <cstdint>
#include <numeric>
#include <optional>

#include <amip/detail/checked.hpp>

namespace amip {

/// An exact rational number n/d with d > 0, kept in lowest terms.
class exact_ratio {
 public:
  /// Zero.
  constexpr exact_ratio() noexcept = default;

  /// numerator / denominator; throws amip::domain_error for a zero denominator.
  constexpr exact_ratio(std::int64_t numerator, std::int64_t denominator) {
    if (denominator == 0) detail::throw_division_by_zero("an exact ratio");
    if (denominator < 0) {
      numerator = detail::checked_neg(numerator);
      denominator = detail::checked_neg(denominator);
    }
    std::int64_t const divisor = std::gcd(numerator, denominator);
    num_ = numerator / divisor;
    den_ = denominator / divisor;
  }

  [[nodiscard]] constexpr std::int64_t numerator() const noexcept { return num_; }
  [[nodiscard]] constexpr std::int64_t denominator() const noexcept { return den_; }

  /// The ratio times `scale`, rounded half away from zero: r.scaled_to(1000) is r in tenths of a percent.
  [[nodiscard]] constexpr std::int64_t scaled_to(std::int64_t scale) const {
    return detail::divide_half_away_from_zero(static_cast<detail::int128>(num_) * scale, den_, "scaling a ratio");
  }

  /// In tenths of a percent, rounded half away from zero: 1236/7274 -> 170 (17,0 %).
  [[nodiscard]] constexpr std::int64_t tenths_of_percent() const { return scaled_to(1000); }

  friend constexpr bool operator==(exact_ratio, exact_ratio) noexcept = default;
  friend constexpr std::strong_ordering operator<=>(exact_ratio a, exact_ratio b) noexcept {
    return static_cast<detail::int128>(a.num_) * b.den_ <=> static_cast<detail::int128>(b.num_) * a.den_;
  }

 private:
  std::int64_t num_{0};
  std::int64_t den_{1};
};

/// p percent as an exact ratio: percent(50) == exact_ratio{1, 2}.
[[nodiscard]] constexpr exact_ratio percent(std::int64_t p) { return exact_ratio{p, 100}; }

/// part / whole as an exact ratio (share("Umschulungen", "ao entries")); throws if whole is 0.
[[nodiscard]] constexpr exact_ratio share(std::int64_t part, std::int64_t whole) { return exact_ratio{part, whole}; }

/// The relative change of a figure against a prior one: (now - prior) / prior.
///
/// A non-zero figure against a prior of 0 has no percentage: has_value() is false, and every comparison with
/// a ratio is unordered (false), like the blank a planner would leave in the table. 0 against 0 is a change of
/// 0 (printed 0,0 % in the seed's Anlage 1, line VIII).
class relative_change {
 public:
  /// No value (a non-zero figure against 0).
  constexpr relative_change() noexcept = default;
  constexpr explicit relative_change(exact_ratio r) noexcept : ratio_{r} {}

  /// The change of `now` against `prior`.
  [[nodiscard]] static constexpr relative_change between(std::int64_t now, std::int64_t prior) {
    if (prior == 0) return now == 0 ? relative_change{exact_ratio{}} : relative_change{};
    return relative_change{exact_ratio{detail::checked_sub(now, prior), prior}};
  }

  [[nodiscard]] constexpr bool has_value() const noexcept { return ratio_.has_value(); }
  /// The exact change; throws std::bad_optional_access when there is none.
  [[nodiscard]] constexpr exact_ratio value() const { return ratio_.value(); }
  /// The change in tenths of a percent, rounded half away from zero (170 for 17,0 %), or nothing.
  [[nodiscard]] constexpr std::optional<std::int64_t> tenths_of_percent() const {
    if (!ratio_) return std::nullopt;
    return ratio_->tenths_of_percent();
  }

  friend constexpr bool operator==(relative_change, relative_change) noexcept = default;
  friend constexpr bool operator==(relative_change c, exact_ratio r) noexcept { return c.ratio_ == r; }
  friend constexpr std::partial_ordering operator<=>(relative_change c, exact_ratio r) noexcept {
    if (!c.ratio_) return std::partial_ordering::unordered;
    return *c.ratio_ <=> r;
  }

 private:
  std::optional<exact_ratio> ratio_{};
};

/// The change of `now` against `prior` (raw integers; quantity.hpp adds the typed overload).
[[nodiscard]] constexpr relative_change change_of(std::int64_t now, std::int64_t prior) {
  return relative_change::between(now, prior);
}

/// The "Vergleich" column of Anlage 1: 1000 * (now - prior) / prior rounded half away from zero, or nothing.
[[nodiscard]] constexpr std::optional<std::int64_t> change_in_tenths_of_percent(std::int64_t now, std::int64_t prior) {
  return change_of(now, prior).tenths_of_percent();
}

}  // namespace amip
