"""A pick on screen named and judged in a sentence that asks for nothing is a like or a dislike
of it (`picks_judged.picks_judged`). CONVO51's probe: "ugh the l'oreal one looks awful" searched
L'Oreal, "the tom ford is her favourite!" refined the perfumes and "the xxl one is my holy
grail" was off the shop's topic."""

from __future__ import annotations

import pytest

from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.request import Intent
from tests.assistant.dialogue.scenes import scene
from tests.catalog_paths import LIPSTICK

SCENE = scene(
    "lipstick",
    LIPSTICK,
    """
    L'Oreal Paris Colour Riche Lipstick, Mauve | L'Oreal Paris | 8.95
    Revlon Super Lustrous Lipstick, Berry | Revlon | 12.25
    Tom Ford Lip Color, Velvet Cherry | Tom Ford | 52.0
""",
)
READER = SCENE.reader(
    categories=["Beauty > Makeup > Lips > Lip Liners"],
    words={"lipstick", "liner", "red", "matte", "velvet", "rouge"},
)
PICKS = SCENE.shown()


@pytest.mark.parametrize(
    ("message", "pick", "sentiment"),
    [
        ("ugh the l'oreal one looks awful", 0, -1),
        ("the tom ford is her favourite!", 2, 1),
        ("the revlon one is my holy grail", 1, 1),
        ("omg the second one is so pretty", 1, 1),
        ("the velvet one looks a bit tacky", 2, -1),
    ],
)
def test_a_named_pick_judged_is_feedback_on_it(message: str, pick: int, sentiment: int) -> None:
    request = READER.read(message, PICKS)
    assert request.intent == Intent.FEEDBACK, message
    assert (request.references, request.sentiment) == ([pick], sentiment), message
    assert not request.parsed.brands, message


@pytest.mark.parametrize(
    "message",
    [
        "is the revlon one good for dry lips?",
        "the revlon one looks great, please show me a lip liner for it",
        "the tom ford is gorgeous though way too expensive",
    ],
)
def test_a_question_an_ask_or_a_reservation_is_not_a_judgement(message: str) -> None:
    assert READER.read(message, PICKS).sentiment != 1 or READER.read(message, PICKS).intent != (
        Intent.FEEDBACK
    ), message


def test_with_nothing_on_screen_a_brand_praised_is_not_a_pick() -> None:
    request = READER.read("the revlon one is my favourite", TurnSituation())
    assert not request.references
