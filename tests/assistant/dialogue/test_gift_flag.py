"""Whether a need is a gift is a flag of its own (`Request.gift`, `DialogueState.gift`), not
an occasion: the label contract's occasion is an event or a season. The session keeps the flag
as it keeps the occasion, `clear` drops it, and no profile keeps it."""

from __future__ import annotations

import pytest

from assistant.conversation import Conversation
from assistant.dialogue.model.model_reading import to_request
from assistant.dialogue.model.model_request import ModelRequest, TurnSituation
from assistant.dialogue.model.validation import RequestValidator
from assistant.dialogue.needs.stated_needs import extract_attributes, says_a_gift
from assistant.dialogue.state import DialogueState
from assistant.dialogue.understanding import understand
from assistant.dialogue.vocabulary import CatalogVocabulary
from catalog.store import CatalogStore
from tests.assistant.fakes import build_assistant


@pytest.mark.parametrize(
    ("message", "occasion"),
    [
        ("a gift for my mum", None),
        ("little present for my boss, under 20", None),
        ("need a leaving present for a coworker", "farewell"),
        ("secret santa at work, $10 limit", "secret santa"),
        ("stocking stuffers for my nieces", "christmas"),
        ("a birthday gift for my sister", "birthday"),
        ("a christmas present for my dad, he likes cologne", "christmas"),
    ],
)
def test_a_gift_is_a_flag_and_the_occasion_an_event(message: str, occasion: str | None) -> None:
    assert says_a_gift(message)
    assert extract_attributes(message).get("occasion") == occasion
    request = understand(message, shown=0)
    assert request.gift and request.attributes.get("occasion") == occasion


@pytest.mark.parametrize(
    "message",
    ["a shampoo for dry hair", "a lipstick for date night", "mascara for the beach", "for me"],
)
def test_a_need_said_for_no_gift_is_none(message: str) -> None:
    assert not says_a_gift(message)
    assert not understand(message, shown=0).gift


def test_the_models_gift_is_the_flag_not_an_occasion() -> None:
    vocab = CatalogVocabulary(categories=["Beauty > Skin Care"])
    checked = RequestValidator(vocab).check(
        ModelRequest(intent="search", need="hand cream", occasion="gift"), "x", TurnSituation()
    )
    request = to_request(checked, understand("hand cream", shown=0))
    assert request.gift and "occasion" not in request.attributes
    birthday = RequestValidator(vocab).check(
        ModelRequest(intent="search", need="hand cream", occasion="birthday"), "x", TurnSituation()
    )
    request = to_request(birthday, understand("a gift, hand cream", shown=0))
    assert request.gift and request.attributes["occasion"] == "birthday"  # the rules' flag


def _state(assistant: Conversation, sid: str) -> DialogueState:
    loaded = assistant.sessions.load(sid)
    assert loaded is not None
    return DialogueState.from_json(loaded[1])


def test_the_session_keeps_the_flag_until_clear(store: CatalogStore) -> None:
    assistant = build_assistant(store)
    sid = assistant.new_session()
    assistant.respond(sid, "u1", "a gift for my sister, face cream for dry skin")
    state = _state(assistant, sid)
    assert state.gift and state.recipient == "sister"
    assert "occasion" not in state.needs
    assistant.respond(sid, "u1", "cheaper")
    assert _state(assistant, sid).gift
    assistant.respond(sid, "u1", "start over")
    assert not _state(assistant, sid).gift


def test_the_flag_goes_with_the_person_and_never_into_the_profile(store: CatalogStore) -> None:
    assistant = build_assistant(store)
    sid = assistant.new_session()
    assistant.respond(sid, "u1", "a present for my mum, face cream for dry skin")
    assistant.respond(sid, "u1", "and for myself, a body lotion")
    state = _state(assistant, sid)
    assert not state.gift and not state.recipient
    assert "gift" not in state.self_needs and "occasion" not in state.self_needs
