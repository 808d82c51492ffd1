#include <amip/core/estimate.hpp>
#include <amip/core/quantity.hpp>
#include <amip/core/ratio.hpp>

#include <array>
#include <catch2/catch.hpp>
#include <cstdint>
#include <limits>
#include <numeric>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

#include "printed.hpp"

namespace {
using amip_test::printed;
constexpr auto int64_max = std::numeric_limits<std::int64_t>::max();

// A § 16a "Bedarfsschätzung" estimates how many people will need the service, so its quantity is a
// person_count (persons), not entries into a measure.
using demand = amip::estimate_range<amip::person_count>;

// Seed, "Leistungen nach § 16a" (after Anlage 1), column "Bedarfsschätzung", in the order printed:
//   Kinderbetreuung 15 bis 30, Häusliche Pflege von Angehörigen 100 bis 150,
//   Schuldnerberatung 300 bis 500, Psychosoziale Betreuung und Suchtberatung 450 bis 500.
constexpr std::array<demand, 4> section_16a{{
    amip::between(15 * amip::persons, 30 * amip::persons),
    amip::between(100 * amip::persons, 150 * amip::persons),
    amip::between(300 * amip::persons, 500 * amip::persons),
    amip::between(450 * amip::persons, 500 * amip::persons),
}};

constexpr demand sum_of_section_16a() {
  return std::accumulate(section_16a.begin(), section_16a.end(), demand{0 * amip::persons, 0 * amip::persons});
}
}  // namespace

TEST_CASE("a demand estimate is the closed interval from its low to its high bound") {
  constexpr demand childcare{15 * amip::persons, 30 * amip::persons};  // Kinderbetreuung, "15 bis 30"
  STATIC_REQUIRE(std::is_same_v<decltype(amip::estimate_range{15 * amip::persons, 30 * amip::persons}), demand>);
  STATIC_REQUIRE(amip::between(15 * amip::persons, 30 * amip::persons) == childcare);
  STATIC_REQUIRE(childcare.low() == 15 * amip::persons);
  STATIC_REQUIRE(childcare.high() == 30 * amip::persons);
  STATIC_REQUIRE(childcare.width() == 15 * amip::persons);
  STATIC_REQUIRE(childcare.contains(15 * amip::persons));
  STATIC_REQUIRE(childcare.contains(22 * amip::persons));
  STATIC_REQUIRE(childcare.contains(30 * amip::persons));
  STATIC_REQUIRE(!childcare.contains(14 * amip::persons));
  STATIC_REQUIRE(!childcare.contains(31 * amip::persons));
  STATIC_REQUIRE(childcare != amip::between(15 * amip::persons, 31 * amip::persons));
  STATIC_REQUIRE(childcare != amip::between(14 * amip::persons, 30 * amip::persons));
}

TEST_CASE("a single value is a degenerate range of width zero") {
  constexpr amip::estimate_range exactly_219{219 * amip::cases};
  STATIC_REQUIRE(std::is_same_v<std::remove_const_t<decltype(exactly_219)>, amip::estimate_range<amip::case_count>>);
  STATIC_REQUIRE(exactly_219 == amip::between(219 * amip::cases, 219 * amip::cases));
  STATIC_REQUIRE(exactly_219.width() == 0 * amip::cases);
  STATIC_REQUIRE(exactly_219.contains(219 * amip::cases));
  STATIC_REQUIRE(!exactly_219.contains(218 * amip::cases));
  STATIC_REQUIRE(demand{} == demand{0 * amip::persons});
  STATIC_REQUIRE(!std::is_convertible_v<amip::person_count, demand>);  // a value becomes a range only explicitly
}

TEST_CASE("a range whose low bound is above its high bound is an error that names both bounds") {
  CHECK_THROWS_AS(amip::between(30 * amip::persons, 15 * amip::persons), amip::domain_error);
  CHECK_THROWS_WITH(amip::between(30 * amip::persons, 15 * amip::persons),
                    "amip: the low bound of an estimate range (30 persons) is above its high bound (15 persons)");
  CHECK_THROWS_WITH((demand{500 * amip::persons, 450 * amip::persons}),
                    "amip: the low bound of an estimate range (500 persons) is above its high bound (450 persons)");
  CHECK_THROWS_WITH(amip::between(amip::eur(2), amip::cents(150)),
                    "amip: the low bound of an estimate range (2.00 EUR) is above its high bound (1.50 EUR)");
}

TEST_CASE("ranges add bound by bound and a quantity shifts a range") {
  constexpr auto childcare = amip::between(15 * amip::persons, 30 * amip::persons);
  constexpr auto home_care = amip::between(100 * amip::persons, 150 * amip::persons);
  STATIC_REQUIRE(childcare + home_care == amip::between(115 * amip::persons, 180 * amip::persons));
  STATIC_REQUIRE(home_care + childcare == childcare + home_care);
  STATIC_REQUIRE(childcare + 5 * amip::persons == amip::between(20 * amip::persons, 35 * amip::persons));
  STATIC_REQUIRE(5 * amip::persons + childcare == childcare + 5 * amip::persons);
  STATIC_REQUIRE(childcare + -(15 * amip::persons) == amip::between(0 * amip::persons, 15 * amip::persons));
  auto running = childcare;
  running += home_care;
  running += 10 * amip::persons;
  CHECK(running == amip::between(125 * amip::persons, 190 * amip::persons));
}

TEST_CASE("the four section 16a demand estimates sum to 865 to 1.180 persons") {
  constexpr demand total = sum_of_section_16a();
  STATIC_REQUIRE(total.low() == 865 * amip::persons);
  STATIC_REQUIRE(total.high() == 1'180 * amip::persons);
  STATIC_REQUIRE(total.width() == 315 * amip::persons);
  CHECK(printed(total) == "865 to 1180 persons");

  // the same sum at run time, from a container of ranges
  std::vector<demand> const rows(section_16a.begin(), section_16a.end());
  CHECK(std::accumulate(rows.begin(), rows.end(), demand{}) == total);
}

TEST_CASE("the sum of no ranges is the range from 0 to 0") {
  constexpr std::array<demand, 0> none{};
  STATIC_REQUIRE(std::accumulate(none.begin(), none.end(), demand{0 * amip::persons, 0 * amip::persons}) ==
                 demand{0 * amip::persons, 0 * amip::persons});
  STATIC_REQUIRE(demand{}.low() == 0 * amip::persons);
  STATIC_REQUIRE(demand{}.high() == 0 * amip::persons);
}

TEST_CASE("a range scales by an integer of 0 or more") {
  constexpr auto debt_counselling = amip::between(300 * amip::persons, 500 * amip::persons);
  STATIC_REQUIRE(debt_counselling * 2 == amip::between(600 * amip::persons, 1'000 * amip::persons));
  STATIC_REQUIRE(2 * debt_counselling == debt_counselling + debt_counselling);
  STATIC_REQUIRE(debt_counselling * 0U == demand{});
  STATIC_REQUIRE(debt_counselling * std::int64_t{1} == debt_counselling);
  CHECK_THROWS_AS(debt_counselling * -2, amip::domain_error);
  CHECK_THROWS_WITH(-2 * debt_counselling,
                    "amip: an estimate range is scaled only by an integer of 0 or more, not by -2, which would swap "
                    "its bounds");
}

TEST_CASE("the midpoint of a range is exact until it is rounded") {
  constexpr auto childcare = amip::between(15 * amip::persons, 30 * amip::persons);
  constexpr auto middle = childcare.midpoint();
  STATIC_REQUIRE(std::is_same_v<std::remove_const_t<decltype(middle)>, amip::exact_quotient<amip::units::person>>);
  STATIC_REQUIRE(middle.numerator() == 45);  // 22,5 persons, kept exact
  STATIC_REQUIRE(middle.denominator() == 2);
  STATIC_REQUIRE(middle.round() == 23 * amip::persons);  // half away from zero
  constexpr auto psychosocial = amip::between(450 * amip::persons, 500 * amip::persons).midpoint();
  STATIC_REQUIRE(psychosocial.numerator() == 475);
  STATIC_REQUIRE(psychosocial.denominator() == 1);
  STATIC_REQUIRE(amip::between(amip::cents(-5), amip::cents(0)).midpoint().round() == amip::cents(-3));
}

TEST_CASE("arithmetic on ranges is checked for overflow by the quantities") {
  auto const huge = amip::between(amip::person_count::from_value(0), amip::person_count::from_value(int64_max));
  CHECK_THROWS_AS(huge + huge, amip::overflow_error);
  CHECK_THROWS_WITH(huge + 1 * amip::persons, "amip: addition of 9223372036854775807 and 1 overflows a 64-bit integer");
  CHECK_THROWS_AS(huge * 2, amip::overflow_error);
  CHECK(huge.midpoint().numerator() == int64_max);  // (0 + max) / 2, exact
  CHECK(huge.midpoint().denominator() == 2);
  auto const top = amip::between(amip::person_count::from_value(int64_max - 1), huge.high());
  CHECK_THROWS_WITH(top.midpoint(), "amip: the result of the midpoint of an estimate range overflows a 64-bit integer");
  CHECK(amip::between(1 * amip::persons, huge.high()).midpoint().numerator() == std::int64_t{1} << 62);
  CHECK_NOTHROW(huge.width());
  auto const widest = amip::between(-huge.high() - 1 * amip::persons, huge.high());
  CHECK_THROWS_AS(widest.width(), amip::overflow_error);
}

TEST_CASE("a range prints both bounds and its unit once") {
  CHECK(printed(amip::between(15 * amip::persons, 30 * amip::persons)) == "15 to 30 persons");
  CHECK(printed(amip::estimate_range{219 * amip::cases}) == "219 to 219 cases");
  CHECK(printed(amip::between(amip::eur(1), amip::cents(250))) == "1.00 to 2.50 EUR");
  CHECK(printed(amip::between(amip::cents(-150), amip::cents(-5))) == "-1.50 to -0.05 EUR");
}

TEST_CASE("a figure the seed marks rd. keeps its value and says it is approximate") {
  // Seed, after Anlage 1: "Fördermöglichkeiten aus dem Vermittlungsbudget (rd. 2.500)", counted like Anlage 1 in
  // entries.
  constexpr auto vermittlungsbudget = amip::about(2'500 * amip::entries);
  STATIC_REQUIRE(
      std::is_same_v<std::remove_const_t<decltype(vermittlungsbudget)>, amip::approximate<amip::entry_count>>);
  STATIC_REQUIRE(vermittlungsbudget.value() == 2'500 * amip::entries);
  STATIC_REQUIRE(vermittlungsbudget.is_approximate());
  STATIC_REQUIRE(amip::approximate<amip::entry_count>::is_approximate());

  // Seed, section 4: of 360 entries into abschlussorientierte FbW "rd. 50% in Umschulungen mit Abschluss".
  constexpr auto umschulung_share = amip::about(amip::percent(50));
  STATIC_REQUIRE(umschulung_share.value() == amip::exact_ratio{1, 2});
  STATIC_REQUIRE(umschulung_share.is_approximate());

  // Seed, section 4: "Sonderzuweisung im Eingliederungstitel (Rd. 1,46 Mio. € für 2026 ...)".
  constexpr auto special_allocation = amip::about(amip::eur(1'460'000));
  STATIC_REQUIRE(special_allocation.value() == amip::cents(146'000'000));
  STATIC_REQUIRE(special_allocation.is_approximate());

  // A range can be approximate too.
  constexpr auto rough = amip::about(amip::between(15 * amip::persons, 30 * amip::persons));
  STATIC_REQUIRE(rough.value().high() == 30 * amip::persons);
}

TEST_CASE("approximate figures are equal when their values are") {
  STATIC_REQUIRE(amip::about(2'500 * amip::entries) == amip::about(2'500 * amip::entries));
  STATIC_REQUIRE(amip::about(2'500 * amip::entries) != amip::about(2'501 * amip::entries));
  STATIC_REQUIRE(amip::about(amip::percent(50)) == amip::about(amip::exact_ratio{50, 100}));
  STATIC_REQUIRE(amip::about(amip::eur(1'460'000)) == amip::approximate{amip::cents(146'000'000)});
}

TEST_CASE("an approximate figure never passes silently for an exact one, nor the other way round") {
  STATIC_REQUIRE(!std::is_convertible_v<amip::approximate<amip::entry_count>, amip::entry_count>);
  STATIC_REQUIRE(!std::is_convertible_v<amip::approximate<amip::exact_ratio>, amip::exact_ratio>);
  STATIC_REQUIRE(!std::is_convertible_v<amip::approximate<amip::money>, amip::money>);
  STATIC_REQUIRE(!std::is_convertible_v<amip::entry_count, amip::approximate<amip::entry_count>>);
  STATIC_REQUIRE(!std::equality_comparable_with<amip::approximate<amip::entry_count>, amip::entry_count>);
}
