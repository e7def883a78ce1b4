"""Questions that weigh the picks on screen by "more" of a trait, by how well they do something,
or by "what's better" of two named by place are comparisons (`phrases.questions.WHICH_DOES_MORE`,
`comparisons.sets_picks_against`). CONVO96's probes: "which is more waterproof" and "which smells
fresher" were questions, "which holds better in humidity" a search for conditioners, and "whats
better for thick hair, the first or second?" a question about both."""

from __future__ import annotations

from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import intent_not_read, intents_read, reader_over
from tests.assistant.dialogue.scenes import scene
from tests.catalog_paths import EYELINER

VOCAB = CatalogVocabulary(
    categories=[EYELINER, "Beauty > Makeup > Eyes > Mascara", "Beauty > Hair Care > Conditioners"],
    brands=["COVERGIRL", "NYX", "YKS"],
    words=frozenset({"eyeliner", "mascara", "conditioner", "waterproof", "black", "hair"}),
)
READER = reader_over(VOCAB)
PICKS = scene(
    "eyeliner",
    EYELINER,
    """
    COVERGIRL Lineexact Liquid Eyeliner Black Brown 620 | COVERGIRL | 3.95
    YKS Black Waterproof Long Lasting Gel Eyeliner | YKS | 4.49
    NYX Liquid Crystal Liner, Crystal Pink | NYX | 5.94
""",
).shown()

test_the_picks_weighed_are_compared = intents_read(
    READER,
    [
        (
            PICKS,
            Intent.COMPARE,
            [
                "which is more waterproof",
                "which one is less smudgy?",
                "which smells fresher",
                "which holds better in humidity",
                "which of these stays on longer",
                "whats better for oily lids, the first or second?",
            ],
        ),
    ],
)

test_a_type_of_its_own_is_no_comparison = intent_not_read(
    READER, PICKS, Intent.COMPARE, ["which mascara is more waterproof"]
)


test_the_picks_counted_from_an_end_are_compared = intents_read(
    READER,
    [
        (
            PICKS,
            Intent.COMPARE,
            ["which of the first two lasts longer?", "which of the last two is gentler"],
        )
    ],
)
"""CONVO101's probes: "which of the first two lasts longer?" was a question about both
(`phrases.questions.OF_THE_PICKS` counted no picks from an end)."""


test_the_picks_counted_from_an_end_are_weighed_for_a_need = intents_read(
    READER,
    [(PICKS, Intent.COMPARE, ["which of the first two would suit an older lady better?"])],
)
"""CONVO78's aside probe, still a question: `phrases.questions.WHICH_SUITS` counted no picks
from an end ("which of the first two")."""
