#!/usr/bin/python3
"""CPU seconds of each stage of one gugus-cli run, from its progress lines.

Runs the command (gugus-cli without --quiet), watches the "[stage] NN%" lines it writes on stderr
and reads the process's user + system time from /proc at each change of stage, so a busy machine
(other builds) changes the wall times but hardly the split. Prints one line per stage, in order:

    /usr/bin/python3 tests/bench/stage_cpu.py build/app/gugus-cli segment blobs_2000000.csv \
        --k 5 --n-init 1 --out labels.csv --summary summary.json

A stage's time runs from its first progress line to the next stage's first line; what comes
before the first line (start-up, opening the file) is "start", what follows the last is "end".
The resolution is one clock tick (10 ms) of /proc/PID/stat.
"""
import os
import re
import subprocess
import sys
import time

TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    """User + system time of the process (all its threads) so far; None once it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / TICK


def main():
    command = sys.argv[1:]
    if not command:
        sys.exit(__doc__)
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, bufsize=0)
    stages = []  # (name, cpu at its first line, wall at its first line)
    current = "start"
    stages.append((current, 0.0, 0.0))
    pending = b""
    while True:
        chunk = child.stderr.read(256)
        if not chunk:
            break
        pending += chunk
        lines = re.split(rb"[\r\n]", pending)
        pending = lines.pop()
        for line in lines:
            m = re.match(rb"\[([\w.-]+)\]", line)
            if m and m.group(1).decode() != current:
                cpu = cpu_seconds(child.pid)
                if cpu is not None:
                    current = m.group(1).decode()
                    stages.append((current, cpu, time.perf_counter() - start))
    # The last reading before the process ends: /proc keeps a zombie's times until it is reaped.
    usage = os.wait4(child.pid, 0)[2]
    total = usage.ru_utime + usage.ru_stime
    wall = time.perf_counter() - start
    stages.append(("end", total, wall))
    merged = {}
    order = []
    for (name, cpu, at), (_, next_cpu, next_at) in zip(stages, stages[1:]):
        if name not in merged:
            order.append(name)
            merged[name] = [0.0, 0.0]
        merged[name][0] += next_cpu - cpu
        merged[name][1] += next_at - at
    print(f"{'stage':16s} {'cpu s':>7s} {'wall s':>7s}")
    for name in order:
        print(f"{name:16s} {merged[name][0]:7.2f} {merged[name][1]:7.2f}")
    print(f"{'total':16s} {total:7.2f} {wall:7.2f}  peak {usage.ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
