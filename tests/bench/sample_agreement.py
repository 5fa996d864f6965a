#!/usr/bin/python3
"""How well segments trained on a 1 % sample agree with segments of all rows (docs/scale.md).

On one blob CSV (e.g. make_blobs.cpp's 10,000,000 x 18; its rows are independent draws, so the
first rows are a simple random sample of the file):
  1. train: `gugus-cli segment FILE --max-rows M --k K --model-out model.json` on the first
     M = fraction x n rows;
  2. score every row with that model: `gugus-cli score model.json FILE --out scored.csv`
     (what the exported SQL does inside a warehouse);
  3. segment all rows: mini-batch K-Means and full K-Means (Lloyd, n_init 1);
  4. the adjusted Rand index (scikit-learn) of the sample model's labels against each full-data
     labelling, and of the two full-data labellings against each other.
Prints wall time and peak memory (/usr/bin/time) of every gugus-cli process.

    /usr/bin/python3 tests/bench/sample_agreement.py --build build \\
        --csv /tmp/gugus-bench/blobs_cpp_10000000.csv [--fraction 0.01] [--k 5]

The labelled files are as large as the input: they are deleted at the end unless --keep.
--minibatch-labels reuses the labelled file of an earlier mini-batch run on all rows (e.g. the
--out of compare_segment.py --mini-batch) and --skip-lloyd leaves out the full K-Means, which on a
loaded machine take most of the time at 10,000,000 rows.
"""
import argparse
import os
import re
import subprocess

import pandas as pd
from sklearn.metrics import adjusted_rand_score


def timed(command):
    """Wall seconds and peak resident MB of one process."""
    out = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + command, check=True,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True).stderr
    seconds, kb = re.findall(r"^([\d.]+) (\d+)$", out, re.M)[-1]
    return float(seconds), int(kb) / 1024.0


def segments(path):
    return pd.read_csv(path, usecols=["segment"])["segment"].to_numpy()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default="build")
    parser.add_argument("--csv", required=True)
    parser.add_argument("--work", default="/tmp/gugus-bench")
    parser.add_argument("--fraction", type=float, default=0.01)
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--minibatch-labels", help="labelled CSV of a mini-batch run on all rows")
    parser.add_argument("--skip-lloyd", action="store_true")
    args = parser.parse_args()
    cli = os.path.join(args.build, "app", "gugus-cli")
    os.makedirs(args.work, exist_ok=True)
    with open(args.csv, "rb") as f:
        rows = sum(1 for _ in f) - 1
    sample = int(rows * args.fraction)
    path = lambda name: os.path.join(args.work, name)
    common = ["--k", str(args.k), "--seed", "0", "--quiet"]
    runs = {
        "train on the sample": [cli, "segment", args.csv, "--max-rows", str(sample),
                                "--model-out", path("sample_model.json")] + common,
        "score every row": [cli, "score", path("sample_model.json"), args.csv, "--out",
                            path("sample_scored.csv"), "--quiet"],
        "mini-batch K-Means, all rows": [cli, "segment", args.csv, "--kmeans-algorithm",
                                         "minibatch", "--out", path("all_minibatch.csv")] + common,
        "K-Means (Lloyd, n_init 1), all rows": [cli, "segment", args.csv, "--n-init", "1",
                                                "--out", path("all_lloyd.csv")] + common,
    }
    if args.minibatch_labels:
        del runs["mini-batch K-Means, all rows"]
    if args.skip_lloyd:
        del runs["K-Means (Lloyd, n_init 1), all rows"]
    print(f"{rows} rows, sample {sample} ({100 * args.fraction:g} %), k = {args.k}")
    print("| step | wall s | peak MB |\n|---|---:|---:|")
    for name, command in runs.items():
        seconds, mb = timed(command)
        print(f"| {name} | {seconds:.1f} | {mb:.0f} |")
    scored = segments(path("sample_scored.csv"))
    minibatch = segments(args.minibatch_labels or path("all_minibatch.csv"))
    print("\n| labels | against | ARI |\n|---|---|---:|")
    print(f"| sample model, every row scored | mini-batch on all rows | "
          f"{adjusted_rand_score(minibatch, scored):.5f} |")
    if not args.skip_lloyd:
        lloyd = segments(path("all_lloyd.csv"))
        print(f"| sample model, every row scored | K-Means on all rows | "
              f"{adjusted_rand_score(lloyd, scored):.5f} |")
        print(f"| mini-batch on all rows | K-Means on all rows | "
              f"{adjusted_rand_score(lloyd, minibatch):.5f} |")
    if not args.keep:
        for name in ("sample_scored.csv", "all_minibatch.csv", "all_lloyd.csv"):
            if os.path.exists(path(name)):
                os.remove(path(name))


if __name__ == "__main__":
    main()
