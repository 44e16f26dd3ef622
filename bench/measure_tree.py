"""Run a command and report its wall time, CPU seconds and the peak memory of its whole process tree.

Usage: python bench/measure_tree.py COMMAND [ARGS...]

For example, the whole run on 20,000 generated news articles with two workers::

    python bench/corpus.py 20000 /tmp/in20k/corpus.jsonl
    python bench/measure_tree.py .venv/bin/python -m toolkit analyze /tmp/in20k --out /tmp/out20k --workers 2

Prints one JSON line on standard error: ``wall_s``, ``cpu_s`` (user + system of the command and every child it
waited for), ``peak_tree_rss_mb`` (the largest sum of resident memory over the command and all its descendants,
sampled every 50 ms with psutil) and ``peak_single_rss_mb`` (the largest single process), with the load average
at start and end: on a shared machine wall times carry the load, CPU seconds and memory much less.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time

import psutil


def measure(cmd: list[str], interval: float = 0.05) -> dict[str, object]:
    """Run ``cmd`` to the end; return its figures (see the module docstring)."""
    load0 = os.getloadavg()
    c0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd)
    root = psutil.Process(proc.pid)
    peak = peak_single = 0
    while proc.poll() is None:
        try:
            rss = [p.memory_info().rss for p in (root, *root.children(recursive=True))]
            peak, peak_single = max(peak, sum(rss)), max(peak_single, max(rss))
        except psutil.Error:
            pass
        time.sleep(interval)
    wall = time.perf_counter() - t0
    c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (c1.ru_utime - c0.ru_utime) + (c1.ru_stime - c0.ru_stime)
    return {"rc": proc.returncode, "wall_s": round(wall, 1), "cpu_s": round(cpu, 1),
            "peak_tree_rss_mb": round(peak / 2**20), "peak_single_rss_mb": round(peak_single / 2**20),
            "load_start": [round(x, 2) for x in load0], "load_end": [round(x, 2) for x in os.getloadavg()]}  # fmt: skip


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    figures = measure(argv)
    print(json.dumps(figures), file=sys.stderr, flush=True)
    return int(figures["rc"])  # type: ignore[call-overload]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
