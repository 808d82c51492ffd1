#!/bin/sh
# The machine the benchmarks ran on, for the README: CPUs, CPU model, compiler.
echo "== machine: $(nproc) CPUs,$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2); ${CXX:-c++}: $(${CXX:-c++} --version | head -n 1)"
