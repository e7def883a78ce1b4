"""Request limits: rate limits per caller, and a cap on request body size.

Each `RateLimiter` allows ``per_minute`` a minute with bursts up to ``burst``, counted by the
`limits` library in a moving window of ``burst`` hits per ``burst / per_minute`` minutes. Its
counters live in a `ui.limit_store.LimitStore`: in this process by default, or in Redis/Valkey
(``SHOPASSIST_RATE_LIMIT_URL``) so that every worker and machine behind a load balancer counts
one caller once. One store per app (never a module global).
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from typing import Any

from ui.limit_store import LimitStore, RateLimited, RateLimitStoreDown

__all__ = [
    "ApiLimits",
    "BodySizeLimit",
    "LimitStore",
    "RateLimitStoreDown",
    "RateLimited",
    "RateLimiter",
    "client_address",
]


class RateLimiter:
    """Allows ``per_minute`` requests a minute per key, with bursts up to ``burst``.

    Keys are whatever identifies a caller: a chat session, an API key, a client address. The
    window is ``burst`` hits in ``ceil(burst * 60 / per_minute)`` seconds (at least one), so
    the long-run rate is ``per_minute`` and no window holds more than ``burst``.

    Args:
        per_minute: the sustained rate.
        burst: hits allowed at once; a quarter of ``per_minute`` (at least 1) by default.
        name: the limiter's name in the shared store (limiters of one app must differ).
        store: where the counters live; a store of its own in this process by default.
    """

    def __init__(
        self,
        per_minute: float,
        burst: int | None = None,
        *,
        name: str = "limit",
        store: LimitStore | None = None,
    ) -> None:
        from limits import RateLimitItemPerSecond

        if per_minute <= 0:
            raise ValueError(f"per_minute: expected > 0, got {per_minute}")
        self.per_minute = per_minute
        self.burst = int(burst if burst is not None else max(1, int(per_minute // 4)))
        if self.burst < 1:
            raise ValueError(f"burst: expected >= 1, got {burst}")
        self.window_s = max(1, math.ceil(self.burst * 60 / per_minute))
        self.name = name
        self.store = store or LimitStore()
        self.item = RateLimitItemPerSecond(
            self.burst, self.window_s, namespace=f"shopassist/{name}"
        )

    def check(self, key: str, what: str = "requests") -> None:
        """Count one request for ``key``; raise `RateLimited` when its window is full.

        Raises:
            RateLimited: over the limit (``retry_after``: when the window frees a slot).
            RateLimitStoreDown: the shared store is down and the policy is to refuse.
        """
        verdict = self.store.hit(self.item, key)
        if verdict.allowed:
            return
        raise RateLimited(
            f"too many {what}: at most {self.per_minute:.0f} a minute; "
            f"try again in {math.ceil(verdict.retry_after):.0f}s",
            retry_after=verdict.retry_after,
        )


class BodySizeLimit:
    """ASGI middleware: refuse request bodies over ``max_bytes`` with 413, before reading them
    all (by Content-Length, and by counting chunked bodies as they arrive)."""

    def __init__(self, app: Any, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send)
            return
        seen = 0
        refused = False

        async def counted() -> dict[str, Any]:
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request" and not refused:
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    refused = True
                    await self._refuse(send)
                    return {"type": "http.disconnect"}  # the app stops reading here
            return message

        async def guarded(message: dict[str, Any]) -> None:
            if not refused:  # after our 413, whatever the app answers is dropped
                await send(message)

        await self.app(scope, counted, guarded)

    async def _refuse(self, send: Any) -> None:
        body = (
            b'{"detail": "request body: at most %d bytes; send less (one message, a few items)"}'
            % self.max_bytes
        )
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": body})


def client_address(request: Any) -> str:
    """The caller's address as the server sees it: the peer of the connection, or what a
    trusted proxy said (uvicorn rewrites it only for ``SHOPASSIST_TRUSTED_PROXIES``)."""
    client = getattr(request, "client", None)
    return client.host if client else "unknown"


def _sign_in_limiter(name: str = "sign_in", store: LimitStore | None = None) -> RateLimiter:
    return RateLimiter(10, burst=5, name=name, store=store)


def _sign_in_account_limiter() -> RateLimiter:
    return _sign_in_limiter("sign_in_account")


@dataclass
class ApiLimits:
    """The limits one app applies (see `from_settings` for the defaults).

    Sign-in attempts are limited twice: per client address (``sign_in``) and per account name
    (``sign_in_account``), so that an attacker with many addresses still gets only a handful
    of guesses a minute at one account.
    """

    per_session: RateLimiter
    per_address: RateLimiter
    per_key: RateLimiter
    sign_in: RateLimiter
    max_body_bytes: int = 256 * 1024
    sign_in_account: RateLimiter = field(default_factory=_sign_in_account_limiter)

    def check_sign_in(self, address: str, account: str) -> None:
        """Take one sign-in attempt from ``address`` for ``account``; `RateLimited` when
        either has none left. The account name is kept only as a digest."""
        self.sign_in.check(f"addr:{address}", "sign-in attempts from your address")
        digest = hashlib.sha256(account.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        self.sign_in_account.check(f"account:{digest}", "sign-in attempts for this account")

    @classmethod
    def from_settings(cls, settings: Any = None, store: LimitStore | None = None) -> ApiLimits:
        """From `Settings` (``rate_limit_per_minute``, ``api_key_rate_limit_per_minute``,
        ``max_request_bytes``, ``rate_limit_url``, ``rate_limit_on_outage``), or the defaults
        when None. Every limiter counts in one store: ``store``, or the one the settings name.
        """
        per_minute = getattr(settings, "rate_limit_per_minute", 60)
        per_key = getattr(settings, "api_key_rate_limit_per_minute", 600)
        if store is None:
            store = LimitStore(
                getattr(settings, "rate_limit_url", None),
                on_outage=getattr(settings, "rate_limit_on_outage", "memory"),
            )
        return cls(
            per_session=RateLimiter(
                per_minute, burst=max(5, per_minute // 4), name="session", store=store
            ),
            per_address=RateLimiter(
                per_minute * 5, burst=max(20, per_minute), name="address", store=store
            ),
            per_key=RateLimiter(per_key, burst=max(20, per_key // 4), name="key", store=store),
            sign_in=_sign_in_limiter("sign_in", store),
            max_body_bytes=getattr(settings, "max_request_bytes", 256 * 1024),
            sign_in_account=_sign_in_limiter("sign_in_account", store),
        )
