#!/usr/bin/env python3
"""Runs clang-tidy (the checked-in .clang-tidy) over Kangqiao's own sources in a build's
compile_commands.json, in parallel, and remembers each file's result (clean, or its findings) in a
cache outside the clone, like ccache: a file is checked again only when the text the compiler reads
for it (the file and every header it includes), its flags, the configuration or clang-tidy change.
Paths inside the clone and the build folder are left out of the key, so a fresh clone elsewhere (CI)
reuses what an earlier run found. Prints every finding; exits 1 when there is one.

The key of a file hashes, for each of its entries in compile_commands.json, the compile command and
either the content of every file the compiler read for it (ninja's dependency log, when the object
is newer than all of them: as fast as reading the files) or else its preprocessed text with comments
(gcc -E -C, a second or more per file), plus clang-tidy's version and .clang-tidy. Comments count
because a NOLINT is one.

usage: clang-tidy-cached.py BUILD_DIR [FILE_REGEX]
cache: $KANGQIAO_TIDY_CACHE or ~/.cache/kangqiao-clang-tidy (decision 0018)
jobs:  $KANGQIAO_TIDY_JOBS or one per processor
KANGQIAO_TIDY_PENDING=1 lists the files without a result in the cache instead of checking them."""
import concurrent.futures
import functools
import hashlib
import json
import os
import re
import shlex
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
OWN = re.compile(r"^" + re.escape(ROOT) + r"/(model|sync|ui|app|tools|tests)/.*\.cpp$")
# Changes whenever the way a key is made changes, so that old entries are never reused.
KEY_SCHEME = b"kangqiao-clang-tidy key 2\n"


class Paths:
    """Replaces the clone's and the build folder's locations by placeholders, and back."""

    def __init__(self, build):
        # The build folder usually lies inside the clone: replace the longer path first.
        self.pairs = sorted([(build, "@BUILD@"), (ROOT, "@ROOT@")], key=lambda p: -len(p[0]))

    def strip(self, text):
        for path, name in self.pairs:
            text = text.replace(path, name)
        return text

    def restore(self, text):
        for path, name in self.pairs:
            text = text.replace(name, path)
        return text


def arguments(entry):
    return shlex.split(entry["command"]) if "command" in entry else list(entry["arguments"])


def object_file(entry):
    args = arguments(entry)
    return args[args.index("-o") + 1] if "-o" in args else None


def preprocess_command(entry):
    out, skip = [], False
    for a in arguments(entry):
        if skip:
            skip = False
            continue
        if a in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
            continue
        if a in ("-c", "-MD", "-MMD"):
            continue
        out.append(a)
    return out + ["-E", "-C", "-o", "-"]


def ninja_dependencies(build):
    """{object file: [every file the compiler read for it]} from ninja's log, valid entries only."""
    run = subprocess.run(["ninja", "-C", build, "-t", "deps"], capture_output=True, text=True)
    deps, current = {}, None
    for line in run.stdout.splitlines():
        if not line.strip():
            current = None
        elif not line.startswith(" "):
            m = re.match(r"^(.*): #deps \d+, deps mtime \d+ \((\w+)\)$", line)
            current = m.group(1) if m and m.group(2) == "VALID" else None
            if current:
                deps[current] = []
        elif current:
            deps[current].append(line.strip())
    return deps


@functools.lru_cache(maxsize=None)
def file_digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest(), os.stat(path).st_mtime_ns


@functools.lru_cache(maxsize=None)
def compiler_version(compiler):
    return subprocess.run([compiler, "--version"], capture_output=True).stdout


def entry_inputs(entry, build, deps, paths):
    """What the compiler reads for one compile command, without the clone's location; None when
    the command does not preprocess (clang-tidy then reports why)."""
    args = arguments(entry)
    parts = [paths.strip(" ".join(args)).encode(), compiler_version(args[0])]
    obj = object_file(entry)
    read = deps.get(obj) if obj else None
    if read:
        try:
            built = os.stat(os.path.join(entry["directory"], obj)).st_mtime_ns
            digests = [(p, *file_digest(os.path.join(entry["directory"], p))) for p in read]
            if all(mtime <= built for _, _, mtime in digests):
                parts += [f"{paths.strip(os.path.realpath(os.path.join(entry['directory'], p)))} {d}".encode()
                          for p, d, _ in digests]
                return b"\n".join(parts)
        except OSError:
            pass  # a header gone since the build: preprocess instead
    pre = subprocess.run(preprocess_command(entry), cwd=entry["directory"], capture_output=True)
    if pre.returncode != 0:
        return None
    parts.append(paths.strip(pre.stdout.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape"))
    return b"\n".join(parts)


def cache_key(entries, build, deps, paths, salt):
    h = hashlib.sha256(salt)
    h.update(paths.strip(entries[0]["file"]).encode())
    for entry in entries:
        inputs = entry_inputs(entry, build, deps, paths)
        if inputs is None:
            return None
        h.update(hashlib.sha256(inputs).digest())
    return h.hexdigest()


def check(file, entries, build, deps, paths, salt, cache, pending_only):
    """(file, clean, findings, reused)"""
    key = cache_key(entries, build, deps, paths, salt)
    if key:
        stored = os.path.join(cache, key[:2], key)
        if os.path.exists(stored + ".clean"):
            return file, True, "", True
        if os.path.exists(stored + ".findings"):
            with open(stored + ".findings", encoding="utf-8") as f:
                return file, False, paths.restore(f.read()), True
    if pending_only:
        return file, False, "not checked in this state yet", False
    # clang-tidy checks every entry of the file (a source in two targets is checked twice).
    run = subprocess.run(["clang-tidy", "-p", build, "--quiet", file], capture_output=True, text=True)
    # clang-tidy prints "N warnings generated." for suppressed system-header warnings: not findings.
    output = "\n".join(line for line in (run.stdout + run.stderr).splitlines()
                       if line.strip() and not re.match(r"^\d+ warnings? (and \d+ errors? )?generated\.$", line))
    clean = run.returncode == 0 and ": warning:" not in output and ": error:" not in output
    # Remember findings only when they are findings: not a crash, not a file that does not compile.
    cacheable = clean or (run.returncode == 1 and "[clang-diagnostic-error]" not in output)
    if key and cacheable:
        os.makedirs(os.path.join(cache, key[:2]), exist_ok=True)
        temporary = f"{stored}.{os.getpid()}.tmp"
        with open(temporary, "w", encoding="utf-8") as f:
            f.write("" if clean else paths.strip(output))
        os.replace(temporary, stored + (".clean" if clean else ".findings"))
    return file, clean, output, False


def main():
    build = os.path.realpath(sys.argv[1])
    only = re.compile(sys.argv[2]) if len(sys.argv) > 2 else None
    cache = os.environ.get("KANGQIAO_TIDY_CACHE", os.path.expanduser("~/.cache/kangqiao-clang-tidy"))
    os.makedirs(cache, exist_ok=True)
    started = time.monotonic()
    salt = KEY_SCHEME + subprocess.run(["clang-tidy", "--version"], capture_output=True).stdout
    with open(os.path.join(ROOT, ".clang-tidy"), "rb") as f:
        salt += f.read()
    files = {}
    with open(os.path.join(build, "compile_commands.json")) as f:
        for e in json.load(f):
            path = os.path.realpath(os.path.join(e["directory"], e["file"]))
            if OWN.match(path) and (not only or only.search(path)):
                files.setdefault(path, []).append(e)
    deps = ninja_dependencies(build)
    paths = Paths(build)
    failed, reused = 0, 0
    jobs = int(os.environ.get("KANGQIAO_TIDY_JOBS") or os.cpu_count() or 2)
    pending_only = os.environ.get("KANGQIAO_TIDY_PENDING") == "1"
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        results = pool.map(lambda item: check(*item, build, deps, paths, salt, cache, pending_only),
                           sorted(files.items()))
        for file, clean, output, cached in results:
            reused += cached
            if not clean:
                failed += 1
                print(f"--- {os.path.relpath(file, ROOT)}\n{output}", flush=True)
    print(f"clang-tidy: {len(files)} files, {reused} unchanged since their last check, {failed} "
          f"{'with findings or not checked yet' if pending_only else 'with findings'} "
          f"({time.monotonic() - started:.0f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
