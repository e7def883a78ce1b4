"""Table tests of a reader of shoppers' words: one test function checks every row of a table,
each row a case named by what is said."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest


def reads_as(read: Callable[[str], Any], rows: Sequence[tuple[str, Any]]) -> Callable[..., None]:
    """A test that ``read(said) == expected`` for each (said, expected) row of ``rows``."""

    @pytest.mark.parametrize(("said", "expected"), [pytest.param(*row, id=row[0]) for row in rows])
    def test(said: str, expected: Any) -> None:
        assert read(said) == expected

    return test


def stays_as_said(read: Callable[[str], str], said: Sequence[str]) -> Callable[..., None]:
    """A test that ``read`` gives each text of ``said`` back as it is."""
    return reads_as(read, [(text, text) for text in said])
