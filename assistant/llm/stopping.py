"""Stopping criteria for ``model.generate``: a stream's consumer went away, a stop string."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any


class Cancel:
    """A stopping criterion that ends generation when the consumer of a stream goes away."""

    def __init__(self) -> None:
        self.event = threading.Event()

    def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
        import torch

        return torch.full(
            (input_ids.shape[0],), self.event.is_set(), dtype=torch.bool, device=input_ids.device
        )


class StopOnText:
    """Ends each row of a batch once its new text contains a stop string.

    transformers' own ``stop_strings`` pre-processes the whole vocabulary (262k tokens for
    Gemma) on every call; decoding the few new tokens of each row per step is cheaper here.
    """

    def __init__(
        self,
        tokenizer: Any,
        stop: Sequence[str],
        prompt_length: int,
        *,
        eos_ids: frozenset[int] = frozenset(),
        on_done: Callable[[int, str], None] | None = None,
    ) -> None:
        """``on_done(row, text)`` is called once per row as it ends (stop string or one of
        ``eos_ids``); rows still running when generation stops are not reported."""
        self.tokenizer = tokenizer
        self.stop = [s for s in stop if s]
        self.prompt_length = prompt_length
        self.eos_ids = eos_ids
        self.on_done = on_done
        self.done: list[bool] | None = None

    def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
        import torch

        if self.done is None:
            self.done = [False] * input_ids.shape[0]
        new = input_ids[:, self.prompt_length :].tolist()
        for row, ids in enumerate(new):
            if not self.done[row]:
                text = self.tokenizer.decode(ids, skip_special_tokens=True)
                ended = bool(self.eos_ids) and not self.eos_ids.isdisjoint(ids)
                self.done[row] = ended or any(s in text for s in self.stop)
                if self.done[row] and self.on_done is not None:
                    self.on_done(row, text)
        return torch.tensor(self.done, dtype=torch.bool, device=input_ids.device)
