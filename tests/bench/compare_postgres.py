#!/usr/bin/python3
"""1,000,000 x 18 from PostgreSQL into a table: gugus-cli against pandas.read_sql + psycopg2.

Run inside the throwaway server of .ci/postgres.sh (it loads table wide_1m and sets GUGUS_TEST_PG):
    bash .ci/postgres.sh /usr/bin/python3 tests/bench/compare_postgres.py --build build

Gugus: `gugus-cli inspect --db URL --query "SELECT * FROM wide_1m" --json`, the whole command (the
process starts, connects, decodes COPY ... TO STDOUT (FORMAT binary) as it streams in, builds typed
columns with their statistics, prints the schema). With --csv-path also the same command with
`--type area=categorical` (the type it has anyway), which sends the result through the CSV path
(COPY in CSV, then the parallel CSV reader): the two paths under the same load. pandas: psycopg2.connect + pandas.read_sql of
the same query into a DataFrame (no statistics). Both read the same server in the same run; the
median of --repeat runs of each is reported, after one warm-up run of each.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time
import urllib.parse


def connection_kwargs(url):
    u = urllib.parse.urlparse(url)
    query = urllib.parse.parse_qs(u.query)
    return {
        "host": query.get("host", [u.hostname or ""])[0],
        "port": u.port,
        "dbname": u.path.lstrip("/"),
        "user": u.username,
    }


def time_gugus(cli, url, sql, extra=()):
    start = time.perf_counter()
    out = subprocess.run([cli, "inspect", "--db", url, "--query", sql, "--json", "--quiet",
                          *extra], check=True, capture_output=True, text=True).stdout
    elapsed = time.perf_counter() - start
    return elapsed, out


def time_pandas(url, sql):
    import pandas
    import psycopg2

    start = time.perf_counter()
    with psycopg2.connect(**connection_kwargs(url)) as conn:
        frame = pandas.read_sql(sql, conn)
    elapsed = time.perf_counter() - start
    return elapsed, frame.shape


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default="build")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--table", default="wide_1m")
    parser.add_argument("--csv-path", action="store_true",
                        help="also time the CSV path (a forced column type selects it)")
    args = parser.parse_args()
    url = os.environ.get("GUGUS_TEST_PG")
    if not url:
        sys.exit("GUGUS_TEST_PG is not set: run through bash .ci/postgres.sh")
    cli = os.path.join(args.build, "app", "gugus-cli")
    sql = "SELECT * FROM " + args.table

    _, out = time_gugus(cli, url, sql)
    _, shape = time_pandas(url, sql)
    import json
    described = json.loads(out)
    print(f"gugus: {described['rows']} rows x {described['columns']} columns; "
          f"pandas: {shape[0]} rows x {shape[1]} columns")
    gugus = [time_gugus(cli, url, sql)[0] for _ in range(args.repeat)]
    pandas_times = [time_pandas(url, sql)[0] for _ in range(args.repeat)]
    forced = ["--type", "area=categorical"]
    csv_times = [time_gugus(cli, url, sql, forced)[0] for _ in range(args.repeat)] \
        if args.csv_path else []
    g = statistics.median(gugus)
    p = statistics.median(pandas_times)
    print(f"gugus-cli inspect --db (median of {args.repeat}): {g:.2f} s  "
          f"[{', '.join(f'{t:.2f}' for t in gugus)}]")
    print(f"pandas.read_sql + psycopg2 (median of {args.repeat}): {p:.2f} s  "
          f"[{', '.join(f'{t:.2f}' for t in pandas_times)}]")
    if csv_times:
        c = statistics.median(csv_times)
        print(f"gugus-cli inspect --db, CSV path (median of {args.repeat}): {c:.2f} s  "
              f"[{', '.join(f'{t:.2f}' for t in csv_times)}]")
    print(f"speed-up: {p / g:.1f}x")


if __name__ == "__main__":
    main()
