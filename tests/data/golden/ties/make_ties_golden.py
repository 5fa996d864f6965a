#!/usr/bin/python3
"""Writes SciPy's merge heights on tie-heavy data for tests/core/test_cluster_golden.cpp
(ClusterTies): binary product columns and small integer codes, where many rows are exact
duplicates and many merge costs are equal. The nearest-neighbour chain must stay valid there.

Inputs (committed, written by this script):
  products.csv   the first 1000 rows of the bundled sample's six Produk_* columns (0/1)
  codes.csv      600 rows x 4 columns of integers 0..2 (numpy seed 7)
Output: ties.json (scipy.cluster.hierarchy.linkage heights per method/metric, versions).

Run from the repository root:
    /usr/bin/python3 tests/data/golden/ties/make_ties_golden.py
"""
import json
import os
import platform

import numpy as np
import pandas as pd
import scipy
from scipy.cluster.hierarchy import linkage

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
PRODUCTS = ["Produk_Tabungan", "Produk_Deposito", "Produk_Kartu_Kredit", "Produk_Kredit_Rumah",
            "Produk_Kredit_Kendaraan", "Produk_Kredit_Dana_Tunai"]
LINKAGES = [("ward", "euclidean"), ("complete", "euclidean"), ("average", "euclidean"),
            ("single", "euclidean"), ("weighted", "euclidean"), ("average", "cityblock")]


def write_matrix(name, x):
    header = ",".join(f"c{i}" for i in range(x.shape[1]))
    np.savetxt(os.path.join(HERE, name), x, fmt="%d", delimiter=",", header=header, comments="")


def main():
    sample = pd.read_csv(os.path.join(ROOT, "resources/sample/fundfusion_sample.csv"))
    products = sample[PRODUCTS].to_numpy(dtype=np.float64)[:1000]
    codes = np.random.default_rng(7).integers(0, 3, size=(600, 4)).astype(np.float64)
    write_matrix("products.csv", products)
    write_matrix("codes.csv", codes)
    cases = {}
    for name, x in (("products.csv", products), ("codes.csv", codes)):
        records = []
        for method, metric in LINKAGES:
            heights = linkage(x, method=method, metric=metric)[:, 2]
            records.append({"method": method, "metric": metric,
                            "heights": [float(h) for h in heights]})
        cases[name] = records
        print(f"{name}: {x.shape[0]}x{x.shape[1]}, {len(np.unique(x, axis=0))} distinct rows")
    with open(os.path.join(HERE, "ties.json"), "w", newline="\n") as f:
        json.dump({"cases": cases,
                   "versions": {"scipy": scipy.__version__, "numpy": np.__version__,
                                "python": platform.python_version()}}, f)
        f.write("\n")


if __name__ == "__main__":
    main()
