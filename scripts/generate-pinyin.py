#!/usr/bin/env python3
"""Generates resources/pinyin/readings.tsv, the Mandarin readings of Chinese characters used by
model/pinyin/Pinyin.cpp for pinyin search, from the Unicode Unihan database.

Usage: scripts/generate-pinyin.py [Unihan_Readings.txt.bz2 [readings.tsv]]

The input is Debian's unicode-data file /usr/share/unicode/Unihan_Readings.txt.bz2 (or the same
file from https://www.unicode.org/Public/UCD/latest/ucd/Unihan.zip, plain or bz2-compressed).

Readings come from these Unihan fields, in this order of preference:
  kMandarin     the customary reading (first value: PRC, second: Taiwan)
  kHanyuPinlu   readings with frequencies from 现代汉语频率词典, most frequent first
  kTGHZ2013     readings in 通用规范汉字字典 (2013)
  kXHC1983      readings in 现代汉语词典 (1983)
  kHanyuPinyin  readings in 汉语大字典 (all, including rare and literary ones)
kHanyuPinyin alone misses the readings of most simplified characters (乐 yuè, 单 shàn, 区 ōu,
长 cháng), which is why the two modern dictionaries are included.

Output: one line per code point that has a reading, "U+XXXX<TAB>reading1,reading2,...", readings
without tone marks, ü written v, lower case, without duplicates, most common first. Only the BMP
CJK Unified Ideographs (U+4E00-U+9FFF), Extension A (U+3400-U+4DBF) and the CJK Compatibility
Ideographs (U+F900-U+FAFF; only one has a reading of its own, Pinyin.cpp maps the others to their
canonical equivalents) are kept: they cover personal names and keep the embedded table small.
"""

import bz2
import re
import sys
import unicodedata

DEFAULT_INPUT = "/usr/share/unicode/Unihan_Readings.txt.bz2"
DEFAULT_OUTPUT = "resources/pinyin/readings.tsv"

FIELDS = ["kMandarin", "kHanyuPinlu", "kTGHZ2013", "kXHC1983", "kHanyuPinyin"]
RANGES = [(0x3400, 0x9FFF), (0xF900, 0xFAFF)]

PERMISSION_NOTICE = """\
Permission is hereby granted, free of charge, to any person obtaining a copy of the Unicode data
files and any associated documentation (the "Data Files") or Unicode software and any associated
documentation (the "Software") to deal in the Data Files or Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute, and/or
sell copies of the Data Files or Software, and to permit persons to whom the Data Files or Software
are furnished to do so, provided that either (a) this copyright and permission notice appear with
all copies of the Data Files or Software, or (b) this copyright and permission notice appear in
associated Documentation.

THE DATA FILES AND SOFTWARE ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
PURPOSE AND NONINFRINGEMENT OF THIRD PARTY RIGHTS. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR
HOLDERS INCLUDED IN THIS NOTICE BE LIABLE FOR ANY CLAIM, OR ANY SPECIAL INDIRECT OR CONSEQUENTIAL
DAMAGES, OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE
USE OR PERFORMANCE OF THE DATA FILES OR SOFTWARE.

Except as contained in this notice, the name of a copyright holder shall not be used in
advertising or otherwise to promote the sale, use or other dealings in these Data Files or
Software without prior written authorization of the copyright holder."""

SYLLABLE = re.compile(r"^[a-z]+$")


def open_input(path):
    if path.endswith(".bz2"):
        return bz2.open(path, "rt", encoding="utf-8")
    return open(path, "rt", encoding="utf-8")


def plain(reading):
    """zhǎng -> zhang, lǜ -> lv, ê̄ -> e, ḿ -> m."""
    decomposed = unicodedata.normalize("NFD", reading.strip().lower()).replace("u\u0308", "v")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def values(field, value):
    """The readings in one field value, in the order given (kHanyuPinlu: most frequent first)."""
    if field == "kMandarin":
        return value.split()
    if field == "kHanyuPinlu":
        # "zhǎng(1879) cháng(1179)"
        pairs = re.findall(r"([^\s()]+)\((\d+)\)", value)
        pairs.sort(key=lambda p: -int(p[1]))  # stable: ties keep the listed order
        return [p[0] for p in pairs]
    # kTGHZ2013 / kXHC1983 / kHanyuPinyin: "0121.040:cháng 1456.020:zhǎng", "10019.020:tiàn,tián"
    result = []
    for entry in value.split():
        _, _, readings = entry.partition(":")
        result.extend(readings.split(","))
    return result


def in_ranges(cp):
    return any(lo <= cp <= hi for lo, hi in RANGES)


def main(argv):
    src = argv[1] if len(argv) > 1 else DEFAULT_INPUT
    dst = argv[2] if len(argv) > 2 else DEFAULT_OUTPUT

    header = {}
    fields = {}  # code point -> field -> value
    with open_input(src) as f:
        for line in f:
            if line.startswith("#"):
                m = re.match(r"#\s*(Date|Unicode version):\s*(.*)", line)
                if m:
                    header[m.group(1)] = m.group(2).strip()
                m = re.match(r"#\s*©\s*(\d{4})", line)
                if m:
                    header["year"] = m.group(1)
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[1] not in FIELDS:
                continue
            cp = int(parts[0][2:], 16)
            if in_ranges(cp):
                fields.setdefault(cp, {})[parts[1]] = parts[2]

    rows = []
    for cp in sorted(fields):
        readings = []
        for field in FIELDS:
            if field in fields[cp]:
                for r in values(field, fields[cp][field]):
                    r = plain(r)
                    if not SYLLABLE.match(r):
                        raise SystemExit("U+%04X %s: unexpected reading %r" % (cp, field, r))
                    if r not in readings:
                        readings.append(r)
        if readings:
            rows.append("U+%04X\t%s" % (cp, ",".join(readings)))

    version = header.get("Unicode version", "unknown")
    year = header.get("year", version.split(".")[0])
    out = [
        "# Mandarin readings of Chinese characters for Kangqiao's pinyin search.",
        "# Generated by scripts/generate-pinyin.py; do not edit by hand.",
        "#",
        "# Source: the Unicode Han Database (Unihan), Unihan_Readings.txt, Unicode version %s (%s)," % (
            version, header.get("Date", "undated")),
        "# fields kMandarin, kHanyuPinlu, kTGHZ2013, kXHC1983 and kHanyuPinyin. https://www.unicode.org/reports/tr38/",
        "# Modified from the original: only U+3400-U+9FFF and U+F900-U+FAFF, fields merged into one list",
        "# per character (most common first), tone marks removed, ü written v, duplicates removed.",
        "#",
        "# Format: U+XXXX<TAB>reading1,reading2,...",
        "#",
        "# UNICODE, INC. LICENSE AGREEMENT - DATA FILES AND SOFTWARE (https://www.unicode.org/license.txt)",
        "#",
        "# Copyright © 1991-%s Unicode, Inc. All rights reserved." % year,
        "# Distributed under the Terms of Use in https://www.unicode.org/copyright.html.",
        "#",
    ]
    out += [("# " + l).rstrip() for l in PERMISSION_NOTICE.split("\n")]
    out.append("#")
    out += rows
    with open(dst, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("%s: %d characters, Unicode %s" % (dst, len(rows), version), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
