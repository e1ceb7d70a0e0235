#!/usr/bin/env python3
"""Writes an nvidia-smi CSV (8 GPUs, one sample a second) of about MEGABYTES MB."""
import sys

target = int(sys.argv[1]) * 1_000_000 if len(sys.argv) > 1 else 100_000_000
out = sys.stdout
out.write("timestamp, name, index, power.draw [W], memory.used [MiB]\n")
size, step = 0, 0
while size < target:
    day, rest = divmod(step, 86400)
    h, rest = divmod(rest, 3600)
    m, s = divmod(rest, 60)
    block = "".join(f"2026/03/{1 + day:02d} {h:02d}:{m:02d}:{s:02d}.000, NVIDIA A100-SXM4-80GB, {g}, "
                    f"{300 + g + (step % 7)}.25 W, {31000 + step % 500} MiB\n" for g in range(8))
    out.write(block)
    size += len(block)
    step += 1
