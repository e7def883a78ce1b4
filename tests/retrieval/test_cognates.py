"""Words of other languages read through the root they share with an English word
(`retrieval.cognates`)."""

import pytest

from retrieval.cognates import cognate_key, english_for, free_from


@pytest.mark.parametrize(
    "words",
    [
        ["formaldehyde", "formaldehído", "Formaldehyd", "formaldehydu", "formaldeide"],
        ["phthalates", "ftalatos", "ftalati"],
        ["oxybenzone", "oxibenzona", "oksybenzonu", "Oxybenzon"],
        ["parabens", "parabenos", "parabenes", "paraben"],
        ["lotion", "loción", "lozione", "loção"],
        ["microplastics", "Mikroplastik"],
        ["шампун", "შამპუნ", "šampun"],  # Cyrillic and Georgian letters in Latin ones
        ["շամպուն", "šampon", "шампон"],  # the Armenian "ու" is u, read o like the Slavic one
        ["sjampó", "shampo", "xampú"],  # a first "sj" or "x" before a vowel is "sh"
    ],
)
def test_cognates_share_one_key(words: list[str]) -> None:
    assert len({cognate_key(w) for w in words}) == 1, [cognate_key(w) for w in words]


@pytest.mark.parametrize(
    ("said", "english"),
    [
        ("формальдегида", "formaldehyde"),  # Cyrillic letters, г for h: one letter off
        ("ossibenzone", "oxybenzone"),  # x written ss
        ("Octocrylen", "octocrylene"),
        ("lanolina", "lanolin"),
        ("triclosán", "triclosan"),
    ],
)
def test_an_ingredient_is_found_one_or_two_letters_off(said: str, english: str) -> None:
    assert english_for(said, free_from()) == english


@pytest.mark.parametrize("said", ["formol", "bakuchiol", "it", "shea"])
def test_a_short_or_unknown_root_finds_no_other_word(said: str) -> None:
    assert english_for(said, free_from() - {"shea"}) is None


def test_a_shorter_key_must_be_the_same() -> None:
    assert english_for("formol", {"formula"}) is None
    assert english_for("palma", {"palm", "palmer"}) == "palm"
