#!/usr/bin/python3
"""Reading an .xlsx workbook: gugus-cli against pandas.read_excel (openpyxl), same file, same run.

    /usr/bin/python3 tests/bench/compare_xlsx.py --build build [--rows 100000] [--dir /tmp/gugus-xlsx]

Writes ROWS x 18 (15 numeric columns, 2 labels, a customer id) with openpyxl's write-only mode, then
times `gugus-cli inspect FILE --json --quiet` (the whole process: read, type, summarise) and
pandas.read_excel(FILE) (read only), best of 3 each, and prints one Markdown table row.
"""
import argparse
import os
import random
import subprocess
import time

import openpyxl
import pandas


def write_workbook(path, rows):
    rng = random.Random(42)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Nasabah")
    ws.append(["CUST_ID", "Area", "Jalur"] + [f"x{j}" for j in range(15)])
    areas = ["Jakarta", "Bandung", "Surabaya", "Medan", "Makassar"]
    channels = ["Cabang", "Online", "Telemarketing"]
    for i in range(rows):
        ws.append([100000 + i, rng.choice(areas), rng.choice(channels)] +
                  [round(rng.gauss(50, 15), 3) for _ in range(15)])
    wb.save(path)


def best_of(n, f):
    times = []
    for _ in range(n):
        start = time.perf_counter()
        f()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default="build")
    parser.add_argument("--rows", type=int, default=100000)
    parser.add_argument("--dir", default="/tmp/gugus-xlsx")
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    path = os.path.join(args.dir, f"customers_{args.rows}.xlsx")
    if not os.path.exists(path):
        write_workbook(path, args.rows)
    cli = os.path.join(args.build, "app", "gugus-cli")
    gugus = best_of(3, lambda: subprocess.run([cli, "inspect", path, "--json", "--quiet"],
                                              check=True, stdout=subprocess.DEVNULL))
    pandas_ms = best_of(3, lambda: pandas.read_excel(path))
    size = os.path.getsize(path) / 2**20
    print(f"| read .xlsx | {args.rows:,} x 18 ({size:.1f} MiB) | {gugus:.0f} | {pandas_ms:.0f} | "
          f"pandas.read_excel (openpyxl {openpyxl.__version__}) | {pandas_ms / gugus:.1f}x |")


if __name__ == "__main__":
    main()
