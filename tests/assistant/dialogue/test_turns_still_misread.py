"""Turns CONVO69's probes found read wrong (issue 17): a question about the world typed without
an apostrophe or said as an aside (`phrases.off_topic.WORLD_QUESTION`, `ASIDE_QUESTION`), a compare
that names a person or an occasion (no recipient: `reader.WEIGHS_THE_PICKS`), the picks counted
before their superlative (`phrases.questions.PICKS_SUPERLATIVE`), thanks in other words
(`THANKS_ALONE`), a goodbye while our question is pending (`option_answers._leaving`), another
type after nothing was found (`types_beside_picks.another_type_after_none_found`), others
asked of the shop with "do they" (`OTHERS_ASKED_OF_THE_SHOP`), a state then a question of the
picks, a size asked beside praise, and a plural need as the titles say it
(`need_words.as_titles_say`)."""

from __future__ import annotations

import pytest

from assistant.dialogue.model.model_request import PickLine, TurnSituation
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import intents_read, reader_over

SHAMPOOS = "Beauty > Hair Care > Shampoos"
VOCAB = CatalogVocabulary(
    categories=[
        SHAMPOOS,
        "Beauty > Makeup > Lips > Lipstick",
        "Beauty > Skin Care > Sun > Skin Protection",
        "Beauty > Skin Care > Sun > Self-Tanners & Bronzers",
    ],
    words=frozenset(
        {"shampoo", "dandruff", "scalp", "tea", "tree", "neutrogena", "giovanni", "lipstick",
         "sunscreen", "spf", "self", "tanner", "bronzer", "lotion"}
    ),
    said_singular=frozenset({"lipstick", "shampoo"}),
)  # fmt: skip
READER = reader_over(VOCAB)
PICKS = TurnSituation(
    picks=(
        PickLine("Sage Shampoo for Heavy Dandruff", "Maple Holistics", 17.95),
        PickLine("Neutrogena T/Sal Shampoo, Scalp Build-up Control", "Neutrogena", 8.5),
        PickLine("Giovanni Invigorating Shampoo, Tea Tree Triple Treat", "Giovanni", 14.74),
    ),
    so_far=f"need=shampoo; category={SHAMPOOS}",
)
QUESTION = TurnSituation(
    question="Which scalp concern: dandruff or dryness?",
    options=("dandruff", "dryness"),
    so_far=f"need=shampoo; category={SHAMPOOS}",
)
NOTHING_FOUND = TurnSituation(
    so_far="need=self tanner; category=Beauty > Skin Care > Sun > Self-Tanners & Bronzers; "
    "price_max=5.0"
)

test_a_turn_is_read_as = intents_read(
    READER,
    [
        (
            PICKS,
            Intent.OFF_TOPIC,
            [
                "whats the capital of peru",
                "random q but who won the world series",
                "unrelated but whos the president of france rn",
                "off topic but hows the weather in miami",
                "quick q whats 15 times 12",
                "whos gonna win the superbowl this year",
                "out of curiosity, do cats dream",
            ],
        ),
        # an aside that asks about the picks stays a question about them
        (PICKS, Intent.ASK, ["random q but is the first one sulfate free?"]),
        (PICKS, Intent.COMPARE, ["random q but which of these lathers best"]),
        (
            PICKS,
            Intent.COMPARE,
            [
                "which is best for kids",
                "of all three whats the gentlest",
                "of these whats the least drying",
                "which would my teen like most",
            ],
        ),
        (PICKS, Intent.FEEDBACK, ["appreciate u", "really appreciate the help", "much obliged"]),
        (PICKS, Intent.REFINE, ["do they have anything with spf 50"]),
        (PICKS, Intent.ASK, ["do they lather"]),
    ],
)


@pytest.mark.parametrize("message", ["which is best for kids", "which is best for a wedding"])
def test_a_compare_stores_no_person_or_occasion(message: str) -> None:
    request = READER.read(message, PICKS)
    assert request.intent == Intent.COMPARE
    assert request.recipient is None and "occasion" not in request.attributes


@pytest.mark.parametrize(
    "message", ["Actually I have to go, thanks anyway. Bye", "gtg sorry, thanks though"]
)
def test_a_goodbye_while_our_question_is_pending_answers_nothing(message: str) -> None:
    request = READER.read(message, QUESTION, QUESTION.options)
    assert request.intent == Intent.GREETING and not request.answer, message


def test_a_goodbye_that_names_an_option_still_answers() -> None:
    request = READER.read("dandruff, thanks! bye", QUESTION, QUESTION.options)
    assert request.intent != Intent.GREETING and request.answer == ["dandruff"]


def test_a_state_then_a_question_of_the_picks_is_no_refinement() -> None:
    """ "my hair is really dry, are they good for that" asks the picks (the real catalog reads
    it as a question about them); it no longer refines the need with 'dry hair'."""
    request = READER.read("my hair is really dry, are they good for that", PICKS)
    assert request.intent != Intent.REFINE


def test_another_type_after_nothing_was_found_keeps_no_price() -> None:
    assert "price" in READER.read("whatever, just show me lipstick then", NOTHING_FOUND).drop


def test_another_type_beside_the_nearest_at_any_price_keeps_no_price() -> None:
    """Live, nothing at the price shows the nearest at any price ("I found nothing in the
    catalog for that (under $1.00) ..."): picks none of which meet the price so far."""
    nearest = TurnSituation(
        picks=(PickLine("Bronzing Self Tanner Lotion", "Jergens", 6.15),),
        so_far="need=self tanner; category=Beauty > Skin Care > Sun > Self-Tanners & Bronzers; "
        "price_max=1.0",
    )
    assert "price" in READER.read("whatever, just show me lipstick then", nearest).drop
    met = TurnSituation(picks=nearest.picks, so_far=nearest.so_far.replace("=1.0", "=10.0"))
    assert "price" not in READER.read("ok show me lipstick", met).drop  # the price was met


@pytest.mark.parametrize(
    "message", ["any self tanner then, maybe a lotion one", "ok lipstick under 5 then"]
)
def test_the_same_type_or_a_price_said_keeps_it(message: str) -> None:
    assert "price" not in READER.read(message, NOTHING_FOUND).drop, message


def test_a_size_asked_beside_praise_refines_by_size() -> None:
    request = READER.read("ok these are nice, do they come in a bigger size", PICKS)
    assert request.intent == Intent.REFINE and request.relative == "bigger"


def test_a_plural_need_is_searched_as_the_titles_say_it() -> None:
    assert READER.read("show me lipsticks", PICKS).text == "lipstick"
    assert READER.read("show me lipsticks", TurnSituation()).text == "lipstick"
