"""Load test: concurrent chat sessions against `shopassist serve` on loopback, bounded in time
and count, stopping by itself.

    .venv/bin/python bench/load_bench.py --data-dir DIR [--sessions 50] [--minutes 5]

DIR is a data dir with the catalog imported, the index built and models trained (for example
the one `shopassist demo` made). The server runs with the default CPU language model. Each
session is an anonymous shopper on its own chat, cycling through a search (answering a
clarifying question when asked), "cheaper", "compare the first two" and "show me more options",
then starting a new chat.
Checked on every turn: HTTP 200, the reply names the session's own session id, and a comparison
lists exactly the first two picks that *this* session was last shown (any other session's state
would show up as a mismatch). Printed: turns, errors, isolation violations, turn latency
p50/p95/max, and the server's peak memory (VmHWM from /proc).
"""

from __future__ import annotations

import argparse
import asyncio
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ui.testing import SHOPPER_NEEDS, free_port, running_site

QUESTION = re.compile(r"([\w-]+) or [\w\s-]+\?")


class Session:
    """One simulated shopper and what it saw."""

    def __init__(self, n: int) -> None:
        self.need = SHOPPER_NEEDS[n % len(SHOPPER_NEEDS)]
        self.session_id: str | None = None
        self.picks: list[str] = []
        self.step = 0


async def _turn(client: Any, s: Session, message: str, stats: dict[str, Any]) -> dict | None:
    body: dict[str, Any] = {"message": message}
    if s.session_id:
        body["session_id"] = s.session_id
    t0 = time.perf_counter()
    try:
        response = await client.post("/chat", json=body, timeout=600)
    except Exception as e:
        stats["errors"][type(e).__name__] += 1
        return None
    stats["latency"].append(time.perf_counter() - t0)
    stats["started"].append(t0 - stats["t0"])
    if response.status_code != 200:
        stats["errors"][str(response.status_code)] += 1
        return None
    data = response.json()
    if s.session_id and data["session_id"] != s.session_id:
        stats["violations"].append(("session id", s.session_id, data["session_id"]))
    s.session_id = data["session_id"]
    stats["turns"] += 1
    return data


async def _shopper(client: Any, s: Session, deadline: float, max_turns: int, stats: dict) -> None:
    turns = 0
    while time.monotonic() < deadline and turns < max_turns:
        step = s.step % 4
        if step == 0:  # a new shopper arrives: a fresh chat (constraints do not pile up)
            s.session_id, s.picks = None, []
        message = [s.need, "cheaper", "compare the first two", "show me more options"][step]
        data = await _turn(client, s, message, stats)
        turns += 1
        s.step += 1
        if data is None:
            continue
        question = QUESTION.search(data.get("question") or data["reply"])
        if step == 0 and not data["picks"] and question:
            data = await _turn(client, s, question.group(1), stats)
            turns += 1
            if data is None:
                continue
        if step == 2 and data.get("table") and len(s.picks) >= 2:
            compared = [row["id"] for row in data["table"]]
            if compared != s.picks[:2]:
                stats["violations"].append(("compare", s.picks[:2], compared))
        if data["picks"]:
            s.picks = [p["id"] for p in data["picks"]]
            stats["copies"]["with copy" if any(p["copy"] for p in data["picks"]) else "none"] += 1


def _peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def run_shoppers(url: str, sessions: int, minutes: float, max_turns: int) -> dict[str, Any]:
    """``sessions`` shoppers chatting with the site at ``url`` for ``minutes`` (at most
    ``max_turns`` turns each), their turns checked: the counts, errors, violations and latencies
    the load bench reports (the workers bench runs them too)."""
    import httpx

    stats: dict[str, Any] = {
        "turns": 0,
        "errors": Counter(),
        "violations": [],
        "latency": [],
        "copies": Counter(),
        "started": [],
        "t0": time.perf_counter(),
    }
    deadline = time.monotonic() + minutes * 60
    limits = httpx.Limits(max_connections=sessions + 5)
    async with httpx.AsyncClient(base_url=url, limits=limits) as client:
        await asyncio.gather(
            *(_shopper(client, Session(n), deadline, max_turns, stats) for n in range(sessions))
        )
    return stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--max-turns", type=int, default=500, help="per session")
    args = parser.parse_args()

    processes: list[Any] = []
    # one client address for every session: lift the per-address limit for this test only
    env = {"SHOPASSIST_RATE_LIMIT_PER_MINUTE": "100000"}
    with running_site(args.data_dir, free_port(), env=env, processes=processes) as url:
        started = time.perf_counter()
        stats = asyncio.run(run_shoppers(url, args.sessions, args.minutes, args.max_turns))
        elapsed = time.perf_counter() - started
        peak = _peak_mb(processes[0].pid)

    latency = sorted(stats["latency"])
    p95 = latency[min(len(latency) - 1, int(0.95 * len(latency)))] if latency else float("nan")
    errors = sum(stats["errors"].values())
    print()
    print("| measure | value |")
    print("|---|---|")
    print(f"| sessions x time | {args.sessions} x {elapsed / 60:.1f} min |")
    print(f"| turns served | {stats['turns']} ({stats['turns'] / elapsed:.2f}/s) |")
    print(f"| errors | {errors} {dict(stats['errors']) if errors else ''} |")
    print(f"| isolation violations | {len(stats['violations'])} {stats['violations'][:3]} |")
    if latency:
        print(
            f"| turn latency p50 / p95 / max | {statistics.median(latency):.2f} / {p95:.2f} / "
            f"{latency[-1]:.2f} s |"
        )
        slow = [(d, t) for d, t in zip(stats["latency"], stats["started"], strict=True) if d > 10]
        first_minute = sum(t < 60 for _, t in slow)
        print(
            f"| turns over 10 s / over 30 s | {len(slow)} / {sum(d > 30 for d, _ in slow)} "
            f"({first_minute} of them started in the first minute) |"
        )
    print(f"| turns with picks: model or template copy / none | {dict(stats['copies'])} |")
    print(f"| server peak memory (VmHWM) | {peak:,.0f} MB |")


if __name__ == "__main__":
    main()
