"""What the person a gift is for likes ("she loves bath stuff"): the words (`liked`), whether
they name a hobby rather than a product type (`a_hobby_named`: "likes sports"), and the product
type they name to search for (`liked_type`).

Read by `need_category.NeedCategory`.
"""

from __future__ import annotations

import re

from assistant.dialogue.category.named_homes import VAGUE
from assistant.dialogue.needs.wording import WORD, stems
from assistant.dialogue.phrases.gifts_and_people import THEY_LIKE
from assistant.dialogue.ports import QueryParser
from assistant.dialogue.request import Request
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type


def liked(request: Request) -> str | None:
    """What the person a gift is for likes (`THEY_LIKE`: "bath stuff" of "she loves bath
    stuff"), lower case, where the need has a recipient; else None."""
    if not request.attributes.get("for"):
        return None
    found = re.search(THEY_LIKE, request.text.lower())
    return found.group("what").strip() if found else None


def a_hobby_named(
    request: Request,
    stated: str | None,
    parse: QueryParser | None,
    inner: frozenset[str],
    leaf_types: frozenset[str],
) -> bool:
    """Whether only what the person a gift is for likes names ``stated`` (`liked`), a
    category with none under it (not in ``inner``), by words that name no product type titles
    name (``leaf_types``) nor a branch with categories under it: "likes sports" named the
    sunscreens for sport, and says what he does, not what to give him. Not "she loves lip
    gloss" (a type), "she's into nail art" (Nails is a branch) nor "she's into makeup"."""
    what = liked(request)
    if not what or not stated or stated in inner or parse is None:
        return False
    if parse(what).category != stated:
        return False
    rest = re.sub(THEY_LIKE, " ", request.text.lower(), count=1)
    if parse(rest).category == stated:
        return False
    branches = {w for path in inner for w in stems(path.rsplit(" > ", 1)[-1])}
    return not stems(what) & (leaf_types | branches)


def liked_type(request: Request, vocabulary: CatalogVocabulary | None) -> str | None:
    """What the person a gift is for likes (`liked`), where that names a product type, less
    vague words (`VAGUE`: "bath" of "she loves bath stuff"); else None ("she adores
    lavender": a scent, not a type)."""
    what = liked(request)
    if not what or not names_a_type(what, vocabulary):
        return None
    return " ".join(w for w in WORD.findall(what) if w not in VAGUE) or what  # "stuff"
