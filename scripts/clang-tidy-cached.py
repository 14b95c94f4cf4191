#!/usr/bin/env python3
"""Runs clang-tidy (the checked-in .clang-tidy) over Kangqiao's own sources in a build's
compile_commands.json, in parallel, and remembers the files that came out clean: a file is checked
again only when its preprocessed text (itself and every header it includes), its flags, the
configuration or clang-tidy change. Prints every finding; exits 1 when there is one.

usage: clang-tidy-cached.py BUILD_DIR [FILE_REGEX]
cache: $KANGQIAO_TIDY_CACHE or ~/.cache/kangqiao-clang-tidy (decision 0018)"""
import concurrent.futures
import hashlib
import json
import os
import re
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OWN = re.compile(r"^" + re.escape(ROOT) + r"/(model|sync|ui|app|tests)/.*\.cpp$")


def preprocess_command(entry):
    args = shlex.split(entry["command"]) if "command" in entry else list(entry["arguments"])
    out, skip = [], False
    for a in args:
        if skip:
            skip = False
            continue
        if a in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
            continue
        if a in ("-c", "-MD", "-MMD"):
            continue
        out.append(a)
    return out + ["-E", "-o", "-"]


def cache_key(entry, salt):
    pre = subprocess.run(preprocess_command(entry), cwd=entry["directory"], capture_output=True)
    if pre.returncode != 0:
        return None  # let clang-tidy report why it does not compile
    h = hashlib.sha256(salt)
    h.update(entry["file"].encode())
    h.update(entry.get("command", " ".join(entry.get("arguments", []))).encode())
    h.update(pre.stdout)
    return h.hexdigest()


def check(entry, build, salt, cache):
    key = cache_key(entry, salt)
    marker = os.path.join(cache, key) if key else None
    if marker and os.path.exists(marker):
        return entry["file"], True, "", True
    run = subprocess.run(["clang-tidy", "-p", build, "--quiet", entry["file"]], capture_output=True, text=True)
    # clang-tidy prints "N warnings generated." for suppressed system-header warnings: not findings.
    findings = "\n".join(l for l in run.stdout.splitlines() if l.strip())
    clean = run.returncode == 0 and ": warning:" not in findings and ": error:" not in findings
    if clean and marker:
        open(marker, "w").close()
    return entry["file"], clean, findings + run.stderr if not clean else "", False


def main():
    build = os.path.abspath(sys.argv[1])
    only = re.compile(sys.argv[2]) if len(sys.argv) > 2 else None
    cache = os.environ.get("KANGQIAO_TIDY_CACHE", os.path.expanduser("~/.cache/kangqiao-clang-tidy"))
    os.makedirs(cache, exist_ok=True)
    version = subprocess.run(["clang-tidy", "--version"], capture_output=True).stdout
    salt = version + open(os.path.join(ROOT, ".clang-tidy"), "rb").read()
    with open(os.path.join(build, "compile_commands.json")) as f:
        entries = [e for e in json.load(f) if OWN.match(os.path.realpath(e["file"]))]
    if only:
        entries = [e for e in entries if only.search(e["file"])]
    failed, reused = 0, 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for file, clean, output, cached in pool.map(lambda e: check(e, build, salt, cache), entries):
            reused += cached
            if not clean:
                failed += 1
                print(f"--- {os.path.relpath(file, ROOT)}\n{output}", flush=True)
    print(f"clang-tidy: {len(entries)} files, {reused} unchanged since a clean check, {failed} with findings")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
