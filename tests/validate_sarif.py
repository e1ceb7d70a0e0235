#!/usr/bin/env python3
"""Validates costlint's SARIF against the OASIS SARIF 2.1.0 schema and the
subset GitHub code scanning reads, both kept in tests/sarif/.

Usage: validate_sarif.py COSTLINT SOURCE_DIR. python3-jsonschema comes with
scripts/install-deps; without it the test fails, it does not skip.
"""
import json
import os
import subprocess
import sys
import tempfile

import jsonschema

costlint, source_dir = sys.argv[1], sys.argv[2]
folder = os.path.join(source_dir, "tests", "sarif")
with open(os.path.join(folder, "sarif-schema-2.1.0.json")) as f:
    schema = json.load(f)
with open(os.path.join(folder, "github-code-scanning.json")) as f:
    github = json.load(f)

manifests = {
    "clean.cost": "costlint 1\npaper { title = \"t\" }\n",
    "findings.cost": "paper { }\nsite a { }\nsite a { pue = 1 kWh }\n"
                     "model m { train { energy = 4 kwh; hardware = gpu } }\n",
    "syntax.cost": "costlint 1\nmodel m {\n",
    "rules.cost": "costlint 1\nhardware g = 8 x \"NVIDIA A100-SXM4-80GB\"\n"
                  "model m {  # costlint: ignore C104 -- no search was run\n"
                  "  train { hardware = g; duration = 6 h }\n}\n",
}


def get(obj, dotted):
    for key in dotted.split("."):
        if not isinstance(obj, dict) or key not in obj:
            return None
        obj = obj[key]
    return obj


def check_github_subset(report):
    limits, required = github["hard_limits"], github["required"]
    runs = report["runs"]
    assert len(runs) <= limits["runs_per_file"], len(runs)
    for run in runs:
        for path in required["run"]:
            assert get(run, path) is not None, f"run lacks {path}"
        rules = run["tool"]["driver"].get("rules", [])
        assert len(rules) <= limits["rules_per_run"]
        for rule in rules:
            for path in required["rule"]:
                assert get(rule, path), f"rule {rule.get('id')} lacks {path}"
            assert len(get(rule, "properties.tags") or []) <= limits["tags_per_rule"]
        assert len(run["results"]) <= limits["results_per_run"]
        assert len(run.get("extensions", [])) <= limits["tool_extensions_per_run"]
        ids = {rule["id"] for rule in rules}
        for result in run["results"]:
            for path in required["result"]:
                assert get(result, path) is not None, f"result {result.get('ruleId')} lacks {path}"
            assert result["ruleId"] in ids, result["ruleId"]
            locations = result["locations"]
            assert 1 <= len(locations) <= limits["locations_per_result"]
            for location in locations:
                physical = location["physicalLocation"]
                for path in required["physical_location"]:
                    assert get(physical, path), f"location lacks {path}"
                uri = physical["artifactLocation"]["uri"]
                assert not uri.startswith(("/", "file:")), f"absolute uri {uri}"
                region = physical.get("region")
                if region:
                    assert region["startLine"] >= 1 and region.get("endLine", 1) >= region["startLine"]


with tempfile.TemporaryDirectory() as root:
    for name, text in manifests.items():
        with open(os.path.join(root, name), "w") as f:
            f.write(text)
    out = subprocess.run([costlint, "check", "--format", "sarif", "--root", root, root],
                         capture_output=True, text=True)
    if out.returncode not in (0, 1, 2):
        sys.exit(f"costlint failed: {out.returncode} {out.stderr}")
    report = json.loads(out.stdout)

jsonschema.Draft4Validator(schema).validate(report)
check_github_subset(report)
results = report["runs"][0]["results"]
assert len(results) >= 10, results
assert any("suppressions" in r for r in results), "no suppressed result"
print(f"SARIF valid against the OASIS schema and GitHub's subset: {len(results)} results")
