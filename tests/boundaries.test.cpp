// Every overflow and range check from both sides: for each bound, the last value accepted and the first one
// refused, on each side, written out as examples (the random round trips elsewhere need not hit a bound exactly).
// Expected values are worked out in the comments beside them.
#include <amip/core/checked.hpp>
#include <amip/core/estimate.hpp>
#include <amip/core/number_text.hpp>
#include <amip/core/quantity.hpp>
#include <amip/core/ratio.hpp>
#include <amip/io/csv.hpp>
#include <amip/io/plan_csv.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/comparison.hpp>
#include <amip/model/measure.hpp>
#include <amip/model/offer.hpp>
#include <amip/model/period.hpp>
#include <amip/model/plan.hpp>
#include <amip/money/budget.hpp>
#include <amip/money/cost.hpp>
#include <amip/money/subsidy.hpp>
#include <amip/report/number_format.hpp>

#include <array>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

using amip::entries;
using amip::plan_of;
using amip::io::csv_error_kind;

namespace {

constexpr std::int64_t int64_max = std::numeric_limits<std::int64_t>::max();  //  9.223.372.036.854.775.807
constexpr std::int64_t int64_min = std::numeric_limits<std::int64_t>::min();  // -9.223.372.036.854.775.808
using int128 = amip::detail::int128;

}  // namespace

// ---------------------------------------------------------------------------------------------------------------
// core/checked.hpp

TEST_CASE("checked_narrow keeps both ends of int64 and refuses one beyond each") {
  using amip::detail::checked_narrow;
  CHECK(checked_narrow(int128{int64_max}, "a test") == int64_max);
  CHECK(checked_narrow(int128{int64_min}, "a test") == int64_min);
  CHECK_THROWS_WITH(checked_narrow(int128{int64_max} + 1, "a test"),
                    "amip: the result of a test overflows a 64-bit integer");
  CHECK_THROWS_WITH(checked_narrow(int128{int64_min} - 1, "a test"),
                    "amip: the result of a test overflows a 64-bit integer");
  // Far outside on either side: -1e19 would wrap to 8.446.744.073.709.551.616 (-1e19 + 2^64).
  CHECK_THROWS_AS(checked_narrow(int128{-10} * 1'000'000'000'000'000'000, "a test"), amip::overflow_error);
  CHECK_THROWS_AS(checked_narrow(int128{10} * 1'000'000'000'000'000'000, "a test"), amip::overflow_error);
  STATIC_REQUIRE(checked_narrow(int128{int64_min}, "a test") == int64_min);
}

TEST_CASE("a percentage with 16 decimals fits down to -922 % and up to 922 %, and 923 % on either side overflows") {
  using amip::percent;
  using amip::report::format_percent;
  // percent(p) with 16 decimals is p * 10^16 in units of the last decimal: 922 * 10^16 = 9.220.000.000.000.000.000
  // fits int64 (9.223.372.036.854.775.807); 923 * 10^16 = 9.230.000.000.000.000.000 does not, on either side.
  CHECK(format_percent(percent(922), 16) == "922,0000000000000000%");
  CHECK(format_percent(percent(-922), 16) == "-922,0000000000000000%");
  CHECK_THROWS_AS(format_percent(percent(923), 16), amip::overflow_error);
  CHECK_THROWS_AS(format_percent(percent(-923), 16), amip::overflow_error);
  // -1.000 % is -10^19: below INT64_MIN, and wrapped it would print 844,6744073709551616% (-10^19 + 2^64).
  CHECK_THROWS_WITH(format_percent(percent(-1'000), 16),
                    "amip: the result of scaling a ratio overflows a 64-bit integer");
  CHECK_THROWS_AS(format_percent(percent(1'000), 16), amip::overflow_error);
}

TEST_CASE("a ratio scaled to exactly INT64_MAX or INT64_MIN prints, one beyond overflows") {
  using amip::exact_ratio;
  using amip::report::format_percent;
  // INT64_MAX / 100 as a percentage with no decimals: INT64_MAX * 100 / 100 (INT64_MAX is odd and not a multiple of
  // 5, so the ratio stays INT64_MAX / 100).
  CHECK(format_percent(exact_ratio{int64_max, 100}, 0) == "9.223.372.036.854.775.807%");
  // INT64_MIN / 100 = -2^61 / 25 in lowest terms; * 100 = -2^63.
  CHECK(format_percent(exact_ratio{int64_min, 100}, 0) == "-9.223.372.036.854.775.808%");
  // 2^62 / 50 = 2^61 / 25; * 100 = 2^63, one more than INT64_MAX.
  CHECK_THROWS_AS(format_percent(exact_ratio{std::int64_t{1} << 62, 50}, 0), amip::overflow_error);
  // (INT64_MIN + 1) / 2 = -(2^62 - 0,5) rounds away from zero to -2^62; INT64_MIN scaled by 1 is itself, scaled by 2
  // it is -2^64, which does not fit.
  CHECK(exact_ratio{int64_min + 1, 2}.scaled_to(1) == -(std::int64_t{1} << 62));
  CHECK(exact_ratio{int64_min, 1}.scaled_to(1) == int64_min);
  CHECK_THROWS_AS((exact_ratio{int64_min, 1}.scaled_to(2)), amip::overflow_error);
  CHECK_THROWS_AS((exact_ratio{int64_max, 1}.scaled_to(2)), amip::overflow_error);
}

TEST_CASE("divide_half_away_from_zero narrows its 128-bit quotient on both sides") {
  using amip::detail::divide_half_away_from_zero;
  // 2 * INT64_MIN / 2 = INT64_MIN fits; (2 * INT64_MIN - 2) / 2 = INT64_MIN - 1 does not; (2 * INT64_MIN - 1) / 2 =
  // INT64_MIN - 0,5 rounds away from zero to INT64_MIN - 1, which does not either.
  CHECK(divide_half_away_from_zero(2 * int128{int64_min}, 2) == int64_min);
  CHECK_THROWS_AS(divide_half_away_from_zero(2 * int128{int64_min} - 2, 2), amip::overflow_error);
  CHECK_THROWS_AS(divide_half_away_from_zero(2 * int128{int64_min} - 1, 2), amip::overflow_error);
  // (2 * INT64_MAX + 1) / 2 = INT64_MAX + 0,5 rounds to INT64_MAX + 1; 2 * INT64_MAX / 2 = INT64_MAX.
  CHECK(divide_half_away_from_zero(2 * int128{int64_max}, 2) == int64_max);
  CHECK(divide_half_away_from_zero(2 * int128{int64_max} - 1, 2) == int64_max);  // INT64_MAX - 0,5 -> INT64_MAX
  CHECK_THROWS_AS(divide_half_away_from_zero(2 * int128{int64_max} + 1, 2), amip::overflow_error);
  // The only int64 quotient that does not fit: INT64_MIN / -1 = 2^63.
  CHECK_THROWS_AS(divide_half_away_from_zero(int64_min, -1), amip::overflow_error);
  CHECK(divide_half_away_from_zero(int64_min, 1) == int64_min);
  CHECK(divide_half_away_from_zero(int64_min + 1, -1) == int64_max);
  // A denominator of INT64_MIN: 1 / -2^63 rounds to 0, 2^62 / -2^63 = -0,5 rounds to -1, and INT64_MIN / INT64_MIN
  // is 1.
  CHECK(divide_half_away_from_zero(1, int64_min) == 0);
  CHECK(divide_half_away_from_zero(std::int64_t{1} << 62, int64_min) == -1);
  CHECK(divide_half_away_from_zero((std::int64_t{1} << 62) - 1, int64_min) == 0);
  CHECK(divide_half_away_from_zero(int64_min, int64_min) == 1);
  CHECK_THROWS_AS(divide_half_away_from_zero(1, 0), amip::domain_error);
  CHECK_THROWS_AS(divide_half_away_from_zero(0, 0), amip::domain_error);
}

TEST_CASE("halves round away from zero and anything less toward it, in 64 and in 128 bits") {
  using amip::detail::divide_by_positive_half_away_from_zero;
  using amip::detail::divide_half_away_from_zero;
  // 64-bit path: 5 / 2 = 2,5 -> 3; 4 / 3 = 1,33 -> 1; 5 / 3 = 1,67 -> 2; and the mirror images.
  CHECK(divide_half_away_from_zero(5, 2) == 3);
  CHECK(divide_half_away_from_zero(-5, 2) == -3);
  CHECK(divide_half_away_from_zero(5, -2) == -3);
  CHECK(divide_half_away_from_zero(7, 5) == 1);    // 1,4
  CHECK(divide_half_away_from_zero(-7, 5) == -1);  // -1,4
  CHECK(divide_by_positive_half_away_from_zero(5, 2) == 3);
  CHECK(divide_by_positive_half_away_from_zero(-5, 2) == -3);
  CHECK(divide_by_positive_half_away_from_zero(7, 5) == 1);
  CHECK(divide_by_positive_half_away_from_zero(-7, 5) == -1);
  CHECK(divide_by_positive_half_away_from_zero(8, 5) == 2);  // 1,6
  // 128-bit path (the numerator is beyond int64): 2^64 + 1 over 2 = 2^63 + 0,5 does not fit either way, so a
  // denominator of 4: (2^64 + 2) / 4 = 2^62 + 0,5 -> 2^62 + 1; (2^64 + 1) / 4 = 2^62 + 0,25 -> 2^62.
  int128 const two_64 = int128{1} << 64;
  CHECK(divide_half_away_from_zero(two_64 + 2, 4) == (std::int64_t{1} << 62) + 1);
  CHECK(divide_half_away_from_zero(two_64 + 1, 4) == std::int64_t{1} << 62);
  CHECK(divide_half_away_from_zero(-two_64 - 2, 4) == -(std::int64_t{1} << 62) - 1);
  CHECK(divide_half_away_from_zero(-two_64 - 1, 4) == -(std::int64_t{1} << 62));
}

TEST_CASE("to_int64 takes unsigned values up to INT64_MAX and refuses INT64_MAX + 1") {
  using amip::detail::to_int64;
  constexpr auto max_as_unsigned = static_cast<std::uint64_t>(int64_max);
  CHECK(to_int64(max_as_unsigned) == int64_max);
  CHECK_THROWS_WITH(to_int64(max_as_unsigned + 1),
                    "amip: the unsigned value 9223372036854775808 does not fit a 64-bit integer");
  CHECK_THROWS_AS(to_int64(std::numeric_limits<std::uint64_t>::max()), amip::overflow_error);
  CHECK(to_int64(std::uint64_t{0}) == 0);
  // Through the public API: a count of INT64_MAX + 1 entries.
  CHECK_THROWS_AS((max_as_unsigned + 1) * entries, amip::overflow_error);
  CHECK((max_as_unsigned * entries).value() == int64_max);
}

TEST_CASE("checked addition subtraction multiplication and negation stop at both ends of int64") {
  using namespace amip::detail;
  CHECK(checked_add(int64_max - 1, 1) == int64_max);
  CHECK_THROWS_AS(checked_add(int64_max, 1), amip::overflow_error);
  CHECK(checked_add(int64_min + 1, -1) == int64_min);
  CHECK_THROWS_AS(checked_add(int64_min, -1), amip::overflow_error);
  CHECK(checked_sub(int64_min + 1, 1) == int64_min);
  CHECK_THROWS_AS(checked_sub(int64_min, 1), amip::overflow_error);
  CHECK(checked_sub(int64_max - 1, -1) == int64_max);
  CHECK_THROWS_AS(checked_sub(int64_max, -1), amip::overflow_error);
  CHECK(checked_mul(int64_max / 2, 2) == int64_max - 1);
  CHECK_THROWS_AS(checked_mul(int64_max / 2 + 1, 2), amip::overflow_error);
  CHECK(checked_mul(int64_min / 2, 2) == int64_min);
  CHECK_THROWS_AS(checked_mul(int64_min / 2 - 1, 2), amip::overflow_error);
  CHECK(checked_neg(int64_max) == int64_min + 1);
  CHECK_THROWS_AS(checked_neg(int64_min), amip::overflow_error);
}

// ---------------------------------------------------------------------------------------------------------------
// core/number_text.hpp: integers and percentages read from text

namespace {

using amip::number_text::parse_failure;

parse_failure integer_failure(std::string_view text, amip::language lang = amip::language::german) {
  return amip::number_text::read_integer(text, lang).failure;
}

parse_failure percentage_failure(std::string_view text, amip::language lang = amip::language::german) {
  return amip::number_text::read_tenths_of_percent(text, lang).failure;
}

}  // namespace

TEST_CASE("an integer is read up to INT64_MAX and down to INT64_MIN, and not one beyond") {
  using amip::report::try_parse_integer;
  CHECK(try_parse_integer("9223372036854775807") == int64_max);
  CHECK(try_parse_integer("9.223.372.036.854.775.807") == int64_max);
  CHECK(try_parse_integer("9223372036854775806") == int64_max - 1);
  CHECK(integer_failure("9223372036854775808") == parse_failure::out_of_range);
  CHECK(try_parse_integer("-9223372036854775808") == int64_min);
  CHECK(try_parse_integer("-9.223.372.036.854.775.808") == int64_min);
  CHECK(try_parse_integer("-9223372036854775807") == int64_min + 1);
  CHECK(integer_failure("-9223372036854775809") == parse_failure::out_of_range);
  // Beyond uint64 as well: 2^64 - 1 = 18.446.744.073.709.551.615 is still read as a magnitude and refused as a
  // signed value; 2^64 would wrap to 0 and 10^20 - 1 to 7.766.279.631.452.241.919 if the digits were not checked.
  CHECK(integer_failure("18446744073709551615") == parse_failure::out_of_range);
  CHECK(integer_failure("18446744073709551616") == parse_failure::out_of_range);
  CHECK(integer_failure("-18446744073709551616") == parse_failure::out_of_range);
  CHECK(integer_failure("99999999999999999999") == parse_failure::out_of_range);
  CHECK(integer_failure("18,446,744,073,709,551,616", amip::language::english) == parse_failure::out_of_range);
}

TEST_CASE("a percentage in tenths is read up to INT64_MAX tenths and down to INT64_MIN, and not one beyond") {
  using amip::report::try_parse_tenths_of_percent;
  CHECK(try_parse_tenths_of_percent("922337203685477580,7%") == int64_max);
  CHECK(try_parse_tenths_of_percent("922.337.203.685.477.580,7 %") == int64_max);
  CHECK(percentage_failure("922337203685477580,8%") == parse_failure::out_of_range);
  CHECK(try_parse_tenths_of_percent("-922337203685477580,8%") == int64_min);
  CHECK(percentage_failure("-922337203685477580,9%") == parse_failure::out_of_range);
  // 1.844.674.407.370.955.161,6 % is 2^64 tenths: it would wrap to 0 if the multiplication by 10 were not checked.
  CHECK(percentage_failure("1844674407370955161,6%") == parse_failure::out_of_range);
  CHECK(percentage_failure("1844674407370955161,5%") == parse_failure::out_of_range);  // 2^64 - 1 tenths
  CHECK(percentage_failure("1844674407370955162%") == parse_failure::out_of_range);
}

TEST_CASE("thousands separators group the digits in threes, with a first group of one to three digits") {
  using amip::report::try_parse_integer;
  // The first group: 1 to 3 digits, not starting with 0.
  CHECK(try_parse_integer("1.994") == 1'994);
  CHECK(try_parse_integer("999.000") == 999'000);
  CHECK(integer_failure("1994.000") == parse_failure::misplaced_separator);  // a first group of 4
  CHECK(integer_failure(".994") == parse_failure::misplaced_separator);      // a first group of 0
  CHECK(integer_failure("-.994") == parse_failure::misplaced_separator);
  CHECK(integer_failure("0.994") == parse_failure::misplaced_separator);
  CHECK(integer_failure("012.345") == parse_failure::misplaced_separator);
  CHECK(try_parse_integer("0994") == 994);  // not grouped: a leading 0 is fine
  CHECK(try_parse_integer("0") == 0);
  // Every later group: exactly 3 digits, the last one included.
  CHECK(try_parse_integer("1.994.000") == 1'994'000);
  CHECK(integer_failure("1.99.400") == parse_failure::misplaced_separator);
  CHECK(integer_failure("1.9940.00") == parse_failure::misplaced_separator);
  CHECK(integer_failure("1..994") == parse_failure::misplaced_separator);
  CHECK(integer_failure("1.99") == parse_failure::misplaced_separator);
  CHECK(integer_failure("1.9940") == parse_failure::misplaced_separator);
  CHECK(integer_failure("1.") == parse_failure::misplaced_separator);
  CHECK(integer_failure("1,994", amip::language::english) == parse_failure::none);
  CHECK(integer_failure("1,99", amip::language::english) == parse_failure::misplaced_separator);
  CHECK(integer_failure("1994,000", amip::language::english) == parse_failure::misplaced_separator);
}

TEST_CASE("the characters next to the digits are not digits") {
  // '/' is the character before '0', ':' the one after '9'.
  CHECK(integer_failure("1/") == parse_failure::unexpected_character);
  CHECK(integer_failure("1:") == parse_failure::unexpected_character);
  CHECK(integer_failure("/1") == parse_failure::unexpected_character);
  CHECK(integer_failure(":1") == parse_failure::unexpected_character);
  CHECK(integer_failure("09") == parse_failure::none);
  CHECK(percentage_failure("1/%") == parse_failure::unexpected_character);
  CHECK(percentage_failure("1:%") == parse_failure::unexpected_character);
  CHECK(percentage_failure("1,/%") == parse_failure::unexpected_character);
  CHECK(percentage_failure("1,:%") == parse_failure::unexpected_character);
  CHECK(amip::report::try_parse_tenths_of_percent("0,9%") == 9);
  CHECK(amip::report::try_parse_tenths_of_percent("9,0%") == 90);
}

TEST_CASE("a percentage has no decimal or exactly one") {
  using amip::report::try_parse_tenths_of_percent;
  CHECK(try_parse_tenths_of_percent("17%") == 170);
  CHECK(try_parse_tenths_of_percent("17,5%") == 175);
  CHECK(percentage_failure("17,%") == parse_failure::missing_decimal);
  CHECK(percentage_failure("17,50%") == parse_failure::decimals);
  CHECK(percentage_failure("17.5%", amip::language::english) == parse_failure::none);
  CHECK(percentage_failure("17.%", amip::language::english) == parse_failure::missing_decimal);
}

// ---------------------------------------------------------------------------------------------------------------
// report/number_format.hpp

TEST_CASE("a percentage is formatted with 0 to 16 decimals and not with -1 or 17") {
  using amip::percent;
  using amip::report::format_percent;
  CHECK(format_percent(percent(50), 0) == "50%");
  CHECK(format_percent(percent(50), 16) == "50,0000000000000000%");
  CHECK(format_percent(amip::share(1, 3), 16) == "33,3333333333333333%");
  CHECK_THROWS_WITH(format_percent(percent(50), -1), "amip: a percentage is formatted with 0 to 16 decimals, not -1");
  CHECK_THROWS_WITH(format_percent(percent(50), 17), "amip: a percentage is formatted with 0 to 16 decimals, not 17");
  CHECK_THROWS_AS(format_percent(percent(0), 17), std::invalid_argument);
}

TEST_CASE("a formatted text holds exactly its capacity and not one byte more") {
  using amip::report::formatted;
  std::string const full(formatted::capacity, 'x');
  formatted f;
  f.append(std::string_view{full}.substr(1));
  CHECK(f.size() == formatted::capacity - 1);
  f.push_back('y');  // the last byte that fits
  CHECK(f.size() == formatted::capacity);
  CHECK(f.view().back() == 'y');
  CHECK_THROWS_AS(f.push_back('z'), std::length_error);
  CHECK_THROWS_AS(formatted{}.append(full + "x"), std::length_error);
  CHECK(formatted{}.append(full).size() == formatted::capacity);
  // The longest number: INT64_MIN cents as English money, "EUR -92,233,720,368,547,758.08" (30 bytes).
  CHECK(amip::report::format_money(amip::money::from_value(int64_min), amip::language::english) ==
        "EUR -92,233,720,368,547,758.08");
  CHECK(amip::report::format_integer(int64_min) == "-9.223.372.036.854.775.808");
}

// ---------------------------------------------------------------------------------------------------------------
// model/period.hpp

TEST_CASE("a period's year is any 32-bit integer and nothing beyond") {
  constexpr std::int64_t year_max = std::numeric_limits<std::int32_t>::max();
  constexpr std::int64_t year_min = std::numeric_limits<std::int32_t>::min();
  STATIC_REQUIRE(plan_of(year_max).year == year_max);
  STATIC_REQUIRE(amip::actual_of(year_min).year == year_min);
  CHECK_THROWS_WITH(plan_of(year_max + 1), "amip: a period's year must fit in 32 bits, 2147483648 does not");
  CHECK_THROWS_AS(amip::projection_of(year_min - 1), std::out_of_range);
  CHECK(plan_of(static_cast<std::uint32_t>(year_max)).year == year_max);
  CHECK_THROWS_AS(plan_of(static_cast<std::uint32_t>(year_max) + 1U), std::out_of_range);
}

// ---------------------------------------------------------------------------------------------------------------
// model/consistency.hpp through plan::check(): a part equal to its whole, a total equal to its lines

namespace {

// A "darunter" total (its lines are parts of it, they need not add up) and a "davon" total (its lines add up to it).
constexpr std::array<amip::line, 6> bound_lines{{
    {"whole",
     amip::line_kind::total,
     amip::no_parent,
     amip::children_rule::subset,
     {},
     {},
     false,
     "Insgesamt",
     "Total"},
    {"part", amip::line_kind::leaf, 0, amip::children_rule::sum, {}, {}, false, "darunter Teil", "of which part"},
    {"sum", amip::line_kind::total, amip::no_parent, amip::children_rule::sum, {}, {}, false, "Summe", "Sum"},
    {"a", amip::line_kind::leaf, 2, amip::children_rule::sum, {}, {}, false, "davon a", "of which a"},
    {"b", amip::line_kind::leaf, 2, amip::children_rule::sum, {}, {}, false, "davon b", "of which b"},
    {"c", amip::line_kind::leaf, 2, amip::children_rule::sum, {}, {}, false, "davon c", "of which c"},
}};
constexpr amip::catalog bounds{"Grenzen", bound_lines};
constexpr amip::line_index whole{0};
constexpr amip::line_index part{1};
constexpr amip::line_index sum{2};
constexpr amip::line_index a{3};
constexpr amip::line_index b{4};
constexpr amip::line_index c{5};

using finding = amip::consistency_finding<amip::entry_count>;

amip::plan<amip::entry_count> part_of_whole(std::int64_t whole_figure, std::int64_t part_figure) {
  amip::plan<amip::entry_count> p{bounds};
  p.state(whole, plan_of(2026), whole_figure * entries).state(part, plan_of(2026), part_figure * entries);
  return p;
}

}  // namespace

TEST_CASE("a darunter part equal to its whole is no finding and one more is") {
  CHECK(part_of_whole(1'000, 1'000).check().empty());
  CHECK(part_of_whole(1'000, 999).check().empty());
  CHECK(part_of_whole(0, 0).check().empty());
  auto const findings = part_of_whole(1'000, 1'001).check();
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].what == finding::problem::part_exceeds_whole);
  CHECK(findings[0].line == part);
  CHECK(findings[0].expected == 1'000 * entries);
  CHECK(findings[0].found == 1'001 * entries);
  CHECK(part_of_whole(0, 1).check().size() == 1);
  CHECK(part_of_whole(int64_max, int64_max).check().empty());
  CHECK(part_of_whole(int64_max - 1, int64_max).check().size() == 1);
}

TEST_CASE("a davon total equal to the sum of its lines is no finding and one more or one less is") {
  auto const stated = [](std::int64_t total) {
    amip::plan<amip::entry_count> p{bounds};
    // 300 + 200 + 0 = 500.
    p.state(sum, plan_of(2026), total * entries)
        .state(a, plan_of(2026), 300 * entries)
        .state(b, plan_of(2026), 200 * entries)
        .state(c, plan_of(2026), 0 * entries);
    return p.check();
  };
  CHECK(stated(500).empty());
  for (std::int64_t const total : {499, 501}) {
    INFO("stated " << total);
    auto const findings = stated(total);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].what == finding::problem::sum_differs);
    CHECK(findings[0].expected == 500 * entries);
    CHECK(findings[0].found == total * entries);
  }
}

TEST_CASE("a davon total equal to its known lines is no finding and one less is") {
  // a and b are known (300 + 200 = 500), c is not: the total is at least 500.
  auto const stated = [](std::int64_t total) {
    amip::plan<amip::entry_count> p{bounds};
    p.state(sum, plan_of(2026), total * entries)
        .state(a, plan_of(2026), 300 * entries)
        .state(b, plan_of(2026), 200 * entries);
    return p.check();
  };
  CHECK(stated(500).empty());
  CHECK(stated(501).empty());
  auto const findings = stated(499);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].what == finding::problem::known_parts_exceed);
  CHECK(findings[0].expected == 500 * entries);
  CHECK(findings[0].found == 499 * entries);
}

TEST_CASE("a known line of 0 still bounds a davon total and a known line of -1 does not") {
  // c unknown. a = 0, b = 300: the total is at least 300, so 298 is a finding. A known negative line (a = -1) makes
  // the known lines no bound at all (c could be anything): 298 is then no finding, though -1 + 300 = 299 exceeds it.
  auto const stated = [](std::int64_t a_figure) {
    amip::plan<amip::entry_count> p{bounds};
    p.state(sum, plan_of(2026), 298 * entries)
        .state(a, plan_of(2026), a_figure * entries)
        .state(b, plan_of(2026), 300 * entries);
    return p.check();
  };
  auto const with_zero = stated(0);
  REQUIRE(with_zero.size() == 1);
  CHECK(with_zero[0].what == finding::problem::known_parts_exceed);
  CHECK(with_zero[0].expected == 300 * entries);
  CHECK(stated(-1).empty());
}

// ---------------------------------------------------------------------------------------------------------------
// io/plan_csv.hpp: the same bounds in a file, counts at their ends, the number convention, period columns

namespace {

std::string const header = "key;parent;children;label;plan 2026\n";

auto read(std::string const& body) { return amip::io::read_plan_csv_collecting(header + body, "plan.csv"); }

}  // namespace

TEST_CASE("in a file a darunter part equal to its whole is accepted and one more is an error") {
  auto const equal = read("whole;;darunter;Insgesamt;1000\npart;whole;;darunter Teil;1000\n");
  CHECK(equal.ok());
  CHECK(equal.plan().stated(amip::line_index{1}, plan_of(2026)) == 1'000 * entries);
  auto const above = read("whole;;darunter;Insgesamt;1000\npart;whole;;darunter Teil;1001\n");
  REQUIRE(above.errors().size() == 1);
  CHECK(above.errors()[0].kind == csv_error_kind::part_exceeds_whole);
  // Line 3 "part;whole;;darunter Teil;1001": the figure starts in column 27.
  CHECK(above.errors()[0].to_string() ==
        "plan.csv:3:27: \"1001\" for \"part\" in plan 2026 is larger than the line it is part of, \"whole\" (1000); "
        "expected at most 1000");
}

TEST_CASE("in a file a davon total equal to its lines is accepted and one more or one less is an error") {
  CHECK(read("t;;sum;T;500\na;t;;A;300\nb;t;;B;200\n").ok());
  for (std::string const total : {"499", "501"}) {
    auto const wrong = read("t;;sum;T;" + total + "\na;t;;A;300\nb;t;;B;200\n");
    REQUIRE(wrong.errors().size() == 1);
    CHECK(wrong.errors()[0].kind == csv_error_kind::total_disagrees);
  }
  // b unknown: a total of 300 is the least that agrees with a = 300.
  CHECK(read("t;;sum;T;300\na;t;;A;300\nb;t;;B;\n").ok());
  auto const below = read("t;;sum;T;299\na;t;;A;300\nb;t;;B;\n");
  REQUIRE(below.errors().size() == 1);
  CHECK(below.errors()[0].kind == csv_error_kind::known_parts_exceed);
}

TEST_CASE("a count in a file is read from 0 to INT64_MAX and -1 or INT64_MAX + 1 is an error") {
  auto const zero = read("x;;;X;0\n");
  REQUIRE(zero.ok());
  CHECK(zero.plan().stated(amip::line_index{0}, plan_of(2026)) == 0 * entries);
  auto const negative = read("x;;;X;-1\n");
  REQUIRE(negative.errors().size() == 1);
  CHECK(negative.errors()[0].kind == csv_error_kind::negative_count);
  auto const largest = read("x;;;X;9223372036854775807\n");
  REQUIRE(largest.ok());
  CHECK(largest.plan().stated(amip::line_index{0}, plan_of(2026)) == amip::entry_count::from_value(int64_max));
  auto const beyond = read("x;;;X;9223372036854775808\n");
  REQUIRE(beyond.errors().size() == 1);
  CHECK(beyond.errors()[0].kind == csv_error_kind::count_overflow);
}

// docs/csv.md: "German (1.994), English (1,994) or plain (1994) figures (the first grouped figure decides ...)". A
// plain figure is read the same in both conventions, so it decides nothing: the English "1,994" after it decides
// English, and a German "1.994" after that is an error (in English terms, as the file now reads).
TEST_CASE("a plain figure decides nothing and the first figure that reads one way decides the convention") {
  // 1,994 alone is 1,994 in German and 1994 in English: without a convention, an error naming both.
  auto const alone = read("a;;;A;1994\nb;;;B;1,994\n");
  REQUIRE(alone.errors().size() == 1);
  CHECK(alone.errors()[0].kind == csv_error_kind::ambiguous_number);

  // 1,994,000 reads only as English (in German, ",994,000" is no fraction): it decides, for 1,994 before it too.
  auto const english = read("a;;;A;1994\nb;;;B;1,994\nc;;;C;1,994,000\n");
  REQUIRE(english.ok());
  CHECK(english.plan().stated(amip::line_index{0}, plan_of(2026)) == 1'994 * entries);
  CHECK(english.plan().stated(amip::line_index{1}, plan_of(2026)) == 1'994 * entries);
  CHECK(english.plan().stated(amip::line_index{2}, plan_of(2026)) == 1'994'000 * entries);

  // After it, 1.994 is one point nine nine four in English: decimals in a count. Line 4 "c;;;C;1.994": column 7.
  auto const then_german = read("a;;;A;1994\nb;;;B;1,994,000\nc;;;C;1.994\n");
  REQUIRE(then_german.errors().size() == 1);
  CHECK(then_german.errors()[0].kind == csv_error_kind::decimals_in_count);
  CHECK(then_german.errors()[0].to_string() ==
        "plan.csv:4:7: \"1.994\" has decimals, but a count of entries is a whole number; expected a whole number of "
        "entries such as 1994 or 1,994, or an empty cell for no figure");

  // The mirror image in a comma file: 1.994.000 reads only as German, and then "1,994" is 1,994 entries.
  auto const german = amip::io::read_plan_csv_collecting(
      "key,parent,children,label,plan 2026\na,,,A,1994\nb,,,B,1.994.000\nc,,,C,\"1,994\"\n", "plan.csv");
  REQUIRE(german.errors().size() == 1);
  CHECK(german.plan().stated(amip::line_index{1}, plan_of(2026)) == 1'994'000 * entries);
  CHECK(german.errors()[0].to_string() ==
        "plan.csv:4:7: \"1,994\" has decimals, but a count of entries is a whole number; expected a whole number of "
        "entries such as 1994 or 1.994, or an empty cell for no figure");

  // Not a number in the file's convention: the message names the figure that decided it.
  auto const letters = read("a;;;A;1,994,000\nb;;;B;1.9x\n");
  REQUIRE(letters.errors().size() == 1);
  CHECK(letters.errors()[0].to_string() ==
        "plan.csv:3:7: \"1.9x\" is not a count: it contains a character other than digits, a leading '-' and the "
        "thousands separator ',' (the file writes English numbers, as \"1,994,000\" in line 2, column 7 shows); "
        "expected a whole number of entries such as 1994 or 1,994, or an empty cell for no figure");
}

TEST_CASE("a period column has a year from 1000 to 9999") {
  using amip::io::detail::parse_period_column;
  CHECK(parse_period_column("plan 1000") == plan_of(1000));
  CHECK(parse_period_column("plan 9999") == plan_of(9999));
  CHECK(parse_period_column("Ergebnis 2025") == amip::actual_of(2025));
  CHECK_FALSE(parse_period_column("plan 0999").has_value());
  CHECK_FALSE(parse_period_column("plan 999").has_value());
  CHECK_FALSE(parse_period_column("plan 10000").has_value());
  CHECK_FALSE(parse_period_column("plan 20/6").has_value());  // '/' is just below '0'
  CHECK_FALSE(parse_period_column("plan 20:6").has_value());  // ':' is just above '9'
}

TEST_CASE("a negative figure on a line without lines is no finding") {
  // c alone, at -1: it has no lines, so no lines known so far can exceed it. The known-parts bound is for "davon"
  // totals with lines (model/consistency.hpp).
  amip::plan<amip::entry_count> p{bounds};
  p.state(c, plan_of(2026), -1 * entries).state(part, plan_of(2026), -5 * entries);
  CHECK(p.check().empty());
  // Its total is unknown (a and b are), so it has no finding either; stated at -1, it agrees with -1.
  p.state(sum, plan_of(2026), -1 * entries);
  CHECK(p.check().empty());
}

// ---------------------------------------------------------------------------------------------------------------
// io/csv.hpp: UTF-8 at the edges of each byte range, as utf8_unit_at defines them (RFC 3629)

TEST_CASE("UTF-8 is valid up to the edge of each byte range and invalid one beyond") {
  using amip::io::is_valid_utf8;
  using namespace std::string_view_literals;
  // One byte: up to 0x7F; 0x80 is a continuation byte without a lead.
  CHECK(is_valid_utf8("\x7F"sv));
  CHECK_FALSE(is_valid_utf8("\x80"sv));
  // Two bytes: leads 0xC2 to 0xDF (0xC0 and 0xC1 would be overlong).
  CHECK_FALSE(is_valid_utf8("\xC1\xBF"sv));
  CHECK(is_valid_utf8("\xC2\x80"sv));
  CHECK(is_valid_utf8("\xDF\xBF"sv));
  // Three bytes: leads 0xE0 to 0xEF; after 0xE0 at least 0xA0 (else overlong), after 0xED at most 0x9F (else a
  // surrogate).
  CHECK(is_valid_utf8("\xE0\xA0\x80"sv));
  CHECK_FALSE(is_valid_utf8("\xE0\x9F\xBF"sv));
  CHECK(is_valid_utf8("\xED\x9F\xBF"sv));
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"sv));
  CHECK(is_valid_utf8("\xEF\xBF\xBF"sv));
  // Four bytes: leads 0xF0 to 0xF4; after 0xF0 at least 0x90 (else overlong), after 0xF4 at most 0x8F (else above
  // U+10FFFF); 0xF5 is no lead.
  CHECK(is_valid_utf8("\xF0\x90\x80\x80"sv));
  CHECK_FALSE(is_valid_utf8("\xF0\x8F\xBF\xBF"sv));
  CHECK(is_valid_utf8("\xF4\x8F\xBF\xBF"sv));
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"sv));
  CHECK_FALSE(is_valid_utf8("\xF5\x80\x80\x80"sv));
  // Continuation bytes: 0x80 to 0xBF, the first one and every later one.
  CHECK(is_valid_utf8("\xC2\xBF"sv));
  CHECK_FALSE(is_valid_utf8("\xC2\x7F"sv));
  CHECK_FALSE(is_valid_utf8("\xC2\xC0"sv));
  CHECK(is_valid_utf8("\xE1\x80\x80"sv));
  CHECK(is_valid_utf8("\xE1\x80\xBF"sv));
  CHECK_FALSE(is_valid_utf8("\xE1\x80\x7F"sv));
  CHECK_FALSE(is_valid_utf8("\xE1\x80\xC0"sv));
  CHECK_FALSE(is_valid_utf8("\xF1\x80\x80\x7F"sv));
  CHECK_FALSE(is_valid_utf8("\xF1\x80\x80\xC0"sv));
  // Truncated: one byte short, with a valid continuation byte just past the end of the view.
  constexpr std::string_view two = "\xC2\x80";
  constexpr std::string_view four = "\xF1\x80\x80\x80";
  CHECK(is_valid_utf8(two));
  CHECK_FALSE(is_valid_utf8(two.substr(0, 1)));
  CHECK(is_valid_utf8(four));
  CHECK_FALSE(is_valid_utf8(four.substr(0, 3)));
  STATIC_REQUIRE_FALSE(is_valid_utf8(two.substr(0, 1)));
}

TEST_CASE("shown text escapes the control characters at both ends of the printable range and cuts after the limit") {
  using amip::io::shown;
  using namespace std::string_view_literals;
  CHECK(shown(" ~"sv) == "\" ~\"");                // 0x20 and 0x7E print as themselves
  CHECK(shown("\x1F\x7F"sv) == "\"\\x1F\\x7F\"");  // the last control character below, DEL above
  CHECK(shown("\xC2\xA0"sv) == "\"\xC2\xA0\"");    // valid UTF-8 beyond ASCII prints as itself
  CHECK(shown("\xC2"sv) == "\"\\xC2\"");
  CHECK(shown("abc", 3) == "\"abc\"");
  CHECK(shown("abcd", 3) == "\"abc\xE2\x80\xA6\"");
  CHECK(shown("\xC3\xBC\xC3\xBC\xC3\xBC", 3) == "\"\xC3\xBC\xC3\xBC\xC3\xBC\"");  // code points, not bytes
}

// ---------------------------------------------------------------------------------------------------------------
// model/offer.hpp

TEST_CASE("an offer lasts at least one day and teaches one to seven days a week") {
  using amip::days;
  amip::offer_spec voucher{.acquired_by = amip::acquisition::voucher};
  voucher.duration = 1 * days;
  voucher.redemption_period = 1 * days;
  voucher.teaching_days_per_week = 1 * days;
  CHECK(voucher.ok());
  voucher.teaching_days_per_week = 7 * days;
  CHECK(voucher.ok());
  voucher.teaching_days_per_week = 8 * days;
  CHECK_FALSE(voucher.ok());
  voucher.teaching_days_per_week = 0 * days;
  CHECK_FALSE(voucher.ok());
  voucher.teaching_days_per_week = 5 * days;
  voucher.duration = 0 * days;
  CHECK_FALSE(voucher.ok());
  voucher.duration = 1 * days;
  voucher.redemption_period = 0 * days;
  CHECK_FALSE(voucher.ok());
}

TEST_CASE("day bounds include both of their ends") {
  using amip::days;
  constexpr amip::day_bounds four_to_five{.at_least = 4 * days, .at_most = 5 * days};
  STATIC_REQUIRE(four_to_five.contains(4 * days));
  STATIC_REQUIRE(four_to_five.contains(5 * days));
  STATIC_REQUIRE_FALSE(four_to_five.contains(3 * days));
  STATIC_REQUIRE_FALSE(four_to_five.contains(6 * days));
  STATIC_REQUIRE(amip::day_bounds{}.contains(0 * days));
}

// ---------------------------------------------------------------------------------------------------------------
// Indices and capacities: the last one held and the first one refused

TEST_CASE("a measure id is known up to the last measure and refused one beyond") {
  constexpr auto count = amip::measures.size();
  auto const last = static_cast<amip::measure_id>(count - 1);
  auto const beyond = static_cast<amip::measure_id>(count);
  CHECK(amip::info_of(last).key == amip::measures.back().key);
  CHECK_THROWS_AS(amip::info_of(beyond), std::out_of_range);
  auto const id_of = [](auto tag) { return decltype(tag)::id; };
  CHECK(amip::visit_measure(last, id_of) == last);
  CHECK_THROWS_AS(amip::visit_measure(beyond, id_of), std::out_of_range);
}

TEST_CASE("a catalogue holds lines up to its last and refuses a parent or a line one beyond") {
  CHECK(bounds[c].key == "c");
  CHECK_THROWS_AS(bounds[amip::line_index{bound_lines.size()}], std::out_of_range);
  // A parent must be a line of the catalogue: index 1 of two lines is, index 2 is not.
  static constexpr std::array<amip::line, 2> last_parent{
      {{"a", amip::line_kind::total}, {"b", amip::line_kind::leaf, 0}}};
  static constexpr std::array<amip::line, 2> parent_beyond{
      {{"a", amip::line_kind::total}, {"b", amip::line_kind::leaf, 2}}};
  static constexpr std::array<amip::line, 2> parent_after{
      {{"a", amip::line_kind::leaf, 1}, {"b", amip::line_kind::total}}};
  CHECK_NOTHROW(amip::catalog{"last", last_parent});
  CHECK_NOTHROW(amip::catalog{"after", parent_after});
  CHECK_THROWS_AS((amip::catalog{"beyond", parent_beyond}), amip::invalid_catalog);
  // The longest chain of parents a catalogue of three lines can have has two steps; a cycle of three is refused.
  static constexpr std::array<amip::line, 3> chain{
      {{"a", amip::line_kind::total}, {"b", amip::line_kind::group, 0}, {"c", amip::line_kind::leaf, 1}}};
  static constexpr std::array<amip::line, 3> cycle{
      {{"a", amip::line_kind::group, 2}, {"b", amip::line_kind::group, 0}, {"c", amip::line_kind::leaf, 1}}};
  CHECK_NOTHROW(amip::catalog{"chain", chain});
  CHECK_THROWS_AS((amip::catalog{"cycle", cycle}), amip::invalid_catalog);
}

TEST_CASE("a plan holds as many lines and periods as its type says and refuses one more") {
  CHECK_NOTHROW(amip::basic_plan<amip::entry_count, bound_lines.size()>{bounds});
  CHECK_THROWS_AS((amip::basic_plan<amip::entry_count, bound_lines.size() - 1>{bounds}), std::length_error);
  amip::basic_plan<amip::entry_count, bound_lines.size(), 2> two_periods{bounds};
  two_periods.state(a, plan_of(2026), 1 * entries).state(a, amip::actual_of(2025), 1 * entries);
  CHECK(two_periods.periods().size() == 2);
  CHECK_THROWS_AS(two_periods.state(a, amip::actual_of(2024), 1 * entries), std::length_error);
  CHECK(two_periods.stated(c, plan_of(2026)) == std::nullopt);
  CHECK_THROWS_AS(two_periods.stated(amip::line_index{bound_lines.size()}, plan_of(2026)), std::out_of_range);
  auto const rows = amip::compare(two_periods, plan_of(2026), amip::actual_of(2025));
  CHECK(rows.at(c).key() == "c");
  CHECK_THROWS_AS(rows.at(amip::line_index{bound_lines.size()}), std::out_of_range);
}

// ---------------------------------------------------------------------------------------------------------------
// money/subsidy.hpp

TEST_CASE("a wage subsidy runs from employment year 1 to its last year and is in force from its first day") {
  using std::chrono::day;
  using std::chrono::year;
  auto const& p16i = amip::p16i_wage_subsidy;  // 100 %, 100 %, 90 %, 80 %, 70 %
  CHECK_THROWS_AS(p16i.share_in_year(0), std::out_of_range);
  CHECK(p16i.share_in_year(1) == amip::percent(100));
  CHECK(p16i.share_in_year(p16i.years) == amip::percent(70));
  CHECK(p16i.share_in_year(p16i.years + 1) == amip::percent(0));
  // In force from 1 January 2019: that day is the first, 31 December 2018 is before it.
  CHECK(amip::subsidy_schedule_for(amip::measure_id::p16i, amip::date{year{2019}, std::chrono::January, day{1}}).norm ==
        p16i.norm);
  CHECK_THROWS_AS(
      amip::subsidy_schedule_for(amip::measure_id::p16i, amip::date{year{2018}, std::chrono::December, day{31}}),
      std::out_of_range);
}

TEST_CASE("a cohort has 0 cases or more and a PAT share from 0 to 1") {
  // 1 job at 1.000 € a month under § 16e (75 %, 50 %): 12.000 € a year, so 9.000 € and 6.000 €, 15.000 € in all.
  auto const cohort = [](std::int64_t jobs, amip::exact_ratio pat_share) {
    return amip::cost_of_cohort(amip::p16e_wage_subsidy, jobs * amip::cases,
                                amip::cost_per_case_month::from_value(100'000), 2026, pat_share);
  };
  CHECK(cohort(0, amip::percent(0)).subsidy == amip::eur(0));
  CHECK_THROWS_AS(cohort(-1, amip::percent(0)), std::invalid_argument);
  CHECK(cohort(1, amip::percent(0)).pat == amip::eur(0));
  CHECK(cohort(1, amip::percent(100)).pat == amip::eur(15'000));
  CHECK(cohort(1, amip::percent(100)).egt == amip::eur(0));
  CHECK_THROWS_AS(cohort(1, amip::exact_ratio{-1, 100}), std::invalid_argument);
  CHECK_THROWS_AS(cohort(1, amip::exact_ratio{101, 100}), std::invalid_argument);
  auto const one_year = cohort(1, amip::percent(0));
  CHECK(one_year.years().size() == 2);
}

// ---------------------------------------------------------------------------------------------------------------
// core/estimate.hpp, money/cost.hpp, money/budget.hpp

TEST_CASE("an estimate range is scaled by 0 or more and not by -1") {
  constexpr auto childcare = amip::between(15 * amip::persons, 30 * amip::persons);
  STATIC_REQUIRE(childcare * 0 == amip::estimate_range{0 * amip::persons});
  STATIC_REQUIRE(childcare * 1 == childcare);
  CHECK_THROWS_AS(childcare * -1, amip::domain_error);
  CHECK_NOTHROW(amip::between(15 * amip::persons, 15 * amip::persons));
  CHECK_THROWS_AS(amip::between(15 * amip::persons, 14 * amip::persons), amip::domain_error);
}

TEST_CASE("a funding rule holds from its first day to its last day, both included") {
  using std::chrono::day;
  using std::chrono::year;
  // MAT is paid from the EGT (the catalogue's paid_from); this rule moves it to the VwHH for March 2026 only.
  constexpr std::array<amip::funding_rule, 1> march{
      {{amip::measure_id::mat, amip::budget_line::vwhh, amip::date{year{2026}, std::chrono::March, day{1}},
        amip::date{year{2026}, std::chrono::March, day{31}}, "test"}}};
  auto const paid_on = [&](std::chrono::month m, unsigned d) {
    return amip::paid_from(amip::measure_id::mat, amip::date{year{2026}, m, day{d}}, march);
  };
  CHECK(paid_on(std::chrono::February, 28) == amip::budget_line::egt);
  CHECK(paid_on(std::chrono::March, 1) == amip::budget_line::vwhh);
  CHECK(paid_on(std::chrono::March, 31) == amip::budget_line::vwhh);
  CHECK(paid_on(std::chrono::April, 1) == amip::budget_line::egt);
}

TEST_CASE("a budget line gives up all it has available and not a cent more, and takes 0 but not -1 cent") {
  using amip::budget_line;
  amip::budget all{2026};
  all.allocate(amip::egt_money{amip::eur(100)});
  all.transfer<budget_line::vwhh>(amip::egt_money{amip::eur(100)}, "all of it");
  CHECK(all.available<budget_line::egt>() == amip::egt_money{amip::eur(0)});
  CHECK_THROWS_AS(all.transfer<budget_line::vwhh>(amip::egt_money{amip::cents(1)}, "one cent more"),
                  amip::budget_error);
  amip::budget zero{2026};
  CHECK_NOTHROW(zero.allocate(amip::egt_money{amip::eur(0)}));
  CHECK_THROWS_AS(zero.allocate(amip::egt_money{amip::cents(-1)}), amip::budget_error);
}
