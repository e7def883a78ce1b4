"""A hair type said before the wish for a product, as Thai, Korean and Japanese order it and
`retrieval.lexicon` reads them word by word ("ผมแห้ง อยากได้แชมพู": 'dry hair i want
shampoo'), is a shampoo for dry hair, not a dry shampoo (`dialogue.kinds.HAIR_FIRST`)."""

from __future__ import annotations

import pytest

from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import reader_over

VOCAB = CatalogVocabulary(
    brands=[],
    categories=["Beauty > Hair Care > Shampoos"],
    words=frozenset({"shampoo", "hair", "dry"}),
    kinds=frozenset({"dry shampoo"}),
)


def _not_kinds(message: str) -> list[str]:
    reader = reader_over(VOCAB)
    return reader.read(message, TurnSituation()).not_kinds


@pytest.mark.parametrize(
    "message",
    [
        "ผมแห้ง อยากได้แชมพู",  # th
        "dry hair, i want a shampoo",
        "dry hair, looking for a shampoo please",
        "shampoo for dry hair",  # as before
        "Kuru saçlar için şampuan arıyorum",  # tr, as before
    ],
)
def test_a_hair_type_before_the_wish_is_no_dry_shampoo(message: str) -> None:
    """CONVO32 probe: "ผมแห้ง อยากได้แชมพู" (my hair is dry, I want a shampoo) showed three
    dry shampoos."""
    assert _not_kinds(message) == ["dry shampoo"], message


@pytest.mark.parametrize("message", ["dry hair, i want a dry shampoo", "a dry shampoo please"])
def test_a_dry_shampoo_asked_for_stays_wanted(message: str) -> None:
    assert _not_kinds(message) == [], message
