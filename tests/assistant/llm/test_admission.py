"""The bounded line in front of a language model (`assistant.llm.admission.ModelQueue`)."""

from __future__ import annotations

import threading
import time

import pytest

from assistant.llm.admission import ModelBusy, ModelQueue
from assistant.llm.errors import LLMError
from core.errors import UnavailableError
from ui.api.errors import status_of


def _wait_for(condition: object, timeout_s: float = 5.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.01)


def test_the_line_is_bounded_and_the_next_caller_is_refused_at_once() -> None:
    """Before (a plain lock): every caller waited its whole timeout, each holding a thread."""
    queue = ModelQueue(slots=1, max_waiting=2, wait_s=10)
    queue.acquire()  # the model is running
    served: list[int] = []

    def caller(i: int) -> None:
        with queue.hold():
            served.append(i)

    waiters = [threading.Thread(target=caller, args=(i,)) for i in range(2)]
    for t in waiters:
        t.start()
    _wait_for(lambda: queue.waiting == 2)
    started = time.monotonic()
    with pytest.raises(ModelBusy, match="1 running and 2 waiting"):
        queue.acquire()
    assert time.monotonic() - started < 0.5  # refused, not made to wait
    queue.release()
    for t in waiters:
        t.join(timeout=5)
    assert sorted(served) == [0, 1] and not queue.locked() and queue.waiting == 0


def test_a_caller_in_line_gives_up_after_its_timeout() -> None:
    queue = ModelQueue(max_waiting=1)
    with queue.hold():
        assert queue.acquire(timeout=0.05) is False  # a lock's answer
        assert queue.acquire(blocking=False) is False
        with pytest.raises(ModelBusy, match="waited 0s"), queue.hold(timeout=0.05):
            pass
    assert queue.acquire(blocking=False) is True


def test_busy_is_a_model_error_and_a_503() -> None:
    error = ModelBusy("busy")
    assert isinstance(error, LLMError) and isinstance(error, UnavailableError)
    assert status_of(error) == 503


def test_several_slots_and_no_line() -> None:
    queue = ModelQueue(slots=2, max_waiting=0)
    assert queue.acquire() and queue.acquire() and queue.locked()
    with pytest.raises(ModelBusy):
        queue.acquire()
    queue.release()
    assert not queue.locked()
    with pytest.raises(ValueError, match="slots: expected >= 1"):
        ModelQueue(slots=0)
