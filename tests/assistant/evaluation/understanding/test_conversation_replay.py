"""The conversation replay (issue 17's scorer, CONVO44): a case's context seeded as the session
state the conversation keeps, the message sent to the real `Conversation` (over the fakes), and
the record read back from the turn and the session: the request after the turn, the picks the
turn acted on, the option an answer chose; the reader's latency kept."""

from __future__ import annotations

import pytest

from assistant.adapters import query_parser
from assistant.dialogue.validation import ANY
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
    context = DialogueContext(
        history=(("user", "face cream under 30"),), picks=CREAMS, constraints=SO_FAR
    )
    got = replay("is the second one good for sensitive skin?", context)
    assert got.intent == "ask" and got.references == [1]
    assert got.category == FACE_PATH and got.price_max == 30.0  # the request so far stands


def test_it_is_the_pick_the_last_turns_named(replay: ConversationReplay) -> None:
    history = (("user", "face cream under 30"), ("user", "tell me about the third one"))
    context = DialogueContext(history=history, picks=CREAMS, constraints=SO_FAR)
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
    context = DialogueContext(
        history=(("user", "face cream under 30"),), picks=CREAMS, constraints=SO_FAR
    )
    cheaper = replay("something cheaper", context)
    assert cheaper.relative == "cheaper" and cheaper.price_max is not None
    assert cheaper.price_max < min(p.price or 0 for p in CREAMS)
    cheap = replay("a cheap face cream", None)
    assert cheap.price_max is None  # what "cheap" came to in the matches: not a price said
