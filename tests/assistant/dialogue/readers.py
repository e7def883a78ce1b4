"""Table tests of the turn reader: the intent it reads of each message in its situation."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from assistant.dialogue.model_request import TurnSituation
from assistant.dialogue.reader import TurnReader
from assistant.dialogue.request import Intent


def where(situation: TurnSituation) -> str:
    """A short name of the situation a message is read in, for a test case's name."""
    if situation.picks:
        return "beside picks"
    return "after a need" if situation.so_far else "from nothing"


def intents_read(
    reader: TurnReader, groups: Sequence[tuple[TurnSituation, Intent, Sequence[str]]]
) -> Callable[..., None]:
    """A test that ``reader`` reads each message of a (situation, intent, messages) group of
    ``groups``, in that situation, as that intent; a case is named by the message and where."""
    cases = [
        pytest.param(message, situation, intent, id=f"{message} [{where(situation)}]")
        for situation, intent, messages in groups
        for message in messages
    ]

    @pytest.mark.parametrize(("message", "situation", "intent"), cases)
    def test(message: str, situation: TurnSituation, intent: Intent) -> None:
        assert reader.read(message, situation).intent == intent, message

    return test
