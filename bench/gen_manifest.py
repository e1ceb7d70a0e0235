#!/usr/bin/env python3
"""Writes a valid cost manifest of about LINES lines (default 10,000) to stdout:
many systems, each with train, tune and infer phases, scores, arithmetic,
uncertainties, estimates, non-ASCII signs and comments, as real manifests have.
With --toml, writes the same disclosure as TOML, for the Python comparison."""
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("lines", type=int, nargs="?", default=10_000)
parser.add_argument("--toml", action="store_true")
args = parser.parse_args()

HEADER = """costlint 1
paper {
  title   = "A generated study of many small models"
  venue   = "NeurIPS 2026"
  year    = 2026
  domain  = tabular
  profile = norms
}
benchmark tabular { name = "grinsztajn2022"; metric = accuracy; better = higher }
hardware gpus   = 8 × "NVIDIA A100-SXM4-80GB"
hardware laptop = 1 x "Intel Core i7-1185G7"
site paris { region = "FR"; pue = 1.15 }
baseline xgb {
  kind = simple
  score tabular = 0.5
  train { hardware = laptop; duration = 4 min }
  infer { hardware = laptop; throughput = 90000 sample/s }
}
"""

SYSTEM = """
# system {i}: a model with every phase
model m{i} {{
  label      = "Model {i} (µ-variant)"
  parameters = {params} M
  precision  = bf16
  score tabular = 0.{score} ± 0.004
  train {{
    hardware = gpus
    site     = paris
    duration = {hours} h
    compute  = {gpuh} GPU.h
    energy   = {kwh} ± 0.5 kWh
    emissions = {co2} kgCO2e
    memory   = 31 GiB
    samples  = 1.2 M
    epochs   = 30
    runs     = 5
  }}
  tune {{ trials = 60; compute = 60 * 0.9 GPU.h }}
  infer {{
    hardware   = laptop
    throughput = 12_000 sample/s
    latency    = 3 ms/sample
    energy     = ~2 Wh / (1_000_000 sample)
    memory     = 48 MiB
  }}
}}
"""

TOML_SYSTEM = """
[[model]]
name = "m{i}"
label = "Model {i} (µ-variant)"
parameters = "{params} M"
precision = "bf16"
score = {{ tabular = "0.{score} ± 0.004" }}
train = {{ hardware = "gpus", site = "paris", duration = "{hours} h", compute = "{gpuh} GPU.h", energy = "{kwh} ± 0.5 kWh", emissions = "{co2} kgCO2e", memory = "31 GiB", samples = "1.2 M", epochs = 30, runs = 5 }}
tune = {{ trials = 60, compute = "60 * 0.9 GPU.h" }}
infer = {{ hardware = "laptop", throughput = "12000 sample/s", latency = "3 ms/sample", energy = "~2 Wh / (1000000 sample)", memory = "48 MiB" }}
"""

template = TOML_SYSTEM if args.toml else SYSTEM
out = [] if args.toml else [HEADER]
lines = 0 if args.toml else HEADER.count("\n")
per_system = SYSTEM.count("\n")
i = 0
while lines + per_system <= args.lines:
    hours = 1.5 + i % 20  # 8 GPUs drawing about 2.5 kW in all: consistent figures
    out.append(template.format(i=i, params=10 + i % 90, score=800 + i % 199, hours=hours,
                               gpuh=8 * hours, kwh=round(2.5 * hours, 1),
                               co2=round(2.5 * hours * 0.056, 2)))
    lines += per_system
    i += 1
print("".join(out), end="")
