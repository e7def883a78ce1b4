"""Shopper words in other languages read into the catalog's English words.

The catalog (and the embedder) speak English; a message such as "Quiero un champú para cabello
rizado" is read word by word into "i want un shampoo for hair curly" before the rules parse it,
so its product type, body part, attributes and refinements ("algo más barato" -> "something
cheaper") are understood. Unknown words stay as written. The word list is package data
(``retrieval/data/lexicon.yaml``), one section per language.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml


@cache
def _lexicon() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every language's entries as one pattern (longest phrases first) and their English."""
    text = resources.files("retrieval").joinpath("data", "lexicon.yaml").read_text("utf-8")
    entries: dict[str, str] = {}
    for words in yaml.safe_load(text).values():
        for said, english in words.items():
            entries.setdefault(str(said).lower(), str(english))
    keys = sorted(entries, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, k.split())) for k in keys)
    return re.compile(rf"(?<![\w'])(?:{alternatives})(?![\w'])", re.IGNORECASE), entries


def to_catalog_words(text: str) -> str:
    """``text`` with the words and phrases of other languages the lexicon knows replaced by
    the catalog's English ones; everything else (English, brands, numbers) unchanged."""
    pattern, entries = _lexicon()
    return pattern.sub(lambda m: entries[" ".join(m.group(0).lower().split())], text)


def english_keys() -> list[str]:
    """The lexicon's keys (for checks that none is an everyday English word)."""
    return sorted(_lexicon()[1])
