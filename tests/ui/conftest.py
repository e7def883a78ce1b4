"""Fixtures of the UI tests: the real server (FastAPI + Gradio) over fake-backed services."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from assistant.auth import Accounts, CookieSigner, Gate
from catalog.store import CatalogStore
from tests.assistant.fakes import build_assistant
from ui.services import Services

STAFF = "ann:agent:pw-ann,mo:marketer:pw-mo"


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def services(store: CatalogStore) -> Services:
    """Fake search/rank/copy over a real store; staff accounts; demo sign-in as u1."""
    return Services(
        assistant=build_assistant(store),
        store=store,
        gate=Gate(Accounts(STAFF), CookieSigner(b"s" * 32)),
        demo_customers=["u1"],
    )


@pytest.fixture
def live_url(services: Services) -> Iterator[str]:
    """The app served by uvicorn in a thread on a free loopback port."""
    import uvicorn

    from ui.server import create_server

    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_server(services),
            host="127.0.0.1",
            port=port,
            log_level="warning",
            timeout_graceful_shutdown=1,
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the test server did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
