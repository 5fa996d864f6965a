#!/usr/bin/python3
"""Mini-batch K-Means in Gugus against scikit-learn's MiniBatchKMeans and full K-Means.

On the n x 18 Gaussian-blob CSV of compare_sklearn.py (5 centres, fixed seed), standardised as
`gugus-cli segment` prepares it, for each seed: scikit-learn 1.2's KMeans(k, n_init=3) and
MiniBatchKMeans(k, n_init=3, batch_size=B) on StandardScaler output, and `gugus-cli segment FILE
--k k --n-init 3 --seed S [--kmeans-algorithm minibatch --batch-size B]`. Prints each inertia on
the whole data, its ratio to the same seed's full K-Means of the same tool and to scikit-learn's
full K-Means, the mini-batch steps, and the times (scikit-learn: the fit alone; Gugus: the whole
process, reading and writing included).

    /usr/bin/python3 tests/bench/compare_minibatch.py --build build [--rows 1000000] [--seeds 0 1 2]

The random streams differ (numpy's RandomState against ours), so the two mini-batch runs draw other
batches: compare the ratios, not the digits.
"""
import argparse
import json
import os
import subprocess
import time

import pandas as pd
import sklearn
from sklearn.cluster import KMeans, MiniBatchKMeans
from sklearn.preprocessing import StandardScaler

from compare_sklearn import write_blobs


def gugus_run(cli, csv, work, k, seed, batch):
    summary = os.path.join(work, "minibatch_summary.json")
    command = [cli, "segment", csv, "--k", str(k), "--n-init", "3", "--seed", str(seed),
               "--summary", summary, "--quiet"]
    if batch:
        command += ["--kmeans-algorithm", "minibatch", "--batch-size", str(batch)]
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    with open(summary, encoding="utf-8") as f:
        s = json.load(f)
    return s["metrics"]["inertia"], s["kmeans"].get("steps", 0), seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default="build")
    parser.add_argument("--work", default="/tmp/gugus-bench")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=1024)
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    csv = write_blobs(args.work, args.rows)
    cli = os.path.join(args.build, "app", "gugus-cli")
    x = StandardScaler().fit_transform(pd.read_csv(csv).to_numpy())
    print(f"{args.rows} x 18 blobs, k = {args.k}, batch {args.batch_size}, n_init 3, "
          f"scikit-learn {sklearn.__version__}")
    print("| seed | tool | algorithm | inertia | / same tool full | / sklearn full | steps "
          "| seconds |")
    print("|---|---|---|---|---|---|---|---|")
    worst = 0.0
    for seed in args.seeds:
        start = time.perf_counter()
        full = KMeans(args.k, n_init=3, random_state=seed).fit(x)
        full_s = time.perf_counter() - start
        start = time.perf_counter()
        mb = MiniBatchKMeans(args.k, n_init=3, batch_size=args.batch_size,
                             random_state=seed).fit(x)
        mb_s = time.perf_counter() - start
        g_full, _, g_full_s = gugus_run(cli, csv, args.work, args.k, seed, 0)
        g_mb, g_steps, g_mb_s = gugus_run(cli, csv, args.work, args.k, seed, args.batch_size)
        rows = [("scikit-learn", "full", full.inertia_, full.inertia_, 0, full_s),
                ("scikit-learn", "mini-batch", mb.inertia_, full.inertia_, mb.n_steps_, mb_s),
                ("gugus", "full", g_full, g_full, 0, g_full_s),
                ("gugus", "mini-batch", g_mb, g_full, g_steps, g_mb_s)]
        for tool, algorithm, inertia, own_full, steps, seconds in rows:
            print(f"| {seed} | {tool} | {algorithm} | {inertia:.6g} | {inertia / own_full:.4f} "
                  f"| {inertia / full.inertia_:.4f} | {steps or ''} | {seconds:.2f} |")
        worst = max(worst, g_mb / g_full - 1.0)
    print(f"\nGugus mini-batch: at most {100 * worst:.2f} % above its full K-Means")


if __name__ == "__main__":
    main()
