#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz; clang with ASan + UBSan) in their own folder, replays
# every checked-in corpus, then fuzzes each target for a bounded time (decision 0018).
#   scripts/fuzz.sh                      every target
#   scripts/fuzz.sh FuzzPhoneNumber ...  only these
#   KANGQIAO_FUZZ_SECONDS=600            fuzzing time per target (default 20; 0: replay only)
#   KANGQIAO_FUZZ_BUILD                  build folder (default: build-fuzz next to the sources)
# A crash stops the run and leaves the input in $build/fuzz-artifacts/; fix the bug, then copy the
# input into tests/fuzz/corpus/<Target>/ so that every later run (and the ordinary test suite,
# which replays the corpora) checks it again.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${KANGQIAO_FUZZ_BUILD:-$root/build-fuzz}"
seconds="${KANGQIAO_FUZZ_SECONDS:-20}"
corpora="$root/tests/fuzz/corpus"

flags="-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ \
    -DKANGQIAO_FUZZ=ON -DKANGQIAO_BUILD_TESTS=OFF -DCMAKE_CXX_FLAGS="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
cmake --build "$build" --parallel "$(nproc)" --target kangqiao_fuzz_targets

export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:strict_string_checks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=en TZ=CST-8

if [ $# -gt 0 ]; then targets=("$@"); else
    targets=()
    for dir in "$corpora"/*/; do targets+=("$(basename "$dir")"); done
fi

started=$SECONDS
ctest --test-dir "$build" -L fuzz --output-on-failure --parallel "$(nproc)" \
    -R "^($(IFS='|'; echo "${targets[*]}"))Corpus\$"
echo "fuzz.sh: ${#targets[@]} corpora replayed in $((SECONDS - started)) s"
[ "$seconds" -gt 0 ] || exit 0

artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
for target in "${targets[@]}"; do
    # New inputs go to a scratch folder: the checked-in corpus changes only by hand.
    mkdir -p "$scratch/$target"
    seeds=() # shipped files the target also starts from (kq_add_fuzz_target SEEDS)
    [ ! -s "$build/tests/fuzz/$target.seeds" ] || mapfile -t seeds <"$build/tests/fuzz/$target.seeds"
    if ! "$build/tests/fuzz/$target" "$scratch/$target" "$corpora/$target" "${seeds[@]}" -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$artifacts/$target-" -print_final_stats=1 \
        >"$scratch/$target.log" 2>&1; then
        tail -n 60 "$scratch/$target.log" >&2
        echo "fuzz.sh: $target failed; the input is in $artifacts/ (decision 0018 says what to do)" >&2
        exit 1
    fi
    echo "fuzz.sh: $target: $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$scratch/$target.log" |
        grep -o '[0-9]*$') runs in $seconds s, $(grep -c '' < <(ls "$scratch/$target")) new inputs"
done
echo "fuzz.sh: ${#targets[@]} targets fuzzed, $seconds s each, in $((SECONDS - started)) s in all"
