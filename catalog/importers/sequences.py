"""User-sequence text files: one user per line, a user id then the user's item ids in order.

Whitespace-separated, as in S3-Rec's ``Beauty.txt`` and GRAM's ``user_sequence.txt``
(``A1YJEY40YUW4SE B004756YJA B004ZT0SSG ...``). Each item becomes a ``purchase`` event with its
0-based ``position`` in the line, so the file gives the same events as the Amazon 5-core folder's
``interactions.csv.gz`` (importing both stores each event once).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from catalog.errors import CatalogError
from catalog.importers.base import Record, Rejected, make_event
from catalog.importers.textio import NOT_UTF8, has_bad_bytes, iter_lines, open_text, printable

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


def read(path: Path) -> Iterator[Record]:
    """Purchase events, one per item, with the item's position in its user's line."""
    source = str(path)
    any_line = False
    for line, text in iter_lines(path):
        any_line = True
        if has_bad_bytes(text):
            yield Rejected(source, line, NOT_UTF8, printable(text))
            continue
        tokens = text.split()
        if len(tokens) < 2:
            yield Rejected(
                source,
                line,
                f"items: expected a user id then at least one item id, got {len(tokens)} token",
                text,
            )
            continue
        user, items = tokens[0], tokens[1:]
        for position, item in enumerate(items):
            yield make_event(
                source, line, text, user_id=user, item_id=item, kind="purchase", position=position
            )
    if not any_line:
        raise CatalogError(f"{path}: the file is empty; expected 'user item item ...' per line")
