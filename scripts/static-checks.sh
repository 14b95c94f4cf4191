#!/usr/bin/env bash
# clang-tidy (the checked-in .clang-tidy) and cppcheck over Kangqiao's own sources (model, sync, ui,
# app, tools, tests), with the flags of a built tree's compile_commands.json (decision 0018). Any
# finding fails. Files that have not changed since their last check are not checked again: the
# caches live in ~/.cache, outside the clone (KANGQIAO_TIDY_CACHE, KANGQIAO_CPPCHECK_CACHE).
#   scripts/static-checks.sh [BUILD_DIR]   default: build, as scripts/test.sh builds it
#   KANGQIAO_TIDY_FILES=REGEX                clang-tidy only the sources whose path matches
#   KANGQIAO_TIDY_JOBS=N                     clang-tidy processes at once (default: one per processor)
#   KANGQIAO_TIDY_PENDING=1                  list the files clang-tidy has no result for; check none
#   KANGQIAO_SKIP_TIDY=1                     cppcheck alone
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
if [ ! -f "$build/compile_commands.json" ]; then
    echo "static-checks.sh: $build has no compile_commands.json; build it first (scripts/test.sh)" >&2
    exit 2
fi

started=$SECONDS
status=0
if [ "${KANGQIAO_SKIP_TIDY:-0}" != 1 ]; then
    python3 "$root/scripts/clang-tidy-cached.py" "$build" ${KANGQIAO_TIDY_FILES:+"$KANGQIAO_TIDY_FILES"} || status=1
    echo "static-checks.sh: clang-tidy took $((SECONDS - started)) s"
fi

started=$SECONDS
cache="${KANGQIAO_CPPCHECK_CACHE:-$HOME/.cache/kangqiao-cppcheck}"
mkdir -p "$cache"
# Only our own translation units (not moc, rcc or generated files).
python3 - "$build/compile_commands.json" "$root" "$cache/compile_commands.json" <<'PY'
import json, os, re, sys
own = re.compile("^" + re.escape(sys.argv[2]) + r"/(model|sync|ui|app|tools|tests)/.*\.cpp$")
entries = [e for e in json.load(open(sys.argv[1])) if own.match(os.path.realpath(e["file"]))]
json.dump(entries, open(sys.argv[3], "w"))
PY
# warning, performance, portability: the classes that find bugs. "style" is left out: it wants
# explicit on Result's converting constructors (deliberate) and std::any_of for every loop.
cppcheck --project="$cache/compile_commands.json" --cppcheck-build-dir="$cache" --library=qt \
    --enable=warning,performance,portability --inline-suppr \
    --suppressions-list="$root/tests/static/cppcheck.supp" --error-exitcode=1 --quiet -j "$(nproc)" \
    --template='{file}:{line}: {severity} [{id}]: {message}' || status=1
echo "static-checks.sh: cppcheck took $((SECONDS - started)) s"
exit $status
