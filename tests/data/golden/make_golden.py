#!/usr/bin/python3
"""Writes the scikit-learn reference values the C++ golden tests (tests/core/test_golden.cpp) check.

For every case: read the raw CSV, impute + scale the stated features exactly as described in
README.md, run KMeans, score sklearn's own labels, run PCA, and write
tests/data/golden/<case>/expected.json and labels.txt. The `cust_segmentation` case also writes
its scaled matrix (x_scaled.csv) and a fixed-initial-centre run (init_centres.csv) so the C++ test
needs no outside data for that part.

Run from the repository root, with the public datasets in ../shared/data beside the repository:

    /usr/bin/python3 tests/data/golden/make_golden.py [case ...]
"""
import json
import os
import platform
import sys

import numpy as np
import pandas as pd
import scipy
import sklearn
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.impute import SimpleImputer
from sklearn.metrics import (adjusted_rand_score, calinski_harabasz_score, davies_bouldin_score,
                             silhouette_score)
from sklearn.preprocessing import MinMaxScaler, StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared", "data"))

FUNDFUSION_FEATURES = ["Usia", "Jumlah_Anak", "Produk_Tabungan", "Produk_Deposito",
                       "Produk_Kartu_Kredit", "Produk_Kredit_Rumah", "Produk_Kredit_Kendaraan",
                       "Produk_Kredit_Dana_Tunai", "Pendapatan_Tahunan",
                       "Total_Relationship_Balance"]
CC_COLUMNS = ["BALANCE", "BALANCE_FREQUENCY", "PURCHASES", "ONEOFF_PURCHASES",
              "INSTALLMENTS_PURCHASES", "CASH_ADVANCE", "PURCHASES_FREQUENCY",
              "ONEOFF_PURCHASES_FREQUENCY", "PURCHASES_INSTALLMENTS_FREQUENCY",
              "CASH_ADVANCE_FREQUENCY", "CASH_ADVANCE_TRX", "PURCHASES_TRX", "CREDIT_LIMIT",
              "PAYMENTS", "MINIMUM_PAYMENTS", "PRC_FULL_PAYMENT", "TENURE"]

# name -> (source, features, scaling, k). Imputation is the median for every case.
CASES = {
    "cust_segmentation": ("shared:cust_segmentation.csv",
                          ["Age", "Edu", "Years Employed", "Income", "Card Debt", "Other Debt",
                           "DebtIncomeRatio"], "standard", 3),
    "cc_general": ("shared:cc_general.csv", CC_COLUMNS, "standard", 4),
    "p1g6": ("shared:p1g6_set1_creditcard.csv", CC_COLUMNS[:-1], "minmax", 4),
    "fundfusion": ("shared:fundfusion_clustering_data.csv", FUNDFUSION_FEATURES, "standard", 5),
    "sample": ("repo:resources/sample/fundfusion_sample.csv", FUNDFUSION_FEATURES, "standard", 4),
}
SEED = 0
N_INIT = 10
FIXED_INIT_ROWS = [0, 100, 200]  # cust_segmentation only
# Further random_state values: the distinct partitions they reach are recorded too, because on
# some data sets sklearn itself lands in different local optima depending on the seed.
OTHER_SEEDS = list(range(1, 10))


def source_path(source):
    kind, name = source.split(":", 1)
    return os.path.join(SHARED if kind == "shared" else ROOT, name)


def prepare(path, features, scaling):
    """Raw CSV -> median-imputed, scaled float64 matrix (rows in file order) and the fitted steps.

    float_precision='round_trip' makes pandas parse every number to the correctly rounded double,
    as the engine's reader does (pandas' default parser can be 1 ulp off)."""
    raw = pd.read_csv(path, float_precision="round_trip")
    x_raw = raw[features].to_numpy(dtype=np.float64)
    imputer = SimpleImputer(strategy="median").fit(x_raw)
    scaler = (StandardScaler() if scaling == "standard" else MinMaxScaler()).fit(
        imputer.transform(x_raw))
    x = scaler.transform(imputer.transform(x_raw))
    missing = {f: int(n) for f, n in zip(features, np.isnan(x_raw).sum(axis=0)) if n}
    return x, imputer, scaler, missing


def fl(values):
    """numpy -> plain Python floats (json writes them with repr: shortest round-trip form)."""
    return [float(v) for v in np.ravel(values)]


def scores(x, labels):
    return {"silhouette": float(silhouette_score(x, labels)),
            "calinski_harabasz": float(calinski_harabasz_score(x, labels)),
            "davies_bouldin": float(davies_bouldin_score(x, labels))}


def inertia_at_means(x, labels, k):
    """Sum of squared distances to the mean of each label (sklearn's inertia_ uses the last
    centres, which differ slightly from the means when it stopped on tol)."""
    return float(sum(((x[labels == c] - x[labels == c].mean(axis=0)) ** 2).sum() for c in range(k)))


def write_labels(path, labels):
    with open(path, "w", newline="\n") as f:
        f.write("label\n")
        f.writelines("%d\n" % v for v in labels)


def write_matrix(path, header, m):
    with open(path, "w", newline="\n") as f:
        f.write(",".join(header) + "\n")
        for row in m:
            f.write(",".join("%.17g" % v for v in row) + "\n")


def fixed_init(case_dir, x, features, k):
    """KMeans from rows FIXED_INIT_ROWS of x, tol=0, n_init=1; writes the matrix and centres."""
    centres = x[FIXED_INIT_ROWS].copy()
    km = KMeans(n_clusters=k, init=centres, n_init=1, tol=0, max_iter=300,
                algorithm="lloyd").fit(x)
    write_matrix(os.path.join(case_dir, "x_scaled.csv"), features, x)
    write_matrix(os.path.join(case_dir, "init_centres.csv"), features, centres)
    write_labels(os.path.join(case_dir, "fixed_init_labels.txt"), km.labels_)
    return {"init_rows": FIXED_INIT_ROWS, "tol": 0.0, "max_iter": 300, "n_init": 1,
            "inertia": float(km.inertia_), "inertia_at_means": inertia_at_means(x, km.labels_, k),
            "n_iter": int(km.n_iter_), "sizes": np.bincount(km.labels_, minlength=k).tolist(),
            "centres": [fl(c) for c in km.cluster_centers_], "labels_file": "fixed_init_labels.txt",
            "matrix_file": "x_scaled.csv", "init_file": "init_centres.csv"}


def other_solutions(case_dir, x, k, labels):
    """Runs KMeans with OTHER_SEEDS; records each partition that differs from seed 0's (and from
    the ones already recorded) with its labels file, inertia and metrics."""
    found = []  # (labels, record)
    for seed in OTHER_SEEDS:
        km = KMeans(n_clusters=k, n_init=N_INIT, random_state=seed, algorithm="lloyd").fit(x)
        if adjusted_rand_score(labels, km.labels_) >= 1.0 - 1e-12:
            continue
        same = [r for l, r in found if adjusted_rand_score(l, km.labels_) >= 1.0 - 1e-12]
        if same:
            same[0]["random_states"].append(seed)
            continue
        record = {"random_states": [seed], "labels_file": "labels_seed%d.txt" % seed,
                  "ari_vs_seed0": float(adjusted_rand_score(labels, km.labels_)),
                  "inertia": float(km.inertia_),
                  "inertia_at_means": inertia_at_means(x, km.labels_, k),
                  "sizes": np.bincount(km.labels_, minlength=k).tolist(),
                  "metrics_on_labels": scores(x, km.labels_)}
        write_labels(os.path.join(case_dir, record["labels_file"]), km.labels_)
        found.append((km.labels_, record))
    return [r for _, r in found]


def run_case(name):
    source, features, scaling, k = CASES[name]
    path = source_path(source)
    if not os.path.exists(path):
        print(f"{name}: {path} is absent; skipped", file=sys.stderr)
        return
    case_dir = os.path.join(HERE, name)
    os.makedirs(case_dir, exist_ok=True)
    x, imputer, scaler, missing = prepare(path, features, scaling)

    km = KMeans(n_clusters=k, n_init=N_INIT, random_state=SEED, algorithm="lloyd").fit(x)
    labels = km.labels_
    write_labels(os.path.join(case_dir, "labels.txt"), labels)
    alternatives = other_solutions(case_dir, x, k, labels)
    pca = PCA(svd_solver="full").fit(x)
    if scaling == "standard":
        scaler_params = {"mean": fl(scaler.mean_), "scale": fl(scaler.scale_)}
    else:
        scaler_params = {"data_min": fl(scaler.data_min_), "data_max": fl(scaler.data_max_)}

    expected = {
        "case": name,
        "source": os.path.basename(path),
        "rows": int(x.shape[0]),
        "features": features,
        "imputation": "median",
        "missing": missing,
        "impute_values": fl(imputer.statistics_),
        "scaling": scaling,
        "scaler": scaler_params,
        "x_scaled": {"column_mean": fl(x.mean(axis=0)), "column_std": fl(x.std(axis=0)),
                     "column_sum_squares": fl((x * x).sum(axis=0)),
                     "first_row": fl(x[0]), "last_row": fl(x[-1])},
        "kmeans": {"k": k, "n_init": N_INIT, "random_state": SEED, "init": "k-means++",
                   "algorithm": "lloyd", "tol": 1e-4, "max_iter": 300,
                   "inertia": float(km.inertia_), "inertia_at_means": inertia_at_means(x, labels, k),
                   "n_iter": int(km.n_iter_), "sizes": np.bincount(labels, minlength=k).tolist(),
                   "centres": [fl(c) for c in km.cluster_centers_], "labels_file": "labels.txt",
                   "other_solutions": alternatives},
        "metrics_on_labels": scores(x, labels),
        "pca": {"svd_solver": "full", "explained_variance_ratio": fl(pca.explained_variance_ratio_),
                "explained_variance": fl(pca.explained_variance_)},
        "versions": {"sklearn": sklearn.__version__, "numpy": np.__version__,
                     "scipy": scipy.__version__, "pandas": pd.__version__,
                     "python": platform.python_version()},
    }
    if name == "cust_segmentation":
        expected["fixed_init"] = fixed_init(case_dir, x, features, k)
    with open(os.path.join(case_dir, "expected.json"), "w", newline="\n") as f:
        json.dump(expected, f, indent=1)
        f.write("\n")
    m = expected["metrics_on_labels"]
    print(f"{name}: {x.shape[0]}x{x.shape[1]} k={k} inertia={km.inertia_:.10g} "
          f"silhouette={m['silhouette']:.6f} CH={m['calinski_harabasz']:.6g} "
          f"DB={m['davies_bouldin']:.6f}; other sklearn solutions (random_states, ARI vs seed 0, "
          f"inertia): " + "; ".join("%s %.4f %.10g" % (a["random_states"], a["ari_vs_seed0"],
                                                      a["inertia_at_means"]) for a in alternatives))


def run_cases(known, run):
    """Runs run(name) for the cases named on the command line (default: all of `known`)."""
    names = sys.argv[1:] or list(known)
    for name in names:
        if name not in known:
            sys.exit(f"unknown case {name}; cases: {', '.join(known)}")
        run(name)


if __name__ == "__main__":
    run_cases(CASES, run_case)
