"""Training examples for the request parser, generated from the store's own catalog.

Each example is what a parser reads and what it should answer: a `TurnSituation`, the
shopper's message and the `ModelRequest` delta (`assistant.dialogue.model.model_request`). The
generator draws categories, need words, brands, prices, attribute words and picks from
`CatalogFacts` (the store's catalog only) and phrasings from `phrases`; it is deterministic for
a seed. Messages get typos (swapped or dropped letters), slang and fillers at random.
The turn makers, one per situation, are `turns.Gen`'s (from `search_turns` and
`dialogue_turns`); this module mixes them into examples.
"""

from __future__ import annotations

import hashlib
import inspect
import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from assistant.dialogue.model.model_request import ModelRequest, TurnSituation
from assistant.llm.tuning.catalog_facts import CatalogFacts
from assistant.llm.tuning.phrases import PHRASES_FILE, PhrasesError, phrasebook
from assistant.llm.tuning.turns import Drawn, Gen

INTENTS = (
    "search", "refine", "answer", "ask", "compare", "why", "bundle", "feedback", "more_like",
    "clear", "greeting", "off_topic", "unsafe",
)  # fmt: skip


@dataclass(frozen=True)
class Example:
    """One training example: the situation, the message and the expected delta."""

    situation: TurnSituation
    message: str
    request: ModelRequest
    kind: str

    @property
    def key(self) -> str:
        """What makes two examples the same question (situation and message)."""
        return f"{self.situation!r}|{self.message.lower()}"


@dataclass(frozen=True)
class Dataset:
    """Generated examples split into training and held-out sets (disjoint messages)."""

    train: tuple[Example, ...]
    held_out: tuple[Example, ...]

    def fingerprint(self) -> str:
        """A short hash of every example (changes with the catalog, the seed or the code)."""
        h = hashlib.sha256()
        for e in (*self.train, *self.held_out):
            h.update(f"{e.key}|{e.request.compact_json()}\n".encode())
        return h.hexdigest()[:16]

    def counts(self) -> dict[str, int]:
        """Examples per intent."""
        return dict(Counter(e.request.intent for e in (*self.train, *self.held_out)))


def _makers() -> dict[str, Callable[[Gen], Drawn]]:
    """The turn makers: every method of `Gen` and the classes it draws them from that returns a
    `Drawn`, by name."""
    return {
        name: method
        for cls in reversed(Gen.__mro__[:-1])  # object holds none
        for name, method in vars(cls).items()
        if callable(method) and inspect.signature(method).return_annotation == "Drawn"
    }


def _mix(weights: dict[str, float]) -> tuple[list[Callable[[Gen], Drawn]], list[float]]:
    """The turn makers and their weights, in the order of the phrasebook's ``mix``.

    Raises:
        PhrasesError: ``mix`` names a maker that does not exist or leaves one out.
    """
    makers = _makers()
    unknown = [name for name in weights if name not in makers]
    missing = [name for name in makers if name not in weights]
    if unknown or missing:
        raise PhrasesError(
            f"{PHRASES_FILE}: mix: expected a weight for each turn maker "
            f"({', '.join(makers)}), got unknown {unknown or 'none'} and missing "
            f"{missing or 'none'}; fix the names under mix"
        )
    return [makers[name] for name in weights], list(weights.values())


_ID = re.compile(r"\bB0[0-9A-Z]{8}\b")


def generate(facts: CatalogFacts, count: int, *, seed: int = 0) -> list[Example]:
    """``count`` distinct examples from the store's facts, deterministic for ``seed``.

    Raises:
        ValueError: the catalog has no category with enough products to ask for.
    """
    if not facts.categories:
        raise ValueError(
            "catalog: expected categories with at least a dozen priced products, got none; "
            "import a catalog first"
        )
    phrases = phrasebook()
    makers, weights = _mix(phrases.mix)
    rng = random.Random(seed)
    gen = Gen(facts, rng, phrases)
    seen: set[str] = set()
    out: list[Example] = []
    attempts = 0
    while len(out) < count and attempts < count * 20:
        attempts += 1
        maker = rng.choices(makers, weights)[0]
        text, request, situation, kind = maker(gen)
        if not kind.startswith("lang_") and request.intent not in ("unsafe",):
            text = gen.noisy(text)
        text = " ".join(text.split())
        if _ID.search(text):
            continue
        example = Example(situation, text, request, kind)
        if example.key in seen:
            continue
        seen.add(example.key)
        out.append(example)
    return out


def split(examples: list[Example], held_out: float = 0.05, *, seed: int = 0) -> Dataset:
    """Split examples by message text (the same message never lands on both sides)."""

    def bucket(e: Example) -> float:
        digest = hashlib.sha256(f"{seed}|{e.message.lower()}".encode()).digest()
        return int.from_bytes(digest[:4], "big") / 2**32

    train = tuple(e for e in examples if bucket(e) >= held_out)
    test = tuple(e for e in examples if bucket(e) < held_out)
    return Dataset(train, test)
