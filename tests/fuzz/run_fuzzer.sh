#!/bin/sh
# Runs the plan CSV fuzzer for a bounded time on a scratch copy of the seed corpus, so that the corpus in the
# repository stays as it is. A crash, leak, UB report or broken promise exits non-zero and leaves the input as
# crash-*/leak-* in ARTIFACT_DIR (default: the current directory).
#
#   tests/fuzz/run_fuzzer.sh FUZZER [SECONDS] [libFuzzer flags...]
#   tests/fuzz/run_fuzzer.sh build/asan/tests/fuzz_plan_csv 60
set -eu
if [ $# -lt 1 ]; then
  echo "usage: $0 FUZZER [SECONDS] [libFuzzer flags...]" >&2
  exit 2
fi
fuzzer=$1
shift
seconds=60
if [ $# -gt 0 ]; then
  seconds=$1
  shift
fi
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/amip_fuzz_plan_csv.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
cp "$here"/corpus/* "$work"/
artifacts=${ARTIFACT_DIR:-$PWD}
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$artifacts/" "$@" "$work"
