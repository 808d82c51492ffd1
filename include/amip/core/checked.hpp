// Overflow-checked int64 arithmetic and explicit rounding.
//
// Every count and every amount of money in amip is a std::int64_t. Arithmetic that would leave its range
// throws amip::overflow_error instead of wrapping (and, in a constant expression, fails to compile).
// Division is never implicit: every quotient states how it rounds.
#pragma once

#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

namespace amip {

/// Thrown when a count, an amount of money or an intermediate product leaves the range of std::int64_t.
class overflow_error : public std::overflow_error {
 public:
  using std::overflow_error::overflow_error;
};

/// Thrown for a division by zero or a ratio with a zero denominator.
class domain_error : public std::domain_error {
 public:
  using std::domain_error::domain_error;
};

namespace detail {

__extension__ using int128 = __int128;  // GCC and Clang: exact intermediate products of two int64
__extension__ using uint128 = unsigned __int128;

[[noreturn]] inline void throw_overflow(std::string_view operation, std::int64_t lhs, std::int64_t rhs) {
  throw overflow_error("amip: " + std::string(operation) + " of " + std::to_string(lhs) + " and " +
                       std::to_string(rhs) + " overflows a 64-bit integer");
}

[[noreturn]] inline void throw_division_by_zero(std::string_view what) {
  throw domain_error("amip: division by zero in " + std::string(what));
}

[[nodiscard]] constexpr std::int64_t checked_add(std::int64_t lhs, std::int64_t rhs) {
  std::int64_t result{};
  if (__builtin_add_overflow(lhs, rhs, &result)) throw_overflow("addition", lhs, rhs);
  return result;
}

[[nodiscard]] constexpr std::int64_t checked_sub(std::int64_t lhs, std::int64_t rhs) {
  std::int64_t result{};
  if (__builtin_sub_overflow(lhs, rhs, &result)) throw_overflow("subtraction", lhs, rhs);
  return result;
}

[[nodiscard]] constexpr std::int64_t checked_mul(std::int64_t lhs, std::int64_t rhs) {
  std::int64_t result{};
  if (__builtin_mul_overflow(lhs, rhs, &result)) throw_overflow("multiplication", lhs, rhs);
  return result;
}

[[nodiscard]] constexpr std::int64_t checked_neg(std::int64_t value) { return checked_sub(0, value); }

/// Narrows a 128-bit intermediate back to int64, or throws.
[[nodiscard]] constexpr std::int64_t checked_narrow(int128 value, std::string_view operation) {
  if (value > std::numeric_limits<std::int64_t>::max() || value < std::numeric_limits<std::int64_t>::min()) {
    throw overflow_error("amip: the result of " + std::string(operation) + " overflows a 64-bit integer");
  }
  return static_cast<std::int64_t>(value);
}

/// Any integer (not bool, not a character type) converted to int64 without loss, or an overflow_error.
template <class I>
[[nodiscard]] constexpr std::int64_t to_int64(I value) {
  if constexpr (std::numeric_limits<I>::is_signed) {
    if constexpr (sizeof(I) > sizeof(std::int64_t)) {
      return checked_narrow(static_cast<int128>(value), "a conversion");
    } else {
      return static_cast<std::int64_t>(value);
    }
  } else {
    if (value > static_cast<std::make_unsigned_t<std::int64_t>>(std::numeric_limits<std::int64_t>::max())) {
      throw overflow_error("amip: the unsigned value " + std::to_string(value) + " does not fit a 64-bit integer");
    }
    return static_cast<std::int64_t>(value);
  }
}

/// numerator / denominator for a positive denominator, rounded half away from zero; the quotient always fits.
[[nodiscard]] constexpr std::int64_t divide_by_positive_half_away_from_zero(std::int64_t numerator,
                                                                            std::int64_t denominator) noexcept {
  std::int64_t quotient = numerator / denominator;  // truncates toward zero
  std::int64_t const remainder = numerator % denominator;
  std::int64_t const abs_remainder = remainder < 0 ? -remainder : remainder;
  if (abs_remainder >= denominator - abs_remainder) quotient += numerator < 0 ? -1 : 1;
  return quotient;
}

/// numerator / denominator, rounded half away from zero: 2.5 -> 3, -2.5 -> -3, 2.4 -> 2.
/// Exact for every pair of 128-bit operands whose quotient fits int64; throws on a zero denominator.
[[nodiscard]] constexpr std::int64_t divide_half_away_from_zero(int128 numerator, int128 denominator,
                                                                std::string_view what = "a quotient") {
  if (denominator == 0) throw_division_by_zero(what);
  constexpr int128 min64 = std::numeric_limits<std::int64_t>::min();
  constexpr int128 max64 = std::numeric_limits<std::int64_t>::max();
  if (numerator > min64 && numerator <= max64 && denominator > min64 && denominator <= max64) {
    // Both fit int64 (and neither is INT64_MIN): the same computation in 64 bits, the quotient cannot overflow.
    auto const n = static_cast<std::int64_t>(numerator);
    auto const d = static_cast<std::int64_t>(denominator);
    std::int64_t q = n / d;
    std::int64_t const r = n % d;
    std::int64_t const abs_r = r < 0 ? -r : r;
    std::int64_t const abs_d = d < 0 ? -d : d;
    if (abs_r >= abs_d - abs_r) q += ((n < 0) != (d < 0)) ? -1 : 1;
    return q;
  }
  int128 quotient = numerator / denominator;  // truncates toward zero
  int128 const remainder = numerator % denominator;
  int128 const abs_remainder = remainder < 0 ? -remainder : remainder;
  int128 const abs_denominator = denominator < 0 ? -denominator : denominator;
  if (abs_remainder >= abs_denominator - abs_remainder) {  // |remainder| >= |denominator| / 2, without overflow
    quotient += ((numerator < 0) != (denominator < 0)) ? -1 : 1;
  }
  return checked_narrow(quotient, what);
}

}  // namespace detail
}  // namespace amip
