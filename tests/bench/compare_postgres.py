#!/usr/bin/python3
"""1,000,000 x 18 from PostgreSQL into a table: gugus-cli against pandas.read_sql + psycopg2.

Run inside the throwaway server of .ci/postgres.sh (it loads table wide_1m and sets GUGUS_TEST_PG):
    bash .ci/postgres.sh /usr/bin/python3 tests/bench/compare_postgres.py --build build

Gugus: `gugus-cli inspect --db URL --query "SELECT * FROM wide_1m" --json`, the whole command (the
process starts, connects, decodes COPY ... TO STDOUT (FORMAT binary) as it streams in, builds typed
columns with their statistics, prints the schema). With --csv-path also the same command with
`--type area=categorical` (the type it has anyway), which sends the result through the CSV path
(COPY in CSV, then the parallel CSV reader): the two paths under the same load. pandas: psycopg2.connect + pandas.read_sql of
the same query into a DataFrame (no statistics). With --floor also the server's binary COPY alone
(`psql -c "COPY (query) TO STDOUT (FORMAT binary)" > /dev/null`): what no client can beat. All
read the same server in the same run; the median of --repeat runs of each is reported, after one
warm-up run of each (the readers take turns), with the client's CPU time (user + system: the gugus-cli and psql processes,
the Python process for pandas; the server's is not counted).
"""
import argparse
import os
import resource
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


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_command(command):
    """Wall time, the command's CPU time (user + system) and its standard output."""
    cpu = children_cpu()
    start = time.perf_counter()
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    elapsed = time.perf_counter() - start
    return elapsed, children_cpu() - cpu, out


def time_gugus(cli, url, sql, extra=()):
    return time_command([cli, "inspect", "--db", url, "--query", sql, "--json", "--quiet",
                         *extra])


def time_psql(url, sql):
    return time_command(["psql", "-X", "-q", "-o", "/dev/null", url, "-c",
                         f"COPY ({sql}) TO STDOUT (FORMAT binary)"])


def time_pandas(url, sql):
    import pandas
    import psycopg2

    cpu = time.process_time()
    start = time.perf_counter()
    with psycopg2.connect(**connection_kwargs(url)) as conn:
        frame = pandas.read_sql(sql, conn)
    elapsed = time.perf_counter() - start
    return elapsed, time.process_time() - cpu, frame.shape


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default="build")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--table", default="wide_1m")
    parser.add_argument("--csv-path", action="store_true",
                        help="also time the CSV path (a forced column type selects it)")
    parser.add_argument("--floor", action="store_true",
                        help="also time the server's binary COPY alone (psql to /dev/null)")
    args = parser.parse_args()
    url = os.environ.get("GUGUS_TEST_PG")
    if not url:
        sys.exit("GUGUS_TEST_PG is not set: run through bash .ci/postgres.sh")
    cli = os.path.join(args.build, "app", "gugus-cli")
    sql = "SELECT * FROM " + args.table

    _, _, out = time_gugus(cli, url, sql)
    _, _, shape = time_pandas(url, sql)
    import json
    described = json.loads(out)
    print(f"gugus: {described['rows']} rows x {described['columns']} columns; "
          f"pandas: {shape[0]} rows x {shape[1]} columns")
    forced = ["--type", "area=categorical"]
    readers = {"gugus": lambda: time_gugus(cli, url, sql)[:2],
               "pandas": lambda: time_pandas(url, sql)[:2]}
    if args.csv_path:
        readers["csv"] = lambda: time_gugus(cli, url, sql, forced)[:2]
        readers["csv"]()
    if args.floor:
        readers["psql"] = lambda: time_psql(url, sql)[:2]
        readers["psql"]()
    # Interleaved, so that a change in the machine's load falls on every reader alike.
    runs = {key: [] for key in readers}
    for _ in range(args.repeat):
        for key, read in readers.items():
            runs[key].append(read())
    labels = {"gugus": "gugus-cli inspect --db",
              "pandas": "pandas.read_sql + psycopg2",
              "csv": "gugus-cli inspect --db, CSV path",
              "psql": "psql binary COPY alone (floor)"}
    medians = {}
    for key, measured in runs.items():
        walls = [w for w, _ in measured]
        cpus = [c for _, c in measured]
        medians[key] = statistics.median(walls)
        print(f"{labels[key]} (median of {args.repeat}): {medians[key]:.2f} s  "
              f"[{', '.join(f'{t:.2f}' for t in walls)}]  client CPU "
              f"{statistics.median(cpus):.2f} s [{', '.join(f'{t:.2f}' for t in cpus)}]")
    print(f"speed-up: {medians['pandas'] / medians['gugus']:.1f}x")


if __name__ == "__main__":
    main()
