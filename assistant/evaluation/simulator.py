"""Simulated shoppers for `shopassist eval conversation`.

Each shopper has a hidden target (a real user's held-out next purchase). It states a need from
the target's category and price, never its brand or title; answers a clarifying question from the
target's category path; and reacts to the picks: it dislikes picks outside the target's category
and adds one descriptive word (a word common across the catalog's titles, so it cannot single the
target out) or a price hint per turn.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from assistant.dialogue.turn import Turn
from catalog.schema import Product
from retrieval.tokenize import STOP_WORDS

WORD = re.compile(r"[a-z]+")
TITLE_FILLER = {
    "oz", "ml", "new", "pack", "count", "fl", "set", "women", "men", "piece", "size", "inch",
}  # fmt: skip
"""Words of product titles that describe no product (units, pack sizes), beside the stop words."""
GENERIC = {
    "best", "professional", "natural", "free", "great", "quality", "original", "premium", "pro",
    "ultra", "super", "extra", "plus", "high", "long", "lasting", "brand", "authentic", "value",
}  # fmt: skip


def common_title_words(products: Iterable[Product], *, min_products: int = 25) -> set[str]:
    """Words that appear in the titles of at least ``min_products`` products."""
    df: Counter[str] = Counter()
    for p in products:
        df.update(set(WORD.findall(p.title.lower())))
    return {
        w
        for w, n in df.items()
        if n >= min_products
        and w not in STOP_WORDS
        and w not in TITLE_FILLER
        and w not in GENERIC
        and len(w) > 2
    }


@dataclass
class SimulatedShopper:
    """One simulated conversation's shopper, aiming at a hidden target product."""

    target: Product
    common_words: set[str]
    said: list[str] = field(default_factory=list)

    def _hints(self) -> list[str]:
        brand_words = set(WORD.findall((self.target.brand or "").lower()))
        category_words = {w for c in self.target.categories for w in WORD.findall(c.lower())}
        words = [
            w
            for w in dict.fromkeys(WORD.findall(self.target.title.lower()))
            if w in self.common_words and w not in brand_words and w not in category_words
        ]
        return words

    def opening(self) -> str:
        """The first message: the need, from the target's last two category levels."""
        path = self.target.categories[1:] or ["beauty products"]
        need = " ".join(path[-2:]).lower().replace("&", "and")
        return f"I'm looking for {need}"

    def answer(self, turn: Turn, options: Sequence[str]) -> str:
        """An answer to a clarifying question: the option on the target's category path."""
        path = " > ".join(self.target.categories)
        for option in options:
            if path.startswith(option):
                return option.split(" > ")[-1].lower()
        return "not sure, show me something"

    def react(self, turn_number: int) -> str:
        """The next message after picks that missed: a descriptive word, then a price hint."""
        hints = [w for w in self._hints() if w not in self.said]
        if turn_number == 1 and hints:
            self.said.append(hints[0])
            return f"something with {hints[0]}"
        if self.target.price is not None:
            ceiling = max(5, math.ceil(self.target.price * 1.25 / 5.0) * 5)
            if f"under ${ceiling}" not in self.said:
                self.said.append(f"under ${ceiling}")
                return f"under ${ceiling}"
        if hints:
            self.said.append(hints[0])
            return f"something with {hints[0]}"
        return "something else"

    def disliked(self, turn: Turn) -> list[str]:
        """Picks outside the target's category (the shopper would say 'not these')."""
        leaf = self.target.categories[:3]
        return [p.id for p in turn.picks if p.categories[:3] != leaf]
