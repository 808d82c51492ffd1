// Zero overhead: roll-up, comparison and the built-in rule set over 405 synthetic Jobcenter plans × 32 scenarios,
// with amip's typed API against hand-written code on plain int64 arrays doing the same work, in the same run.
//
// Work per Jobcenter and scenario, on both sides:
//   1. load the scenario: the 16 leaves of Anlage 1 for "Plan 2026" (the "Ergebnis 2025" leaves stay);
//   2. roll up both periods through the purpose tree (25 lines);
//   3. the comparison: every line's figure now and prior and its change in tenths of a percent (the "Vergleich");
//   4. the built-in plan rules (duesseldorf_2026::plan_rules): 8 findings, each with its verdict, formula,
//      figures, label and the lines it concerns;
//   5. read the results (a checksum), so that nothing is computed for nothing.
// Before timing, both sides' results are compared field by field for every Jobcenter and scenario; the benchmark
// refuses to run when they differ.
//
//   amip_bench_zero_overhead --benchmark_repetitions=10 --benchmark_enable_random_interleaving=true
//       --benchmark_report_aggregates_only=true
//
// Each side is compiled in a translation unit of its own (benchmarks/zero_overhead.hpp), so that no side's code
// generation (inlining, code placement) depends on the others'.
#include <amip/model/period.hpp>

#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "ratio_report.hpp"
#include "zero_overhead.hpp"

namespace zero_overhead {

amip_bench::programme const& data() {
  static auto const d = amip_bench::make_programme();
  return d;
}

namespace {
// ---------------------------------------------------------------------------------------------------------------
// Same results, field by field

bool same_text(std::string_view a, char const* b) { return a == std::string_view{b == nullptr ? "" : b}; }

}  // namespace

bool same(typed_result const& t, hand::result const& h, std::size_t j, std::size_t s) {
  auto const fail = [&](char const* what, std::size_t i) {
    std::fprintf(stderr, "amip_bench_zero_overhead: Jobcenter %zu, scenario %zu: %s %zu differs\n", j, s, what, i);
    return false;
  };
  for (std::size_t i = 0; i < line_count; ++i) {
    auto const& a = t.rows[i];
    auto const& b = h.rows[i];
    if (!a.now || a.now->value() != b.now || !a.prior || a.prior->value() != b.prior) return fail("figure of line", i);
    if (a.change.has_value() != b.change_known || (b.change_known && *a.change != b.change))
      return fail("change of line", i);
  }
  if (t.findings.size() != h.findings.size()) return fail("number of findings", t.findings.size());
  for (std::size_t i = 0; i < h.findings.size(); ++i) {
    auto const& a = t.findings[i];
    auto const& b = h.findings[i];
    if (!same_text(a.rule_id(), b.rule->id) || !same_text(a.title(), b.rule->title) ||
        !same_text(a.reference(), b.rule->reference) || static_cast<std::uint8_t>(a.level()) != b.rule->level)
      return fail("rule of finding", i);
    if (a.passed() != b.passed || a.is_negated()) return fail("verdict of finding", i);
    if (!same_text(a.result().formula(), b.formula) || !same_text(a.result().label(), b.label))
      return fail("formula or label of finding", i);
    if (a.now_period() != now_period || a.prior_period() != prior_period) return fail("periods of finding", i);
    if (a.concerns().size() != b.concern_count) return fail("lines concerned by finding", i);
    for (std::size_t c = 0; c < b.concern_count; ++c) {
      if (!same_text(a.concerns()[c], b.concerns[c])) return fail("lines concerned by finding", i);
    }
    if (a.figures().size() != b.figure_count) return fail("figures of finding", i);
    for (std::size_t k = 0; k < b.figure_count; ++k) {
      auto const& x = a.figures()[k];
      auto const& y = b.figures[k];
      if (!same_text(x.name, y.name) || x.value != y.value || static_cast<std::uint8_t>(x.format) != y.format ||
          x.known != y.known)
        return fail("figure of finding", i);
    }
  }
  return true;
}

}  // namespace zero_overhead

BENCHMARK(zero_overhead::bm_fixed_plan)->Name("zero_overhead/amip")->Unit(benchmark::kMillisecond);
BENCHMARK(zero_overhead::bm_run_time_plan)->Name("zero_overhead/amip_run_time_plan")->Unit(benchmark::kMillisecond);
BENCHMARK(zero_overhead::bm_hand_written)->Name("zero_overhead/hand_written")->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
  if (!zero_overhead::fixed_plan_agrees() || !zero_overhead::run_time_plan_agrees()) return 1;
  std::printf("amip and the hand-written code agree on %zu plans x %zu scenarios (rows and findings)\n",
              zero_overhead::jobcenter_count, zero_overhead::scenario_count);
  return amip_bench::run_with_ratios(
      argc, argv,
      {{"zero overhead, typed / hand-written", "zero_overhead/amip", "zero_overhead/hand_written",
        amip_bench::shown_as::time_ratio, "<= 1.05 (goal 1.02)", 1.05},
       {"zero overhead, run-time plan (amip::plan) / hand-written", "zero_overhead/amip_run_time_plan",
        "zero_overhead/hand_written", amip_bench::shown_as::time_ratio, "<= 1.05 (goal 1.02)", 1.05}});
}
