"""Every pick turned down is a dislike (feedback) when nothing else is asked, and a refinement
(other picks) when other picks are asked for beside it (`phrases.refinements.OTHERS_ASKED`).
CONVO51's probe: "meh, none of these are really me" was read as "something else" and
"something different? not really feeling any of these" as a dislike alone."""

from __future__ import annotations

import pytest

from assistant.dialogue.model.model_request import PickLine
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import picks_shown, reader_over
from tests.catalog_paths import LIPSTICK

VOCAB = CatalogVocabulary(
    categories=[LIPSTICK],
    brands=["Revlon", "Maybelline"],
    words=frozenset({"lipstick", "red", "matte", "waterproof"}),
)
READER = reader_over(VOCAB)
PICKS = picks_shown(
    tuple(
        PickLine(f"{brand} Lipstick {i}", brand, 5.0 + i)
        for i, brand in enumerate(["Revlon", "Maybelline", "Revlon"])
    ),
    "lipstick",
    LIPSTICK,
)


EVERY_PICK = {"references": [0, 1, 2]}
OTHERS = {"exclude_shown": True}


@pytest.mark.parametrize(
    ("message", "intent", "read"),
    [
        # a turn down alone is a dislike of every pick
        ("meh, none of these are really me", Intent.FEEDBACK, EVERY_PICK),
        ("tbh none of these are doing it for me", Intent.FEEDBACK, EVERY_PICK),
        ("none of these really work", Intent.FEEDBACK, EVERY_PICK),
        ("none of these", Intent.FEEDBACK, EVERY_PICK),
        ("not loving these", Intent.FEEDBACK, EVERY_PICK),
        # a turn down asking for others refines: other picks
        ("something different? not really feeling any of these", Intent.REFINE, OTHERS),
        ("none of these, something else?", Intent.REFINE, OTHERS),
        ("i don't like any of them, anything else?", Intent.REFINE, OTHERS),
        ("none of these work for me, show me more", Intent.REFINE, OTHERS),
    ],
)
def test_a_turn_down_of_every_pick(message: str, intent: Intent, read: dict[str, object]) -> None:
    request = READER.read(message, PICKS)
    assert request.intent == intent, message
    assert {field: getattr(request, field) for field in read} == read, message


def test_a_like_is_still_feedback() -> None:
    assert READER.read("love the second one", PICKS).intent == Intent.FEEDBACK
