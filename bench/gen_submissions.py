#!/usr/bin/env python3
"""Writes N varied submissions under OUT/, one folder each, as a venue receives
them: the bundled examples and the golden rule manifests (other profiles,
findings, benchmarks), some with their logs, a few broken, each made distinct.

Usage: gen_submissions.py SOURCE_DIR OUT N
"""
import os
import shutil
import sys

source, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
pool = []
for folder in ("corpus/examples", "tests/golden/rules", "tests/golden/profiles"):
    for name in sorted(os.listdir(os.path.join(source, folder))):
        if name.endswith(".cost"):
            pool.append(os.path.join(source, folder, name))
logs = os.path.join(source, "corpus", "examples", "logs")
for i in range(count):
    folder = os.path.join(out, f"paper-{i:05d}")
    os.makedirs(folder)
    manifest = pool[i % len(pool)]
    with open(manifest) as f:
        text = f.read()
    if i % 97 == 0:
        text = text[: len(text) // 2]  # a submission cut short: a syntax error
    with open(os.path.join(folder, "paper.cost"), "w") as f:
        f.write(text + f"\n# submission {i}\n")
    if "logs/" in text:  # the logs it cites, where the examples have them
        shutil.copytree(logs, os.path.join(folder, "logs"), dirs_exist_ok=True)
        golden_logs = os.path.join(os.path.dirname(manifest), "logs")
        if os.path.isdir(golden_logs):
            shutil.copytree(golden_logs, os.path.join(folder, "logs"), dirs_exist_ok=True)
print(f"{count} submissions from {len(pool)} manifests")
