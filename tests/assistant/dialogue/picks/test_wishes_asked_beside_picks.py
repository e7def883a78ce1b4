"""A question beside the picks that asks the shop for other products ("could I see something
with more in the bottle?", "have you one that's kind to eczema?", "have you got the same but in
a deeper red?") or says a trait alone ("waterproof?") refines the need on screen
(`beside_picks.about_the_picks`, `phrases.questions.OTHERS_ASKED_OF_THE_SHOP`,
`A_TRAIT_ASKED_ALONE`); they were read as questions about the picks. CONVO89's probes. A
question about the picks by its words stays one."""

from __future__ import annotations

import pytest

from assistant.dialogue.picks.beside_picks import about_the_picks
from assistant.dialogue.request import Intent
from tests.assistant.dialogue.readers import search_request


@pytest.mark.parametrize(
    "text",
    [
        "could i see something with a bit more in the bottle?",
        "have you one that's kind to eczema?",
        "have you got the same sort of thing but in a deeper red?",
        "can you show me some without fragrance?",
        "waterproof?",
        "alcohol free?",
    ],
)
def test_a_wish_asked_as_a_question_refines_the_picks(text: str) -> None:
    assert about_the_picks(search_request(text), text).intent == Intent.REFINE


@pytest.mark.parametrize(
    "text",
    [
        "is it waterproof?",
        "does the second one smudge?",
        "which one lasts longest?",
        "these any good?",
    ],
)
def test_a_question_about_the_picks_stays_one(text: str) -> None:
    assert about_the_picks(search_request(text), text).intent == Intent.ASK
