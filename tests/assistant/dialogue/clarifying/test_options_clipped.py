"""Options named by the start of their name in a short reply (CONVO85): "med pls" to 'How much
coverage?' is Medium, "nat" Natural, "sens" Sensitive; a word whose rest makes another word of
it ("oil" of Oily, "dry" of Dryers) or a start two options share names none."""

from __future__ import annotations

from functools import partial

from assistant.dialogue.clarifying.answers import options_named
from tests.tables import reads_as

COVERAGE = ["Light", "Medium", "Full"]
FINISH = ["Matte", "Dewy", "Natural"]
SKIN = ["Dry", "Oily", "Combination", "Sensitive"]
TOOLS = [
    "Beauty > Hair Care > Styling Tools > Hair Dryers",
    "Beauty > Hair Care > Styling Tools > Irons",
]

test_a_clipped_name_names_its_option = reads_as(
    partial(options_named, options=COVERAGE),
    [("med pls", ["Medium"]), ("med", ["Medium"]), ("something for my cat", [])],
)

test_a_clipped_finish = reads_as(
    partial(options_named, options=FINISH),
    [("nat pls", ["Natural"]), ("mat", ["Matte"])],
)

test_a_clipped_skin_type = reads_as(
    partial(options_named, options=SKIN),
    [("sens", ["Sensitive"]), ("oil free", []), ("com", ["Combination"])],
)


def test_a_word_whose_rest_makes_another_word_names_no_option() -> None:
    """ "dry hair" to 'Dryer or iron?' names no dryer: "dry" is no clipping of "dryers"."""
    assert options_named("dry hair", TOOLS) == []


def test_a_start_two_options_share_names_neither() -> None:
    assert options_named("sta", ["Standard", "Stainless"]) == []


def test_a_long_reply_clips_no_option() -> None:
    assert options_named("my sister said med is good for her skin", COVERAGE) == []
