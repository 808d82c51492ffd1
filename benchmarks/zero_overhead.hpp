// The zero-overhead benchmark's two sides, shared by its translation units (benchmarks/zero_overhead.bench.cpp):
// each typed side (zero_overhead_fixed.cpp, zero_overhead_run_time.cpp) and the hand-written side
// (zero_overhead_hand.cpp) is compiled alone, so that no side's code generation depends on another's.
#pragma once

#include <amip/model/comparison.hpp>
#include <amip/model/plan.hpp>
#include <amip/programmes/duesseldorf_2026/data.hpp>
#include <amip/programmes/duesseldorf_2026/rules.hpp>
#include <amip/rules/rules.hpp>

#include <benchmark/benchmark.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "synthetic.hpp"

namespace zero_overhead {

using amip_bench::jobcenter_count;
using amip_bench::leaf_count;
using amip_bench::scenario_count;

constexpr amip::period now_period = amip::plan_of(2026);
constexpr amip::period prior_period = amip::actual_of(2025);
constexpr std::size_t line_count = 25;

// ---------------------------------------------------------------------------------------------------------------
// amip: the typed API as a user writes it

// Two typed sides: the plan of fixed capacity (a constexpr value, Anlage 1's type) and amip::plan (any number of
// lines and periods, its figures on the heap: what a plan read from a file is).
using fixed_typed_plan = amip::fixed_plan<amip::entry_count>;
using run_time_typed_plan = amip::plan<amip::entry_count>;

struct typed_row {
  std::optional<amip::entry_count> now;
  std::optional<amip::entry_count> prior;
  std::optional<std::int64_t> change;  // tenths of a percent
};

struct typed_result {
  std::array<typed_row, line_count> rows{};
  amip::findings findings;
};

// The lines of the 16 leaves, looked up once in the catalogue.
inline std::array<amip::line_index, leaf_count> const& leaf_lines() {
  static auto const lines = [] {
    std::array<amip::line_index, leaf_count> out{};
    for (std::size_t k = 0; k < leaf_count; ++k)
      out[k] = amip::duesseldorf_2026::anlage1.at(amip_bench::leaf_measures[k]);
    return out;
  }();
  return lines;
}

template <class typed_plan>
std::vector<typed_plan> make_typed_plans(amip_bench::programme const& data) {
  std::vector<typed_plan> plans;
  plans.reserve(jobcenter_count);
  for (std::size_t j = 0; j < jobcenter_count; ++j) {
    typed_plan p{amip::duesseldorf_2026::anlage1};
    for (std::size_t k = 0; k < leaf_count; ++k) {
      p.state(leaf_lines()[k], prior_period, data.prior(j)[k] * amip::entries);
      p.state(leaf_lines()[k], now_period, data.scenario(j, 0)[k] * amip::entries);
    }
    plans.push_back(p);
  }
  return plans;
}

template <class typed_plan>
void evaluate_typed(typed_plan& plan, std::int64_t const* scenario, typed_result& out) {
  auto const& lines = leaf_lines();
  std::array<amip::entry_count, leaf_count> figures;
  for (std::size_t k = 0; k < leaf_count; ++k) figures[k] = scenario[k] * amip::entries;
  plan.restate(now_period, lines, figures);
  auto const cmp = amip::compare(plan, now_period, prior_period);
  auto* out_row = out.rows.data();
  for (auto const row : cmp) {
    out_row->now = row.now();
    out_row->prior = row.prior();
    out_row->change = row.change().tenths_of_percent();
    ++out_row;
  }
  amip::check_into(out.findings, cmp, amip::duesseldorf_2026::plan_rules);
}

inline std::int64_t checksum(typed_result const& r) {
  std::int64_t sum = 0;
  for (auto const& row : r.rows) {
    sum += row.now ? row.now->value() : 0;
    sum += row.prior ? row.prior->value() : 0;
    sum += row.change.value_or(0);
  }
  for (auto const& f : r.findings) {
    sum += f.passed() ? 1 : 0;
    for (auto const& fig : f.figures()) sum += fig.known ? fig.value : 0;
  }
  return sum;
}

// ---------------------------------------------------------------------------------------------------------------
// Hand-written: plain int64 arrays, the tree and the rules written out for this one table (zero_overhead_hand.cpp)

namespace hand {

// Anlage 1's tree as a hand-written program knows it: each line's parent; a parent precedes its children.
constexpr std::array<int, line_count> parent{-1, 0,  1, 2,  3,  3, 3, 0,  7,  8,  8, 1, 11,
                                             11, 11, 1, 15, 15, 0, 1, 19, 19, 19, 1, 1};
constexpr std::array<std::size_t, leaf_count> leaf_line{4, 5, 6, 9, 10, 12, 13, 14, 16, 17, 18, 20, 21, 22, 23, 24};
enum leaf : std::size_t { mat = 4, avgs_mat = 5, mag = 6, egz = 12, einstiegsgeld = 13, agh = 20, p16e = 21 };

enum format : std::uint8_t { count = 0, change = 2, limit = 3, yes_no = 6 };

struct rule_desc {
  char const* id;
  char const* title;
  char const* reference;
  std::uint8_t level;  // 0 info, 1 warning, 2 error
};

struct figure {
  char const* name;
  std::int64_t value;
  std::uint8_t format;
  bool known;
};

struct finding {
  rule_desc const* rule;
  char const* formula;
  char const* label;
  std::array<char const*, 2> concerns;
  std::array<figure, 4> figures;
  std::uint8_t concern_count;
  std::uint8_t figure_count;
  bool passed;
};

struct row {
  std::int64_t now;
  std::int64_t prior;
  std::int64_t change;
  bool change_known;
};

struct result {
  std::array<row, line_count> rows;
  std::array<finding, 8> findings;
};

struct labels {
  char const* avgs_mat;
  char const* mag;
  char const* egz;
  char const* einstiegsgeld;
  char const* p16e;
  char const* agh;
};

void evaluate(std::int64_t const* prior_leaves, std::int64_t const* scenario, labels const& label, result& out);
std::int64_t checksum(result const& r);

}  // namespace hand

// ---------------------------------------------------------------------------------------------------------------
// Shared by the sides (zero_overhead.bench.cpp)

amip_bench::programme const& data();
hand::labels const& hand_labels();
// Both sides' results for Jobcenter j and scenario s, field by field; says what differs on stderr.
bool same(typed_result const& t, hand::result const& h, std::size_t j, std::size_t s);

// A typed side: the work timed, and the check that it agrees with the hand-written side on every Jobcenter and
// scenario. Each is instantiated in one translation unit only.
template <class typed_plan>
void run_typed(benchmark::State& state) {
  auto const& programme = data();
  auto plans = make_typed_plans<typed_plan>(programme);
  typed_result out;
  std::int64_t sum = 0;
  for (auto _ : state) {
    for (std::size_t j = 0; j < jobcenter_count; ++j) {
      for (std::size_t s = 0; s < scenario_count; ++s) {
        evaluate_typed(plans[j], programme.scenario(j, s), out);
        benchmark::DoNotOptimize(out);
        sum += checksum(out);
      }
    }
  }
  benchmark::DoNotOptimize(sum);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(jobcenter_count * scenario_count));
}

template <class typed_plan>
bool typed_agrees() {
  auto plans = make_typed_plans<typed_plan>(data());
  typed_result t;
  hand::result h{};
  for (std::size_t j = 0; j < jobcenter_count; ++j) {
    for (std::size_t s = 0; s < scenario_count; ++s) {
      evaluate_typed(plans[j], data().scenario(j, s), t);
      hand::evaluate(data().prior(j), data().scenario(j, s), hand_labels(), h);
      if (!same(t, h, j, s) || checksum(t) != hand::checksum(h)) return false;
    }
  }
  return true;
}

// The entry points of the three translation units.
void bm_fixed_plan(benchmark::State& state);       // zero_overhead_fixed.cpp
bool fixed_plan_agrees();                          // zero_overhead_fixed.cpp
void bm_run_time_plan(benchmark::State& state);    // zero_overhead_run_time.cpp
bool run_time_plan_agrees();                       // zero_overhead_run_time.cpp
void bm_hand_written(benchmark::State& state);     // zero_overhead_hand.cpp

}  // namespace zero_overhead
