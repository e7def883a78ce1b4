"""Words glued into one by a compounding language read as the keys they are made of."""

from __future__ import annotations

import re

from retrieval.compounds import split_compound
from retrieval.lexicon.scripts import WORDS_APART
from retrieval.lexicon.tables import _Lexicon


def _languages_of(word: str, lexicon: _Lexicon) -> frozenset[str]:
    """The compounding languages in which ``word`` (lower case) is a key a compound's part
    may be; all of them for an English word they borrow as a part ("shampoo", "lotion")."""
    if word in lexicon.loans:
        return frozenset(lexicon.parts)
    return frozenset(
        language
        for language, (words, stems) in lexicon.parts.items()
        if word in words or (stems is not None and stems.fullmatch(word))
    )


def _compounds_apart(text: str, lexicon: _Lexicon) -> str:
    """``text`` with each word that no key reads whole, but two or three keys of a
    compounding language read glued together, said as those keys apart ("Haaröl" -> "haar
    öl", `retrieval.compounds`); a word a stem reads further than the compound's first part
    ("hiusnaamio*" in "hiusnaamiota") stays whole."""

    def apart(m: re.Match[str]) -> str:
        word = m.group(0).lower()
        if word in lexicon.entries or len(word) < 5:
            return m.group(0)
        parts = split_compound(word, lambda w: _languages_of(w, lexicon), lexicon.joins)
        if parts is None:
            return m.group(0)
        reach = max((len(s) for s in lexicon.stems if word.startswith(s)), default=0)
        return m.group(0) if reach > len(parts[0]) else " ".join(parts)

    return WORDS_APART.sub(apart, text)
