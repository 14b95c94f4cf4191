#!/usr/bin/env bash
# Installs what is missing, builds Kangqiao (release) and opens it. Extra arguments go to kangqiao,
# e.g. scripts/run.sh --db /path/to/centre.kqdb
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
build="$root/build-release"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKANGQIAO_BUILD_TESTS=OFF
cmake --build "$build" --parallel "$(nproc)"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run.sh: built $build/bin/kangqiao, but there is no display to open it on." >&2
    echo "run.sh: start it from a desktop session, or try: xvfb-run $build/bin/kangqiao" >&2
    exit 1
fi
exec "$build/bin/kangqiao" "$@"
