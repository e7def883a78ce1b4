"""The rules' readers (`assistant/dialogue/intents/`): each keeps its contract, and the order of
`INTENT_READERS` decides between readers that would both claim a message."""

from __future__ import annotations

import copy
from dataclasses import asdict

import pytest

from assistant.dialogue.intents import DETAIL_READERS, INTENT_READERS, comparisons, refinements
from assistant.dialogue.request import Intent
from assistant.dialogue.understanding import read_message, understand

MESSAGES = [
    "start over, i need a hair dryer",
    "go back to the first search",
    "what's the weather like today",
    "what goes with the second one?",
    "under 60 total",
    "more like the third one",
    "and the other ones?",
    "i'll take the first one",
    "the third one looks nice, what's in it?",
    "add it to my cart",
    "what about for my dad",
    "for men",
    "do you have it in pink?",
    "spf would be nice too",
    "the first two, which is cheaper?",
    "cheaper, and not Olay",
    "make it matte",
    "is the second one oil free?",
    "the cheapest one?",
    "which is best for thick hair",
    "is it good for sensitive skin?",
    "a moisturiser for dry skin under $30",
    "nothing too bright",
    "the same brand i usually get",
    "reorder my usual lashes",
]


@pytest.mark.parametrize("shown", [0, 3])
@pytest.mark.parametrize("message", MESSAGES)
def test_a_reader_claims_with_its_request_or_changes_nothing(message: str, shown: int) -> None:
    """An intent reader returns the message's own request when it claims it; when it does
    not, the request is as it was (so the next reader reads the same message)."""
    for reader in INTENT_READERS:
        turn = read_message(message, shown, None, None)
        before = copy.deepcopy(asdict(turn.request))
        claimed = reader(turn)
        if claimed is None:
            assert asdict(turn.request) == before, (reader.__name__, message)
        else:
            assert claimed is turn.request, (reader.__name__, message)


def test_understand_is_the_first_claim_then_every_detail() -> None:
    """`understand` gives the first claiming reader's intent, then every detail reader's."""
    message = "the first two, which is cheaper?"
    turn = read_message(message, 3, None, None)
    claims = [r for r in INTENT_READERS if r(read_message(message, 3, None, None)) is not None]
    assert claims[:2] == [comparisons.weighs_by_price, refinements.price_brand_or_other]
    claims[0](turn)
    for detail in DETAIL_READERS:
        detail(turn)
    request = understand(message, shown=3)
    assert request.intent == Intent.COMPARE and request.superlative == "cheapest"
    assert asdict(request) == asdict(turn.request)
