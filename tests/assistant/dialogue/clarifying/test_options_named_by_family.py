"""Options that name a family of traits (a scent family, a finish, a colour) named by a word of
that family (`product_traits.TRAIT_FAMILIES`, `answers.options_named`): "she loves roses and
lilies" is floral, "something neon" bright, "a deep burgundy" red, "whichever gives that
glow-from-within look" dewy. CONVO96's probes: each chose no option. A word of the family
turned down ("she is not a flowers person") names none."""

from __future__ import annotations

from functools import partial

from assistant.dialogue.clarifying.answers import options_named
from tests.tables import reads_as

SCENTS = ["floral", "fruity", "woody"]
COLOURS = ["nude", "red", "bright"]
FINISHES = ["matte", "dewy"]

test_a_scent_family_named_by_its_notes = reads_as(
    partial(options_named, options=SCENTS),
    [
        ("she loves roses and lilies", ["floral"]),
        ("something citrusy and sweet, like peaches", ["fruity"]),
        ("sandalwood-y, she is not a flowers person", ["woody"]),
        ("no fruit, she likes cedar", ["woody"]),
    ],
)

test_a_colour_named_by_its_shades = reads_as(
    partial(options_named, options=COLOURS),
    [("something neon", ["bright"]), ("a deep burgundy", ["red"]), ("beige-ish", ["nude"])],
)

test_a_finish_named_by_its_look = reads_as(
    partial(options_named, options=FINISHES),
    [("whichever gives that glow-from-within look", ["dewy"]), ("velvety please", ["matte"])],
)


def test_a_family_word_names_no_option_of_another_name() -> None:
    assert options_named("roses", ["Shampoos", "Conditioners"]) == []
