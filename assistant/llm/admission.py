"""A bounded line in front of a language model: `ModelQueue`, the per-worker replacement for
an unbounded model lock.

With a plain lock, every caller that finds the model busy waits (up to its timeout), each
holding a server thread: a burst of marketing batches or REST copy calls can take every thread
of a worker while they wait, and then nothing else it serves (chat included) gets a thread.
`ModelQueue` lets ``slots`` callers use the model and ``max_waiting`` wait in line; the next
one is refused at once with `ModelBusy` (an `LLMError` and an `UnavailableError`: HTTP 503, a
template fallback in the copywriter), so what one worker holds stays bounded under any load.

It offers a lock's methods (``acquire(blocking, timeout)``, ``release``, ``locked``), so a
backend that holds a ``threading.Lock`` can take it in its place. At scale the model is best
served by a separate server (vLLM, llama.cpp's server: `assistant.llm.openai_http`), which
batches every worker's requests on its own; docs/DEPLOY.md.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from assistant.llm.errors import LLMError
from core.errors import UnavailableError


class ModelBusy(LLMError, UnavailableError):
    """The model's line is full, or a caller waited its whole timeout: try again later."""


class ModelQueue:
    """At most ``slots`` holders and ``max_waiting`` waiters; the next caller is refused.

    Args:
        slots: callers that may use the model at once (1 for a model on one device).
        max_waiting: callers that may wait in line; 0 refuses whoever finds it taken.
        wait_s: how long a caller waits in line by default before `ModelBusy`.
    """

    def __init__(self, slots: int = 1, max_waiting: int = 8, wait_s: float = 120.0) -> None:
        if slots < 1:
            raise ValueError(f"slots: expected >= 1, got {slots}")
        if max_waiting < 0:
            raise ValueError(f"max_waiting: expected >= 0, got {max_waiting}")
        self.slots = slots
        self.max_waiting = max_waiting
        self.wait_s = wait_s
        self._holders = 0
        self._waiting = 0
        self._changed = threading.Condition()

    @property
    def waiting(self) -> int:
        """Callers in line now."""
        with self._changed:
            return self._waiting

    def locked(self) -> bool:
        """Whether every slot is taken (a caller would have to wait)."""
        with self._changed:
            return self._holders >= self.slots

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        """Take a slot, like `threading.Lock.acquire`: False when ``blocking`` is False and
        none is free, or when ``timeout`` (seconds; -1: ``wait_s``) runs out in line.

        Raises:
            ModelBusy: the line already holds ``max_waiting`` callers (refused at once).
        """
        with self._changed:
            if self._holders < self.slots:
                self._holders += 1
                return True
            if not blocking:
                return False
            if self._waiting >= self.max_waiting:
                raise ModelBusy(
                    f"the language model is busy: {self._holders} running and "
                    f"{self._waiting} waiting, the most this worker queues; try again shortly"
                )
            deadline = time.monotonic() + (self.wait_s if timeout < 0 else timeout)
            self._waiting += 1
            try:
                while self._holders >= self.slots:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        return False
                    self._changed.wait(left)
                self._holders += 1
                return True
            finally:
                self._waiting -= 1

    def release(self) -> None:
        """Give a slot back (to the longest-waiting caller's turn)."""
        with self._changed:
            if self._holders <= 0:
                raise RuntimeError("release: no slot is held")
            self._holders -= 1
            self._changed.notify()

    @contextmanager
    def hold(self, timeout: float = -1) -> Iterator[None]:
        """Hold a slot for the block.

        Raises:
            ModelBusy: the line is full, or ``timeout`` (default ``wait_s``) ran out.
        """
        if not self.acquire(timeout=timeout):
            waited = self.wait_s if timeout < 0 else timeout
            raise ModelBusy(f"the language model is busy (waited {waited:.0f}s); try again")
        try:
            yield
        finally:
            self.release()
