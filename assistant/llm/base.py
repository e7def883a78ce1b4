"""The one small interface every language-model backend implements."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class GenerationStats:
    """Timing of one streamed generation (filled by backends that can measure it)."""

    new_tokens: int = 0
    first_token_s: float = 0.0
    total_s: float = 0.0


@runtime_checkable
class LLM(Protocol):
    """A text-completion model.

    ``capable`` is True for instruction-tuned or large models that can follow free-form
    instructions, False for small base models (such as the default gemma-3-270m) that need
    few-shot prompts and whose every output must be checked.
    """

    name: str
    capable: bool

    def generate(
        self,
        prompt: str,
        *,
        max_new_tokens: int = 64,
        temperature: float = 0.7,
        stop: list[str] | None = None,
        seed: int | None = None,
    ) -> str:
        """Complete ``prompt`` and return the new text only (cut at the first stop string)."""
        ...

    def stream(
        self,
        prompt: str,
        *,
        max_new_tokens: int = 64,
        temperature: float = 0.7,
        stop: list[str] | None = None,
        seed: int | None = None,
    ) -> Iterator[str]:
        """Yield the completion piece by piece as it is produced."""
        ...

    def batch(
        self,
        prompts: Sequence[str],
        *,
        max_new_tokens: int = 64,
        temperature: float = 0.7,
        stop: list[str] | None = None,
        seed: int | None = None,
    ) -> list[str]:
        """Complete several prompts (batched where the backend can) in the order given."""
        ...

    def batch_as_completed(
        self,
        prompts: Sequence[str],
        *,
        max_new_tokens: int = 64,
        temperature: float = 0.7,
        stop: list[str] | None = None,
        seed: int | None = None,
    ) -> Iterator[tuple[int, str]]:
        """Complete several prompts together, yielding ``(index, text)`` as each one finishes,
        in any order, so callers can show the first answers while the others are written."""
        ...


def in_order(finished: Iterator[tuple[int, str]], count: int) -> list[str]:
    """The texts of a `batch_as_completed` iterator, in prompt order."""
    texts = [""] * count
    for index, text in finished:
        texts[index] = text
    return texts


def cut_at_stop(text: str, stop: Sequence[str] | None) -> tuple[str, bool]:
    """Cut ``text`` at the earliest stop string.

    Returns:
        The text before the stop string, and whether a stop string was found.
    """
    if not stop:
        return text, False
    positions = [text.find(s) for s in stop if s and s in text]
    if not positions:
        return text, False
    return text[: min(positions)], True


def held_back(text: str, stop: Sequence[str] | None) -> int:
    """How many trailing characters of ``text`` could be the start of a stop string.

    A streamer must not emit them yet: the next piece may complete the stop string.
    """
    if not stop:
        return 0
    keep = 0
    for s in stop:
        for n in range(min(len(s) - 1, len(text)), 0, -1):
            if text.endswith(s[:n]):
                keep = max(keep, n)
                break
    return keep


def stream_with_stops(pieces: Iterator[str], stop: Sequence[str] | None) -> Iterator[str]:
    """Re-chunk a stream of text pieces so that nothing at or after a stop string is yielded."""
    buffer = ""
    for piece in pieces:
        buffer += piece
        text, found = cut_at_stop(buffer, stop)
        if found:
            if text:
                yield text
            return
        keep = held_back(buffer, stop)
        emit = buffer[: len(buffer) - keep] if keep else buffer
        if emit:
            yield emit
        buffer = buffer[len(emit) :]
    if buffer:
        yield buffer
