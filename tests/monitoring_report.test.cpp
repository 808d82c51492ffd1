// The monitoring table and page (amip/report/monitoring.hpp) of the fictitious year of
// examples/data/monitoring_2026.csv as of September, run rate; the figures are worked out by hand in
// tests/expected/monitoring.expect.
#include <amip/io/plan_csv.hpp>
#include <amip/monitoring/projection.hpp>
#include <amip/report/markdown.hpp>
#include <amip/report/monitoring.hpp>
#include <amip/report/text.hpp>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

namespace {

amip::plan<amip::entry_count> the_year() {
  std::ifstream in(AMIP_TEST_DATA_DIR "/../../examples/data/monitoring_2026.csv", std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  auto const file = amip::io::read_plans_csv(text.str(), "monitoring_2026.csv");
  return file.plan<amip::entry_count>();
}

}  // namespace

TEST_CASE("the monitoring table holds plan actual to date projection and its difference for every line") {
  auto const plan = the_year();
  auto const projected = amip::project(plan, amip::month_of(2026, 9), amip::run_rate{});
  auto const t = amip::report::make_monitoring_table(plan, amip::plan_of(2026), projected);
  CHECK(t.header == std::vector<std::string>{"Zeile", "Eintritte 2026", "Ist bis 09/2026", "Hochrechnung (run-rate)",
                                             "Hochrechnung − Plan", "in %"});
  REQUIRE(t.rows.size() == 4);
  // total: plan 1800, to date 1233, projection 1644, −156, −8,7 %
  CHECK(t.rows[0].cells == std::vector<std::string>{"Insgesamt", "1.800", "1.233", "1.644", "-156", "-8,7%"});
  CHECK(t.rows[0].emphasis);
  // agh: 240, 178, 237, −3, −1,3 %
  CHECK(t.rows[2].cells == std::vector<std::string>{"Arbeitsgelegenheiten (AGH)", "240", "178", "237", "-3", "-1,3%"});
  amip::report::table_options english;
  english.lang = amip::language::english;
  auto const en = amip::report::make_monitoring_table(plan, amip::plan_of(2026), projected, english);
  CHECK(en.header[2] == "Actual to 2026-09");
  CHECK(en.rows[0].cells[1] == "1,800");
  std::ostringstream md;
  amip::report::write_markdown(md, t);
  CHECK(md.str().find("| **Insgesamt** | **1.800** | **1.233** | **1.644** | **-156** | **-8,7%** |") !=
        std::string::npos);
}

TEST_CASE("the monitoring page draws the cumulative actual the plan pro rata and the projection") {
  auto const plan = the_year();
  auto const projected = amip::project(plan, amip::month_of(2026, 9), amip::run_rate{});
  std::ostringstream page;
  amip::report::write_monitoring_html(page, plan, amip::plan_of(2026), projected, plan.structure().at("mat"));
  auto const html = page.str();
  CHECK(html.starts_with("<!DOCTYPE html>"));
  CHECK(html.find("<script") == std::string::npos);
  // mat: 100, 190, 300, 400, 480, 580, 700, 760, 810 to the end of each month; plan 1.200; projection 1.080
  for (auto const* point : {"01/2026: 100<", "02/2026: 190<", "07/2026: 700<", "09/2026: 810<"}) {
    CHECK(html.find(point) != std::string::npos);
  }
  CHECK(html.find("Eintritte 2026: 1.200</title>") != std::string::npos);
  CHECK(html.find("Hochrechnung (run-rate): 1.080</title>") != std::string::npos);
  CHECK(html.find("Maßnahmen bei einem Träger (MAT)") != std::string::npos);
  CHECK(html.find("<td>Insgesamt</td><td>1.800</td><td>1.233</td><td>1.644</td><td>-156</td><td>-8,7%</td>") !=
        std::string::npos);
}
