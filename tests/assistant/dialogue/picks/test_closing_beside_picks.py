"""Thanks or a goodbye beside the picks among words that fill nothing (`intents.talk.
closes_the_talk`): "cheers, that's me sorted", "ta, that's all", "grazie mille, perfetto così,
ciao!" close the talk; a title word among them ("sorted", "mate") made them refinements. Thanks
alone stays a like; thanks beside a trait, a price, other picks or an objection stays what it
was. CONVO51's, CONVO56's and CONVO58's probes each had one."""

from __future__ import annotations

from assistant.dialogue.request import Intent
from tests.assistant.dialogue.readers import intent_not_read, intents_read
from tests.assistant.dialogue.scenes import THREE_LIPSTICKS

READER = THREE_LIPSTICKS.reader(
    categories=["Beauty > Makeup > Lips > Lip Glosses"],
    words={"lipstick", "gloss", "lip", "light", "sorted", "mate", "perfetto"},
    title_words={"sorted": ("Beauty > Makeup",), "mate": ("Beauty > Skin Care",)},
    title_counts={"sorted": {"Beauty > Makeup": 1}, "mate": {"Beauty > Skin Care": 1}},
)
PICKS = THREE_LIPSTICKS.shown(2)  # Lime Crime's and Revlon's

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


test_thanks_beside_a_request_is_no_closing = intent_not_read(
    READER,
    PICKS,
    Intent.GREETING,
    [
        "thanks, a matte one maybe",
        "thanks, but not really my style",
        "thanks, anything cheaper?",
        "cheers, is the revlon one long lasting?",
        "thanks, show me something else",
        "lighter, thanks",
    ],
)
