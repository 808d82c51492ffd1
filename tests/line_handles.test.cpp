// Lines that know their table (issue 12, point 2): a line handle of one catalogue asked of a plan of another is an
// error naming both catalogues (a compile error in constant evaluation: tests/compile_fail/
// line_of_another_catalogue.cpp), never the figure of the line at the same position; by key and by measure the same
// plan gives the line of that name.
//
// The table of the issue: a self-describing CSV file of five lines, total, activation, mat, mag, agh. Its "mat" is at
// position 2 and "agh" at position 4, the position of "mat" in Anlage 1 (amip/programmes/duesseldorf_2026/
// anlage1.hpp: with_fbw_reha 0, without_fbw_reha 1, I 2, I.activation 3, mat 4). Before handles knew their
// catalogue, p.figure(lines::mat, plan_of(2026)) read position 4 of this plan: agh's 300.
#include <amip/io/plan_csv.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/comparison.hpp>
#include <amip/model/plan.hpp>
#include <amip/model/scenario.hpp>
#include <amip/programmes/duesseldorf_2026/anlage1.hpp>
#include <amip/programmes/duesseldorf_2026/data.hpp>

#include <array>
#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>

using amip::actual_of;
using amip::entries;
using amip::plan_of;
namespace lines = amip::duesseldorf_2026::lines;

namespace {

// total = activation + agh; activation = mat + mag.
//   Plan 2026:     mat 600, mag 100, agh 300: activation 700, total 1.000
//   Ergebnis 2025: mat 500, mag  80, agh 250: activation 580, total 830
constexpr char const* five_lines_csv =
    "key;parent;children;measure;label;plan 2026;actual 2025\n"
    "total;;sum;;Eintritte insgesamt;;\n"
    "activation;total;sum;;Aktivierung;;\n"
    "mat;activation;sum;mat;davon MAT;600;500\n"
    "mag;activation;sum;mag;davon MAG;100;80\n"
    "agh;total;sum;agh;Arbeitsgelegenheiten;300;250\n";

amip::plan<amip::entry_count> five_line_plan() { return amip::io::read_plan_csv(five_lines_csv, "plan.csv").plan(); }

// What the plan says when asked for Anlage 1's "mat".
constexpr char const* refused_mat =
    "amip: the line \"mat\" of the catalogue \"Planung EGT\" is not a line of the catalogue \"plan.csv\"; its position "
    "there is another line. Ask by key (\"mat\") or by measure for the line of that name in \"plan.csv\"";

// The same five lines as static data, for plans proven at compile time.
constexpr std::array<amip::line, 5> five_lines{{
    {"total", amip::line_kind::total},
    {"activation", amip::line_kind::subgroup, 0},
    {"mat", amip::line_kind::leaf, 1, amip::children_rule::sum, amip::measure_id::mat},
    {"mag", amip::line_kind::leaf, 1, amip::children_rule::sum, amip::measure_id::mag},
    {"agh", amip::line_kind::leaf, 0, amip::children_rule::sum, amip::measure_id::agh},
}};
constexpr amip::catalog five_line_table{"five lines", five_lines};

constexpr amip::fixed_plan<amip::entry_count> five_line_constexpr_plan() {
  amip::fixed_plan<amip::entry_count> p{five_line_table};
  p.state("mat", plan_of(2026), 600 * entries).state("mag", plan_of(2026), 100 * entries);
  p.state("agh", plan_of(2026), 300 * entries);
  return p;
}

}  // namespace

TEST_CASE("a plan read from the five-line CSV refuses Anlage 1's mat handle with an error naming both catalogues") {
  auto const p = five_line_plan();
  CHECK_THROWS_AS(p.figure(lines::mat, plan_of(2026)), amip::line_error);
  CHECK_THROWS_WITH(p.figure(lines::mat, plan_of(2026)), refused_mat);
  CHECK_THROWS_WITH(p.total(lines::mat, plan_of(2026)), refused_mat);
  CHECK_THROWS_WITH(p.stated(lines::mat, plan_of(2026)), refused_mat);
  CHECK_THROWS_WITH(p.figures_of(plan_of(2026))[lines::mat], refused_mat);
  CHECK_THROWS_WITH(p.structure()[lines::mat], refused_mat);
  CHECK_THROWS_WITH(p.structure().label(lines::mat), refused_mat);
  CHECK_THROWS_WITH(p.structure().at(lines::mat), refused_mat);
  CHECK_FALSE(p.structure().contains(lines::mat));
  auto const cmp = amip::compare(p, plan_of(2026), actual_of(2025));
  CHECK_THROWS_WITH(cmp.at(lines::mat), refused_mat);
  CHECK_THROWS_WITH(cmp.change(lines::mat), refused_mat);
  // A line error is a line this catalogue does not have: a std::out_of_range, as an unknown key is.
  CHECK_THROWS_AS(p.figure(lines::mat, plan_of(2026)), std::out_of_range);
  // Every line of Anlage 1 is refused, also one whose key the file has too and one at a position the file lacks.
  CHECK_THROWS_AS(p.figure(lines::agh, plan_of(2026)), amip::line_error);            // Anlage 1 position 20
  CHECK_THROWS_AS(p.figure(lines::with_fbw_reha, plan_of(2026)), amip::line_error);  // position 0, the file's total
}

TEST_CASE("changing a plan through another catalogue's handle is refused and changes nothing") {
  auto p = five_line_plan();
  CHECK_THROWS_WITH(p.state(lines::mat, plan_of(2027), 1 * entries), refused_mat);
  CHECK_THROWS_WITH(p.restate(lines::mat, plan_of(2026), 1 * entries), refused_mat);
  CHECK_FALSE(p.holds(plan_of(2027)));                     // refused before the period was added
  CHECK(p.figure("agh", plan_of(2026)) == 300 * entries);  // position 4 kept its 300
  CHECK(p.figure("mat", plan_of(2026)) == 600 * entries);
  amip::scenario s{p, plan_of(2026)};
  CHECK_THROWS_WITH(s.scale(lines::mat, amip::percent(10)), refused_mat);
  CHECK_THROWS_WITH(s.set(lines::mat, 1 * entries), refused_mat);
  CHECK(s.steps().empty());
}

TEST_CASE("the same plan gives mat's own 600 by key, by measure and by a handle of its own catalogue") {
  auto const p = five_line_plan();
  CHECK(p.figure("mat", plan_of(2026)) == 600 * entries);
  CHECK(p.total("mat", plan_of(2026)) == 600 * entries);
  CHECK(p.stated("mat", plan_of(2026)) == 600 * entries);
  CHECK(p.total(amip::measure::mat, plan_of(2026)) == 600 * entries);
  CHECK(p.figures_of(plan_of(2026))["mat"] == 600 * entries);
  CHECK(p.figure(std::string("agh"), plan_of(2026)) == 300 * entries);  // a key built at run time

  auto const mat = p.structure().handle("mat");
  CHECK(p.figure(mat, plan_of(2026)) == 600 * entries);
  CHECK(p.structure().contains(mat));
  CHECK(mat.index() == amip::line_index{2});
  CHECK(mat.key() == "mat");
  CHECK(mat.catalog_name() == "plan.csv");
  CHECK(p.structure()[mat].measure == amip::measure_id::mat);
  CHECK(p.structure().label(mat) == "davon MAT");

  // Rolled up: activation = mat + mag = 600 + 100 = 700; total = 700 + agh 300 = 1.000.
  CHECK(p.figure("activation", plan_of(2026)) == 700 * entries);
  CHECK(p.figure(p.structure().handle("total"), plan_of(2026)) == 1'000 * entries);

  // The comparison by key: mat 600 against 500 is 600 / 500 - 1 = +20,0 % (200 tenths of a percent), +100 absolute.
  auto const cmp = amip::compare(p, plan_of(2026), actual_of(2025));
  CHECK(cmp.at("mat").now() == 600 * entries);
  CHECK(cmp.at(mat).prior() == 500 * entries);
  CHECK(cmp.change("mat").tenths_of_percent() == 200);
  CHECK(cmp.absolute_change(mat) == 100 * entries);
}

TEST_CASE("a key the plan's catalogue does not have is std::out_of_range naming key and catalogue") {
  auto const p = five_line_plan();
  CHECK_THROWS_WITH(p.figure("fbw_ao", plan_of(2026)), "amip: catalogue \"plan.csv\" has no line \"fbw_ao\"");
  CHECK_THROWS_AS(p.structure().handle("fbw_ao"), std::out_of_range);
  CHECK_THROWS_AS(p.structure().handle(amip::line_index{5}), std::out_of_range);
}

TEST_CASE("Anlage 1's handles are read at their position on every plan of Anlage 1 and its copies") {
  constexpr auto egt = amip::duesseldorf_2026::egt_plan();
  // Anlage 1: MAT inkl. U25 plans 1.994 entries for 2026 (seed, Anlage 1)
  STATIC_REQUIRE(egt.figure(lines::mat, plan_of(2026)) == 1'994 * entries);
  STATIC_REQUIRE(egt.structure().contains(lines::mat));
  STATIC_REQUIRE(lines::mat.index() == amip::line_index{4});
  STATIC_REQUIRE(lines::mat == amip::duesseldorf_2026::anlage1.handle("mat"));
  STATIC_REQUIRE_FALSE(lines::mat == lines::agh);
  // A catalogue made at run time over the same static table is the same table: its handles are Anlage 1's.
  amip::catalog const again{"Planung EGT, again", amip::duesseldorf_2026::anlage1_lines};
  amip::plan<amip::entry_count> p{again};
  p.state(lines::mat, plan_of(2026), 1'994 * entries);
  CHECK(p.figure(lines::mat, plan_of(2026)) == 1'994 * entries);
  CHECK(again.contains(lines::mat));
  // A handle of one catalogue built at run time is refused by another, even with the same text.
  auto const a = five_line_plan();
  auto const b = five_line_plan();
  CHECK_THROWS_AS(b.figure(a.structure().handle("mat"), plan_of(2026)), amip::line_error);
  CHECK(b.figure(b.structure().handle("mat"), plan_of(2026)) == 600 * entries);
  // A copy of a plan holds the same catalogue: the handle is its own.
  auto const copy = a;
  CHECK(copy.figure(a.structure().handle("mat"), plan_of(2026)) == 600 * entries);
}

TEST_CASE("a constexpr plan of another table reads its lines by key and by its own handles at compile time") {
  constexpr auto p = five_line_constexpr_plan();
  STATIC_REQUIRE(p.figure("mat", plan_of(2026)) == 600 * entries);
  STATIC_REQUIRE(p.figure(five_line_table.handle("mat"), plan_of(2026)) == 600 * entries);
  STATIC_REQUIRE(p.figure(amip::measure::mat, plan_of(2026)) == 600 * entries);
  STATIC_REQUIRE(p.total("total", plan_of(2026)) == 1'000 * entries);  // 600 + 100 + 300
  STATIC_REQUIRE_FALSE(five_line_table.contains(lines::mat));
  // At run time the same question throws; in constant evaluation it does not compile.
  CHECK_THROWS_AS(p.figure(lines::mat, plan_of(2026)), amip::line_error);
}
