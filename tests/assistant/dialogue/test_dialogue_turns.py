"""Turns in a dialogue (CONVO37's probes): an answer to our question with a reason or a detail
keeps the need asked about ("face, I wear makeup over it" of a sunscreen searched Makeup > Face);
"just the one" chooses the single item; a question about the options is asked, not a search
("whats the difference tho" searched 'whats difference'); a reset before a new need carries
nothing over ("forget it, show me sleep masks instead" kept the flat irons' $40 cap); a pick
chosen by its price is that pick ("I'll go with the cheaper of the two" built a bundle). Each
with turns that must not change."""

from __future__ import annotations

import pytest

from assistant.adapters import query_parser
from assistant.conversation import Conversation
from assistant.dialogue.answer_category import AnswerCategory, without_told_about
from assistant.dialogue.answers import single_option
from assistant.dialogue.avoid import find_avoided
from assistant.dialogue.model_request import PickLine, TurnSituation
from assistant.dialogue.named_picks import picks_named_by_price
from assistant.dialogue.need_category import WHAT_FOR
from assistant.dialogue.reader import TurnReader
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.understanding import understand
from assistant.dialogue.vocabulary import CatalogVocabulary

SUNSCREENS = "Beauty > Skin Care > Face > Sunscreens"
FOUNDATION = "Beauty > Makeup > Face > Foundation"
CATEGORIES = (
    SUNSCREENS,
    "Beauty > Skin Care > Body > Moisturizers",
    FOUNDATION,
    "Beauty > Makeup > Body > Glitter",
    "Beauty > Makeup > Makeup Remover",
    "Beauty > Hair Care > Styling Tools > Irons",
    "Beauty > Bath & Body > Eye Masks",
)
VOCAB = CatalogVocabulary(
    categories=CATEGORIES,
    words=frozenset({"sunscreen", "foundation", "makeup", "masks", "iron", "face", "body"}),
)
FACE, BODY = "Beauty > Skin Care > Face", "Beauty > Skin Care > Body"
ASKED = TurnSituation(
    question="Is it for your face or your body?", options=("Face", "Body"), so_far="need=sunscreen"
)


@pytest.mark.parametrize(
    ("message", "avoided"),
    [
        ("face, the body ones always make me break out", []),  # how often, then 'ones'
        ("coconut always breaks me out", ["coconut"]),
        ("fragrance usually makes me sneeze", ["fragrance"]),
        ("shea butter irritates my skin", ["shea"]),  # unchanged
    ],
)
def test_how_often_something_does_it_is_no_ingredient(message: str, avoided: list[str]) -> None:
    assert find_avoided(message)[0] == avoided


@pytest.mark.parametrize(
    ("answer", "told"),
    [
        ("face, i wear makeup over it", "face"),
        ("face, the body ones always make me break out", "face"),
        ("face pls, my foundation goes on top", "face pls"),
        ("body, my legs get super dry", "body"),
        ("face, a serum", "face, a serum"),  # a type asked for
        ("body, i want a lotion though", "body, i want a lotion though"),
        ("my face", "my face"),  # the answer itself
    ],
)
def test_a_clause_telling_of_the_shopper_is_no_type_asked_for(answer: str, told: str) -> None:
    assert without_told_about(answer) == told


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("face, I wear makeup over it", True),  # makeup is where it goes on, not the need
        ("face, my foundation goes on top", True),
        ("just the one, for foundation", True),  # what it is for
        ("face, a foundation actually", False),  # a type of its own: a new need
    ],
)
def test_an_answer_keeps_its_option_unless_it_names_a_type_of_its_own(
    text: str, kept: bool
) -> None:
    request = Request(intent=Intent.SEARCH, text=text, answer=[FACE])
    read = AnswerCategory(VOCAB, None).a_type_of_its_own(request, ASKED)
    assert (read.answer == [FACE]) == kept


@pytest.mark.parametrize(
    ("answer", "chosen"),
    [
        ("just the one, for foundation", ["Single brush"]),
        ("only one", ["Single brush"]),
        ("one is enough", ["Single brush"]),
        ("a single one please", ["Single brush"]),
        ("the first one", []),  # by its place
        ("one of each", []),
        ("one more thing, is it vegan?", []),
        ("a full set", []),
    ],
)
def test_just_one_chooses_the_single_option(answer: str, chosen: list[str]) -> None:
    assert single_option(answer, ("Full set", "Single brush")) == chosen
    assert single_option(answer, ("Face", "Body")) == []  # no single item offered


@pytest.mark.parametrize(
    ("part", "what_for"),
    [("for my curls", True), (" and for the shower", True), ("to tame frizz", True)],
)
def test_a_part_that_says_what_the_need_is_for_names_no_type(part: str, what_for: bool) -> None:
    assert bool(WHAT_FOR.match(part)) == what_for
    assert not WHAT_FOR.match("diffusers")


def test_a_reset_before_a_new_need_drops_the_last_needs_price_and_brands() -> None:
    def read(message: str) -> Request:
        return understand(message, shown=3, parse=query_parser(VOCAB), vocabulary=VOCAB)

    reset = read("forget it, show me sleep masks instead")
    assert reset.intent == Intent.SEARCH and reset.text == "sleep masks"
    assert {"price", "brand"} <= set(reset.drop)
    switched = read("what about a curling iron instead")
    assert switched.intent == Intent.SEARCH and switched.drop == []  # no reset: kept
    assert switched.text == "a curling iron"
    alone = read("sleep masks")
    assert alone.drop == []


def test_a_pick_chosen_by_its_price_is_pointed_at() -> None:
    picks = (PickLine("Brush Set A", "Royal Care", 17.95), PickLine("Brush Set B", "BH", 12.5))
    said = "great, I'll go with the cheaper of the two"
    read = understand(said, shown=2, parse=query_parser(VOCAB), vocabulary=VOCAB)
    assert read.intent == Intent.FEEDBACK  # a choice for the cart, not a bundle
    assert picks_named_by_price(read, said, picks).references == [1]
    pricier = Request(intent=Intent.FEEDBACK, references=[0, 1])
    assert picks_named_by_price(pricier, "ill take the pricier of the two", picks).references == [0]


def _reader() -> TurnReader:
    return TurnReader(parse=query_parser(VOCAB), vocabulary=VOCAB)


@pytest.mark.parametrize(
    "message", ["whats the difference tho", "is there a difference?", "what do you mean"]
)
def test_a_question_about_the_options_is_asked_and_chooses_none(message: str) -> None:
    read = _reader().read(message, ASKED, [FACE, BODY])
    assert read.intent == Intent.ASK and read.answer == []


@pytest.mark.parametrize(("message", "chosen"), [("face", FACE), ("body please", BODY)])
def test_an_answer_still_chooses(message: str, chosen: str) -> None:
    assert _reader().read(message, ASKED, [FACE, BODY]).answer == [chosen]


def test_a_question_about_the_options_keeps_them_pending(assistant: Conversation) -> None:
    sid = assistant.new_session()
    asked = assistant.respond(sid, None, "I need something for my sister, she has dry skin")
    assert asked.question
    turn = assistant.respond(sid, None, "whats the difference tho")
    assert (turn.intent, turn.question, turn.picks) == ("ask", asked.question, [])
    chosen = assistant.respond(sid, None, "either")  # still an answer to the question
    assert chosen.question is None and chosen.picks
    assert all("dry skin" in p.title for p in chosen.picks)
