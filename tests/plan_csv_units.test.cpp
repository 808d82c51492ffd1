// Plan CSV headers as people write them (kind, month, quarter, version, unit), a plan per quantity of a file, and
// numbers read exactly in German or English notation (docs/csv.md, "Reading a plan CSV"); the writer's files read
// back to the same plans for every quantity, kind and span of period, and version.
#include <amip/io/plan_csv.hpp>
#include <amip/report/csv.hpp>

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <cstdint>
#include <memory>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using amip::actual_of;
using amip::month_of;
using amip::plan_of;
using amip::projection_of;
using amip::quarter_of;
using amip::target_of;
using amip::io::csv_error_kind;
using amip::io::detail::column_unit;

namespace {

struct header_case {
  std::string_view text;
  amip::period when;
  std::optional<column_unit> unit;
};

}  // namespace

TEST_CASE("period headers are read in German and English in any case with version and unit") {
  auto const geschaeftsplan = plan_of(2020).with_version("Gesch\xC3\xA4\x66tsplan");
  // clang-format off
  std::vector<header_case> const cases{
      {"Ist 07/2019 [Personen]",                    actual_of(month_of(2019, 7)),     column_unit::persons},
      {"Plan 2020 (Gesch\xC3\xA4\x66tsplan) [EUR]", geschaeftsplan,                   column_unit::money},
      {"actual 2019-07",                            actual_of(month_of(2019, 7)),     std::nullopt},
      {"Ziel 2026",                                 target_of(2026),                  std::nullopt},
      {"Zielwert 2026 [Teilnehmende]",              target_of(2026),                  column_unit::persons},
      {"target 2026 [persons]",                     target_of(2026),                  column_unit::persons},
      {"PLANUNG 2026 [F\xC3\x96RDERF\xC3\x84LLE]",  plan_of(2026),                    column_unit::cases},
      {"Soll 2026 [F\xC3\xA4lle]",                  plan_of(2026),                    column_unit::cases},
      {"plan 2026 [cases]",                         plan_of(2026),                    column_unit::cases},
      {"Prognose Q3 2026 [\xE2\x82\xAC]",           projection_of(quarter_of(2026, 3)), column_unit::money},
      {"Hochrechnung 7/2026 [Euro]",                projection_of(month_of(2026, 7)), column_unit::money},
      {"projection q1 2025 [Eintritte]",            projection_of(quarter_of(2025, 1)), column_unit::entries},
      {"Ergebnis Juli 2026 [entries]",              actual_of(month_of(2026, 7)),     column_unit::entries},
      {"actual July 2026",                          actual_of(month_of(2026, 7)),     std::nullopt},
      {"Ist M\xC3\x84RZ 2026",                      actual_of(month_of(2026, 3)),     std::nullopt},
      {"Ist Dez 2025",                              actual_of(month_of(2025, 12)),    std::nullopt},
      {"  plan   2026  ",                           plan_of(2026),                    std::nullopt},
      {"Plan 2026 ( Nachtrag 1 ) [ EUR ]",          plan_of(2026).with_version("Nachtrag 1"), column_unit::money},
  };
  // clang-format on
  for (auto const& c : cases) {
    INFO(c.text);
    auto const read = amip::io::detail::parse_period_header(c.text);
    REQUIRE(read.header.has_value());
    CHECK(read.header->when == c.when);
    CHECK(read.header->unit == c.unit);
  }
  CHECK_FALSE(amip::io::detail::parse_period_header("label").header.has_value());
  CHECK(amip::io::detail::parse_period_header("plan2026").problem.problem ==
        amip::io::detail::period_header_problem::what::not_a_period);
}

TEST_CASE("a file of persons and euros gives a plan per quantity over the same lines") {
  // "1.460.000,00" reads only as German: it decides for the file, so 1.500.000 is one and a half million euros.
  std::string const text =
      "key;parent;children;measure;label;Ist 07/2019 [Personen];Plan 2020 (Gesch\xC3\xA4\x66tsplan) [EUR];"
      "Plan 2020 (Haushaltsplan) [EUR]\n"
      "total;;sum;;Insgesamt;;;\n"
      "a;total;sum;;A;120;1.460.000,00;1.500.000\n"
      "b;total;sum;;B;80;250.000,50;240.000,00\n";
  auto const read = amip::io::read_plans_csv(text, "budget.csv");
  CHECK(read.units() == std::vector<std::string_view>{"persons", "EUR"});
  CHECK(read.has<amip::person_count>());
  CHECK(read.has<amip::money>());
  CHECK_FALSE(read.has<amip::entry_count>());
  CHECK_FALSE(read.has<amip::case_count>());
  auto const& table = read.structure();
  REQUIRE(table.size() == 3);
  auto const july = actual_of(month_of(2019, 7));
  auto const geschaeftsplan = plan_of(2020).with_version("Gesch\xC3\xA4\x66tsplan");
  auto const haushaltsplan = plan_of(2020).with_version("Haushaltsplan");
  auto const& persons = read.plan<amip::person_count>();
  auto const& euros = read.plan<amip::money>();
  CHECK(persons.periods() == std::vector<amip::period>{july});
  CHECK(euros.periods() == std::vector<amip::period>{geschaeftsplan, haushaltsplan});
  CHECK(persons.total(table.at("total"), july) == 200 * amip::persons);  // 120 + 80
  // 1.460.000,00 + 250.000,50 = 1.710.000,50 euros; 1.500.000 + 240.000,00 = 1.740.000,00 euros.
  CHECK(euros.total(table.at("total"), geschaeftsplan) == amip::cents(171'000'050));
  CHECK(euros.total(table.at("total"), haushaltsplan) == amip::eur(1'740'000));
  CHECK(euros.stated(table.at("b"), geschaeftsplan) == amip::cents(25'000'050));
  CHECK(&persons.structure()[amip::line_index{0}] == &euros.structure()[amip::line_index{0}]);  // one catalogue
  CHECK_THROWS_WITH(read.plan<amip::entry_count>(),
                    "amip: budget.csv has no period column of entries; its period columns are of persons and EUR");
  auto moved = amip::io::read_plans_csv(text, "budget.csv").plan<amip::money>();
  CHECK(moved.total(moved.structure().at("total"), haushaltsplan) == amip::eur(1'740'000));

  // One plan of a quantity: the others are read and checked, not kept.
  auto const money_only = amip::io::read_plan_csv<amip::plan<amip::money>>(text, "budget.csv");
  CHECK(money_only.plan().periods().size() == 2);
  auto const entries = amip::io::read_plan_csv_collecting(text, "budget.csv");
  REQUIRE(entries.errors().size() == 1);
  CHECK(entries.errors()[0].kind == csv_error_kind::missing_quantity);
  CHECK(entries.plan().periods().empty());

  // Errors of any unit's cells are reported whichever plan is read.
  std::string bad = text;
  bad.replace(bad.find(";80;"), 4, ";8,5;");
  auto const broken = amip::io::read_plan_csv_collecting<amip::plan<amip::money>>(bad, "budget.csv");
  REQUIRE(broken.errors().size() == 1);
  // "b;total;sum;;B;" is 15 characters: the persons' cell starts in column 16.
  CHECK(broken.errors()[0].to_string() ==
        "budget.csv:4:16: \"8,5\" has decimals, but a count of persons is a whole number; expected a whole number "
        "of persons such as 1994 or 1.994, or an empty cell for no figure");
}

TEST_CASE("money is read exactly in cents in German and English notation") {
  auto const amount = [](std::string const& text, std::optional<amip::language> numbers = {}) {
    amip::io::csv_read_options options;
    options.numbers = numbers;
    auto const read = amip::io::read_plan_csv_collecting<amip::plan<amip::money>>(
        "key;parent;children;label;plan 2026\nt;;sum;T;" + text + "\n", "money.csv", options);
    REQUIRE(read.ok());
    return read.plan().stated(amip::line_index{0}, plan_of(2026))->value();
  };
  CHECK(amount("1.460.000,00") == 146'000'000);  // German, two decimals
  CHECK(amount("1460000,00") == 146'000'000);    // German, no grouping
  CHECK(amount("1.460.000") == 146'000'000);     // German whole euros: two groups read only one way
  CHECK(amount("\"1,460,000.00\"") == 146'000'000);
  CHECK(amount("1460000.5") == 146'000'050);     // English: one decimal is 50 cents
  CHECK(amount("0,07") == 7);
  CHECK(amount("92233720368547758,07") == 9'223'372'036'854'775'807);  // the largest amount: INT64_MAX cents
  CHECK(amount("1994") == 199'400);                                     // plain: either way
  // Declared: 1,50 is one euro fifty in German, 1,500 fifteen hundred euros in English.
  CHECK(amount("1,50", amip::language::german) == 150);
  CHECK(amount("1,500", amip::language::english) == 150'000);
  CHECK(amount("1.500", amip::language::german) == 150'000);

  amip::io::csv_read_options german;
  german.numbers = amip::language::german;
  auto const three = amip::io::read_plan_csv_collecting<amip::plan<amip::money>>(
      "key;parent;children;label;plan 2026\nt;;sum;T;1,500\n", "money.csv", german);
  REQUIRE(three.errors().size() == 1);
  CHECK(three.errors()[0].kind == csv_error_kind::too_many_decimals);
  // 92233720368547758,08 euros is one cent more than int64 holds.
  auto const over = amip::io::read_plan_csv_collecting<amip::plan<amip::money>>(
      "key;parent;children;label;plan 2026\nt;;sum;T;92233720368547758,08\n", "money.csv");
  REQUIRE(over.errors().size() == 1);
  CHECK(over.errors()[0].to_string() ==
        "money.csv:2:10: \"92233720368547758,08\" is outside the range of amounts in cents in a 64-bit integer; "
        "expected an amount in euros from 0 to 92.233.720.368.547.758,07");
}

TEST_CASE("the number convention is declared by the option or the file or decided by a figure") {
  std::string const body = "key;parent;children;label;plan 2026\nt;;sum;T;1.500\n";
  auto const figure = [](amip::io::collected_plan<> const& read) {
    return read.plan().stated(amip::line_index{0}, plan_of(2026))->value();
  };
  // Undeclared, 1.500 is fifteen hundred in German and one and a half in English.
  auto const undeclared = amip::io::read_plan_csv_collecting(body, "n.csv");
  REQUIRE(undeclared.errors().size() == 1);
  CHECK(undeclared.errors()[0].kind == csv_error_kind::ambiguous_number);
  CHECK(figure(amip::io::read_plan_csv_collecting("# numbers: German\n" + body, "n.csv")) == 1'500);
  CHECK(figure(amip::io::read_plan_csv_collecting("# Zahlen: deutsch\n" + body, "n.csv")) == 1'500);
  auto const english = amip::io::read_plan_csv_collecting("# numbers: English\n" + body, "n.csv");
  REQUIRE(english.errors().size() == 1);
  CHECK(english.errors()[0].kind == csv_error_kind::decimals_in_count);  // 1.5 entries
  // A later figure that reads one way decides for the earlier ones too.
  auto const decided = amip::io::read_plan_csv_collecting(
      "key;parent;children;label;plan 2026\nt;;sum;T;1.500\nu;;sum;U;2.000.000\n", "n.csv");
  CHECK(decided.ok());
  CHECK(figure(decided) == 1'500);
  // The option and the file must agree.
  amip::io::csv_read_options german;
  german.numbers = amip::language::german;
  auto const conflict = amip::io::read_plan_csv_collecting("# numbers: English\n" + body, "n.csv", german);
  REQUIRE_FALSE(conflict.ok());
  CHECK(conflict.errors()[0].to_string() ==
        "n.csv:1:1: \"# numbers: English\" declares English numbers, but the reader was told to read German numbers "
        "(csv_read_options::numbers); expected one convention");
}

TEST_CASE("the monthly and money examples of docs/csv.md read") {
  // Persons in stock (Bestand), three months and the month a year before, with darunter lines.
  auto const bestand = amip::io::read_plans_csv(
      "# numbers: German\n"
      "key;parent;children;measure;label;Ist 07/2019 [Personen];Ist 06/2019 [Personen];Ist 05/2019 [Personen];"
      "Ist 07/2018 [Personen]\n"
      "total;;subset;;Bestand insgesamt;1.250;1.210;1.190;1.100\n"
      "u25;total;sum;;darunter unter 25 Jahre;310;300;295;280\n"
      "women;total;sum;;darunter Frauen;640;615;600;560\n",
      "bestand.csv");
  auto const& stock = bestand.plan<amip::person_count>();
  auto const& t = bestand.structure();
  CHECK(stock.total(t.at("total"), actual_of(month_of(2019, 7))) == 1'250 * amip::persons);
  CHECK(stock.total(t.at("women"), actual_of(month_of(2018, 7))) == 560 * amip::persons);
  CHECK(stock.check().empty());

  auto const budget = amip::io::read_plans_csv(
      "key;parent;children;measure;label;Plan 2026 (Haushaltsplan) [EUR];Plan 2026 (Gesch\xC3\xA4\x66tsplan) [EUR]\n"
      "total;;sum;;Eingliederungsbudget;;\n"
      "mat;total;sum;mat;Ma\xC3\x9Fnahmen bei einem Tr\xC3\xA4ger;1.460.000,00;1.385.500,50\n"
      "agh;total;sum;agh;Arbeitsgelegenheiten;820.000,00;845.250,00\n",
      "budget.csv");
  auto const& euros = budget.plan<amip::money>();
  auto const& b = budget.structure();
  // 1.460.000,00 + 820.000,00 = 2.280.000,00; 1.385.500,50 + 845.250,00 = 2.230.750,50.
  CHECK(euros.total(b.at("total"), plan_of(2026).with_version("Haushaltsplan")) == amip::eur(2'280'000));
  CHECK(euros.total(b.at("total"), plan_of(2026).with_version("Gesch\xC3\xA4\x66tsplan")) ==
        amip::cents(223'075'050));
}

// ---------------------------------------------------------------------------------------------------------------
// Round trip: plans of every quantity, kind and span of period, and version, written and read back

namespace {

struct random_lines {
  std::vector<std::string> texts;
  std::vector<amip::line> lines;
  std::unique_ptr<amip::catalog> table;
};

std::unique_ptr<random_lines> make_lines(std::mt19937_64& rng) {
  auto r = std::make_unique<random_lines>();
  auto const n = static_cast<std::size_t>(1 + rng() % 20);
  r->texts.reserve(2 * n);  // the lines view these strings
  for (std::size_t i = 0; i < n; ++i) {
    r->texts.push_back("k" + std::to_string(i));
    r->texts.push_back(i % 3 == 0 ? "Zeile; \"" + std::to_string(i) + "\"" : "Zeile " + std::to_string(i));
  }
  for (std::size_t i = 0; i < n; ++i) {
    amip::line l{};
    l.key = r->texts[2 * i];
    l.kind = amip::line_kind::leaf;
    l.parent = i != 0 && rng() % 4 != 0 ? static_cast<std::size_t>(rng() % i) : amip::no_parent;
    l.children = rng() % 3 == 0 ? amip::children_rule::subset : amip::children_rule::sum;
    l.german_label = r->texts[2 * i + 1];
    r->lines.push_back(l);
  }
  r->table = std::make_unique<amip::catalog>("random", r->lines);
  return r;
}

amip::period random_period(std::mt19937_64& rng) {
  static constexpr std::array<std::string_view, 6> versions{
      "", "Gesch\xC3\xA4\x66tsplan", "Haushaltsplan", "Nachtrag 1", "Entwurf; zweiter", "Plan \"B\", neu"};
  auto const year = static_cast<std::int32_t>(2000 + rng() % 50);
  amip::calendar_period when = amip::year_of(year);
  switch (rng() % 3) {
    case 0:
      break;
    case 1:
      when = quarter_of(year, static_cast<int>(1 + rng() % 4));
      break;
    default:
      when = month_of(year, static_cast<int>(1 + rng() % 12));
      break;
  }
  amip::period p{when.year, static_cast<amip::figure_kind>(rng() % 4), when.part, {}};
  return p.with_version(versions[rng() % versions.size()]);
}

template <class Q>
amip::plan<Q> random_plan(std::mt19937_64& rng, amip::catalog const& table) {
  amip::plan<Q> p{table};
  auto const periods = rng() % 9;  // at most 8, what amip::plan holds
  for (std::size_t k = 0; k < periods; ++k) {
    auto const when = random_period(rng);
    if (p.holds(when)) continue;
    p.describe(when, "random");
    for (std::size_t i = 0; i < table.size(); ++i) {
      if (rng() % 3 == 0) continue;  // no figure
      // Up to 10^12 per line: 20 lines add up to far less than INT64_MAX, for counts and cents alike.
      auto const value = static_cast<std::int64_t>(rng() % 2 == 0 ? rng() % 10'000 : rng() % 1'000'000'000'000);
      p.state(amip::line_index{i}, when, Q::from_value(value));
    }
  }
  return p;
}

template <class P1, class P2>
void require_same_figures(P1 const& original, P2 const& read) {
  REQUIRE(read.structure().size() == original.structure().size());
  REQUIRE(read.periods() == original.periods());
  for (std::size_t i = 0; i < original.structure().size(); ++i) {
    amip::line_index const index{i};
    CHECK(read.structure()[index].key == original.structure()[index].key);
    CHECK(read.structure()[index].parent == original.structure()[index].parent);
    for (auto const& when : original.periods()) {
      INFO(amip::to_string(when, amip::language::english) << ", line " << i);
      CHECK(read.stated(index, when) == original.stated(index, when));
    }
  }
}

bool only_inconsistent_totals(std::vector<amip::io::csv_diagnostic> const& errors) {
  return std::all_of(errors.begin(), errors.end(), [](amip::io::csv_diagnostic const& e) {
    return e.kind == csv_error_kind::total_disagrees || e.kind == csv_error_kind::known_parts_exceed ||
           e.kind == csv_error_kind::part_exceeds_whole;
  });
}

}  // namespace

TEST_CASE("plans of every quantity period and version survive write then read") {
  auto const seed = GENERATE(range(0, 200));
  std::mt19937_64 rng(static_cast<std::uint64_t>(seed));
  auto const lines = make_lines(rng);
  auto const entries = random_plan<amip::entry_count>(rng, *lines->table);
  auto const persons = random_plan<amip::person_count>(rng, *lines->table);
  auto const cases = random_plan<amip::case_count>(rng, *lines->table);
  auto const euros = random_plan<amip::money>(rng, *lines->table);
  amip::report::csv_options options;
  options.lang = rng() % 2 == 0 ? amip::language::german : amip::language::english;
  options.delimiter = rng() % 2 == 0 ? ';' : ',';
  options.byte_order_mark = rng() % 2 == 0;
  options.crlf = rng() % 2 == 0;
  options.group_thousands = rng() % 2 == 0;
  INFO("seed " << seed << ", " << (options.lang == amip::language::german ? "German" : "English") << ", '"
               << options.delimiter << "', grouped " << options.group_thousands);

  // All four side by side: a plan per quantity.
  std::ostringstream all;
  amip::report::write_plans_csv(all, options, entries, persons, cases, euros);
  INFO(all.str());
  auto const read = amip::io::read_plans_csv_collecting(all.str(), "all.csv");
  CHECK(only_inconsistent_totals(read.errors()));
  auto const check_plan = [&](auto const& original) {
    using Q = typename std::remove_cvref_t<decltype(original)>::quantity_type;
    if (original.periods().empty()) {
      CHECK_FALSE(read.has<Q>());
      return;
    }
    REQUIRE(read.has<Q>());
    require_same_figures(original, read.plan<Q>());
  };
  check_plan(entries);
  check_plan(persons);
  check_plan(cases);
  check_plan(euros);

  // Each alone, read as a plan of its own quantity.
  std::ostringstream money_alone;
  amip::report::write_plan_csv(money_alone, euros, options);
  auto const alone = amip::io::read_plan_csv_collecting<amip::plan<amip::money>>(money_alone.str(), "money.csv");
  CHECK(only_inconsistent_totals(alone.errors()));
  require_same_figures(euros, alone.plan());
  std::ostringstream persons_alone;
  amip::report::write_plan_csv(persons_alone, persons, options);
  auto const people = amip::io::read_plan_csv_collecting<amip::plan<amip::person_count>>(persons_alone.str(), "p.csv");
  CHECK(only_inconsistent_totals(people.errors()));
  require_same_figures(persons, people.plan());
}

TEST_CASE("the writer names units declares grouped numbers and refuses plans over other lines") {
  amip::line const one[]{{"a", amip::line_kind::leaf, amip::no_parent, amip::children_rule::sum, std::nullopt,
                          std::nullopt, false, "A", "A"}};
  amip::line const other[]{{"b", amip::line_kind::leaf, amip::no_parent, amip::children_rule::sum, std::nullopt,
                            std::nullopt, false, "B", "B"}};
  amip::catalog const table{"t", one};
  amip::catalog const elsewhere{"u", other};
  amip::plan<amip::money> euros{table};
  euros.state(amip::line_index{0}, plan_of(2026).with_version("Entwurf"), amip::eur(1'460'000));
  amip::plan<amip::person_count> stock{table};
  stock.state(amip::line_index{0}, actual_of(month_of(2019, 7)), 1'250 * amip::persons);
  amip::report::csv_options grouped;
  grouped.group_thousands = true;
  std::ostringstream out;
  amip::report::write_plans_csv(out, grouped, stock, euros);
  CHECK(out.str() ==
        "# numbers: German\n"
        "key;parent;children;measure;label;actual 2019-07 [persons];plan 2026 (Entwurf) [EUR]\n"
        "a;;sum;;A;1.250;1.460.000,00\n");
  amip::plan<amip::entry_count> foreign{elsewhere};
  std::ostringstream ignored;
  CHECK_THROWS_AS(amip::report::write_plans_csv(ignored, {}, euros, foreign), std::invalid_argument);
}
