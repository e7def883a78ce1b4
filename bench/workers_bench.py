"""Workers: throughput of `shopassist serve --workers N` for several N, and memory per worker.

    .venv/bin/python bench/workers_bench.py --data-dir DIR [--workers 1 2] [--sessions 20]
        [--minutes 1] [--rounds 1] [--copy]

DIR is a data dir with the catalog imported, the index built and models trained (it is written
to: chat sessions). For each round and each N (interleaved), the bench starts
`serve --workers N --ui-port 0` (N = 1: the one-process server), waits until every worker
has said it is ready, notes each process's resident memory (VmRSS) after loading, runs
bench/load_bench.py's shoppers against it for the given time, and notes the memory again.
Without --copy the server runs without the language model (turns are search, ranking and
dialogue only: what the workers themselves compute).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.load_bench import run_shoppers  # the load bench's shoppers and checks
from ui.testing import SHOPASSIST, free_port, site_env, stop_process


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        children = Path(f"/proc/{p}/task/{p}/children")
        if children.exists():
            todo += [int(c) for c in children.read_text().split()]
    return out


def _status_mb(pid: int, field: str) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except FileNotFoundError:
        pass
    return 0.0


def _workers_rss(pid: int, workers: int) -> list[float]:
    """Resident MB of each serving process (the supervisor of N > 1 left out: it serves none)."""
    tree = _tree(pid)
    procs = tree if workers == 1 else tree[1:]
    rss = sorted((_status_mb(p, "VmRSS") for p in procs), reverse=True)
    return [r for r in rss if r > 50][:workers]


def _start(data_dir: Path, workers: int, copy: bool, log_path: Path) -> tuple[Any, Any, str]:
    port = free_port()
    args = [SHOPASSIST, "serve", "--port", str(port)]
    if workers > 1:
        args += ["--workers", str(workers), "--ui-port", "0"]
    if not copy:
        args.append("--no-copy")
    env = site_env(data_dir, SHOPASSIST_RATE_LIMIT_PER_MINUTE="100000")
    env.pop("SHOPASSIST_DEMO_SIGN_IN", None)
    log = log_path.open("w")
    process = subprocess.Popen(args, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 600
    ready = re.compile(r"API worker \d+ ready" if workers > 1 else "shopassist is ready")
    while len(ready.findall(log_path.read_text())) < workers:
        if process.poll() is not None or time.monotonic() > deadline:
            code = process.poll()
            raise RuntimeError(f"serve did not start (exit {code}):\n{log_path.read_text()}")
        time.sleep(0.5)
    import httpx

    url = f"http://127.0.0.1:{port}"
    while True:
        try:
            if httpx.get(f"{url}/health", timeout=5).status_code == 200:
                return process, log, url
        except httpx.HTTPError:
            pass
        time.sleep(0.5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--minutes", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--copy", action="store_true", help="serve with the language model")
    args = parser.parse_args()

    rows: dict[int, list[dict[str, Any]]] = {n: [] for n in args.workers}
    for _ in range(args.rounds):
        for n in args.workers:
            log_path = args.data_dir / f"workers-bench-{n}.log"
            process, log, url = _start(args.data_dir, n, args.copy, log_path)
            try:
                loaded = _workers_rss(process.pid, n)
                started = time.perf_counter()
                stats = asyncio.run(run_shoppers(url, args.sessions, args.minutes, 10_000))
                elapsed = time.perf_counter() - started
                after = _workers_rss(process.pid, n)
            finally:
                stop_process(process, log, timeout_s=30)
            latency = sorted(stats["latency"]) or [float("nan")]
            rows[n].append(
                {
                    "rate": stats["turns"] / elapsed,
                    "p50": statistics.median(latency),
                    "p95": latency[min(len(latency) - 1, int(0.95 * len(latency)))],
                    "errors": sum(stats["errors"].values()) + len(stats["violations"]),
                    "loaded": loaded,
                    "after": after,
                }
            )
            print(f"workers {n}: {rows[n][-1]}", file=sys.stderr, flush=True)

    base = statistics.median(r["rate"] for r in rows[args.workers[0]])
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end; {os.cpu_count()} cores")
    print("| workers | turns/s (median) | x first | p50 / p95 s | errors | RSS per worker after "
          "load, MB | all workers, MB |")  # fmt: skip
    print("|---:|---:|---:|---|---:|---|---:|")
    for n, runs in rows.items():
        rate = statistics.median(r["rate"] for r in runs)
        last = runs[-1]
        per = ", ".join(f"{m:,.0f}" for m in last["after"])
        p50 = statistics.median(r["p50"] for r in runs)
        p95 = statistics.median(r["p95"] for r in runs)
        print(
            f"| {n} | {rate:.1f} | {rate / base:.2f}x | {p50:.2f} / {p95:.2f} | "
            f"{sum(r['errors'] for r in runs)} | {per} | {sum(last['after']):,.0f} |"
        )


if __name__ == "__main__":
    main()
