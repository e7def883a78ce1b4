"""Two answer readings of our question: "both" to a question of two options takes both (the
label contract's list, not "any"), and an option is named by its content words, not by a stop
word of its name ("gift, for my wife's birthday" to 'Is it for you or a gift?' named 'For me'
by its "for"). CONVO51's probe."""

from __future__ import annotations

from functools import partial

import pytest

from assistant.dialogue.clarifying.answers import options_named
from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.model.validation import ANY
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import reader_over
from tests.tables import reads_as

VOCAB = CatalogVocabulary(
    categories=["Beauty > Skin Care > Face", "Beauty > Skin Care > Body", "Beauty > Fragrance"],
    words=frozenset({"scrub", "face", "body", "perfume", "gift"}),
)
READER = reader_over(VOCAB)
TWO = ("Sugar scrub", "Salt scrub")
ASKED_TWO = TurnSituation(question="Sugar or salt scrub?", options=TWO, so_far="need=scrub")
THREE = ("Matte", "Satin", "Glossy")
ASKED_THREE = TurnSituation(question="Matte, satin or glossy?", options=THREE, so_far="need=x")


@pytest.mark.parametrize("message", ["both", "both tbh", "kinda both??", "hmm both i guess"])
def test_both_of_two_options_is_each_of_them(message: str) -> None:
    assert READER.read(message, ASKED_TWO, TWO).answer == list(TWO), message


def test_both_of_three_options_is_still_any() -> None:
    assert READER.read("both", ASKED_THREE, THREE).answer == [ANY]


# an option is named by its content words
test_an_option_is_named_by_its_content_words = reads_as(
    partial(options_named, options=["For me", "A gift"]),
    [
        ("gift, for my wife's birthday", ["A gift"]),
        ("it's a gift", ["A gift"]),
        ("for me", ["For me"]),
        ("just for me, i deserve it", ["For me"]),
    ],
)
