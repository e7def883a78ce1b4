"""A skin type only a face has (`shopper_states.FACE_SKIN_TYPES`: oily, combination, acne-prone)
beside a type the face's and the body's branches both hold ("moisturizer": Skin Care) is the
face's (`NeedPurpose.face_skin`): "a lightweight moisturizer for combination skin" was
guessed among the body lotions. A need that names the body, another part of it or a type of
one branch only is left as it was. A scripted guesser stands in for search."""

from __future__ import annotations

import pytest

from assistant.adapters import query_parser
from assistant.dialogue.category.need_category import NeedCategory
from assistant.dialogue.needs.stated_needs import extract_attributes
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.filters import Filters
from tests.catalog_paths import SKIN_CARE, SKIN_CARE_FACE

PATHS = [
    f"{SKIN_CARE_FACE} > Creams & Moisturizers",
    f"{SKIN_CARE_FACE} > Cleansers",
    f"{SKIN_CARE} > Body > Moisturizers > Lotions",
    f"{SKIN_CARE} > Body > Moisturizers > Creams",
    f"{SKIN_CARE} > Hands & Nails > Hand Creams & Lotions",
    "Beauty > Makeup > Face > Foundation",
]
VOCAB = CatalogVocabulary(categories=PATHS, words=frozenset())
PARSE = query_parser(VOCAB)


class NoGuess:
    """Search that finds no branch."""

    def guess(self, need: str, filters: Filters) -> str | None:
        return None


def _named(text: str) -> str | None:
    request = Request(
        intent=Intent.SEARCH, text=text, parsed=PARSE(text), attributes=extract_attributes(text)
    )
    return NeedCategory(NoGuess(), parse=PARSE, vocabulary=VOCAB).named(request, picks_shown=False)


@pytest.mark.parametrize(
    ("need", "category"),
    [
        ("lightweight moisturizer for combination skin, nothing greasy", SKIN_CARE_FACE),
        ("a moisturiser for combo skin", SKIN_CARE_FACE),
        ("moisturizer for oily skin, cheap", SKIN_CARE_FACE),
        ("daily moisturizer for acne prone skin", SKIN_CARE_FACE),
        ("moisturizer for dry and oily skin", SKIN_CARE_FACE),
        # left as they were
        ("a moisturizer for dry skin", SKIN_CARE),  # any skin may be dry: search decides
        ("moisturizer for oily skin on my hands", SKIN_CARE),  # another part said
        ("a body moisturizer for oily skin", f"{SKIN_CARE} > Body > Moisturizers"),
        ("foundation for oily skin", "Beauty > Makeup > Face > Foundation"),
    ],
)
def test_a_face_s_skin_type_is_the_face_s(need: str, category: str) -> None:
    assert _named(need) == category


class BodyFirst:
    """Search that finds body lotions for a need, face creams under the face's branch."""

    def guess(self, need: str, filters: Filters) -> str | None:
        if filters.category and filters.category.startswith(SKIN_CARE_FACE):
            return PATHS[0]
        return PATHS[2]


def _guessed(text: str) -> str | None:
    request = Request(
        intent=Intent.SEARCH, text=text, parsed=PARSE(text), attributes=extract_attributes(text)
    )
    reader = NeedCategory(BodyFirst(), parse=PARSE, vocabulary=VOCAB, deepen=0)
    return reader.first_guess(request, Filters(), None)


@pytest.mark.parametrize(
    ("need", "category"),
    [
        # CONVO43 probes: a need whose words name no category, guessed among the body lotions
        ("cream for oily skin", PATHS[0]),
        ("a cream for combination skin", PATHS[0]),
        ("looking for something for acne prone skin", PATHS[0]),
        # left as they were
        ("cream for dry skin", PATHS[2]),  # any skin may be dry
        ("a cream for oily skin on my legs", PATHS[2]),  # another part said
    ],
)
def test_a_need_search_guessed_for_the_body_is_the_face_s_for_a_face_s_skin(
    need: str, category: str
) -> None:
    assert _guessed(need) == category
