#include <amip/core/quantity.hpp>
#include <amip/core/ratio.hpp>
#include <amip/programmes/duesseldorf_2026/data.hpp>

#include <array>
#include <catch2/catch.hpp>
#include <cstdint>
#include <limits>

#include "seed.hpp"

namespace {
constexpr auto const& printed_rows = amip::duesseldorf_2026::anlage1_printed;

constexpr bool all_rows_match() {
  for (auto const& row : printed_rows) {
    auto const computed =
        amip::change_in_tenths_of_percent(row.plan_2026 * amip::entries, row.actual_2025 * amip::entries);
    if (!computed || *computed != row.vergleich_tenths) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("all 25 Vergleich percentages of Anlage 1 follow from the two integer columns at compile time") {
  STATIC_REQUIRE(all_rows_match());
  STATIC_REQUIRE(amip::change_in_tenths_of_percent(8'510, 7'274) == 170);
  STATIC_REQUIRE(amip::change_in_tenths_of_percent(0, 4) == -1'000);   // § 16c: -100,0 %
  STATIC_REQUIRE(amip::change_in_tenths_of_percent(50, 10) == 4'000);  // V. Reha: 400,0 %
  STATIC_REQUIRE(amip::change_in_tenths_of_percent(0, 0) == 0);        // VIII. § 16h: 0,0 %
}

TEST_CASE("all 25 Vergleich percentages of Anlage 1 follow from the seed's own lines at run time") {
  auto const rows = amip_test::anlage1_rows();
  REQUIRE(rows.size() == 25);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    auto const& row = rows[i];
    INFO("Anlage 1 row " << i + 1 << ": " << row.label);
    auto const printed = amip_test::german_tenths_of_percent(row.change_text);
    auto const computed =
        amip::change_in_tenths_of_percent(row.plan_2026 * amip::entries, row.actual_2025 * amip::entries);
    REQUIRE(computed.has_value());
    CHECK(*computed == printed);
    // the data set's printed rows (used at compile time above) are the seed's
    CHECK(printed_rows[i].plan_2026 == row.plan_2026);
    CHECK(printed_rows[i].actual_2025 == row.actual_2025);
    CHECK(printed_rows[i].vergleich_tenths == printed);
  }
}

TEST_CASE("a non-zero figure against a prior of zero has no percentage") {
  constexpr auto change = amip::change_of(5 * amip::entries, 0 * amip::entries);
  STATIC_REQUIRE_FALSE(change.has_value());
  STATIC_REQUIRE_FALSE(change.tenths_of_percent().has_value());
  STATIC_REQUIRE_FALSE(change > amip::percent(50));
  STATIC_REQUIRE_FALSE(change < amip::percent(50));
  STATIC_REQUIRE_FALSE(change == amip::percent(50));
  CHECK_THROWS_AS(change.value(), std::bad_optional_access);
}

TEST_CASE("changes compare with each other and a missing one is unordered") {
  constexpr auto agh = amip::change_of(1'600, 1'335);  // 19,9 % (seed, Anlage 1)
  constexpr auto p16i = amip::change_of(95, 52);       // 82,7 %
  constexpr auto none = amip::change_of(5, 0);
  STATIC_REQUIRE(agh <= p16i);
  STATIC_REQUIRE(p16i > agh);
  STATIC_REQUIRE_FALSE(none <= p16i);
  STATIC_REQUIRE_FALSE(none > p16i);
  STATIC_REQUIRE(amip::change_of(0, 0) == amip::change_of(7, 7));
}

TEST_CASE("ratios of the most negative int64 are exact and free of undefined behaviour") {
  constexpr auto min = std::numeric_limits<std::int64_t>::min();
  STATIC_REQUIRE(amip::exact_ratio{min, 2}.numerator() == min / 2);
  STATIC_REQUIRE(amip::exact_ratio{min, 2}.denominator() == 1);
  CHECK_THROWS_AS((amip::exact_ratio{1, min}), amip::overflow_error);  // -min does not fit
}

TEST_CASE("rounding is half away from zero in both directions") {
  // 1/8 = 12,5 % -> 125 tenths exactly; 1/16 = 6,25 % -> 62,5 tenths -> 63; -1/16 -> -63
  STATIC_REQUIRE(amip::exact_ratio{1, 8}.tenths_of_percent() == 125);
  STATIC_REQUIRE(amip::exact_ratio{1, 16}.tenths_of_percent() == 63);
  STATIC_REQUIRE(amip::exact_ratio{-1, 16}.tenths_of_percent() == -63);
  STATIC_REQUIRE(amip::exact_ratio{1, -16}.tenths_of_percent() == -63);
  // 1/3 = 33,333… % -> 333; 2/3 = 66,666… % -> 667
  STATIC_REQUIRE(amip::exact_ratio{1, 3}.tenths_of_percent() == 333);
  STATIC_REQUIRE(amip::exact_ratio{2, 3}.tenths_of_percent() == 667);
}

TEST_CASE("exact ratios compare exactly and are kept in lowest terms") {
  STATIC_REQUIRE(amip::exact_ratio{180, 360} == amip::percent(50));
  STATIC_REQUIRE(amip::exact_ratio{180, 360}.numerator() == 1);
  STATIC_REQUIRE(amip::exact_ratio{180, 360}.denominator() == 2);
  STATIC_REQUIRE(amip::exact_ratio{1, 3} < amip::exact_ratio{334, 1000});
  STATIC_REQUIRE(amip::exact_ratio{-1, 2} < amip::exact_ratio{0, 7});
  // rd. 50 % Umschulungen of 360 ao entries (seed, section 4): 180 / 360
  STATIC_REQUIRE(amip::share(180, 360) == amip::percent(50));
  STATIC_REQUIRE((180 * amip::entries) / (360 * amip::entries) == amip::percent(50));
}

TEST_CASE("comparisons of huge ratios do not overflow") {
  constexpr auto max = std::numeric_limits<std::int64_t>::max();
  STATIC_REQUIRE(amip::exact_ratio{max, max - 1} < amip::exact_ratio{max - 1, max - 2});
  STATIC_REQUIRE(amip::exact_ratio{max - 1, max} < amip::exact_ratio{1, 1});
}

TEST_CASE("a zero denominator is an error, not a silent value") {
  CHECK_THROWS_AS((amip::exact_ratio{1, 0}), amip::domain_error);
  CHECK_THROWS_WITH((amip::share(1, 0)), Catch::Matchers::Contains("division by zero"));
}

TEST_CASE("exact ratios add, subtract, multiply and divide exactly, in lowest terms") {
  using amip::exact_ratio;
  using amip::percent;
  // 1/2 + 1/3 = 3/6 + 2/6 = 5/6
  STATIC_REQUIRE(exact_ratio{1, 2} + exact_ratio{1, 3} == exact_ratio{5, 6});
  STATIC_REQUIRE((exact_ratio{1, 2} + exact_ratio{1, 3}).denominator() == 6);
  // 1/2 - 1/3 = 1/6; 1/3 - 1/2 = -1/6 (the sign on the numerator)
  STATIC_REQUIRE(exact_ratio{1, 2} - exact_ratio{1, 3} == exact_ratio{1, 6});
  STATIC_REQUIRE((exact_ratio{1, 3} - exact_ratio{1, 2}).numerator() == -1);
  STATIC_REQUIRE((exact_ratio{1, 3} - exact_ratio{1, 2}).denominator() == 6);
  // 50 % - 5 % = 45 % = 9/20 (the umschulung-share rule's target less a tolerance)
  STATIC_REQUIRE(percent(50) - percent(5) == percent(45));
  STATIC_REQUIRE((percent(50) - percent(5)).numerator() == 9);
  STATIC_REQUIRE((percent(50) - percent(5)).denominator() == 20);
  // 2/3 · 9/4 = 18/12 = 3/2
  STATIC_REQUIRE(exact_ratio{2, 3} * exact_ratio{9, 4} == exact_ratio{3, 2});
  STATIC_REQUIRE((exact_ratio{2, 3} * exact_ratio{9, 4}).numerator() == 3);
  // (2/3) / (-4/9) = 2·9 / (3·-4) = 18 / -12 = -3/2
  STATIC_REQUIRE(exact_ratio{2, 3} / exact_ratio{-4, 9} == exact_ratio{-3, 2});
  STATIC_REQUIRE((exact_ratio{2, 3} / exact_ratio{-4, 9}).denominator() == 2);
  // 1/2 + 1/2 = 1 = 1/1
  STATIC_REQUIRE((exact_ratio{1, 2} + exact_ratio{1, 2}).denominator() == 1);
  STATIC_REQUIRE(-exact_ratio{3, 4} == exact_ratio{-3, 4});
  STATIC_REQUIRE(+exact_ratio{3, 4} == exact_ratio{3, 4});
  // 0 + 0 is 0/1
  STATIC_REQUIRE((exact_ratio{} + exact_ratio{}).denominator() == 1);
}

TEST_CASE("exact ratios take a whole number on either side and compare with one") {
  using amip::exact_ratio;
  using amip::percent;
  STATIC_REQUIRE(1 - percent(10) == percent(90));              // 100/100 - 10/100 = 90/100
  STATIC_REQUIRE(percent(10) + 1 == percent(110));             // 10/100 + 100/100
  STATIC_REQUIRE(percent(5) * 3 == percent(15));               // 15/100 = 3/20
  STATIC_REQUIRE(3 * percent(5) == exact_ratio{3, 20});        // 15/100 = 3/20
  STATIC_REQUIRE(percent(45) / 3 == percent(15));              // 45/300 = 15/100
  STATIC_REQUIRE(2 / exact_ratio{4, 3} == exact_ratio{3, 2});  // 2 · 3/4 = 6/4 = 3/2
  STATIC_REQUIRE(percent(150) > 1);
  STATIC_REQUIRE(percent(100) == 1);
  STATIC_REQUIRE(1 == percent(100));
  STATIC_REQUIRE(exact_ratio{-1, 2} < 0);
  STATIC_REQUIRE(0 > exact_ratio{-1, 2});
  auto r = percent(50);
  r += percent(25);        // 3/4
  r *= 2;                  // 3/2
  r -= 1;                  // 1/2
  r /= exact_ratio{1, 4};  // 2
  CHECK(r == 2);
  CHECK(r.denominator() == 1);
}

TEST_CASE("exact ratio arithmetic reduces 128-bit intermediates and throws when a term leaves 64 bits") {
  using amip::exact_ratio;
  constexpr auto max = std::numeric_limits<std::int64_t>::max();
  constexpr auto min = std::numeric_limits<std::int64_t>::min();
  // max/2 · 2/max = 1: the product of the terms (max·2 / 2·max) leaves 64 bits, its lowest terms do not
  STATIC_REQUIRE(exact_ratio{max, 2} * exact_ratio{2, max} == 1);
  // 1/max + 1/max = 2/max: the denominator max·max is reduced by gcd(2·max, max·max) = max
  STATIC_REQUIRE(exact_ratio{1, max} + exact_ratio{1, max} == exact_ratio{2, max});
  // max + 1 does not fit: an error from above
  CHECK_THROWS_AS((exact_ratio{max, 1} + exact_ratio{1, 1}), amip::overflow_error);
  CHECK_THROWS_AS((exact_ratio{max, 1} + 1), amip::overflow_error);
  // min - 1 does not fit: an error from below
  CHECK_THROWS_AS((exact_ratio{min, 1} - exact_ratio{1, 1}), amip::overflow_error);
  CHECK_THROWS_WITH((exact_ratio{min, 1} - 1), Catch::Matchers::Contains("subtracting ratios"));
  // -min does not fit
  CHECK_THROWS_AS((-exact_ratio{min, 1}), amip::overflow_error);
  // 1/max · 1/2: the denominator 2·max does not fit
  CHECK_THROWS_AS((exact_ratio{1, max} * exact_ratio{1, 2}), amip::overflow_error);
  // max - max and min - min are exact zero
  CHECK(exact_ratio{max, 1} - exact_ratio{max, 1} == 0);
  CHECK(exact_ratio{min, 3} - exact_ratio{min, 3} == 0);
  // the largest and smallest terms that fit do fit
  CHECK((exact_ratio{max - 1, 1} + 1).numerator() == max);
  CHECK((exact_ratio{min + 1, 1} - 1).numerator() == min);
}

TEST_CASE("dividing an exact ratio by zero is an error") {
  using amip::exact_ratio;
  CHECK_THROWS_AS((amip::percent(5) / exact_ratio{}), amip::domain_error);
  CHECK_THROWS_WITH((amip::percent(5) / 0), Catch::Matchers::Contains("division by zero"));
  CHECK_THROWS_AS((1 / exact_ratio{0, 7}), amip::domain_error);
}
