#!/usr/bin/env python3
"""The Python a researcher might write instead of costlint: load the same
disclosure from TOML with the standard library and check each quantity's unit
against a small table. Reads FILE; prints the number of problems."""
import re
import sys
import tomllib

UNITS = {"h": "time", "min": "time", "s": "time", "kWh": "energy", "Wh": "energy",
         "GiB": "bytes", "MiB": "bytes", "GPU.h": "device-time", "M": "count",
         "sample/s": "throughput", "ms/sample": "latency"}
QUANTITY = re.compile(r"^~?\(?([0-9_.]+)(?:\s*±\s*[0-9.]+)?\s*([A-Za-z./]+)?")

with open(sys.argv[1], "rb") as f:
    manifest = tomllib.load(f)
problems = 0
for model in manifest["model"]:
    for phase in ("train", "tune", "infer"):
        for field, value in model.get(phase, {}).items():
            if isinstance(value, str) and (m := QUANTITY.match(value)):
                if m.group(2) and m.group(2) not in UNITS:
                    problems += 1
print(problems)
