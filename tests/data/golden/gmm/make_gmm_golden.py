#!/usr/bin/python3
"""Reference values for the Gaussian mixture (core/cluster/gmm), checked by
tests/core/test_gmm.cpp: scikit-learn 1.2's GaussianMixture for the four covariance types on the
public datasets, the bundled sample and a blobs set, from the same start as the engine.

The start: KMeans(init=rows of the scaled matrix, n_init=1) labels, turned into responsibilities
by GaussianMixture's own _initialize (the path of init_params="kmeans", only with the K-Means
centres given instead of drawn), so both sides start from the same weights, means and
covariances. The engine does the same with GmmInit::Given.

Per case and covariance type: score (mean log-likelihood per row), lower_bound_, BIC, AIC,
n_iter_, converged_, weights, the labels (a string of digits, k < 10) and the membership
probabilities of the first rows.

Run from the repository root with the public datasets in ../shared/data (absent ones are
skipped); blobs.csv is written here and committed:

    /usr/bin/python3 tests/data/golden/gmm/make_gmm_golden.py
"""
import json
import os
import sys
import types

import numpy as np
import sklearn
from sklearn.cluster import KMeans
from sklearn.datasets import make_blobs
from sklearn.mixture import GaussianMixture

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from make_golden import CASES, prepare, source_path  # noqa: E402

COVARIANCES = ["full", "diag", "spherical", "tied"]
PROBABILITY_ROWS = 5
# case -> k (the cases of make_golden.py: features, imputation and scaling as listed there)
RUNS = {"sample": 4, "cust_segmentation": 3, "cc_general": 4, "p1g6": 4, "fundfusion": 5,
        "blobs": 3}
BLOBS = {"n_samples": 600, "n_features": 4, "centers": 3, "cluster_std": [1.0, 2.0, 0.5],
         "random_state": 7}


def blobs_case():
    path = os.path.join(HERE, "blobs.csv")
    x, _ = make_blobs(**BLOBS)
    with open(path, "w", newline="\n") as f:
        f.write(",".join("f%d" % j for j in range(x.shape[1])) + "\n")
        for row in x:
            f.write(",".join("%.17g" % v for v in row) + "\n")
    return path, ["f%d" % j for j in range(x.shape[1])], "standard"


def init_rows(n, k):
    return [int(i * n // k) for i in range(k)]


def given_start(labels, k):
    """Replaces GaussianMixture._initialize_parameters: responsibilities from fixed labels."""
    def start(self, X, random_state):
        resp = np.zeros((X.shape[0], k))
        resp[np.arange(X.shape[0]), labels] = 1
        self._initialize(X, resp)
    return start


def run(name, k):
    if name == "blobs":
        path, features, scaling = blobs_case()
        source = "golden/gmm/blobs.csv"
    else:
        source, features, scaling, _ = CASES[name]
        path = source_path(source)
        if not os.path.exists(path):
            print(f"skip {name}: {path} absent")
            return
        source = os.path.basename(path)
    x, _, _, _ = prepare(path, features, scaling)
    rows = init_rows(x.shape[0], k)
    km = KMeans(n_clusters=k, init=x[rows], n_init=1, algorithm="lloyd").fit(x)
    out = {"case": name, "source": source, "features": features, "imputation": "median",
           "scaling": scaling, "k": k, "rows": int(x.shape[0]), "init_rows": rows,
           "kmeans_sizes": np.bincount(km.labels_, minlength=k).tolist(), "runs": {},
           "versions": {"sklearn": sklearn.__version__, "numpy": np.__version__}}
    for cov in COVARIANCES:
        gm = GaussianMixture(n_components=k, covariance_type=cov, n_init=1, random_state=0)
        gm._initialize_parameters = types.MethodType(given_start(km.labels_, k), gm)
        labels = gm.fit_predict(x)
        out["runs"][cov] = {
            "log_likelihood": float(gm.score(x)),
            "lower_bound": float(gm.lower_bound_),
            "bic": float(gm.bic(x)),
            "aic": float(gm.aic(x)),
            "n_iter": int(gm.n_iter_),
            "converged": bool(gm.converged_),
            "weights": [float(w) for w in gm.weights_],
            "sizes": np.bincount(labels, minlength=k).tolist(),
            "labels": "".join(str(int(v)) for v in labels),
            "probabilities": gm.predict_proba(x[:PROBABILITY_ROWS]).tolist(),
        }
        print(f"{name} {cov}: score {gm.score(x)!r}, {gm.n_iter_} iter, "
              f"converged {gm.converged_}")
    with open(os.path.join(HERE, f"{name}.json"), "w", newline="\n") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    for case, k in RUNS.items():
        run(case, k)
