"""Dialogue turns in other languages read as their English would be: an answer to our
question ("los dos", "fark etmez", "随便", "दूसरा") and a refinement beside the picks ("een
ander merk", "başka bir şey", "他のもの"), each through `retrieval.lexicon`'s words."""

from __future__ import annotations

import pytest

from assistant.dialogue.model.model_request import PickLine, TurnSituation
from assistant.dialogue.request import Request
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import reader_over

KINDS = ("Beauty > Fragrance > Eau de Parfum", "Beauty > Fragrance > Eau de Toilette")
VOCAB = CatalogVocabulary(
    brands=["Olay"], categories=list(KINDS), words=frozenset({"perfume", "cream"})
)
ASKED = TurnSituation(question="Eau de Parfum or Eau de Toilette?", options=KINDS)
SHOWN = TurnSituation(
    picks=tuple(PickLine(title=f"Cream {n}", brand="Olay", price=9.0 + n) for n in range(3))
)


def _read(message: str, situation: TurnSituation) -> Request:
    reader = reader_over(VOCAB)
    return reader.read(message, situation, situation.options)


@pytest.mark.parametrize(
    "message",
    [
        "los dos", "ambas", "les deux", "beide", "entrambi", "os dois", "allebei", "oba",
        "båda", "ikisi de", "оба", "둘 다", "両方", "两个都要", "dua-duanya", "cả hai",
        "الاثنين", "दोनों", "ทั้งสอง", "שניהם",
    ],
)  # fmt: skip
def test_both_answer_takes_both_options(message: str) -> None:
    """CONVO32 probes: each was off the topic ("I can only help with shopping"); "both" of two
    options is each of them (CONVO51: the label contract's list, not "any")."""
    assert _read(message, ASKED).answer == _read("both", ASKED).answer == list(KINDS), message


@pytest.mark.parametrize(
    "message",
    [
        "da igual", "fa lo stesso", "maakt niet uit", "wszystko jedno", "spelar ingen roll",
        "fark etmez", "без разницы", "любой", "아무거나", "どれでも", "随便", "terserah",
        "cái nào cũng được", "مو مهم", "कोई भी", "อะไรก็ได้", "לא משנה", "scegli tu",
    ],
)  # fmt: skip
def test_any_answer_leaves_the_choice_to_us(message: str) -> None:
    """CONVO32 probes: each was off the topic ("I can only help with shopping")."""
    assert _read(message, ASKED).answer == _read("either", ASKED).answer == ["any"], message


@pytest.mark.parametrize(("message", "option"), [("दूसरा", 1), ("पहला", 0), ("el segundo", 1)])
def test_an_option_by_its_place(message: str, option: int) -> None:
    assert _read(message, ASKED).answer == [KINDS[option]], message


@pytest.mark.parametrize(
    "message",
    ["een ander merk", "ett annat märke", "başka marka", "inna marka", "eine andere Marke"],
)
def test_another_brand_beside_the_picks(message: str) -> None:
    """CONVO32 probes: "een ander merk" filtered the brand Andre, "inna marka" searched 'nina
    marka', "ett annat märke" and "başka marka" were off the topic."""
    assert _read(message, SHOWN).exclude_reference_brand, message


@pytest.mark.parametrize(
    "message",
    [
        "was anderes",
        "iets anders",
        "något annat",
        "coś innego",
        "başka bir şey",
        "다른 거",
        "他のもの",
    ],
)
def test_something_else_beside_the_picks(message: str) -> None:
    """CONVO32 probes: "was anderes", "başka bir şey" and "다른 거" were off the topic, the
    others searched their untranslated word ('anders', 'annat', 'innego')."""
    request = _read(message, SHOWN)
    assert (
        request.exclude_shown
        and request.exclude_shown == _read("something else", SHOWN).exclude_shown
    )
    assert not request.text or request.text == _read("something else", SHOWN).text, message


@pytest.mark.parametrize(
    ("message", "pick"),
    [
        ("nimm das erste", 0), ("me quedo con el primero", 0), ("je prends le premier", 0),
        ("prendo il primo", 0), ("fico com o primeiro", 0), ("biorę pierwszy", 0),
        ("беру первый", 0), ("ikincisini alıyorum", 1), ("ik neem de eerste", 0),
        ("jag tar den första", 0), ("ikincisini sepete ekle", 1),
    ],
)  # fmt: skip
def test_a_pick_taken_in_other_languages_goes_in_the_cart(message: str, pick: int) -> None:
    """CONVO32 probes: "nimm das erste" beside hand creams searched 'lavender take', "ikincisini
    sepete ekle" was off the topic; the others were read no better."""
    request = _read(message, SHOWN)
    assert request.references == [pick] and request.attributes.get("action") == "cart", message
