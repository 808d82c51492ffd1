#include <amip/model/scenario.hpp>
#include <amip/programmes/duesseldorf_2026/data.hpp>

#include <catch2/catch.hpp>

namespace duesseldorf = amip::duesseldorf_2026;
using amip::entries;
using amip::plan_of;

namespace {
constexpr auto egt = duesseldorf::egt_plan();
}

TEST_CASE("scaling a group distributes the new total over its leaves by largest remainder") {
  amip::scenario s{egt, plan_of(2026)};
  s.scale(amip::duesseldorf_2026::lines::group_i, amip::percent(10));
  // By hand: 4.444 × 1,1 = 4.888,4 -> 4.888. Shares: MAT 1.994 × 1,1 = 2.193,4; AVGS 1.650,0; MAG 1.045,0.
  // Floors 2.193 + 1.650 + 1.045 = 4.888: nothing left to hand out.
  CHECK(s.plan().total(amip::duesseldorf_2026::lines::group_i, plan_of(2026)) == 4'888 * entries);
  CHECK(s.plan().total(amip::measure::mat, plan_of(2026)) == 2'193 * entries);
  CHECK(s.plan().total(amip::measure::avgs_mat, plan_of(2026)) == 1'650 * entries);
  CHECK(s.plan().total(amip::measure::mag, plan_of(2026)) == 1'045 * entries);
  REQUIRE(s.steps().size() == 1);
  CHECK(s.steps()[0].description == "scale I (I. Aktivierung und berufliche Eingliederung) by +10,0 %: 4444 -> 4888");
}

TEST_CASE("scaling hands the rounding remainder to the largest fractions") {
  amip::scenario s{egt, plan_of(2026)};
  s.scale(amip::duesseldorf_2026::lines::group_iv, amip::percent(-50));
  // IV. = 61 -> 30,5 -> 31 (half away from zero). AsA 41 × 0,5 = 20,5; EQ 20 × 0,5 = 10,0: floors 20 + 10 = 30,
  // the one left goes to AsA (remainder ,5 against ,0).
  CHECK(s.plan().total(amip::duesseldorf_2026::lines::group_iv, plan_of(2026)) == 31 * entries);
  CHECK(s.plan().total(amip::measure::asa, plan_of(2026)) == 21 * entries);
  CHECK(s.plan().total(amip::measure::eq, plan_of(2026)) == 10 * entries);
}

TEST_CASE("moving entries between measures keeps the total and is refused beyond what is there") {
  amip::scenario s{egt, plan_of(2026)};
  s.move(amip::measure::avgs_mat, amip::measure::mat, 300 * entries);
  CHECK(s.plan().total(amip::measure::avgs_mat, plan_of(2026)) == 1'200 * entries);
  CHECK(s.plan().total(amip::measure::mat, plan_of(2026)) == 2'294 * entries);
  CHECK(s.plan().total(amip::duesseldorf_2026::lines::with_fbw_reha, plan_of(2026)) == 8'510 * entries);
  CHECK(s.steps()[0].description == "move 300 from avgs_mat (davon AVGS MAT inkl. U25) to mat (davon MAT inkl. U25)");
  CHECK_THROWS_WITH(s.move(amip::measure::p16e, amip::measure::p16i, 26 * entries),
                    "amip: scenario: cannot move 26 from p16e, which has 25");
  CHECK(s.steps().size() == 1);
  CHECK(s.plan().total(amip::measure::p16e, plan_of(2026)) == 25 * entries);
}

TEST_CASE("setting a line records what it was") {
  amip::scenario s{egt, plan_of(2026)};
  s.set(amip::measure::p16h, 10 * entries);
  CHECK(s.steps()[0].description ==
        "set VIII (VIII. § 16h Förderung schwer zu erreichender junger Menschen) to 10 (was 0)");
  CHECK_THROWS_AS(s.set(amip::measure::p16h, -1 * entries), std::invalid_argument);
}

TEST_CASE("the diff of two plans gives each line's difference and change") {
  amip::scenario s{egt, plan_of(2026)};
  s.scale(amip::duesseldorf_2026::lines::group_i, amip::percent(10))
      .move(amip::measure::agh, amip::measure::p16i, 100 * entries);
  auto const rows = amip::diff(egt, s.plan(), plan_of(2026));
  REQUIRE(rows.size() == 25);
  auto const& total = rows[amip::index_of(amip::duesseldorf_2026::lines::with_fbw_reha.index())];
  CHECK(total.before == 8'510 * entries);
  CHECK(total.after == 8'954 * entries);  // + 444 from group I.
  CHECK(total.difference == 444 * entries);
  CHECK(total.change.tenths_of_percent() == 52);  // 444 / 8.510 = 5,217… % -> 5,2 %
  auto const& p16i = rows[amip::index_of(amip::duesseldorf_2026::lines::p16i.index())];
  CHECK(p16i.difference == 100 * entries);
  CHECK(p16i.change.tenths_of_percent() == 1'053);  // 100 / 95 = 105,26… % -> 105,3 %
  auto const& vi = rows[amip::index_of(amip::duesseldorf_2026::lines::group_vi.index())];
  CHECK(vi.difference == 0 * entries);
}

// § 16e: 25 entries planned for 2026; group IV: 61.

TEST_CASE("a scenario moves up to what a line has and scales down to -100 % but not below") {
  amip::scenario all{egt, plan_of(2026)};
  all.move(amip::measure::p16e, amip::measure::p16i, 25 * entries);  // all there is
  CHECK(all.plan().total(amip::measure::p16e, plan_of(2026)) == 0 * entries);
  amip::scenario nothing{egt, plan_of(2026)};
  nothing.move(amip::measure::p16e, amip::measure::p16i, 0 * entries);
  CHECK(nothing.plan().total(amip::measure::p16e, plan_of(2026)) == 25 * entries);
  CHECK_THROWS_AS(nothing.move(amip::measure::p16e, amip::measure::p16i, -1 * entries), std::invalid_argument);

  amip::scenario zero{egt, plan_of(2026)};
  zero.set(amip::measure::p16h, 0 * entries);
  CHECK(zero.plan().total(amip::measure::p16h, plan_of(2026)) == 0 * entries);

  amip::scenario gone{egt, plan_of(2026)};
  gone.scale(amip::duesseldorf_2026::lines::group_iv, amip::percent(-100));  // 61 -> 0
  CHECK(gone.plan().total(amip::duesseldorf_2026::lines::group_iv, plan_of(2026)) == 0 * entries);
  amip::scenario below{egt, plan_of(2026)};
  CHECK_THROWS_AS(below.scale(amip::duesseldorf_2026::lines::group_iv, amip::percent(-101)), std::invalid_argument);
  CHECK_THROWS_AS(below.scale(amip::duesseldorf_2026::lines::group_iv, amip::exact_ratio{-1'001, 1'000}),
                  std::invalid_argument);
}
