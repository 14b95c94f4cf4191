#!/usr/bin/env bash
# Builds Kangqiao with AddressSanitizer + UndefinedBehaviorSanitizer (gcc) in its own folder and
# runs the whole test suite (everything but the benchmarks) under them: the first memory error,
# undefined behaviour or leak fails the run (decision 0018). Extra arguments go to ctest.
#   KANGQIAO_ASAN_BUILD   build folder (default: build-asan next to the sources)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${KANGQIAO_ASAN_BUILD:-$root/build-asan}"
# -O1: the suite runs about twice as fast as at -O0 and the reports still point at the right lines.
# -g1 (line tables only): reports name file and line; full debug information would double the time
# to compile and link. No -Werror here: the ordinary build checks warnings; -O1 only adds gcc's
# maybe-uninitialized guesses.
flags="-O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 \
    -DKANGQIAO_BUILD_TESTS=ON -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined"
started=$SECONDS
cmake --build "$build" --parallel "$(nproc)"
echo "test-sanitizers.sh: built in $((SECONDS - started)) s"

# Children (the kangqiao CLI, the platform server, the crash writer) inherit these.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:check_initialization_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen
started=$SECONDS
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" -LE bench "$@"
echo "test-sanitizers.sh: suite passed in $((SECONDS - started)) s"
