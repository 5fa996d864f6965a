#!/usr/bin/python3
"""Times loading a CSV: `gugus-cli inspect` (read, type inference, every column's statistics)
against pandas.read_csv, alternately in the same run, as CPU seconds (user + system) and wall
seconds of whole processes, medians of the runs.

    /usr/bin/python3 tests/bench/compare_csv_load.py --build build --rows 1000000 --runs 5

The files are the n x 18 blobs of compare_sklearn.py. Both sides pay their start-up: an empty
`gugus-cli inspect` of a one-line file and `import pandas` alone are timed too and subtracted,
so the figures are the load itself. With --max-rows N, Gugus reads only the first N rows
(`--max-rows`) and pandas `nrows=N`.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys

from compare_sklearn import write_blobs


def timed(command):
    """Wall seconds and CPU seconds (user + system) of one process."""
    out = subprocess.run(["/usr/bin/time", "-f", "%e %U %S"] + command, check=True,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True).stderr
    wall, user, system = re.findall(r"^([\d.]+) ([\d.]+) ([\d.]+)$", out, re.M)[-1]
    return float(wall), float(user) + float(system)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default="build")
    parser.add_argument("--work", default="/tmp/gugus-bench")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--max-rows", type=int)
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    csv = write_blobs(args.work, args.rows)
    tiny = os.path.join(args.work, "one_row.csv")
    with open(tiny, "w") as f:
        f.write("a,b\n1,2\n")
    cli = os.path.join(args.build, "app", "gugus-cli")
    limit = [] if args.max_rows is None else ["--max-rows", str(args.max_rows)]
    nrows = "None" if args.max_rows is None else str(args.max_rows)
    sides = {
        "gugus": [cli, "inspect", csv, "--quiet"] + limit,
        "gugus start": [cli, "inspect", tiny, "--quiet"],
        "pandas": [sys.executable, "-c",
                   f"import sys, pandas; pandas.read_csv(sys.argv[1], nrows={nrows})", csv],
        "pandas start": [sys.executable, "-c", "import sys, pandas", csv],
    }
    timed(sides["gugus"])  # warm the page cache
    runs = {name: [] for name in sides}
    for _ in range(args.runs):
        for name, command in sides.items():
            runs[name].append(timed(command))
    med = {name: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v))
           for name, v in runs.items()}
    size_mb = os.path.getsize(csv) / 1e6
    print(f"{args.rows} x 18 ({size_mb:.0f} MB){'' if args.max_rows is None else f', first {args.max_rows} rows'}, "
          f"{args.runs} runs each, medians, start-up subtracted")
    load = {}
    for side in ("gugus", "pandas"):
        wall = med[side][0] - med[side + " start"][0]
        cpu = med[side][1] - med[side + " start"][1]
        load[side] = (wall, cpu)
        print(f"  {side:7s} wall {wall:6.2f} s  cpu {cpu:6.2f} s  "
              f"(start-up {med[side + ' start'][0]:.2f} s wall, {med[side + ' start'][1]:.2f} s cpu)"
              f"  runs: " + " ".join(f"{w:.2f}/{c:.2f}" for w, c in runs[side]))
    print(f"  pandas / gugus: {load['pandas'][0] / load['gugus'][0]:.1f}x wall, "
          f"{load['pandas'][1] / load['gugus'][1]:.1f}x cpu")


if __name__ == "__main__":
    main()
