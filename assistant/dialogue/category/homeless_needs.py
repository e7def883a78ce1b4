"""A new need for a product type the catalog has no category for (a deodorant, a lip balm, beard
oil: `kinds.homeless_kinds`) gets none (`without_a_home`): the category its other words name or
search guesses holds other products.

Read by `reader.TurnReader.read` once the turn's need is read.
"""

from __future__ import annotations

from assistant.dialogue.category.kinds import kind_for_a_state, names_homeless
from assistant.dialogue.needs.wording import WORD
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import (
    CatalogVocabulary,
    about_a_homeless_family,
    names_a_homeless_family,
    names_a_type,
)
from catalog.category_paths import is_department, within
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
    department = request.parsed.category or ""
    if (
        is_department(department)
        and names_a_homeless_family(said[1], vocabulary)
        and _titled_only_outside(request.text, department, vocabulary)
    ):
        request.parsed.category = None  # "ingrown hairs after shaving": no Hair Care
    return request


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
