// The umbrella header alone is the whole library for another Jobcenter: it reads that Jobcenter's plan from CSV,
// compares, checks and prints it, and brings nothing of the reference programme (tests/layers.sh checks that no
// header under amip/programmes/ is included).
#include <amip/amip.hpp>

#include <catch2/catch.hpp>
#include <string>

namespace {

// A small table of another Jobcenter with one "darunter" line: activation (MAT, MAG) and AGH; a total stated.
constexpr char const* musterstadt_csv =
    "# numbers: German\n"  // 1.100 is eleven hundred
    "key;parent;children;measure;label;plan 2026;actual 2025\n"
    "total;;sum;;Eintritte insgesamt;1.100;\n"
    "activation;total;sum;;Aktivierung;;\n"
    "mat;activation;sum;mat;MAT;600;500\n"
    "mag;activation;sum;mag;MAG;200;250\n"
    "agh;total;subset;agh;Arbeitsgelegenheiten;300;240\n"
    "agh_u25;agh;sum;;darunter unter 25 Jahre;90;60\n";

}  // namespace

TEST_CASE("amip/amip.hpp alone reads, compares, checks and prints another Jobcenter's plan") {
  auto const loaded = amip::io::read_plan_csv(musterstadt_csv, "musterstadt.csv");
  auto const& plan = loaded.plan();
  auto const& table = loaded.structure();
  REQUIRE(table.size() == 6);

  // Rolled up from the lines: total 2026 = MAT 600 + MAG 200 + AGH 300 = 1.100, as stated; 2025 = 500 + 250 + 240.
  CHECK(plan.total(table.at("total"), amip::plan_of(2026)) == 1'100 * amip::entries);
  CHECK(plan.total(table.at("total"), amip::actual_of(2025)) == 990 * amip::entries);
  CHECK(plan.total(amip::measure::mat, amip::plan_of(2026)) == 600 * amip::entries);
  CHECK(plan.check().empty());

  // MAG falls from 250 to 200: 200 / 250 - 1 = -20,0 %.
  auto const mag_grows = amip::rule{"mag-grows", "MAG grows", amip::checks::grows{amip::measure::mag}};
  auto const found = amip::check(plan, amip::plan_of(2026), amip::actual_of(2025), mag_grows);
  REQUIRE(found.size() == 1);
  CHECK(found[0].failed());
  CHECK(found[0].value_of("change") == -200);

  auto const text = amip::report::to_text(amip::compare(plan, amip::plan_of(2026), amip::actual_of(2025)));
  CHECK(text.find("darunter unter 25 Jahre\t90\t60\t50,0%") != std::string::npos);  // 90 / 60 - 1 = +50,0 %
  CHECK(text.find("Eintritte insgesamt\t1.100\t990\t11,1%") != std::string::npos);  // 1.100 / 990 - 1 = 11,1 %
}
