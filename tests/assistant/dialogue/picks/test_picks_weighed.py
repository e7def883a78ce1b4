"""Two picks on screen named in one question that sets them against each other are compared
(`picks_weighed.picks_weighed`), not asked about one by one. CONVO96's probes: "is the wella one
better than the john frieda?", "how is the revlon compared to the nyx palette" and "is kenra
worth it over aussie" were questions about both picks (ASK), and "is the first better than the
burts bees one" a question about the first alone."""

from __future__ import annotations

import pytest

from assistant.dialogue.picks.picks_weighed import picks_weighed
from assistant.dialogue.request import Intent, Request
from tests.assistant.dialogue.scenes import scene
from tests.catalog_paths import HAIR_CARE_CONDITIONERS

SCENE = scene(
    "conditioner",
    HAIR_CARE_CONDITIONERS,
    """
    Alba Botanica Leave-In Conditioner, 7 Ounce | Alba Botanica | 8.37
    Wella Brilliance conditioner for Fine Hair, 8.4 oz | Wella | 6.98
    Frizz Ease Daily Nourishment Leave-In Conditioning Spray | John Frieda | 5.29
""",
)
READER = SCENE.reader(
    categories=["Beauty > Hair Care > Shampoos"],
    words={"conditioner", "shampoo", "leave", "fine", "hair"},
)
PICKS = SCENE.shown()


@pytest.mark.parametrize(
    ("message", "picks"),
    [
        ("is the wella one better than the john frieda?", [1, 2]),
        ("how is the wella compared to the alba botanica one", [0, 1]),
        ("is the alba botanica worth it over the wella?", [0, 1]),
        ("is the first better than the john frieda one", [0, 2]),
    ],
)
def test_two_picks_set_against_each_other_are_compared(message: str, picks: list[int]) -> None:
    request = READER.read(message, PICKS)
    assert (request.intent, sorted(request.references)) == (Intent.COMPARE, picks), message
    assert not request.parsed.brands, message


@pytest.mark.parametrize(
    "message",
    ["does the wella one have silicones?", "is the john frieda one ok for fine hair?"],
)
def test_a_question_about_one_named_pick_stays_a_question(message: str) -> None:
    assert READER.read(message, PICKS).intent == Intent.ASK, message


def test_a_question_about_two_picks_that_weighs_nothing_stays_a_question() -> None:
    asked = Request(intent=Intent.ASK, references=[0, 1])
    assert picks_weighed(asked, "do the first two have spf?").intent == Intent.ASK


def test_only_a_question_is_made_a_comparison() -> None:
    liked = Request(intent=Intent.FEEDBACK, references=[0, 1])
    assert picks_weighed(liked, "love the first more than the second").intent == Intent.FEEDBACK
