#!/bin/sh
# Compile time of amip's headers, as ratios measured in one run on this machine:
#   1. <amip/amip.hpp> against a file that includes only the Boost.Units and range-v3 headers amip includes
#      (found by reading include/amip, so it follows the headers), several runs each, interleaved; the median ratio;
#   2. the same file plus the standard headers amip includes (the second ratio: what amip's own code costs), and
#      the core model alone (core/quantity, model/measure, catalog, plan, comparison);
#   3. each public header alone (median of fewer runs), against the dependencies-only file.
# Times are CPU seconds of the compiler (user + sys, robust on a shared machine); wall-clock medians are shown too.
#
#   sh benchmarks/compile_time.sh [runs] [--umbrella-only]
#       runs: compiles per file (default 7); --umbrella-only skips the per-header table (a quick check).
#       CXX and CXXFLAGS are honoured (default: c++ -std=c++20 -O2).
set -eu

runs=${1:-7}
umbrella_only=${2:-}
header_runs=$(( (runs + 1) / 2 ))
cxx=${CXX:-c++}
flags=${CXXFLAGS:--std=c++20 -O2}
root=$(cd "$(dirname "$0")/.." && pwd)
include="$root/include"
work=$(mktemp -d "${TMPDIR:-/tmp}/amip-compile-time.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

grep -rhoE '^#include <(boost|range)/[^>]+>' "$include/amip" | sort -u > "$work/dependencies.cpp"
{ cat "$work/dependencies.cpp"; grep -rhoE '^#include <[a-z_]+>' "$include/amip" | sort -u; } > "$work/dependencies_and_std.cpp"
echo '#include <amip/amip.hpp>' > "$work/amip.cpp"
# The core model alone: what every user of amip includes, without reports, rules, budget or embedded data.
printf '#include <amip/%s.hpp>\n' core/quantity model/measure model/catalog model/plan model/comparison > "$work/core.cpp"

# One compile; prints "cpu wall" in seconds. The subshell's `times` reports the compiler's CPU time (POSIX).
compile() {
  start=$(date +%s%N)
  cpu=$( (
    $cxx $flags -I"$include" -c "$1" -o "$work/out.o" >"$work/out.log" 2>&1 || { echo FAILED; exit 0; }
    times
  ) | awk '/FAILED/ { print "FAILED"; exit } NR == 2 {
      split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%.3f", u[1] * 60 + u[2] + s[1] * 60 + s[2] }')
  end=$(date +%s%N)
  echo "$cpu $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "amip compile time: $cxx $flags ($($cxx --version | head -n 1)), $runs runs each, interleaved"
echo "dependencies-only file: $(tr '\n' ' ' < "$work/dependencies.cpp")"
: > "$work/amip.times"
: > "$work/dependencies.times"
: > "$work/dependencies_and_std.times"
: > "$work/core.times"
i=0
while [ "$i" -lt "$runs" ]; do
  for f in amip dependencies dependencies_and_std core; do
    t=$(compile "$work/$f.cpp")
    case $t in FAILED*) echo "compiling $f.cpp failed:" >&2; cat "$work/out.log" >&2; exit 1 ;; esac
    echo "$t" >> "$work/$f.times"
  done
  i=$((i + 1))
done
deps_cpu=$(cut -d' ' -f1 "$work/dependencies.times" | median)
deps_wall=$(cut -d' ' -f2 "$work/dependencies.times" | median)
for f in dependencies dependencies_and_std core amip; do
  cpu=$(cut -d' ' -f1 "$work/$f.times" | median)
  wall=$(cut -d' ' -f2 "$work/$f.times" | median)
  awk -v f="$f" -v c="$cpu" -v w="$wall" -v dc="$deps_cpu" -v dw="$deps_wall" \
    'BEGIN { printf "  %-24s median %.3f s CPU (%.2f x dependencies), %.3f s wall (%.2f x)\n", f ".cpp", c, c / dc, w, w / dw }'
done
amip_cpu=$(cut -d' ' -f1 "$work/amip.times" | median)
# Per run: amip / dependencies of the same round, then the median of those ratios.
ratio=$(paste -d' ' "$work/amip.times" "$work/dependencies.times" | awk '{ printf "%.4f\n", $1 / $3 }' | median)
awk -v r="$ratio" 'BEGIN { printf "RATIO compile time, <amip/amip.hpp> / dependencies only: %.2f (median of per-run ratios; target <= 1.3: %s)\n", r, (r <= 1.3 ? "met" : "NOT met") }'
# The same against the dependencies plus the standard headers amip includes: what amip's own code costs.
ratio_std=$(paste -d' ' "$work/amip.times" "$work/dependencies_and_std.times" | awk '{ printf "%.4f\n", $1 / $3 }' | median)
awk -v r="$ratio_std" 'BEGIN { printf "RATIO compile time, <amip/amip.hpp> / dependencies and standard headers: %.2f (median of per-run ratios; target <= 1.4: %s)\n", r, (r <= 1.4 ? "met" : "NOT met") }'

[ "$umbrella_only" = --umbrella-only ] && exit 0
echo "each public header alone ($header_runs runs, median CPU seconds, and against the dependencies-only file):"
for h in $(cd "$include" && find amip -name '*.hpp' | LC_ALL=C sort); do
  printf '#include <%s>\n' "$h" > "$work/header.cpp"
  : > "$work/header.times"
  j=0
  status=ok
  while [ "$j" -lt "$header_runs" ]; do
    t=$(compile "$work/header.cpp")
    case $t in FAILED*) status=failed; break ;; esac
    echo "$t" >> "$work/header.times"
    j=$((j + 1))
  done
  if [ "$status" = failed ]; then
    printf '  %-40s (does not compile alone here: %s)\n' "$h" "$(grep -m1 -o 'fatal error: [^ ]*' "$work/out.log" || echo error)"
    continue
  fi
  cpu=$(cut -d' ' -f1 "$work/header.times" | median)
  awk -v h="$h" -v c="$cpu" -v dc="$deps_cpu" 'BEGIN { printf "  %-40s %.3f s  %.2f x\n", h, c, c / dc }'
done
