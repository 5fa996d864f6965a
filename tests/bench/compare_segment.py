#!/usr/bin/python3
"""Times the whole `gugus-cli segment` job against the scikit-learn notebook pipeline.

Both are whole processes on the same n x 18 Gaussian-blob CSV (the files of compare_sklearn.py),
run alternately (Gugus, Python, Gugus, ...) so that load from other work on the machine hits both
alike; prints the median wall time and peak memory (/usr/bin/time) of each and their ratio.

    /usr/bin/python3 tests/bench/compare_segment.py --build build --rows 300000 [--runs 5]

The Python pipeline is the one an analyst's notebook runs: pandas.read_csv, StandardScaler,
KMeans(k, n_init=1), silhouette_score(sample_size=10000), Calinski-Harabasz, Davies-Bouldin and
to_csv of the rows with their segment. Gugus: `gugus-cli segment FILE --k 5 --n-init 1 --out
labels.csv --summary summary.json --quiet` (read, prepare, K-Means, metrics, profiles, write).
With --mini-batch Gugus runs `--kmeans-algorithm minibatch`. For 10,000,000 rows, write the file
with make_blobs.cpp (pandas needs tens of minutes) and pass it with --csv, e.g.

    g++ -O2 -std=c++20 tests/bench/make_blobs.cpp -o /tmp/make_blobs
    /tmp/make_blobs 10000000 /tmp/gugus-bench/blobs_cpp_10000000.csv
    /usr/bin/python3 tests/bench/compare_segment.py --build build --no-python --runs 1 \
        --mini-batch --csv /tmp/gugus-bench/blobs_cpp_10000000.csv

(the CSV is 3.2 GB: delete it afterwards).
"""
import argparse
import os
import re
import statistics
import subprocess
import sys

from compare_sklearn import write_blobs

PIPELINE = r"""
import sys
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.metrics import calinski_harabasz_score, davies_bouldin_score, silhouette_score
from sklearn.preprocessing import StandardScaler
df = pd.read_csv(sys.argv[1])
x = StandardScaler().fit_transform(df.to_numpy())
labels = KMeans(n_clusters=int(sys.argv[3]), n_init=1, random_state=0).fit(x).labels_
silhouette_score(x, labels, sample_size=min(10000, len(x)), random_state=0)
calinski_harabasz_score(x, labels)
davies_bouldin_score(x, labels)
df["segment"] = labels
df.to_csv(sys.argv[2], index=False)
"""


def timed(command):
    """Wall seconds, peak resident MB and CPU seconds (user + system) of one process."""
    out = subprocess.run(["/usr/bin/time", "-f", "%e %M %U %S"] + command, check=True,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True).stderr
    seconds, kb, user, system = re.findall(r"^([\d.]+) (\d+) ([\d.]+) ([\d.]+)$", out, re.M)[-1]
    return float(seconds), int(kb) / 1024.0, float(user) + float(system)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default="build")
    parser.add_argument("--work", default="/tmp/gugus-bench")
    parser.add_argument("--rows", type=int, default=300_000)
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-python", action="store_true", help="time Gugus only")
    parser.add_argument("--cli", help="gugus-cli to time (default: BUILD/app/gugus-cli)")
    parser.add_argument("--csv", help="an n x 18 blob CSV to use instead of writing one")
    parser.add_argument("--no-warm", action="store_true",
                        help="skip the untimed first run that warms the page cache")
    parser.add_argument("--mini-batch", action="store_true",
                        help="Gugus runs mini-batch K-Means (--kmeans-algorithm minibatch)")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    csv = args.csv or write_blobs(args.work, args.rows)
    if args.csv:
        with open(csv, "rb") as f:
            args.rows = sum(1 for _ in f) - 1
    size_mb = os.path.getsize(csv) / 1e6
    cli = args.cli or os.path.join(args.build, "app", "gugus-cli")
    ours = [cli, "segment", csv, "--k", str(args.k), "--n-init", "1", "--quiet",
            "--out", os.path.join(args.work, "gugus_labels.csv"),
            "--summary", os.path.join(args.work, "gugus_summary.json")]
    if args.mini_batch:
        ours += ["--kmeans-algorithm", "minibatch"]
    theirs = [sys.executable, "-c", PIPELINE, csv, os.path.join(args.work, "sk_labels.csv"),
              str(args.k)]
    if not args.no_warm:
        timed(ours)  # warm the page cache
    runs = {"gugus": [], "python": []}
    for _ in range(args.runs):
        runs["gugus"].append(timed(ours))
        if not args.no_python:
            runs["python"].append(timed(theirs))
    print(f"{args.rows} x 18, k = {args.k}, CSV {size_mb:.0f} MB, {args.runs} runs each (median)")
    med = {}
    for side, values in runs.items():
        if values:
            med[side] = tuple(statistics.median(v[i] for v in values) for i in range(3))
            print(f"  {side:7s} {med[side][0]:7.2f} s  cpu {med[side][2]:7.2f} s  "
                  f"peak {med[side][1]:7.0f} MB  "
                  f"({med[side][1] / size_mb:.2f}x the CSV)  runs: "
                  + " ".join(f"{v[0]:.2f}" for v in values))
    if "python" in med:
        print(f"  speed-up {med['python'][0] / med['gugus'][0]:.1f}x wall, "
              f"{med['python'][2] / med['gugus'][2]:.1f}x cpu")


if __name__ == "__main__":
    main()
