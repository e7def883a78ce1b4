"""Where rate-limit counters live: in this process, or in Redis/Valkey shared by every worker.

The counting itself is the `limits` library's moving window (exact: at most ``amount`` hits in
any window of ``seconds``); this module picks its storage from a URL and decides what happens
when a shared store stops answering.

Outage policy (``on_outage``):

- ``"memory"`` (the default): degrade to counters in this process. Every limit still holds per
  worker (a caller gets at most N times the limit behind N workers), the service stays up, and
  an error is logged once per outage; the shared store is tried again every ``retry_s``.
- ``"refuse"``: fail closed. Every limited request is refused (a `RateLimitStoreDown`, which
  is a `RateLimited`: HTTP 429 with Retry-After) until the store answers again.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

from core.errors import ShopAssistError

logger = logging.getLogger(__name__)

OutagePolicy = Literal["memory", "refuse"]
SHARED_SCHEMES = ("redis", "rediss", "redis+unix", "valkey", "valkeys", "valkey+unix")
KEY_PREFIX = "shopassist-limits"


class RateLimited(ShopAssistError):
    """Too many requests from one caller; ``retry_after`` says how long to wait (seconds)."""

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class RateLimitStoreDown(RateLimited):
    """The shared rate-limit store does not answer and the policy is to refuse (fail closed)."""


@dataclass(frozen=True)
class Verdict:
    """One hit's outcome: allowed or not, and when the window frees a slot (seconds)."""

    allowed: bool
    retry_after: float


def redact(url: str) -> str:
    """``url`` without its password (safe for logs and error messages)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = f"{parts.username}:***@" if parts.username else ":***@"
    return urlunsplit(parts._replace(netloc=user + netloc))


def bounded_memory_storage(max_keys: int = 100_000) -> Any:
    """`limits`' in-process storage, holding at most about ``max_keys`` callers.

    `limits.storage.MemoryStorage` keeps an entry for every key it has seen (an empty list
    once its hits expire), so callers that invent keys (a new chat session id per request)
    would grow it without end. Past ``max_keys`` this one drops the keys whose hits have all
    expired and then, if still over, the least recently hit (their windows start afresh).
    """
    from limits.storage import MemoryStorage

    class BoundedMemoryStorage(MemoryStorage):
        def acquire_entry(self, key: str, limit: int, expiry: int, amount: int = 1) -> bool:
            acquired = super().acquire_entry(key, limit, expiry, amount)
            if len(self.events) > max_keys:
                self._sweep()
            return acquired

        def _sweep(self) -> None:
            now = time.time()
            newest = {k: (v[0].atime if v and v[0].expiry > now else None) for k, v in
                      list(self.events.items())}  # fmt: skip
            live = sorted((t, k) for k, t in newest.items() if t is not None)
            dropped = [k for k, t in newest.items() if t is None]
            dropped += [k for _, k in live[: max(0, len(live) - int(max_keys * 0.9))]]
            for key in dropped:
                with self.locks[key]:
                    self.events.pop(key, None)
                self.locks.pop(key, None)

    return BoundedMemoryStorage()


def _storage(url: str | None, timeout_s: float, max_keys: int) -> Any:
    from limits.storage import storage_from_string

    if url is None or url == "memory://":
        return bounded_memory_storage(max_keys)
    scheme = urlsplit(url).scheme
    if scheme not in SHARED_SCHEMES:
        raise ShopAssistError(
            f"SHOPASSIST_RATE_LIMIT_URL: expected redis://HOST:PORT/DB (or rediss://, valkey://), "
            f"got {redact(url)!r}; leave it unset to keep the limits in each process"
        )
    options = {"socket_timeout": timeout_s, "socket_connect_timeout": timeout_s}
    return storage_from_string(url, wrap_exceptions=True, key_prefix=KEY_PREFIX, **options)


class LimitStore:
    """The counters every `ui.limits.RateLimiter` of one app shares.

    Args:
        url: ``redis://host:port/db`` (``rediss://`` for TLS, ``valkey://``; Valkey also
            answers on ``redis://``), or None for counters in this process only.
        on_outage: ``"memory"`` (degrade to per-process counters, logged) or ``"refuse"``
            (fail closed); see the module docstring.
        retry_s: how long to stay degraded before trying the shared store again.
        timeout_s: how long one call to the shared store may take before it counts as down.
        max_keys: callers kept in memory (in this process, or while degraded).
        clock: monotonic seconds (tests pass their own).
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        on_outage: OutagePolicy = "memory",
        retry_s: float = 5.0,
        timeout_s: float = 0.5,
        max_keys: int = 100_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        from limits.strategies import MovingWindowRateLimiter

        if on_outage not in ("memory", "refuse"):
            raise ShopAssistError(
                f"SHOPASSIST_RATE_LIMIT_ON_OUTAGE: expected 'memory' or 'refuse', got {on_outage!r}"
            )
        self.url = url
        self.on_outage = on_outage
        self.retry_s = retry_s
        self.clock = clock
        self.shared = url is not None and url != "memory://"
        self._primary = MovingWindowRateLimiter(_storage(url, timeout_s, max_keys))
        self._fallback = (
            MovingWindowRateLimiter(bounded_memory_storage(max_keys)) if self.shared else None
        )
        self._down_until: float | None = None
        self._lock = threading.Lock()

    @property
    def storage(self) -> Any:
        """The `limits` storage in use when the shared store answers."""
        return self._primary.storage

    @property
    def degraded(self) -> bool:
        """Whether the shared store is treated as down right now."""
        with self._lock:
            return self._down_until is not None and self.clock() < self._down_until

    def healthy(self) -> bool:
        """Does the store answer (always True in memory)?"""
        try:
            return bool(self.storage.check())
        except Exception:  # any failure means "not healthy"
            return False

    def hit(self, item: Any, key: str) -> Verdict:
        """Count one hit of ``key`` against ``item`` (a `limits.RateLimitItem`).

        Raises:
            RateLimitStoreDown: the shared store is down and the policy is ``"refuse"``.
        """
        from limits.errors import StorageError

        if self._fallback is None or not self.degraded:
            try:
                return self._hit(self._primary, item, key)
            except StorageError as e:  # only a shared store raises it (wrap_exceptions)
                self._mark_down(e)
        if self.on_outage == "refuse":
            raise RateLimitStoreDown(
                f"rate limits: the shared store {redact(str(self.url))} does not answer, so "
                f"requests are refused until it does (SHOPASSIST_RATE_LIMIT_ON_OUTAGE=refuse); "
                f"try again in {self.retry_s:.0f}s",
                retry_after=self.retry_s,
            )
        return self._hit(self._fallback, item, key)

    def _mark_down(self, error: Exception) -> None:
        with self._lock:
            first = self._down_until is None
            self._down_until = self.clock() + self.retry_s
        if first:
            mode = (
                "refusing limited requests (fail closed)"
                if self.on_outage == "refuse"
                else "each worker now limits on its own (per-process counters)"
            )
            logger.error(
                "rate limits: the shared store %s does not answer (%s); %s until it is back; "
                "retrying every %.0fs",
                redact(str(self.url)),
                error,
                mode,
                self.retry_s,
            )

    def _hit(self, limiter: Any, item: Any, key: str) -> Verdict:
        if limiter.hit(item, key):
            self._recovered(limiter)
            return Verdict(True, 0.0)
        self._recovered(limiter)
        reset, _ = limiter.get_window_stats(item, key)
        return Verdict(False, max(0.0, reset - time.time()))

    def _recovered(self, limiter: Any) -> None:
        if limiter is not self._primary:
            return
        with self._lock:
            was_down, self._down_until = self._down_until is not None, None
        if was_down:
            logger.warning("rate limits: the shared store %s answers again", redact(str(self.url)))
