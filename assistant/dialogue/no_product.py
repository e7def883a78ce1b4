"""Whether a new need names no product at all: a gift said by whom or when ("a nice christmas
gift for my girlfriend", "something for my mother in law for christmas") or a want said by how it
should feel ("something pretty", "treat yo self time"). Search found a category for such words
anyway ("christmas" found Nail Art, "pretty" Makeup); the shopper has not said what kind of
product, so none is guessed and the conversation asks.
"""

from __future__ import annotations

import re

from assistant.dialogue.named_homes import VAGUE
from assistant.dialogue.phrases.gifts_and_people import GIFT_SAID, OCCASION
from assistant.dialogue.request import Request
from assistant.dialogue.shopping_words import names_a_product
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type
from assistant.dialogue.wording import NON_PRODUCT_WORDS, PAMPER, WANT_WORDS, WHO_FOR, WORD
from retrieval.query import DEAR
from retrieval.tokenize import STOP_WORDS

GIFT_STATED = frozenset({"for", "occasion", "gender", "age_group", "price_band"})
"""What a gift or a want may state and still name nothing of what it is: whom, when, for a man
or a woman, an age, a price band ("money no object")."""
ONESELF = frozenset({"self", "yourself", "myself", "herself", "himself"})
"""Whom a treat is for said of oneself ("treat yo self"): no Self-Tanners (a self tanner names
its type by both words)."""


def names_no_product(request: Request, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether ``request``, a new need with no category, brand or trait of its own, is a gift
    (a gift word, an occasion, someone else it is for) or a want (`WANT_WORDS`, `PAMPER`) whose
    other words name no product: none names a product of the catalog (`names_a_product`) nor a
    product type (`names_a_type`)."""
    if vocabulary is None or vocabulary.title_counts is None:  # unknown: which words name
        return False  # products
    if request.parsed.category or request.parsed.brands or request.liked:
        return False
    if request.avoid or not set(request.attributes) <= GIFT_STATED:
        return False
    text = request.text.lower()
    said = set(WORD.findall(text))
    who = str(request.attributes.get("for", ""))
    a_gift = bool(
        re.search(GIFT_SAID, text) or request.attributes.get("occasion") or who not in ("", "self")
    )
    if not a_gift and not said & (WANT_WORDS | PAMPER):
        return False
    rest = re.sub(GIFT_SAID, " ", DEAR.sub(" ", text))  # "money no object": a price band
    rest = WHO_FOR.sub(" ", re.sub(OCCASION, " ", rest))
    ignored = STOP_WORDS | NON_PRODUCT_WORDS | VAGUE | WANT_WORDS | PAMPER | ONESELF
    kept = [word for word in WORD.findall(rest) if word not in ignored]
    return not names_a_type(" ".join(kept), vocabulary) and not any(
        names_a_product(word, vocabulary) for word in kept
    )
