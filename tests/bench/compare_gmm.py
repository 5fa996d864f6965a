#!/usr/bin/python3
"""Times Gugus' Gaussian mixture against scikit-learn's GaussianMixture on the same data, in one
run: full covariances, k = 5, on the 100,000 x 18 blobs of compare_sklearn.py.

Both sides start from the same K-Means labels (KMeans from rows 0, n/5, ... with n_init=1,
turned into responsibilities by GaussianMixture's own _initialize), so they run the same EM
iterations; the script prints both iteration counts, the times, the log-likelihoods and the
ratio. scikit-learn runs its default fit (init_params="kmeans", random_state=0) as well.

    /usr/bin/python3 tests/bench/compare_gmm.py --build build [--work /tmp/gugus-bench]
"""
import argparse
import json
import os
import subprocess
import sys
import types

import numpy as np
import pandas as pd
import sklearn
from sklearn.cluster import KMeans
from sklearn.mixture import GaussianMixture

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare_sklearn import timed, write_blobs  # noqa: E402

N = 100_000
K = 5


def given_start(labels):
    def start(self, X, random_state):
        resp = np.zeros((X.shape[0], K))
        resp[np.arange(X.shape[0]), labels] = 1
        self._initialize(X, resp)
    return start


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default="build")
    parser.add_argument("--work", default="/tmp/gugus-bench")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    x = pd.read_csv(write_blobs(args.work, N)).to_numpy()
    rows = [i * N // K for i in range(K)]
    kmeans_ms = timed(lambda: KMeans(n_clusters=K, init=x[rows], n_init=1).fit(x))
    labels = KMeans(n_clusters=K, init=x[rows], n_init=1).fit(x).labels_
    gm = GaussianMixture(n_components=K, covariance_type="full", random_state=0)
    gm._initialize_parameters = types.MethodType(given_start(labels), gm)
    sk_ms = timed(lambda: gm.fit(x))
    default = GaussianMixture(n_components=K, covariance_type="full", random_state=0)
    default_ms = timed(lambda: default.fit(x))

    exe = os.path.join(args.build, "tests", "bench", "gugus_bench_engine")
    env = dict(os.environ, GUGUS_BENCH_DATA=args.work)
    out = subprocess.run([exe, "--benchmark_filter=GmmFit", "--benchmark_format=json"], env=env,
                         check=True, capture_output=True, text=True).stdout
    bench = json.loads(out)["benchmarks"][0]
    assert bench["time_unit"] == "ms"
    gu_ms = bench["real_time"]
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}\n")
    print("| fit (full, k = 5, 100,000 x 18) | EM iterations | time (ms) | speed-up |")
    print("|---|---:|---:|---:|")
    print(f"| Gugus fitGmm, same start (incl. its K-Means) | {int(bench['iterations'])} | "
          f"{gu_ms:.0f} | {(sk_ms + kmeans_ms) / gu_ms:.1f}x |")
    print(f"| GaussianMixture, same start (its K-Means {kmeans_ms:.0f} ms + EM {sk_ms:.0f} ms) | "
          f"{gm.n_iter_} | {sk_ms + kmeans_ms:.0f} | |")
    print(f"| GaussianMixture default (init_params=kmeans, random_state=0) | {default.n_iter_} | "
          f"{default_ms:.0f} | |")
    print(f"\nscikit-learn score (same start): {gm.score(x)!r}")


if __name__ == "__main__":
    main()
