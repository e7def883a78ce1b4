"""The bundle handler (`assistant/dialogue/handlers/bundle.py`) through a conversation: what goes
with a pick, and a routine within a budget."""

from __future__ import annotations

from assistant.conversation import Conversation


def test_bundle_has_a_total_and_complementary_categories(assistant: Conversation) -> None:
    sid = assistant.new_session()
    assistant.respond(sid, "u1", "face cream dry skin")
    bundle = assistant.respond(sid, "u1", "what goes with the first one?")
    assert bundle.intent == "bundle"
    assert {p.id for p in bundle.picks} >= {"c1", "m1"}
    assert bundle.total is not None and bundle.total > 0


def test_routine_within_budget(assistant: Conversation) -> None:
    sid = assistant.new_session()
    turn = assistant.respond(sid, "u1", "build me a face routine under $20")
    assert turn.picks
    assert sum(p.price for p in turn.picks) <= 20
    assert len({tuple(p.categories) for p in turn.picks}) == len(turn.picks)
