"""Words glued into one, read as their parts.

German, Dutch, the Scandinavian languages and Finnish write a product type as one word made of
words the lexicon knows: "Haaröl" is "Haar" + "Öl" (hair oil), "Nagellackentferner" is
"Nagellack" + "Entferner" (nail polish remover), "fotkräm" is "fot" + "kräm" (foot cream),
"Gesichtspuder" is "Gesicht" + "s" + "Puder" (face powder: "s" joins the parts). A word no key
reads whole is split where both sides are keys of one such language, the head with or without
one of that language's joining letters, the tail itself perhaps two parts again
("Augenmake-up-Entferner" aside, hyphens already part words). The parts are said apart, in the
language they were written in, so the lexicon then reads them as it reads words ("haar öl" ->
"hair oil"). These languages put the head of a compound last, as English does, so the order
stays.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

SHORTEST_HEAD = 3
"""The fewest letters of the first part ("Fuß", "fot", "kam")."""
SHORTEST_TAIL = 2
"""The fewest letters of the last part ("Öl")."""


def split_compound(
    word: str,
    languages_of: Callable[[str], frozenset[str]],
    joins: Mapping[str, tuple[str, ...]],
) -> tuple[str, ...] | None:
    """The parts of ``word`` (lower case), each a key of one compounding language
    (``languages_of`` says in which a part is a key), the first as short as it can be
    ("nagellack" + "entferner", not "nagel" + a tail no key reads), a head's joining letters
    dropped ("gesichts" -> "gesicht"); None when no split reads the whole word. ``joins``
    gives each compounding language's joining letters."""
    for i in range(SHORTEST_HEAD, len(word) - SHORTEST_TAIL + 1):
        tail = word[i:]
        for head, language in _heads(word[:i], languages_of, joins):
            if language in languages_of(tail):
                return (head, tail)
            rest = split_compound(tail, lambda w, la=language: languages_of(w) & {la}, joins)
            if rest is not None:
                return (head, *rest)
    return None


def _heads(
    said: str,
    languages_of: Callable[[str], frozenset[str]],
    joins: Mapping[str, tuple[str, ...]],
) -> list[tuple[str, str]]:
    """The keys ``said`` is the head of a compound as, with their language: ``said`` itself
    in a compounding language, or ``said`` less one of the language's joining letters."""
    found = [(said, language) for language in sorted(languages_of(said) & joins.keys())]
    for language, letters in sorted(joins.items()):
        for join in letters:
            base = said[: -len(join)]
            long_enough = said.endswith(join) and len(base) >= SHORTEST_HEAD
            if long_enough and language in languages_of(base):
                found.append((base, language))
    return found
