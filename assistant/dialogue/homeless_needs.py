"""A new need for a product type the catalog has no category for (a deodorant, a lip balm, beard
oil: `kinds.homeless_kinds`) gets none (`without_a_home`): the category its other words name or
search guesses holds other products.

Read by `reader.TurnReader.read` once the turn's need is read.
"""

from __future__ import annotations

from itertools import pairwise

from assistant.dialogue.kinds import homeless_heads, kind_for_a_state, names_homeless
from assistant.dialogue.need_parts import department
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import (
    CatalogVocabulary,
    about_a_homeless_family,
    names_a_homeless_family,
    names_a_type,
    path_words,
)
from assistant.dialogue.wording import BODY_PARTS, PARTS_HELD, WORD
from catalog.category_paths import within
from retrieval.category_names import GENERIC_HEADS
from retrieval.lexicon import to_catalog_words
from retrieval.tokenize import STOP_WORDS, stem


def without_a_home(request: Request, text: str, vocabulary: CatalogVocabulary | None) -> Request:
    """A new need for a product type the catalog has no category for (a deodorant, a lip
    balm, beard oil: `kinds.homeless_kinds`) gets none: the category its other words name
    ("lip" names Lips, "men" Men's fragrance) or search guesses holds other products; so
    does a need about a family of them that the parser read as a department only from a word
    beside one titles name only outside it ("ingrown hairs after shaving": no Hair Care)."""
    homeless = vocabulary.homeless if vocabulary else frozenset()
    if request.intent != Intent.SEARCH or not homeless:
        return request
    treated = kind_for_a_state(to_catalog_words(text), homeless)
    if treated and not names_a_type(treated[1], vocabulary):  # "my lips are cracked"
        request.text, request.parsed.category = f"{treated[0]} {request.text}", None
        return request
    if not request.parsed.category:
        return request
    said = (request.text, to_catalog_words(text))
    if any(names_homeless(version, homeless) for version in said):
        request.parsed.category = None
    if about_a_homeless_family(said[1], vocabulary):  # "he has a beard"
        request.parsed.category = None
    read = request.parsed.category or ""
    if (
        read.count(" > ") == 1
        and names_a_homeless_family(said[1], vocabulary)
        and _titled_only_outside(request.text, read, vocabulary)
    ):
        request.parsed.category = None  # "ingrown hairs after shaving": no Hair Care
    if request.parsed.category and for_what_no_branch_holds(said[1], vocabulary):
        request.parsed.category = None  # "a foot cream", "beard wash": no home of their own
    return request


def for_what_no_branch_holds(text: str, vocabulary: CatalogVocabulary | None) -> str | None:
    """The product type ``text`` names by what it is for where no branch of the catalog holds
    that type for it ("foot cream", "beard wash", "leg wax", "lip mask"), said as two words,
    else None: a family of homeless kinds (`kinds.homeless_heads`: "beard", "shave") or a part
    of the body no branch holds it for (`_no_branch_holds`) before a word of a category's own
    name (`names_a_type`), where titles seldom say the two together (not one of the catalog's
    kinds, `title_kinds`: "foot file") and no category's name says both ("Toe Separators")."""
    if vocabulary is None or vocabulary.title_counts is None:
        return None
    heads = homeless_heads(vocabulary.homeless, tuple(vocabulary.categories))
    said = [stem(w) for w in WORD.findall(text.lower())]
    for part, kind in pairwise(said):
        if kind in GENERIC_HEADS or not names_a_type(kind, vocabulary):
            continue
        if f"{part} {kind}" in vocabulary.kinds or _named_together(part, kind, vocabulary):
            continue
        if part in heads or _no_branch_holds(part, kind, vocabulary):
            return f"{part} {kind}"
    return None


def _no_branch_holds(part: str, kind: str, vocabulary: CatalogVocabulary) -> bool:
    """Whether ``part``, a part of the body (`BODY_PARTS`, `PARTS_HELD`), has no branch that
    holds ``kind``: no category's path says the part and the catalog holds it only as the
    body's (`PARTS_HELD`: "leg"), or the categories named for the kind lie in other departments
    than those whose paths say the part and no title there says the kind (the Foot Rasps hold no
    cream, Lips no mask; not "scalp": Hair Care has Shampoos)."""
    paths = [p for p in vocabulary.categories if part in path_words(p)]
    if not paths:
        return PARTS_HELD.get(part) == "body"
    if part not in BODY_PARTS and part not in PARTS_HELD:
        return False
    departments = {department(p) for p in paths}
    if any(
        department(p) in departments
        for p in vocabulary.categories
        if kind in path_words(p.rsplit(" > ", 1)[-1])
    ):
        return False  # "a hand mask": Skin Care holds masks
    titled = (vocabulary.title_counts or {}).get(kind, {})
    return not any(part in path_words(p) for p in titled)


def _named_together(part: str, kind: str, vocabulary: CatalogVocabulary) -> bool:
    """Whether a category's own name says both words ("Toe Separators", "Hand Soaps")."""
    return any({part, kind} <= path_words(p.rsplit(" > ", 1)[-1]) for p in vocabulary.categories)


def _titled_only_outside(text: str, branch: str, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether a word of ``text`` is one titles name only outside ``branch`` ("ingrown":
    body oils and face treatments, no hair care), so the branch the parser read from another
    word ("hairs") is not the need's."""
    titles = vocabulary.title_words if vocabulary else None
    if titles is None:
        return False
    said = [w for w in WORD.findall(text.lower()) if len(w) > 3 and w not in STOP_WORDS]
    return any(
        (paths := titles.get(stem(w))) and not any(within(p, branch) for p in paths) for w in said
    )
