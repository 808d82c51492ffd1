#!/bin/sh
# Installs what amip needs on Debian 12 (as root, or with sudo), and nothing when it is all there already.
# Idempotent and quiet when nothing is missing. Used by the README's two quick-start commands and by .ci/run.
# pkg-config and make are for cmake/package_check.sh (the Makefile consumer of the installed package); doxygen for
# the HTML reference (the target docs, cmake/amip_docs.cmake; no graphviz: the reference draws no graphs).
set -eu
packages="libboost-dev librange-v3-dev catch2 libbenchmark-dev cmake ninja-build g++ clang libclang-rt-14-dev pkg-config make doxygen"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "amip: installing$missing" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
