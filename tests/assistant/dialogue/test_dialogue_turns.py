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
from assistant.dialogue.category.several_types import WHAT_FOR
from assistant.dialogue.clarifying.answer_category import (
    FOR_ITS_USE,
    AnswerCategory,
    without_told_about,
)
from assistant.dialogue.clarifying.answers import BARE_NO, options_by_place, single_option
from assistant.dialogue.model.model_request import PickLine, TurnSituation
from assistant.dialogue.needs.avoid import find_avoided
from assistant.dialogue.needs.wording import with_detail
from assistant.dialogue.picks.beside_picks import a_set_of_theirs
from assistant.dialogue.picks.picks_by_price import picks_named_by_price
from assistant.dialogue.reader import TurnReader
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.understanding import understand
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.prices import find_prices
from tests.assistant.dialogue.readers import reader_over
from tests.catalog_paths import FOUNDATION, SKIN_CARE_BODY, SKIN_CARE_FACE

SUNSCREENS = "Beauty > Skin Care > Face > Sunscreens"
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
VOCAB_WITH_LIPSTICK = CatalogVocabulary(
    categories=(*CATEGORIES, "Beauty > Makeup > Lips > Lipstick")
)
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
        ("face, ich trage make-up darüber", "face"),  # a first person left as said
        ("body, j'ai la peau très sèche", "body"),
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
    request = Request(intent=Intent.SEARCH, text=text, answer=[SKIN_CARE_FACE])
    read = AnswerCategory(VOCAB, None).a_type_of_its_own(request, ASKED)
    assert (read.answer == [SKIN_CARE_FACE]) == kept


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


def test_a_reset_after_nothing_was_found_drops_the_last_needs_price_too() -> None:
    """CONVO61 probe: after 'vitamin c serum under 5' found nothing (no picks on screen), "forget
    it, show me eyeliners" searched eyeliners under $5."""
    read = understand("forget it, show me eyeliners", shown=0, parse=query_parser(VOCAB))
    assert read.intent == Intent.SEARCH and {"price", "brand"} <= set(read.drop)
    assert understand("ok then up to 15", shown=0, parse=query_parser(VOCAB)).drop == []


def test_a_pick_chosen_by_its_price_is_pointed_at() -> None:
    picks = (PickLine("Brush Set A", "Royal Care", 17.95), PickLine("Brush Set B", "BH", 12.5))
    said = "great, I'll go with the cheaper of the two"
    read = understand(said, shown=2, parse=query_parser(VOCAB), vocabulary=VOCAB)
    assert read.intent == Intent.FEEDBACK  # a choice for the cart, not a bundle
    assert picks_named_by_price(read, said, picks).references == [1]
    pricier = Request(intent=Intent.FEEDBACK, references=[0, 1])
    assert picks_named_by_price(pricier, "ill take the pricier of the two", picks).references == [0]


def _reader() -> TurnReader:
    return reader_over(VOCAB)


@pytest.mark.parametrize(
    "message", ["whats the difference tho", "is there a difference?", "what do you mean"]
)
def test_a_question_about_the_options_is_asked_and_chooses_none(message: str) -> None:
    read = _reader().read(message, ASKED, [SKIN_CARE_FACE, SKIN_CARE_BODY])
    assert read.intent == Intent.ASK and read.answer == []


@pytest.mark.parametrize(
    ("message", "chosen"), [("face", SKIN_CARE_FACE), ("body please", SKIN_CARE_BODY)]
)
def test_an_answer_still_chooses(message: str, chosen: str) -> None:
    assert _reader().read(message, ASKED, [SKIN_CARE_FACE, SKIN_CARE_BODY]).answer == [chosen]


def test_a_question_about_the_options_keeps_them_pending(assistant: Conversation) -> None:
    sid = assistant.new_session()
    asked = assistant.respond(sid, None, "I need something for my sister, she has dry skin")
    assert asked.question
    turn = assistant.respond(sid, None, "whats the difference tho")
    assert (turn.intent, turn.question, turn.picks) == ("ask", asked.question, [])
    chosen = assistant.respond(sid, None, "either")  # still an answer to the question
    assert chosen.question is None and chosen.picks
    assert all("dry skin" in p.title for p in chosen.picks)


PERFUMES = ("Eau de Parfum", "Eau de Toilette", "Cologne")
FRAGRANCE = TurnSituation(question="Which kind?", options=PERFUMES, so_far="need=perfume")


@pytest.mark.parametrize(
    ("answer", "chosen"),
    [
        ("the first one, is it for women?", ["Eau de Parfum"]),  # not a search 'first women'
        ("hmm the second one, is it long lasting?", ["Eau de Toilette"]),
        ("both the first and the last", ["Eau de Parfum", "Cologne"]),  # not "any"
        ("the middle one", ["Eau de Toilette"]),
        ("eau de toilette", []),  # by its name, not its place
    ],
)
def test_options_named_by_their_place(answer: str, chosen: list[str]) -> None:
    assert options_by_place(answer, FRAGRANCE, PERFUMES) == chosen
    on_screen = TurnSituation(options=PERFUMES, picks=(PickLine("A", "B", 1.0),))
    assert options_by_place(answer, on_screen, PERFUMES) == []  # the picks are pointed at


@pytest.mark.parametrize(
    ("answer", "bare"), [("nah", True), ("nope.", True), ("nah, a body mist", False)]
)
def test_a_bare_no_to_our_question(answer: str, bare: bool) -> None:
    assert bool(BARE_NO.match(answer)) == bare
    if bare:
        read = _reader().read(answer, FRAGRANCE, list(PERFUMES))
        assert (read.intent, read.answer) == (Intent.SEARCH, ["any"])  # the need stays


@pytest.mark.parametrize(
    ("need", "said", "detail"),
    [
        ("body lotion", "for my face", "lotion for my face"),
        ("foot cream", "hands", "cream hands"),
        ("face moisturizer", "for my face, spf", "face moisturizer for my face, spf"),  # same part
        ("lip balm", "for my face", "lip balm for my face"),  # no skin part replaced
    ],
)
def test_a_part_said_replaces_the_needs_part(need: str, said: str, detail: str) -> None:
    assert with_detail(need, said) == detail


def test_a_bare_clear_starts_over_unless_the_picks_are_clear() -> None:
    lipsticks = TurnSituation(picks=(PickLine("Red Lipstick", "Revlon", 5.0),), so_far="need=lip")
    assert _reader().read("clear", lipsticks, []).intent == Intent.CLEAR
    glosses = TurnSituation(picks=(PickLine("Clear Lip Gloss", "NYX", 5.0),), so_far="need=lip")
    read = _reader().read("clear", glosses, [])
    assert (read.intent, read.text, read.add_detail) == (Intent.REFINE, "clear", True)
    assert _reader().read("start over", glosses, []).intent == Intent.CLEAR


def test_a_price_said_with_the_reset_is_the_new_needs() -> None:
    read = understand(
        "forget it, sleep masks under 20", shown=3, parse=query_parser(VOCAB), vocabulary=VOCAB
    )
    assert read.intent == Intent.SEARCH and read.drop == ["brand"]  # under 20 stands
    assert read.parsed.max_price == 20


@pytest.mark.parametrize(
    ("message", "refines"),
    [
        ("can I see gift sets instead of single bottles", True),
        ("any in a set?", True),
        ("a gift set for my mum", False),  # another person
        ("a lipstick gift set", False),  # a type of its own
    ],
)
def test_a_set_asked_beside_the_picks_is_a_set_of_theirs(message: str, refines: bool) -> None:
    request = Request(intent=Intent.SEARCH, text=message)
    assert a_set_of_theirs(request, message, VOCAB_WITH_LIPSTICK) == refines


def test_not_worth_a_price_is_its_highest() -> None:
    assert find_prices("too expensive, he's not worth 40 bucks lol").max_price == 40
    assert find_prices("it isn't worth more than 20").max_price == 20
    assert find_prices("a perfume worth the money").max_price is None


def test_two_options_by_place_turn_the_third_down() -> None:
    read = _reader().read("both the first and the last", FRAGRANCE, list(PERFUMES))
    assert read.answer == ["Eau de Parfum", "Cologne"]
    assert read.turned_down == ["Eau de Toilette"]
    alone = _reader().read("the second", FRAGRANCE, list(PERFUMES))
    assert (alone.answer, alone.turned_down) == (["Eau de Toilette"], [])


@pytest.mark.parametrize(
    ("reply", "use"),
    [
        ("something to wash with", "to wash with"),  # of the hair: Shampoos, by its use
        ("the one for makeup", "for makeup"),
        ("for my nails", "for my nails"),
    ],
)
def test_a_reply_saying_what_the_need_is_for(reply: str, use: str) -> None:
    said = FOR_ITS_USE.match(reply)
    assert said is not None and said.group(1) == use
    assert FOR_ITS_USE.match("shampoo to wash with") is None  # a type said first
