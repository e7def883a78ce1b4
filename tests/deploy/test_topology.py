"""The scaled-out topology on loopback, started by scripts/topology.py: PostgreSQL, a Chroma
server, Redis and two app workers over one tiny catalog. Checks that the two workers behave as
one service."""

from __future__ import annotations

import asyncio
import importlib.util
import itertools
import shutil
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.deploy.catalog import write_catalog, write_new_product
from tests.paths import REPO
from ui.testing import STAFF

pytestmark = pytest.mark.slow

CHECK_S = 1.0
"""Workers look for newer artifacts every second here (10 s by default)."""


def _module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module  # dataclasses and typing look the module up by name
    spec.loader.exec_module(module)
    return module


topology_script = _module(REPO / "scripts" / "topology.py")
load_bench = _module(REPO / "bench" / "load_bench.py")


@pytest.fixture(scope="module")
def topo(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The whole topology over the tiny catalog (skips when a part is not installed)."""
    missing = [
        what
        for what, found in (
            (
                "PostgreSQL (initdb)",
                shutil.which("initdb") or list(Path("/usr/lib/postgresql").glob("*/bin/initdb")),
            ),
            ("redis-server", topology_script.REDIS),
            ("chroma CLI", Path(topology_script.CHROMA).exists()),
            ("psycopg", importlib.util.find_spec("psycopg")),
        )
        if not found
    ]
    if missing:
        pytest.skip(f"not installed: {', '.join(missing)}")
    root = tmp_path_factory.mktemp("topology")
    env = {
        "SHOPASSIST_STAFF": STAFF,
        "SHOPASSIST_RATE_LIMIT_PER_MINUTE": "100000",  # one client address plays every shopper
    }
    with topology_script.Topology(root, workers=2, env=env, check_s=CHECK_S) as topo:
        times = [time.perf_counter()]
        topo.start_stores()
        times.append(time.perf_counter())
        topo.prepare(write_catalog(root / "catalog"))
        times.append(time.perf_counter())
        topo.start_workers()
        times.append(time.perf_counter())
        stores, prepare, workers = (b - a for a, b in itertools.pairwise(times))
        print(
            f"\ntopology up: stores {stores:.1f}s, import + index + train {prepare:.1f}s, "
            f"two workers {workers:.1f}s"
        )
        yield topo


def _chat(url: str, message: str, session_id: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"message": message}
    if session_id:
        body["session_id"] = session_id
    response = httpx.post(f"{url}/chat", json=body, timeout=120)
    assert response.status_code == 200, response.text
    return response.json()


def _search(url: str, need: str, answer: str | None = None) -> dict[str, Any]:
    """A search turn that shows picks (answering a clarifying question when asked: with
    ``answer``, or the first option as the load bench does)."""
    turn = _chat(url, need)
    if not turn["picks"]:
        question = load_bench.QUESTION.search(turn.get("question") or turn["reply"])
        assert question, turn
        turn = _chat(url, answer or question.group(1), turn["session_id"])
    assert turn["picks"], turn
    return turn


def test_a_session_started_on_one_worker_continues_on_the_other(topo: Any) -> None:
    a, b = topo.urls
    first = _search(a, "red nail polish")
    shown = [p["id"] for p in first["picks"]]
    assert len(shown) >= 2
    compared = _chat(b, "compare the first two", first["session_id"])
    assert compared["session_id"] == first["session_id"]
    assert [row["id"] for row in compared["table"]] == shown[:2]  # B read A's session state
    again = _search(b, "shampoo for curly hair")  # and the other way round
    compared = _chat(a, "compare the first two", again["session_id"])
    assert [row["id"] for row in compared["table"]] == [p["id"] for p in again["picks"][:2]]


def test_a_rate_limit_is_shared_by_both_workers(topo: Any) -> None:
    a, b = topo.urls
    statuses = []
    for url in itertools.islice(itertools.cycle([a, b]), 8):
        response = httpx.post(
            f"{url}/auth/login", json={"name": "ann", "password": "wrong"}, timeout=30
        )
        statuses.append(response.status_code)
    # sign-in: 5 attempts per account a window; counted once across workers (per worker: 8 pass)
    assert statuses[:5] == [401] * 5, statuses
    assert statuses[5:] == [429] * 3, statuses


def _wait_for(check: Any, timeout_s: float = 60) -> Any:
    deadline = time.monotonic() + timeout_s
    while True:
        got = check()
        if got or time.monotonic() > deadline:
            return got
        time.sleep(0.5)


def test_a_catalog_update_and_a_retrain_reach_both_workers(topo: Any, tmp_path: Path) -> None:
    versions = [httpx.get(f"{url}/health").json()["artifacts"] for url in topo.urls]
    assert versions[0] == versions[1] and versions[0]["ranker"] is not None

    new_id = write_new_product(tmp_path / "update")
    topo.admin("data", "import", str(tmp_path / "update"))
    topo.admin("index", "update", "--json")
    published = time.perf_counter()

    def found_everywhere() -> bool:
        return all(
            new_id in [p["id"] for p in _search(url, "zephyrine hand cream", "Skin Care")["picks"]]
            for url in topo.urls
        )

    assert _wait_for(found_everywhere), "the new product is not found by both workers"
    print(f"\nnew product found by both workers {time.perf_counter() - published:.1f}s after")

    import json

    manifest = json.loads(topo.admin("train", "--models", "popularity,itemcf", "--json"))
    version, trained = manifest["published"]["version"], time.perf_counter()
    assert version != versions[0]["ranker"]

    def serving_everywhere() -> bool:
        return all(
            httpx.get(f"{url}/health").json()["artifacts"]["ranker"] == version for url in topo.urls
        )

    assert _wait_for(serving_everywhere), "both workers serve the new ranker"
    print(f"new ranker served by both workers {time.perf_counter() - trained:.1f}s after")


class RoundRobin:
    """An HTTP client that sends each request to the next worker in turn."""

    def __init__(self, clients: list[httpx.AsyncClient]) -> None:
        self._next = itertools.cycle(clients)

    async def post(self, url: str, **options: Any) -> httpx.Response:
        return await next(self._next).post(url, **options)


def test_the_load_bench_against_the_pair_has_no_errors(topo: Any) -> None:
    sessions, max_turns = 50, 8  # two chats of four turns each

    async def run() -> dict[str, Any]:
        stats: dict[str, Any] = {
            "turns": 0, "errors": Counter(), "violations": [], "latency": [],
            "copies": Counter(), "started": [], "t0": time.perf_counter(),
        }  # fmt: skip
        limits = httpx.Limits(max_connections=sessions + 5)
        async with (
            httpx.AsyncClient(base_url=topo.urls[0], limits=limits) as a,
            httpx.AsyncClient(base_url=topo.urls[1], limits=limits) as b,
        ):
            pair = RoundRobin([a, b])  # every session's turns alternate between the workers
            deadline = time.monotonic() + 300
            await asyncio.gather(
                *(
                    load_bench._shopper(pair, load_bench.Session(n), deadline, max_turns, stats)
                    for n in range(sessions)
                )
            )
        return stats

    started = time.perf_counter()
    stats = asyncio.run(run())
    elapsed = time.perf_counter() - started
    assert stats["turns"] >= sessions * max_turns, stats["turns"]
    assert not stats["errors"], dict(stats["errors"])
    assert not stats["violations"], stats["violations"][:3]
    latency = sorted(stats["latency"])
    peaks = [load_bench._peak_mb(w.pid) for w in topo.workers if w is not None]
    print(
        f"\nload bench against the pair: {stats['turns']} turns in {elapsed:.1f}s, "
        f"p50 {latency[len(latency) // 2]:.2f}s, max {latency[-1]:.2f}s, 0 errors; "
        f"worker peak memory {', '.join(f'{mb:,.0f} MB' for mb in peaks)}"
    )


def test_killing_a_worker_mid_turn_loses_nothing(topo: Any) -> None:
    a, b = topo.urls
    first = _search(a, "waterproof mascara")
    session, shown = first["session_id"], [p["id"] for p in first["picks"]]
    outcome: dict[str, Any] = {}

    def turn_on_a() -> None:
        try:
            _chat(a, "compare the first two", session)
            outcome["answered"] = True
        except (httpx.HTTPError, AssertionError) as e:
            outcome["error"] = type(e).__name__

    thread = threading.Thread(target=turn_on_a)
    thread.start()
    time.sleep(0.05)  # the turn is in flight on A
    topo.stop_worker(0, kill=True)
    thread.join(timeout=30)
    try:
        assert not thread.is_alive() and outcome  # A answered, or its connection broke
        # the shopper retries on B: the session is whole, whatever A had done
        compared = _chat(b, "compare the first two", session)
        assert [row["id"] for row in compared["table"]] == shown[:2]
        assert compared["session_id"] == session
        print(f"\nthe turn on the killed worker: {outcome}")
    finally:
        topo.start_worker(0)
        topo.wait_worker(0)
    assert httpx.get(f"{a}/health").json()["status"] == "ok"
