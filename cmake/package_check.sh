#!/bin/sh
# Builds amip's Debian package, installs it on this machine, builds and runs two programs against the installed
# package as a user would (tests/consumers: CMake's find_package(amip) without CMAKE_PREFIX_PATH, and a plain
# Makefile with `pkg-config --cflags amip`), then removes the package again, also when a step fails.
# Needs root or sudo (apt-get), and refuses to run where a package named amip is installed already: it would
# remove it at the end. CI (.ci/run) runs it after `sh cmake/deps.sh`; run it yourself with `sh cmake/package_check.sh`.
set -eu
cd "$(dirname "$0")/.."
source_dir=$(pwd)

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
unset CMAKE_PREFIX_PATH PKG_CONFIG_PATH  # the consumers must find amip where the package puts it

if dpkg-query -W -f='${Status}' amip 2>/dev/null | grep -q "install ok installed"; then
  echo "package_check: a package named amip is installed already; remove it first (apt-get remove amip)" >&2
  exit 1
fi

echo "== package_check: build the Debian package"
rm -rf build/package
cmake --workflow --preset package >/dev/null
set -- build/package/amip_*_all.deb
[ "$#" -eq 1 ] && [ -f "$1" ] || { echo "package_check: expected one build/package/amip_*_all.deb, found: $*" >&2; exit 1; }
deb=$1
dpkg-deb --field "$deb" Package Version Architecture Depends

work=$(mktemp -d)
cleanup() {
  status=$?
  if dpkg-query -W -f='${Status}' amip 2>/dev/null | grep -q "install ok installed"; then
    echo "== package_check: remove the package"
    $sudo apt-get remove -y -qq amip >/dev/null || status=1
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

echo "== package_check: apt-get install ./$deb"
$sudo apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null
dpkg-query -W -f='installed: ${Package} ${Version}\n' amip

# The consumers are copied out of the repository, so that nothing of it is within their reach.
cp -R tests/consumers "$work/consumers"
expected="mit FbW / Reha: 8.510 / 7.274 / 17,0%"
check_output() {  # name, output
  if [ "$2" != "$expected" ]; then
    echo "package_check: the $1 consumer printed \"$2\", expected \"$expected\"" >&2
    exit 1
  fi
  echo "$1 consumer: $2"
}

echo "== package_check: CMake consumer, find_package(amip) without CMAKE_PREFIX_PATH"
cmake -S "$work/consumers/cmake" -B "$work/cmake-build" >"$work/cmake-configure.log" || {
  cat "$work/cmake-configure.log" >&2; exit 1; }
amip_dir=$(sed -n 's/^amip_DIR:PATH=//p' "$work/cmake-build/CMakeCache.txt")
if [ "$amip_dir" != /usr/share/cmake/amip ]; then
  echo "package_check: find_package(amip) found $amip_dir, not the package's /usr/share/cmake/amip" >&2
  exit 1
fi
echo "amip_DIR: $amip_dir"
cmake --build "$work/cmake-build" >/dev/null
check_output CMake "$("$work/cmake-build/anlage1_figure")"

echo "== package_check: Makefile consumer, pkg-config --cflags amip"
echo "pkg-config: amip $(pkg-config --modversion amip), prefix $(pkg-config --variable=prefix amip)," \
     "--cflags \"$(pkg-config --cflags amip)\" (/usr/include is the compiler's own)"
make -s -C "$work/consumers/make" >/dev/null
check_output Makefile "$("$work/consumers/make/anlage1_figure")"

echo "== package_check: remove the package"
$sudo apt-get remove -y -qq amip >/dev/null
if [ -e /usr/include/amip ] || [ -e /usr/share/cmake/amip ] || pkg-config --exists amip; then
  echo "package_check: files of amip are left after removing the package" >&2
  exit 1
fi
echo "package_check: removed; /usr/include/amip, /usr/share/cmake/amip and amip.pc are gone"
echo "package_check: ok ($source_dir)"
