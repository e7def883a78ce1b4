"""Rate limits in Redis (``SHOPASSIST_RATE_LIMIT_URL``): shared by every worker, and what
happens when the store goes away (degrade to per-process counters, or refuse)."""

from __future__ import annotations

import logging

import pytest
from fastapi.testclient import TestClient

from catalog.store import CatalogStore
from core.errors import ShopAssistError
from core.settings import Settings
from tests.ui.conftest import fake_services
from tests.ui.redis_server import redis_server
from ui.api.app import create_api
from ui.limit_store import redact
from ui.limits import ApiLimits, LimitStore, RateLimited, RateLimiter, RateLimitStoreDown
from ui.testing import free_port


def _settings(url: str | None, **extra: object) -> Settings:
    return Settings(rate_limit_url=url, **extra)


def test_two_workers_share_one_callers_limit() -> None:
    """Before: each process had its own buckets, so a caller behind two workers got twice
    the burst (5 sign-in guesses at one account on each)."""
    with redis_server() as url:
        worker_a = ApiLimits.from_settings(_settings(url))
        worker_b = ApiLimits.from_settings(_settings(url))
        for i in range(5):  # the account's burst, spread over both workers
            (worker_a if i % 2 else worker_b).check_sign_in(f"10.0.0.{i}", "ann")
        with pytest.raises(RateLimited, match="sign-in attempts for this account"):
            worker_a.check_sign_in("10.0.0.9", "ann")
        with pytest.raises(RateLimited, match="sign-in attempts for this account"):
            worker_b.check_sign_in("10.0.0.9", "ann")
        worker_b.check_sign_in("10.0.0.9", "mo")  # another account is not locked out
        import redis

        keys = [k.decode() for k in redis.Redis.from_url(url).keys("*")]
        assert keys and all(k.startswith("shopassist-limits") for k in keys)
        assert not any("ann" in k for k in keys)  # account names kept as digests


def test_a_chat_session_limit_is_shared_through_the_rest_api(store: CatalogStore) -> None:
    with redis_server() as url:
        settings = _settings(url, rate_limit_per_minute=20)  # burst 5 per session
        apis = [
            TestClient(create_api(fake_services(store, limits=ApiLimits.from_settings(settings))))
            for _ in range(2)
        ]
        codes = [
            apis[i % 2]
            .post("/chat", json={"message": "face cream", "session_id": "s-shared"})
            .status_code
            for i in range(7)
        ]
    assert codes == [200] * 5 + [429] * 2, codes


def test_redis_down_degrades_to_per_process_limits(caplog: pytest.LogCaptureFixture) -> None:
    now = [0.0]
    port = free_port()  # nothing listens there
    store = LimitStore(f"redis://127.0.0.1:{port}/0", retry_s=5, clock=lambda: now[0])
    limiter = RateLimiter(60, burst=2, name="session", store=store)
    with caplog.at_level(logging.WARNING, logger="ui.limit_store"):
        limiter.check("s")
        limiter.check("s")
        with pytest.raises(RateLimited, match="too many"):  # still limited, in this process
            limiter.check("s")
    assert store.degraded and not store.healthy()
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1  # once per outage, not once per request
    assert "does not answer" in errors[0].getMessage()
    assert "each worker now limits on its own" in errors[0].getMessage()

    with redis_server(port) as url:  # the store comes back: used again after retry_s
        now[0] += 6
        limiter.check("s")
        assert not store.degraded
        import redis

        assert redis.Redis.from_url(url).keys("*")
    assert "answers again" in caplog.text


def test_redis_down_refuses_when_told_to_fail_closed(store: CatalogStore) -> None:
    url = f"redis://user:hunter2@127.0.0.1:{free_port()}/0"
    settings = _settings(url, rate_limit_on_outage="refuse")
    limits = ApiLimits.from_settings(settings)
    with pytest.raises(RateLimitStoreDown, match="does not answer") as caught:
        limits.check_sign_in("10.0.0.1", "ann")
    assert "hunter2" not in str(caught.value)  # the password never reaches a message
    api = TestClient(create_api(fake_services(store, limits=limits)))
    refused = api.post("/chat", json={"message": "face cream"})
    assert refused.status_code == 429
    assert "SHOPASSIST_RATE_LIMIT_ON_OUTAGE=refuse" in refused.json()["detail"]
    assert int(refused.headers["Retry-After"]) >= 1


def test_a_bad_url_fails_at_start_with_the_fix() -> None:
    with pytest.raises(ShopAssistError, match="SHOPASSIST_RATE_LIMIT_URL: expected redis://"):
        LimitStore("http://127.0.0.1:6379")
    assert redact("redis://:s3cret@h:1/0") == "redis://:***@h:1/0"
    assert redact("redis://u:s3cret@h:1/0") == "redis://u:***@h:1/0"
