"""Product kinds a need names by accident: "a shampoo for dry hair" is no dry shampoo.

A dry shampoo (a powder spray for hair between washes) is its own kind of product, and the
catalog's titles say so ("Batiste Dry Shampoo"). A shopper who wants a shampoo *for* dry hair
writes the same two words the other way round, and dense search finds the dry shampoos. Where
the need says "<type> for <word> hair" (or scalp) and the catalog's titles often name a
"<word> <type>", that kind is left out of the search: a hard filter on the product text, beside
the ingredients to avoid (`Constraints.not_kinds`). Hair only: "oil for dry skin" may well want
a dry oil.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import pairwise

from retrieval.tokenize import stem, words

KIND_FOR = re.compile(
    r"\b([a-z]+) for (?:(?:a|an|the|my|her|his|their|your|our|very|really|super|extra|so)\s+)*"
    r"([a-z]+)\s+(?:hair|scalp)s?\b"
)
"""A product type said for a kind of hair ("shampoo for dry hair", "sprays for my fine hair")."""

MIN_TITLES = 10
"""How many titles must name a two-word kind before it counts as one ("dry shampoo": 39)."""


def title_kinds(titles: Iterable[str], min_titles: int = MIN_TITLES) -> frozenset[str]:
    """Two-word phrases (stemmed: "dry shampoo") that at least ``min_titles`` titles name."""
    counts: Counter[str] = Counter()
    for title in titles:
        counts.update(_pairs(title))
    return frozenset(k for k, n in counts.items() if n >= min_titles)


def other_kinds(message: str, kinds: frozenset[str]) -> list[str]:
    """The kinds ``message`` asks for by accident ("shampoo for dry hair" -> ["dry shampoo"])
    among the catalog's ``kinds``; none when the message names the kind itself."""
    text = " ".join(words(message))
    said = _pairs(text)
    out: list[str] = []
    for m in KIND_FOR.finditer(text):
        kind = f"{stem(m.group(2))} {stem(m.group(1))}"
        if kind in kinds and kind not in said and kind not in out:
            out.append(kind)
    return out


def names_kind(text: str, kind: str) -> bool:
    """Whether ``text`` names ``kind`` itself ("a dry shampoo after all")."""
    return kind in _pairs(text)


def _pairs(text: str) -> set[str]:
    """The stemmed two-word phrases of ``text``."""
    return {f"{a} {b}" for a, b in pairwise(stem(w) for w in words(text))}
