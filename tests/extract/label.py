#!/usr/bin/env python3
"""Labels every statement `costlint extract` finds in the test folders, for
tools/fit_confidence.cpp: right, false or optional as score.py matches it,
and each scored expectation (found or not), one JSON object a line.

usage: label.py COSTLINT FOLDER... > labelled.jsonl
"""

import json
import pathlib
import sys

import score


def main():
    costlint, folders = sys.argv[1], [pathlib.Path(p) for p in sys.argv[2:]]
    for folder in folders:
        for _, found, expected, _ in score.readings(costlint, folder, "--min-confidence", "0"):
            for path, s, match in found:
                label = "false" if match is None else "optional" if expected[match]["optional"] else "right"
                s.update(folder=folder.name, file=path, label=label)
                print(json.dumps(s))
            for e in expected:
                if not e["optional"]:
                    print(json.dumps({"folder": folder.name, "figure": e["figure"], "line": e["line"],
                                      "label": "expected"}))


if __name__ == "__main__":
    main()
