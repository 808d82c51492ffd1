// The zero-overhead benchmark's typed side on the plan of fixed capacity (amip::fixed_plan, Anlage 1's type), in a translation unit of its own
// (benchmarks/zero_overhead.hpp).
#include <benchmark/benchmark.h>

#include "zero_overhead.hpp"

namespace zero_overhead {

void bm_fixed_plan(benchmark::State& state) { run_typed<amip::fixed_plan<amip::entry_count>>(state); }
bool fixed_plan_agrees() { return typed_agrees<amip::fixed_plan<amip::entry_count>>(); }

}  // namespace zero_overhead
