// Compile-time tests of quantities: this file compiles only if every static_assert holds.
#include <amip/core/quantity.hpp>

#include <concepts>
#include <type_traits>

namespace {
using namespace amip;

// Kinds stay apart.
static_assert(!std::same_as<entry_count, person_count>);
static_assert(!std::same_as<entry_count, case_count>);
static_assert(!std::same_as<money, entry_count>);
static_assert(QuantityOf<entry_count, units::entry>);
static_assert(!QuantityOf<entry_count, units::person>);
static_assert(Quantity<money> && !Quantity<std::int64_t>);

// The unit algebra is Boost.Units': money / entries * entries is money again, of the very same type.
static_assert(std::same_as<units::product<units::quotient<units::cent, units::entry>, units::entry>, units::cent>);
static_assert(std::same_as<decltype(cost_per<entry_count>{} * entry_count{}), money>);
static_assert(std::same_as<decltype((eur(1) / (1 * entries)).round()), cost_per<entry_count>>);

// Same-kind division is an exact ratio; integer division is an exact quotient that must be rounded.
static_assert(std::same_as<decltype(entry_count{} / entry_count{}), exact_ratio>);
static_assert(std::same_as<decltype(eur(3) / 2), exact_quotient<units::cent>>);

// Integers only; no bool, no characters.
static_assert(Integer<int> && Integer<std::uint8_t> && Integer<long long>);
static_assert(!Integer<bool> && !Integer<char> && !Integer<double>);

// Quantities are small literal types.
static_assert(sizeof(money) == sizeof(std::int64_t));
static_assert(std::is_trivially_copyable_v<money>);
}  // namespace
