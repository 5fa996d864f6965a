#!/usr/bin/python3
"""Writes the SciPy / scikit-learn reference values for hierarchical clustering and DBSCAN that
tests/core/test_cluster_golden.cpp checks.

Per case (same data and preprocessing as make_golden.py, see README.md), into
tests/data/golden/<case>/:
  cluster.json         linkage heights (scipy.cluster.hierarchy.linkage, every method/metric below),
                       DBSCAN parameters and summary, k-distance quantiles, versions
  ward_labels.txt      fcluster(ward, k, criterion="maxclust") - 1
  dbscan_labels.txt    sklearn DBSCAN labels (-1 = noise)

Run from the repository root with ../shared/data beside it:
    /usr/bin/python3 tests/data/golden/make_cluster_golden.py [case ...]
"""
import json
import os
import platform
import sys

import numpy as np
import scipy
import sklearn
from scipy.cluster.hierarchy import fcluster, linkage
from sklearn.cluster import DBSCAN
from sklearn.neighbors import NearestNeighbors

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_golden import (CASES, HERE, fl, prepare, run_cases, source_path,  # noqa: E402
                         write_labels)

# Linkages per case: (method, metric). Every case has Ward; the small one has them all.
ALL_LINKAGES = [("ward", "euclidean"), ("complete", "euclidean"), ("average", "euclidean"),
                ("single", "euclidean"), ("weighted", "euclidean"), ("complete", "cityblock"),
                ("average", "cityblock"), ("average", "cosine"), ("single", "cosine")]
LINKAGES = {
    "cust_segmentation": ALL_LINKAGES,
    "sample": [("ward", "euclidean"), ("average", "euclidean"), ("single", "euclidean")],
    "p1g6": [("ward", "euclidean"), ("complete", "euclidean")],
    "cc_general": [("ward", "euclidean")],
    "fundfusion": [("ward", "euclidean")],
}
# Cases whose full height lists would bloat the repository keep the highest ones and the sum.
KEEP_TOP = {"fundfusion": 2000}
# DBSCAN: min_samples = 2 * features (a common rule); eps = this quantile of the k-distances
# (rounded, see run_case).
EPS_QUANTILE = 0.5
KDIST_QUANTILES = [0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1.0]


def run_case(name):
    source, features, scaling, k = CASES[name]
    path = source_path(source)
    if not os.path.exists(path):
        print(f"{name}: {path} is absent; skipped", file=sys.stderr)
        return
    case_dir = os.path.join(HERE, name)
    x, _, _, _ = prepare(path, features, scaling)

    linkages = []
    for method, metric in LINKAGES[name]:
        z = linkage(x, method=method, metric=metric)
        heights = z[:, 2]
        record = {"method": method, "metric": metric, "merges": int(len(heights)),
                  "height_sum": float(heights.sum())}
        top = KEEP_TOP.get(name)
        record["heights"] = fl(heights[-top:] if top else heights)
        record["heights_are_top"] = bool(top)
        if method == "ward":
            labels = fcluster(z, k, criterion="maxclust") - 1
            write_labels(os.path.join(case_dir, "ward_labels.txt"), labels)
            record["cut_k"] = k
            record["cut_sizes"] = sorted(np.bincount(labels).tolist(), reverse=True)
            record["labels_file"] = "ward_labels.txt"
        linkages.append(record)

    min_samples = 2 * x.shape[1]
    nn = NearestNeighbors(n_neighbors=min_samples).fit(x)
    kdist = np.sort(nn.kneighbors(x)[0][:, -1])
    # Rounded to 3 significant digits, as a person would type it: a quantile of the k-distances is
    # itself a distance in the data, and a pair exactly at eps is decided by rounding.
    eps = float("%.3g" % np.quantile(kdist, EPS_QUANTILE))
    db = DBSCAN(eps=eps, min_samples=min_samples).fit(x)
    write_labels(os.path.join(case_dir, "dbscan_labels.txt"), db.labels_)
    clusters = int(db.labels_.max() + 1)
    expected = {
        "case": name,
        "linkages": linkages,
        "dbscan": {"eps": eps, "min_samples": min_samples, "clusters": clusters,
                   "noise": int((db.labels_ < 0).sum()),
                   "core": int(len(db.core_sample_indices_)),
                   "labels_file": "dbscan_labels.txt"},
        "kdistance": {"min_samples": min_samples, "quantiles": KDIST_QUANTILES,
                      "values": fl(np.quantile(kdist, KDIST_QUANTILES, method="lower")),
                      "sum": float(kdist.sum())},
        "versions": {"sklearn": sklearn.__version__, "scipy": scipy.__version__,
                     "numpy": np.__version__, "python": platform.python_version()},
    }
    with open(os.path.join(case_dir, "cluster.json"), "w", newline="\n") as f:
        json.dump(expected, f, indent=1)
        f.write("\n")
    print(f"{name}: {x.shape[0]}x{x.shape[1]} linkages {[m for m, _ in LINKAGES[name]]}; "
          f"DBSCAN eps={eps:.6g} min_samples={min_samples}: {clusters} clusters, "
          f"{expected['dbscan']['noise']} noise")


if __name__ == "__main__":
    run_cases(LINKAGES, run_case)
