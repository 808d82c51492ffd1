#include <amip/model/comparison.hpp>
#include <amip/programmes/duesseldorf_2026/data.hpp>

#include <catch2/catch.hpp>
#include <range/v3/algorithm/count_if.hpp>
#include <range/v3/range/conversion.hpp>
#include <range/v3/view/filter.hpp>
#include <range/v3/view/transform.hpp>
#include <string>
#include <vector>

#include "seed.hpp"

namespace duesseldorf = amip::duesseldorf_2026;

namespace {
constexpr auto egt = duesseldorf::egt_plan();
constexpr auto vergleich = amip::compare(egt, amip::plan_of(2026), amip::actual_of(2025));

// Compile time: every row's change matches the "Vergleich" column printed in the seed (Anlage 1).
constexpr bool all_changes_match() {
  for (std::size_t i = 0; i < duesseldorf::anlage1_printed.size(); ++i) {
    if (vergleich[i].change().tenths_of_percent() != duesseldorf::anlage1_printed[i].vergleich_tenths) return false;
  }
  return true;
}
}  // namespace

TEST_CASE("every row's change equals the seed's Vergleich column, at compile time and at run time") {
  STATIC_REQUIRE(vergleich.size() == 25);
  STATIC_REQUIRE(all_changes_match());
  auto const rows = amip_test::anlage1_rows();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    INFO("Anlage 1 row " << i + 1 << ": " << rows[i].label);
    CHECK(vergleich[i].change().tenths_of_percent() == amip_test::german_tenths_of_percent(rows[i].change_text));
  }
}

TEST_CASE("a comparison is a range-v3 view report writers can filter and transform") {
  auto const growing =
      vergleich |
      ranges::views::filter([](auto const& row) { return row.is_leaf() && row.change() > amip::percent(50); }) |
      ranges::views::transform([](auto const& row) { return std::string(row.key()); }) | ranges::to<std::vector>();
  // Leaves that grow by more than 50 %: MAT 71,6 %, MAG 67,0 %, EGZ 57,5 %, AsA 86,4 %, EQ 81,8 %, Reha 400 %,
  // § 16i 82,7 % (seed, Anlage 1).
  CHECK(growing == std::vector<std::string>{"mat", "mag", "egz", "asa", "eq", "V", "p16i"});
  CHECK(ranges::count_if(vergleich, [](auto const& row) { return row.is_leaf(); }) == 16);
}

TEST_CASE("rows know their line, depth, label and figures") {
  auto const row = vergleich.at(amip::measure::mat);
  CHECK(row.key() == "mat");
  CHECK(row.label() == "davon MAT inkl. U25");
  CHECK(row.label(amip::language::english) == "of which: Measures with a provider");
  CHECK(row.depth() == 4);
  CHECK(row.is_leaf());
  CHECK(row.now() == 1'994 * amip::entries);
  CHECK(row.prior() == 1'162 * amip::entries);
  CHECK(row.difference() == 832 * amip::entries);
  CHECK(vergleich.at("I").kind() == amip::line_kind::group);
  CHECK_THROWS_WITH(vergleich.at("IX"), "amip: catalogue \"Planung EGT\" has no line \"IX\"");
}

TEST_CASE("a row with a missing figure has no change") {
  auto const against_2024 = amip::compare(egt, amip::plan_of(2026), amip::actual_of(2024));
  CHECK(against_2024.change(amip::measure::fbw_ao).tenths_of_percent() == 101);  // 360 against 327: 10,09 %
  CHECK_FALSE(against_2024.change(amip::measure::mat).has_value());              // no 2024 figure for MAT
  CHECK_FALSE(against_2024.change(amip::duesseldorf_2026::lines::with_fbw_reha).has_value());
}

TEST_CASE("an iterator and a range-v3 pipe read the plan as it is, also after it gained a period") {
  auto p = egt;
  auto const cmp = amip::compare(p, amip::plan_of(2027), amip::actual_of(2025));
  auto const mat = static_cast<std::ptrdiff_t>(amip::index_of(amip::duesseldorf_2026::lines::mat.index()));
  auto const it = cmp.begin() + mat;
  auto leaves = cmp | ranges::views::filter([](auto const& row) { return row.is_leaf(); });
  auto const planned_leaves = [&] {
    return ranges::count_if(leaves, [](auto const& row) { return row.now().has_value(); });
  };
  CHECK_FALSE((*it).now().has_value());  // no Plan 2027 yet
  CHECK(planned_leaves() == 0);

  p.state(amip::measure::mat, amip::plan_of(2027), 2'100 * amip::entries);
  p.restate(amip::measure::mat, amip::actual_of(2025), 1'801 * amip::entries);
  CHECK((*it).now() == 2'100 * amip::entries);  // the period gained after the iterator was made
  CHECK((*it).prior() == 1'801 * amip::entries);
  CHECK((*it).change().tenths_of_percent() == 166);  // 2.100 against 1.801: +16,6 %
  CHECK(planned_leaves() == 1);                      // the pipe (which caches its begin) too

  // Assigned another plan, the plan invalidates iterators made before (as a container does): made anew, they read
  // the right periods, wherever the other plan keeps them.
  amip::fixed_plan<amip::entry_count> other{amip::duesseldorf_2026::anlage1};
  other.state(amip::measure::mat, amip::actual_of(2025), 1'000 * amip::entries)
      .state(amip::measure::mat, amip::plan_of(2027), 1'500 * amip::entries);
  p = other;
  auto const anew = cmp.begin() + mat;
  CHECK((*anew).now() == 1'500 * amip::entries);
  CHECK((*anew).prior() == 1'000 * amip::entries);
  CHECK(p.figures_of(amip::plan_of(2027))[amip::duesseldorf_2026::lines::mat] == 1'500 * amip::entries);
}
