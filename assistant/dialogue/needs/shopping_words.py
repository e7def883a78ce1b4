"""Whether a message names anything to shop for: a brand, a category, a price or a stated
need, a word of the catalog or of its titles ("toiletries"), a colour ("the red one"), a set or
kit ("any in a set?"), a short product word ("lip oil", "box dye"), a treat ("something to
pamper her"). A message with none of them is no shopping request (`not_shopping`); the search
handler reads a set asked for by `A_SET` too. A question about the world ("what's the weather")
is told by its phrase in understanding.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from assistant.dialogue.needs.wording import NON_PRODUCT_WORDS, PAMPER, WORD
from assistant.dialogue.request import Request
from assistant.dialogue.vocabulary import CatalogVocabulary, leaf_types, path_words
from retrieval.colour_names import COLOURS
from retrieval.everyday import everyday
from retrieval.tokenize import stem

SHORT_TYPE_WORDS = frozenset({"lip", "lips", "oil", "gel", "dye", "eye", "wig", "spf"})
"""Product words too short for `not_shopping`'s word test (it skips words of three letters or
fewer, "the", "you", "can"): "lip oil", "box dye", "eye gel" and "spf 50" are shopping."""


A_SET = re.compile(r"\b(?:in|as|an?|any|gift|travel)\s+(?:an?\s+)?(?:sets?|kits?)\b")
"""A set or kit asked for ("in a set?", "as a kit", "a gift set", "gift sets"): shopping,
though "set" and "kit" are too short for `not_shopping`'s word test (and "all set" is no
set)."""


def not_shopping(
    text: str, request: Request, vocabulary: CatalogVocabulary, *, products_only: bool = False
) -> bool:
    """No catalog word, brand, category, constraint or stated need: not a shopping request.
    With ``products_only``, a word of the titles counts only where it names a product
    (`names_a_product`): "pizza", "hotel" or "dinner" in some title do not make the message
    shopping."""
    parsed = request.parsed
    if parsed.brands or parsed.exclude_brands or parsed.category or request.attributes:
        return False
    if parsed.priced or parsed.cheap or parsed.dear:
        return False  # "cheap", "something luxurious": a price band is a constraint
    words = [w for w in WORD.findall(text) if len(w) > 3 and w not in NON_PRODUCT_WORDS]
    if PAMPER & set(words):
        return False  # "something to pamper her": a treat to find, whatever it is
    if products_only:
        if any(names_a_product(w, vocabulary) for w in words):
            return False
    elif any(w in vocabulary.words or stem(w) in vocabulary.words for w in words):
        return False
    elif vocabulary.title_words and any(stem(w) in vocabulary.title_words for w in words):
        return False  # "toiletries": titles say "Toiletry"
    said = set(WORD.findall(text))
    if said & COLOURS:
        return False  # "the red one": a colour (under four letters too) is shopping
    if A_SET.search(text):
        return False  # "any in a set?": a set of the need is shopping ("i'm all set" is not)
    return not SHORT_TYPE_WORDS.intersection(said)  # "lip oil", "box dye"


PRODUCT_TITLES = 10
PRODUCT_SHARE = 0.6
"""A title word names a product when at least `PRODUCT_TITLES` titles say it and at least
`PRODUCT_SHARE` of them lie in one branch of the catalog three levels deep ("kohl": 10 titles,
all in Makeup > Eyes; "henna": 88% in Hair Care > Hair Color); words any title may say are
spread over the branches ("love" 38%, "free" 27%) or said by a title or two ("pizza", "hotel")."""
DEPARTMENT_TITLES = 20
DEPARTMENT_SHARE = 0.5
"""Or when at least `DEPARTMENT_TITLES` titles say it and half of them lie in one department
(two levels: "lash" 58% in Makeup, "glue" 74%, "tint" 71%), unless it is an everyday word
(`retrieval.everyday`: "help", "best" are said of every department's products)."""


def names_a_product(word: str, vocabulary: CatalogVocabulary) -> bool:
    """Whether ``word`` names a product or where one is used in this catalog: a word of its
    category paths ("shampoo", "hair", "nails"), a product type its titles name with no category
    of its own ("tweezers", "deodorant"), or a title word most of whose titles lie in one branch
    (`PRODUCT_SHARE`: "bobby", "pins", "kohl") or one department (`DEPARTMENT_SHARE`). A number
    names none: it is an age, a price, a size or a shade ("i'm 60": no serum its titles say
    "60 ml" of)."""
    if word.isdigit():
        return False
    key = stem(word)
    paths = tuple(vocabulary.categories)
    if key in _path_words(paths) or glued_type(key, paths) is not None:
        return True
    if key in (vocabulary.titled_types or {}) or {word, key} & (
        vocabulary.homeless | vocabulary.unsold | vocabulary.untitled
    ):
        return True
    counts = (vocabulary.title_counts or {}).get(key, {})
    total = sum(counts.values())
    if total >= PRODUCT_TITLES and _top_share(counts, 3) >= PRODUCT_SHARE * total:
        return True
    return (
        total >= DEPARTMENT_TITLES
        and not everyday(word)
        and _top_share(counts, 2) >= DEPARTMENT_SHARE * total
    )


def _top_share(counts: Mapping[str, int], depth: int) -> int:
    """How many of ``counts`` (products per category path) lie in their largest branch
    ``depth`` levels deep."""
    branches: dict[str, int] = {}
    for path, n in counts.items():
        branch = " > ".join(path.split(" > ")[:depth])
        branches[branch] = branches.get(branch, 0) + n
    return max(branches.values(), default=0)


SHORTEST_GLUED_PART = 3
"""The fewest letters of each part of a word glued from two ("lip" + "gloss")."""


def glued_type(word: str, categories: tuple[str, ...]) -> tuple[str, str] | None:
    """The two words ``word`` (lower case, in the singular) is glued from, both words of one
    category path, the second a product type (`vocabulary.leaf_types`): "hairbrush" is "hair" +
    "brush" (Hair Care > ... > Brushes), "bodywash" "body" + "wash", "lipgloss" "lip" + "gloss";
    None for a word of the paths itself or one no path reads so ("football": no path of cotton
    balls says foot; "handbag": none of bags says hand)."""
    words, types = _path_words(categories), leaf_types(categories)
    if word in words:
        return None
    for i in range(SHORTEST_GLUED_PART, len(word) - SHORTEST_GLUED_PART + 1):
        head, tail = word[:i], word[i:]
        if head in words and tail in types and _one_path_says(categories, head, tail):
            return (head, tail)
    return None


@lru_cache(maxsize=256)
def _one_path_says(categories: tuple[str, ...], *said: str) -> bool:
    """Whether one of ``categories`` says every word of ``said`` (stems) at some level."""
    return any(set(said) <= path_words(path) for path in categories)


@lru_cache(maxsize=8)
def _path_words(categories: tuple[str, ...]) -> frozenset[str]:
    """The stems of every word of every level of ``categories``."""
    return frozenset(w for path in categories for w in path_words(path))
