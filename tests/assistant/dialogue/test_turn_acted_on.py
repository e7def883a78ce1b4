"""What a turn says it did besides its reply (CONVO44, for the scorer's conversation replay):
the picks on screen it acted on (`Turn.acted_on`) and the options of our question it took as
the answer (`Turn.answer`); a turn that did neither says so."""

from __future__ import annotations

from assistant.conversation import Conversation
from assistant.dialogue.model.validation import ANY


def test_a_turn_names_the_picks_it_acted_on(assistant: Conversation) -> None:
    sid = assistant.new_session()
    first = assistant.respond(sid, None, "face cream for dry skin")
    shown = [p.id for p in first.picks]
    assert len(shown) >= 2 and first.acted_on == []  # a search acts on no pick on screen
    about = assistant.respond(sid, None, "is the second one good for sensitive skin?")
    assert about.acted_on == [shown[1]]
    again = assistant.respond(sid, None, "is it fragrance free?")  # the pick last pointed at
    assert again.acted_on == [shown[1]]
    why = assistant.respond(sid, None, "why did you pick these?")
    assert why.acted_on == shown  # all of them
    assert assistant.respond(sid, None, "thx").acted_on == []


def test_an_answer_names_the_options_taken(assistant: Conversation) -> None:
    sid = assistant.new_session()
    asked = assistant.respond(sid, None, "I need something for my sister, she has dry skin")
    assert asked.question and asked.answer == []
    chosen = assistant.respond(sid, None, "either")
    assert chosen.answer == [ANY] and chosen.acted_on == []
