"""Hot reload: an object loaded from the newest version of an artifact, swapped in place when a
newer version is published, without a restart.

`Reloading` holds ``(version, object)`` as one tuple and replaces the tuple in one assignment,
so a reader sees the old pair or the new one, never a mix. A call that already holds the old
object (a ranking in flight) finishes on it; the next call gets the new one. `Live` stands for
the current object wherever the code expects the object itself (the ranker the conversation
and the suggester call, the BM25 index the retriever calls), so they need no change.

The check is cheap (one indexed row, or a ``stat``) and runs at most every ``check_s`` seconds,
when the object is used; loading the new version runs in a background thread, so no request
waits for it. A failed check or load is logged and the old version keeps serving (a version
that failed to load is not tried again; the next one is).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

from catalog.artifacts import ArtifactStore, ArtifactVersion

logger = logging.getLogger(__name__)

T = TypeVar("T")


class Reloading(Generic[T]):
    """The object loaded from an artifact's newest version, reloaded when it changes.

    Args:
        name: the artifact ("ranker", "bm25-products").
        artifacts: where versions are published.
        load: a fetched version's folder -> the object.
        current: the object serving now.
        version: the version ``current`` was loaded from (None: unknown, the first published
            version replaces it).
        check_s: look for a newer version at most this often (seconds); 0: never.
        on_swap: called with the new object after each swap (in the loading thread).
        background: load new versions in a thread (False: in the calling thread; for tests).
        clock: monotonic seconds (tests pass their own).
    """

    def __init__(
        self,
        name: str,
        artifacts: ArtifactStore,
        load: Callable[[Path], T],
        current: T,
        *,
        version: ArtifactVersion | None,
        check_s: float,
        on_swap: Callable[[T], None] | None = None,
        background: bool = True,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if check_s < 0:
            raise ValueError(f"check_s: expected seconds >= 0, got {check_s}")
        self.name = name
        self.artifacts = artifacts
        self.load = load
        self.check_s = check_s
        self.on_swap = on_swap
        self.background = background
        self.clock = clock
        self._state: tuple[ArtifactVersion | None, T] = (version, current)
        self._failed: str | None = None  # a version that did not load is not tried again
        self._checking = threading.Lock()
        self._last_check = clock()

    @property
    def current(self) -> T:
        """The object serving now (no check)."""
        return self._state[1]

    @property
    def version(self) -> str | None:
        """The version serving now (None: loaded before any publication was known)."""
        found = self._state[0]
        return None if found is None else found.version

    def get(self) -> T:
        """The object serving now; starts a check when the last one is ``check_s`` old."""
        self.poll()
        return self._state[1]

    def poll(self) -> None:
        """Start a check (in the background) when one is due and none is running."""
        if self.check_s <= 0 or self.clock() - self._last_check < self.check_s:
            return
        if not self._checking.acquire(blocking=False):
            return  # a check is running
        self._last_check = self.clock()
        if self.background:
            # a daemon: a check stuck on an unreachable store never holds up a worker's exit
            threading.Thread(
                target=self._check_quietly, name=f"reload-{self.name}", daemon=True
            ).start()
        else:
            self._check_quietly()

    def _check_quietly(self) -> None:
        try:
            self._swap_if_newer()
        except Exception:  # a bad version must not take the worker down: keep the old one
            logger.exception(
                "%s: reloading the newest version failed; the old one serves", self.name
            )
        finally:
            self._checking.release()

    def check(self) -> bool:
        """Look for a newer version now and swap it in (waits for a running check).

        Returns:
            True when a new version was loaded.

        Raises:
            Exception: whatever fetching or loading the new version raised (the old one stays).
        """
        with self._checking:
            self._last_check = self.clock()
            return self._swap_if_newer()

    def _swap_if_newer(self) -> bool:
        latest = self.artifacts.latest(self.name)
        serving = self._state[0]
        if latest is None or (serving is not None and latest.version == serving.version):
            return False
        if latest.version == self._failed:
            return False
        started = time.perf_counter()
        try:
            loaded = self.load(self.artifacts.fetch(latest))
        except Exception:
            self._failed = latest.version
            raise
        self._state = (latest, loaded)
        if self.on_swap is not None:
            self.on_swap(loaded)
        logger.info(
            "%s: now serving version %s (loaded in %.1fs; was %s)",
            self.name,
            latest.version,
            time.perf_counter() - started,
            None if serving is None else serving.version,
        )
        return True


class Live:
    """Stands for the object a `Reloading` serves now: attribute reads go to it.

    A method read from it is bound to the object of that moment, so a call in flight finishes
    on the version it started with.

    Args:
        source: the reloading object.
        poll: what to poll on each use (default: ``source.poll``; a watch of several artifacts
            polls them all, so that using one keeps every one fresh).
    """

    __slots__ = ("_poll", "_source")

    def __init__(self, source: Reloading[Any], poll: Callable[[], None] | None = None) -> None:
        object.__setattr__(self, "_source", source)
        object.__setattr__(self, "_poll", poll or source.poll)

    def __getattr__(self, name: str) -> Any:
        self._poll()
        return getattr(self._source.current, name)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{name}: a live artifact is read-only; publish a new version")

    def __len__(self) -> int:
        self._poll()
        return len(self._source.current)

    def __repr__(self) -> str:
        return f"Live({self._source.name} version {self._source.version})"
