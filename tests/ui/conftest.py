"""Fixtures of the UI tests: the real server (FastAPI + Gradio) over fake-backed services."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import SimpleNamespace
from typing import Any

import pytest

from assistant.conversation import Conversation
from assistant.llm.base import LLM, GenerationOptions
from catalog.store import CatalogStore
from tests.assistant.fakes import build_assistant
from tests.ui.hostile import hostile_assistant
from ui.auth import Accounts, CookieSigner, Gate, open_gate
from ui.services import Services
from ui.testing import STAFF, free_port


class FixedSuggester:
    """Suggests f1 to anyone (the REST API's recommendations without trained models)."""

    def __init__(self, reason: str = "test") -> None:
        self.reason = reason

    def for_user(self, user_id: str, k: int) -> list[SimpleNamespace]:
        return [SimpleNamespace(to_json=lambda: {"id": "f1", "reason": self.reason})][:k]


class CannedLLM(LLM):
    """Answers every prompt with the same line of copy."""

    name = "canned"

    def _complete(
        self, prompts: Sequence[str], options: GenerationOptions
    ) -> Iterator[tuple[int, str]]:
        yield from ((i, "copy") for i in range(len(prompts)))

    def _stream(self, prompt: str, options: GenerationOptions) -> Iterator[str]:
        yield "copy"


def fake_services(store: CatalogStore, **fields: Any) -> Services:
    """Services over a fake-backed conversation and a real store; an open gate (no accounts, a
    random signing key) unless ``fields`` give one."""
    fields.setdefault("gate", open_gate())
    return Services(conversation=build_assistant(store), store=store, **fields)


def staff_services(store: CatalogStore, conversation: Conversation) -> Services:
    """Services over ``conversation`` and a real store; staff accounts; demo sign-in as u1."""
    return Services(
        conversation=conversation,
        store=store,
        gate=Gate(Accounts(STAFF), CookieSigner(b"s" * 32)),
        demo_customers=["u1"],
    )


@pytest.fixture
def services(store: CatalogStore) -> Services:
    """Fake search/rank/copy over a real store; staff accounts; demo sign-in as u1."""
    return staff_services(store, build_assistant(store))


def serve_in_thread(services: Services) -> Iterator[str]:
    """Serve the app over ``services`` with uvicorn in a thread on a free loopback port; yields
    its URL, and stops the server (running its shutdown) when resumed."""
    from ui.server import create_server

    yield from serve_app_in_thread(create_server(services))


def serve_app_in_thread(app: Any) -> Iterator[str]:
    """Serve the ASGI ``app`` as `serve_in_thread` does."""
    import uvicorn

    config = uvicorn.Config(
        app, host="127.0.0.1", port=free_port(), log_level="warning", timeout_graceful_shutdown=1
    )
    with serve_config(config) as url:
        yield url


@contextmanager
def serve_config(config: Any) -> Iterator[str]:
    """Run uvicorn with ``config`` (a loopback host and port) in a thread; yields its URL once
    it has started, and stops the server (running its shutdown) on exit."""
    import uvicorn

    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the test server did not start"
    try:
        yield f"http://127.0.0.1:{config.port}"
    finally:
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
    return staff_services(store, hostile_assistant(store))


@pytest.fixture
def hostile_url(hostile_services: Services) -> Iterator[str]:
    """The real server over the hostile catalog, on a free loopback port."""
    yield from serve_in_thread(hostile_services)
