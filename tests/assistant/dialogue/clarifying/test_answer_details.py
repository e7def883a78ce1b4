"""An answer that names an option and says more of the need (`answer_category.
detail_beside_options`): the more joins the need. CONVO33's probes: asked 'Styling Tools,
Shampoos or Conditioners?' of "something for my hair", "the shampoo one, for dandruff" searched
'hair' in Shampoos and "conditioner but nothing heavy" 'hair' in Conditioners (dandruff and
light lost)."""

from __future__ import annotations

import pytest

from assistant.dialogue.clarifying.answer_category import detail_beside_options
from assistant.dialogue.handlers.our_question import take_answer
from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.state import Constraints
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import reader_over
from tests.catalog_paths import HAIR_CARE, SKIN_CARE_BODY, SKIN_CARE_FACE

OPTIONS = tuple(f"{HAIR_CARE} > {n}" for n in ("Styling Tools", "Shampoos", "Conditioners"))


def _detail(text: str, options: tuple[str, ...], chosen: list[str]) -> Request:
    return detail_beside_options(Request(intent=Intent.SEARCH, text=text, answer=chosen), options)


@pytest.mark.parametrize(
    ("text", "chosen", "detail"),
    [
        ("the shampoo one, for dandruff", [OPTIONS[1]], "dandruff"),
        ("conditioner but light", [OPTIONS[2]], "light"),
        ("shampoos, something sulfate free", [OPTIONS[1]], "sulfate free"),
        ("body, and it has to be waterproof", [SKIN_CARE_BODY], "waterproof"),
    ],
)
def test_the_more_an_answer_says_joins_the_need(text: str, chosen: list[str], detail: str) -> None:
    request = _detail(text, (*OPTIONS, SKIN_CARE_FACE, SKIN_CARE_BODY), chosen)
    assert (request.text, request.add_detail) == (detail, True), text


@pytest.mark.parametrize(
    ("text", "chosen"),
    [
        ("shampoo please", [OPTIONS[1]]),  # the option alone
        ("maybe the second one", [OPTIONS[1]]),  # by its place
        ("definitely conditioners", [OPTIONS[2]]),
        ("my legs mostly", [SKIN_CARE_BODY]),  # the part the option covers
        ("face, it's for my wife", [SKIN_CARE_FACE]),  # whom it is for
        ("both shampoo and conditioner", [OPTIONS[1], OPTIONS[2]]),
        ("shampoo, i already have a conditioner", [OPTIONS[1]]),  # what they have
        ("the shampoo, we've got a dryer already", [OPTIONS[1]]),
    ],
)
def test_the_words_that_chose_add_nothing(text: str, chosen: list[str]) -> None:
    request = _detail(text, (*OPTIONS, SKIN_CARE_FACE, SKIN_CARE_BODY), chosen)
    assert not request.add_detail, text


def test_a_stated_type_stays_whole_and_a_deeper_category_or_any_add_nothing() -> None:
    skin = "Beauty > Skin Care"
    stated = Request(intent=Intent.SEARCH, text="skin care, she has dry skin", answer=[skin])
    stated.attributes["skin"] = "dry"  # the stated type whole, once: not 'dry' beside it
    assert detail_beside_options(stated, (skin, HAIR_CARE)).text == "dry skin"
    said = "conditioner, my hair is curly"
    curly = Request(intent=Intent.SEARCH, text=said, answer=[OPTIONS[2]])
    curly.attributes["hair"] = "curly"  # as the search says it: the need 'hair' names hair
    assert detail_beside_options(curly, OPTIONS).text == "curly hair"
    deeper = Request(intent=Intent.SEARCH, text="makeup, mainly my eyes", answer=[SKIN_CARE_FACE])
    deeper.parsed.category = f"{SKIN_CARE_FACE} > Eyes"  # the words went to the category
    assert not detail_beside_options(deeper, (SKIN_CARE_FACE, SKIN_CARE_BODY)).add_detail
    anything = Request(intent=Intent.SEARCH, text="any, for dandruff", answer=["any"])
    assert detail_beside_options(anything, OPTIONS).text == "any, for dandruff"


def test_the_reader_and_the_answer_keep_the_detail_in_the_need() -> None:
    vocab = CatalogVocabulary(
        categories=list(OPTIONS), words=frozenset({"shampoo", "conditioner", "dandruff", "hair"})
    )
    reader = reader_over(vocab)
    pending = TurnSituation(
        question="Which kind: Styling Tools, Shampoos or Conditioners?",
        options=OPTIONS,
        so_far=f"need=something for my hair; category={HAIR_CARE}",
    )
    request = reader.read("the shampoo one, for dandruff", pending, OPTIONS)
    assert request.answer == [OPTIONS[1]] and request.text == "dandruff"
    constraints = Constraints(need="hair", category=HAIR_CARE)
    take_answer(constraints, request)
    assert (constraints.need, constraints.category) == ("hair dandruff", OPTIONS[1])
    plain = reader.read("shampoo please", pending, OPTIONS)
    assert plain.answer == [OPTIONS[1]] and not plain.add_detail
