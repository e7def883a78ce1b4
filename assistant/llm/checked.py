"""Model calls whose answers code checks before use: timed, counted and logged in one place.

The request parser, the query rewriter, the reply writer and the profile summary each ask the
language model for something that a check then accepts or refuses, and each falls back to what
the rules or a template give. `ModelTask` is that bookkeeping, written once: `ask` runs the call
(a model error counts as "failed", one that comes once the call's time budget is spent as
"timed out"; both are logged and give None) and `accept` records
the check's verdict ("model" when the answer is used, "refused" with the reason logged).
`text_problem` is the first check of every text a model writes for a shopper or an agent, and
`has_words` the whole-word test the later checks share.
"""

from __future__ import annotations

import logging
import re
import time
from collections import Counter
from collections.abc import Callable
from typing import TypeVar

from core.errors import ShopAssistError

logger = logging.getLogger(__name__)

T = TypeVar("T")


class ModelTask:
    """One kind of checked model call and its outcomes since it was built.

    The counts are per process, for logs and benchmarks (never per shopper).

    Attributes:
        name: what the call does, for the log lines ("reply writing").
        counts: answers "model" (used), "refused" (by the check), "failed" (a model error or
            a timeout) and "timed out" (an error once ``budget_s`` was spent: the backend's
            limit cut the answer, or the wait for the model or the server ran out).
        last_seconds: how long the last call took.
        budget_s: the seconds a call may take (the backend enforces it: `LocalLLM` max_time,
            a server's timeout), or None when the task has no budget of its own.
    """

    def __init__(self, name: str, *, budget_s: float | None = None) -> None:
        self.name = name
        self.counts: Counter[str] = Counter()
        self.last_seconds = 0.0
        self.budget_s = budget_s

    def ask(self, call: Callable[[], T]) -> T | None:
        """``call()`` (one model call), timed; None when it raises a `ShopAssistError` (a model
        error: counted "failed", or "timed out" when it comes with ``budget_s`` spent; logged).
        """
        started = time.perf_counter()
        try:
            return call()
        except ShopAssistError as e:
            spent = time.perf_counter() - started
            if self.budget_s is not None and spent >= self.budget_s:
                self.counts["timed out"] += 1
                logger.warning(
                    "%s: ran out of its %gs budget (%.1fs: %s); falling back",
                    self.name,
                    self.budget_s,
                    spent,
                    e,
                )
                return None
            self.counts["failed"] += 1
            logger.warning("%s: the model failed (%s); falling back", self.name, e)
            return None
        finally:
            self.last_seconds = time.perf_counter() - started

    def accept(self, answer: str, reason: str | None) -> bool:
        """Record the check's verdict on ``answer``: True (counted "model") when ``reason`` is
        None, else False (counted "refused" and logged with the reason)."""
        if reason is None:
            self.counts["model"] += 1
            return True
        self.counts["refused"] += 1
        logger.info(
            "%s: the model's answer %r was refused (%s); falling back",
            self.name,
            answer[:200],
            reason,
        )
        return False


def text_problem(
    text: str, *, max_chars: int, meta: re.Pattern[str], sentences: int, max_sentences: int
) -> str | None:
    """Why a model-written text cannot be shown whatever its facts, or None.

    It must not be empty nor longer than ``max_chars``, must not talk about its own prompt
    (``meta``), must have at most ``max_sentences`` sentences (``sentences``, counted the
    caller's way), must end with a full stop and must not say three words three times.
    """
    if not text:
        return "empty"
    if len(text) > max_chars:
        return f"longer than {max_chars} characters"
    if (m := meta.search(text)) is not None:
        return f"talks about its instructions ({m.group(0)!r})"
    if sentences > max_sentences:
        return f"more than {max_sentences} sentences"
    if not text.rstrip().endswith((".", "!")):
        return "unfinished (no full stop at the end)"
    words = re.findall(r"\w+", text.casefold())
    triples = list(zip(words, words[1:], words[2:], strict=False))
    if any(triples.count(t) > 2 for t in set(triples)):
        return "repeats itself"
    return None


def has_words(needle: str, text: str) -> bool:
    """Whether ``text`` holds ``needle`` as whole words (not inside a longer word)."""
    return re.search(rf"(?<![\w]){re.escape(needle)}(?![\w])", text) is not None
