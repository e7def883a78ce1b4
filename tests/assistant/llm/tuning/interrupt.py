"""Stop a training run right after its first checkpoint is saved (for the resume tests)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import pytest


class Stopped(Exception):
    """Raised right after the first checkpoint of a run was saved."""


@contextlib.contextmanager
def stop_after_first_checkpoint() -> Iterator[Callable[..., Any]]:
    """Within the block, the trainer raises `Stopped` after saving its first checkpoint; the
    block must raise it (checked)."""
    from assistant.llm.tuning import trainer

    original = trainer._save_checkpoint

    def save_then_stop(*args: Any, **kwargs: Any) -> None:
        original(*args, **kwargs)
        raise Stopped

    trainer._save_checkpoint = save_then_stop
    try:
        with pytest.raises(Stopped):
            yield save_then_stop
    finally:
        trainer._save_checkpoint = original
