"""Ingredients to avoid said in other languages: a word no list knows is read through the root
it shares with the catalog's English or an ingredient shoppers avoid (`retrieval.cognates`),
the short joiners of other languages go on with the list ("sin parabenos ni alcohol"), and a
price said after it ends it ("sin sulfatos hasta 20 euros")."""

from __future__ import annotations

import pytest

from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.request import Request
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import reader_over

VOCAB = CatalogVocabulary(
    brands=["Nivea", "Palmer's"],
    categories=["Beauty > Hair Care > Shampoos", "Beauty > Makeup > Nails > Nail Polish"],
    words=frozenset({"shampoo", "nail", "polish", "cream", "phthalates", "formula", "palmer's"}),
)


def _read(message: str) -> Request:
    return reader_over(VOCAB).read(message, TurnSituation())


@pytest.mark.parametrize(
    ("message", "avoided"),
    [
        ("crema sin ftalatos", ["phthalates"]),  # es: the catalog's own word
        ("esmalte de uñas sin formaldehido", ["formaldehyde"]),
        ("Nagellack ohne Formaldehyd", ["formaldehyde"]),  # de
        ("smalto senza formaldeide", ["formaldehyde"]),  # it
        ("lakier do paznokci bez formaldehydu", ["formaldehyde"]),  # pl: a case ending
        ("лак для ногтей без формальдегида", ["formaldehyde"]),  # ru: Cyrillic letters
        ("crema solare senza ossibenzone", ["oxybenzone"]),  # it: x written ss
        ("krem z filtrem bez oksybenzonu", ["oxybenzone"]),
        ("creme solaire sans octocrylène", ["octocrylene"]),  # fr: an accent
        ("crema corporal sin lanolina", ["lanolin"]),
        ("Duschgel ohne Mikroplastik", ["microplastics"]),
    ],
)
def test_an_unlisted_ingredient_is_read_through_its_root(message: str, avoided: list[str]) -> None:
    assert _read(message).avoid == avoided


@pytest.mark.parametrize(
    ("message", "avoided"),
    [
        ("esmalte sem formol", ["formol"]),  # too short to be one letter off "formula"
        ("nail polish without formula x", ["formula"]),  # a catalog word stays itself
        ("shampoo without bakuchiol", ["bakuchiol"]),  # no root known: as said
    ],
)
def test_a_word_with_no_known_root_stays_as_said(message: str, avoided: list[str]) -> None:
    assert _read(message).avoid == avoided


@pytest.mark.parametrize(
    ("message", "avoided"),
    [
        ("crema facial sin parabenos ni alcohol", ["parabens", "alcohol"]),  # es
        ("shampooing sans sulfates ni parabenes", ["sulfates", "parabens"]),  # fr
        ("sapone senza olio di palma", ["oil", "palm"]),  # it
    ],
)
def test_a_short_joiner_goes_on_with_the_list(message: str, avoided: list[str]) -> None:
    assert _read(message).avoid == avoided


@pytest.mark.parametrize(
    ("message", "avoided", "highest"),
    [
        ("acondicionador sin sulfatos hasta veinte euros", ["sulfates"], 20.0),  # es
        ("condicionador sem silicone ate quinze reais", ["silicone"], 15.0),  # pt, no accent
        ("conditioner zonder siliconen onder de acht euro", ["silicones"], 8.0),  # nl
        ("odżywka bez silikonów do dwudziestu złotych", ["silicones"], 20.0),  # pl
        ("шампунь без сульфатов до тысячи рублей", ["sulfates"], 11.0),  # ru
        ("shampoo without sulfates max 20 dollars", ["sulfates"], 20.0),  # en
    ],
)
def test_a_price_after_the_list_ends_it(message: str, avoided: list[str], highest: float) -> None:
    request = _read(message)
    assert request.avoid == avoided
    assert request.parsed.max_price == highest
