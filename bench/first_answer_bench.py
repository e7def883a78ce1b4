"""Fresh worker: seconds from starting `shopassist serve` to its first chat answer (#18 point 2).

    .venv/bin/python bench/first_answer_bench.py DATA_DIR [--runs 5] [--copy] [--api-worker]
        [--set SHOPASSIST_LANCEDB_URI=DATA_DIR/lance ...]

DATA_DIR is a data dir with the catalog imported, the index built and models trained (it is
written to: chat sessions and the server's log). Each run starts `shopassist -v serve` on a free
loopback port (the web UI and the REST API in one process) or, with ``--api-worker``, one API
worker as each of `serve --workers N`'s runs (uvicorn with `ui.workers.create_api_worker`: the
REST API without the web UI; logging at INFO so its startup lines show), polls
``/health`` until it answers 200, sends one ``POST /chat`` as a browser or the load bench does
(``{"message": ...}``, a new anonymous session), checks that the answer has picks, then sends a
second message in the same session. It prints, per run and as medians: process start -> ready
(health 200), -> first answer, the second answer's latency, and the CPU seconds the server
process used until its first answer (user + system: what the start costs, whatever the load);
then the per-phase seconds the worker logged (``startup: ...`` lines of
`ui.compose.build_services`) and the load average before and after each run. The server is
stopped after each run, also on errors.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ui.testing import SHOPASSIST, free_port, site_env, stop_process, wait_healthy
from ui.workers import WorkerOptions

FIRST = "waterproof mascara"
SECOND = "cheaper"
PHASE = re.compile(
    r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) INFO ui\.compose: startup: (.+?) ([\d.]+) s$"
)
"""A timing line `ui.compose.build_services` logs at INFO: ``startup: <phase> <seconds> s``."""
TIMEOUT_S = 300.0


API_WORKER = """
import logging, sys
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
import uvicorn
uvicorn.run("ui.workers:create_api_worker", factory=True, host="127.0.0.1",
            port=int(sys.argv[1]), log_level="warning")
"""
"""One API worker of `serve --workers N` (`ui.workers.FACTORY`), logging at INFO."""


def _args(port: int, copy: bool, api_worker: bool) -> list[str]:
    if api_worker:
        return [sys.executable, "-c", API_WORKER, str(port)]
    args = [SHOPASSIST, "-v", "serve", "--port", str(port)]
    return args if copy else [*args, "--no-copy"]


def _chat(client: Any, message: str, session_id: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"message": message}
    if session_id:
        body["session_id"] = session_id
    response = client.post("/chat", json=body, timeout=TIMEOUT_S)
    if response.status_code != 200:
        raise RuntimeError(f"/chat answered {response.status_code}: {response.text[:300]}")
    return response.json()


def _phases(log_text: str, started_wall: float) -> dict[str, float]:
    """Phase name -> seconds from the worker's ``startup:`` lines; ``(logged at)`` is when
    the first one was written, in seconds after the process started."""
    out: dict[str, float] = {}
    for line in log_text.splitlines():
        m = PHASE.match(line)
        if not m:
            continue
        out[m.group(2)] = float(m.group(3))
        if "(first line at)" not in out:
            at = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S,%f").timestamp()
            out["(first line at)"] = at - started_wall
    return out


def _cpu_s(pid: int) -> float:
    """CPU seconds (user + system) ``pid`` has used so far: the work a start costs, whatever
    else the cores are doing (wall time grows with the load average; this barely does)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` in MB (VmRSS)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def one_run(
    data_dir: Path, *, copy: bool, api_worker: bool, settings: dict[str, str] | None = None
) -> dict[str, Any]:
    """Start a server (``settings``: further SHOPASSIST_* variables), time its first two
    answers, stop it; the numbers of this run."""
    import httpx

    port = free_port()
    log_path = data_dir / f"first-answer-{port}.log"
    env = site_env(data_dir, SHOPASSIST_RATE_LIMIT_PER_MINUTE="100000")
    env.pop("SHOPASSIST_DEMO_SIGN_IN", None)
    env.update(settings or {})
    if api_worker:
        env.update(WorkerOptions(with_copy=copy).to_env())
    load_before = os.getloadavg()[0]
    log = log_path.open("w")
    started_wall, started = time.time(), time.perf_counter()
    process = subprocess.Popen(
        _args(port, copy, api_worker), env=env, stdout=log, stderr=subprocess.STDOUT
    )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
            url = f"http://127.0.0.1:{port}/health"
            if not wait_healthy(url, process, timeout_s=TIMEOUT_S, every_s=0.05):
                raise RuntimeError(f"serve exited ({process.returncode}):\n{log_path.read_text()}")
            ready = time.perf_counter() - started
            first = _chat(client, FIRST)
            answered = time.perf_counter() - started
            cpu, rss = _cpu_s(process.pid), _rss_mb(process.pid)
            if not first.get("picks"):
                raise RuntimeError(f"the first answer has no picks: {first.get('reply')!r}")
            t0 = time.perf_counter()
            _chat(client, SECOND, first["session_id"])
            second = time.perf_counter() - t0
    finally:
        stop_process(process, log, timeout_s=30)
    text = log_path.read_text()
    log_path.unlink()
    return {
        "ready": ready,
        "first": answered,
        "second": second,
        "cpu": cpu,
        "rss": rss,
        "picks": len(first["picks"]),
        "copy": sum(1 for p in first["picks"] if p.get("copy")),
        "phases": _phases(text, started_wall),
        "load": (load_before, os.getloadavg()[0]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--copy", action="store_true", help="serve with the language model")
    parser.add_argument(
        "--api-worker", action="store_true", help="one API worker of serve --workers N"
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="SHOPASSIST_X=VALUE",
        help="a further setting for the server, e.g. SHOPASSIST_LANCEDB_URI=DATA_DIR/lance",
    )
    args = parser.parse_args()
    settings = dict(item.split("=", 1) for item in args.set)
    if bad := [k for k in settings if not k.startswith("SHOPASSIST_")]:
        parser.error(f"--set: expected SHOPASSIST_NAME=VALUE, got {bad[0]!r}")

    runs = []
    for i in range(args.runs):
        run = one_run(args.data_dir, copy=args.copy, api_worker=args.api_worker, settings=settings)
        runs.append(run)
        print(
            f"run {i + 1}: ready {run['ready']:.2f} s, first answer {run['first']:.2f} s "
            f"({run['picks']} picks, {run['copy']} with copy, {run['cpu']:.1f} CPU s), "
            f"second {run['second']:.2f} s; "
            f"load {run['load'][0]:.1f} -> {run['load'][1]:.1f}",
            file=sys.stderr,
            flush=True,
        )

    def med(key: str) -> float:
        return statistics.median(r[key] for r in runs)

    loads = [x for r in runs for x in r["load"]]
    mode = ("with copy" if args.copy else "--no-copy") + (
        ", one API worker" if args.api_worker else ", one process (web UI + API)"
    )
    print(f"\nserve {mode}: {len(runs)} runs; load average {min(loads):.1f}-{max(loads):.1f}; "
          f"{os.cpu_count()} cores")  # fmt: skip
    print("| measure | median | runs |")
    print("|---|---:|---|")
    for key, label, unit in (
        ("ready", "process start -> ready (/health 200)", "s"),
        ("first", "process start -> first answer with picks", "s"),
        ("cpu", "CPU of the server process until the first answer", "s"),
        ("rss", "resident memory after the first answer", "MB"),
        ("second", "second answer (same session)", "s"),
    ):
        each = ", ".join(f"{r[key]:.2f}" for r in runs)
        print(f"| {label} | {med(key):.2f} {unit} | {each} |")
    names = list(dict.fromkeys(n for r in runs for n in r["phases"]))
    for name in names:
        values = [r["phases"][name] for r in runs if name in r["phases"]]
        each = ", ".join(f"{v:.2f}" for v in values)
        print(f"| worker log: {name} | {statistics.median(values):.2f} s | {each} |")


if __name__ == "__main__":
    main()
