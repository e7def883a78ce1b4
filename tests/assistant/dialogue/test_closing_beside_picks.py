"""Thanks or a goodbye beside the picks among words that fill nothing (`intents.talk.
closes_the_talk`): "cheers, that's me sorted", "ta, that's all", "grazie mille, perfetto così,
ciao!" close the talk; a title word among them ("sorted", "mate") made them refinements. Thanks
alone stays a like; thanks beside a trait, a price, other picks or an objection stays what it
was. CONVO51's, CONVO56's and CONVO58's probes each had one."""

from __future__ import annotations

import pytest

from assistant.dialogue.model_request import PickLine
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import intents_read, picks_shown, reader_over
from tests.catalog_paths import LIPSTICK

VOCAB = CatalogVocabulary(
    categories=[LIPSTICK, "Beauty > Makeup > Lips > Lip Glosses"],
    brands=["Lime Crime", "Revlon"],
    words=frozenset({"lipstick", "gloss", "lip", "light", "sorted", "mate", "perfetto"}),
    title_words={"sorted": ("Beauty > Makeup",), "mate": ("Beauty > Skin Care",)},
    title_counts={"sorted": {"Beauty > Makeup": 1}, "mate": {"Beauty > Skin Care": 1}},
)
READER = reader_over(VOCAB)
PICKS = picks_shown(
    (
        PickLine("Lime Crime Opaque Nude Lipstick Coquette", "Lime Crime", 18.0),
        PickLine("Revlon Super Lustrous Lipstick Copperglow Berry", "Revlon", 12.25),
    ),
    "lipstick",
    LIPSTICK,
)

test_closings_beside_picks = intents_read(
    READER,
    [
        (
            PICKS,
            Intent.GREETING,
            [
                "ta, that's all",
                "cheers, that's me sorted",
                "cheers mate that's him sorted, ta ra",
                "grazie mille, perfetto così, ciao!",
                "merci beaucoup, au revoir",
            ],
        ),
        (PICKS, Intent.FEEDBACK, ["thanks so much!"]),
    ],
)


@pytest.mark.parametrize(
    "message",
    [
        "thanks, a matte one maybe",
        "thanks, but not really my style",
        "thanks, anything cheaper?",
        "cheers, is the revlon one long lasting?",
        "thanks, show me something else",
        "lighter, thanks",
    ],
)
def test_thanks_beside_a_request_is_no_closing(message: str) -> None:
    assert READER.read(message, PICKS).intent != Intent.GREETING
