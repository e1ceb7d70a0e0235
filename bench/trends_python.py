#!/usr/bin/env python3
"""What a researcher would write without costlint: the trends of `costlint trends`,
with pandas, scikit-learn's IterativeImputer and statsmodels (OLS, QuantReg).

Reads an Epoch AI "All ML Systems" export (or corpus/models.csv), keeps the notable
models, imputes the missing values by chained equations (IterativeImputer with its
defaults: BayesianRidge, 10 rounds, ascending order, mean start) on log10 of the
numeric columns, the decimal year and the domains one-hot, then fits log10 of
parameters, training compute and training cost on the year: OLS (the average model)
and quantile regression at 0.95 (large models), with bootstrap percentile intervals.
Run with Debian's python3 (/usr/bin/python3): python3-pandas, -sklearn, -statsmodels.

usage: trends_python.py CSV [--from 2018] [--to 2024] [--bootstrap 1000] [--seed 0]
                            [--impute-scope window|all]
"""
import argparse
import math
import warnings

import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.exceptions import ConvergenceWarning
from statsmodels.tools.sm_exceptions import IterationLimitWarning
from sklearn.experimental import enable_iterative_imputer  # noqa: F401
from sklearn.impute import IterativeImputer

NUMERIC = {
    "parameters": "Parameters",
    "training compute": "Training compute (FLOP)",
    "inference compute": "Inference compute (FLOP)",
    "training cost": None,  # "Training compute cost (YYYY USD)", the year varies
    "dataset size": "Training dataset size (datapoints)",
    "epochs": "Epochs",
}
FITTED = ["parameters", "training compute", "training cost"]


def numbers(column):
    text = column.astype(str).str.replace("$", "", regex=False).str.replace(",", "", regex=False)
    values = pd.to_numeric(text, errors="coerce")
    return values.where(values > 0)  # log10 needs a positive value


def decimal_year(dates):
    days = np.where(dates.dt.is_leap_year, 366.0, 365.0)
    return dates.dt.year + (dates.dt.dayofyear - 1) / days


def load(path, first, last, scope):
    frame = pd.read_csv(path, encoding="utf-8-sig")
    if "Notability criteria" in frame.columns:
        frame = frame[frame["Notability criteria"].notna()]
    dates = pd.to_datetime(frame["Publication date"], errors="coerce", format="%Y-%m-%d")
    frame = frame[dates.notna()].assign(year=decimal_year(dates[dates.notna()]))
    if scope == "window":
        frame = frame[(frame["year"] >= first) & (frame["year"] < last + 1)]
    cost = next(c for c in frame.columns if c.startswith("Training compute cost ("))
    table = pd.DataFrame({"year": frame["year"]})
    for name, column in NUMERIC.items():
        table[name] = np.log10(numbers(frame[column or cost]))
    domains = frame["Domain"].fillna("").str.replace(", ", ",").str.get_dummies(sep=",")
    table = pd.concat([table, domains.add_prefix("domain=")], axis=1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        imputed = IterativeImputer(random_state=0).fit_transform(table.to_numpy())
    imputed = pd.DataFrame(imputed, columns=table.columns, index=table.index)
    return imputed[(imputed["year"] >= first) & (imputed["year"] < last + 1)]


def slopes(year, log_value):
    design = sm.add_constant(year)
    ols = sm.OLS(log_value, design).fit().params[1]
    large = sm.QuantReg(log_value, design).fit(q=0.95).params[1]
    return ols, large


def months(slope):
    return 12 * math.log10(2) / slope if slope > 0 else math.inf


def main():
    # QuantReg's IRLS often stops at its 1000 iterations on imputed data; say it once.
    warnings.simplefilter("once", IterationLimitWarning)
    parser = argparse.ArgumentParser()
    parser.add_argument("csv")
    parser.add_argument("--from", dest="first", type=int, default=2018)
    parser.add_argument("--to", dest="last", type=int, default=2024)
    parser.add_argument("--bootstrap", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--impute-scope", choices=["window", "all"], default="window")
    args = parser.parse_args()
    table = load(args.csv, args.first, args.last, args.impute_scope)
    year = table["year"].to_numpy()
    rng = np.random.default_rng(args.seed)
    print(f"{'quantity':<18} {'fit':<14} {'doubling':>9}  {'95% CI':<15} {'n':>4}")
    for quantity in FITTED:
        value = table[quantity].to_numpy()
        fits = slopes(year, value)
        boot = np.array([slopes(year[i], value[i])
                         for i in rng.integers(0, len(year), (args.bootstrap, len(year)))])
        for k, fit in enumerate(["OLS (average)", "q0.95 (large)"]):
            interval = "-"
            if args.bootstrap:
                low, high = np.percentile(boot[:, k], [2.5, 97.5])
                interval = f"[{months(high):.1f}, {months(low):.1f}]"
            print(f"{quantity:<18} {fit:<14} {months(fits[k]):>6.2f} mo  {interval:<15} "
                  f"{len(year):>4}")


if __name__ == "__main__":
    main()
