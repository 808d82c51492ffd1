#!/bin/sh
# Dependencies point down: each header's transitive includes (as the compiler sees them, `-M`) are checked against
# the rules below. A rule is: a glob of headers, a regular expression no dependency of theirs may match, and why.
# (Money headers may reach streams: libstdc++ 12's <chrono>, which dates need, includes <sstream>.)
#
#   sh tests/layers.sh <c++ compiler> <include dir>
set -eu
cxx=$1
include=$(cd "$2" && pwd)
streams='/(ostream|iostream|istream|sstream|fstream)$'

# header glob | forbidden dependency (extended regex) | the sentence printed when it is found
rules="
amip/core/*|amip/(model|money|rules|io|report|testing|programmes)/|core depends on nothing of amip above it
amip/core/*|$streams|core does not include streams (amip/report/ostream.hpp prints its values)
amip/model/*|amip/(money|rules|io|report|testing|programmes)/|the model depends only on core
amip/model/*|$streams|the model does not include streams (amip/report/ostream.hpp prints its values)
amip/money/*|amip/(rules|io|report|testing|programmes)/|money depends only on core and the model
amip/monitoring/*|amip/(rules|io|report|testing|programmes)/|monitoring depends on core, the model and money
amip/monitoring/projection.hpp|$streams|projections do not include streams (money headers may, through <chrono>)
amip/monitoring/target.hpp|$streams|targets do not include streams (money headers may, through <chrono>)
amip/report/*|amip/(rules|io|testing|programmes)/|reports know nothing of rules, files or a programme
amip/rules/*|amip/(io|testing|programmes)/|rules read no files and know no programme
amip/rules/finding.hpp|amip/(report|io|testing|programmes)/|amip/model/(plan|comparison)\\.hpp|range/v3|$streams|findings need no plans, ranges, reports or streams
amip/rules/rule.hpp|amip/(report|io|testing|programmes)/|amip/model/(plan|comparison)\\.hpp|range/v3|$streams|composing rules needs no plans, ranges, reports or streams
amip/rules/budget.hpp|amip/(report|io|testing|programmes)/|amip/model/(plan|comparison)\\.hpp|range/v3|$streams|rules over money need no plans, ranges, reports or streams
amip/io/*|amip/(money|rules|report|testing|programmes)/|reading files depends on core, the model and the tally of records (amip/monitoring/records.hpp)
amip/testing/*|amip/programmes/|the test helpers know no programme
amip/amip.hpp|amip/(testing|programmes)/|the umbrella header holds the library, not the reference programme or Catch2
"

failures=0
checked=0
errors=$(mktemp "${TMPDIR:-/tmp}/amip-layers-errors.XXXXXX")
trap 'rm -f "$errors"' EXIT
cd "$include"
for header in $(find amip -name '*.hpp' | LC_ALL=C sort); do
  deps=""
  echo "$rules" | while IFS='|' read -r glob rest; do
    [ -n "$glob" ] || continue
    # shellcheck disable=SC2254
    case $header in $glob) ;; *) continue ;; esac
    forbidden=${rest%|*}
    why=${rest##*|}
    if [ -z "$deps" ]; then
      # A header that does not preprocess (a dependency not found) is a failure, not a header without dependencies.
      if ! deps=$(printf '#include <%s>\n' "$header" | "$cxx" -std=c++20 -I"$include" -x c++ -M - 2>"$errors"); then
        echo "$header: does not preprocess:"
        sed 's/^/    /' "$errors"
        echo FAIL
        deps=unreadable
        continue
      fi
      deps=$(echo "$deps" | tr ' \\' '\n\n' | grep -v '^$' | grep -v '^-:$' || true)
    fi
    [ "$deps" != unreadable ] || continue
    found=$(echo "$deps" | sed "s|^$include/||" | grep -E "$forbidden" || true)
    if [ -n "$found" ]; then
      echo "$header: $why; it includes:"
      echo "$found" | sed 's/^/    /'
      echo FAIL
    else
      echo OK
    fi
  done
done > "${TMPDIR:-/tmp}/amip-layers.$$"
failures=$(grep -c '^FAIL$' "${TMPDIR:-/tmp}/amip-layers.$$" || true)
checked=$(grep -cE '^(OK|FAIL)$' "${TMPDIR:-/tmp}/amip-layers.$$" || true)
grep -vE '^(OK|FAIL)$' "${TMPDIR:-/tmp}/amip-layers.$$" || true
rm -f "${TMPDIR:-/tmp}/amip-layers.$$"
if [ "$checked" -eq 0 ]; then
  echo "layers: no header matched a rule (wrong include dir?)" >&2
  exit 1
fi
echo "layers: $checked header rules checked, $failures broken"
[ "$failures" -eq 0 ]
