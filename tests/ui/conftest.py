"""Fixtures of the UI tests: the real server (FastAPI + Gradio) over fake-backed services."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from catalog.store import CatalogStore
from tests.assistant.fakes import build_assistant
from tests.ui.hostile import hostile_assistant
from ui.auth import Accounts, CookieSigner, Gate
from ui.services import Services
from ui.testing import STAFF, free_port


@pytest.fixture
def services(store: CatalogStore) -> Services:
    """Fake search/rank/copy over a real store; staff accounts; demo sign-in as u1."""
    return Services(
        assistant=build_assistant(store),
        store=store,
        gate=Gate(Accounts(STAFF), CookieSigner(b"s" * 32)),
        demo_customers=["u1"],
    )


def serve_in_thread(services: Services) -> Iterator[str]:
    """Serve the app over ``services`` with uvicorn in a thread on a free loopback port; yields
    its URL, and stops the server (running its shutdown) when resumed."""
    from ui.server import create_server

    yield from serve_app_in_thread(create_server(services))


def serve_app_in_thread(app: Any) -> Iterator[str]:
    """Serve the ASGI ``app`` as `serve_in_thread` does."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            app,
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


@pytest.fixture
def live_url(services: Services) -> Iterator[str]:
    """The app served by uvicorn in a thread on a free loopback port."""
    yield from serve_in_thread(services)


@pytest.fixture
def hostile_services(store: CatalogStore) -> Services:
    """Services over a catalog with markup in product text (`tests.ui.hostile`); staff
    accounts; demo sign-in as u1, who bought a product with a hostile brand."""
    return Services(
        assistant=hostile_assistant(store),
        store=store,
        gate=Gate(Accounts(STAFF), CookieSigner(b"s" * 32)),
        demo_customers=["u1"],
    )


@pytest.fixture
def hostile_url(hostile_services: Services) -> Iterator[str]:
    """The real server over the hostile catalog, on a free loopback port."""
    yield from serve_in_thread(hostile_services)
