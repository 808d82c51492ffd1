#include <amip/model/catalog.hpp>
#include <amip/model/comparison.hpp>
#include <amip/model/plan.hpp>
#include <amip/programmes/duesseldorf_2026/data.hpp>

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <cstdint>
#include <limits>
#include <optional>
#include <random>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "seed.hpp"

namespace duesseldorf = amip::duesseldorf_2026;
using amip::actual_of;
using amip::entries;
using amip::plan_of;

TEST_CASE("the roll-up of the 16 leaves gives every printed figure of Anlage 1") {
  constexpr auto egt = duesseldorf::egt_plan();
  auto const rows = amip_test::anlage1_rows();
  REQUIRE(rows.size() == amip::duesseldorf_2026::anlage1.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    amip::line_index const line{i};
    INFO("Anlage 1 row " << i + 1 << ": " << rows[i].label);
    CHECK(amip::duesseldorf_2026::anlage1.label(line) == rows[i].label);
    CHECK(egt.total(line, plan_of(2026)).value() == rows[i].plan_2026);
    CHECK(egt.total(line, actual_of(2025)).value() == rows[i].actual_2025);
  }
}

TEST_CASE("the embedded plan states only leaves, and they are consistent") {
  constexpr auto egt = duesseldorf::egt_plan();
  STATIC_REQUIRE(egt.check().empty());
  STATIC_REQUIRE_FALSE(egt.stated(amip::duesseldorf_2026::lines::with_fbw_reha, plan_of(2026)).has_value());
  STATIC_REQUIRE(egt.stated(amip::duesseldorf_2026::lines::mat, plan_of(2026)) == 1'994 * entries);
  for (std::size_t i = 0; i < amip::duesseldorf_2026::anlage1.size(); ++i) {
    amip::line_index const line{i};
    INFO("line " << amip::duesseldorf_2026::anlage1[line].key);
    CHECK(egt.stated(line, plan_of(2026)).has_value() == amip::duesseldorf_2026::anlage1.is_leaf(line));
  }
}

TEST_CASE("changing one leaf moves every ancestor's figure and change, and nothing else") {
  constexpr auto original = duesseldorf::egt_plan();
  auto changed = original;
  changed.restate(amip::measure::mag, plan_of(2026), 1'050 * entries);  // MAG +100
  auto const before = amip::compare(original, plan_of(2026), actual_of(2025));
  auto const after = amip::compare(changed, plan_of(2026), actual_of(2025));

  std::vector<std::string> moved;
  for (std::size_t i = 0; i < before.size(); ++i) {
    auto const b = before[i];
    auto const a = after[i];
    if (*a.now() != *b.now()) {
      CHECK(*a.now() - *b.now() == 100 * entries);
      CHECK(a.change() != b.change());
      moved.emplace_back(a.key());
    } else {
      CHECK(a.change() == b.change());
    }
    CHECK(a.prior() == b.prior());
  }
  // MAG and its ancestors: the "davon" line, group I., ohne FbW / Reha, mit FbW / Reha.
  CHECK(moved == std::vector<std::string>{"with_fbw_reha", "without_fbw_reha", "I", "I.activation", "mag"});
  // Each ancestor's change follows from its new figure: group I. is 4.544 against 3.693 = 23,0 %.
  CHECK(after.at(amip::duesseldorf_2026::lines::group_i).now() == 4'544 * entries);
  CHECK(after.change(amip::duesseldorf_2026::lines::group_i).tenths_of_percent() == 230);
  CHECK(after.change(amip::duesseldorf_2026::lines::with_fbw_reha).tenths_of_percent() ==
        184);  // 8.610 / 7.274: 18,37 % -> 18,4 %
}

TEST_CASE("printed totals that disagree with the leaves are findings naming the line, expected and found") {
  auto printed = duesseldorf::egt_plan();
  // Seed figures, with two typos a reader could make: group I. as 4.445, "ohne FbW / Reha" as 7.200.
  printed.state(amip::duesseldorf_2026::lines::group_i, plan_of(2026), 4'445 * entries);
  printed.state(amip::duesseldorf_2026::lines::without_fbw_reha, plan_of(2026), 7'200 * entries);
  printed.state(amip::duesseldorf_2026::lines::with_fbw_reha, plan_of(2026), 8'510 * entries);  // right
  auto const findings = printed.check();
  REQUIRE(findings.size() == 2);
  using problem = amip::consistency_finding<amip::entry_count>::problem;
  CHECK(findings[0].line == amip::duesseldorf_2026::lines::without_fbw_reha.index());
  CHECK(findings[0].what == problem::sum_differs);
  CHECK(findings[0].expected == 7'300 * entries);
  CHECK(findings[0].found == 7'200 * entries);
  CHECK(findings[1].line == amip::duesseldorf_2026::lines::group_i.index());
  CHECK(findings[1].expected == 4'444 * entries);
  CHECK(findings[1].found == 4'445 * entries);
  CHECK(findings[1].message() ==
        "Planung EGT, line I (I. Aktivierung und berufliche Eingliederung), Plan 2026: expected 4444 (the sum of its "
        "lines), found 4445");
  // The roll-up is not misled by the printed figure.
  CHECK(printed.total(amip::duesseldorf_2026::lines::group_i, plan_of(2026)) == 4'444 * entries);
  CHECK(printed.stated(amip::duesseldorf_2026::lines::group_i, plan_of(2026)) == 4'445 * entries);
}

TEST_CASE("a figure stated twice with another value is refused and the first one kept") {
  auto egt = duesseldorf::egt_plan();
  CHECK_THROWS_AS(egt.state(amip::measure::mat, plan_of(2026), 2'000 * entries), amip::conflicting_figure);
  CHECK_THROWS_WITH(egt.state(amip::measure::mat, plan_of(2026), 2'000 * entries),
                    "amip: Planung EGT, line mat, Plan 2026: already stated as 1994, refusing 2000 (use restate to "
                    "change it)");
  CHECK(egt.total(amip::measure::mat, plan_of(2026)) == 1'994 * entries);
  CHECK_NOTHROW(egt.state(amip::measure::mat, plan_of(2026), 1'994 * entries));
}

TEST_CASE("a line without figure or complete children has no figure, and total() says which") {
  constexpr auto egt = duesseldorf::egt_plan();
  // Section 4 gives the 2025 projection only for FbW: the "Förderung berufliche Weiterbildung" line rolls up,
  // the totals do not.
  STATIC_REQUIRE(egt.figure(amip::duesseldorf_2026::lines::fbw, amip::projection_of(2025)) == 1'300 * entries);
  STATIC_REQUIRE_FALSE(egt.figure(amip::duesseldorf_2026::lines::with_fbw_reha, amip::projection_of(2025)).has_value());
  CHECK_THROWS_WITH(egt.total(amip::duesseldorf_2026::lines::with_fbw_reha, amip::projection_of(2025)),
                    "amip: Planung EGT, line with_fbw_reha, Hochrechnung 2025: no figure is stated and its lines do "
                    "not give one");
  STATIC_REQUIRE_FALSE(egt.holds(plan_of(2027)));
  STATIC_REQUIRE_FALSE(egt.figure(amip::duesseldorf_2026::lines::mat, plan_of(2027)).has_value());
}

TEST_CASE("a plan holds several kinds and years for the same line, each with its source") {
  constexpr auto egt = duesseldorf::egt_plan();
  // Seed, section 4: nao 800 (Hochrechnung 2025: 950; Ergebnis 2024: 1.080); Anlage 1: Ergebnis 2025 1.019.
  STATIC_REQUIRE(egt.total(amip::measure::fbw_nao, plan_of(2026)) == 800 * entries);
  STATIC_REQUIRE(egt.total(amip::measure::fbw_nao, amip::projection_of(2025)) == 950 * entries);
  STATIC_REQUIRE(egt.total(amip::measure::fbw_nao, actual_of(2025)) == 1'019 * entries);
  STATIC_REQUIRE(egt.total(amip::measure::fbw_nao, actual_of(2024)) == 1'080 * entries);
  CHECK(egt.source(amip::projection_of(2025)) == "Abschnitt 4");
  CHECK(egt.source(actual_of(2025)) == "Anlage 1");
  CHECK(egt.periods() ==
        std::vector<amip::period>{plan_of(2026), actual_of(2025), amip::projection_of(2025), actual_of(2024)});
}

TEST_CASE("the two sources for FbW in 2025 differ, and a comparison shows by how much") {
  constexpr auto egt = duesseldorf::egt_plan();
  auto const sources = amip::compare(egt, amip::projection_of(2025), actual_of(2025));
  CHECK(sources.at(amip::measure::fbw_nao).difference() == -69 * entries);  // 950 against 1.019
  CHECK(sources.at(amip::measure::fbw_ao).difference() == 43 * entries);    // 350 against 307
  CHECK_FALSE(sources.at(amip::duesseldorf_2026::lines::with_fbw_reha).difference().has_value());
}

// A table in the style of the BA's statistics: a total with "darunter" lines that need not add up.
namespace {
constexpr std::array<amip::line, 4> statistics_lines{{
    {"total",
     amip::line_kind::total,
     amip::no_parent,
     amip::children_rule::subset,
     {},
     {},
     false,
     "Eintritte insgesamt",
     "Entries, total"},
    {"u25",
     amip::line_kind::leaf,
     0,
     amip::children_rule::sum,
     {},
     {},
     false,
     "darunter unter 25 Jahre",
     "of which under 25"},
    {"women", amip::line_kind::leaf, 0, amip::children_rule::sum, {}, {}, false, "darunter Frauen", "of which women"},
    {"lza",
     amip::line_kind::leaf,
     0,
     amip::children_rule::sum,
     {},
     {},
     false,
     "darunter Langzeitarbeitslose",
     "of which long-term unemployed"},
}};
constexpr amip::catalog statistics{"Eintritte nach Personengruppen", statistics_lines};

constexpr auto statistics_plan(std::int64_t women) {
  amip::fixed_plan<amip::entry_count> p{statistics};
  p.state(amip::line_index{0}, plan_of(2026), 1'000 * entries)
      .state(amip::line_index{1}, plan_of(2026), 300 * entries)
      .state(amip::line_index{2}, plan_of(2026), women * entries)
      .state(amip::line_index{3}, plan_of(2026), 450 * entries);
  return p;
}
}  // namespace

TEST_CASE("darunter lines need not add up to their parent, and the parent is not rolled up from them") {
  constexpr auto p = statistics_plan(520);  // 300 + 520 + 450 = 1.270 > 1.000: fine for "darunter"
  STATIC_REQUIRE(p.total(amip::line_index{0}, plan_of(2026)) == 1'000 * entries);
  STATIC_REQUIRE(p.check().empty());
  STATIC_REQUIRE_FALSE(statistics.is_leaf(amip::line_index{0}));
}

TEST_CASE("a darunter line larger than its parent is a finding") {
  auto const p = statistics_plan(1'200);
  auto const findings = p.check();
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].line == amip::line_index{2});
  CHECK(findings[0].expected == 1'000 * entries);
  CHECK(findings[0].found == 1'200 * entries);
  CHECK(findings[0].message() ==
        "Eintritte nach Personengruppen, line women (darunter Frauen), Plan 2026: a part (1200) is larger than the "
        "whole it belongs to (1000)");
}

TEST_CASE("a catalogue that is not a tree is refused with the reason") {
  static constexpr std::array<amip::line, 2> cycle{{
      {"a", amip::line_kind::group, 1},
      {"b", amip::line_kind::group, 0},
  }};
  CHECK_THROWS_WITH((amip::catalog{"broken", cycle}), "amip: catalogue \"broken\": line \"a\" is its own ancestor");
  static constexpr std::array<amip::line, 2> twice{{
      {"a", amip::line_kind::leaf},
      {"a", amip::line_kind::leaf},
  }};
  CHECK_THROWS_WITH((amip::catalog{"twice", twice}), "amip: catalogue \"twice\": the key \"a\" is used twice");
  static constexpr std::array<amip::line, 1> orphan{{{"a", amip::line_kind::leaf, 7}}};
  CHECK_THROWS_AS((amip::catalog{"orphan", orphan}), amip::invalid_catalog);
}

TEST_CASE("a fixed plan refuses a catalogue larger than its capacity") {
  // Anlage 1 has 25 lines.
  CHECK_THROWS_WITH((amip::fixed_plan<amip::entry_count, 8>{amip::duesseldorf_2026::anlage1}),
                    "amip: the catalogue \"Planung EGT\" has 25 lines; this plan type holds at most 8 (use amip::plan, "
                    "which has no limit)");
}

namespace {

// A national table: a total over 299 leaves, built at run time.
amip::catalog wide_catalog() {
  std::vector<amip::owned_line> lines;
  lines.push_back({"total",
                   amip::line_kind::total,
                   amip::no_parent,
                   amip::children_rule::sum,
                   {},
                   {},
                   false,
                   "Insgesamt",
                   "Total"});
  for (std::size_t i = 1; i < 300; ++i) {
    lines.push_back({"l" + std::to_string(i),
                     amip::line_kind::leaf,
                     0,
                     amip::children_rule::sum,
                     {},
                     {},
                     false,
                     "Zeile " + std::to_string(i),
                     "Line " + std::to_string(i)});
  }
  return amip::catalog{"300 lines", std::move(lines)};
}

constexpr std::array<amip::figure_kind, 3> three_kinds{amip::figure_kind::plan, amip::figure_kind::projection,
                                                       amip::figure_kind::actual};

amip::period month(amip::figure_kind kind, int y, int m) {
  auto const when = amip::month_of(y, m);
  if (kind == amip::figure_kind::plan) return amip::plan_of(when);
  if (kind == amip::figure_kind::projection) return amip::projection_of(when);
  return amip::actual_of(when);
}

}  // namespace

TEST_CASE("amip::plan holds any number of lines and periods: 300 lines, twelve months of three kinds") {
  amip::plan<amip::entry_count> p{wide_catalog()};
  REQUIRE(p.structure().size() == 300);
  auto const july_plan = p.figures_of(month(amip::figure_kind::plan, 2026, 7));
  CHECK_FALSE(july_plan.holds());  // made before the plan holds any period: it sees the period once stated
  // Leaf i in month m has i × 100 + m entries, whatever the kind. The total of month m is therefore
  // 100 × (1 + … + 299) + 299 × m = 100 × 44'850 + 299 m = 4'485'000 + 299 m.
  for (auto const kind : three_kinds) {
    for (int m = 1; m <= 12; ++m) {
      auto const when = month(kind, 2026, m);
      for (std::size_t i = 1; i < 300; ++i) {
        p.state(amip::line_index{i}, when, (static_cast<std::int64_t>(i) * 100 + m) * entries);
      }
    }
  }
  CHECK(p.periods().size() == 36);
  CHECK(july_plan.holds());
  CHECK(july_plan[amip::line_index{0}] == (4'485'000 + 299 * 7) * entries);                    // 4'487'093
  CHECK(p.total("total", month(amip::figure_kind::actual, 2026, 12)) == 4'488'588 * entries);  // 4'485'000 + 299 × 12
  CHECK(p.total("l299", month(amip::figure_kind::projection, 2026, 1)) == 29'901 * entries);
  CHECK(p.check().empty());
  // A stated total that disagrees is found, on line 1 of 300: 4'485'000 + 299 = 4'485'299 expected.
  p.state(amip::line_index{0}, month(amip::figure_kind::plan, 2026, 1), 4'485'300 * entries);
  auto const found = p.check();
  REQUIRE(found.size() == 1);
  CHECK(found[0].expected == 4'485'299 * entries);
  CHECK(found[0].found == 4'485'300 * entries);
}

TEST_CASE("a view of one period stays valid while an amip::plan gains many more periods") {
  amip::plan<amip::entry_count> p{amip::duesseldorf_2026::anlage1};
  p.state(amip::measure::mat, plan_of(2026), 1'994 * entries);
  auto const view = p.figures_of(plan_of(2026));
  for (int m = 1; m <= 12; ++m) {  // 36 more periods: storage grows, the view's period stays where it is
    for (auto const kind : three_kinds) p.state(amip::measure::mat, month(kind, 2025, m), m * entries);
  }
  CHECK(view[amip::duesseldorf_2026::lines::mat] == 1'994 * entries);
  p.restate(amip::measure::mat, plan_of(2026), 2'000 * entries);
  CHECK(view[amip::duesseldorf_2026::lines::mat] == 2'000 * entries);
}

TEST_CASE("fixed and unlimited plans convert into each other, figure for figure, with their sources") {
  static_assert(std::is_convertible_v<amip::fixed_plan<amip::entry_count>, amip::plan<amip::entry_count>>);
  static_assert(!std::is_convertible_v<amip::plan<amip::entry_count>, amip::fixed_plan<amip::entry_count>>);
  static_assert(std::is_constructible_v<amip::fixed_plan<amip::entry_count>, amip::plan<amip::entry_count> const&>);
  static_assert(!std::is_constructible_v<amip::plan<amip::money>, amip::fixed_plan<amip::entry_count> const&>);

  // Between fixed capacities at compile time: Anlage 1 has 25 lines; the embedded plan holds 4 periods (Plan 2026,
  // Ergebnis 2025, Hochrechnung 2025, Ergebnis 2024).
  STATIC_REQUIRE(amip::fixed_plan<amip::entry_count, 25, 4>{amip::duesseldorf_2026::egt_plan()}.total(
                     amip::duesseldorf_2026::lines::with_fbw_reha, plan_of(2026)) == 8'510 * entries);

  amip::plan<amip::entry_count> run_time = amip::duesseldorf_2026::egt_plan();
  // Anlage 1: the total of Plan 2026, FbW and Reha included, is 8'510 (the seed's printed top row).
  CHECK(run_time.total(amip::duesseldorf_2026::lines::with_fbw_reha, plan_of(2026)) == 8'510 * entries);
  auto const fixed = amip::duesseldorf_2026::egt_plan();
  CHECK(run_time.periods() == fixed.periods());
  CHECK(run_time.source(plan_of(2026)) == fixed.source(plan_of(2026)));
  run_time.restate(amip::measure::mat, plan_of(2026), 2'094 * entries);  // +100
  amip::fixed_plan<amip::entry_count> const back{run_time};
  CHECK(back.total(amip::duesseldorf_2026::lines::with_fbw_reha, plan_of(2026)) == 8'610 * entries);  // 8'510 + 100
  CHECK(back.check().empty());

  amip::plan<amip::entry_count> wide{wide_catalog()};
  CHECK_THROWS_AS(amip::fixed_plan<amip::entry_count>{wide}, std::length_error);
  amip::plan<amip::entry_count> many{amip::duesseldorf_2026::anlage1};
  for (int y = 2016; y <= 2026; ++y) many.state(amip::measure::mat, plan_of(y), y * entries);
  CHECK_THROWS_WITH(amip::fixed_plan<amip::entry_count>{many},
                    "amip: the plan has 11 periods; this plan type holds at most 8 (use amip::plan, which has no "
                    "limit)");
}

TEST_CASE("a stated total smaller than the lines known so far is a finding even with lines missing") {
  amip::plan<amip::entry_count> p{amip::duesseldorf_2026::anlage1};
  p.state(amip::duesseldorf_2026::lines::group_i, plan_of(2026), 100 * entries)
      .state(amip::measure::mat, plan_of(2026), 200 * entries);
  auto const findings = p.check();
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].line == amip::duesseldorf_2026::lines::group_i.index());
  CHECK(findings[0].expected == 200 * entries);
  CHECK(findings[0].found == 100 * entries);
  CHECK(findings[0].message() ==
        "Planung EGT, line I (I. Aktivierung und berufliche Eingliederung), Plan 2026: the lines known so far "
        "already add up to 200, more than the stated 100");
}

// ---------------------------------------------------------------------------------------------------------------
// The kept roll-up against its definition, on random trees and random restatements

namespace {

// The roll-up as amip/model/plan.hpp documents it, written out plainly: a "davon" line with children is the sum of its
// lines where all of them are known (an overflowing sum is an error), else its stated figure.
struct expected_figure {
  enum { unknown, value, overflow } what = unknown;
  std::int64_t v = 0;
};

expected_figure roll_up_by_definition(std::vector<amip::line> const& lines,
                                      std::vector<std::optional<std::int64_t>> const& stated, std::size_t i) {
  bool has_children = false;
  if (lines[i].children == amip::children_rule::sum) {
    std::int64_t sum = 0;
    bool complete = true;
    for (std::size_t c = 0; c < lines.size() && complete; ++c) {
      if (lines[c].parent != i) continue;
      has_children = true;
      auto const part = roll_up_by_definition(lines, stated, c);
      if (part.what == expected_figure::overflow) return part;
      if (part.what == expected_figure::unknown) {
        complete = false;
      } else if (__builtin_add_overflow(sum, part.v, &sum)) {
        return {expected_figure::overflow, 0};
      }
    }
    if (has_children && complete) return {expected_figure::value, sum};
  }
  if (stated[i]) return {expected_figure::value, *stated[i]};
  return {};
}

// A random tree of up to 40 lines, parents anywhere in the order (not only before their children), one line in
// five a "darunter" line.
std::vector<amip::line> random_tree(std::mt19937_64& random, std::vector<std::string>& keys) {
  std::size_t const n = 2 + random() % 39;
  keys.clear();
  for (std::size_t i = 0; i < n; ++i) keys.push_back("l" + std::to_string(i));
  std::vector<std::size_t> order(n);  // order[k]: the position of the k-th line of the tree
  for (std::size_t i = 0; i < n; ++i) order[i] = i;
  std::shuffle(order.begin(), order.end(), random);
  std::vector<amip::line> lines(n);
  for (std::size_t k = 0; k < n; ++k) {
    auto& l = lines[order[k]];
    l.key = keys[order[k]];
    l.kind = amip::line_kind::group;
    l.parent = k == 0 ? amip::no_parent : order[random() % k];  // an earlier line of the tree: no cycle
    l.children = random() % 5 == 0 ? amip::children_rule::subset : amip::children_rule::sum;
  }
  return lines;
}

std::int64_t random_figure(std::mt19937_64& random) {
  switch (random() % 8) {
    case 0:
      return -static_cast<std::int64_t>(random() % 1'000);  // a negative correction
    case 1:
    case 2:
      return std::numeric_limits<std::int64_t>::max() / 3 + static_cast<std::int64_t>(random() % 1'000);  // huge
    default:
      return static_cast<std::int64_t>(random() % 10'000);
  }
}

// The two mixed limits: lines as many as given with a fixed number of periods (whose figures were once left
// without room for the lines), and the other way round.
using any_lines_two_periods = amip::basic_plan<amip::entry_count, amip::unlimited, 2>;
using fixed_lines_any_periods = amip::basic_plan<amip::entry_count, 64, amip::unlimited>;

}  // namespace

TEMPLATE_TEST_CASE("random trees and restatements: every figure is the roll-up by definition, one by one or at once",
                   "", amip::plan<amip::entry_count>, amip::fixed_plan<amip::entry_count>, any_lines_two_periods,
                   fixed_lines_any_periods) {
  std::mt19937_64 random{2026};
  constexpr std::array<amip::period, 2> periods{plan_of(2026), actual_of(2025)};
  std::array<int, 3> seen{};  // unknown, value, overflow: each case must occur, or the test proves little
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> keys;
    auto const lines = random_tree(random, keys);
    amip::catalog const table{"random", lines};
    TestType one_by_one{table};
    TestType at_once{table};
    std::array<std::vector<std::optional<std::int64_t>>, 2> stated;
    for (auto& s : stated) s.assign(lines.size(), std::nullopt);

    for (int step = 0; step < 12; ++step) {
      auto const p = random() % 2;
      std::vector<amip::line_index> changed;
      std::vector<amip::entry_count> values;
      for (std::size_t i = 0; i < lines.size(); ++i) {
        if (random() % 3 != 0) continue;
        changed.push_back(amip::line_index{i});
        values.push_back(random_figure(random) * entries);
      }
      for (std::size_t k = 0; k < changed.size(); ++k) {
        one_by_one.restate(changed[k], periods[p], values[k]);
        stated[p][amip::index_of(changed[k])] = values[k].value();
      }
      at_once.restate(periods[p], changed, values);

      for (std::size_t q = 0; q < 2; ++q) {
        for (std::size_t i = 0; i < lines.size(); ++i) {
          INFO("round " << round << ", step " << step << ", line " << i << ", period " << q);
          auto const expected = roll_up_by_definition(lines, stated[q], i);
          ++seen[static_cast<std::size_t>(expected.what)];
          amip::line_index const line{i};
          if (expected.what == expected_figure::overflow) {
            CHECK_THROWS_AS(one_by_one.figure(line, periods[q]), amip::overflow_error);
            CHECK_THROWS_AS(at_once.figure(line, periods[q]), amip::overflow_error);
            CHECK_THROWS_AS(at_once.figures_of(periods[q])[line], amip::overflow_error);
          } else {
            auto const want = expected.what == expected_figure::value ? std::optional{expected.v * entries}
                                                                      : std::optional<amip::entry_count>{};
            CHECK(one_by_one.figure(line, periods[q]) == want);
            CHECK(at_once.figure(line, periods[q]) == want);
            CHECK(at_once.figures_of(periods[q])[line] == want);
          }
        }
      }
    }
  }
  CHECK(seen[0] > 1'000);
  CHECK(seen[1] > 10'000);
  CHECK(seen[2] > 500);
}

TEST_CASE("restating many lines at once refuses a length mismatch or a foreign line and changes nothing") {
  auto p = duesseldorf::egt_plan();
  auto const before = p;
  std::array<amip::line_index, 2> const lines{amip::duesseldorf_2026::lines::mat.index(),
                                              amip::duesseldorf_2026::lines::mag.index()};
  std::array<amip::entry_count, 1> const one{5 * entries};
  CHECK_THROWS_WITH(p.restate(plan_of(2026), lines, one), "amip: restate got 2 lines but 1 figures");
  std::array<amip::line_index, 2> const outside{amip::duesseldorf_2026::lines::mat.index(), amip::line_index{99}};
  std::array<amip::entry_count, 2> const two{5 * entries, 6 * entries};
  CHECK_THROWS_AS(p.restate(plan_of(2026), outside, two), std::out_of_range);
  for (std::size_t i = 0; i < amip::duesseldorf_2026::anlage1.size(); ++i) {
    CHECK(p.figure(amip::line_index{i}, plan_of(2026)) == before.figure(amip::line_index{i}, plan_of(2026)));
  }
  CHECK_FALSE(p.holds(plan_of(2027)));  // nor a period added on the way
  CHECK_THROWS(p.restate(plan_of(2027), lines, one));
  CHECK_FALSE(p.holds(plan_of(2027)));
  p.restate(plan_of(2027), std::span<amip::line_index const>{}, std::span<amip::entry_count const>{});
  CHECK_FALSE(p.holds(plan_of(2027)));  // no lines: nothing at all, as restating none one by one
}

TEST_CASE("a line outside the catalogue is refused whether the period is held or not") {
  constexpr auto egt = duesseldorf::egt_plan();
  for (auto const when : {plan_of(2026), plan_of(2030)}) {
    CHECK_THROWS_AS(egt.figure(amip::line_index{99}, when), std::out_of_range);
    CHECK_THROWS_AS(egt.stated(amip::line_index{99}, when), std::out_of_range);
    CHECK_THROWS_AS(egt.figures_of(when)[amip::line_index{99}], std::out_of_range);
  }
}

TEST_CASE("restating many lines at once works at compile time: MAT and MAG +100 each move group I by 200") {
  constexpr auto changed = [] {
    auto p = duesseldorf::egt_plan();
    std::array<amip::line_index, 2> const lines{amip::duesseldorf_2026::lines::mat.index(),
                                                amip::duesseldorf_2026::lines::mag.index()};
    std::array<amip::entry_count, 2> const values{(1'994 + 100) * entries, (950 + 100) * entries};
    p.restate(plan_of(2026), lines, values);
    return p;
  }();
  constexpr auto original = duesseldorf::egt_plan();
  STATIC_REQUIRE(changed.total(amip::duesseldorf_2026::lines::group_i, plan_of(2026)) -
                     original.total(amip::duesseldorf_2026::lines::group_i, plan_of(2026)) ==
                 200 * entries);
  STATIC_REQUIRE(changed.total(amip::duesseldorf_2026::lines::group_i, actual_of(2025)) ==
                 original.total(amip::duesseldorf_2026::lines::group_i, actual_of(2025)));
}

TEST_CASE("figures_of reads one period's figures as figure() does, a period not held reads as unknown") {
  static constexpr auto egt = duesseldorf::egt_plan();  // static: a view of it is a constant too
  constexpr auto plan_2026 = egt.figures_of(plan_of(2026));
  STATIC_REQUIRE(plan_2026.holds());
  STATIC_REQUIRE(plan_2026[amip::duesseldorf_2026::lines::mat] == 1'994 * entries);
  STATIC_REQUIRE_FALSE(egt.figures_of(plan_of(2030)).holds());
  STATIC_REQUIRE_FALSE(egt.figures_of(plan_of(2030))[amip::duesseldorf_2026::lines::mat].has_value());
  for (std::size_t i = 0; i < amip::duesseldorf_2026::anlage1.size(); ++i) {
    CHECK(plan_2026[amip::line_index{i}] == egt.figure(amip::line_index{i}, plan_of(2026)));
  }
  CHECK_THROWS_AS(plan_2026[amip::line_index{99}], std::out_of_range);
}
