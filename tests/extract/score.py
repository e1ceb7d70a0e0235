#!/usr/bin/env python3
"""Scores `costlint extract` on the test set: each paper's excerpt beside the
statements a careful reader finds in it (NAME.expected, format in README.md).

A statement found is right when an expected one has its line, its figure and
its value (within 3%, or within the bounds of a `range=`; a hardware count
exactly, or any count where the paper states none). Expectations marked optional (a device's spec, a rate per step
or per token, a size used as a name) count neither as misses nor, when found,
as false positives.

usage: score.py COSTLINT SET_DIR [--min-recall R --min-precision P] [--verbose]
Prints recall and precision per figure and in all; exits 1 under the minimums.
"""

import argparse
import collections
import json
import pathlib
import re
import subprocess
import sys

OPTIONAL_MARKS = ("optional", "device spec", "per=", "size used as a name", "embodied", "rate=")


def expected_statements(path):
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        number, figure, value = int(fields[0]), fields[1], fields[2]
        extra = fields[4] if len(fields) > 4 else ""
        optional = any(mark in extra for mark in OPTIONAL_MARKS)
        bounds = re.search(r"range=([0-9.eE+]+)-([0-9.eE+]+)", extra)
        out.append({"line": number, "figure": figure, "value": None if value == "-" else float(value),
                    "range": (float(bounds[1]), float(bounds[2])) if bounds else None,
                    "optional": optional, "raw": line})
    return out


def same_value(found, expected):
    if expected["value"] is None:
        return True
    if found["figure"] == "hardware":
        return abs(found["value"] - expected["value"]) < 0.5
    # A range is stated by its bounds: any value within them (its middle, or
    # the low end some annotators write) reads it.
    if expected["range"] and expected["range"][0] * 0.97 <= found["value"] <= expected["range"][1] * 1.03:
        return True
    return abs(found["value"] - expected["value"]) <= 0.03 * abs(expected["value"])


def best_match(found, expected, used):
    """The index of the expectation not yet `used` that a found statement reads, or None.
    A scored expectation before a judgement call: `30b` (optional, 3e10) must not take
    the statement that `29975214080` (scored) on its line expects."""
    candidates = [i for i, e in enumerate(expected) if i not in used and e["line"] == found["line"]
                  and e["figure"] == found["figure"] and same_value(found, e)]
    return min(candidates, key=lambda i: expected[i]["optional"], default=None)


def readings(costlint, folder, *options):
    """Each source of `folder` read by the extractor: the source, each statement found with
    the file it is in and the index of the expectation it reads (None where it reads none),
    the expectations, and the indices read."""
    for expected_path in sorted(folder.glob("*.expected")):
        sources = [p for p in folder.glob(expected_path.stem + ".*") if p.suffix != ".expected"]
        source = sources[0]
        result = subprocess.run([costlint, "extract", "--format", "json", *options, "--root", str(folder), str(source)],
                                capture_output=True, text=True, check=False)
        if result.returncode != 0:
            sys.exit(f"{source}: costlint extract exited {result.returncode}: {result.stderr}")
        expected = expected_statements(expected_path)
        used = set()
        found = []
        for file in json.loads(result.stdout)["files"]:
            for s in file["statements"]:
                match = best_match(s, expected, used)
                if match is not None:
                    used.add(match)
                found.append((file["path"], s, match))
        yield source, found, expected, used


def score(costlint, folder, verbose):
    found_by_figure = collections.Counter()
    right_by_figure = collections.Counter()
    expected_by_figure = collections.Counter()
    hit_by_figure = collections.Counter()
    for source, found, expected, used in readings(costlint, folder):
        for _, s, match in found:
            if match is not None:
                if expected[match]["optional"]:
                    continue
                right_by_figure[s["figure"]] += 1
            elif verbose:
                print(f"  false: {source.name}:{s['line']} {s['figure']} {s['value']:g} {s['unit']!r}")
            found_by_figure[s["figure"]] += 1
        for i, e in enumerate(expected):
            if e["optional"]:
                continue
            expected_by_figure[e["figure"]] += 1
            if i in used:
                hit_by_figure[e["figure"]] += 1
            elif verbose:
                print(f"  missed: {source.name}: {e['raw']}")
    return found_by_figure, right_by_figure, expected_by_figure, hit_by_figure


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("costlint")
    parser.add_argument("folder", type=pathlib.Path)
    parser.add_argument("--min-recall", type=float, default=0)
    parser.add_argument("--min-precision", type=float, default=0)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    found, right, expected, hit = score(args.costlint, args.folder, args.verbose)
    print(f"{'figure':12} {'recall':>14} {'precision':>14}")
    for figure in sorted(set(found) | set(expected)):
        recall = f"{hit[figure]}/{expected[figure]}"
        precision = f"{right[figure]}/{found[figure]}"
        print(f"{figure:12} {recall:>14} {precision:>14}")
    total_recall = sum(hit.values()) / max(1, sum(expected.values()))
    total_precision = sum(right.values()) / max(1, sum(found.values()))
    print(f"{'all':12} {total_recall:>14.3f} {total_precision:>14.3f}")
    if total_recall < args.min_recall or total_precision < args.min_precision:
        print(f"under the minimums: recall {args.min_recall}, precision {args.min_precision}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
