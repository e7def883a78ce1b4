"""Rate limits (moving windows, in this process) and the request-size cap, alone and in the REST
API. Limits shared through Redis: tests/ui/test_shared_limits.py."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient

from catalog.store import CatalogStore
from tests.ui.conftest import fake_services
from ui.api.app import create_api
from ui.limits import ApiLimits, LimitStore, RateLimited, RateLimiter


def test_a_burst_then_the_window() -> None:
    limiter = RateLimiter(60, burst=3)  # 3 in any 3 s: 60 a minute
    for _ in range(3):
        limiter.check("a")
    with pytest.raises(RateLimited, match="at most 60 a minute") as caught:
        limiter.check("a")
    assert 2.0 < caught.value.retry_after <= 3.0
    limiter.check("b")  # other callers are not affected


def test_the_window_frees_slots_as_it_moves() -> None:
    limiter = RateLimiter(60, burst=1)  # 1 a second
    limiter.check("a")
    with pytest.raises(RateLimited):
        limiter.check("a")
    time.sleep(1.05)
    limiter.check("a")


def test_the_memory_store_forgets_callers_beyond_its_cap() -> None:
    """`limits`' own memory storage keeps every key it has seen; ours drops the stale and
    then the least recently hit, so invented session ids cannot grow it without end."""
    store = LimitStore(max_keys=10)
    limiter = RateLimiter(60, burst=1, store=store)
    for i in range(50):
        limiter.check(f"session:{i}")
    assert len(store.storage.events) <= 10
    with pytest.raises(RateLimited):  # the latest callers are still counted
        limiter.check("session:49")


@pytest.fixture
def client(store: CatalogStore) -> TestClient:
    limits = ApiLimits(
        per_session=RateLimiter(60, burst=2),
        per_address=RateLimiter(600, burst=100),
        per_key=RateLimiter(600, burst=100),
        sign_in=RateLimiter(10, burst=2),
        max_body_bytes=2_000,
    )
    return TestClient(create_api(fake_services(store, limits=limits)))


def test_chat_is_rate_limited_per_session(client: TestClient) -> None:
    first = client.post("/chat", json={"message": "face cream"}).json()
    sid = first["session_id"]
    assert client.post("/chat", json={"message": "cheaper", "session_id": sid}).status_code == 200
    assert client.post("/chat", json={"message": "x", "session_id": sid}).status_code == 200
    limited = client.post("/chat", json={"message": "again", "session_id": sid})
    assert limited.status_code == 429 and "too many messages" in limited.json()["detail"]
    assert int(limited.headers["Retry-After"]) >= 1
    other = client.post("/chat", json={"message": "face cream", "session_id": "another-session"})
    assert other.status_code == 200


def test_sign_in_attempts_are_limited(client: TestClient) -> None:
    codes = [
        client.post("/auth/login", json={"name": "x", "password": "y"}).status_code
        for _ in range(3)
    ]
    assert codes == [401, 401, 429]


def test_sign_in_is_limited_per_account_whatever_the_address() -> None:
    """Before: only the address was limited, so guesses from many addresses at one account
    were never refused."""
    limits = ApiLimits.from_settings()
    for i in range(5):  # the burst, each attempt from another address
        limits.check_sign_in(f"10.0.0.{i}", "ann")
    with pytest.raises(RateLimited, match="sign-in attempts for this account"):
        limits.check_sign_in("10.0.0.99", "ann")
    limits.check_sign_in("10.0.0.99", "mo")  # other accounts are not locked out
    keys = list(limits.sign_in_account.store.storage.events)
    assert keys and not any("ann" in key for key in keys)  # kept as a digest


def test_request_body_size_is_capped(client: TestClient) -> None:
    big = client.post("/chat", content=b'{"message": "' + b"x" * 5_000 + b'"}')
    assert big.status_code == 413 and "at most 2000 bytes" in big.json()["detail"]

    def chunks():  # no Content-Length: counted as it arrives
        for _ in range(10):
            yield b"x" * 500

    chunked = client.post("/chat", content=chunks(), headers={"content-type": "application/json"})
    assert chunked.status_code == 413
