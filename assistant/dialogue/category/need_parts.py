"""Plain readings of a need's words shared by the category readers: what it is (the words
before what it is for), the words that may name it, and a category path's department.
"""

from __future__ import annotations

import re

from assistant.dialogue.needs.wording import GIFT, MEN, WOMEN
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type
from retrieval.category_names import split_at_purpose
from retrieval.query import DEAR
from retrieval.tokenize import STOP_WORDS, stem, words


def what_it_is(need: str) -> str:
    """The words of ``need`` before what it is for (`split_at_purpose`: "a cap" of "a cap for
    when i dye my hair"; "a soak" of "a soak for sore muscles after running"), lower case; the
    whole need where it says none."""
    split = split_at_purpose(need.lower())
    return need.lower().strip() if split is None else split[0]


def what_it_is_typed(need: str, vocabulary: CatalogVocabulary | None) -> str:
    """The words of ``need`` before what it is for (`split_at_purpose`: "serum" of "serum for
    under eye bags") when they name a product type by a word of a category's own name; else
    ``need``."""
    split = split_at_purpose(need)
    what = need.strip() if split is None else split[0]
    return what if what != need.strip() and names_a_type(what, vocabulary) else need


WHAT_IT_HAS = re.compile(r"\s(?:with|without)\s")
"""What follows a product type and says what it has or lacks ("a body wash with a fresh
fragrance", "a shampoo without sulfates"): no part of what the product is."""


def without_what_it_has(need: str) -> str:
    """``need`` up to what it says the product has or lacks (`WHAT_IT_HAS`): "a body wash" of
    "a body wash with a fresh fragrance"; the whole need where it says none."""
    return WHAT_IT_HAS.split(f" {need.strip()} ")[0].strip()


def department(path: str) -> str:
    """The department of a category path ("Beauty > Hair Care")."""
    return " > ".join(path.split(" > ")[:2])


def words_of_what_it_is(need: str) -> set[str]:
    """The stems of the words of ``need`` that may name what it is: not stop words, gift words
    (`GIFT`), words for whom (`wording.MEN`, `wording.WOMEN`: "men", "mens") or words that say
    it is dear (`retrieval.query.DEAR`: "a fancy gift for my boss" is backed by no "Fancy"
    nail polish), over 2 letters."""
    whom = MEN | WOMEN
    return {
        stem(w)
        for w in words(DEAR.sub(" ", need.lower()))
        if w not in STOP_WORDS
        and w not in GIFT
        and w.removesuffix("s") not in whom
        and w not in whom
        and len(w) > 2
    }
