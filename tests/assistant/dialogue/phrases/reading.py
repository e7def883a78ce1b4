"""The message as the rules read it before a pattern of `assistant.dialogue.phrases` runs on
it: lower-cased, its spaces one (`understanding.understand`'s ``text``)."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable, Collection, Iterable
from functools import cache
from typing import Any

import pytest

import assistant.dialogue.phrases


def lowered(message: str) -> str:
    """``message`` lower-cased, its runs of spaces one, as the rules read it."""
    return " ".join(message.lower().split())


def search(pattern: str | re.Pattern[str], message: str) -> re.Match[str] | None:
    """``pattern`` anywhere in the lowered message (`re.search`, as `understanding._has`)."""
    return re.search(pattern, lowered(message))


def match(pattern: str | re.Pattern[str], message: str) -> re.Match[str] | None:
    """``pattern`` at the start of the lowered message (`re.match`, for a pattern a caller
    reads from the message's start)."""
    return re.match(pattern, lowered(message))


def names_found(table: Iterable[tuple[str, str]], message: str) -> list[str]:
    """The names of the (pattern, name) rows of ``table`` whose pattern is anywhere in the
    lowered message, in the table's order (as `stated_traits` reads a table of traits)."""
    return [name for pattern, name in table if search(pattern, message)]


def found(pattern: str, message: str, opens: bool = False) -> re.Match[str]:
    """Where ``pattern`` finds the lowered message (at its start, with ``opens``); the test
    fails where it finds nothing."""
    said = match(pattern, message) if opens else search(pattern, message)
    assert said is not None, f"nothing found in {message!r}"
    return said


def group(pattern: str, message: str, *names: str | int, opens: bool = False) -> Any:
    """The value of the group ``names`` name (their values, for several) where ``pattern``
    finds the lowered message (at its start, with ``opens``); the test fails where it finds
    nothing."""
    return found(pattern, message, opens).group(*names)


def cut(pattern: str, message: str) -> str:
    """``message`` as written with ``pattern`` cut out, case-insensitive (as `understand` cuts
    the shopper's words), its runs of spaces one."""
    return " ".join(re.sub(pattern, " ", message, flags=re.I).split())


@cache
def pattern_names() -> dict[str, str]:
    """The name of each pattern of `assistant.dialogue.phrases` (an upper-case name in one of
    its modules), by the pattern."""
    names = {}
    for module in pkgutil.iter_modules(assistant.dialogue.phrases.__path__):
        read = importlib.import_module(f"{assistant.dialogue.phrases.__name__}.{module.name}")
        names.update({v: k for k, v in vars(read).items() if k.isupper() and isinstance(v, str)})
    return names


def found_and_not_found(
    found: list[tuple[str, str]],
    not_found: list[tuple[str, str]],
    opening: Collection[str] = (),
    whole: Collection[str] = (),
) -> tuple[Callable[[str, str], None], Callable[[str, str], None]]:
    """A phrases test module's two table tests: ``test_found``, each (pattern, message) row of
    ``found`` finds its pattern in its message; ``test_not_found``, no row of ``not_found`` does.
    A pattern of ``opening`` is read from the message's start (`match`, as its callers read
    it), one of ``whole`` as the whole message (`re.fullmatch`: a part other patterns are
    built of), the others anywhere in it (`search`). A case is named ``PATTERN-message``."""

    def finds(pattern: str, message: str) -> re.Match[str] | None:
        if pattern in whole:
            return re.fullmatch(pattern, lowered(message))
        return (match if pattern in opening else search)(pattern, message)

    @pytest.mark.parametrize(("pattern", "message"), _cases(found))
    def test_found(pattern: str, message: str) -> None:
        assert finds(pattern, message)

    @pytest.mark.parametrize(("pattern", "message"), _cases(not_found))
    def test_not_found(pattern: str, message: str) -> None:
        assert not finds(pattern, message)

    return test_found, test_not_found


def what_is_read(
    rows: list[tuple[str, Any, str, Any]], opening: Collection[str] = ()
) -> Callable[[str, Any, str, Any], None]:
    """A phrases test module's table test of what its patterns read: for each (pattern, groups,
    message, value) row, the groups ``groups`` names (a group's name or number, or a tuple of
    them) hold ``value`` where the pattern finds the message (at its start for a pattern of
    ``opening``, as `group` reads it). A case is named ``PATTERN-message``."""

    @pytest.mark.parametrize(("pattern", "groups", "message", "value"), _cases(rows, message_at=2))
    def test_read(pattern: str, groups: Any, message: str, value: Any) -> None:
        names = groups if isinstance(groups, tuple) else (groups,)
        assert group(pattern, message, *names, opens=pattern in opening) == value

    return test_read


def what_is_left(rows: list[tuple[str, str, str, str]]) -> Callable[[str, str, str, str], None]:
    """A phrases test module's table test of what its patterns cut: for each (pattern, put in
    its place, message, what is left) row, `re.sub` of the pattern on the message as written,
    case-insensitive (as `understand` cuts the shopper's words), leaves ``left``. A case is named
    ``PATTERN-message``."""

    @pytest.mark.parametrize(("pattern", "put", "message", "left"), _cases(rows, message_at=2))
    def test_left(pattern: str, put: str, message: str, left: str) -> None:
        assert re.sub(pattern, put, message, flags=re.I) == left

    return test_left


def _cases(rows: list[Any], message_at: int = 1) -> list[Any]:
    """``rows`` as pytest cases, each named by its pattern (first) and its message."""
    return [pytest.param(*row, id=f"{pattern_names()[row[0]]}-{row[message_at]}") for row in rows]
