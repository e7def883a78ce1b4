"""User-sequence text files: one user per line, a user id then the user's item ids in order.

Whitespace-separated, as in S3-Rec's ``Beauty.txt`` and GRAM's ``user_sequence.txt``
(``A1YJEY40YUW4SE B004756YJA B004ZT0SSG ...``). Each item becomes a ``purchase`` event with its
0-based ``position`` in the line, so the file gives the same events as the Amazon 5-core folder's
``interactions.csv.gz`` (importing both stores each event once).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from catalog.importers.base import Record, Rejected, make_event, read_lines
from catalog.importers.textio import has_bad_bytes, open_text

SUFFIXES = (".txt", ".txt.gz", ".seq", ".seq.gz")


def detect(path: Path) -> bool:
    """A ``.txt``/``.seq`` file (optionally gzipped) whose first line is two or more tokens with
    no commas, tabs or JSON."""
    if not path.is_file() or not path.name.lower().endswith(SUFFIXES):
        return False
    with open_text(path) as f:
        first = f.readline().strip()
    return (
        len(first.split()) >= 2
        and not any(ch in first for ch in ",\t{[:")
        and not has_bad_bytes(first)
    )


def _line_events(source: str, line: int, text: str) -> Iterator[Record]:
    tokens = text.split()
    if len(tokens) < 2:
        yield Rejected(
            source,
            line,
            f"items: expected a user id then at least one item id, got {len(tokens)} token",
            text,
        )
        return
    user, items = tokens[0], tokens[1:]
    for position, item in enumerate(items):
        yield make_event(
            source, line, text, user_id=user, item_id=item, kind="purchase", position=position
        )


def read(path: Path) -> Iterator[Record]:
    """Purchase events, one per item, with the item's position in its user's line."""
    return read_lines(path, "'user item item ...' per line", _line_events)
