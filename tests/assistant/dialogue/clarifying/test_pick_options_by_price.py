"""A question whose options are the picks on screen, answered by price ("the cheaper of the
two", "the pricier one"), chooses the pick of that price (`price_answers.pick_by_price`). CONVO51:
an option's stop words stopped naming it, and "the cheaper of the two" had chosen 'The Wet
Brush ...' only by its "the"."""

from __future__ import annotations

import pytest

from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import reader_over
from tests.assistant.dialogue.scenes import picks_listed
from tests.catalog_paths import BRUSHES

VOCAB = CatalogVocabulary(categories=[BRUSHES], words=frozenset({"brush", "detangling"}))
READER = reader_over(VOCAB)
PICKS = picks_listed(
    """
    Tangle Teezer Original Pink | Tangle Teezer | 9.32
    The Wet Brush Pro Select - Blue | The Wet Brush | 8.98
"""
)
OPTIONS = tuple(p.title for p in PICKS)
ASKED = TurnSituation(
    question="Which one should I tell you more about?",
    options=OPTIONS,
    picks=PICKS,
    so_far=f"need=detangling brush; category={BRUSHES}",
)


@pytest.mark.parametrize(
    ("message", "pick"),
    [("the cheaper of the two", 1), ("the cheapest", 1), ("the pricier one", 0)],
)
def test_a_pick_option_chosen_by_price(message: str, pick: int) -> None:
    request = READER.read(message, ASKED, OPTIONS)
    assert request.answer == [OPTIONS[pick]], message
    assert request.references == [pick], message
