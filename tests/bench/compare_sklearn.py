#!/usr/bin/python3
"""Times Gugus against pandas / scikit-learn on the same data, on this machine, in one run.

Writes n x 18 Gaussian-blob CSV files (5 centres, fixed seed) into a work folder, times the
Python reference (Debian's python3-sklearn 1.2.1, python3-pandas), runs the Google Benchmark
executable on the same files (GUGUS_BENCH_DATA) and prints a Markdown table with the ratios.

    /usr/bin/python3 tests/bench/compare_sklearn.py --build build [--work /tmp/gugus-bench]

Both sides use every core (scikit-learn through OpenMP/BLAS threads, Gugus through OpenMP).
"""
import argparse
import json
import os
import subprocess
import time

import numpy as np
import pandas as pd
import sklearn
from sklearn.cluster import DBSCAN, AgglomerativeClustering, KMeans
from sklearn.decomposition import PCA
from sklearn.neighbors import NearestNeighbors
from sklearn.metrics import (calinski_harabasz_score, davies_bouldin_score,
                             silhouette_score)

SIZES = [10_000, 20_000, 100_000, 1_000_000]
DIMS = 18
CENTRES = 5


def write_blobs(work, n):
    path = os.path.join(work, f"blobs_{n}.csv")
    if not os.path.exists(path):
        rng = np.random.default_rng(42)
        centres = 10.0 * (rng.random((CENTRES, DIMS)) - 0.5)
        which = rng.integers(0, CENTRES, n)
        x = centres[which] + 1.5 * rng.standard_normal((n, DIMS))
        pd.DataFrame(x, columns=[f"f{j}" for j in range(DIMS)]).to_csv(
            path, index=False, float_format="%.10g")
    return path


def timed(fn):
    start = time.perf_counter()
    fn()
    return 1000.0 * (time.perf_counter() - start)


def sweep(x):
    for k in range(2, 11):
        labels = KMeans(n_clusters=k, n_init=10, random_state=0).fit(x).labels_
        silhouette_score(x, labels, sample_size=min(10_000, len(x)), random_state=0)
        calinski_harabasz_score(x, labels)
        davies_bouldin_score(x, labels)


def python_times(work):
    times = {}
    data = {}
    for n in SIZES:
        path = write_blobs(work, n)
        times[("CsvLoad", n)] = timed(lambda: pd.read_csv(path))
        data[n] = pd.read_csv(path).to_numpy()
    for n in [10_000, 100_000, 1_000_000]:
        x = data[n]
        times[("KMeansFit", n)] = timed(
            lambda: KMeans(n_clusters=5, n_init=10, random_state=0).fit(x))
        times[("LloydIteration", n)] = timed(
            lambda: KMeans(n_clusters=5, init=x[:5], n_init=1, max_iter=1).fit(x))
        times[("Pca", n)] = timed(lambda: PCA(svd_solver="full").fit_transform(x))
    for n in [10_000, 100_000]:
        times[("KSweep", n)] = timed(lambda: sweep(data[n]))
    for n in [10_000, 20_000]:
        x = data[n]
        labels = KMeans(n_clusters=5, n_init=1, random_state=0).fit(x).labels_
        times[("SilhouetteExact", n)] = timed(lambda: silhouette_score(x, labels))
    # Ward on 100k rows is not run: SciPy's distance matrix would need 100k^2/2 doubles = 40 GB.
    times[("Ward", 20_000)] = timed(
        lambda: AgglomerativeClustering(n_clusters=5, linkage="ward").fit(data[20_000]))
    times[("Dbscan", 100_000)] = timed(lambda: DBSCAN(eps=5.6, min_samples=10).fit(data[100_000]))
    times[("KDistance", 100_000)] = timed(
        lambda: NearestNeighbors(n_neighbors=10).fit(data[100_000]).kneighbors(data[100_000]))
    return times


def gugus_times(build, work):
    exe = os.path.join(build, "tests", "bench", "gugus_bench_engine")
    env = dict(os.environ, GUGUS_BENCH_DATA=work)
    out = subprocess.run([exe, "--benchmark_format=json"], env=env, check=True,
                         capture_output=True, text=True).stdout
    times = {}
    for b in json.loads(out)["benchmarks"]:
        name, arg = b["name"].split("/")[:2]
        assert b["time_unit"] == "ms"
        times[(name.removeprefix("BM_"), int(arg))] = b["real_time"]
    return times


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default="build")
    parser.add_argument("--work", default="/tmp/gugus-bench")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    py = python_times(args.work)
    gu = gugus_times(args.build, args.work)
    print(f"scikit-learn {sklearn.__version__}, pandas {pd.__version__}, numpy {np.__version__}, "
          f"{os.cpu_count()} cores\n")
    print("| operation | rows x 18 | Gugus (ms) | reference (ms) | reference | speed-up |")
    print("|---|---:|---:|---:|---|---:|")
    refs = {"Ward": "AgglomerativeClustering(ward)", "Dbscan": "DBSCAN(5.6, 10)",
            "KDistance": "NearestNeighbors(10).kneighbors", "CsvLoad": "pandas.read_csv", "KMeansFit": "KMeans(5, n_init=10)",
            "LloydIteration": "KMeans(max_iter=1)", "KSweep": "k=2..10 + metrics",
            "SilhouetteExact": "silhouette_score", "Pca": "PCA(full)"}
    # Benchmarks with their own script (compare_gmm.py) are left out here.
    for key in sorted((k for k in gu if k[0] in refs), key=lambda k: (list(refs).index(k[0]), k[1])):
        ref = py.get(key)
        ratio = f"{ref / gu[key]:.1f}x" if ref else ""
        ref_text = f"{ref:.0f}" if ref else ""
        print(f"| {key[0]} | {key[1]:,} | {gu[key]:.0f} | {ref_text} | {refs[key[0]]} | {ratio} |")


if __name__ == "__main__":
    main()
