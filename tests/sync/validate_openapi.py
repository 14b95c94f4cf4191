#!/usr/bin/python3
"""Validates recorded platform responses against the OpenAPI file.

usage: validate_openapi.py SPEC.yaml DIR

DIR holds one JSON file per response: {"method", "path", "status", "body"}. Each body is validated
(JSON Schema draft 2020-12, #/components references resolved in SPEC) against the schema SPEC gives
for that path, method and status. A response whose route or status SPEC does not document is a
failure too. Exits 0 only when every response matches; prints every mismatch.
"""
import json
import pathlib
import sys
import warnings

import yaml

# Debian 12's jsonschema (4.10) has RefResolver only; newer ones deprecate it but still resolve.
warnings.filterwarnings("ignore", category=DeprecationWarning)
from jsonschema import Draft202012Validator, FormatChecker, RefResolver  # noqa: E402


def resolve(spec, node):
    """Follows a local $ref ('#/components/...') until a node without one."""
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"non-local reference {ref}")
        node = spec
        for part in ref[2:].split("/"):
            node = node[part]
    return node


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    spec = yaml.safe_load(pathlib.Path(argv[1]).read_text(encoding="utf-8"))
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        Draft202012Validator.check_schema(schema)  # a broken schema in the spec fails loudly
    resolver = RefResolver.from_schema(spec)
    files = sorted(pathlib.Path(argv[2]).glob("*.json"))
    if not files:
        print(f"FAIL: no recorded responses in {argv[2]}")
        return 1
    failures = 0
    for f in files:
        record = json.loads(f.read_text(encoding="utf-8"))
        method, path, status = record["method"].lower(), record["path"], str(record["status"])
        where = f"{f.name}: {method.upper()} {path} {status}"
        operation = spec.get("paths", {}).get(path, {}).get(method)
        if operation is None:
            print(f"FAIL {where}: route not in the spec")
            failures += 1
            continue
        response = operation.get("responses", {}).get(status)
        if response is None:
            print(f"FAIL {where}: status not documented for this route")
            failures += 1
            continue
        response = resolve(spec, response)
        try:
            schema = response["content"]["application/json"]["schema"]
        except KeyError:
            print(f"FAIL {where}: the spec gives no application/json schema")
            failures += 1
            continue
        validator = Draft202012Validator(schema, resolver=resolver, format_checker=FormatChecker())
        errors = sorted(validator.iter_errors(record["body"]), key=lambda e: list(e.absolute_path))
        for e in errors:
            location = "/".join(str(p) for p in e.absolute_path) or "(body)"
            print(f"FAIL {where}: at {location}: {e.message}")
        failures += 1 if errors else 0
    if failures:
        print(f"{failures} of {len(files)} responses do not match {argv[1]}")
        return 1
    print(f"{len(files)} responses valid against {argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
