"""Hair options named by how the hair is ("it's bleached", "I dye it every 6 weeks": the
Color-treated option; "wavy" Curly; "average" Normal), as "flaky" names a Dry option
(`shopper_states.STATE_WORDS`). CONVO51's probe: "it's bleached" to 'What's your hair like?'
chose none."""

from __future__ import annotations

from functools import partial

from assistant.dialogue.clarifying.answers import options_named
from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import reader_over
from tests.tables import reads_as

HAIR = ["Dry", "Oily", "Normal", "Curly", "Color-treated"]


test_a_state_names_its_option = reads_as(
    partial(options_named, options=HAIR),
    [
        ("it's bleached", ["Color-treated"]),
        ("I dye it every 6 weeks", ["Color-treated"]),
        ("wavy, kind of frizzy", ["Curly"]),
        ("pretty average i guess", ["Normal"]),
        ("greasy and dyed", ["Oily", "Color-treated"]),
    ],
)


def test_a_state_names_no_option_of_another_name() -> None:
    assert options_named("it's bleached", ["Shampoos", "Hair Color"]) == []


def test_a_state_word_that_is_a_type_word_is_no_new_need() -> None:
    """ "I dye it every 6 weeks" to 'What's your hair like?' of a shampoo: Color-treated, not a
    new need for hair dye (`AnswerCategory.a_type_of_its_own` passes over the options' states)."""
    shampoos, dyes = "Beauty > Hair Care > Shampoos", "Beauty > Hair Care > Hair Color > Dyes"
    vocab = CatalogVocabulary(
        categories=[shampoos, dyes], words=frozenset({"shampoo", "dye", "dyes", "hair"})
    )
    reader = reader_over(vocab)
    asked = TurnSituation(
        question="What's your hair like?",
        options=tuple(HAIR),
        so_far=f"need=shampoo; category={shampoos}",
    )
    assert reader.read("I dye it every 6 weeks", asked, HAIR).answer == ["Color-treated"]
