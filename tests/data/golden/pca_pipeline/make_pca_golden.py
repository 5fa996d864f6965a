#!/usr/bin/python3
"""Reference values for the reduction step: Pipeline(SimpleImputer(median), MinMaxScaler,
PCA(0.95), KMeans) from scikit-learn, checked by tests/core/test_reduction.cpp.

Per case: the components PCA(0.95) keeps (count, variance, share, axes), the reconstruction MSE
in the scaled space, and KMeans from fixed initial centres (given rows of the reduced matrix,
n_init=1, tol=0): inertia, iterations and labels. The initial centres are written so the C++ run
starts from the same centres without re-deriving them.

Run from the repository root with the public datasets in ../shared/data (cases whose source is
absent are skipped):

    /usr/bin/python3 tests/data/golden/pca_pipeline/make_pca_golden.py
"""
import json
import os
import sys

import numpy as np
import pandas as pd
import sklearn
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import MinMaxScaler

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from make_golden import CASES, source_path  # noqa: E402  (features and sources of the cases)

SHARE = 0.95
# case -> (k, rows of the reduced matrix used as initial centres)
RUNS = {
    "sample": (4, [0, 1000, 2000, 3000]),
    "cc_general": (4, [0, 2000, 4000, 6000]),
}


def run(case, k, init_rows):
    source, features, _, _ = CASES[case]
    path = source_path(source)
    if not os.path.exists(path):
        print(f"skip {case}: {path} absent")
        return
    raw = pd.read_csv(path, float_precision="round_trip")
    x_raw = raw[features].to_numpy(dtype=np.float64)
    prep = Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", MinMaxScaler()),
                     ("pca", PCA(n_components=SHARE, svd_solver="full"))]).fit(x_raw)
    reduced = prep.transform(x_raw)
    pca = prep.named_steps["pca"]
    x_scaled = prep[:-1].transform(x_raw)
    mse = float(np.mean((x_scaled - pca.inverse_transform(reduced)) ** 2))
    init = reduced[init_rows]
    pipe = Pipeline(prep.steps + [("kmeans", KMeans(n_clusters=k, init=init, n_init=1, tol=0,
                                                    max_iter=300, algorithm="lloyd"))])
    pipe.fit(x_raw)
    km = pipe.named_steps["kmeans"]
    out = {
        "case": case,
        "features": features,
        "imputation": "median",
        "scaling": "minmax",
        "variance_share": SHARE,
        "n_components": int(pca.n_components_),
        "explained_variance": pca.explained_variance_.tolist(),
        "explained_variance_ratio": pca.explained_variance_ratio_.tolist(),
        "components": pca.components_.tolist(),
        "reconstruction_mse": mse,
        "k": k,
        "init_rows": init_rows,
        "init_centres": init.tolist(),
        "inertia": float(km.inertia_),
        "n_iter": int(km.n_iter_),
        "sizes": np.bincount(km.labels_, minlength=k).tolist(),
        "versions": {"sklearn": sklearn.__version__, "numpy": np.__version__},
    }
    with open(os.path.join(HERE, f"{case}.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    np.savetxt(os.path.join(HERE, f"{case}_labels.txt"), km.labels_, fmt="%d", header="label",
               comments="")
    print(f"{case}: {pca.n_components_} components, inertia {km.inertia_!r}, {km.n_iter_} iter")


if __name__ == "__main__":
    for name, (k, rows) in RUNS.items():
        run(name, k, rows)
