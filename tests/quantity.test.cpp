#include <amip/core/quantity.hpp>

#include <catch2/catch.hpp>
#include <cstdint>
#include <limits>
#include <sstream>
#include <type_traits>

#include "printed.hpp"

using namespace amip::literals;

namespace {
using amip_test::printed;
constexpr auto int64_max = std::numeric_limits<std::int64_t>::max();
constexpr auto int64_min = std::numeric_limits<std::int64_t>::min();
}  // namespace

TEST_CASE("counts are made from integers and a unit, and read back explicitly") {
  STATIC_REQUIRE((1'994 * amip::entries).value() == 1'994);
  STATIC_REQUIRE((amip::entries * 1'994) == 1'994 * amip::entries);
  STATIC_REQUIRE((390 * amip::persons).value() == 390);
  STATIC_REQUIRE((219 * amip::cases).value() == 219);
  STATIC_REQUIRE((14 * amip::days).value() == 14);
  STATIC_REQUIRE((6 * amip::months).value() == 6);
  STATIC_REQUIRE(amip::entry_count{}.value() == 0);
  STATIC_REQUIRE(amip::entry_count::from_value(7).value() == 7);
}

TEST_CASE("money is integral euro cents") {
  STATIC_REQUIRE(amip::eur(1'460'000).value() == 146'000'000);
  STATIC_REQUIRE(amip::cents(666'667).value() == 666'667);
  STATIC_REQUIRE(1'460'000_eur == amip::eur(1'460'000));
  STATIC_REQUIRE(50_ct == amip::cents(50));
  STATIC_REQUIRE(std::is_same_v<decltype(amip::eur(1)), amip::money>);
}

TEST_CASE("quantities of one kind add, subtract, negate, scale and compare") {
  // Anlage 1, group I.: MAT + AVGS MAT + MAG = 1.994 + 1.500 + 950 = 4.444
  STATIC_REQUIRE(1'994 * amip::entries + 1'500 * amip::entries + 950 * amip::entries == 4'444 * amip::entries);
  STATIC_REQUIRE(8'510 * amip::entries - 7'274 * amip::entries == 1'236 * amip::entries);
  STATIC_REQUIRE(-(5 * amip::entries) == -5 * amip::entries);
  STATIC_REQUIRE(3 * (5 * amip::entries) == 15 * amip::entries);
  STATIC_REQUIRE(5 * amip::entries < 6 * amip::entries);
  auto e = 10 * amip::entries;
  e += 5 * amip::entries;
  e -= 3 * amip::entries;
  e *= 2;
  CHECK(e == 24 * amip::entries);
}

TEST_CASE("money divided by a count is a rate once it is rounded half away from zero") {
  // Seed, section 4: rd. 1,46 Mio. € special allocation for 219 cases from 2024 carried into 2026.
  // By hand: 146'000'000 ct = 219 * 666'666 ct + 146 ct, and 146 / 219 > 1/2, so the rate rounds up to 666'667 ct.
  constexpr auto per_case = (amip::eur(1'460'000) / (219 * amip::cases)).round();
  STATIC_REQUIRE(std::is_same_v<std::remove_const_t<decltype(per_case)>, amip::cost_per<amip::case_count>>);
  STATIC_REQUIRE(per_case.value() == 666'667);  // 6.666,67 € per case
  // and back: the rounded rate times the cases is money again (3 cents more than the allocation, by rounding)
  STATIC_REQUIRE(per_case * (219 * amip::cases) == amip::cents(146'000'073));
  STATIC_REQUIRE((amip::cents(5) / 2).round() == amip::cents(3));
  STATIC_REQUIRE((amip::cents(-5) / 2).round() == amip::cents(-3));
  STATIC_REQUIRE((amip::cents(7) / 2).numerator() == 7);
}

TEST_CASE("a rate per month times entry-months is money") {
  constexpr auto entry_months = (10 * amip::entries) * (6 * amip::months);
  STATIC_REQUIRE(entry_months.value() == 60);
  constexpr auto per_entry_month = (amip::eur(600) / entry_months).round();  // 10 € per entry-month
  STATIC_REQUIRE(per_entry_month * entry_months == amip::eur(600));
}

TEST_CASE("quantities print their value and unit") {
  CHECK(printed(1'994 * amip::entries) == "1994 entries");
  CHECK(printed(390 * amip::persons) == "390 persons");
  CHECK(printed(amip::eur(1'460'000)) == "1460000.00 EUR");
  CHECK(printed(amip::cents(-3)) == "-0.03 EUR");
  CHECK(printed(amip::cents(int64_min)) == "-92233720368547758.08 EUR");
  CHECK(printed((amip::eur(1'460'000) / (219 * amip::cases)).round()) == "6666.67 EUR/case");
  CHECK(printed(14 * amip::days) == "14 days");
}

TEST_CASE("arithmetic that would overflow a 64-bit integer throws instead of wrapping") {
  auto const huge = amip::entry_count::from_value(int64_max);
  CHECK_THROWS_AS(huge + 1 * amip::entries, amip::overflow_error);
  CHECK_THROWS_AS(amip::entry_count::from_value(int64_min) - 1 * amip::entries, amip::overflow_error);
  CHECK_THROWS_AS(-amip::entry_count::from_value(int64_min), amip::overflow_error);
  CHECK_THROWS_AS(huge * 2, amip::overflow_error);
  CHECK_THROWS_AS(amip::eur(int64_max / 10), amip::overflow_error);
  CHECK_THROWS_WITH(huge + 1 * amip::entries, "amip: addition of 9223372036854775807 and 1 overflows a 64-bit integer");
  auto const rate = amip::cost_per<amip::entry_count>::from_value(int64_max / 2);
  CHECK_THROWS_AS(rate * (3 * amip::entries), amip::overflow_error);
}

TEST_CASE("an unsigned count too large for int64 is an error") {
  constexpr std::uint64_t too_large = std::uint64_t{1} << 63;
  CHECK_THROWS_AS(too_large * amip::entries, amip::overflow_error);
  CHECK((std::uint64_t{42} * amip::entries).value() == 42);
}

TEST_CASE("division by a zero count is an error") {
  CHECK_THROWS_AS(amip::eur(1) / (0 * amip::entries), amip::domain_error);
  CHECK_THROWS_AS(amip::eur(1) / 0, amip::domain_error);
}

TEST_CASE("quantities convert to and from Boost.Units") {
  constexpr auto mine = 1'994 * amip::entries;
  constexpr auto theirs = mine.boost();
  STATIC_REQUIRE(theirs.value() == 1'994);
  STATIC_REQUIRE(amip::entry_count{theirs} == mine);
}

TEST_CASE("money times an exact ratio is an exact quotient, rounded only by round()") {
  // 90 % of 1.000,05 €: 100'005 ct · 9/10 = 900'045/10 = 90'004,5 ct -> 90'005 ct (half away from zero)
  constexpr auto ninety = amip::cents(100'005) * amip::percent(90);
  STATIC_REQUIRE(ninety.numerator() == 180'009);  // 100'005 · 9 / 10, over gcd(100'005, 10) = 5: 20'001 · 9 / 2
  STATIC_REQUIRE(ninety.denominator() == 2);
  STATIC_REQUIRE(ninety.round() == amip::cents(90'005));
  STATIC_REQUIRE((amip::percent(90) * amip::cents(100'005)).round() == amip::cents(90'005));
  // -1,05 € · 1/2 = -52,5 ct -> -53 ct
  STATIC_REQUIRE((amip::cents(-105) * amip::exact_ratio{1, 2}).round() == amip::cents(-53));
  // 50 % of 360 ao entries (seed, section 4) are 180 entries
  STATIC_REQUIRE((360 * amip::entries * amip::percent(50)).round() == 180 * amip::entries);
  // 1.000 € / 90 % = 1.111,111… € -> 111'111 ct; 1 € / (-1/3) = -3 €
  STATIC_REQUIRE((amip::eur(1'000) / amip::percent(90)).round() == amip::cents(111'111));
  STATIC_REQUIRE((amip::eur(1) / amip::exact_ratio{-1, 3}).round() == amip::eur(-3));
  CHECK_THROWS_AS((amip::eur(1) / amip::exact_ratio{}), amip::domain_error);
}

TEST_CASE("money divided by an integer is an exact quotient too") {
  // 1,46 Mio. € for 219 cases (seed, section 4): 146'000'000 ct / 219 = 666'666,66… ct -> 666'667 ct
  constexpr auto per_case = amip::eur(1'460'000) / 219;
  STATIC_REQUIRE(per_case.numerator() == 146'000'000);
  STATIC_REQUIRE(per_case.denominator() == 219);
  STATIC_REQUIRE(per_case.round() == amip::cents(666'667));
}

TEST_CASE("a quantity times a ratio cancels before it multiplies and throws only when the exact value cannot be held") {
  constexpr auto max = std::numeric_limits<std::int64_t>::max();
  // max ct · 2/max: gcd(max, max) = max cancels, 1 · 2 / 1 = 2 ct
  STATIC_REQUIRE((amip::cents(max) * amip::exact_ratio{2, max}).round() == amip::cents(2));
  // max ct · 3/2: gcd(max, 2) = 1 (max is odd), max · 3 leaves 64 bits
  CHECK_THROWS_AS((amip::cents(max) * amip::exact_ratio{3, 2}), amip::overflow_error);
  CHECK_THROWS_AS((amip::cents(-max) * amip::exact_ratio{3, 2}), amip::overflow_error);
  // max ct · 1/2 is exact: max / 2 = 4'611'686'018'427'387'903,5 -> ...904 (half away from zero)
  CHECK((amip::cents(max) * amip::exact_ratio{1, 2}).round() == amip::cents(4'611'686'018'427'387'904));
}
