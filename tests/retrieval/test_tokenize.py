"""The word splitter (`retrieval/tokenize.py`): chat fillers are no search words."""

from __future__ import annotations

from retrieval.tokenize import tokenize


def test_the_fillers_of_a_chat_turn_are_stop_words() -> None:
    """Issue 17 chats: "hmm, a tinted lip gloss then" searched 'hmm tinted lip gloss', "ok the
    first one then" 'ok first', "actually make it dark" 'actually make dark'."""
    assert tokenize("hmm, actually a toner instead") == ["toner"]
    assert tokenize("ok okay um uh umm hmmm") == []
    assert tokenize("hmm, a tinted lip gloss then") == ["tinted", "lip", "gloss"]
