"""`phrases.questions`: why these, compare them, weigh them, ask about one, what goes with
one; each read as `understanding` and the question handlers read it (lower-cased)."""

from __future__ import annotations

import pytest

from assistant.dialogue.phrases.questions import (
    ABOUT_A_PICK,
    ASK,
    BUNDLE,
    COMPARATIVE,
    COMPARE,
    MOST_OR_LEAST,
    POINTS_AT_PICKS,
    WEIGH_PICKS,
    WHICH_MORE,
    WHY,
)
from tests.assistant.dialogue.phrases.reading import group, search


@pytest.mark.parametrize(
    "message",
    [
        "why this?",
        "why did you pick these",
        "how come you showed these",
        "what made you choose this one",
        "how did you pick these?",
        "what's the reasoning behind the second one",
        "why so many?",
    ],
)
def test_why(message: str) -> None:
    assert search(WHY, message)


@pytest.mark.parametrize("message", ["why not", "how come they're so dry", "a shampoo"])
def test_why_asks_about_the_picks(message: str) -> None:
    assert not search(WHY, message)


@pytest.mark.parametrize(
    "message",
    [
        "compare the first two",
        "what's the difference between them",
        "1 vs 2",
        "the revlon versus the conair",
        "which one is better",
        "a comparison please",
    ],
)
def test_compare(message: str) -> None:
    assert search(COMPARE, message)


@pytest.mark.parametrize(
    "message", ["compared to last time, cheaper", "a different one", "comparable ones"]
)
def test_compare_is_the_word_itself(message: str) -> None:
    assert not search(COMPARE, message)


@pytest.mark.parametrize(
    ("message", "comparative"),
    [
        ("which is lighter?", "lighter"),
        ("which one is quieter?", "quieter"),
        ("which of these feels softer", "softer"),
        ("which would be a bit gentler", "gentler"),
        ("which of the two runs smaller?", "smaller"),
    ],
)
def test_which_more(message: str, comparative: str) -> None:
    said = search(WHICH_MORE, message)
    assert said
    assert said.group(0).split()[-1] == comparative  # the handler's adjective comes from it


@pytest.mark.parametrize(
    "message",
    [
        "which is better",  # `WEIGH_PICKS`
        "which one is cheaper",  # by price: `WHICH_CHEAPER`
        "which is pricier?",
        "which is the other one",
        "something lighter",
    ],
)
def test_which_more_is_not_better_or_the_price(message: str) -> None:
    assert not search(WHICH_MORE, message)


@pytest.mark.parametrize(
    ("message", "degree", "trait"),
    [
        ("the least sticky", "least", "sticky"),
        ("the most moisturizing", "most", "moisturizing"),
        ("which one is most long-lasting?", "most", "long-lasting"),
        ("which is the least greasy", "least", "greasy"),
    ],
)
def test_most_or_least(message: str, degree: str, trait: str) -> None:
    assert group(MOST_OR_LEAST, message, "degree", "trait") == (degree, trait)


@pytest.mark.parametrize(
    "message",
    [
        "the most expensive",  # by price or record: `PICK_SUPERLATIVE`
        "the most popular one",
        "least affordable",
        "the best rated",
        "most of these",
    ],
)
def test_most_or_least_is_a_trait(message: str) -> None:
    assert not search(MOST_OR_LEAST, message)


@pytest.mark.parametrize(
    "message",
    [
        "which one should I get?",
        "which is lighter?",
        "the quietest one",
        "which one is the least sticky?",
        "which of these is best",
        "which do you recommend",
        "which one lasts longer",
        "which of them has more spf",
        "which would you pick?",
        "and the softest one please",
    ],
)
def test_weigh_picks(message: str) -> None:
    assert search(WEIGH_PICKS, message)


@pytest.mark.parametrize(
    "message",
    [
        "the cheapest one",  # by price: `PICK_SUPERLATIVE`
        "the biggest one",
        "the latest one",
        "i want the best shampoo",
        "which brand is this",
    ],
)
def test_weigh_picks_is_not_by_price_or_a_need(message: str) -> None:
    assert not search(WEIGH_PICKS, message)


@pytest.mark.parametrize(
    "message",
    [
        "which of the two is quieter?",
        "is the revlon or the conair quieter?",
        "is the first one better than the second",
        "which is glossier",
    ],
)
def test_comparative(message: str) -> None:
    assert search(COMPARATIVE, message)


@pytest.mark.parametrize(
    "message", ["a lightweight moisturizer", "a quiet hair dryer", "moreover", "a long wear one"]
)
def test_comparative_is_a_whole_word(message: str) -> None:
    assert not search(COMPARATIVE, message)


@pytest.mark.parametrize(
    "message", ["is it good?", "does this one have spf", "are these vegan", "what's in them"]
)
def test_points_at_picks(message: str) -> None:
    assert search(POINTS_AT_PICKS, message)


@pytest.mark.parametrize(
    "message", ["a shampoo for dry hair", "an item for my mum", "a balm for itchy skin", "theses"]
)
def test_points_at_picks_is_a_whole_word(message: str) -> None:
    assert not search(POINTS_AT_PICKS, message)


@pytest.mark.parametrize(
    "message",
    [
        "is it good for sensitive skin?",
        "does the second one have spf?",
        "do any of them come with a case?",
        "and are these cruelty free?",
        "will either of them work on curly hair",
        "is that blue one refillable",
    ],
)
def test_about_a_pick(message: str) -> None:
    assert search(ABOUT_A_PICK, message)


@pytest.mark.parametrize(
    "message",
    [
        "is there a cheaper one?",  # the subject is no pick
        "do you have it in pink?",
        "it is good",  # said, not asked
        "a shampoo, is it good?",
    ],
)
def test_about_a_pick_opens_with_a_pick_as_subject(message: str) -> None:
    assert not search(ABOUT_A_PICK, message)


@pytest.mark.parametrize(
    "message",
    [
        "what goes with this?",
        "what goes really well with the second one",
        "pair it with a liner",
        "what else do i need",
        "complete the look",
        "build me a routine under $50",
        "a toner to go with it",
        "a bundle please",
    ],
)
def test_bundle(message: str) -> None:
    assert search(BUNDLE, message)


@pytest.mark.parametrize(
    "message",
    ["a makeup set for my niece", "a skincare kit", "it goes on smoothly", "a set for dry skin"],
)
def test_bundle_is_not_a_set_or_kit(message: str) -> None:
    assert not search(BUNDLE, message)


@pytest.mark.parametrize(
    "message",
    [
        "the second one?",
        "how much is it",
        "what is the first one made of",
        "is it vegan",
        "tell me more",
        "more info on the second one",
        "details on the first please",
        "price of the third one",
        "ok, what do you know about the last one",
    ],
)
def test_ask(message: str) -> None:
    assert search(ASK, message)


@pytest.mark.parametrize(
    "message",
    ["a shampoo for dry hair", "i need a lipstick", "show me more", "island vibes perfume",
     "canvas makeup bag", "a detailing spray"],
)  # fmt: skip
def test_ask_is_a_question(message: str) -> None:
    assert not search(ASK, message)
