"""The one base class every language-model backend extends, and its generation options."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from assistant.llm.errors import LLMError


@dataclass(frozen=True)
class GenerationStats:
    """Timing of one streamed generation (filled by backends that can measure it)."""

    new_tokens: int = 0
    first_token_s: float = 0.0
    total_s: float = 0.0


@dataclass(frozen=True)
class GenerationOptions:
    """How to generate: validated once, then passed unchanged to the backend.

    Attributes:
        max_new_tokens: the most tokens to add (1 or more).
        temperature: 0 for greedy decoding, above 0 to sample.
        stop: strings that end the text (the text is cut before the first one).
        seed: makes sampling repeatable where the backend supports it.
    """

    max_new_tokens: int = 64
    temperature: float = 0.7
    stop: tuple[str, ...] = ()
    seed: int | None = None

    def __post_init__(self) -> None:
        if self.max_new_tokens < 1:
            raise LLMError(f"max_new_tokens: expected 1 or more, got {self.max_new_tokens}")
        if self.temperature < 0:
            raise LLMError(f"temperature: expected 0 or more, got {self.temperature}")
        # callers pass lists or None; keep a tuple without empty strings
        object.__setattr__(self, "stop", tuple(s for s in self.stop or () if s))

    @classmethod
    def of(cls, options: GenerationOptions | None, settings: dict[str, Any]) -> GenerationOptions:
        """``options`` (or the defaults) with keyword ``settings`` applied on top."""
        base = options or cls()
        unknown = set(settings) - {f.name for f in fields(cls)}
        if unknown:
            names = ", ".join(f.name for f in fields(cls))
            raise LLMError(f"generation options: unknown {sorted(unknown)}; expected {names}")
        return replace(base, **settings) if settings else base


class LLM(ABC):
    """A text-completion model: the one base class of every backend.

    Backends implement two methods over a frozen `GenerationOptions`: `_complete` (several
    prompts, answers as each finishes) and `_stream` (one prompt, piece by piece). This class
    builds `generate`, `batch`, `batch_as_completed` and `stream` on them once, and cuts every
    answer at its stop strings. Each public method takes ``options`` and/or the options' fields
    as keywords (``max_new_tokens=20, stop=["\\n"]``).

    ``capable`` is True for instruction-tuned or large models that can follow free-form
    instructions, False for small base models (such as the default gemma-3-270m) that need
    few-shot prompts and whose every output must be checked.
    """

    name: str = "llm"
    capable: bool = False

    @abstractmethod
    def _complete(
        self, prompts: Sequence[str], options: GenerationOptions
    ) -> Iterator[tuple[int, str]]:
        """Yield ``(index, text)`` for every prompt, in any order, as each one finishes."""

    @abstractmethod
    def _stream(self, prompt: str, options: GenerationOptions) -> Iterator[str]:
        """Yield the completion of ``prompt`` piece by piece."""

    def generate(
        self, prompt: str, options: GenerationOptions | None = None, **settings: Any
    ) -> str:
        """Complete ``prompt`` and return the new text only (cut at the first stop string)."""
        return self.batch([prompt], options, **settings)[0]

    def batch(
        self, prompts: Sequence[str], options: GenerationOptions | None = None, **settings: Any
    ) -> list[str]:
        """Complete several prompts (batched where the backend can) in the order given."""
        return in_order(self.batch_as_completed(prompts, options, **settings), len(prompts))

    def batch_as_completed(
        self, prompts: Sequence[str], options: GenerationOptions | None = None, **settings: Any
    ) -> Iterator[tuple[int, str]]:
        """Complete several prompts together, yielding ``(index, text)`` as each one finishes,
        in any order, so callers can show the first answers while the others are written."""
        chosen = GenerationOptions.of(options, settings)
        finished = self._complete(list(prompts), chosen)
        try:
            for index, text in finished:
                yield index, cut_at_stop(text, chosen.stop)[0]
        finally:
            _close(finished)  # the backend stops its work when the caller goes away

    def stream(
        self, prompt: str, options: GenerationOptions | None = None, **settings: Any
    ) -> Iterator[str]:
        """Yield the completion piece by piece as it is produced (nothing past a stop)."""
        chosen = GenerationOptions.of(options, settings)
        pieces = self._stream(prompt, chosen)
        try:
            yield from stream_with_stops(pieces, chosen.stop)
        finally:
            _close(pieces)  # at a stop string, or when the caller goes away


def _close(iterator: Iterator[Any]) -> None:
    close = getattr(iterator, "close", None)
    if close is not None:
        close()


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
