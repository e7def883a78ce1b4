"""After nothing was found (no picks, no question pending, a need so far), a message that starts
no need of its own refines the failed one (`need_so_far.a_trait_of_the_need_so_far`): a trait,
a word the need's titles say or one of its kind ("maybe a brown one", "something for short
lashes", "doesn't have to be waterproof", "show me anything close") was a new search from
scratch with the need's category lost. CONVO58's probes. A type of another category ("ok a gloss
then", "a shampoo then"), talk of nothing sold, or the same words from nothing stay searches."""

from __future__ import annotations

from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.needs.need_so_far import a_trait_of_the_need_so_far
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import (
    intent_not_read,
    intents_read,
    nothing_found,
    reader_over,
    search_request,
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
                # CONVO102: the kind read in the catalog's words ("something cheaper")
                "quelque chose de moins cher?",
                "algo más barato",
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


def test_a_kind_said_in_another_language_refines_the_need() -> None:
    """CONVO102: the kind or trait is read in the catalog's words too: "quelque chose de moins
    cher?" (something cheaper; the rules' need 'something de') was a new search from scratch."""
    for text, need in (("quelque chose de moins cher?", "something de"), ("algo mas barato", "")):
        request = a_trait_of_the_need_so_far(search_request(need), text, NOTHING_FOUND, VOCAB)
        assert request.intent == Intent.REFINE and request.parsed.category == MASCARA, text
