"""Request limits: token-bucket rate limits per caller, and a cap on request body size.

The buckets live in the process that serves the requests (one `RateLimiter` per app, never a
module global); behind a load balancer each app process limits on its own.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from core.errors import ShopAssistError


class RateLimited(ShopAssistError):
    """Too many requests from one caller; ``retry_after`` says how long to wait (seconds)."""

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """Allows ``per_minute`` requests a minute per key, with bursts up to ``burst``.

    Keys are whatever identifies a caller: a chat session, an API key, a client address. At
    most ``max_keys`` buckets are kept (the least recently used go first).
    """

    def __init__(
        self,
        per_minute: float,
        burst: int | None = None,
        *,
        max_keys: int = 100_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if per_minute <= 0:
            raise ValueError(f"per_minute: expected > 0, got {per_minute}")
        self.rate = per_minute / 60.0
        self.burst = float(burst if burst is not None else max(1, int(per_minute // 4)))
        self.max_keys = max_keys
        self.clock = clock
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()
        self._lock = threading.Lock()

    def check(self, key: str, what: str = "requests") -> None:
        """Take one token for ``key``; raise `RateLimited` when there is none left."""
        now = self.clock()
        with self._lock:
            bucket = self._buckets.pop(key, None) or _Bucket(self.burst, now)
            bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.rate)
            bucket.updated = now
            self._buckets[key] = bucket
            while len(self._buckets) > self.max_keys:
                self._buckets.popitem(last=False)
            if bucket.tokens >= 1:
                bucket.tokens -= 1
                return
            wait = (1 - bucket.tokens) / self.rate
        raise RateLimited(
            f"too many {what}: at most {self.rate * 60:.0f} a minute; try again in {wait:.0f}s",
            retry_after=wait,
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


def _sign_in_limiter() -> RateLimiter:
    return RateLimiter(10, burst=5)


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
    sign_in_account: RateLimiter = field(default_factory=_sign_in_limiter)

    def check_sign_in(self, address: str, account: str) -> None:
        """Take one sign-in attempt from ``address`` for ``account``; `RateLimited` when
        either has none left. The account name is kept only as a digest."""
        self.sign_in.check(f"addr:{address}", "sign-in attempts from your address")
        digest = hashlib.sha256(account.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        self.sign_in_account.check(f"account:{digest}", "sign-in attempts for this account")

    @classmethod
    def from_settings(cls, settings: Any = None) -> ApiLimits:
        """From `Settings` (``rate_limit_per_minute``, ``api_key_rate_limit_per_minute``,
        ``max_request_bytes``), or the defaults when None."""
        per_minute = getattr(settings, "rate_limit_per_minute", 60)
        per_key = getattr(settings, "api_key_rate_limit_per_minute", 600)
        return cls(
            per_session=RateLimiter(per_minute, burst=max(5, per_minute // 4)),
            per_address=RateLimiter(per_minute * 5, burst=max(20, per_minute)),
            per_key=RateLimiter(per_key, burst=max(20, per_key // 4)),
            sign_in=_sign_in_limiter(),
            max_body_bytes=getattr(settings, "max_request_bytes", 256 * 1024),
            sign_in_account=_sign_in_limiter(),
        )
