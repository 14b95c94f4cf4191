#!/usr/bin/env bash
# Installs what is missing, builds Kangqiao with warnings as errors and runs the whole test suite
# (everything but the long benchmarks). Extra arguments go to ctest, e.g. scripts/test.sh -L ui
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
build="$root/build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DKANGQIAO_WERROR=ON -DKANGQIAO_BUILD_TESTS=ON
cmake --build "$build" --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" -LE bench "$@"
