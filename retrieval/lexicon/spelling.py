"""British words and spellings in the catalog's American ones (`in_american_spelling`)."""

from __future__ import annotations

import re
from functools import cache

from retrieval.data_files import load_yaml
from retrieval.lexicon.scripts import LETTER
from retrieval.lexicon.tables import _key_pattern

BRITISH = "en-gb"
"""The lexicon's section of British English words read as the catalog's ("cotton buds")."""


@cache
def _british() -> tuple[re.Pattern[str], dict[str, str]]:
    """The British words of the lexicon's section and the spellings table
    (`data/spellings.yaml`) as one pattern (longest first, whole words), and their American
    words."""
    words = {
        str(k).lower(): str(v)
        for table in (load_yaml("lexicon.yaml")[BRITISH], load_yaml("spellings.yaml"))
        for k, v in table.items()
    }
    keys = sorted(words, key=len, reverse=True)
    said = "|".join(_key_pattern(k, "") for k in keys)
    return re.compile(rf"(?<!{LETTER})(?:{said})(?!{LETTER})", re.IGNORECASE), words


def in_american_spelling(text: str) -> str:
    """``text`` with each British word in the catalog's American one ("colour-treated":
    color-treated, "Grey": gray), the rest as written: the one fold of US/UK words, for whoever
    compares a value said either way (the understanding eval's attributes, the stated needs a
    profile keeps). The reader reads a message as said: only the lexicon's `en-gb` words are
    read as the catalog's (`to_catalog_words`), not the spellings."""
    pattern, words = _british()
    return pattern.sub(lambda m: words[" ".join(m.group(0).lower().split())], text)
