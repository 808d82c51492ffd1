// The national roll-up (include/amip/model/rollup.hpp): fictitious Jobcenters in two Länder, two catalogues mapped
// onto a common one, a Jobcenter missing, a line that maps nowhere, a plan of an unknown id, an overflow. Every
// catalogue, registry and plan is made in a function and gone before the totals are read (docs/lifetimes.md).
#include <amip/io/registry_csv.hpp>
#include <amip/model/rollup.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

using amip::entries;
using amip::entry_count;
using amip::line_kind;
using amip::plan_of;

namespace {

using amip::children_rule;
using amip::owned_line;

// The common catalogue: total = I + agh, I = mat + avgs. Its name and keys are built at run time (owned).
amip::catalog common_catalog() {
  std::string const name = std::string("Gemein") + "sam";
  std::vector<owned_line> lines{
      {"total", line_kind::total, amip::no_parent, children_rule::sum, std::nullopt, std::nullopt, false, "Insgesamt"},
      {"I", line_kind::group, 0, children_rule::sum, std::nullopt, std::nullopt, false, "Aktivierung"},
      {"mat", line_kind::leaf, 1, children_rule::sum, amip::owned_measure{amip::measure::mat}},
      {"avgs", line_kind::leaf, 1, children_rule::sum, amip::owned_measure{amip::measure::avgs_mat}},
      {"agh", line_kind::leaf, 0, children_rule::sum, amip::owned_measure{amip::measure::agh}},
  };
  return amip::catalog{name, std::move(lines)};
}

// Catalogue A has the common catalogue's keys (mapped by key).
amip::catalog catalog_a() {
  std::vector<owned_line> lines{
      {"total", line_kind::total},  {"I", line_kind::group, 0},  {"mat", line_kind::leaf, 1},
      {"avgs", line_kind::leaf, 1}, {"agh", line_kind::leaf, 0},
  };
  return amip::catalog{"Tabelle A", std::move(lines)};
}

// Catalogue B has keys of its own, MAT split by age, and a line "sonstiges" the common catalogue has no line for.
amip::catalog catalog_b() {
  std::vector<owned_line> lines{
      {"gesamt", line_kind::total},
      {"mat_u25", line_kind::leaf, 0},
      {"mat_ue25", line_kind::leaf, 0},
      {"avgs_mat", line_kind::leaf, 0},
      {"agh_16d", line_kind::leaf, 0},
      {"sonstiges", line_kind::leaf, 0, children_rule::sum, std::nullopt, std::nullopt, false, "Sonstiges"},
  };
  return amip::catalog{"Tabelle B", std::move(lines)};
}

amip::line_mapping mapping_b(amip::catalog const& common) {
  amip::line_mapping m{catalog_b(), common};
  m.map("gesamt", "total").map("mat_u25", "mat").map("mat_ue25", "mat").map("avgs_mat", "avgs").map("agh_16d", "agh");
  return m;
}

// Two Länder, "Nord" with three Jobcenters (01003 delivers nothing) and "Süd" with two. Fictitious: ids, names and
// Länder are made up for the test.
std::vector<amip::jobcenter> registry() {
  std::vector<amip::jobcenter> out;
  for (auto const* row : {"01001|Nordstadt|Nord", "01002|Nordkreis|Nord", "01003|Küstenland|Nord", "02001|Südstadt|Süd",
                          "02002|Bergland|Süd"}) {
    std::string const text = row;  // split at run time, so that the registry owns copies
    auto const first = text.find('|');
    auto const second = text.find('|', first + 1);
    out.push_back({text.substr(0, first), text.substr(first + 1, second - first - 1), text.substr(second + 1)});
  }
  return out;
}

amip::plan<entry_count> plan_a(amip::catalog const& a, std::int64_t mat, std::int64_t avgs, std::int64_t agh) {
  amip::plan<entry_count> p{a};
  p.state("mat", plan_of(2026), mat * entries).state("avgs", plan_of(2026), avgs * entries);
  p.state("agh", plan_of(2026), agh * entries);
  return p;
}

// The roll-up, made and filled in a function: everything it was given is gone when the caller reads it.
amip::national_rollup<entry_count> filled() {
  auto const common = common_catalog();
  amip::national_rollup<entry_count> rollup{registry(), common};
  auto const a = catalog_a();
  auto const by_key = amip::line_mapping::by_key(a, common);

  // 01001 (A): mat 100, avgs 50, agh 30; I = 150, total = 180. One actual figure of 2025 the others lack.
  auto nordstadt = plan_a(a, 100, 50, 30);
  nordstadt.state("mat", amip::actual_of(2025), 90 * entries);
  // 02001 (A): mat 200, avgs 0, agh 60; I = 200, total = 260.
  // 09999 (A): not in the registry, never summed.
  std::vector<std::pair<std::string, amip::plan<entry_count>>> of_a;
  of_a.emplace_back("01001", std::move(nordstadt));
  of_a.emplace_back("02001", plan_a(a, 200, 0, 60));
  of_a.emplace_back("09999", plan_a(a, 1'000, 1'000, 1'000));
  for (auto const& [id, p] : of_a) rollup.add(id, p, by_key);

  for (int i = 0; i < 2; ++i) {
    auto const mapping = mapping_b(common);
    amip::plan<entry_count> p{mapping.from()};
    if (i == 0) {
      // 01002 (B): mat_u25 20 + mat_ue25 70 = mat 90, avgs 40, agh 10, sonstiges 5: gesamt 145. Mapped: I = 130,
      // the common total rolls up to 130 + 10 = 140, against the 145 stated for it (sonstiges maps nowhere).
      p.state("mat_u25", plan_of(2026), 20 * entries).state("mat_ue25", plan_of(2026), 70 * entries);
      p.state("avgs_mat", plan_of(2026), 40 * entries).state("agh_16d", plan_of(2026), 10 * entries);
      p.state("sonstiges", plan_of(2026), 5 * entries);
      rollup.add("01002", p, mapping);
    } else {
      // 02002 (B): mat 15 + 35 = 50, avgs 25, agh 5, sonstiges not given, gesamt stated 80. Mapped: I = 75,
      // total 75 + 5 = 80, as stated.
      p.state("mat_u25", plan_of(2026), 15 * entries).state("mat_ue25", plan_of(2026), 35 * entries);
      p.state("avgs_mat", plan_of(2026), 25 * entries).state("agh_16d", plan_of(2026), 5 * entries);
      p.state("gesamt", plan_of(2026), 80 * entries);
      rollup.add("02002", p, mapping);
    }
  }
  return rollup;
}

}  // namespace

TEST_CASE("Jobcenters of two catalogues add up per Land and nationally") {
  auto const rollup = filled();
  auto const lands = rollup.groups();
  REQUIRE(lands.size() == 2);

  auto const& nord = lands[0];
  CHECK(nord.group == "Nord");
  auto const y = plan_of(2026);
  // Nord: 01001 and 01002 (01003 missing). mat 100 + 90 = 190, avgs 50 + 40 = 90, I 150 + 130 = 280,
  // agh 30 + 10 = 40, total 180 + 140 = 320.
  CHECK(nord.figures.figure("mat", y) == 190 * entries);
  CHECK(nord.figures.figure("avgs", y) == 90 * entries);
  CHECK(nord.figures.figure("I", y) == 280 * entries);
  CHECK(nord.figures.figure("agh", y) == 40 * entries);
  CHECK(nord.figures.figure("total", y) == 320 * entries);
  CHECK(nord.expected == 3);
  REQUIRE(nord.missing.size() == 1);
  CHECK(nord.missing[0] == amip::jobcenter{"01003", "Küstenland", "Nord"});
  CHECK_FALSE(nord.complete());
  CHECK(nord.coverage() == "2 von 3 Jobcentern");
  CHECK(nord.coverage(amip::language::english) == "2 of 3 Jobcenters");

  auto const& sued = lands[1];
  CHECK(sued.group == "Süd");
  // Süd: 02001 and 02002. mat 200 + 50 = 250, avgs 0 + 25 = 25, I 200 + 75 = 275, agh 60 + 5 = 65,
  // total 260 + 80 = 340.
  CHECK(sued.figures.figure("mat", y) == 250 * entries);
  CHECK(sued.figures.figure("avgs", y) == 25 * entries);
  CHECK(sued.figures.figure("I", y) == 275 * entries);
  CHECK(sued.figures.figure("agh", y) == 65 * entries);
  CHECK(sued.figures.figure("total", y) == 340 * entries);
  CHECK(sued.complete());
  CHECK(sued.coverage() == "2 von 2 Jobcentern");

  auto const bund = rollup.national();
  // Bund: mat 190 + 250 = 440, avgs 90 + 25 = 115, I 280 + 275 = 555, agh 40 + 65 = 105, total 320 + 340 = 660;
  // 09999's 1.000 are in none of them.
  CHECK(bund.group == "Bund");
  CHECK(bund.figures.figure("mat", y) == 440 * entries);
  CHECK(bund.figures.figure("avgs", y) == 115 * entries);
  CHECK(bund.figures.figure("I", y) == 555 * entries);
  CHECK(bund.figures.figure("agh", y) == 105 * entries);
  CHECK(bund.figures.figure("total", y) == 660 * entries);
  CHECK(bund.coverage() == "4 von 5 Jobcentern");
  CHECK(bund.figures.check().empty());  // every stated sum is the sum of its lines' sums

  // The actual 2025 figure only 01001 gives: left out of Nord and of the national total, never a partial sum.
  CHECK_FALSE(nord.figures.figure("mat", amip::actual_of(2025)));
  CHECK_FALSE(bund.figures.figure("mat", amip::actual_of(2025)));
  CHECK(rollup.group("Süd").figures.figure("mat", y) == 250 * entries);
}

TEST_CASE("a roll-up names the unknown plan, the unmapped line, the disagreeing total and the lines left out") {
  auto const findings = filled().findings();
  REQUIRE(findings.size() == 4);
  using amip::rollup_problem;

  CHECK(findings[0].what == rollup_problem::unknown_jobcenter);
  CHECK(findings[0].jobcenter_id == "09999");
  CHECK(findings[0].message ==
        "amip: a plan of Jobcenter \"09999\" (catalogue \"Tabelle A\"), which the registry "
        "does not list: not summed");

  CHECK(findings[1].what == rollup_problem::unmapped_line);
  CHECK(findings[1].jobcenter_id == "01002");
  CHECK(findings[1].line_key == "sonstiges");
  CHECK(findings[1].figure == 5 * entries);
  CHECK(findings[1].message ==
        "amip: Jobcenter 01002 (Nordkreis), Tabelle B, line sonstiges (Sonstiges), "
        "Plan 2026: 5 maps onto no line of \"Gemeinsam\"");

  // 01002's gesamt of 145 holds the 5 of sonstiges; the common total's lines give 130 + 10 = 140.
  CHECK(findings[2].what == rollup_problem::inconsistent_plan);
  CHECK(findings[2].line_key == "total");
  CHECK(findings[2].figure == 145 * entries);
  CHECK(findings[2].message ==
        "amip: Jobcenter 01002 (Nordkreis), mapped onto Gemeinsam, line total (Insgesamt), "
        "Plan 2026: expected 140 (the sum of its lines), found 145");

  // mat of actual 2025: 01001 gives 90, the three other delivered Jobcenters nothing.
  CHECK(findings[3].what == rollup_problem::incomplete_line);
  CHECK(findings[3].line_key == "mat");
  CHECK(findings[3].when == amip::actual_of(2025));
  CHECK(findings[3].message ==
        "amip: Gemeinsam, line mat (Maßnahmen bei einem Träger), Ergebnis 2025: no figure from 01002 (Nordkreis), "
        "02001 (Südstadt), 02002 (Bergland), while 1 other Jobcenter gives one: left out of the totals they belong to");
}

TEST_CASE("a mapped plan can be read back per Jobcenter") {
  auto const rollup = filled();
  auto const nordkreis = rollup.mapped("01002");
  REQUIRE(nordkreis);
  CHECK(nordkreis->figure("mat", plan_of(2026)) == 90 * entries);  // 20 + 70
  CHECK(nordkreis->figure("I", plan_of(2026)) == 130 * entries);   // 90 + 40
  CHECK_FALSE(rollup.mapped("01003"));                             // missing
  CHECK_FALSE(rollup.mapped("09999"));                             // unknown
}

TEST_CASE("a mapping refuses lines mapped twice or into the wrong total") {
  auto const common = common_catalog();
  amip::line_mapping twice{catalog_a(), common};
  twice.map("mat", "mat");
  CHECK_THROWS_WITH(twice.map("mat", "avgs"),
                    "amip: mapping \"Tabelle A\" onto \"Gemeinsam\": the line \"mat\" is "
                    "mapped already, onto \"mat\"; a line maps onto one line only");

  amip::line_mapping both{catalog_a(), common};
  both.map("I", "mat");
  CHECK_THROWS_WITH(both.map("mat", "mat"),
                    "amip: mapping \"Tabelle A\" onto \"Gemeinsam\": \"mat\" and \"I\" both "
                    "map onto \"mat\", and \"mat\" is a part of \"I\": its figure would be "
                    "counted twice");

  amip::line_mapping into_total{catalog_a(), common};
  into_total.map("I", "I");
  CHECK_THROWS_WITH(
      into_total.map("agh", "mat"),
      "amip: mapping \"Tabelle A\" onto \"Gemeinsam\": \"agh\" maps onto \"mat\", a part of \"I\", but is "
      "no part of \"I\", which maps onto \"I\": \"I\" would count its figure twice or miss it");

  amip::line_mapping out_of_total{catalog_a(), common};
  out_of_total.map("I", "I");
  CHECK_THROWS_WITH(
      out_of_total.map("mat", "agh"),
      "amip: mapping \"Tabelle A\" onto \"Gemeinsam\": \"mat\" is a part of \"I\", which maps onto \"I\", "
      "but maps onto \"agh\", no part of \"I\": its figure would be counted twice");

  // The same checks run when a mapping is made by key or by measure: catalogue A by measure maps nothing (it
  // names no measures); the common catalogue onto itself by measure maps its three leaves.
  auto const none = amip::line_mapping::by_measure(catalog_a(), common);
  CHECK_FALSE(none.target(amip::line_index{2}));
  auto const self = amip::line_mapping::by_measure(common, common);
  CHECK(self.target(amip::line_index{2}) == amip::line_index{2});
  CHECK_FALSE(self.target(amip::line_index{1}));
}

TEST_CASE("a roll-up refuses a Jobcenter twice and a plan of another catalogue than its mapping") {
  auto const common = common_catalog();
  amip::national_rollup<entry_count> rollup{registry(), common};
  auto const a = catalog_a();
  auto const by_key = amip::line_mapping::by_key(a, common);
  rollup.add("01001", plan_a(a, 1, 2, 3), by_key);
  CHECK_THROWS_WITH(rollup.add("01001", plan_a(a, 1, 2, 3), by_key),
                    "amip: Jobcenter \"01001\" (Nordstadt) has delivered a plan already");
  CHECK_THROWS_AS(rollup.add("01002", plan_a(a, 1, 2, 3), mapping_b(common)), amip::rollup_error);
  CHECK_THROWS_AS((amip::national_rollup<entry_count>{{{"1", "a", "X"}, {"1", "b", "Y"}}, common}), amip::rollup_error);
  CHECK_THROWS_AS(rollup.group("Ost"), std::out_of_range);
}

TEST_CASE("a sum over Jobcenters beyond 64 bits is an error naming the group, line and period") {
  auto const common = common_catalog();
  amip::national_rollup<entry_count> rollup{registry(), common};
  auto const a = catalog_a();
  auto const by_key = amip::line_mapping::by_key(a, common);
  // Each mat is 2^62; I and total of one Jobcenter (2^62 + 0 + 0) still fit, two of them (2^63) do not.
  auto const big = std::int64_t{1} << 62;
  rollup.add("02001", plan_a(a, big, 0, 0), by_key).add("02002", plan_a(a, big, 0, 0), by_key);
  CHECK(rollup.group("Nord").figures.periods().empty());  // nothing delivered there
  CHECK_THROWS_AS(rollup.group("Süd"), amip::overflow_error);
  CHECK_THROWS_WITH(rollup.national(),
                    "amip: Bund, Gemeinsam, line total, Plan 2026: the sum over its Jobcenters "
                    "overflows a 64-bit integer (at Jobcenter 02002 (Bergland))");
}

TEST_CASE("totals and findings outlive the roll-up they came from") {
  std::vector<amip::rollup_total<entry_count>> kept;
  std::vector<amip::rollup_finding<entry_count>> found;
  for (int round = 0; round < 2; ++round) {
    auto const rollup = filled();
    kept.push_back(rollup.national(std::string("Bund, Runde ") + std::to_string(round)));
    auto const f = rollup.findings();
    found.insert(found.end(), f.begin(), f.end());
  }
  // Both rounds: total 660 as above, the labels of a catalogue built at run time, 4 findings each.
  for (auto const& total : kept) {
    CHECK(total.figures.figure("total", plan_of(2026)) == 660 * entries);
    CHECK(total.figures.structure().label(total.figures.structure().at("total")) == "Insgesamt");
    CHECK(total.missing.at(0).name == "Küstenland");
  }
  CHECK(kept[1].group == "Bund, Runde 1");
  REQUIRE(found.size() == 8);
  CHECK(found[5].line_key == "sonstiges");
}

TEST_CASE("a total whose lines all map is not reported as unmapped") {
  // The common catalogue onto itself by measure: mat, avgs and agh map; I and total do not, but are the sums of
  // lines that map, so their figures reach the common catalogue; no finding.
  auto const common = common_catalog();
  amip::national_rollup<entry_count> rollup{registry(), common};
  auto const by_measure = amip::line_mapping::by_measure(common, common);
  amip::plan<entry_count> p{common};
  p.state("mat", plan_of(2026), 7 * entries).state("avgs", plan_of(2026), 3 * entries);
  p.state("agh", plan_of(2026), 2 * entries);
  rollup.add("01001", p, by_measure);
  CHECK(rollup.findings().empty());
  // Nord, 1 of 3: I = 7 + 3 = 10, total = 10 + 2 = 12, rolled up in the common catalogue.
  CHECK(rollup.group("Nord").figures.figure("total", plan_of(2026)) == 12 * entries);

  // Without the mapping of agh, the total is no longer carried by its lines: total (12) is reported, agh under it
  // is not reported apart.
  amip::line_mapping partial{common, common};
  partial.map("mat", "mat").map("avgs", "avgs");
  amip::national_rollup<entry_count> second{registry(), common};
  second.add("01001", p, partial);
  auto const found = second.findings();
  REQUIRE(found.size() == 1);
  CHECK(found[0].line_key == "total");
  CHECK(found[0].figure == 12 * entries);
}

TEST_CASE("a registry is read from CSV with its ids as written") {
  // Columns in any order, one ignored, a comment; the ids keep their leading zeros.
  auto const registry = amip::io::read_registry_csv(
      "# fictitious\nland;traeger_nummer;bemerkung;jobcenter\nNord;01001;x;Nordstadt\nSüd;02001;;Südstadt\n",
      "registry.csv");
  REQUIRE(registry.size() == 2);
  CHECK(registry[0] == amip::jobcenter{"01001", "Nordstadt", "Nord"});
  CHECK(registry[1] == amip::jobcenter{"02001", "Südstadt", "Süd"});
  // Without a name column the names are empty.
  CHECK(amip::io::read_registry_csv("id,group\n7,A\n", "r.csv") == std::vector<amip::jobcenter>{{"7", "", "A"}});
}

TEST_CASE("a registry file with a missing column, an empty Land or an id twice is refused where it is wrong") {
  CHECK_THROWS_WITH(amip::io::read_registry_csv("traeger_nummer;jobcenter\n01001;Nordstadt\n", "r.csv"),
                    "r.csv:1:1: the header has no column land (or group); a registry names the Träger-Nummer "
                    "and the Land of each Jobcenter");
  CHECK_THROWS_WITH(amip::io::read_registry_csv("traeger_nummer;land\n01001;Nord\n01002;\n", "r.csv"),
                    "r.csv:3:7: the Jobcenter \"01002\" has no Land (group)");
  CHECK_THROWS_WITH(amip::io::read_registry_csv("traeger_nummer;land\n01001;Nord\n01001;Süd\n", "r.csv"),
                    "r.csv:3:1: the Jobcenter \"01001\" is listed a second time");
  CHECK_THROWS_WITH(amip::io::read_registry_csv("traeger_nummer;land\n01001;Nord;x\n", "r.csv"),
                    "r.csv:2:1: the row has 3 cells, the header 2");
  CHECK_THROWS_AS(amip::io::read_registry_csv("", "r.csv"), amip::io::csv_error);
}
