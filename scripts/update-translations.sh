#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources. Chinese gets every string; English only the plural
# forms (its source strings are already English). Then translate what lupdate marks unfinished
# (Qt Linguist, or edit the XML) and check: lrelease must report 0 unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
"$lupdate" -no-obsolete -locations none model sync/client ui app -ts translations/kangqiao_zh_CN.ts
"$lupdate" -no-obsolete -locations none -pluralonly model sync/client ui app -ts translations/kangqiao_en.ts
for ts in translations/*.ts; do
    /usr/lib/qt6/bin/lrelease "$ts" -qm /dev/null
done
