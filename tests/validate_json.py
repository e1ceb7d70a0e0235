#!/usr/bin/env python3
"""Validates the JSON that costlint check, estimate, frontier, trends and extract print
against their schemas in docs/schemas/, on the bundled examples and on
manifests that exercise findings, suppressions and unreadable input.

Usage: validate_json.py COSTLINT SOURCE_DIR. python3-jsonschema comes with
scripts/install-deps; without it the test fails, it does not skip.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import jsonschema

costlint, source_dir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
schemas = os.path.join(source_dir, "docs", "schemas")


def load_schema(name):
    """The schema `name`, its references to common.schema.json made local."""
    with open(os.path.join(schemas, "common.schema.json")) as f:
        common = json.load(f)
    with open(os.path.join(schemas, name)) as f:
        text = f.read()
    schema = json.loads(re.sub(r'"common\.schema\.json#/definitions/', '"#/definitions/', text))
    schema.setdefault("definitions", {}).update(common["definitions"])
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def run(*args, cwd):
    out = subprocess.run([costlint, *args], capture_output=True, text=True, cwd=cwd)
    # check exits 2 when a manifest cannot be read, and still reports the others
    if out.returncode not in ((0, 1, 2) if args[0] == "check" else (0, 1)):
        sys.exit(f"costlint {' '.join(args)} exited {out.returncode}: {out.stderr}")
    return json.loads(out.stdout)


def validate(name, report, what):
    errors = sorted(load_schema(name).iter_errors(report), key=lambda e: list(e.path))
    if errors:
        sys.exit(f"{what} does not follow {name}: {errors[0].message} at {list(errors[0].path)}")


extra = {
    "findings.cost": "costlint 1\nsite a { }\nsite a { pue = 1 kWh }\n"
                     "model m { train { energy = 4 kwh; hardware = gpu } }\n",
    "syntax.cost": "costlint 1\nmodel m {\n",
    "suppressed.cost": "costlint 1\nhardware g = 8 x \"NVIDIA A100-SXM4-80GB\"\n"
                       "model m {  # costlint: ignore C104 -- no search was run\n"
                       "  train { hardware = g; duration = 6 h }\n}\n",
}
with tempfile.TemporaryDirectory() as root:
    shutil.copytree(os.path.join(source_dir, "corpus", "examples"), os.path.join(root, "examples"))
    for name, text in extra.items():
        with open(os.path.join(root, name), "w") as f:
            f.write(text)
    examples = sorted(os.path.join("examples", n) for n in os.listdir(os.path.join(root, "examples"))
                      if n.endswith(".cost"))
    check = run("check", "--format", "json", "--root", root, ".", cwd=root)
    validate("check.schema.json", check, "check")
    assert any(f["suppression"] for f in check["findings"]), "no suppressed finding"
    assert any(not m["read"] for m in check["manifests"]), "no unreadable manifest"
    assert any(s["placements"] for m in check["manifests"] for s in m["systems"]), "no placement"
    count = len(check["findings"])
    for example in examples:
        validate("estimate.schema.json", run("estimate", "--format", "json", example, cwd=root),
                 f"estimate {example}")
        validate("frontier.schema.json", run("frontier", "--format", "json", example, cwd=root),
                 f"frontier {example}")
    validate("trends.schema.json", run("trends", "--format", "json", "--bootstrap", "20", cwd=root),
             "trends")
    papers = os.path.join(source_dir, "tests", "extract", "dev")
    statements = 0
    for paper in sorted(os.listdir(papers)):
        if not paper.endswith(".expected"):
            extracted = run("extract", "--format", "json", "--root", papers, os.path.join(papers, paper), cwd=root)
            validate("extract.schema.json", extracted, f"extract {paper}")
            statements += sum(len(f["statements"]) for f in extracted["files"])
    assert statements > 100, f"extract found only {statements} statements in tests/extract/dev"
print(f"check ({count} findings), estimate, frontier, trends and extract ({statements} statements) "
      "JSON follow docs/schemas/")
