#!/usr/bin/env python3
"""How far two careful readers of the same sources agree: a second reading's
scored statements (NAME.expected in SECOND_DIR) matched against the first's
(NAME.expected in FIRST_DIR) by the rules score.py applies to costlint's
statements. Recall is the share of the first reading's scored statements the
second lists; precision the share of the second's that the first lists (one
the first marks as a judgement call counts neither way).

usage: agreement.py FIRST_DIR SECOND_DIR
"""

import collections
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import score  # noqa: E402


def agreement(first_dir, second_dir):
    listed, right, expected, hit = (collections.Counter() for _ in range(4))
    for second_path in sorted(second_dir.glob("*.expected")):
        first = score.expected_statements(first_dir / second_path.name)
        second = [s for s in score.expected_statements(second_path) if not s["optional"]]
        used = set()
        for s in second:
            found = {"line": s["line"], "figure": s["figure"], "value": s["value"] if s["value"] is not None else 0.0}
            match = score.best_match(found, first, used)
            if match is not None:
                used.add(match)
                if first[match]["optional"]:
                    continue
                right[s["figure"]] += 1
            listed[s["figure"]] += 1
        for i, e in enumerate(first):
            if not e["optional"]:
                expected[e["figure"]] += 1
                hit[e["figure"]] += i in used
    return listed, right, expected, hit


def main():
    first_dir, second_dir = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    listed, right, expected, hit = agreement(first_dir, second_dir)
    print(f"{'figure':12} {'recall':>14} {'precision':>14}")
    for figure in sorted(set(listed) | set(expected)):
        print(f"{figure:12} {hit[figure]:>7}/{expected[figure]:<6} {right[figure]:>7}/{listed[figure]:<6}")
    print(f"{'all':12} {sum(hit.values()) / max(1, sum(expected.values())):>14.3f} "
          f"{sum(right.values()) / max(1, sum(listed.values())):>14.3f}")


if __name__ == "__main__":
    main()
