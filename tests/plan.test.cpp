#include <amip/catalog.hpp>
#include <amip/comparison.hpp>
#include <amip/data/duesseldorf_2026.hpp>
#include <amip/plan.hpp>

#include <array>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "seed.hpp"

namespace duesseldorf = amip::data::duesseldorf_2026;
using amip::actual_of;
using amip::entries;
using amip::plan_of;

TEST_CASE("the roll-up of the 16 leaves gives every printed figure of Anlage 1") {
  constexpr auto egt = duesseldorf::egt_plan();
  auto const rows = amip_test::anlage1_rows();
  REQUIRE(rows.size() == amip::anlage1.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    amip::line_index const line{i};
    INFO("Anlage 1 row " << i + 1 << ": " << rows[i].label);
    CHECK(amip::anlage1.label(line) == rows[i].label);
    CHECK(egt.total(line, plan_of(2026)).value() == rows[i].plan_2026);
    CHECK(egt.total(line, actual_of(2025)).value() == rows[i].actual_2025);
  }
}

TEST_CASE("the embedded plan states only leaves, and they are consistent") {
  constexpr auto egt = duesseldorf::egt_plan();
  STATIC_REQUIRE(egt.check().empty());
  STATIC_REQUIRE_FALSE(egt.stated(amip::lines::with_fbw_reha, plan_of(2026)).has_value());
  STATIC_REQUIRE(egt.stated(amip::lines::mat, plan_of(2026)) == 1'994 * entries);
  for (std::size_t i = 0; i < amip::anlage1.size(); ++i) {
    amip::line_index const line{i};
    INFO("line " << amip::anlage1[line].key);
    CHECK(egt.stated(line, plan_of(2026)).has_value() == amip::anlage1.is_leaf(line));
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
  CHECK(after.at(amip::lines::group_i).now() == 4'544 * entries);
  CHECK(after.change(amip::lines::group_i).tenths_of_percent() == 230);
  CHECK(after.change(amip::lines::with_fbw_reha).tenths_of_percent() == 184);  // 8.610 / 7.274: 18,37 % -> 18,4 %
}

TEST_CASE("printed totals that disagree with the leaves are findings naming the line, expected and found") {
  auto printed = duesseldorf::egt_plan();
  // Seed figures, with two typos a reader could make: group I. as 4.445, "ohne FbW / Reha" as 7.200.
  printed.state(amip::lines::group_i, plan_of(2026), 4'445 * entries);
  printed.state(amip::lines::without_fbw_reha, plan_of(2026), 7'200 * entries);
  printed.state(amip::lines::with_fbw_reha, plan_of(2026), 8'510 * entries);  // right
  auto const findings = printed.check();
  REQUIRE(findings.size() == 2);
  using problem = amip::consistency_finding<amip::entry_count>::problem;
  CHECK(findings[0].line == amip::lines::without_fbw_reha);
  CHECK(findings[0].what == problem::sum_differs);
  CHECK(findings[0].expected == 7'300 * entries);
  CHECK(findings[0].found == 7'200 * entries);
  CHECK(findings[1].line == amip::lines::group_i);
  CHECK(findings[1].expected == 4'444 * entries);
  CHECK(findings[1].found == 4'445 * entries);
  CHECK(findings[1].message() ==
        "Planung EGT, line I (I. Aktivierung und berufliche Eingliederung), Plan 2026: expected 4444 (the sum of its "
        "lines), found 4445");
  // The roll-up is not misled by the printed figure.
  CHECK(printed.total(amip::lines::group_i, plan_of(2026)) == 4'444 * entries);
  CHECK(printed.stated(amip::lines::group_i, plan_of(2026)) == 4'445 * entries);
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
  STATIC_REQUIRE(egt.figure(amip::lines::fbw, amip::projection_of(2025)) == 1'300 * entries);
  STATIC_REQUIRE_FALSE(egt.figure(amip::lines::with_fbw_reha, amip::projection_of(2025)).has_value());
  CHECK_THROWS_WITH(egt.total(amip::lines::with_fbw_reha, amip::projection_of(2025)),
                    "amip: Planung EGT, line with_fbw_reha, Hochrechnung 2025: no figure is stated and its lines do "
                    "not give one");
  STATIC_REQUIRE_FALSE(egt.holds(plan_of(2027)));
  STATIC_REQUIRE_FALSE(egt.figure(amip::lines::mat, plan_of(2027)).has_value());
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
  CHECK_FALSE(sources.at(amip::lines::with_fbw_reha).difference().has_value());
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
  amip::plan<amip::entry_count> p{statistics};
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

TEST_CASE("a plan refuses a catalogue larger than its capacity") {
  CHECK_THROWS_AS((amip::basic_plan<amip::entry_count, 8>{amip::anlage1}), std::length_error);
}

TEST_CASE("a stated total smaller than the lines known so far is a finding even with lines missing") {
  amip::plan<amip::entry_count> p{amip::anlage1};
  p.state(amip::lines::group_i, plan_of(2026), 100 * entries).state(amip::measure::mat, plan_of(2026), 200 * entries);
  auto const findings = p.check();
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].line == amip::lines::group_i);
  CHECK(findings[0].expected == 200 * entries);
  CHECK(findings[0].found == 100 * entries);
  CHECK(findings[0].message() ==
        "Planung EGT, line I (I. Aktivierung und berufliche Eingliederung), Plan 2026: the lines known so far "
        "already add up to 200, more than the stated 100");
}
