"""Words of other languages read through the root they share with an English word.

A shopper asks for a cream "sin ftalatos", a nail polish "ohne Formaldehyd", "bez
formaldehydu" or "без формальдегида": no word list has them, but each shares its root with
the English word the catalog is written in. `cognate_key` reduces a word to that root (accents
folded, Cyrillic and Greek letters written in Latin ones, the spellings of one sound made alike,
an ending dropped: "ftalatos" and "phthalates" are both "ftalat"), and `english_for` finds the
English word, of those given, whose key is the same or one or two letters off. The rules are
package data (``retrieval/data/cognates.yaml``), with the ingredients shoppers ask a product to
be free of (`free_from`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from rapidfuzz.distance import OSA

from retrieval.data_files import load_yaml
from retrieval.number_words import folded

KEY_MIN = 4
"""The shortest key read as a root: shorter ones are near too many words."""
FUZZY_MIN = 7
"""The shortest key read as a root one or two letters off: shorter ones are too near words of
their own ("formol", "formula")."""
VOWELS = "aeiou"


@dataclass(frozen=True)
class _Rules:
    latin: dict[str, str]
    endings: tuple[tuple[str, str], ...]
    spellings: tuple[tuple[re.Pattern[str] | str, str], ...]
    drop: tuple[str, ...]
    free_from: frozenset[str]


@cache
def _rules() -> _Rules:
    data = load_yaml("cognates.yaml")
    return _Rules(
        latin={str(k): str(v) for k, v in data["latin"].items()},
        endings=tuple(sorted(data["endings"].items(), key=lambda e: len(e[0]), reverse=True)),
        spellings=tuple(
            (re.compile(str(a)) if re.escape(str(a)) != str(a) else str(a), str(b))
            for a, b in data["spellings"]
        ),
        drop=tuple(sorted(data["drop"], key=len, reverse=True)),
        free_from=frozenset(str(w) for w in data["free_from"]),
    )


def free_from() -> frozenset[str]:
    """The ingredients shoppers ask a product to be free of, in English."""
    return _rules().free_from


@cache
def cognate_key(word: str) -> str:
    """The root ``word`` shares with its cognates: "formaldehído", "Formaldehyd",
    "formaldehyde" -> "formaldeid"; "ftalatos", "phthalates" -> "ftalat"; "loción", "lotion"
    -> "lotion"."""
    rules = _rules()
    key = "".join(rules.latin.get(c, c) for c in folded(word))
    key = re.sub(r"[^a-z]", "", key)
    for ending, same in rules.endings:
        if key.endswith(ending) and len(key) - len(ending) >= 2:
            key = key[: -len(ending)] + same
            break
    for said, same in rules.spellings:  # a plain spelling replaced as text: faster
        key = key.replace(said, same) if isinstance(said, str) else said.sub(same, key)
    key = re.sub(r"(.)\1+", r"\1", key)
    for ending in rules.drop:
        if key.endswith(ending) and len(key) - len(ending) >= KEY_MIN:
            key = key[: -len(ending)]
            break
    while len(key) > KEY_MIN and key[-1] in VOWELS:
        key = key[:-1]
    return key


@cache
def _index(words: frozenset[str]) -> dict[str, dict[str, str]]:
    """The English ``words`` by the first letter of their key, then by key (for a key several
    words share, an ingredient of `free_from` first, then the shortest word)."""
    ranked = sorted(words, key=lambda w: (w not in free_from(), len(w), w))
    index: dict[str, dict[str, str]] = {}
    for word in ranked:
        key = cognate_key(word)
        if len(key) >= KEY_MIN:
            index.setdefault(key[0], {}).setdefault(key, word)
    return index


def english_for(
    word: str, english: Iterable[str], near_ones: frozenset[str] | None = None
) -> str | None:
    """The word of ``english`` that ``word`` (another language's, or the same word) shares its
    root with: the same key, else, for a word of ``near_ones`` (by default the ingredients of
    `free_from`) and a key of `FUZZY_MIN` letters or more, one letter off (two for keys of
    eight letters or more: a sound one language writes and another does not, "formaldegid",
    "osibenson"); None when none is. A shorter key must be the same ("formol" is no
    "formula")."""
    key = cognate_key(word)
    if len(key) < KEY_MIN:
        return None
    near = _index(frozenset(english)).get(key[0], {})
    if key in near:
        return near[key]
    if len(key) < FUZZY_MIN:
        return None
    limit = 1 if len(key) < 8 else 2
    among = free_from() if near_ones is None else near_ones
    found = sorted(
        (OSA.distance(key, other), other)
        for other, said in near.items()
        if said in among and abs(len(other) - len(key)) <= limit
    )
    if not found or found[0][0] > limit:
        return None
    best = [other for distance, other in found if distance == found[0][0]]
    return near[best[0]] if len(best) == 1 else None
