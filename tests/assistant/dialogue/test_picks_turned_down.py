"""Every pick turned down is a dislike (feedback) when nothing else is asked, and a refinement
(other picks) when other picks are asked for beside it (`phrases.refinements.OTHERS_ASKED`).
CONVO51's probe: "meh, none of these are really me" was read as "something else" and
"something different? not really feeling any of these" as a dislike alone."""

from __future__ import annotations

import pytest

from assistant.adapters import query_parser
from assistant.dialogue.model_request import PickLine, TurnSituation
from assistant.dialogue.reader import TurnReader
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary

LIPSTICK = "Beauty > Makeup > Lips > Lipstick"
VOCAB = CatalogVocabulary(
    categories=[LIPSTICK],
    brands=["Revlon", "Maybelline"],
    words=frozenset({"lipstick", "red", "matte", "waterproof"}),
)
READER = TurnReader(parse=query_parser(VOCAB), vocabulary=VOCAB)
PICKS = TurnSituation(
    picks=tuple(
        PickLine(f"{brand} Lipstick {i}", brand, 5.0 + i)
        for i, brand in enumerate(["Revlon", "Maybelline", "Revlon"])
    ),
    so_far=f"need=lipstick; category={LIPSTICK}",
)


@pytest.mark.parametrize(
    "message",
    [
        "meh, none of these are really me",
        "tbh none of these are doing it for me",
        "none of these really work",
        "none of these",
        "not loving these",
    ],
)
def test_a_turn_down_alone_is_a_dislike_of_every_pick(message: str) -> None:
    request = READER.read(message, PICKS)
    assert request.intent == Intent.FEEDBACK and request.references == [0, 1, 2], message


@pytest.mark.parametrize(
    "message",
    [
        "something different? not really feeling any of these",
        "none of these, something else?",
        "i don't like any of them, anything else?",
        "none of these work for me, show me more",
    ],
)
def test_a_turn_down_asking_for_others_refines(message: str) -> None:
    request = READER.read(message, PICKS)
    assert request.intent == Intent.REFINE and request.exclude_shown, message


def test_a_like_is_still_feedback() -> None:
    assert READER.read("love the second one", PICKS).intent == Intent.FEEDBACK
