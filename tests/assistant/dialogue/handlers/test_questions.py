"""The questions handler (`assistant/dialogue/handlers/questions.py`): questions about picks that
were never shown."""

from __future__ import annotations

from assistant.conversation import Conversation


def test_references_to_missing_picks(assistant: Conversation) -> None:
    sid = assistant.new_session()
    assert "no picks" in assistant.respond(sid, "u1", "compare the first two").reply
    assistant.respond(sid, "u1", "face cream dry skin")
    turn = assistant.respond(sid, "u1", "tell me about the fifth one?")
    assert "no number 5" in turn.reply
