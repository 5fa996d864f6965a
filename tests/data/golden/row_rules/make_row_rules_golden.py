#!/usr/bin/python3
"""Golden values for the recipe's row filters and outlier rules (core/prep/row_rules.h).

Writes data.csv (300 customers: Area, Usia with missing values, Pendapatan with a few extreme
incomes) and expected.json: the rows kept by
  - filter Area in {Jakarta, Bandung}, median imputation of Usia fitted on the filtered rows,
    then |z| >= 2.5 (scipy.stats.zscore, population std) on Usia and Pendapatan, dropped;
  - the same filter, then Tukey fences Q1 - 1.5 IQR, Q3 + 1.5 IQR (numpy linear quantiles) on
    Pendapatan, dropped; and the fences themselves (the bounds a "clip" rule clips to).
Run with Debian's /usr/bin/python3 (python3-numpy, python3-scipy, python3-pandas); offline.
"""
import json
import numpy as np
import pandas as pd
from scipy import stats

rng = np.random.default_rng(20261130)
n = 300
area = rng.choice(["Jakarta", "Bandung", "Solo", "Bogor"], size=n, p=[0.4, 0.3, 0.2, 0.1])
usia = rng.integers(20, 71, size=n).astype(float)
usia[rng.choice(n, size=25, replace=False)] = np.nan
income = np.round(rng.lognormal(mean=6.0, sigma=0.4, size=n), 1)
income[rng.choice(n, size=6, replace=False)] *= 8.0  # a few extreme incomes
df = pd.DataFrame({"Area": area, "Usia": usia, "Pendapatan": income})
df.to_csv("data.csv", index=False, float_format="%.10g")

kept = df[df.Area.isin(["Jakarta", "Bandung"])].copy()
kept["Usia"] = kept["Usia"].fillna(kept["Usia"].median())
z = np.abs(stats.zscore(kept[["Usia", "Pendapatan"]], ddof=0))
zscore_rows = kept.index[(z < 2.5).all(axis=1)].tolist()

filtered = df[df.Area.isin(["Jakarta", "Bandung"])]
q1, q3 = np.percentile(filtered["Pendapatan"], [25, 75])
low, high = q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)
iqr_rows = filtered.index[(filtered["Pendapatan"] >= low) & (filtered["Pendapatan"] <= high)]

expected = {
    "filtered_rows": int(len(filtered)),
    "zscore_kept_rows": [int(r) for r in zscore_rows],
    "usia_mean": float(kept["Usia"].mean()),
    "usia_sd": float(kept["Usia"].std(ddof=0)),
    "iqr_kept_rows": [int(r) for r in iqr_rows],
    "iqr_low": float(low),
    "iqr_high": float(high),
}
with open("expected.json", "w") as f:
    json.dump(expected, f)
    f.write("\n")
print(len(filtered), len(zscore_rows), len(iqr_rows))
