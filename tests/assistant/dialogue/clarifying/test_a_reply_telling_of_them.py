"""A reply to our question of a trait that tells of the shopper keeps the option it answers: a
part of the body or a department said in it is no product type of its own
(`AnswerCategory.a_type_of_its_own`), and a department named only as theirs ("under my
makeup") is no new need (`answers.free_answer`). CONVO101's probes: "my under eyes are so dark
lately" to a concealer's 'dark circles or blemishes?' lost its answer to Makeup Remover > Eyes,
"it gets dry and tight under my makeup" to a face wash's 'oily, dry or sensitive?' and
"mornings, under my makeup" to a moisturiser's 'day or night?' searched Makeup."""

from __future__ import annotations

from assistant.dialogue.clarifying.answer_category import AnswerCategory
from assistant.dialogue.clarifying.answers import free_answer
from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import search_request

CONCEALERS = "Beauty > Makeup > Face > Concealers"
CLEANSERS = "Beauty > Skin Care > Face > Cleansers"
MOISTURIZERS = "Beauty > Skin Care > Face > Moisturizers"
VOCAB = CatalogVocabulary(
    categories=[
        CONCEALERS,
        CLEANSERS,
        MOISTURIZERS,
        "Beauty > Makeup > Makeup Remover > Eyes",
        "Beauty > Makeup > Eyes > Mascara",
    ],
    words=frozenset({"concealer", "cleanser", "makeup", "eyes", "mascara", "dark", "dry"}),
)
CIRCLES = ("dark circles", "blemishes")
SKIN = ("oily", "dry", "sensitive")


def _asked(options: tuple[str, ...], need: str, category: str) -> TurnSituation:
    return TurnSituation(
        question="Which is it?", options=options, so_far=f"need={need}; category={category}"
    )


def _kept(text: str, answer: str, options: tuple[str, ...], need: str, category: str) -> bool:
    request = Request(intent=Intent.SEARCH, text=text, answer=[answer])
    read = AnswerCategory(VOCAB, None).a_type_of_its_own(request, _asked(options, need, category))
    return read.answer == [answer]


def test_a_part_of_the_body_in_a_reply_keeps_its_answer() -> None:
    said = "my under eyes are so dark lately"
    assert _kept(said, "dark circles", CIRCLES, "concealer", CONCEALERS)


def test_a_department_in_a_reply_keeps_its_answer() -> None:
    assert _kept("it gets dry and tight under my makeup", "dry", SKIN, "cleanser", CLEANSERS)


def test_a_type_of_its_own_in_a_reply_is_a_new_need() -> None:
    assert not _kept("dark, i want a mascara", "dark circles", CIRCLES, "concealer", CONCEALERS)


def test_a_department_said_as_theirs_is_a_detail_of_the_need() -> None:
    asked = _asked(("day", "night"), "moisturizer", MOISTURIZERS)
    rules = search_request("mornings, under my makeup", "Beauty > Makeup")
    read = free_answer(rules, "mornings, under my makeup", asked, ("day", "night"))
    assert read.intent == Intent.REFINE and read.parsed.category is None


def test_a_department_asked_for_is_a_need_of_its_own() -> None:
    asked = _asked(("day", "night"), "moisturizer", MOISTURIZERS)
    rules = search_request("actually show me makeup", "Beauty > Makeup")
    read = free_answer(rules, "actually show me makeup", asked, ("day", "night"))
    assert read.intent == Intent.SEARCH and read.parsed.category == "Beauty > Makeup"
