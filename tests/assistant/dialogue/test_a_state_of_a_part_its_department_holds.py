"""A state of a part of the body said with no product type ("something for curly hair", "my
hair is so dry and brittle, what should i use") keeps the department the part names where that
department holds most of the titles naming the part (`no_product._the_parts_own`, CONVO54):
90% of the demo's titles saying hair are Hair Care's, so it searched with no category and asked
what kind; skin stays without one (foundations and body washes are for the skin too)."""

from __future__ import annotations

import pytest

from assistant.dialogue.model_request import TurnSituation
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import reader_over

HAIR = "Beauty > Hair Care"
CURLS = f"{HAIR} > Styling Products > Curl Enhancers"
SHAMPOOS = f"{HAIR} > Shampoos"
SKIN = "Beauty > Skin Care"
SERUMS = f"{SKIN} > Face > Oils & Serums"
LOTIONS = f"{SKIN} > Body > Moisturizers > Lotions"
FOUNDATION = "Beauty > Makeup > Face > Foundation"
WASHES = "Beauty > Bath & Body > Cleansers > Body Washes"
PATHS = [CURLS, SHAMPOOS, SERUMS, LOTIONS, FOUNDATION, WASHES]
VOCAB = CatalogVocabulary(
    brands=["Revlon"],
    categories=PATHS,
    words=frozenset({"shampoo", "serum", "lotion", "foundation", "wash"}),
    title_counts={
        "hair": {CURLS: 40, SHAMPOOS: 50, LOTIONS: 5},  # 95% Hair Care's
        "skin": {SERUMS: 40, LOTIONS: 30, FOUNDATION: 15, WASHES: 15},  # 70% Skin Care's
        "shampoo": {SHAMPOOS: 50},
        "serum": {SERUMS: 40},
    },
)


class Guesser:
    """Search that finds the curl creams under Hair Care and nothing it trusts elsewhere."""

    def guess(self, need: str, filters: object) -> str | None:
        category = getattr(filters, "category", None)
        return CURLS if category == HAIR else None


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
    assert (_category(message) or "").startswith(HAIR)


@pytest.mark.parametrize(
    "message",
    ["i have oily skin, help", "something for dry skin", "sensitive skin, what do you recommend"],
)
def test_a_state_of_the_skin_still_asks_what_kind(message: str) -> None:
    assert _category(message) is None
