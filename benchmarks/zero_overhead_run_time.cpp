// The zero-overhead benchmark's typed side on the run-time plan (amip::plan: any number of lines and periods, its figures on the heap), in a translation unit of its own
// (benchmarks/zero_overhead.hpp).
#include <benchmark/benchmark.h>

#include "zero_overhead.hpp"

namespace zero_overhead {

void bm_run_time_plan(benchmark::State& state) { run_typed<amip::plan<amip::entry_count>>(state); }
bool run_time_plan_agrees() { return typed_agrees<amip::plan<amip::entry_count>>(); }

}  // namespace zero_overhead
