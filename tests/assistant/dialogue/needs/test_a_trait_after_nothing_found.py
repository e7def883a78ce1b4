"""After nothing was found (no picks, no question pending, a need so far), a message that starts
no need of its own refines the failed one (`need_so_far.a_trait_of_the_need_so_far`): a trait,
a word the need's titles say or one of its kind ("maybe a brown one", "something for short
lashes", "doesn't have to be waterproof", "show me anything close") was a new search from
scratch with the need's category lost. CONVO58's probes. A type of another category ("ok a gloss
then", "a shampoo then"), talk of nothing sold, or the same words from nothing stay searches."""

from __future__ import annotations

from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import (
    intent_not_read,
    intents_read,
    nothing_found,
    reader_over,
)
from tests.catalog_paths import MASCARA

VOCAB = CatalogVocabulary(
    categories=[
        MASCARA,
        "Beauty > Makeup > Lips > Lip Glosses",
        "Beauty > Hair Care > Shampoos",
        "Beauty > Tools & Accessories > Eyelash Tools",
    ],
    brands=["Maybelline"],
    words=frozenset({"mascara", "gloss", "shampoo", "brown", "lashes", "volumizing"}),
    title_words={
        "lash": frozenset({MASCARA, "Beauty > Tools & Accessories > Eyelash Tools"}),
        "volumizing": frozenset({MASCARA}),
        "waterproof": frozenset({MASCARA}),
        "brown": frozenset({MASCARA}),
    },
)
READER = reader_over(VOCAB)
NOTHING_FOUND = nothing_found("mascara", MASCARA, 2.0)

test_a_trait_after_nothing_found = intents_read(
    READER,
    [
        (
            NOTHING_FOUND,
            Intent.REFINE,
            [
                "maybe a brown one",
                "something for short lashes",
                "doesn't have to be waterproof",
                "show me anything close",
                "ok what about volumizing",
            ],
        ),
        (NOTHING_FOUND, Intent.SEARCH, ["ok a gloss then", "a shampoo then"]),
        (TurnSituation(), Intent.SEARCH, ["maybe a brown one"]),
    ],
)


def test_the_refinement_keeps_the_need_s_category() -> None:
    assert READER.read("something for short lashes", NOTHING_FOUND).parsed.category == MASCARA


test_talk_of_nothing_sold_is_no_refinement = intent_not_read(
    READER, NOTHING_FOUND, Intent.REFINE, ["what's the weather like", "nevermind"]
)
