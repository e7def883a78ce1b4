"""`shopassist serve --workers N`: the REST API in N processes, the web UI in one more, chat
sessions and rate limits shared through the SQL store and Redis."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from catalog.store import CatalogStore
from core.errors import ShopAssistError
from tests.ui.conftest import fake_services
from tests.ui.redis_server import redis_server
from ui.server import create_server
from ui.testing import free_port, stop_process
from ui.workers import OPTIONS_ENV, WorkerOptions, check_workers

SHOPASSIST = str(Path(sys.executable).with_name("shopassist"))


def test_worker_options_travel_through_the_environment() -> None:
    options = WorkerOptions(with_copy=False, demo_sign_in=True)
    env = options.to_env()
    assert env["SHOPASSIST_DEMO_SIGN_IN"] == "true"
    assert WorkerOptions.from_env(env) == options
    assert WorkerOptions.from_env({}) == WorkerOptions()
    with pytest.raises(ShopAssistError, match=f"{OPTIONS_ENV}: expected the JSON"):
        WorkerOptions.from_env({OPTIONS_ENV: "{not json"})


def test_the_web_ui_gets_a_port_of_its_own() -> None:
    assert check_workers(1, 7860, None) is None  # one process: UI and API together
    assert check_workers(4, 7860, None) == 7861
    assert check_workers(4, 7860, 9000) == 9000
    assert check_workers(4, 7860, 0) is None  # API workers only
    with pytest.raises(ShopAssistError, match="--ui-port 7860: the web UI needs a port"):
        check_workers(2, 7860, 7860)
    with pytest.raises(ShopAssistError, match="--workers: expected 1 or more, got 0"):
        check_workers(0, 7860, None)


def test_an_api_worker_serves_the_api_without_the_web_ui(store: CatalogStore) -> None:
    api = TestClient(create_server(fake_services(store), web_ui=False))
    assert api.get("/health").status_code == 200
    assert api.post("/chat", json={"message": "face cream"}).status_code == 200
    assert api.get("/").status_code == 404  # no Gradio page: it lives in the UI process
    assert not any("gradio" in getattr(r, "path", "") for r in api.app.routes)


# -- real processes --------------------------------------------------------------------------


def _tiny_shop(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    kinds = ["face cream", "shampoo", "nail polish", "lipstick", "perfume", "body lotion"]
    rows = [
        json.dumps({"id": f"p{i}", "title": f"{kinds[i % 6].title()} number {i}", "brand":
                    f"Brand{i % 7}", "categories": ["Beauty", kinds[i % 6]], "price": 3 + i % 40})
        for i in range(60)
    ]  # fmt: skip
    (folder / "products.jsonl").write_text("\n".join(rows) + "\n")
    events = ["user_id,item_id,kind,position"]
    for u in range(40):
        events += [f"u{u},p{(u * 7 + k * 13) % 60},purchase,{k}" for k in range(6)]
    (folder / "events.csv").write_text("\n".join(events) + "\n")
    return folder


def _env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SHOPASSIST_")}
    return {**env, "SHOPASSIST_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1", **extra}


@pytest.fixture(scope="module")
def tiny_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """60 products, imported and indexed (no trained models, no language model)."""
    root = tmp_path_factory.mktemp("workers")
    data = root / "data"
    for args in (["data", "import", str(_tiny_shop(root / "shop"))], ["index", "build"]):
        subprocess.run([SHOPASSIST, *args], env=_env(data), check=True, capture_output=True)
    return data


def _wait_healthy(urls: list[str], process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 240
    waiting = list(urls)
    while waiting:
        if process.poll() is not None:
            raise RuntimeError(f"serve exited:\n{log.read_text()}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"no /health from {waiting} in 240 s:\n{log.read_text()}")
        try:
            if httpx.get(f"{waiting[0]}/health", timeout=2).status_code == 200:
                waiting.pop(0)
                continue
        except httpx.HTTPError:
            pass
        time.sleep(0.5)


@pytest.fixture
def workers(tiny_data: Path) -> Iterator[tuple[str, str]]:
    """`serve --workers 2` with its web UI process; rate limits in a Redis of its own
    (4 chat messages a minute per session: 5 in any 75 s). Yields (API URL, UI URL)."""
    api_port, ui_port = free_port(), free_port()
    with redis_server() as redis_url:
        env = _env(
            tiny_data, SHOPASSIST_RATE_LIMIT_URL=redis_url, SHOPASSIST_RATE_LIMIT_PER_MINUTE="4"
        )
        log_path = tiny_data / f"workers-{api_port}.log"
        log = log_path.open("w")
        args = ["serve", "--port", str(api_port), "--workers", "2", "--ui-port", str(ui_port)]
        process = subprocess.Popen(
            [SHOPASSIST, *args, "--no-copy"], env=env, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            urls = [f"http://127.0.0.1:{api_port}", f"http://127.0.0.1:{ui_port}"]
            _wait_healthy(urls, process, log_path)
            yield urls[0], urls[1]
        finally:
            stop_process(process, log, timeout_s=30)
            assert process.returncode is not None


def _chat(url: str, message: str, session: str | None = None) -> httpx.Response:
    body = {"message": message, **({"session_id": session} if session else {})}
    return httpx.post(f"{url}/chat", json=body, timeout=60)


@pytest.mark.slow
def test_a_session_continues_across_processes_and_shares_its_limit(
    workers: tuple[str, str],
) -> None:
    api, ui = workers
    assert httpx.get(f"{api}/").status_code == 404  # the API workers serve no web UI ...
    page = httpx.get(f"{ui}/")
    assert page.status_code == 200 and "gradio" in page.text.lower()  # ... its own process does

    first = _chat(api, "face cream under $30").json()
    session = first["session_id"]
    prices = [p["price"] for p in first["picks"]]
    assert prices and max(prices) <= 30
    # "cheaper" on another process: it knows the session's picks from the SQL store
    cheaper = _chat(ui, "cheaper", session).json()
    assert cheaper["session_id"] == session
    assert cheaper["picks"] and max(p["price"] for p in cheaper["picks"]) < min(prices)
    # and back on an API worker, still the same conversation (the cap stays below the first)
    again = _chat(api, "face cream", session).json()
    assert again["picks"] and max(p["price"] for p in again["picks"]) < min(prices)

    # the session's burst of 5 is one budget in Redis, whichever process counts it
    codes = [_chat(url, "lipstick", session).status_code for url in (api, ui, api, ui, api)]
    assert codes == [200, 200, 200, 429, 429], codes  # 2 turns above + 3 = the burst of 5


def test_shutdown_does_not_wait_for_an_endless_event_stream() -> None:
    """A browser's Gradio event stream never ends by itself; before, uvicorn's shutdown waited
    for it (a worker told to stop by a deploy or `docker stop` hung until killed)."""
    import asyncio
    import threading

    import uvicorn
    from fastapi import FastAPI
    from fastapi.responses import StreamingResponse

    from ui.server import uvicorn_config

    app = FastAPI()

    @app.get("/events")
    async def events() -> StreamingResponse:
        async def forever() -> AsyncIterator[bytes]:
            while True:
                yield b"data: ping\n\n"
                await asyncio.sleep(0.2)

        return StreamingResponse(forever(), media_type="text/event-stream")

    port = free_port()
    config = uvicorn_config(app, "127.0.0.1", port, log_config=None, timeout_graceful_shutdown=1)
    assert uvicorn_config(app, "127.0.0.1", port).timeout_graceful_shutdown == 20  # serve's
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    received = threading.Event()

    def listen() -> None:
        try:
            with httpx.stream("GET", f"http://127.0.0.1:{port}/events", timeout=30) as response:
                for _ in response.iter_bytes():
                    received.set()
        except httpx.HTTPError:
            pass  # the server cut the stream: what shutting down means here

    threading.Thread(target=listen, daemon=True).start()
    assert received.wait(10)
    started = time.monotonic()
    server.should_exit = True
    thread.join(timeout=15)
    assert not thread.is_alive() and time.monotonic() - started < 5


def test_a_slow_loading_worker_is_not_killed_by_the_supervisor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Before: uvicorn's 5 s worker health check killed workers still loading on a busy
    machine (load 9 on 2 cores), and restarted them forever: `serve --workers 2` never got
    ready. Now the supervisor waits `WORKER_HEALTHCHECK_S`."""
    import uvicorn

    from ui import workers

    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: seen.update(app=app, **kwargs))
    monkeypatch.setattr(os, "environ", dict(os.environ))  # serve_workers hands options on
    workers.serve_workers(
        "127.0.0.1", 7860, 2, ui_port=None, options=WorkerOptions(), uvicorn_options={}
    )
    assert seen["app"] == "ui.workers:create_api_worker" and seen["factory"] is True
    assert seen["workers"] == 2
    assert seen["timeout_worker_healthcheck"] >= 60
