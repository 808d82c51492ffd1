#include <amip/report/number_format.hpp>

#include <amip/core/quantity.hpp>
#include <amip/core/ratio.hpp>

#include <array>
#include <catch2/catch.hpp>
#include <cstdint>
#include <limits>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#ifdef AMIP_SEED_FILE
#include "seed.hpp"
#endif

using namespace amip::literals;
using amip::report::language;

namespace {
constexpr auto int64_max = std::numeric_limits<std::int64_t>::max();
constexpr auto int64_min = std::numeric_limits<std::int64_t>::min();

struct printed_row {
  std::int64_t plan_2026;
  std::int64_t actual_2025;
  std::string_view vergleich;  // as printed in the seed
};

// Seed, Anlage 1 "Planung EGT 2026": Eintritte 2026, Ergebnis 2025 and Vergleich, all 25 rows as printed.
constexpr std::array<printed_row, 25> anlage1{{
    {8'510, 7'274, "17,0%"},  {7'300, 5'938, "22,9%"},  {4'444, 3'693, "20,3%"}, {4'444, 3'693, "20,3%"},
    {1'994, 1'162, "71,6%"},  {1'500, 1'962, "-23,5%"}, {950, 569, "67,0%"},     {1'160, 1'326, "-12,5%"},
    {1'160, 1'326, "-12,5%"}, {800, 1'019, "-21,5%"},   {360, 307, "17,3%"},     {1'000, 706, "41,6%"},
    {400, 254, "57,5%"},      {600, 448, "33,9%"},      {0, 4, "-100,0%"},       {61, 33, "84,8%"},
    {41, 22, "86,4%"},        {20, 11, "81,8%"},        {50, 10, "400,0%"},      {1'720, 1'415, "21,6%"},
    {1'600, 1'335, "19,9%"},  {25, 28, "-10,7%"},       {95, 52, "82,7%"},       {75, 91, "-17,6%"},
    {0, 0, "0,0%"},
}};

constexpr bool anlage1_prints_as_the_seed() {
  for (auto const& row : anlage1) {
    auto const change = amip::change_of(row.plan_2026 * amip::entries, row.actual_2025 * amip::entries);
    if (amip::report::formatted_change(change) != row.vergleich) return false;
  }
  return true;
}

constexpr bool anlage1_reads_back() {
  for (auto const& row : anlage1) {
    auto const change =
        amip::change_in_tenths_of_percent(row.plan_2026 * amip::entries, row.actual_2025 * amip::entries);
    if (amip::report::parse_tenths_of_percent(row.vergleich) != change) return false;
  }
  return true;
}

std::string printed(amip::report::formatted const& text) {
  std::ostringstream out;
  out << text;
  return out.str();
}
}  // namespace

TEST_CASE("integers are grouped in threes by a dot in German and by a comma in English") {
  using amip::report::formatted_integer;
  STATIC_REQUIRE(formatted_integer(8'510) == "8.510");
  STATIC_REQUIRE(formatted_integer(-1'236) == "-1.236");
  STATIC_REQUIRE(formatted_integer(0) == "0");
  STATIC_REQUIRE(formatted_integer(1'460'000) == "1.460.000");
  STATIC_REQUIRE(formatted_integer(999) == "999");
  STATIC_REQUIRE(formatted_integer(-999) == "-999");
  STATIC_REQUIRE(formatted_integer(1'000) == "1.000");
  STATIC_REQUIRE(formatted_integer(-100'000) == "-100.000");
  STATIC_REQUIRE(formatted_integer(8'510, language::english) == "8,510");
  STATIC_REQUIRE(formatted_integer(-1'460'000, language::english) == "-1,460,000");
  STATIC_REQUIRE(formatted_integer(1'994, language::german) == formatted_integer(1'994));

  CHECK(amip::report::format_integer(8'510) == "8.510");
  CHECK(amip::report::format_integer(-1'236) == "-1.236");
  CHECK(amip::report::format_integer(1'460'000, language::english) == "1,460,000");
  CHECK(printed(formatted_integer(1'460'000)) == "1.460.000");
}

TEST_CASE("the whole int64 range prints, its most negative value included") {
  using amip::report::formatted_integer;
  STATIC_REQUIRE(formatted_integer(int64_min) == "-9.223.372.036.854.775.808");
  STATIC_REQUIRE(formatted_integer(int64_max) == "9.223.372.036.854.775.807");
  STATIC_REQUIRE(formatted_integer(int64_min, language::english) == "-9,223,372,036,854,775,808");
  CHECK(amip::report::format_integer(int64_min) == "-9.223.372.036.854.775.808");
}

TEST_CASE("counts print as bare numbers without their unit") {
  using amip::report::formatted_count;
  STATIC_REQUIRE(formatted_count(8'510 * amip::entries) == "8.510");
  STATIC_REQUIRE(formatted_count(390 * amip::persons) == "390");
  STATIC_REQUIRE(formatted_count(1'720 * amip::cases, language::english) == "1,720");
  STATIC_REQUIRE(amip::Count<amip::entry_count>);
  STATIC_REQUIRE(amip::Count<amip::person_count>);
  STATIC_REQUIRE(amip::Count<amip::case_count>);
  STATIC_REQUIRE_FALSE(amip::Count<amip::money>);
  STATIC_REQUIRE_FALSE(amip::Count<std::int64_t>);

  CHECK(amip::report::format_count(8'510 * amip::entries) == "8.510");
  CHECK(amip::report::format_count(-1'236 * amip::entries) == "-1.236");
  CHECK(amip::report::format_count(219 * amip::cases, language::english) == "219");
}

TEST_CASE("tenths of a percent print with one decimal and no space before the percent sign") {
  using amip::report::formatted_tenths_of_percent;
  STATIC_REQUIRE(formatted_tenths_of_percent(170) == "17,0%");
  STATIC_REQUIRE(formatted_tenths_of_percent(-1'000) == "-100,0%");
  STATIC_REQUIRE(formatted_tenths_of_percent(4'000) == "400,0%");
  STATIC_REQUIRE(formatted_tenths_of_percent(0) == "0,0%");
  STATIC_REQUIRE(formatted_tenths_of_percent(5) == "0,5%");
  STATIC_REQUIRE(formatted_tenths_of_percent(-5) == "-0,5%");
  STATIC_REQUIRE(formatted_tenths_of_percent(12'345) == "1.234,5%");
  STATIC_REQUIRE(formatted_tenths_of_percent(170, language::english) == "17.0%");
  STATIC_REQUIRE(formatted_tenths_of_percent(-12'345, language::english) == "-1,234.5%");
  STATIC_REQUIRE(formatted_tenths_of_percent(int64_min) == "-922.337.203.685.477.580,8%");

  CHECK(amip::report::format_tenths_of_percent(170) == "17,0%");
  CHECK(amip::report::format_tenths_of_percent(-5) == "-0,5%");
  CHECK(amip::report::format_tenths_of_percent(170, language::english) == "17.0%");
}

TEST_CASE("a space before the percent sign is available for DIN 5008 text") {
  using amip::report::percent_spacing;
  STATIC_REQUIRE(amip::report::formatted_tenths_of_percent(170, language::german, percent_spacing::space) == "17,0 %");
  STATIC_REQUIRE(amip::report::formatted_percent(amip::percent(50), 0, language::english, percent_spacing::space) ==
                 "50 %");
  CHECK(amip::report::format_change(amip::change_of(8'510 * amip::entries, 7'274 * amip::entries), language::german,
                                    percent_spacing::space) == "17,0 %");
}

TEST_CASE("all 25 Vergleich percentages of Anlage 1 print as the seed prints them") {
  STATIC_REQUIRE(anlage1_prints_as_the_seed());
  for (auto const& row : anlage1) {
    auto const change = amip::change_of(row.plan_2026 * amip::entries, row.actual_2025 * amip::entries);
    CHECK(amip::report::format_change(change) == row.vergleich);
    CHECK(amip::report::format_tenths_of_percent(change.tenths_of_percent()) == row.vergleich);
  }
}

TEST_CASE("a change without a value prints a placeholder: n. v. in German, n/a in English, or a text of your own") {
  constexpr auto none = amip::change_of(5 * amip::entries, 0 * amip::entries);
  STATIC_REQUIRE(amip::report::no_value_text(language::german) == "n. v.");
  STATIC_REQUIRE(amip::report::no_value_text(language::english) == "n/a");
  STATIC_REQUIRE(amip::report::formatted_change(none) == "n. v.");
  STATIC_REQUIRE(amip::report::formatted_change(none, language::english) == "n/a");
  STATIC_REQUIRE(amip::report::formatted_change(none, "\u2013") == "\u2013");  // an en dash
  STATIC_REQUIRE(amip::report::formatted_change(none, "").size() == 0);        // a blank cell
  STATIC_REQUIRE(amip::report::formatted_tenths_of_percent(std::nullopt) == "n. v.");
  STATIC_REQUIRE(amip::report::formatted_tenths_of_percent(std::optional<std::int64_t>{-5}) == "-0,5%");

  CHECK(amip::report::format_change(none) == "n. v.");
  CHECK(amip::report::format_change(none, language::english) == "n/a");
  CHECK(amip::report::format_change(none, "x") == "x");
  CHECK(amip::report::format_tenths_of_percent(amip::change_in_tenths_of_percent(5, 0)) == "n. v.");
  CHECK(amip::report::format_tenths_of_percent(amip::change_in_tenths_of_percent(0, 0)) == "0,0%");

  // A placeholder longer than the fixed buffer fits a std::string, but not a formatted.
  std::string const long_text(amip::report::formatted::capacity + 1, '-');
  CHECK(amip::report::format_change(none, long_text) == long_text);
  CHECK_THROWS_AS(amip::report::formatted_change(none, long_text), std::length_error);
}

TEST_CASE("money prints in euros and cents: 1.460.000,00 € in German, EUR 1,460,000.00 in English") {
  using amip::report::formatted_money;
  STATIC_REQUIRE(formatted_money(1'460'000_eur) == "1.460.000,00 €");
  STATIC_REQUIRE(formatted_money(amip::cents(666'667)) == "6.666,67 €");
  STATIC_REQUIRE(formatted_money(amip::cents(-3)) == "-0,03 €");
  STATIC_REQUIRE(formatted_money(amip::cents(0)) == "0,00 €");
  STATIC_REQUIRE(formatted_money(50_ct) == "0,50 €");
  STATIC_REQUIRE(formatted_money(1'460'000_eur, language::english) == "EUR 1,460,000.00");
  STATIC_REQUIRE(formatted_money(amip::cents(-3), language::english) == "EUR -0.03");
  STATIC_REQUIRE(formatted_money(amip::money::from_value(int64_min)) == "-92.233.720.368.547.758,08 €");

  CHECK(amip::report::format_money(1'460'000_eur) == "1.460.000,00 €");
  CHECK(amip::report::format_money(amip::cents(-3)) == "-0,03 €");
  CHECK(amip::report::format_money(amip::cents(666'667), language::english) == "EUR 6,666.67");
}

TEST_CASE("a cost per count prints as money: 1,46 Mio. € for 219 cases are 6.666,67 € per case") {
  // Seed: the special allocation of rd. 1,46 Mio. € for the 219 cases still to be financed from 2024.
  constexpr auto per_case = (1'460'000_eur / (219 * amip::cases)).round();
  STATIC_REQUIRE(amip::report::formatted_money(per_case) == "6.666,67 €");
  STATIC_REQUIRE(amip::report::formatted_money(per_case, language::english) == "EUR 6,666.67");
  CHECK(amip::report::format_money(per_case) == "6.666,67 €");
  CHECK(amip::report::format_money(amip::cost_per<amip::entry_count>::from_value(-250)) == "-2,50 €");
}

TEST_CASE("a ratio prints as a percentage with the decimals asked for, rounded half away from zero") {
  using amip::report::formatted_percent;
  STATIC_REQUIRE(formatted_percent(amip::percent(50), 0) == "50%");
  STATIC_REQUIRE(formatted_percent(amip::share(1, 3), 1) == "33,3%");
  STATIC_REQUIRE(formatted_percent(amip::share(2, 3), 2) == "66,67%");
  STATIC_REQUIRE(formatted_percent(amip::share(1, 3), 1, language::english) == "33.3%");
  STATIC_REQUIRE(formatted_percent(amip::share(1, 8), 0) == "13%");    // 12,5 % -> 13 %
  STATIC_REQUIRE(formatted_percent(amip::share(-1, 8), 0) == "-13%");  // -12,5 % -> -13 %
  STATIC_REQUIRE(formatted_percent(amip::share(1, 8), 1) == "12,5%");
  STATIC_REQUIRE(formatted_percent(amip::share(-1, 1'000), 0) == "0%");  // rounds to 0: no sign
  STATIC_REQUIRE(formatted_percent(amip::share(-1, 1'000), 1) == "-0,1%");
  STATIC_REQUIRE(formatted_percent(amip::percent(1'000), 0) == "1.000%");
  STATIC_REQUIRE(formatted_percent(amip::share(1, 3), 16) == "33,3333333333333333%");
  // Seed: rd. 50 % of the 360 entries into abschlussorientierte FbW are Umschulungen.
  STATIC_REQUIRE(formatted_percent(amip::share(180, 360), 0) == "50%");

  CHECK(amip::report::format_percent(amip::percent(50), 0) == "50%");
  CHECK(amip::report::format_percent(amip::share(1, 3), 1) == "33,3%");
  CHECK_THROWS_WITH(amip::report::format_percent(amip::share(1, 3), -1),
                    "amip: a percentage is formatted with 0 to 16 decimals, not -1");
  CHECK_THROWS_WITH(amip::report::format_percent(amip::share(1, 3), 17),
                    "amip: a percentage is formatted with 0 to 16 decimals, not 17");
  CHECK_THROWS_AS(amip::report::format_percent(amip::share(1, 3), 17), std::invalid_argument);
  CHECK_THROWS_AS(amip::report::format_percent(amip::percent(1'000), 16), amip::overflow_error);
}

TEST_CASE("integers are read back in German, plainly, and in English") {
  using amip::report::parse_integer;
  STATIC_REQUIRE(parse_integer("1.994") == 1'994);
  STATIC_REQUIRE(parse_integer("1994") == 1'994);
  STATIC_REQUIRE(parse_integer("1,994", language::english) == 1'994);
  STATIC_REQUIRE(parse_integer("1994", language::english) == 1'994);
  STATIC_REQUIRE(parse_integer("-1.236") == -1'236);
  STATIC_REQUIRE(parse_integer("  8.510\t") == 8'510);
  STATIC_REQUIRE(parse_integer("1.460.000\r\n") == 1'460'000);
  STATIC_REQUIRE(parse_integer("0") == 0);
  STATIC_REQUIRE(parse_integer("-0") == 0);
  STATIC_REQUIRE(parse_integer("007") == 7);
  STATIC_REQUIRE(parse_integer("999") == 999);
  STATIC_REQUIRE(parse_integer("-9.223.372.036.854.775.808") == int64_min);
  STATIC_REQUIRE(parse_integer("9223372036854775807") == int64_max);
  STATIC_REQUIRE(amip::report::try_parse_integer("1.994") == 1'994);
  STATIC_REQUIRE(std::is_base_of_v<std::invalid_argument, amip::report::parse_error>);

  for (std::int64_t const value : {std::int64_t{0}, std::int64_t{-1}, std::int64_t{999}, std::int64_t{-1'000},
                                   std::int64_t{1'460'000}, int64_min, int64_max}) {
    for (language const lang : {language::german, language::english}) {
      CHECK(parse_integer(amip::report::format_integer(value, lang), lang) == value);
    }
  }
}

TEST_CASE("malformed integers are rejected with a message naming the text and the format expected") {
  using amip::report::try_parse_integer;
  STATIC_REQUIRE_FALSE(try_parse_integer("").has_value());
  STATIC_REQUIRE_FALSE(try_parse_integer("   ").has_value());
  STATIC_REQUIRE_FALSE(try_parse_integer("-").has_value());
  STATIC_REQUIRE_FALSE(try_parse_integer("1.99.4").has_value());
  STATIC_REQUIRE_FALSE(try_parse_integer("1.9944").has_value());
  STATIC_REQUIRE_FALSE(try_parse_integer("1994.").has_value());
  STATIC_REQUIRE_FALSE(try_parse_integer(".994").has_value());
  STATIC_REQUIRE_FALSE(try_parse_integer("1234.567").has_value());
  STATIC_REQUIRE_FALSE(try_parse_integer("0.500").has_value());
  STATIC_REQUIRE_FALSE(try_parse_integer("1.994", language::english).has_value());
  STATIC_REQUIRE_FALSE(try_parse_integer("1,994").has_value());
  STATIC_REQUIRE_FALSE(try_parse_integer("+5").has_value());
  STATIC_REQUIRE_FALSE(try_parse_integer("1 994").has_value());
  STATIC_REQUIRE_FALSE(try_parse_integer("9.223.372.036.854.775.808").has_value());
  STATIC_REQUIRE_FALSE(try_parse_integer("-9223372036854775809").has_value());
  STATIC_REQUIRE_FALSE(try_parse_integer("99999999999999999999999").has_value());

  using amip::report::parse_integer;
  std::string const german = "; expected a German integer such as 1.994, 1994 or -1.236 ('.' groups thousands)";
  std::string const english = "; expected an English integer such as 1,994, 1994 or -1,236 (',' groups thousands)";
  CHECK_THROWS_WITH(parse_integer(""), "amip: cannot read \"\" as an integer: it is empty" + german);
  CHECK_THROWS_WITH(parse_integer("-"), "amip: cannot read \"-\" as an integer: it has no digits" + german);
  CHECK_THROWS_WITH(parse_integer("1.99.4"),
                    "amip: cannot read \"1.99.4\" as an integer: the thousands separator '.' is misplaced" + german);
  CHECK_THROWS_WITH(parse_integer("1.9944"),
                    "amip: cannot read \"1.9944\" as an integer: the thousands separator '.' is misplaced" + german);
  CHECK_THROWS_WITH(parse_integer("1,994"),
                    "amip: cannot read \"1,994\" as an integer: it contains a character other than digits, a "
                    "leading '-' and the thousands separator '.'" +
                        german);
  CHECK_THROWS_WITH(parse_integer(" zwölf "),
                    "amip: cannot read \" zwölf \" as an integer: it contains a character other than digits, a "
                    "leading '-' and the thousands separator '.'" +
                        german);
  CHECK_THROWS_WITH(parse_integer("1.994", language::english),
                    "amip: cannot read \"1.994\" as an integer: it contains a character other than digits, a "
                    "leading '-' and the thousands separator ','" +
                        english);
  CHECK_THROWS_WITH(parse_integer("1,99,4", language::english),
                    "amip: cannot read \"1,99,4\" as an integer: the thousands separator ',' is misplaced" + english);
  CHECK_THROWS_WITH(parse_integer("9.223.372.036.854.775.808"),
                    "amip: cannot read \"9.223.372.036.854.775.808\" as an integer: it is outside the range of a "
                    "64-bit integer" +
                        german);
  CHECK_THROWS_AS(parse_integer("1.99.4"), amip::report::parse_error);
  CHECK_THROWS_AS(parse_integer("1.99.4"), std::invalid_argument);
}

TEST_CASE("percentages are read back in tenths, with or without the percent sign and the decimal") {
  using amip::report::parse_tenths_of_percent;
  STATIC_REQUIRE(parse_tenths_of_percent("17,0%") == 170);
  STATIC_REQUIRE(parse_tenths_of_percent("17,0%", language::german) == 170);
  STATIC_REQUIRE(parse_tenths_of_percent("17,0") == 170);
  STATIC_REQUIRE(parse_tenths_of_percent("17%") == 170);
  STATIC_REQUIRE(parse_tenths_of_percent("17") == 170);
  STATIC_REQUIRE(parse_tenths_of_percent(" 17,0 % ") == 170);
  STATIC_REQUIRE(parse_tenths_of_percent("-0,5%") == -5);
  STATIC_REQUIRE(parse_tenths_of_percent("-100,0%") == -1'000);
  STATIC_REQUIRE(parse_tenths_of_percent("400,0%") == 4'000);
  STATIC_REQUIRE(parse_tenths_of_percent("0,0%") == 0);
  STATIC_REQUIRE(parse_tenths_of_percent("1.234,5%") == 12'345);
  STATIC_REQUIRE(parse_tenths_of_percent("17.0%", language::english) == 170);
  STATIC_REQUIRE(parse_tenths_of_percent("-1,234.5%", language::english) == -12'345);
  STATIC_REQUIRE(parse_tenths_of_percent("-922.337.203.685.477.580,8%") == int64_min);
  STATIC_REQUIRE(anlage1_reads_back());

  for (std::int64_t const tenths : {std::int64_t{0}, std::int64_t{-5}, std::int64_t{12'345}, int64_min, int64_max}) {
    for (language const lang : {language::german, language::english}) {
      CHECK(parse_tenths_of_percent(amip::report::format_tenths_of_percent(tenths, lang), lang) == tenths);
    }
  }
}

TEST_CASE("malformed percentages are rejected with a message naming the text and the format expected") {
  using amip::report::try_parse_tenths_of_percent;
  STATIC_REQUIRE_FALSE(try_parse_tenths_of_percent("").has_value());
  STATIC_REQUIRE_FALSE(try_parse_tenths_of_percent("%").has_value());
  STATIC_REQUIRE_FALSE(try_parse_tenths_of_percent(",5%").has_value());
  STATIC_REQUIRE_FALSE(try_parse_tenths_of_percent("17,%").has_value());
  STATIC_REQUIRE_FALSE(try_parse_tenths_of_percent("17,05%").has_value());
  STATIC_REQUIRE_FALSE(try_parse_tenths_of_percent("17,0,0%").has_value());
  STATIC_REQUIRE_FALSE(try_parse_tenths_of_percent("17.0%").has_value());
  STATIC_REQUIRE_FALSE(try_parse_tenths_of_percent("17,0%", language::english).has_value());
  STATIC_REQUIRE_FALSE(try_parse_tenths_of_percent("17,0%%").has_value());
  STATIC_REQUIRE_FALSE(try_parse_tenths_of_percent("n. v.").has_value());
  STATIC_REQUIRE_FALSE(try_parse_tenths_of_percent("922.337.203.685.477.580,8%").has_value());

  using amip::report::parse_tenths_of_percent;
  std::string const german =
      "; expected a German percentage with at most one decimal such as 17,0%, -0,5% or 400% (',' before the decimal)";
  CHECK_THROWS_WITH(parse_tenths_of_percent("17,05%"),
                    "amip: cannot read \"17,05%\" as a percentage: it has more than one decimal" + german);
  CHECK_THROWS_WITH(parse_tenths_of_percent("17,%"),
                    "amip: cannot read \"17,%\" as a percentage: no digit follows the decimal separator ','" + german);
  CHECK_THROWS_WITH(parse_tenths_of_percent("17.0%"),
                    "amip: cannot read \"17.0%\" as a percentage: the thousands separator '.' is misplaced" + german);
  CHECK_THROWS_WITH(parse_tenths_of_percent(""), "amip: cannot read \"\" as a percentage: it is empty" + german);
  CHECK_THROWS_WITH(parse_tenths_of_percent("n. v."),
                    "amip: cannot read \"n. v.\" as a percentage: it contains a character other than digits, a "
                    "leading '-', the thousands separator '.', one decimal separator ',' and a final '%'" +
                        german);
  CHECK_THROWS_WITH(parse_tenths_of_percent("17,0x%", language::english),
                    "amip: cannot read \"17,0x%\" as a percentage: it contains a character other than digits, a "
                    "leading '-', the thousands separator ',', one decimal separator '.' and a final '%'; expected an "
                    "English percentage with at most one decimal such as 17.0%, -0.5% or 400% ('.' before the "
                    "decimal)");
  CHECK_THROWS_AS(parse_tenths_of_percent("17,05%"), amip::report::parse_error);
}

#ifdef AMIP_SEED_FILE
TEST_CASE("every number of the seed's Anlage 1 reads and prints back to the same text") {
  std::istringstream in(amip_test::seed_text());
  std::string line;
  while (std::getline(in, line) && line.rfind("Zweckbestimmung\tEintritte 2026", 0) != 0) {
  }
  std::size_t rows = 0;
  while (std::getline(in, line) && !line.empty()) {
    INFO("Anlage 1 line: " << line);
    std::vector<std::string> cells;
    std::istringstream fields(line);
    for (std::string cell; std::getline(fields, cell, '\t');) cells.push_back(cell);
    REQUIRE(cells.size() == 4);
    REQUIRE(rows < anlage1.size());
    auto const plan = amip::report::parse_integer(cells[1]);
    auto const actual = amip::report::parse_integer(cells[2]);
    CHECK(plan == anlage1[rows].plan_2026);
    CHECK(actual == anlage1[rows].actual_2025);
    CHECK(amip::report::format_integer(plan) == cells[1]);
    CHECK(amip::report::format_integer(actual) == cells[2]);
    CHECK(amip::report::format_tenths_of_percent(amip::report::parse_tenths_of_percent(cells[3])) == cells[3]);
    CHECK(amip::report::format_change(amip::change_of(plan * amip::entries, actual * amip::entries)) == cells[3]);
    ++rows;
  }
  CHECK(rows == anlage1.size());
}
#endif
