"""A state of a part of the body said with no product type ("something for curly hair", "my
hair is so dry and brittle, what should i use") keeps the department the part names where that
department holds most of the titles naming the part (`no_product._the_parts_own`, CONVO54):
90% of the demo's titles saying hair are Hair Care's, so it searched with no category and asked
what kind; skin stays without one (foundations and body washes are for the skin too)."""

from __future__ import annotations

import pytest

from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import reader_over
from tests.catalog_paths import (
    BODY_WASHES,
    CURL_ENHANCERS,
    FOUNDATION,
    HAIR_CARE,
    HAIR_CARE_SHAMPOOS,
    MOISTURIZERS_LOTIONS,
    OILS_AND_SERUMS,
)

PATHS = [
    CURL_ENHANCERS,
    HAIR_CARE_SHAMPOOS,
    OILS_AND_SERUMS,
    MOISTURIZERS_LOTIONS,
    FOUNDATION,
    BODY_WASHES,
]
VOCAB = CatalogVocabulary(
    brands=["Revlon"],
    categories=PATHS,
    words=frozenset({"shampoo", "serum", "lotion", "foundation", "wash"}),
    title_counts={
        "hair": {
            CURL_ENHANCERS: 40,
            HAIR_CARE_SHAMPOOS: 50,
            MOISTURIZERS_LOTIONS: 5,
        },  # 95% Hair Care's
        "skin": {
            OILS_AND_SERUMS: 40,
            MOISTURIZERS_LOTIONS: 30,
            FOUNDATION: 15,
            BODY_WASHES: 15,
        },  # 70% Skin Care's
        "shampoo": {HAIR_CARE_SHAMPOOS: 50},
        "serum": {OILS_AND_SERUMS: 40},
    },
)


class Guesser:
    """Search that finds the curl creams under Hair Care and nothing it trusts elsewhere."""

    def guess(self, need: str, filters: object) -> str | None:
        category = getattr(filters, "category", None)
        return CURL_ENHANCERS if category == HAIR_CARE else None


def _category(message: str) -> str | None:
    reader = reader_over(VOCAB, Guesser())
    return reader.read(message, TurnSituation()).parsed.category


@pytest.mark.parametrize(
    "message",
    [
        "something for curly hair",
        "i have really thin hair, help",
        "my hair is so dry and brittle, what should i use",
        "anything for frizzy hair under 20",
    ],
)
def test_a_state_of_the_hair_is_hair_care(message: str) -> None:
    assert (_category(message) or "").startswith(HAIR_CARE)


@pytest.mark.parametrize(
    "message",
    ["i have oily skin, help", "something for dry skin", "sensitive skin, what do you recommend"],
)
def test_a_state_of_the_skin_still_asks_what_kind(message: str) -> None:
    assert _category(message) is None
