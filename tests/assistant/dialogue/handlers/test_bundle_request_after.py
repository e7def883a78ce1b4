"""The request a bundle turn leaves (tests/data/understanding/README.md, the label contract):
one that names no product type keeps the request so far; one that names a type has that type's
category and the shopper's words for it as the need, and keeps the dialogue's prices."""

from __future__ import annotations

import pytest

from assistant.adapters import query_parser
from assistant.conversation import Conversation
from assistant.dialogue.handlers.bundle_type import type_as_said, type_guessed, type_words
from assistant.dialogue.state import Constraints, DialogueState
from assistant.dialogue.vocabulary import CatalogVocabulary
from catalog.store import CatalogStore
from retrieval.filters import Filters
from tests.assistant.fakes import PRODUCTS, build_assistant, titled_vocabulary


def _assistant(store: CatalogStore) -> Conversation:
    cats = sorted({" > ".join(p.categories) for p in PRODUCTS})
    brands = sorted({p.brand for p in PRODUCTS if p.brand})
    vocabulary = CatalogVocabulary(brands=brands, categories=cats)
    return build_assistant(store, parse=query_parser(vocabulary))


def _after(assistant: Conversation, *messages: str) -> Constraints:
    sid = assistant.new_session()
    for message in messages:
        turn = assistant.respond(sid, "u1", message)
    assert turn.intent == "bundle"
    loaded = assistant.sessions.load(sid)
    assert loaded is not None
    return DialogueState.from_json(loaded[1]).constraints


@pytest.mark.parametrize(
    "message",
    ["what goes with it?", "what goes with the first one?", "what goes with the cerave one"],
)
def test_a_set_naming_no_type_keeps_the_request_so_far(store: CatalogStore, message: str) -> None:
    c = _after(_assistant(store), "face cream dry skin under $20", message)
    assert c.need == "face cream dry skin"
    assert c.category == "Beauty > Skin Care > Face > Creams & Moisturizers"
    assert c.max_price == 20


def test_a_type_named_is_the_need_in_the_shoppers_words_and_the_price_stays(
    store: CatalogStore,
) -> None:
    c = _after(_assistant(store), "olay face cream under $20", "face cleansers to go with it")
    assert c.category == "Beauty > Skin Care > Face > Cleansers"
    assert c.need == "face cleansers"  # the words of its path said, not '... to go with it'
    assert c.max_price == 20
    assert c.brands == []  # Olay was the cream's brand, not the set's


@pytest.mark.parametrize(
    "message",
    [
        "what should i get to go with the andis one",
        "what goes with the T-Gel one?",
        "anything that goes with the liz claiborne one",
        "what goes with it",
    ],
)
def test_a_pick_named_by_its_own_words_names_no_type(message: str) -> None:
    assert type_words(message) == []


@pytest.mark.parametrize(
    ("message", "category", "said"),
    [
        (
            "I need a lip liner to go with the MAC one",
            "Beauty > Makeup > Lips > Lip Liners",
            "lip liner",
        ),
        (
            "what top coat should I get with the OPI one",
            "Beauty > Makeup > Nails > Top & Base Coats",
            "top coat",
        ),
        ("a brush to go with it", "Beauty > Tools & Accessories > Brushes & Applicators", "brush"),
        (
            "do you have a bag to keep them in?",
            "Beauty > Tools & Accessories > Bags & Cases",
            "bag",
        ),
        (
            "any primer that goes with this one?",
            "Beauty > Makeup > Face > Foundation Primers",
            "primer",
        ),
        (
            "and what removes it at night?",
            "Beauty > Makeup > Makeup Remover",
            "",
        ),  # a verb of its root only
        (
            "un acondicionador que vaya con el primero",
            "Beauty > Hair Care > Conditioners",
            "",
        ),  # another language
    ],
)
def test_the_type_as_the_shopper_said_it(message: str, category: str, said: str) -> None:
    assert type_as_said(message, category) == said


class _Guesser:
    """A category guesser that records what it is asked and guesses one path."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def guess(self, need: str, filters: Filters) -> str | None:
        self.asked.append(need)
        return "Beauty > Makeup > Face > Foundation Primers"


def test_words_no_title_has_name_no_type() -> None:
    vocabulary = titled_vocabulary(
        ["Beauty > Makeup > Face > Foundation Primers"], [10], {"primer": {"x": 5}}
    )
    guesser = _Guesser()
    assert type_guessed("wat else wud go w/ it", guesser, None, vocabulary) is None
    assert guesser.asked == []
    assert type_guessed("a primer to go with it", guesser, None, vocabulary) is not None
    assert guesser.asked == ["primer"]
