// In-year monitoring of a fictitious Jobcenter as of September 2026 (docs/monitoring.md): the projection of the
// year's entries by run rate and by the prior year's profile, attainment against the plan pro rata, target
// verdicts (and the seed's health project target), and the money of the EGT through the year with its rules.
//
//   amip_monitoring [examples/data/monitoring_2026.csv]
#include <amip/io/plan_csv.hpp>
#include <amip/monitoring/money_flow.hpp>
#include <amip/monitoring/projection.hpp>
#include <amip/monitoring/target.hpp>
#include <amip/programmes/duesseldorf_2026/data.hpp>
#include <amip/report/number_format.hpp>
#include <amip/report/table.hpp>
#include <amip/rules/explanation.hpp>
#include <amip/rules/spending.hpp>

#include <exception>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace {

std::string file_text(std::string const& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

template <class Q>
std::string shown(std::optional<Q> const& value) {
  return value ? amip::report::format_value(*value, amip::language::german) : std::string("–");
}

}  // namespace

int main(int argc, char** argv) {
  try {
    std::string const path = argc > 1 ? argv[1] : "examples/data/monitoring_2026.csv";
    auto const file = amip::io::read_plans_csv(file_text(path), path);
    auto const& entries = file.plan<amip::entry_count>();
    auto const& table = entries.structure();
    auto const as_of = amip::month_of(2026, 9);

    std::cout << "Monitoring 2026 as of 09/2026 (" << path << ")\n\nProjection of entries (Hochrechnung)\n";
    auto const by_run_rate = amip::project(entries, as_of, amip::run_rate{});
    auto const by_prior_year = amip::project(entries, as_of, amip::prior_year_profile{});
    for (std::size_t i = 0; i < table.size(); ++i) {
      amip::line_index const line{i};
      std::cout << "  " << by_run_rate.explain(line) << '\n' << "  " << by_prior_year.explain(line) << '\n';
    }

    std::cout << "\nAttainment (Zielerreichung) against plan 2026, projected by run rate\n";
    for (auto const& row : amip::attainment(entries, amip::plan_of(2026), as_of, &by_run_rate)) {
      std::cout << "  " << table.label(row.line) << ": plan " << shown(row.planned) << ", actual to 09 "
                << shown(row.actual_to_date) << ", pro rata " << shown(row.pro_rata) << ", difference "
                << shown(row.actual_against_pro_rata) << " (" << amip::report::format_change(row.actual_change)
                << "); projection " << shown(row.projected) << ", against plan " << shown(row.projected_against_plan)
                << " (" << amip::report::format_change(row.projected_change) << ")\n";
    }

    std::cout << "\nTargets\n";
    auto const mat = table.at("mat");
    auto const fbw = table.at("fbw");
    auto const mat_target =
        amip::target<amip::entry_count>::with_share(*entries.figure(mat, amip::plan_of(2026)), amip::better::more,
                                                    amip::percent(5));
    auto const fbw_target =
        amip::target<amip::entry_count>::with_share(*entries.figure(fbw, amip::plan_of(2026)), amip::better::more,
                                                    amip::percent(10));
    std::cout << "  MAT, run rate: " << amip::judge(mat_target, *by_run_rate.value(mat)).explain() << '\n'
              << "  MAT, prior-year profile: " << amip::judge(mat_target, *by_prior_year.value(mat)).explain() << '\n'
              << "  FbW, run rate: " << amip::judge(fbw_target, *by_run_rate.value(fbw)).explain() << '\n'
              << "  Duesseldorf health project (seed, section 5.2), projection 2025 against target 2026: "
              << amip::judge(amip::duesseldorf_2026::health_project_target, 360 * amip::persons).explain() << '\n';

    std::cout << "\nMoney through the year (Mittelabfluss)\n";
    auto const& spend = file.plan<amip::money>();
    auto const spend_projected = amip::project(spend, as_of, amip::run_rate{});
    auto const egt = amip::flow_of(spend, amip::budget_line::egt, amip::eur(1'600'000), spend_projected);
    std::cout << "  " << egt.label << ": allocation " << amip::report::format_value(egt.allocation)
              << ", spent to 09 " << amip::report::format_value(egt.spent_to_date) << " ("
              << amip::report::format_percent(egt.share_spent(), 1) << "), projected " << shown(egt.projected)
              << ", left " << shown(egt.remainder()) << '\n';
    auto const findings = amip::check(egt, amip::rules::spending::flow_rules(amip::percent(5)));
    for (auto const& f : findings) std::cout << "  " << amip::to_string(f) << '\n';
    return findings.count_failed(amip::severity::error) == 0 ? 0 : 1;
  } catch (std::exception const& e) {
    std::cerr << "amip_monitoring: " << e.what() << '\n';
    return 2;
  }
}
