"""Replies to our question that turn an option down, join several, or say only yes
(CONVO78's probes, issue 17): "not the cheapest" to 'What's your budget?' chose Under $25 (its
"cheapest"), "no budget really" chose it too (its "budget"), "anything but glossy" chose Glossy,
"not curly, just dry" the four options left, "makeup n skincare" Skincare alone, "yep" to 'Eau
de Toilette or cologne?' was off the shop's topic, "flat iron" to 'Curling iron or
straightener?' chose Curling iron (by its "iron"), "for curls" chose nothing, and "could you
explain what counts as combination?" chose Combination."""

from __future__ import annotations

import re
from functools import partial

import pytest

from assistant.dialogue.clarifying import answers, price_answers
from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.model.validation import ANY
from assistant.dialogue.phrases.questions import ABOUT_THE_OPTIONS
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.query import parse_query
from tests.assistant.dialogue.readers import reader_over

parse = partial(parse_query, brands=(), categories=())
BUDGET = ("Under $25", "$25-$50", "Over $50")
HAIR = ("Dry", "Oily", "Normal", "Curly", "Color-treated")
IRONS = "Beauty > Hair Care > Styling Tools > Irons"
TOOLS = ("Curling iron", "Straightener")
VOCAB = CatalogVocabulary(
    categories=[f"{IRONS} > Curling Irons", f"{IRONS} > Flattening Irons"],
    words=frozenset({"curling", "iron", "flat", "straightener", "hair"}),
)


@pytest.mark.parametrize(
    ("reply", "band"),
    [
        ("not the cheapest", "low"),
        ("nah not the cheapest", "low"),
        ("anything but the cheapest", "low"),
        ("nah nothing in the top bracket", "high"),
        ("not the priciest pls", "high"),
        ("not too cheap", None),  # the middle, as `band_chosen` reads it
        ("not too expensive", None),  # the cheap one
        ("not over 50", None),  # a price: `others_of` reads it by the option's name
        ("the cheapest", None),
    ],
)
def test_a_band_turned_down_is_read_after_its_negation(reply: str, band: str | None) -> None:
    assert price_answers.band_turned_down(reply) == band


def _price_answer(reply: str) -> Request:
    bands = price_answers.price_bands(BUDGET, parse)
    read = Request(intent=Intent.SEARCH, parsed=parse(reply))
    chosen = price_answers.price_option(read, reply, BUDGET, bands)
    return price_answers.priced_answer(chosen, BUDGET, bands)


def test_a_band_turned_down_answers_with_the_others_and_the_prices_they_span() -> None:
    dearer = _price_answer("not the cheapest, i've had bad luck with cheap ones")
    assert dearer.answer == ["$25-$50", "Over $50"]
    assert (dearer.parsed.min_price, dearer.parsed.max_price) == (25.0, None)
    cheaper = _price_answer("nothing in the top bracket")
    assert cheaper.answer == ["Under $25", "$25-$50"]
    assert (cheaper.parsed.min_price, cheaper.parsed.max_price) == (None, 50.0)
    assert _price_answer("not too cheap").answer == ["$25-$50"]  # as before
    assert _price_answer("the cheapest").answer == ["Under $25"]


@pytest.mark.parametrize(
    "reply", ["no budget really", "budget doesnt matter", "money is no object"]
)
def test_no_price_wanted_to_a_price_question_is_any(reply: str) -> None:
    said = _price_answer(reply)
    assert said.answer == [ANY], reply
    assert (said.parsed.min_price, said.parsed.max_price) == (None, None), reply


def test_anything_but_an_option_rules_it_out_and_not_sure_rules_none_out() -> None:
    assert answers.others_of("anything but glossy", ("Matte", "Satin", "Glossy")) == [
        "Matte",
        "Satin",
    ]
    assert answers.others_of("anything except curly", HAIR) == [
        "Dry",
        "Oily",
        "Normal",
        "Color-treated",
    ]
    assert answers.others_of("not sure", HAIR) == []
    assert answers.others_of("anything is fine", HAIR) == []


def _answer(reply: str, options: tuple[str, ...], question: str = "Which?") -> Request:
    reader = reader_over(VOCAB)
    return reader.read(reply, TurnSituation(question=question, options=options), options)


def test_one_turned_down_and_another_named_answers_with_the_one_named() -> None:
    assert _answer("not curly, just dry", HAIR).answer == ["Dry"]
    assert _answer("not curly", HAIR).answer == ["Dry", "Oily", "Normal", "Color-treated"]
    assert _answer("anything but glossy", ("Matte", "Satin", "Glossy")).answer == [
        "Matte",
        "Satin",
    ]


@pytest.mark.parametrize("reply", ["makeup n skincare", "makeup & skincare", "makeup + skincare"])
def test_options_joined_as_chats_write_and_are_all_chosen(reply: str) -> None:
    options = ("Makeup", "Skincare", "Fragrance")
    assert _answer(reply, options).answer == ["Makeup", "Skincare"], reply


@pytest.mark.parametrize("reply", ["yep", "ya sure", "yes please", "sure!"])
def test_a_bare_yes_to_a_question_of_options_leaves_the_choice_to_us(reply: str) -> None:
    said = _answer(reply, ("Eau de Toilette", "Cologne"), "Eau de Toilette or cologne?")
    assert said.answer == [ANY] and said.intent != Intent.OFF_TOPIC, reply


def test_a_bare_yes_to_a_yes_or_no_question_is_its_yes() -> None:
    assert _answer("yes", ("Yes", "No"), "Is it for you?").answer == ["Yes"]


def test_an_option_is_named_by_the_root_of_what_it_does() -> None:
    assert answers.options_named("for curls", TOOLS) == ["Curling iron"]
    assert answers.options_named("i want to straighten it", TOOLS) == ["Straightener"]
    assert answers.options_named("und", BUDGET) == []  # "under" is too short for a root


def test_a_word_shared_with_the_type_named_gives_way_to_that_type_s_option() -> None:
    assert _answer("flat iron", TOOLS, "Curling iron or straightener?").answer == ["Straightener"]
    assert _answer("curling iron", TOOLS, "Curling iron or straightener?").answer == [
        "Curling iron"
    ]


@pytest.mark.parametrize(
    "reply",
    [
        "could you explain what counts as combination?",
        "can u explain what counts as normal",
        "please explain what goes in styling products",
    ],
)
def test_a_question_about_the_options_may_open_politely(reply: str) -> None:
    assert answers.asks_about_the_options(reply, Request(intent=Intent.SEARCH), HAIR), reply
    assert re.search(ABOUT_THE_OPTIONS, reply), reply


def test_a_choice_said_politely_is_no_question_about_the_options() -> None:
    assert not re.search(ABOUT_THE_OPTIONS, "could you show me combination ones")
    assert not answers.asks_about_the_options("combination", Request(intent=Intent.SEARCH), HAIR)


@pytest.mark.parametrize(
    ("reply", "answer"),
    [("like 40", ["$25-$50"]), ("under 20", ["Under $25"]), ("around 60", ["Over $50"])],
)
def test_a_price_said_answers_with_the_one_band_holding_it(reply: str, answer: list[str]) -> None:
    said = _price_answer(reply)
    assert said.answer == answer, reply
    assert said.parsed.priced  # the price said is kept, not the band's


def test_a_price_said_across_bands_chooses_none() -> None:
    assert _price_answer("max 30").answer == []
    assert _price_answer("20-40").answer == []


def test_options_joined_by_also_are_all_chosen() -> None:
    options = ("Dry", "Oily", "Combination", "Sensitive")
    assert _answer("dry but also sensitive", options).answer == ["Dry", "Sensitive"]
