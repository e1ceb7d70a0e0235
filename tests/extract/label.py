#!/usr/bin/env python3
"""Labels every statement `costlint extract` finds in the test folders, for
tools/fit_confidence.cpp: right, false or optional as score.py matches it,
and each scored expectation (found or not), one JSON object a line.

usage: label.py COSTLINT FOLDER... > labelled.jsonl
"""

import json
import pathlib
import subprocess
import sys

import score


def main():
    costlint, folders = sys.argv[1], [pathlib.Path(p) for p in sys.argv[2:]]
    for folder in folders:
        for expected_path in sorted(folder.glob("*.expected")):
            source = [p for p in folder.glob(expected_path.stem + ".*") if p.suffix != ".expected"][0]
            result = subprocess.run([costlint, "extract", "--format", "json", "--min-confidence", "0",
                                     "--root", str(folder), str(source)], capture_output=True, text=True, check=True)
            expected = score.expected_statements(expected_path)
            used = set()
            for file in json.loads(result.stdout)["files"]:
                for s in file["statements"]:
                    match = score.best_match(s, expected, used)
                    label = "false"
                    if match is not None:
                        used.add(match)
                        label = "optional" if expected[match]["optional"] else "right"
                    s.update(folder=folder.name, file=file["path"], label=label)
                    print(json.dumps(s))
            for e in expected:
                if not e["optional"]:
                    print(json.dumps({"folder": folder.name, "figure": e["figure"], "line": e["line"],
                                      "label": "expected"}))


if __name__ == "__main__":
    main()
