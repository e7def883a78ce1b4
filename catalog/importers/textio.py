"""Reading text inputs the same way for every format: gzip or plain, UTF-8, line numbers.

Bytes that are not UTF-8 do not stop an import: the line that holds them is rejected with a
reason, and every other line goes on.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from catalog.errors import CatalogError

NOT_UTF8 = "encoding: the line is not valid UTF-8; re-save the file as UTF-8"
_SURROGATE = re.compile("[\udc80-\udcff]")


def open_text(path: Path) -> IO[str]:
    """Open a plain or gzipped text file; undecodable bytes are kept as surrogates."""
    if not path.exists():
        raise CatalogError(f"{path}: no such file; check the path")
    if path.is_dir():
        raise CatalogError(f"{path}: is a folder; expected a file")
    raw = gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb")  # noqa: SIM115
    return io.TextIOWrapper(raw, encoding="utf-8", errors="surrogateescape", newline="")


def has_bad_bytes(text: str) -> bool:
    """True when ``text`` carries bytes that were not valid UTF-8."""
    return not text.isascii() and _SURROGATE.search(text) is not None


def printable(text: str) -> str:
    """``text`` with undecodable bytes shown as \\xNN, safe to write as UTF-8."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def iter_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, text) for every non-blank line, 1-based."""
    with open_text(path) as f:
        for number, line in enumerate(f, start=1):
            line = line.rstrip("\r\n")
            if line.strip():
                yield number, line


def iter_csv(
    path: Path, *, required: tuple[str, ...] = (), delimiter: str = ","
) -> Iterator[tuple[int, dict[str, str], str]]:
    """(line number, row as dict, raw text) per CSV row, after checking the header.

    Raises:
        CatalogError: the file is empty or a required column is missing.
    """
    with open_text(path) as f:
        reader = csv.reader(f, delimiter=delimiter)
        try:
            header = [h.strip().lstrip("\ufeff") for h in next(reader)]
        except StopIteration:
            raise CatalogError(f"{path}: the file is empty; expected a header row") from None
        missing = [c for c in required if c not in header]
        if missing:
            raise CatalogError(
                f"{path}: missing column(s) {', '.join(missing)}; expected a header with "
                f"{', '.join(required)} (got {', '.join(header) or 'nothing'})"
            )
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            raw = delimiter.join(row)
            if len(row) != len(header):
                yield (
                    line,
                    {"__error__": f"columns: expected {len(header)} fields, got {len(row)}"},
                    raw,
                )
                continue
            yield line, dict(zip(header, row, strict=True)), raw


def count_lines(path: Path) -> int:
    """Number of lines in a plain or gzipped file (for progress bars)."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as f:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
