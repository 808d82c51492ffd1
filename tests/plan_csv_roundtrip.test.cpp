// Round trip of the plan CSV (docs/csv.md): random plans of every quantity, over random catalogues, with periods of
// every kind and span of time, with and without versions, written with every combination of the writer's options
// and read back, give the same lines and the same stated figures of the same periods. Also: the monthly and the
// money example of docs/csv.md, read from the page itself.
#include <amip/io/plan_csv.hpp>
#include <amip/report/csv.hpp>

#include <algorithm>
#include <array>
#include "writer_options.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <fstream>
#include <memory>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

using amip::io::csv_error_kind;

namespace {

constexpr std::uint64_t base_seed = 20'261'207;  // fixed: a failure names the seed that reproduces it

struct random_table {
  std::vector<std::string> texts;  // the lines view these strings
  std::vector<amip::line> lines;
  std::unique_ptr<amip::catalog> table;
};

// Labels with what a writer has to quote or keep: delimiters, quotes, line breaks, a '#' after a line break,
// spaces at either end, umlauts, four-byte UTF-8; sometimes empty (a line with a measure then shows its name).
std::string random_label(std::mt19937_64& rng) {
  // clang-format off
  static constexpr std::array<std::string_view, 20> pieces{
      "Eintritte", " ", "davon ", "darunter ", "\xC3\xA4", "\xC3\x96\x66\x66\x65ntlich", "\xC3\x9F", "\xE2\x82\xAC",
      ";", ",", "\"", "\n", "\r\n", "\n#", "\t", "\xF0\x9F\x98\x80", "  ", "U25", "Ma\xC3\x9Fnahmen", "1.500"};
  // clang-format on
  std::string out;
  auto const n = rng() % 5;
  for (std::size_t i = 0; i < n; ++i) out += pieces[rng() % pieces.size()];
  return out;
}

// A tree of 1 to 16 lines (a parent may come after its lines in the file), sum and subset children, measures of
// amip's catalogue on some lines.
std::unique_ptr<random_table> make_table(std::mt19937_64& rng) {
  auto r = std::make_unique<random_table>();
  auto const n = static_cast<std::size_t>(1 + rng() % 16);
  std::vector<std::size_t> rank_parent(n, amip::no_parent);  // a parent ranks before its child
  for (std::size_t i = 1; i < n; ++i) {
    if (rng() % 4 != 0) rank_parent[i] = static_cast<std::size_t>(rng() % i);
  }
  std::vector<std::size_t> position(n);  // rank -> line of the file
  for (std::size_t i = 0; i < n; ++i) position[i] = i;
  std::shuffle(position.begin(), position.end(), rng);
  static constexpr std::string_view key_chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-";
  r->texts.reserve(2 * n);
  for (std::size_t i = 0; i < n; ++i) {
    std::string key = "k" + std::to_string(i) + "x";  // unique whatever follows
    auto const extra = rng() % 4;
    for (std::size_t k = 0; k < extra; ++k) key += key_chars[rng() % key_chars.size()];
    r->texts.push_back(key);
    r->texts.push_back(random_label(rng));
  }
  r->lines.resize(n);
  for (std::size_t rank = 0; rank < n; ++rank) {
    auto& l = r->lines[position[rank]];
    l.key = r->texts[2 * rank];
    l.kind = amip::line_kind::leaf;
    l.parent = rank_parent[rank] == amip::no_parent ? amip::no_parent : position[rank_parent[rank]];
    l.children = rng() % 3 == 0 ? amip::children_rule::subset : amip::children_rule::sum;
    if (rng() % 3 == 0) l.measure = static_cast<amip::measure_id>(rng() % amip::measures.size());
    l.german_label = r->texts[2 * rank + 1];
    l.english_label = rng() % 2 == 0 ? l.german_label : std::string_view{};
  }
  r->table = std::make_unique<amip::catalog>("random", r->lines);
  return r;
}

// Versions as people name them: umlauts, spaces, the delimiters, a quote; none half of the time.
constexpr std::array<std::string_view, 8> versions{
    "Gesch\xC3\xA4\x66tsplan", "Haushaltsplan",   "Nachtrag 1", "2. Nachtragshaushaltsplan",
    "Entwurf; zweiter",        "a,b,c,d,e,f,g,h", "Plan \"B\"", "\xC3\x84nderung \xE2\x82\xAC"};

// What a period is, for the record of what the random plans covered: quantity, kind, span, with a version.
using coverage_key = std::tuple<int, int, int, bool>;

amip::period random_period(std::mt19937_64& rng) {
  // Years of four digits, the only ones a header names; the ends of the range now and then.
  auto year = static_cast<std::int32_t>(1000 + rng() % 9000);
  if (rng() % 10 == 0) year = rng() % 2 == 0 ? 1000 : 9999;
  amip::calendar_period when = amip::year_of(year);
  switch (rng() % 3) {
    case 0:
      break;
    case 1:
      when = amip::quarter_of(year, static_cast<int>(1 + rng() % 4));
      break;
    default:
      when = amip::month_of(year, static_cast<int>(1 + rng() % 12));
      break;
  }
  amip::period p{when.year, static_cast<amip::figure_kind>(rng() % 4), when.part, {}};
  return rng() % 2 == 0 ? p : p.with_version(versions[rng() % versions.size()]);
}

int span_of(amip::period const& p) {
  auto const year = amip::year_of(p.year).part;
  if (p.part == year) return 0;
  for (int q = 1; q <= 4; ++q) {
    if (p.part == amip::quarter_of(p.year, q).part) return 1;
  }
  return 2;
}

// A figure of Q: 0, small, around the thousands (where grouping and ambiguity lie), or large; money in cents, with
// any cents. 16 lines of at most 10^15 add up to far less than INT64_MAX.
template <class Q>
Q random_figure(std::mt19937_64& rng) {
  std::int64_t value = 0;
  switch (rng() % 5) {
    case 0:
      break;
    case 1:
      value = static_cast<std::int64_t>(rng() % 100);
      break;
    case 2:
      value = static_cast<std::int64_t>(rng() % 10'000);
      break;
    case 3:
      value = static_cast<std::int64_t>(1'000 * (1 + rng() % 999) + rng() % 2 * 500);  // 1500, 27000, ...
      break;
    default:
      value = static_cast<std::int64_t>(rng() % 1'000'000'000'000'000);
      break;
  }
  return Q::from_value(value);
}

template <class Q>
amip::plan<Q> random_plan(std::mt19937_64& rng, amip::catalog const& table, int quantity,
                          std::set<coverage_key>& covered) {
  amip::plan<Q> p{table};
  auto const periods = rng() % 5;
  for (std::size_t k = 0; k < periods; ++k) {
    auto const when = random_period(rng);
    if (p.holds(when)) continue;
    p.describe(when, "random");
    covered.insert({quantity, static_cast<int>(when.kind), span_of(when), !when.version.empty()});
    for (std::size_t i = 0; i < table.size(); ++i) {
      if (rng() % 3 == 0) continue;  // an empty cell: no figure
      p.state(amip::line_index{i}, when, random_figure<Q>(rng));
    }
  }
  return p;
}

// The same lines (key, parent, children rule, measure, label as written in `lang`), the same periods in the same
// order, and the same stated figure (or none) in every cell.
template <class P1, class P2>
void require_same_plan(P1 const& original, P2 const& read, amip::language lang) {
  auto const& a = original.structure();
  auto const& b = read.structure();
  REQUIRE(b.size() == a.size());
  REQUIRE(read.periods() == original.periods());
  for (std::size_t i = 0; i < a.size(); ++i) {
    amip::line_index const index{i};
    INFO("line " << i << " (" << a[index].key << ")");
    CHECK(b[index].key == a[index].key);
    CHECK(b[index].parent == a[index].parent);
    CHECK(b[index].children == a[index].children);
    CHECK(b[index].measure == a[index].measure);
    CHECK(b.label(index, lang) == a.label(index, lang));
    for (auto const& when : original.periods()) {
      INFO(amip::to_string(when, amip::language::english));
      CHECK(read.stated(index, when) == original.stated(index, when));
    }
  }
}

// A random plan's totals rarely add up: the reader reports them (as plan::check() does), and nothing else.
bool only_inconsistent_totals(std::vector<amip::io::csv_diagnostic> const& errors) {
  return std::all_of(errors.begin(), errors.end(), [](amip::io::csv_diagnostic const& e) {
    return e.kind == csv_error_kind::total_disagrees || e.kind == csv_error_kind::known_parts_exceed ||
           e.kind == csv_error_kind::part_exceeds_whole;
  });
}

template <class... P>
std::string written(amip::report::csv_options const& options, P const&... plans) {
  std::ostringstream out;
  amip::report::write_plans_csv(out, options, plans...);
  return out.str();
}

std::string first_errors(std::vector<amip::io::csv_diagnostic> const& errors) {
  std::string out;
  for (std::size_t i = 0; i < errors.size() && i < 3; ++i) out += errors[i].to_string() + "\n";
  return out;
}

}  // namespace

TEST_CASE("random plans of every quantity period version and writer option survive write then read") {
  auto const options_list = amip_test::writer_options({';', ',', '\t'});  // 48
  constexpr std::uint64_t plans = 288;             // each combination of options 6 times
  std::set<coverage_key> covered;
  std::set<std::size_t> options_used;
  for (std::uint64_t n = 0; n < plans; ++n) {
    auto const seed = base_seed + n;
    std::mt19937_64 rng(seed);
    auto const lines = make_table(rng);
    auto const entries = random_plan<amip::entry_count>(rng, *lines->table, 0, covered);
    auto const persons = random_plan<amip::person_count>(rng, *lines->table, 1, covered);
    auto const cases = random_plan<amip::case_count>(rng, *lines->table, 2, covered);
    auto const euros = random_plan<amip::money>(rng, *lines->table, 3, covered);
    auto const options = options_list[n % options_list.size()];
    options_used.insert(n % options_list.size());
    INFO("seed " << seed << " (plan " << n << "), " << lines->table->size() << " lines, " << amip_test::describe(options));

    // All four side by side, read as a plan per quantity.
    auto const text = written(options, entries, persons, cases, euros);
    INFO(text);
    auto const read = amip::io::read_plans_csv_collecting(text, "all.csv");
    INFO(first_errors(read.errors()));
    CHECK(only_inconsistent_totals(read.errors()));
    auto const expected_errors =
        entries.check().size() + persons.check().size() + cases.check().size() + euros.check().size();
    CHECK(read.errors().size() == expected_errors);
    auto const same = [&](auto const& original) {
      using Q = typename std::remove_cvref_t<decltype(original)>::quantity_type;
      if (original.periods().empty()) {
        CHECK_FALSE(read.has<Q>());
        return;
      }
      REQUIRE(read.has<Q>());
      require_same_plan(original, read.plan<Q>(), options.lang);
      // The same file read as a plan of Q alone: the other units' columns are checked, but not kept.
      auto const alone = amip::io::read_plan_csv_collecting<amip::plan<Q>>(text, "all.csv");
      CHECK(only_inconsistent_totals(alone.errors()));
      CHECK(alone.errors().size() == original.check().size());
      require_same_plan(original, alone.plan(), options.lang);
    };
    same(entries);
    same(persons);
    same(cases);
    same(euros);

    // Read against the catalogue the plans were made over: its structure columns agree with it, line by line.
    auto const known = amip::io::read_plans_csv_collecting(text, "all.csv", *lines->table);
    INFO(first_errors(known.errors()));
    CHECK(known.errors() == read.errors());
    if (read.has<amip::person_count>()) require_same_plan(persons, known.plan<amip::person_count>(), options.lang);

    // Told the delimiter and the number convention, the reader reads the same.
    amip::io::csv_read_options told;
    told.delimiter = options.delimiter;
    told.numbers = options.lang;
    auto const forced = amip::io::read_plans_csv_collecting(text, "all.csv", told);
    CHECK(forced.errors() == read.errors());
    if (read.has<amip::money>()) require_same_plan(euros, forced.plan<amip::money>(), options.lang);

    // Each plan written alone, and read as a plan of its quantity (the entries as the default plan).
    auto const euros_text = written(options, euros);
    auto const euros_read = amip::io::read_plan_csv_collecting<amip::plan<amip::money>>(euros_text, "money.csv");
    INFO(euros_text << first_errors(euros_read.errors()));
    CHECK(only_inconsistent_totals(euros_read.errors()));
    if (!euros.periods().empty()) require_same_plan(euros, euros_read.plan(), options.lang);
    auto const entries_text = written(options, entries);
    auto const entries_read = amip::io::read_plan_csv_collecting(entries_text, "entries.csv");
    INFO(entries_text << first_errors(entries_read.errors()));
    CHECK(only_inconsistent_totals(entries_read.errors()));
    require_same_plan(entries, entries_read.plan(), options.lang);

    // Stopping at the first error: the first error collected, or the same plans.
    if (read.ok()) {
      auto const again = amip::io::read_plans_csv(text, "all.csv");
      CHECK(again.units() == read.units());
    } else {
      CHECK_THROWS_WITH(amip::io::read_plans_csv(text, "all.csv"), read.errors().front().to_string());
    }
  }
  // Every combination of the writer's options, and every quantity with every kind, span and version, was written.
  CHECK(options_used.size() == options_list.size());
  CHECK(covered.size() == 4 * 4 * 3 * 2);
}

namespace {

std::string docs_page(std::string const& name) {
  std::ifstream in(std::string(AMIP_DOCS_DIR) + "/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The first fenced block after `marker` in the page, without its fences.
std::string block_after(std::string const& page, std::string_view marker) {
  auto const at = page.find(marker);
  REQUIRE(at != std::string::npos);
  auto const open = page.find("```\n", at);
  REQUIRE(open != std::string::npos);
  auto const close = page.find("```\n", open + 4);
  REQUIRE(close != std::string::npos);
  return page.substr(open + 4, close - open - 4);
}

}  // namespace

TEST_CASE("the monthly and the money example of docs/csv.md read as the page says") {
  auto const page = docs_page("csv.md");
  // Persons in stock (Bestand) of three months and the month a year before, with darunter lines.
  auto const bestand = amip::io::read_plans_csv(block_after(page, "A month's stock of persons"), "bestand.csv");
  REQUIRE(bestand.units() == std::vector<std::string_view>{"persons"});
  auto const& stock = bestand.plan<amip::person_count>();
  auto const& t = bestand.structure();
  REQUIRE(stock.periods().size() == 4);
  CHECK(stock.periods()[0] == amip::actual_of(amip::month_of(2019, 7)));
  CHECK(stock.periods()[3] == amip::actual_of(amip::month_of(2018, 7)));
  CHECK(t[t.at("total")].children == amip::children_rule::subset);
  CHECK(stock.total(t.at("total"), amip::actual_of(amip::month_of(2019, 7))) == 1'250 * amip::persons);
  CHECK(stock.total(t.at("u25"), amip::actual_of(amip::month_of(2019, 6))) == 300 * amip::persons);
  CHECK(stock.total(t.at("women"), amip::actual_of(amip::month_of(2018, 7))) == 560 * amip::persons);
  CHECK(stock.check().empty());  // each darunter line is at most its whole: 310 + 640 need not be 1.250

  // A budget in euros, two versions of one plan year; the total is rolled up.
  auto const budget = amip::io::read_plans_csv(block_after(page, "A budget in euros"), "budget.csv");
  REQUIRE(budget.units() == std::vector<std::string_view>{"EUR"});
  auto const& euros = budget.plan<amip::money>();
  auto const& b = budget.structure();
  auto const haushaltsplan = amip::plan_of(2026).with_version("Haushaltsplan");
  auto const geschaeftsplan = amip::plan_of(2026).with_version("Gesch\xC3\xA4\x66tsplan");
  REQUIRE(euros.periods().size() == 2);
  CHECK(euros.stated(b.at("total"), haushaltsplan) == std::nullopt);
  // 1.460.000,00 + 820.000,00 = 2.280.000,00 €; 1.385.500,50 + 845.250,00 = 2.230.750,50 €, as the page says.
  CHECK(euros.total(b.at("total"), haushaltsplan) == amip::cents(228'000'000));
  CHECK(euros.total(b.at("total"), geschaeftsplan) == amip::cents(223'075'050));
  CHECK(page.find("2.280.000,00 and 2.230.750,50") != std::string::npos);
  CHECK(euros.stated(b.at("mat"), geschaeftsplan) == amip::cents(138'550'050));
  CHECK(euros.check().empty());
}

TEST_CASE("a version with more commas than the header has delimiters is quoted so that the delimiter is found") {
  amip::line const one[]{{"a", amip::line_kind::leaf, amip::no_parent, amip::children_rule::sum, std::nullopt,
                          std::nullopt, false, "A", "A"}};
  amip::catalog const table{"t", one};
  amip::plan<amip::money> euros{table};
  auto const version = amip::plan_of(2026).with_version("a,b,c,d,e,f,g");
  euros.state(amip::line_index{0}, version, amip::cents(150));
  // Unquoted, the header would hold 5 ';' and 6 ',': the reader would split it at the commas.
  auto const text = written({}, euros);
  CHECK(text ==
        "key;parent;children;measure;label;\"plan 2026 (a,b,c,d,e,f,g) [EUR]\"\n"
        "a;;sum;;A;1,50\n");
  auto const read = amip::io::read_plan_csv<amip::plan<amip::money>>(text, "money.csv");
  CHECK(read.plan().stated(amip::line_index{0}, version) == amip::cents(150));
}

TEST_CASE("entries written beside other quantities name their unit so that a plan of persons does not take them") {
  amip::line const one[]{{"a", amip::line_kind::leaf, amip::no_parent, amip::children_rule::sum, std::nullopt,
                          std::nullopt, false, "A", "A"}};
  amip::catalog const table{"t", one};
  amip::plan<amip::entry_count> entries{table};
  entries.state(amip::line_index{0}, amip::plan_of(2026), 1'994 * amip::entries);
  amip::plan<amip::person_count> persons{table};
  persons.state(amip::line_index{0}, amip::actual_of(2025), 300 * amip::persons);
  auto const text = written({}, entries, persons);
  CHECK(text ==
        "key;parent;children;measure;label;plan 2026 [entries];actual 2025 [persons]\n"
        "a;;sum;;A;1994;300\n");
  // Without "[entries]", the 1994 entries of plan 2026 would be read as 1994 persons.
  auto const people = amip::io::read_plan_csv<amip::plan<amip::person_count>>(text, "p.csv");
  REQUIRE(people.plan().periods().size() == 1);
  CHECK(people.plan().stated(amip::line_index{0}, amip::actual_of(2025)) == 300 * amip::persons);
  auto const both = amip::io::read_plans_csv(text, "p.csv");
  CHECK(both.plan<amip::entry_count>().stated(amip::line_index{0}, amip::plan_of(2026)) == 1'994 * amip::entries);
  // A plan of entries alone names no unit, as before.
  CHECK(written({}, entries) == "key;parent;children;measure;label;plan 2026\na;;sum;;A;1994\n");
}
