"""Issue 15 item 3 (the Gradio half): chat turns through the UI's own endpoint are limited per
client address, however many fresh Gradio sessions the client opens."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.ui.conftest import serve_in_thread
from tests.ui.gradio_http import fn_index, run_event
from ui.limits import ApiLimits, RateLimiter
from ui.services import Services

BURST = 5
ATTEMPTS = 12


@pytest.fixture
def limited_url(services: Services) -> Iterator[str]:
    """The app with a small per-address allowance (5 at once, then 1 a minute) and a per-session
    one that never binds here (every turn below opens a new session)."""
    services.limits = ApiLimits(
        per_session=RateLimiter(600, burst=100),
        per_address=RateLimiter(1, burst=BURST),
        per_key=RateLimiter(600, burst=100),
        sign_in=RateLimiter(10, burst=5),
    )
    yield from serve_in_thread(services)


def _served(events: list[dict[str, Any]]) -> bool:
    """Whether the event answered the message (an assistant reply in the Chatbot's value)."""
    done = [e for e in events if e.get("msg") == "process_completed"]
    assert done and done[-1].get("success"), events
    chat = done[-1]["output"]["data"][1]
    if not isinstance(chat, list):  # the Chatbot was left as it was (a skipped output)
        return False
    return any(m.get("role") == "assistant" and "…" not in str(m["content"]) for m in chat)


def _warned(events: list[dict[str, Any]]) -> bool:
    return any(
        e.get("msg") == "log" and e.get("level") == "warning" and "too many" in e.get("log", "")
        for e in events
    )


def test_fresh_gradio_sessions_from_one_address_are_limited(limited_url: str) -> None:
    outcomes = []
    with httpx.Client(base_url=limited_url, timeout=60) as http:
        config = http.get("/config").json()
        chat = fn_index(config, "chat")
        n_inputs = len(config["dependencies"][chat]["inputs"])
        for _ in range(ATTEMPTS):  # a new session hash each time: a new gr.State, a new chat
            events = run_event(http, chat, ["hi", *[None] * (n_inputs - 1)])
            outcomes.append((_served(events), _warned(events)))
        # the UI and the REST API draw on the same allowance for an address
        rest = http.post("/chat", json={"message": "hi"})
    assert [served for served, _ in outcomes] == [True] * BURST + [False] * (ATTEMPTS - BURST)
    assert all(warned for _, warned in outcomes[BURST:])
    assert rest.status_code == 429 and "Retry-After" in rest.headers
