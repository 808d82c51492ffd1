// A national roll-up (docs/rollup.md): the plans 2026 of fictitious Jobcenters, some over the common table and some
// over a table of their own mapped onto it, summed per Land and nationally, with the Jobcenter that delivered
// nothing, a plan of an id the registry does not list and a line that maps nowhere.
//
// FICTITIOUS DATA: the registry (Träger-Nummer; Jobcenter; Land) is read from a file, by default
// examples/data/rollup_registry.csv, whose ids, names and Länder are made up; so are the figures below. The Land of a
// Jobcenter is the user's data: the EinglMV 2026 lists none, and amip does not guess one from the Träger-Nummer.
//
//   amip_national_rollup [registry.csv]
#include <amip/io/registry_csv.hpp>
#include <amip/model/rollup.hpp>
#include <amip/report/number_format.hpp>

#include <cstdint>
#include <exception>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace {

using amip::children_rule;
using amip::line_kind;
using amip::owned_line;
using amip::purpose_group;

// The whole text of a file.
std::string file_text(std::string const& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The common table: total = I. + VI.; I. = MAT + AVGS MAT; VI. = AGH + § 16i.
amip::catalog common_table() {
  return amip::catalog{
      "Gemeinsame Tabelle",
      std::vector<owned_line>{
          {"total", line_kind::total, amip::no_parent, children_rule::sum, std::nullopt, std::nullopt, false,
           "Insgesamt"},
          {"I", line_kind::group, 0, children_rule::sum, std::nullopt, purpose_group::activation},
          {"mat", line_kind::leaf, 1, children_rule::sum, amip::owned_measure{amip::measure::mat}},
          {"avgs_mat", line_kind::leaf, 1, children_rule::sum, amip::owned_measure{amip::measure::avgs_mat}},
          {"VI", line_kind::group, 0, children_rule::sum, std::nullopt, purpose_group::subsidised_employment},
          {"agh", line_kind::leaf, 4, children_rule::sum, amip::owned_measure{amip::measure::agh}},
          {"p16i", line_kind::leaf, 4, children_rule::sum, amip::owned_measure{amip::measure::p16i}},
      }};
}

// A district's own table: MAT split by age, no groups, and a project of its own the common table has no line for.
amip::catalog district_table() {
  auto leaf = [](char const* key, std::optional<amip::owned_measure> measure, char const* label) {
    return owned_line{key, line_kind::leaf, 0, children_rule::sum, std::move(measure), std::nullopt, false, label};
  };
  return amip::catalog{"Kreistabelle", std::vector<owned_line>{
                                           {"summe", line_kind::total, amip::no_parent, children_rule::sum,
                                            std::nullopt, std::nullopt, false, "Summe"},
                                           leaf("mat_u25", amip::measure::mat, "MAT unter 25"),
                                           leaf("mat_ue25", amip::measure::mat, "MAT ab 25"),
                                           leaf("avgs", amip::measure::avgs_mat, "AVGS MAT"),
                                           leaf("agh", amip::measure::agh, "AGH"),
                                           leaf("p16i", amip::measure::p16i, "§ 16i"),
                                           leaf("projekt_x", std::nullopt, "Projekt X"),
                                       }};
}

struct delivery {
  std::string id;
  bool own_table;
  std::vector<std::pair<std::string, std::int64_t>> figures;  // key, entries in 2026
};

}  // namespace

int main(int argc, char** argv) {
  try {
    std::string const path = argc > 1 ? argv[1] : "examples/data/rollup_registry.csv";
    auto const common = common_table();
    amip::national_rollup<amip::entry_count> rollup{amip::io::read_registry_csv(file_text(path), path), common};

    // Over the common table, mapped by key; over the district table, by measure and the total by hand.
    auto const standard = amip::line_mapping::by_key(common, common);
    auto district = amip::line_mapping::by_measure(district_table(), common);
    district.map("summe", "total");

    // The plans 2026 delivered (entries; made up). 99903 delivers nothing; 99999 is not in the registry.
    std::vector<delivery> const delivered{
        {"99901", false, {{"mat", 120}, {"avgs_mat", 80}, {"agh", 40}, {"p16i", 10}}},
        {"99902", true, {{"mat_u25", 30}, {"mat_ue25", 60}, {"avgs", 20}, {"agh", 25}, {"p16i", 5}, {"projekt_x", 12}}},
        {"99904", false, {{"mat", 200}, {"avgs_mat", 100}, {"agh", 70}, {"p16i", 20}}},
        {"99905", true, {{"mat_u25", 10}, {"mat_ue25", 40}, {"avgs", 15}, {"agh", 30}, {"p16i", 8}, {"summe", 103}}},
        {"99999", false, {{"mat", 1'000}}},
    };
    for (auto const& d : delivered) {
      auto const& mapping = d.own_table ? district : standard;
      amip::plan<amip::entry_count> plan{mapping.from()};
      for (auto const& [key, value] : d.figures) plan.state(key, amip::plan_of(2026), value * amip::entries);
      rollup.add(d.id, plan, mapping);
    }

    std::cout << "Roll-up of the plans 2026 (entries; FICTITIOUS Jobcenters and Laender from " << path << ")\n";
    auto const show = [&](amip::rollup_total<amip::entry_count> const& total) {
      std::cout << '\n' << total.group << ": " << total.coverage(amip::language::english);
      for (auto const& j : total.missing) std::cout << ", missing " << j.id << " " << j.name;
      std::cout << '\n';
      auto const& table = total.figures.structure();
      for (std::size_t i = 0; i < table.size(); ++i) {
        amip::line_index const line{i};
        auto const value = total.figures.figure(line, amip::plan_of(2026));
        std::cout << std::string(2 + 2 * table.depth(line), ' ') << table.label(line) << ": "
                  << (value ? amip::report::format_count(*value) : std::string("–")) << '\n';
      }
    };
    for (auto const& land : rollup.groups()) show(land);
    show(rollup.national());

    std::cout << "\nFindings\n";
    for (auto const& f : rollup.findings()) std::cout << "  " << f.message << '\n';
    return 0;
  } catch (std::exception const& e) {
    std::cerr << "amip_national_rollup: " << e.what() << '\n';
    return 1;
  }
}
