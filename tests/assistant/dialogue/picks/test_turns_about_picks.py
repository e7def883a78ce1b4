"""Turns about the picks on screen that name them the way people do in chat: by a word of one
pick's title ("love the pink!", "that spray one"), by their places set against each other ("1st
or 3rd?", "the last two"), by two brands weighed ("nyx or maybelline?"), by a brand opening a
question ("is smashbox cruelty free?"); a brand someone else dislikes ("she hates X") ruled
out; a reply to our question by place naming an option, not a pick."""

from __future__ import annotations

from functools import partial

import pytest

from assistant.dialogue.model.model_request import PickLine, TurnSituation
from assistant.dialogue.picks.beside_picks import a_search_beside_picks
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import read_beside, reader_over
from tests.assistant.dialogue.scenes import picks_listed

VOCAB = CatalogVocabulary(
    brands=["NYX", "Maybelline", "M.A.C", "OPI", "OPI NAIL COLOR", "Sally Hansen", "China Glaze",
            "Smashbox", "Max Factor", "CeraVe", "Lady Gaga", "Paris Hilton"],
    categories=["Beauty > Makeup > Lips > Lipstick", "Beauty > Makeup > Nails > Nail Polish",
                "Beauty > Makeup > Eyes > Mascara", "Beauty > Skin Care > Face"],
    words=frozenset({"lipstick", "polish", "nail", "mascara", "cream", "night", "perfume"}),
)  # fmt: skip
LIPSTICKS = picks_listed(
    """
    MAC Matte Lipstick - Russian Red | M.A.C | 15.17
    NYX Extra Creamy Round Lipstick Narcissus | NYX | 4.99
    Maybelline ColorSensational Lipcolor, Pink Quartz | Maybelline | 3.77
"""
)
POLISHES = picks_listed(
    """
    China Glaze: Pink Voltage, 0.5 oz | China Glaze | 4.89
    OPI Bold Nail Polish, 0.5 Fluid Ounce | OPI | 8.25
    Sally Hansen Hard as Nails Xtreme Wear, Black Out | Sally Hansen | 1.99
"""
)
MASCARAS = picks_listed(
    """
    Max Factor False Lash Effect Mascara, Black | Max Factor | 13.68
    Smashbox Full Exposure Mascara Jet Black | Smashbox | 16.15
    CeraVe Telescopic Spray Mascara, Black | CeraVe | 5.71
    Maybelline Falsies Flared Waterproof Mascara, Very Black | Maybelline | 6.0
"""
)
READER = reader_over(VOCAB)
read = partial(read_beside, READER)


@pytest.mark.parametrize(
    ("message", "picks", "intent", "references"),
    [
        ("love the pink!", LIPSTICKS, Intent.FEEDBACK, [2]),
        ("add the black one to my cart", POLISHES, Intent.FEEDBACK, [2]),
        ("is the red one long lasting", LIPSTICKS, Intent.ASK, [0]),
        ("the pink one, does it need a top coat", POLISHES, Intent.ASK, [0]),
        ("is the waterproof one hard to get off", MASCARAS, Intent.ASK, [3]),
        ("that pink one", LIPSTICKS, Intent.ASK, [2]),  # only pointing: about it
        ("the bold one", POLISHES, Intent.ASK, [1]),
        ("and the falsies one?", MASCARAS, Intent.ASK, [3]),
    ],
)
def test_a_word_of_one_picks_title_names_it(
    message: str, picks: tuple[PickLine, ...], intent: Intent, references: list[int]
) -> None:
    request = read(message, picks)
    assert (request.intent, request.references) == (intent, references)


@pytest.mark.parametrize(
    ("message", "picks"),
    [
        ("the black one", MASCARAS),  # every mascara is black: none named, a refinement
        ("the blue one", LIPSTICKS),  # no pick is blue: lipsticks in blue
    ],
)
def test_a_word_no_one_pick_owns_names_none(message: str, picks: tuple[PickLine, ...]) -> None:
    request = read(message, picks)
    assert request.references == [] and request.intent == Intent.REFINE


@pytest.mark.parametrize(
    ("message", "references"),
    [
        ("the last two, whats the difference", [2, 3]),
        ("3 or 4?", [2, 3]),
        ("1st or 3rd?", [0, 2]),
        ("the first or the last?", [0, 3]),
        ("2nd or 3rd, which holds a curl better", [1, 2]),
    ],
)
def test_picks_set_against_each_other_are_compared(message: str, references: list[int]) -> None:
    request = read(message, MASCARAS)
    assert request.intent == Intent.COMPARE
    assert sorted(request.references) == references


@pytest.mark.parametrize(
    ("message", "picks", "references"),
    [
        ("nyx or maybelline", LIPSTICKS, [1, 2]),
        ("opi or sally hansen?", POLISHES, [1, 2]),  # "opi" also reads 'OPI NAIL COLOR'
        ("mac vs nyx?", LIPSTICKS, [0, 1]),
    ],
)
def test_two_brands_on_screen_weighed_are_compared(
    message: str, picks: tuple[PickLine, ...], references: list[int]
) -> None:
    request = read(message, picks)
    assert (request.intent, request.references) == (Intent.COMPARE, references)
    assert request.parsed.brands == []


@pytest.mark.parametrize(
    ("message", "references"),
    [("is smashbox cruelty free", [1]), ("does maybelline test on animals?", [3])],
)
def test_a_question_about_a_brand_on_screen_is_about_its_pick(
    message: str, references: list[int]
) -> None:
    request = read(message, MASCARAS)
    assert (request.intent, request.references) == (Intent.ASK, references)


@pytest.mark.parametrize(
    ("message", "picks"),
    [
        ("does cerave have a night cream?", MASCARAS),  # the brand's range, not the pick
        ("only maybelline please", LIPSTICKS),
        ("show me nyx or maybelline lipsticks", ()),  # nothing on screen: brands wanted
    ],
)
def test_a_brand_wanted_stays_a_brand(message: str, picks: tuple[PickLine, ...]) -> None:
    request = read(message, picks)
    assert request.parsed.brands and request.references == []


@pytest.mark.parametrize(
    ("message", "brand"),
    [
        ("she hates paris hilton lol", "Paris Hilton"),
        ("my gf doesnt like lady gaga", "Lady Gaga"),
        ("he dislikes maybelline", "Maybelline"),
    ],
)
def test_a_brand_someone_dislikes_is_ruled_out(message: str, brand: str) -> None:
    request = read(message, LIPSTICKS)
    assert request.parsed.exclude_brands == [brand] and request.parsed.brands == []


@pytest.mark.parametrize("message", ["the 2nd", "the first one", "prob the last"])
def test_an_answer_by_place_names_an_option_not_a_pick(message: str) -> None:
    options = ("Beauty > Fragrance > Eau de Parfum", "Beauty > Fragrance > Eau de Toilette",
               "Beauty > Fragrance > Cologne")  # fmt: skip
    asked = TurnSituation(question="Eau de Parfum, Eau de Toilette or Cologne?", options=options)
    request = READER.read(message, asked, options)
    assert request.answer and request.references == []


@pytest.mark.parametrize(
    ("message", "answer"),
    [("edp", "Eau de Parfum"), ("edt pls", "Eau de Toilette"), ("an edp, something sweet", None)],
)
def test_a_perfume_strength_shortened_answers_our_question(
    message: str, answer: str | None
) -> None:
    options = ("Beauty > Fragrance > Eau de Parfum", "Beauty > Fragrance > Eau de Toilette",
               "Beauty > Fragrance > Cologne")  # fmt: skip
    asked = TurnSituation(question="Eau de Parfum, Eau de Toilette or Cologne?", options=options)
    request = READER.read(message, asked, options)
    assert request.answer == [f"Beauty > Fragrance > {answer or 'Eau de Parfum'}"]


@pytest.mark.parametrize(
    "message", ["a top coat to go w it", "what top coat goes w/ the 2nd", "top coat to use w it"]
)
def test_with_shortened_still_asks_what_goes_with_a_pick(message: str) -> None:
    assert read(message, POLISHES).intent == Intent.BUNDLE


@pytest.mark.parametrize(
    ("message", "picks", "references", "cheaper"),
    [
        ("anything cheaper than the smashbox?", MASCARAS, [1], True),
        ("something less expensive than the max factor", MASCARAS, [0], True),
        ("smth pricier than the nyx", LIPSTICKS, [1], False),
    ],
)
def test_a_price_measured_against_a_brand_on_screen_refines(
    message: str, picks: tuple[PickLine, ...], references: list[int], cheaper: bool
) -> None:
    request = read(message, picks)
    assert (request.intent, request.references) == (Intent.REFINE, references)
    assert (request.cheaper, request.pricier) == (cheaper, not cheaper)
    assert request.parsed.brands == []  # the pick's brand is no brand wanted


@pytest.mark.parametrize("message", ["whatevers cheapest", "whichevers cheaper", "whatevs"])
def test_whatever_without_its_apostrophe_leaves_the_choice_to_us(message: str) -> None:
    options = ("Beauty > Fragrance > Eau de Parfum", "Beauty > Fragrance > Cologne")
    asked = TurnSituation(question="Eau de Parfum or Cologne?", options=options)
    request = READER.read(message, asked, options)
    assert request.answer == ["any"] and not request.add_detail  # no 'whatevers' searched


@pytest.mark.parametrize(
    "message", ["anything from a diff brand", "diff brand pls", "show me diff ones"]
)
def test_diff_for_different_asks_for_other_picks(message: str) -> None:
    request = read(message, LIPSTICKS)
    assert request.intent == Intent.REFINE and "diff" not in request.text.split()


@pytest.mark.parametrize(
    ("picks", "question", "beside", "from_scratch"),
    [
        (LIPSTICKS, "", True, False),  # picks on screen, nothing asked: said beside them
        (LIPSTICKS, "Which shade?", False, False),  # an answer to our question comes first
        ((), "Which kind of hair care?", False, False),
        ((), "", False, True),  # nothing on screen: a need from nothing
    ],
)
def test_a_search_beside_the_picks_needs_picks_and_no_question_pending(
    picks: tuple[PickLine, ...], question: str, beside: bool, from_scratch: bool
) -> None:
    situation = TurnSituation(question=question, picks=picks)
    assert situation.beside_picks is beside
    assert situation.from_scratch is from_scratch
    search, refine = Request(intent=Intent.SEARCH, text="a toner"), Request(intent=Intent.REFINE)
    assert a_search_beside_picks(search, situation) is beside
    assert a_search_beside_picks(refine, situation) is False  # a refinement is no new search
