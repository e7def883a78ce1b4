"""A relaxing set or gift that names no other product type ("a gift set for my grandma,
something relaxing"): a Bath & Body one, its sets for a set or kit (`relaxing_set`).

Read by `category_by_words` before the words' own category is read again.
"""

from __future__ import annotations

from assistant.dialogue.category.no_product import SET_OR_KIT
from assistant.dialogue.needs.wording import WORD
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type
from catalog.category_paths import below

RELAXING = frozenset(
    {"relaxing", "relax", "relaxation", "spa", "calming", "soothing", "unwind", "destress"}
)
"""How a set or gift is meant to feel ("something relaxing"): a bath & body one."""
SET_OR_GIFT = SET_OR_KIT | {"gift", "gifts", "hamper", "basket"}


def relaxing_set(need: str, vocabulary: CatalogVocabulary | None) -> str | None:
    """The Bath & Body department for a relaxing set or gift that names no other product type
    ("a gift set for my grandma, something relaxing": search found nail polish sets), its sets
    for a set or kit; else None."""
    said = WORD.findall(need.lower())
    if vocabulary is None or not set(said) & RELAXING or not set(said) & SET_OR_GIFT:
        return None
    rest = " ".join(w for w in said if w not in RELAXING and w not in SET_OR_GIFT)
    if names_a_type(rest, vocabulary):
        return None
    bath = next((p for p in vocabulary.categories if p.endswith(" > Bath & Body")), None)
    if bath and set(said) & {"set", "sets", "kit", "kits"}:  # its sets, not a question
        sets = [p for p in vocabulary.categories if below(p, bath) and "Sets" in p[len(bath) :]]
        return min(sets, key=len, default=bath)
    return bath
