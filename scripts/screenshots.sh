#!/usr/bin/env bash
# Takes every screenshot of the user guides (docs/user-guide.zh_CN.md, docs/user-guide.en.md) again
# from the real application on demo data, offscreen: docs/images/zh_CN/*.png and docs/images/en/*.png.
# Run it after a change to a screen; extra arguments go to the tool, e.g.
#   scripts/screenshots.sh --only 02-overview,04-clients
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
build="$root/build-screenshots"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKANGQIAO_BUILD_TESTS=OFF \
    -DKANGQIAO_BUILD_SCREENSHOTS=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target kangqiao-screenshots
# Beijing time (the demo's dates and the due list follow it), the platform without a display.
export TZ=CST-8 QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
for language in zh_CN en; do
    out="$root/docs/images/$language"
    mkdir -p "$out"
    "$build/bin/kangqiao-screenshots" --out "$out" --language "$language" "$@"
done
# Lossless and smaller: the pictures live in the repository.
if command -v optipng >/dev/null; then
    optipng -quiet -o2 -strip all "$root"/docs/images/*/*.png
fi
du -ch "$root"/docs/images/*/*.png | tail -1
