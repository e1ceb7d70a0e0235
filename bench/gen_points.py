#!/usr/bin/env python3
"""Writes N random (resource, score) points as little-endian float64 pairs, for
bench/frontier_bench.cpp and bench/frontier_python.py to read the same data:
resource log-uniform over 1e6 to 1e12, score rising with log10(resource) like a
benchmark's saturating curve, plus noise. Seeded: the same N gives the same file.

Usage: gen_points.py N OUT
"""
import sys

import numpy as np

n, out = int(sys.argv[1]), sys.argv[2]
rng = np.random.default_rng(20250601)
log_resource = rng.uniform(6, 12, n)
score = 0.9 - 0.5 * np.exp(-(log_resource - 6) / 2.5) + rng.normal(0, 0.03, n)
np.column_stack([10.0 ** log_resource, score]).astype("<f8").tofile(out)
