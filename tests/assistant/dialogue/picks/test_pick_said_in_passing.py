"""A pick on screen named by its brand after "the", in a turn that asks for nothing else, is
that pick, not a filter on its brand (`named_picks.a_pick_said_in_passing`): "the T3 looks
nice" is a like of it, "bung the loreal one in me basket" the cart, "the t3 is what my sister
has" a remark about it. CONVO56's probes: each was a refinement to that brand with its words as
the need ('hair dryer the t3 is what has'). A brand's range asked for, a price or a product
named stays a refinement."""

from __future__ import annotations

import pytest

from assistant.dialogue.request import Intent
from tests.assistant.dialogue.readers import intents_read, the_pick_not_its_brand
from tests.assistant.dialogue.scenes import THREE_HAIR_DRYERS

READER = THREE_HAIR_DRYERS.reader(
    categories=["Beauty > Hair Care > Shampoos", "Beauty > Makeup > Eyes > Eyeliner"],
    brands=["L'Oreal Paris", "Revlon"],
    words={"dryer", "hair", "shampoo", "eyeliner", "ionic"},
)
DRYER_PICKS = THREE_HAIR_DRYERS.shown()

test_a_pick_named_by_its_brand_in_passing = intents_read(
    READER,
    [
        (DRYER_PICKS, Intent.FEEDBACK, ["the T3 looks nice", "chuck the conair in my trolley"]),
        (DRYER_PICKS, Intent.ASK, ["the t3 is what my sister has", "the T3 for thick hair?"]),
        (DRYER_PICKS, Intent.REFINE, ["the conair but cheaper"]),
    ],
)


test_the_pick_is_referenced_not_filtered = the_pick_not_its_brand(
    READER, DRYER_PICKS, "the T3 looks nice", 1
)


def test_a_pick_named_beside_other_picks_asked_for_is_no_brand_wanted() -> None:
    request = READER.read("the devacurl is what i have already, something different", DRYER_PICKS)
    assert request.intent == Intent.REFINE
    assert request.parsed.brands == []


@pytest.mark.parametrize(
    "message",
    ["the T3 ones only", "more from the conair range", "a shampoo from the conair people"],
)
def test_a_brand_s_range_asked_for_keeps_the_brand(message: str) -> None:
    request = READER.read(message, DRYER_PICKS)
    assert request.intent not in (Intent.ASK, Intent.FEEDBACK)
    assert request.parsed.brands


test_a_pick_taken_by_its_brand_is_chosen = intents_read(
    READER,
    [(DRYER_PICKS, Intent.FEEDBACK, ["i will take the t3", "i will buy the t3"])],
)
"""CONVO101 probe: "i will take the alaffia" beside toners was a question about it: a pick taken
by its brand is chosen as one taken by its place (`named_picks._taken_by_brand`)."""
