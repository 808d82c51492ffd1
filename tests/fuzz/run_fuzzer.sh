#!/bin/sh
# Runs a libFuzzer target for a bounded time on a scratch copy of its seed corpus, so that the corpus in the
# repository stays as it is. A crash, leak, UB report or broken promise exits non-zero and leaves the input as
# crash-*/leak-* in ARTIFACT_DIR (default: the current directory). Each fuzzer has its own corpus folder under
# tests/fuzz/corpus/.
#
#   tests/fuzz/run_fuzzer.sh FUZZER CORPUS_DIR [SECONDS] [libFuzzer flags...]
#   tests/fuzz/run_fuzzer.sh build/asan/tests/fuzz/amip_fuzz_plan_csv tests/fuzz/corpus/plan_csv 60
#   tests/fuzz/run_fuzzer.sh build/asan/tests/fuzz/amip_fuzz_csv tests/fuzz/corpus/csv 60 -runs=20000
set -eu
if [ $# -lt 2 ]; then
  echo "usage: $0 FUZZER CORPUS_DIR [SECONDS] [libFuzzer flags...]" >&2
  exit 2
fi
fuzzer=$1
corpus=$2
shift 2
seconds=60
if [ $# -gt 0 ]; then
  seconds=$1
  shift
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/amip_fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
cp "$corpus"/* "$work"/
artifacts=${ARTIFACT_DIR:-$PWD}
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$artifacts/" "$@" "$work"
