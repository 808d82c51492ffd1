// The "Vergleich" of many plan/prior pairs: amip's typed API against hand-written integer code, same run.
// Report the ratio of the two timings, not either alone; both sides must agree on every pair first.
#include <amip/core/quantity.hpp>

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <random>
#include <vector>

#include "ratio_report.hpp"

namespace {

struct pair_of_figures {
  std::int64_t plan;
  std::int64_t prior;
};

std::vector<pair_of_figures> const& figures() {
  static auto const data = [] {
    std::mt19937_64 random{2026};
    std::uniform_int_distribution<std::int64_t> count{0, 20'000};
    std::vector<pair_of_figures> out(1 << 16);
    for (auto& f : out) f = {count(random), count(random)};
    return out;
  }();
  return data;
}

// Hand-written: 1000 * (plan - prior) / prior, rounded half away from zero; no value for x/0 (x != 0).
std::int64_t hand_written(std::int64_t plan, std::int64_t prior, bool& has_value) {
  if (prior == 0) {
    has_value = plan == 0;
    return 0;
  }
  has_value = true;
  std::int64_t const num = 1000 * (plan - prior);
  std::int64_t q = num / prior;
  std::int64_t const r = num % prior;
  if (2 * (r < 0 ? -r : r) >= prior) q += num < 0 ? -1 : 1;
  return q;
}

void typed(benchmark::State& state) {
  for (auto _ : state) {
    std::int64_t sum = 0;
    for (auto const& f : figures()) {
      auto const c = amip::change_in_tenths_of_percent(f.plan * amip::entries, f.prior * amip::entries);
      sum += c ? *c : 0;
    }
    benchmark::DoNotOptimize(sum);
  }
}

void raw(benchmark::State& state) {
  for (auto _ : state) {
    std::int64_t sum = 0;
    for (auto const& f : figures()) {
      bool has = false;
      auto const c = hand_written(f.plan, f.prior, has);
      sum += has ? c : 0;
    }
    benchmark::DoNotOptimize(sum);
  }
}

bool results_agree() {
  for (auto const& f : figures()) {
    bool has = false;
    auto const c = hand_written(f.plan, f.prior, has);
    auto const t = amip::change_in_tenths_of_percent(f.plan * amip::entries, f.prior * amip::entries);
    if (t.has_value() != has || (has && *t != c)) {
      std::fprintf(stderr, "amip_bench_change: %lld against %lld differs\n", static_cast<long long>(f.plan),
                   static_cast<long long>(f.prior));
      return false;
    }
  }
  return true;
}

}  // namespace

BENCHMARK(typed)->Name("change/amip");
BENCHMARK(raw)->Name("change/hand_written");

int main(int argc, char** argv) {
  if (!results_agree()) return 1;
  return amip_bench::run_with_ratios(argc, argv,
                                     {{"change in tenths of a percent, typed / hand-written", "change/amip",
                                       "change/hand_written", amip_bench::shown_as::time_ratio, "<= 1.05", 1.05}});
}
