#!/usr/bin/env python3
"""Validates costlint's SARIF output against the OASIS SARIF 2.1.0 schema.

Usage: validate_sarif.py COSTLINT SOURCE_DIR. Exits 77 (skipped) when
../shared/data/sarif or python3-jsonschema is absent, as in a fresh clone.
"""
import json
import os
import subprocess
import sys
import tempfile

costlint, source_dir = sys.argv[1], sys.argv[2]
schema_path = os.path.join(source_dir, "..", "shared", "data", "sarif", "sarif-schema-2.1.0.json")
if not os.path.exists(schema_path):
    print(f"skipped: {schema_path} is absent")
    sys.exit(77)
try:
    import jsonschema
except ImportError:
    print("skipped: python3-jsonschema is not installed")
    sys.exit(77)

with open(schema_path) as f:
    schema = json.load(f)

manifests = {
    "clean.cost": "costlint 1\npaper { title = \"t\" }\n",
    "findings.cost": "paper { }\nsite a { }\nsite a { pue = 1 kWh }\n"
                     "model m { train { energy = 4 kwh; hardware = gpu } }\n",
    "syntax.cost": "costlint 1\nmodel m {\n",
    "rules.cost": "costlint 1\nhardware g = 8 x \"NVIDIA A100-SXM4-80GB\"\n"
                  "model m {  # costlint: ignore C104 -- no search was run\n"
                  "  train { hardware = g; duration = 6 h }\n}\n",
}
with tempfile.TemporaryDirectory() as folder:
    for name, text in manifests.items():
        with open(os.path.join(folder, name), "w") as f:
            f.write(text)
    out = subprocess.run([costlint, "check", "--format", "sarif", "--root", folder, folder],
                         capture_output=True, text=True)
    if out.returncode not in (0, 1, 2):
        sys.exit(f"costlint failed: {out.returncode} {out.stderr}")
    report = json.loads(out.stdout)

jsonschema.Draft4Validator(schema).validate(report)
results = report["runs"][0]["results"]
assert len(results) >= 10, results
assert any("suppressions" in r for r in results), "no suppressed result"
print(f"SARIF valid against {os.path.basename(schema_path)}: {len(results)} results")
