"""What every turn maker of the request parser's training data draws with (`TurnDrawer`: a
seeded random source over one store's facts and phrasings) and what it returns (`Drawn`)."""

from __future__ import annotations

import random
from typing import Any

from assistant.dialogue.model.model_request import ModelRequest, PickLine, TurnSituation
from assistant.llm.tuning.catalog_facts import CatalogFacts, Category
from assistant.llm.tuning.phrases import Phrasebook
from retrieval.filters import loose_brand_key


def shopper_price(x: float) -> int | float:
    """A price as a shopper types it: whole dollars above 10, else one decimal."""
    if x >= 10 or x == int(x):
        return round(x)
    return round(x, 1)


Drawn = tuple[str, ModelRequest, TurnSituation, str]
"""One drawn turn: the shopper's message, the request it parses to, the situation, its kind."""


def drawn(message: str, situation: TurnSituation, kind: str, **request: Any) -> Drawn:
    """A drawn turn whose expected `ModelRequest` has the fields ``request``."""
    return message, ModelRequest(**request), situation, kind


class TurnDrawer:
    """One generation run (a seeded random source over one store's facts), with the small
    helpers the turn makers draw with."""

    """One generation run (a seeded random source over one store's facts)."""

    def __init__(self, facts: CatalogFacts, rng: random.Random, phrases: Phrasebook) -> None:
        self.facts = facts
        self.rng = rng
        self.phrases = phrases
        self.cats = facts.categories
        self.weights = [c.count**0.5 for c in self.cats]
        self.brands = [b for b, n in facts.brands if n >= 3 and len(b) > 1]
        self.brand_keys = facts.brand_keys

    def choice(self, seq):  # type: ignore[no-untyped-def]
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def category(self) -> Category:
        return self.rng.choices(self.cats, self.weights)[0]

    def attr(self, key: str, default: str) -> str:
        return self.choice(self.facts.attributes.get(key) or (default,))

    def price_value(self, cat: Category, where: str = "mid") -> int | float:
        low, mid, high = cat.prices
        base = {"low": low, "mid": mid, "high": high}[where]
        value = base * self.rng.uniform(0.8, 1.5)
        return shopper_price(max(2.0, round(value / 5) * 5 if value > 20 else value))

    def picks(self, cat: Category, n: int | None = None) -> tuple[PickLine, ...]:
        n = n or self.rng.randint(2, 4)
        return tuple(self.rng.sample(list(cat.picks), min(n, len(cat.picks))))

    def so_far(self, cat: Category) -> str:
        parts = [f"need={cat.need}", f"category={cat.path}"]
        if self.chance(0.4):
            parts.append(f"price_max={self.price_value(cat)}")
        return "; ".join(parts)

    def noisy(self, text: str) -> str:
        """Typos, slang, case and fillers, at random (the labels stay as they were)."""
        words = text.split(" ")
        if self.chance(0.25):
            words = [self.phrases.slang.get(w, w) if self.chance(0.7) else w for w in words]
        if self.chance(0.3):
            candidates = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
            if candidates:
                i = self.choice(candidates)
                w, j = words[i], self.rng.randrange(1, len(words[i]) - 1)
                kind = self.rng.randrange(3)
                if kind == 0:
                    w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                elif kind == 1:
                    w = w[:j] + w[j + 1 :]
                else:
                    w = w[:j] + w[j] + w[j:]
                words[i] = w
        out = " ".join(words)
        if self.chance(0.15):
            out = f"{out} {self.choice(self.phrases.fillers)}"
        if self.chance(0.2):
            out = out.capitalize()
        elif self.chance(0.05):
            out = out.upper()
        return out

    def not_a_brand(self, word: str) -> bool:
        return loose_brand_key(word) not in self.brand_keys
