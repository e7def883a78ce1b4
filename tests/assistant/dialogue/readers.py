"""Turn readers for the dialogue tests: one over a vocabulary, the picks on screen it reads a
message beside, and table tests of the intent it reads of each message in its situation."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import pytest

from assistant.adapters import query_parser
from assistant.dialogue.model.model_request import PickLine, TurnSituation
from assistant.dialogue.ports import CategoryGuesser
from assistant.dialogue.reader import TurnReader
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.filters import Filters
from retrieval.query import ParsedQuery


class DeeperGuesser:
    """Search's category guess as a fake: ``guessed`` for any need; keeps the filters it was
    asked under."""

    def __init__(self, guessed: str | None) -> None:
        self.guessed = guessed
        self.filters: list[Filters] = []

    def guess(self, need: str, filters: Filters) -> str | None:
        self.filters.append(filters)
        return self.guessed


class ScriptedGuesser:
    """Search's category guess as a fake: answers each (need, category filter) from a table, as
    search would; keeps what it was asked."""

    def __init__(self, answers: dict[tuple[str, str | None], str]) -> None:
        self.answers = answers
        self.asked: list[tuple[str, Filters]] = []

    def guess(self, need: str, filters: Filters) -> str | None:
        self.asked.append((need, filters))
        return self.answers.get((" ".join(need.split()), filters.category))


def reader_over(
    vocabulary: CatalogVocabulary, categories: CategoryGuesser | None = None, **options: Any
) -> TurnReader:
    """A turn reader over ``vocabulary`` and its query parser, guessing categories with
    ``categories`` (none: no guess) and the reader's other ``options``."""
    return TurnReader(
        parse=query_parser(vocabulary), vocabulary=vocabulary, categories=categories, **options
    )


def search_request(
    text: str,
    category: str | None = None,
    brands: Iterable[str] = (),
    excluded: Iterable[str] = (),
    **attributes: str,
) -> Request:
    """A search for ``text`` as the parser read it: in ``category``, ``brands`` wanted,
    ``excluded`` brands ruled out, and what the shopper stated (``attributes``)."""
    parsed = ParsedQuery(
        text=text, category=category, brands=list(brands), exclude_brands=list(excluded)
    )
    return Request(intent=Intent.SEARCH, text=text, parsed=parsed, attributes=dict(attributes))


def picks_shown(picks: Sequence[PickLine], need: str = "", category: str = "") -> TurnSituation:
    """``picks`` on screen, no question pending; with ``need``, the picks found for it in
    ``category``."""
    so_far = f"need={need}; category={category}" if need else ""
    return TurnSituation(picks=tuple(picks), so_far=so_far)


def nothing_found(need: str, category: str, price_max: float) -> TurnSituation:
    """The situation after a search for ``need`` in ``category`` under ``price_max`` found
    nothing: no picks on screen, the need so far kept."""
    return TurnSituation(so_far=f"need={need}; category={category}; price_max={price_max}")


def one_pick_shown(
    title: str, need: str = "", category: str = "", brand: str = "", price: float = 9.0
) -> TurnSituation:
    """One pick, ``title`` by ``brand`` at ``price``, on screen as `picks_shown` puts it: no
    question pending; with ``need``, found for it in ``category``."""
    return picks_shown((PickLine(title, brand, price),), need, category)


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


def intent_not_read(
    reader: TurnReader, situation: TurnSituation, intent: Intent, messages: Sequence[str]
) -> Callable[..., None]:
    """A test that ``reader`` reads none of ``messages``, in ``situation``, as ``intent``; a case
    is named by its message."""

    @pytest.mark.parametrize("message", messages)
    def test(message: str) -> None:
        assert reader.read(message, situation).intent != intent

    return test


def the_pick_not_its_brand(
    reader: TurnReader, situation: TurnSituation, message: str, pick: int
) -> Callable[[], None]:
    """A test that ``reader`` reads ``message``, in ``situation``, as pointing at the pick at
    ``pick`` and wanting no brand: the pick is named, not its brand."""

    def test() -> None:
        request = reader.read(message, situation)
        assert request.references == [pick]
        assert request.parsed.brands == []

    return test
