#!/usr/bin/env bash
# Installs what is missing, builds Kangqiao with warnings as errors and runs the whole test suite
# (everything but the long benchmarks). Extra arguments go to ctest, e.g. scripts/test.sh -L ui
# Without arguments (as CI runs it) it then builds the Debian packages, installs them with dpkg,
# starts the installed kangqiao and removes the packages again (decision 0017), and ends with
# cppcheck and a short fuzzing of every target (decision 0018).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# The compiler cache is shared by every clone and worktree on the machine: paths relative to the
# clone, the build folder's path not hashed.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
"$root/scripts/install-deps.sh"
build="$root/build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DKANGQIAO_WERROR=ON -DKANGQIAO_BUILD_TESTS=ON
cmake --build "$build" --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" -LE bench "$@"
[ $# -eq 0 ] || exit 0

# The packages of this (Debug, stripped) build: they land in $build/packages/.
started=$SECONDS
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
rm -rf "$build/packages"
(cd "$build" && cpack -G DEB)
debs=("$build"/packages/kangqiao_*.deb "$build"/packages/kangqiao-platform_*.deb)
# Leaves no Debug build installed (and removes an earlier kangqiao package too).
trap '$SUDO dpkg -r kangqiao kangqiao-platform >/dev/null || true' EXIT
if ! $SUDO dpkg -i "${debs[@]}"; then
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -f -y -q --no-install-recommends
fi
version="$(dpkg-query -W -f='${Version}' kangqiao)"
# As a person would start it: no display, no platform chosen for it.
if ! out="$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/kangqiao --version)" ||
    [ "$out" != "Kangqiao $version" ]; then
    echo "test.sh: the installed kangqiao --version said '${out:-}', expected 'Kangqiao $version'" >&2
    exit 1
fi
/usr/bin/kangqiao-platform --help >/dev/null
echo "test.sh: packages $version built, installed and started in $((SECONDS - started)) s"

# Static checks and fuzzing (decision 0018), each timed: cppcheck over this build's
# compile_commands.json, the fuzz corpora replayed and each target fuzzed for KANGQIAO_FUZZ_SECONDS
# (20). clang-tidy (about 36 min cold) and the ASan+UBSan suite (scripts/test-sanitizers.sh) join
# here once a whole run of each is clean; until then they run by hand.
timed() {
    local name="$1" began=$SECONDS
    shift
    "$@"
    echo "test.sh: $name passed in $((SECONDS - began)) s"
}
timed "cppcheck" env KANGQIAO_SKIP_TIDY=1 "$root/scripts/static-checks.sh" "$build"
timed "fuzzing" "$root/scripts/fuzz.sh"
