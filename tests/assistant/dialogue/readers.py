"""Turn readers for the dialogue tests: one over a vocabulary, the picks on screen it reads a
message beside, and table tests of the intent it reads of each message in its situation."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from assistant.adapters import query_parser
from assistant.dialogue.model_request import PickLine, TurnSituation
from assistant.dialogue.ports import CategoryGuesser
from assistant.dialogue.reader import TurnReader
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary


def reader_over(
    vocabulary: CatalogVocabulary, categories: CategoryGuesser | None = None, **options: Any
) -> TurnReader:
    """A turn reader over ``vocabulary`` and its query parser, guessing categories with
    ``categories`` (none: no guess) and the reader's other ``options``."""
    return TurnReader(
        parse=query_parser(vocabulary), vocabulary=vocabulary, categories=categories, **options
    )


def picks_shown(picks: Sequence[PickLine], need: str = "", category: str = "") -> TurnSituation:
    """``picks`` on screen, no question pending; with ``need``, the picks found for it in
    ``category``."""
    so_far = f"need={need}; category={category}" if need else ""
    return TurnSituation(picks=tuple(picks), so_far=so_far)


def read_beside(reader: TurnReader, message: str, picks: Sequence[PickLine]) -> Request:
    """What ``reader`` reads of ``message`` said beside ``picks``, with nothing said so far."""
    return reader.read(message, picks_shown(picks))


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
