#!/usr/bin/env python3
"""What a researcher would write without costlint: read an nvidia-smi CSV with
pandas, integrate each GPU's power over time (trapezoids), take the peak
memory. Prints energy in kWh, duration in hours, peak memory in MiB."""
import sys

import pandas as pd

frame = pd.read_csv(sys.argv[1], skipinitialspace=True, na_values=["[N/A]", "[Not Supported]"])
frame.columns = [c.split(" [")[0] for c in frame.columns]
frame["t"] = pd.to_datetime(frame["timestamp"], format="%Y/%m/%d %H:%M:%S.%f")
frame["watts"] = pd.to_numeric(frame["power.draw"].astype(str).str.replace(" W", ""), errors="coerce")
frame["mib"] = pd.to_numeric(frame["memory.used"].astype(str).str.replace(" MiB", ""), errors="coerce")
joules = 0.0
for _, gpu in frame.groupby("index"):
    gpu = gpu.dropna(subset=["watts"]).sort_values("t")
    seconds = gpu["t"].astype("int64").to_numpy() / 1e9
    watts = gpu["watts"].to_numpy()
    joules += float(((watts[1:] + watts[:-1]) / 2 * (seconds[1:] - seconds[:-1])).sum())
hours = (frame["t"].max() - frame["t"].min()).total_seconds() / 3600
print(f"{joules / 3.6e6:.3f} kWh over {hours:.3f} h, peak {frame['mib'].max():.0f} MiB")
