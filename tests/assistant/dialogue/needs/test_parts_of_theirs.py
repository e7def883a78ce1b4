"""A part of the body said as the shopper's own ("my skin is quite dry", "my hair is very
curly") tells of them: in a reply to our question it names no department and no product type of
its own (`wording.unowned_words`, `answers._a_department_of_theirs`). CONVO96's probes: "the
glowy sort please, my skin is quite dry" to 'Powder or cream blush?' searched Skin Care, and "my
hair is very curly, what is better for me?" to a shampoo's 'curly, straight or color-treated?'
lost its answer to a new need for 'hair'."""

from __future__ import annotations

from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.needs.wording import unowned_words
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import reader_over
from tests.catalog_paths import BLUSH, HAIR_CARE_SHAMPOOS, SKIN_CARE_BODY
from tests.tables import reads_as

test_their_own_parts_are_left_out = reads_as(
    unowned_words,
    [
        ("my hair is very curly", "  is very curly"),
        ("my shampoo is too harsh", "my shampoo is too harsh"),
    ],
)

VOCAB = CatalogVocabulary(
    categories=[
        BLUSH,
        SKIN_CARE_BODY,
        "Beauty > Skin Care > Face > Creams & Moisturizers",
        HAIR_CARE_SHAMPOOS,
        "Beauty > Hair Care > Styling Tools > Styling Accessories > Hair Pins",
    ],
    words=frozenset({"blush", "skin", "shampoo", "hair", "curly", "dry", "glowy", "cream"}),
)
READER = reader_over(VOCAB)


def test_their_skin_said_in_an_answer_is_no_search_in_skin_care() -> None:
    asked = TurnSituation(
        question="Powder or cream blush?",
        options=("powder", "cream"),
        so_far=f"need=blush; category={BLUSH}",
    )
    request = READER.read("the glowy sort please, my skin is quite dry", asked, ["powder", "cream"])
    assert request.intent != Intent.SEARCH or request.answer
    assert request.parsed.category in (None, BLUSH)


def test_their_hair_said_in_an_answer_keeps_the_option_chosen() -> None:
    options = ["curly", "straight", "color-treated"]
    asked = TurnSituation(
        question="Is your hair curly, straight or colour-treated?",
        options=tuple(options),
        so_far=f"need=shampoo; category={HAIR_CARE_SHAMPOOS}",
    )
    request = READER.read("my hair is very curly, what is better for me?", asked, options)
    assert request.answer == ["curly"]
