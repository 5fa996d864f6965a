#!/usr/bin/python3
"""Writes scikit-learn's DBSCAN labels on tie-heavy data in many dimensions for
tests/core/test_cluster_golden.cpp (ClusterTies.DbscanOnDuplicatedRowsEqualsSklearn): 18 columns of
small integer codes with duplicated rows, so many rows have many neighbours at exactly the same
distance and DBSCAN runs its many-feature path (block pairs, dbscan_pairs.cpp). Each eps lies
between two possible squared distances (integers), so the neighbourhoods do not depend on how a
distance is rounded.

Inputs (committed, written by this script):
  codes18.csv    700 rows x 18 columns of integers 0..2 (numpy seed 15): 500 random rows, then
                 150 copies of the first rows and 50 copies of one row
Output: dbscan_ties.json (labels per (eps, min_samples), versions).

Run from the repository root:
    /usr/bin/python3 tests/data/golden/ties/make_dbscan_ties_golden.py
"""
import json
import os
import platform

import numpy as np
import sklearn
from sklearn.cluster import DBSCAN

HERE = os.path.dirname(os.path.abspath(__file__))
SETTINGS = [(2.5, 3), (3.2, 8), (3.7, 40)]


def main():
    rng = np.random.default_rng(15)
    base = rng.integers(0, 3, size=(500, 18))
    x = np.vstack([base, base[:150], np.repeat(base[7:8], 50, axis=0)]).astype(np.float64)
    header = ",".join(f"c{i}" for i in range(x.shape[1]))
    np.savetxt(os.path.join(HERE, "codes18.csv"), x, fmt="%d", delimiter=",", header=header,
               comments="")
    records = []
    for eps, min_samples in SETTINGS:
        model = DBSCAN(eps=eps, min_samples=min_samples).fit(x)
        labels = model.labels_
        records.append({"eps": eps, "min_samples": min_samples,
                        "clusters": int(labels.max() + 1), "noise": int((labels < 0).sum()),
                        "core": int(len(model.core_sample_indices_)),
                        "labels": [int(v) for v in labels]})
        print(f"eps {eps}, min_samples {min_samples}: {labels.max() + 1} clusters, "
              f"{(labels < 0).sum()} noise, {len(model.core_sample_indices_)} core")
    with open(os.path.join(HERE, "dbscan_ties.json"), "w", newline="\n") as f:
        json.dump({"file": "codes18.csv", "settings": records,
                   "versions": {"sklearn": sklearn.__version__, "numpy": np.__version__,
                                "python": platform.python_version()}}, f)
        f.write("\n")


if __name__ == "__main__":
    main()
