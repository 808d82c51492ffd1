// Runs the registered benchmarks and prints, after Google Benchmark's own table, the ratios the README quotes:
// each pair of benchmarks measured in this one run, median against median (CPU time; the machine may be shared).
//
//   amip_bench::run_with_ratios(argc, argv, {{"typed / hand-written", "zero_overhead/amip",
//                                             "zero_overhead/hand_written", amip_bench::shown_as::time_ratio,
//                                             "<= 1.05 (goal 1.02)"}});
//
// Run with repetitions (--benchmark_repetitions=10) to get medians; random interleaving
// (--benchmark_enable_random_interleaving=true) spreads a noisy neighbour over both sides of a pair.
#pragma once

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace amip_bench {

enum class shown_as {
  time_ratio,        ///< median time of the first / median time of the second (lower is better, 1.00 is parity)
  throughput_share,  ///< median time of the second / median time of the first: the first's share of the second's
                     ///< throughput (higher is better, 100 % is parity)
};

struct ratio {
  std::string label;
  std::string first;   ///< benchmark name, as registered
  std::string second;  ///< benchmark name, as registered
  shown_as kind = shown_as::time_ratio;
  std::string target;      ///< printed beside the ratio, e.g. "<= 1.05"; empty: shown for comparison only
  double limit = 0;        ///< the target as a number: a time ratio at most this, or a share at least this
  bool real_time = false;  ///< wall-clock time instead of CPU time: for benchmarks that run several threads
};

/// Google Benchmark's console output, remembering each benchmark's CPU and real time per iteration: the median
/// aggregate when there are repetitions, else the median of the single runs.
class remembering_reporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(std::vector<Run> const& runs) override {
    for (auto const& run : runs) {
      if (run.error_occurred) continue;
      auto const& name = run.run_name.function_name;
      if (run.run_type == Run::RT_Aggregate) {
        if (run.aggregate_name == "median") {
          medians_[name] = run.GetAdjustedCPUTime();
          real_medians_[name] = run.GetAdjustedRealTime();
        }
      } else {
        singles_[name].push_back(run.GetAdjustedCPUTime());
        real_singles_[name].push_back(run.GetAdjustedRealTime());
      }
    }
    ConsoleReporter::ReportRuns(runs);
  }

  /// The median CPU (or real) time per iteration of a benchmark, or a negative value when it did not run.
  [[nodiscard]] double median_of(std::string const& name, bool real_time = false) const {
    auto const& medians = real_time ? real_medians_ : medians_;
    auto const& singles = real_time ? real_singles_ : singles_;
    if (auto const m = medians.find(name); m != medians.end()) return m->second;
    auto const s = singles.find(name);
    if (s == singles.end() || s->second.empty()) return -1;
    auto times = s->second;
    std::sort(times.begin(), times.end());
    auto const n = times.size();
    return n % 2 == 1 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
  }

 private:
  std::map<std::string, double> medians_;
  std::map<std::string, std::vector<double>> singles_;
  std::map<std::string, double> real_medians_;
  std::map<std::string, std::vector<double>> real_singles_;
};

/// Initialises Google Benchmark, runs what the command line selects and prints the ratios. Returns main's result.
inline int run_with_ratios(int argc, char** argv, std::vector<ratio> const& ratios) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  remembering_reporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  std::printf("\n== ratios, median against median (CPU time per iteration; real time where marked)%s\n",
#ifdef __OPTIMIZE__
              ""
#else
              ": an unoptimised build, the ratios say nothing"
#endif
  );
  for (auto const& r : ratios) {
    double const a = reporter.median_of(r.first, r.real_time);
    double const b = reporter.median_of(r.second, r.real_time);
    if (a <= 0 || b <= 0) continue;  // filtered out on the command line
    bool const time = r.kind == shown_as::time_ratio;
    double const value = time ? a / b : b / a;
    char shown[32];
    std::snprintf(shown, sizeof shown, time ? "%.3f" : "%.1f %%", time ? value : 100 * value);
    std::string verdict = "for comparison";  // no target: a ratio that shows where the others stand
    if (!r.target.empty()) {
      verdict = "target " + r.target + ": " + ((time ? value <= r.limit : value >= r.limit) ? "met" : "NOT met");
    }
    std::printf("RATIO %s: %s (median %s %.4g / median %s %.4g%s; %s)\n", r.label.c_str(), shown,
                (time ? r.first : r.second).c_str(), time ? a : b, (time ? r.second : r.first).c_str(), time ? b : a,
                r.real_time ? ", real time" : "", verdict.c_str());
  }
  std::fflush(stdout);
  return 0;
}

}  // namespace amip_bench
