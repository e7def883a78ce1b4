"""Turns beside the picks that point at one by its price, ask for others, or name another type
(CONVO78's probes, issue 17): "the most expensive one why" and "why'd u pick the pricey one"
were cheaper-or-pricier refinements (a new search from $52.96 up), "why the cheapest one?" asked
why of every pick, "others?" was a question about the first pick, "something for women instead"
beside body washes searched perfumes, "any perfume?" beside them refined the body washes, and
"none of those really, it's normal skin" to our question was read as other picks than those on
screen, with none on screen."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.intents import refinements
from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.phrases.gifts_and_people import FOR_A_SEX
from assistant.dialogue.phrases.questions import WHY
from assistant.dialogue.phrases.references import THE_OTHERS
from assistant.dialogue.phrases.refinements import OTHERS_ASKED
from assistant.dialogue.request import Intent
from assistant.dialogue.understanding import read_message, understand
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import reader_over
from tests.assistant.dialogue.scenes import scene

WASHES = "Beauty > Bath & Body > Cleansers > Body Washes"
PERFUMES = "Beauty > Fragrance"
VOCAB = CatalogVocabulary(
    categories=[WASHES, PERFUMES, "Beauty > Fragrance > Women's"],
    words=frozenset({"body", "wash", "perfume", "women"}),
)
SHOWN = scene(
    "body wash",
    WASHES,
    """
    Old Spice Body Wash | Old Spice | 4.29
    Every Man Jack Citrus Body Wash | Every Man Jack | 8.84
    Philosophy Amazing Grace Shower Gel | Philosophy | 17.86
""",
).shown()


@pytest.mark.parametrize(
    ("message", "superlative"),
    [
        ("the most expensive one why", "dearest"),
        ("why the cheapest one?", "cheapest"),
        ("why'd u pick the pricey one", "dearest"),
        ("i'd like to know why you suggested the expensive one", "dearest"),
        ("the cheap one why", "cheapest"),
    ],
)
def test_why_of_a_pick_named_by_its_price_is_about_that_pick(
    message: str, superlative: str
) -> None:
    request = understand(message, shown=3)
    assert request.intent == Intent.WHY, message
    assert request.superlative == superlative, message
    assert not (request.cheaper or request.pricier), message


def test_why_reads_a_trailing_why_after_one_and_a_why_you_picked() -> None:
    assert re.search(WHY, "the second one why??")
    assert re.search(WHY, "why u picked the dior")
    assert not re.search(WHY, "i wonder why")  # no pick pointed at
    assert not re.search(WHY, "why one of them is pink")


@pytest.mark.parametrize("message", ["others?", "any others?", "others pls", "ok others"])
def test_others_alone_asks_for_other_picks(message: str) -> None:
    assert re.search(OTHERS_ASKED, message), message
    assert understand(message, shown=3).exclude_shown, message


def test_the_others_are_the_picks_not_pointed_at() -> None:
    assert not re.search(OTHERS_ASKED, "and the others?")
    assert re.search(THE_OTHERS, "and the others?")


def test_something_for_a_sex_beside_the_picks_refines_them() -> None:
    assert re.match(FOR_A_SEX, "something for women instead")
    assert re.match(FOR_A_SEX, "anything for men?")
    request = reader_over(VOCAB).read("something for women instead", SHOWN)
    assert request.intent == Intent.REFINE
    assert request.parsed.category in (None, WASHES)


def test_any_of_another_branch_s_type_beside_the_picks_is_a_need_of_its_own() -> None:
    reader = reader_over(VOCAB)
    request = reader.read("any perfume?", SHOWN)
    assert request.intent == Intent.SEARCH
    assert request.parsed.category and request.parsed.category.startswith(PERFUMES)
    assert reader.read("any for dry skin?", SHOWN).intent == Intent.REFINE


def test_other_picks_need_picks_on_screen() -> None:
    none_shown = read_message("none of those really, it's normal skin", 0, None, None)
    refinements.other_picks(none_shown)
    assert not none_shown.request.exclude_shown
    shown = read_message("none of those really", 3, None, None)
    refinements.other_picks(shown)
    assert shown.request.exclude_shown


def test_no_picks_and_a_question_pending_make_no_other_picks() -> None:
    options = ("Dry", "Oily", "Combination", "Sensitive")
    pending = TurnSituation(question="What's your skin type?", options=options)
    request = reader_over(VOCAB).read("none of those really, it's normal skin", pending, options)
    assert not request.exclude_shown
