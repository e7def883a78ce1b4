"""The conversation replay (issue 17's scorer, CONVO44): a case's context seeded as the session
state the conversation keeps, the message sent to the real `Conversation` (over the fakes), and
the record read back from the turn and the session: the request after the turn, the picks the
turn acted on, the option an answer chose; the reader's latency kept."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from assistant.adapters import query_parser
from assistant.dialogue.model.validation import ANY
from assistant.dialogue.vocabulary import CatalogVocabulary
from assistant.evaluation.understanding.cases import (
    DialogueContext,
    Labels,
    PendingQuestion,
    ShownPick,
)
from assistant.evaluation.understanding.replay import ConversationReplay, pick_ids, seeded_state
from catalog.schema import Product
from catalog.store import CatalogStore
from tests.assistant.fakes import FACE, PRODUCTS, build_assistant

FACE_PATH = " > ".join(FACE)


def shown(*ids: str) -> tuple[ShownPick, ...]:
    """The fakes' products of ``ids`` as picks on screen."""
    by_id = {p.id: p for p in PRODUCTS}
    return tuple(
        ShownPick(by_id[i].title, by_id[i].brand or "", by_id[i].price, " > ".join(FACE))
        for i in ids
    )


CREAMS = shown("f1", "f2", "f3")
SO_FAR = Labels(need=("face cream",), category=(FACE_PATH,), price_max=30.0)
ASKED = ("user", "face cream under 30")
AFTER_CREAMS = DialogueContext(history=(ASKED,), picks=CREAMS, constraints=SO_FAR)


VOCABULARY = CatalogVocabulary(
    brands=sorted({p.brand for p in PRODUCTS if p.brand}),
    categories=sorted({" > ".join(p.categories) for p in PRODUCTS}),
    words=frozenset(w for p in PRODUCTS for w in p.title.lower().split()),
)


@pytest.fixture
def replay(store: CatalogStore) -> ConversationReplay:
    conversation = build_assistant(store, vocabulary=VOCABULARY, parse=query_parser(VOCABULARY))
    return ConversationReplay(conversation, VOCABULARY, list(PRODUCTS))


def test_picks_are_found_by_title_whatever_its_spacing() -> None:
    products = [
        Product(id="a", title="Olay  Cream", brand="Olay", price=5.0),
        Product(id="b", title="olay cream", brand="Nivea", price=5.0),
    ]
    picks = (ShownPick("Olay Cream", "Nivea", 5.0, ""), ShownPick("Olay cream ", "Olay", 5.0, ""))
    assert pick_ids(picks, products) == ["b", "a"]  # the brand decides between equal titles
    assert pick_ids((ShownPick("Not sold here", "", None, ""),), products) == [None]


def test_a_context_is_seeded_as_the_session_state() -> None:
    context = DialogueContext(
        history=(("user", "a face cream for my mum"), ("assistant", "Here are three.")),
        picks=CREAMS,
        constraints=Labels(
            need=("face cream",),
            price_around=20.0,
            exclude_brands=("Lux",),
            avoid=("fragrance",),
            attributes={"skin_type": "dry", "scent": ["rose", "lavender"]},
            recipient="mother",
            occasion="birthday",
        ),
    )
    state = seeded_state(context, ["f1", "f2", "f3"], {}, focus=1)
    c = state.constraints
    assert (c.need, c.exclude_brands, c.avoid) == ("face cream", ["Lux"], ["fragrance"])
    assert c.min_price is not None and c.min_price < 20.0 < (c.max_price or 0)  # around 20
    assert state.needs == {"skin": "dry", "scent": "rose, lavender", "occasion": "birthday"}
    assert state.recipient == "mother" and state.self_needs == {}  # a gift's needs are not hers
    assert state.shown == ["f1", "f2", "f3"] and state.focus == "f2"
    assert [t["role"] for t in state.transcript] == ["user", "assistant"] and state.turns == 1
    assert seeded_state(None, [], {}, None).constraints.need == ""


def test_a_message_on_its_own_is_read_from_the_session_after_it(
    replay: ConversationReplay,
) -> None:
    got = replay("face cream under 20", None)
    assert got.intent == "search" and got.category == FACE_PATH
    assert got.price_max == 20.0 and "face cream" in got.query
    assert got.references == [] and got.answer is None
    assert replay.latency()["turns"] == 1  # the reader's latency, one reading a message


def test_a_question_about_a_pick_keeps_the_request_and_names_the_pick(
    replay: ConversationReplay,
) -> None:
    got = replay("is the second one good for sensitive skin?", AFTER_CREAMS)
    assert got.intent == "ask" and got.references == [1]
    assert got.category == FACE_PATH and got.price_max == 30.0  # the request so far stands


def test_it_is_the_pick_the_last_turns_named(replay: ConversationReplay) -> None:
    context = replace(AFTER_CREAMS, history=(ASKED, ("user", "tell me about the third one")))
    assert replay("is it fragrance free?", context).references == [2]
    assert replay.latency()["turns"] == 1  # reading the history for the focus is not timed


def test_an_answer_names_the_option_the_conversation_took(replay: ConversationReplay) -> None:
    context = DialogueContext(
        history=(("user", "a moisturiser"), ("assistant", "Face or body?")),
        question=PendingQuestion("Face or body?", ("Face", "Body")),
        constraints=Labels(need=("moisturiser",)),
    )
    got = replay("body please", context)
    assert got.intent == "answer" and got.answer == "Body"
    assert got.category == "Beauty > Skin Care > Body"  # the option offered, as a path
    either = replay("either is fine", context)
    assert either.intent == "answer" and either.answer == ANY
    free = replay("something rich", context)  # no option named: a detail of the need
    assert free.intent == "answer" and free.answer is None and "rich" in free.query


def test_a_cheaper_refinement_keeps_its_ceiling_and_cheap_words_are_no_price(
    replay: ConversationReplay,
) -> None:
    cheaper = replay("something cheaper", AFTER_CREAMS)
    assert cheaper.relative == "cheaper" and cheaper.price_max is not None
    assert cheaper.price_max < min(p.price or 0 for p in CREAMS)
    cheap = replay("a cheap face cream", None)
    assert cheap.price_max is None  # what "cheap" came to in the matches: not a price said


def test_more_like_a_pick_but_cheaper_is_a_cheaper_one(replay: ConversationReplay) -> None:
    got = replay("more like the second one but cheaper", AFTER_CREAMS)
    assert got.intent == "more_like" and got.relative == "cheaper"


OLAYS = shown("f1", "f4")


def test_a_brand_ruled_out_beside_its_picks_is_no_longer_wanted(
    replay: ConversationReplay,
) -> None:
    """'a different brand' beside picks of the brand asked for: excluded, and no longer wanted."""
    context = DialogueContext(
        history=(("user", "olay face cream"),),
        picks=OLAYS,
        constraints=Labels(need=("face cream",), category=(FACE_PATH,), brands=("Olay",)),
    )
    got = replay("a different brand please", context)
    assert (got.intent, got.brands, got.exclude_brands) == ("refine", [], ["Olay"])


def test_a_clear_drops_the_request_so_far(replay: ConversationReplay) -> None:
    got = replay("start over please", AFTER_CREAMS)
    assert (got.intent, got.category, got.query, got.price_max) == ("clear", None, "", None)


def test_a_bundle_keeps_the_request_so_far_unless_it_names_a_type(
    replay: ConversationReplay,
) -> None:
    """The label contract's bundle rule: "what goes with it?" keeps the need, its category and
    price; "face cleansers to go with it" has the cleansers' category and need and keeps the
    price."""
    kept = replay("what goes with it?", AFTER_CREAMS)
    assert (kept.intent, kept.category, kept.query, kept.price_max) == (
        "bundle", FACE_PATH, "face cream", 30.0
    )  # fmt: skip
    typed = replay("face cleansers to go with the second one", AFTER_CREAMS)
    assert (typed.intent, typed.category, typed.query, typed.price_max) == (
        "bundle", "Beauty > Skin Care > Face > Cleansers", "face cleansers", 30.0
    )  # fmt: skip
    assert typed.references == [1]


@pytest.mark.parametrize(
    ("message", "occasion"),
    [
        ("a gift for my mum, a face cream", None),
        ("a birthday present for my mum, face cream", "birthday"),
    ],
)
def test_a_gift_is_no_occasion(
    replay: ConversationReplay, message: str, occasion: str | None
) -> None:
    got = replay(message, None)
    assert got.recipient is not None and got.occasion == occasion


class _Parser:
    """A request parser with one scripted answer per call."""

    name = "scripted"

    def __init__(self, *answers: Any) -> None:
        self.answers = list(answers)

    def parse(self, situation: Any, message: str) -> Any:
        return self.answers.pop(0)


def test_a_model_reading_is_scored_as_the_conversation_folds_it(store: CatalogStore) -> None:
    """With a request parser (``--parser model``) the conversation reads each turn with the
    model, and the replay scores what the conversation made of that reading; the latency is
    the reader's, the model's readings counted."""
    from assistant.dialogue.model.model_request import ModelRequest, Traits

    parser = _Parser(
        ModelRequest(
            intent="search",
            need="face cream",
            price_around=20,
            avoid=["almond"],
            attributes=Traits(skin_type="dry"),
            recipient="mum",
        ),
    )
    conversation = build_assistant(
        store,
        vocabulary=VOCABULARY,
        parse=query_parser(VOCABULARY),
        parser=parser,
        parser_mode="model",
    )
    replay = ConversationReplay(conversation, VOCABULARY, list(PRODUCTS))
    got = replay("face cream for my mum, dry skin, around 20, no almond", None)
    assert (got.intent, got.category) == ("search", FACE_PATH)
    assert got.price_min == 15.0 and got.price_max == 25.0  # the one "around" rule
    assert got.avoid == ["almond"] and got.recipient == "mum"
    assert got.attributes.get("skin_type") == "dry"
    latency = replay.latency()
    assert latency["turns"] == 1 and latency["model_read"] == 1


def test_a_proposal_question_is_seeded_in_its_words(replay: ConversationReplay) -> None:
    """A question that proposes one thing (the chat offers categories; a case may ask "Would a
    face cream work?"): seeded in its words, so "ok yes" accepts the thing proposed."""
    question = PendingQuestion("Would a face cream work?", ("Yes", "No"))
    context = DialogueContext(
        history=(("user", "something for dry skin"), ("assistant", question.text)),
        question=question,
        constraints=Labels(need=("dry skin",), price_max=30.0),
    )
    state = seeded_state(context, [], {"Yes": "Yes", "No": "No"}, None)
    assert state.pending_question == "Would a face cream work?"
    got = replay("ok yes", context)
    assert (got.intent, got.answer, got.category) == ("answer", "Yes", FACE_PATH)
    assert "face cream" in got.query and got.price_max == 30.0
