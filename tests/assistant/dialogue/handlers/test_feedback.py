"""The feedback handler (`assistant/dialogue/handlers/feedback.py`): a dislike changes the next
picks."""

from __future__ import annotations

from assistant.conversation import Conversation
from catalog.store import CatalogStore


def test_feedback_changes_the_next_picks(assistant: Conversation, store: CatalogStore) -> None:
    sid = assistant.new_session()
    before = assistant.respond(sid, "u1", "face cream dry skin")
    liked = (
        next(p for p in before.picks if p.brand == "Olay" and p.id != before.picks[0].id)
        if any(p.brand == "Olay" for p in before.picks[1:])
        else None
    )
    assistant.feedback(sid, "u1", before.picks[0].id, "dislike")
    after = assistant.respond(sid, "u1", "face cream dry skin")
    assert before.picks[0].id not in {p.id for p in after.picks}
    assert liked is None or liked.id in {p.id for p in after.picks}
