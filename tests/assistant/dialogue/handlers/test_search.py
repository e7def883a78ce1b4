"""The search handler (`assistant/dialogue/handlers/search.py`): a detail narrows the current need,
and a search error becomes a reply."""

from __future__ import annotations

from assistant.conversation import Conversation


def test_detail_narrows_the_current_need(assistant: Conversation) -> None:
    sid = assistant.new_session()
    assistant.respond(sid, "u1", "face cream dry skin")
    turn = assistant.respond(sid, "u1", "something with budget")
    assert turn.intent == "refine"
    assert turn.picks[0].id == "f4"  # the only face cream whose title says 'budget'


def test_search_errors_become_a_reply(assistant: Conversation) -> None:
    from core.errors import ShopAssistError

    def failing(*_args: object) -> list:
        raise ShopAssistError("query has only common words")

    assistant.c.searcher.search = failing
    turn = assistant.respond(assistant.new_session(), "u1", "the best face cream")
    assert turn.picks == [] and "only common words" in turn.reply
