"""Whether a message names anything to shop for: a brand, a category, a price or a stated
need, a word of the catalog or of its titles ("toiletries"), a colour ("the red one"), a set or
kit ("any in a set?"), a short product word ("lip oil", "box dye"), a treat ("something to
pamper her"). A message with none of them is no shopping request (`not_shopping`); the search
handler reads a set asked for by `A_SET` too. A question about the world ("what's the weather")
is told by its phrase in understanding.
"""

from __future__ import annotations

import re

from assistant.dialogue.request import Request
from assistant.dialogue.vocabulary import CatalogVocabulary
from assistant.dialogue.wording import COLOURS, NON_PRODUCT_WORDS, PAMPER, WORD
from retrieval.tokenize import stem

SHORT_TYPE_WORDS = frozenset({"lip", "lips", "oil", "gel", "dye", "eye", "wig", "spf"})
"""Product words too short for `not_shopping`'s word test (it skips words of three letters or
fewer, "the", "you", "can"): "lip oil", "box dye", "eye gel" and "spf 50" are shopping."""


A_SET = re.compile(r"\b(?:in|as|an?|any|gift|travel)\s+(?:an?\s+)?(?:sets?|kits?)\b")
"""A set or kit asked for ("in a set?", "as a kit", "a gift set", "gift sets"): shopping,
though "set" and "kit" are too short for `not_shopping`'s word test (and "all set" is no
set)."""


def not_shopping(text: str, request: Request, vocabulary: CatalogVocabulary) -> bool:
    """No catalog word, brand, category, constraint or stated need: not a shopping request."""
    parsed = request.parsed
    if parsed.brands or parsed.exclude_brands or parsed.category or request.attributes:
        return False
    if parsed.priced or parsed.cheap or parsed.dear:
        return False  # "cheap", "something luxurious": a price band is a constraint
    words = [w for w in WORD.findall(text) if len(w) > 3 and w not in NON_PRODUCT_WORDS]
    if PAMPER & set(words):
        return False  # "something to pamper her": a treat to find, whatever it is
    if any(w in vocabulary.words or stem(w) in vocabulary.words for w in words):
        return False
    if vocabulary.title_words and any(stem(w) in vocabulary.title_words for w in words):
        return False  # "toiletries": titles say "Toiletry"
    said = set(WORD.findall(text))
    if said & COLOURS:
        return False  # "the red one": a colour (under four letters too) is shopping
    if A_SET.search(text):
        return False  # "any in a set?": a set of the need is shopping ("i'm all set" is not)
    return not SHORT_TYPE_WORDS.intersection(said)  # "lip oil", "box dye"
