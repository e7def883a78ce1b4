"""Hair options named by how the hair is ("it's bleached", "I dye it every 6 weeks": the
Color-treated option; "wavy" Curly; "average" Normal), as "flaky" names a Dry option
(`answers.STATES`). CONVO51's probe: "it's bleached" to 'What's your hair like?' chose none."""

from __future__ import annotations

import pytest

from assistant.dialogue.answers import options_named

HAIR = ["Dry", "Oily", "Normal", "Curly", "Color-treated"]


@pytest.mark.parametrize(
    ("message", "named"),
    [
        ("it's bleached", ["Color-treated"]),
        ("I dye it every 6 weeks", ["Color-treated"]),
        ("wavy, kind of frizzy", ["Curly"]),
        ("pretty average i guess", ["Normal"]),
        ("greasy and dyed", ["Oily", "Color-treated"]),
    ],
)
def test_a_state_names_its_option(message: str, named: list[str]) -> None:
    assert options_named(message, HAIR) == named, message


def test_a_state_names_no_option_of_another_name() -> None:
    assert options_named("it's bleached", ["Shampoos", "Hair Color"]) == []
