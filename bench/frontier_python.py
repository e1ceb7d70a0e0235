#!/usr/bin/env python3
"""What bench/frontier_bench.cpp computes, as a researcher would write it with
numpy and statsmodels (Debian's python3-numpy and python3-statsmodels: run with
/usr/bin/python3): the 2-D Pareto frontier by sorting and a running maximum, and
the cubic 0.75-quantile regression of score on log10(resource) (statsmodels'
QuantReg) with a bootstrap band.

Usage: frontier_python.py frontier POINTS | trend POINTS RESAMPLES
"""
import sys
import warnings

import numpy as np
import statsmodels.api as sm

warnings.simplefilter("ignore")  # QuantReg's iteration-limit warnings
what, path = sys.argv[1], sys.argv[2]
points = np.fromfile(path, dtype="<f8").reshape(-1, 2)
resource, score = points[:, 0], points[:, 1]

if what == "frontier":
    # Increasing resource, and at equal resource the best score first; a point is on
    # the frontier when it beats every point of strictly less resource, or is the
    # best of its resource group (twins included).
    order = np.lexsort((-score, resource))
    r, s = resource[order], score[order]
    best = np.maximum.accumulate(s)
    prior = np.concatenate(([-np.inf], best[:-1]))
    first = np.concatenate(([True], r[1:] != r[:-1]))
    group_start = np.maximum.accumulate(np.where(first, np.arange(len(r)), 0))
    before_group = prior[group_start]
    on = (s > before_group) & (s == s[group_start])
    front = np.sort(order[on])
    print(f"points {len(r)} frontier {len(front)} first {front[0]} last {front[-1]}")
    sys.exit(0)

resamples = int(sys.argv[3])
x = np.log10(resource)
centre, spread = x.mean(), x.std()
u = (x - centre) / spread
design = np.column_stack([u ** k for k in range(4)])
grid = np.linspace(x.min(), x.max(), 7)
grid_design = np.column_stack([((grid - centre) / spread) ** k for k in range(4)])
fit = sm.QuantReg(score, design).fit(q=0.75)
curve = grid_design @ fit.params
rng = np.random.default_rng(0)
curves = []
for _ in range(resamples):
    rows = rng.integers(0, len(score), len(score))
    curves.append(grid_design @ sm.QuantReg(score[rows], design[rows]).fit(q=0.75).params)
low, high = np.percentile(np.array(curves), [2.5, 97.5], axis=0)
print(f"points {len(score)} resamples {resamples}")
for g, c, lo, hi in zip(grid, curve, low, high):
    print(f"log10 {g:.1f} curve {c:.4f} band {lo:.4f} {hi:.4f}")
