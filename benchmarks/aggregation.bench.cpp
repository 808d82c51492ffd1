// Record aggregation: 10 million individual entry records (Jobcenter, measure, month) counted into per-Jobcenter
// monthly actuals (every month of 2024 and 2025, every line of Anlage 1), three ways over the same bytes in one run:
//   amip          the records API (amip::entry_tally::add_all of amip/monitoring/records.hpp: measures mapped to
//                 lines through the catalogue, every record counted, counted apart or rejected, counts checked),
//                 then one amip::plan of monthly actuals per Jobcenter (entry_tally::to_plan the first time,
//                 restate_into the plans kept after that, as the raw loop keeps its arrays);
//   raw loop      the same counting on plain int64 arrays, rolled up by hand;
//   stream        reading every byte once and adding it up: what the memory bandwidth allows, the upper limit;
//   tuned         for comparison, hand-tuned counting on one core and on two (against the stream on two).
// Records are validated on both counting sides (unknown Jobcenter, measure or month: rejected; a measure without a
// line in Anlage 1, e.g. the Vermittlungsbudget: counted apart). Before timing, amip's plans and the raw loop's
// arrays are compared for every Jobcenter, line and year; the benchmark refuses to run when they differ.
//
//   amip_bench_aggregation --benchmark_repetitions=10 --benchmark_enable_random_interleaving=true
//       --benchmark_report_aggregates_only=true [--records=10000000]
#include <amip/model/catalog.hpp>
#include <amip/model/measure.hpp>
#include <amip/model/plan.hpp>
#include <amip/monitoring/records.hpp>
#include <amip/programmes/duesseldorf_2026/data.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <thread>
#include <vector>

#include "ratio_report.hpp"
#include "synthetic.hpp"

namespace {

using amip_bench::jobcenter_count;

/// One entry into a measure, as an extract of the BA's statistics might give it: 8 bytes, naturally aligned.
struct entry_record {
  std::uint32_t jobcenter;  ///< the Jobcenter's number (here 0 … 404)
  std::uint16_t measure;    ///< amip::measure_id as an integer
  std::uint16_t month;      ///< months since January 2000: 288 is January 2024, 311 December 2025
};
static_assert(sizeof(entry_record) == 8);

constexpr std::uint16_t first_month = 288;  // January 2024
constexpr std::size_t month_count = 24;     // January 2024 … December 2025
constexpr std::size_t line_count = 25;      // Anlage 1
constexpr std::size_t measure_count = amip::measures.size();

std::size_t record_count = 10'000'000;  // --records=N

// Measures drawn as often as Düsseldorf's 2025 results have them (so reha, § 16h … are rare), 2 % of records for
// the Vermittlungsbudget (no line in Anlage 1), 0.1 % invalid; Jobcenters drawn by size, months uniformly.
std::vector<entry_record> const& records() {
  static auto const data = [] {
    amip_bench::random_bits random{10'000'000};
    std::vector<std::uint32_t> measure_table;
    for (auto const& leaf : amip::duesseldorf_2026::anlage1_leaves) {
      for (std::int64_t i = 0; i < leaf.actual_2025 + 1; ++i)
        measure_table.push_back(static_cast<std::uint32_t>(leaf.measure));
    }
    std::vector<std::uint32_t> jobcenter_table;
    for (std::uint32_t j = 0; j < jobcenter_count; ++j) {
      auto const size = random.between(5, 250);
      for (std::int64_t i = 0; i < size; ++i) jobcenter_table.push_back(j);
    }
    std::vector<entry_record> out(record_count);
    for (auto& r : out) {
      auto const u = random.next();
      r.jobcenter = jobcenter_table[(u >> 8U) % jobcenter_table.size()];
      r.measure = static_cast<std::uint16_t>(measure_table[(u >> 32U) % measure_table.size()]);
      r.month = static_cast<std::uint16_t>(first_month + (u >> 58U) % 24U);
      switch (u % 1000U) {
        case 0:
          r.jobcenter = static_cast<std::uint32_t>(jobcenter_count + 7);  // unknown Jobcenter
          break;
        case 1:
          r.measure = 200;  // no measure
          break;
        default:
          if (u % 1000U < 22U) r.measure = static_cast<std::uint16_t>(amip::measure_id::vermittlungsbudget);
      }
    }
    return out;
  }();
  return data;
}

// ---------------------------------------------------------------------------------------------------------------
// amip: the records API (entry_tally), then plans

using typed_plan = amip::plan<amip::entry_count>;

struct typed_result {
  std::vector<typed_plan> plans;
  amip::entry_count outside_anlage1{};
  amip::entry_count rejected{};
};

void aggregate_typed(std::vector<entry_record> const& input, typed_result& out) {
  amip::entry_tally tally{amip::duesseldorf_2026::anlage1, 2024, 2, jobcenter_count};
  // The record's month counts from January 2000: its serial month is 2000 × 12 + that. Its 16-bit measure would
  // wrap in the 8-bit measure_id: a number past amip's table becomes id 255, past it too, which add_all rejects.
  // (Written as a choice between the number and 255, g++ 12 merges it with add_all's own test of the id; as
  // std::min with the table's size it did not, and the loop ran about 20 % slower.)
  (void)tally.add_all(input, [](entry_record const& r) {
    auto const measure = r.measure < amip::measures.size() ? r.measure : 255;
    return amip::tally_record{static_cast<amip::measure_id>(measure), amip::serial_month{24'000 + r.month},
                              r.jobcenter};
  });
  // Plans kept from the last run are refilled (as the raw loop refills its arrays); the first run builds them.
  if (out.plans.size() != jobcenter_count) {
    out.plans.clear();
    for (std::size_t j = 0; j < jobcenter_count; ++j) out.plans.push_back(tally.to_plan(j));
  } else {
    for (std::size_t j = 0; j < jobcenter_count; ++j) tally.restate_into(out.plans[j], j);
  }
  out.outside_anlage1 = tally.without_line();
  out.rejected = tally.rejected();
}

// ---------------------------------------------------------------------------------------------------------------
// Raw loop: plain int64 arrays, Anlage 1's tree written out

namespace raw {

constexpr std::array<int, line_count> parent{-1, 0,  1, 2,  3,  3, 3, 0,  7,  8,  8, 1, 11,
                                             11, 11, 1, 15, 15, 0, 1, 19, 19, 19, 1, 1};
// The line of each measure id (-1: none), as the program's author writes it down.
constexpr std::array<int, 22> line_of{4,  5,  6,  9,  10, 12, 13, 14, 16, 17, 18,
                                      20, 21, 22, 23, 24, -1, -1, -1, -1, -1, -1};

struct result {
  std::vector<std::array<std::int64_t, month_count * line_count>> lines;  // per Jobcenter and month, rolled up
  std::int64_t outside_anlage1 = 0;
  std::int64_t rejected = 0;
};

void aggregate(std::vector<entry_record> const& input, result& out) {
  out.outside_anlage1 = 0;
  out.rejected = 0;
  std::vector<std::int64_t> counts(jobcenter_count * month_count * measure_count);
  for (auto const& r : input) {
    std::size_t const month = r.month - first_month;
    if (r.jobcenter >= jobcenter_count || r.measure >= measure_count || r.month < first_month || month >= month_count) {
      ++out.rejected;
      continue;
    }
    ++counts[(r.jobcenter * month_count + month) * measure_count + r.measure];
  }
  for (std::size_t j = 0; j < jobcenter_count; ++j) {
    auto& lines = out.lines[j];
    lines.fill(0);
    for (std::size_t y = 0; y < month_count; ++y) {
      auto const* c = &counts[(j * month_count + y) * measure_count];
      auto* l = &lines[y * line_count];
      for (std::size_t m = 0; m < measure_count; ++m) {
        if (line_of[m] < 0) {
          out.outside_anlage1 += c[m];
        } else {
          l[line_of[m]] = c[m];
        }
      }
      for (std::size_t i = line_count - 1; i > 0; --i) l[parent[i]] += l[i];
    }
  }
}

}  // namespace raw

// ---------------------------------------------------------------------------------------------------------------
// Tuned counting, for comparison: how close hand-tuned portable code (-O2, no -march) gets to the streaming read
// here. The bin from two lookup tables and one multiplication, no branch; 16-bit counters that stay in the L1
// cache, carried into 64-bit totals every 65 535 records; on one core, and split over two (against the streaming
// read on two cores, the machine's memory bandwidth rather than one core's).

namespace tuned {

constexpr std::size_t bins = jobcenter_count * month_count * measure_count;  // the last one, `bins`, for rejects
constexpr std::uint32_t invalid = 1U << 20U;                                // any bin this far out is a reject

// The offset of each month (invalid outside 2024 and 2025), and of each measure (invalid beyond the last).
struct tables {
  std::vector<std::uint32_t> month = std::vector<std::uint32_t>(1U << 16U, invalid);
  std::vector<std::uint32_t> measure = std::vector<std::uint32_t>(1U << 16U, invalid);
  tables() {
    for (std::uint32_t m = 0; m < month_count; ++m) month[first_month + m] = m * measure_count;
    for (std::uint32_t m = 0; m < measure_count; ++m) measure[m] = m;
  }
};
tables const& lookup() {
  static tables const t;
  return t;
}

// Adds the counts of records[begin, end) to totals (bins + 1 entries, the last the rejected records).
void count(entry_record const* records, std::size_t n, std::uint64_t* totals) {
  std::vector<std::uint16_t> counts(bins + 1);
  auto const* month = lookup().month.data();
  auto const* measure = lookup().measure.data();
  for (std::size_t begin = 0; begin < n; begin += 0xFFFF) {
    std::size_t const end = std::min(n, begin + 0xFFFF);
    for (std::size_t i = begin; i < end; ++i) {
      auto const& r = records[i];
      std::uint64_t const bin =
          std::uint64_t{r.jobcenter} * month_count * measure_count + month[r.month] + measure[r.measure];
      ++counts[bin < bins ? bin : bins];
    }
    for (std::size_t b = 0; b <= bins; ++b) totals[b] += counts[b];
    std::fill(counts.begin(), counts.end(), std::uint16_t{0});
  }
}

// The raw loop's result from the totals: the same lines, outside Anlage 1 and rejected.
void finish(std::vector<std::uint64_t> const& totals, raw::result& out) {
  out.rejected = static_cast<std::int64_t>(totals[bins]);
  out.outside_anlage1 = 0;
  for (std::size_t j = 0; j < jobcenter_count; ++j) {
    auto& lines = out.lines[j];
    lines.fill(0);
    for (std::size_t y = 0; y < month_count; ++y) {
      auto* l = &lines[y * line_count];
      for (std::size_t m = 0; m < measure_count; ++m) {
        auto const c = static_cast<std::int64_t>(totals[(j * month_count + y) * measure_count + m]);
        if (raw::line_of[m] < 0) {
          out.outside_anlage1 += c;
        } else {
          l[raw::line_of[m]] = c;
        }
      }
      for (std::size_t i = line_count - 1; i > 0; --i) l[raw::parent[i]] += l[i];
    }
  }
}

void aggregate(std::vector<entry_record> const& input, raw::result& out) {
  std::vector<std::uint64_t> totals(bins + 1);
  count(input.data(), input.size(), totals.data());
  finish(totals, out);
}

void aggregate_on_two_cores(std::vector<entry_record> const& input, raw::result& out) {
  std::vector<std::uint64_t> first(bins + 1);
  std::vector<std::uint64_t> second(bins + 1);
  std::size_t const half = input.size() / 2;
  std::thread other{[&] { count(input.data() + half, input.size() - half, second.data()); }};
  count(input.data(), half, first.data());
  other.join();
  for (std::size_t b = 0; b <= bins; ++b) first[b] += second[b];
  finish(first, out);
}

}  // namespace tuned

// ---------------------------------------------------------------------------------------------------------------
// Streaming read: every byte once, as 64-bit words

// The sum of the 64-bit words [begin, end) of the records' bytes.
std::uint64_t sum_of_words(std::vector<entry_record> const& input, std::size_t begin, std::size_t end) {
  auto const* bytes = reinterpret_cast<unsigned char const*>(input.data());
  std::uint64_t sum = 0;
  for (std::size_t i = begin; i < end; ++i) {
    std::uint64_t w;
    std::memcpy(&w, bytes + i * sizeof w, sizeof w);
    sum += w;
  }
  return sum;
}

std::size_t words_in(std::vector<entry_record> const& input) {
  return input.size() * sizeof(entry_record) / sizeof(std::uint64_t);
}

std::uint64_t stream(std::vector<entry_record> const& input) { return sum_of_words(input, 0, words_in(input)); }

// The same on both cores, each half of the bytes: the machine's memory bandwidth rather than one core's.
std::uint64_t stream_on_two_cores(std::vector<entry_record> const& input) {
  std::size_t const words = words_in(input);
  std::uint64_t second = 0;
  std::thread other{[&] { second = sum_of_words(input, words / 2, words); }};
  std::uint64_t const first = sum_of_words(input, 0, words / 2);
  other.join();
  return first + second;
}

// ---------------------------------------------------------------------------------------------------------------

typed_result fresh_typed() { return typed_result{}; }

raw::result fresh_raw() {
  return raw::result{std::vector<std::array<std::int64_t, month_count * line_count>>(jobcenter_count), 0, 0};
}

void set_bytes(benchmark::State& state) {
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(records().size() * sizeof(entry_record)));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(records().size()));
}

void bm_typed(benchmark::State& state) {
  auto out = fresh_typed();
  for (auto _ : state) {
    aggregate_typed(records(), out);
    benchmark::DoNotOptimize(out.plans.data());
    benchmark::ClobberMemory();
  }
  set_bytes(state);
}

// The raw loop, and the tuned counting on one core or two: the same result type, filled afresh each time.
template <void (*Aggregate)(std::vector<entry_record> const&, raw::result&)>
void bm_by_hand(benchmark::State& state) {
  auto out = fresh_raw();
  for (auto _ : state) {
    Aggregate(records(), out);
    benchmark::DoNotOptimize(out.lines.data());
    benchmark::ClobberMemory();
  }
  set_bytes(state);
}

template <std::uint64_t (*Stream)(std::vector<entry_record> const&)>
void bm_stream(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Stream(records()));
  set_bytes(state);
}

bool results_agree() {
  auto t = fresh_typed();
  auto r = fresh_raw();
  aggregate_typed(records(), t);
  raw::aggregate(records(), r);
  bool same = t.rejected.value() == r.rejected && t.outside_anlage1.value() == r.outside_anlage1;
  std::int64_t counted = 0;
  for (std::size_t j = 0; j < jobcenter_count && same; ++j) {
    for (std::size_t y = 0; y < month_count; ++y) {
      auto const when = amip::actual_of(amip::month_of(2024 + static_cast<std::int32_t>(y / 12), static_cast<int>(y % 12) + 1));
      for (std::size_t i = 0; i < line_count; ++i) {
        auto const f = t.plans[j].figure(amip::line_index{i}, when);
        if (!f || f->value() != r.lines[j][y * line_count + i]) {
          std::fprintf(stderr, "amip_bench_aggregation: Jobcenter %zu, month %zu, line %zu differs\n", j, y, i);
          same = false;
        }
      }
      counted += r.lines[j][y * line_count];
    }
  }
  for (auto const aggregate : {tuned::aggregate, tuned::aggregate_on_two_cores}) {
    auto other = fresh_raw();
    aggregate(records(), other);
    if (other.lines != r.lines || other.outside_anlage1 != r.outside_anlage1 || other.rejected != r.rejected) {
      std::fprintf(stderr, "amip_bench_aggregation: the tuned counting differs from the raw loop\n");
      same = false;
    }
  }
  if (same && static_cast<std::size_t>(counted + r.outside_anlage1 + r.rejected) != records().size()) {
    std::fprintf(stderr, "amip_bench_aggregation: records are lost\n");
    same = false;
  }
  if (same) {
    std::printf(
        "amip and the raw loop agree on %zu records: %lld counted in Anlage 1, %lld outside it, %lld rejected\n",
        records().size(), static_cast<long long>(counted), static_cast<long long>(r.outside_anlage1),
        static_cast<long long>(r.rejected));
  }
  return same;
}

}  // namespace

BENCHMARK(bm_typed)->Name("aggregation/amip")->Unit(benchmark::kMillisecond);
BENCHMARK(bm_by_hand<raw::aggregate>)->Name("aggregation/raw_loop")->Unit(benchmark::kMillisecond);
BENCHMARK(bm_stream<stream>)->Name("aggregation/stream")->Unit(benchmark::kMillisecond);
BENCHMARK(bm_by_hand<tuned::aggregate>)->Name("aggregation/tuned")->Unit(benchmark::kMillisecond);
BENCHMARK(bm_by_hand<tuned::aggregate_on_two_cores>)
    ->Name("aggregation/tuned_two_cores")
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(bm_stream<stream_on_two_cores>)
    ->Name("aggregation/stream_two_cores")
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
  // Our own flag first: --records=N (for a quick run); Google Benchmark takes the rest.
  int kept = 1;
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--records=", 10) == 0) {
      record_count = static_cast<std::size_t>(std::strtoull(argv[i] + 10, nullptr, 10));
    } else {
      argv[kept++] = argv[i];
    }
  }
  argc = kept;
  if (!results_agree()) return 1;
  return amip_bench::run_with_ratios(
      argc, argv,
      {{"aggregation, amip's share of the streaming read's throughput", "aggregation/amip", "aggregation/stream",
        amip_bench::shown_as::throughput_share, ">= 50 %", 0.5},
       {"aggregation, raw loop's share of the streaming read's throughput", "aggregation/raw_loop",
        "aggregation/stream", amip_bench::shown_as::throughput_share, "", 0.0},
       {"aggregation, amip's throughput against the raw loop's", "aggregation/amip", "aggregation/raw_loop",
        amip_bench::shown_as::throughput_share, ">= 80 %", 0.8},
       {"aggregation, tuned counting's share of the streaming read's throughput", "aggregation/tuned",
        "aggregation/stream", amip_bench::shown_as::throughput_share, "", 0.0},
       {"aggregation, tuned counting on two cores, share of the two-core streaming read's throughput",
        "aggregation/tuned_two_cores", "aggregation/stream_two_cores", amip_bench::shown_as::throughput_share, "", 0.0,
        true}});
}
