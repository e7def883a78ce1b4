"""The import machinery shared by every format.

A format is a reader: a function ``read(path) -> Iterator[Product | Event | Rejected]``. It turns
raw rows into validated records or into a :class:`Rejected` with the source line and the reason.
:func:`run_import` writes the records in one transaction (all or nothing), sends rejections to a
quarantine JSONL, drops exact duplicates with a reason, shows a progress bar and returns a
summary. Re-running an import is idempotent: the store ends exactly as after one clean run.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from tqdm import tqdm

from catalog.errors import CatalogError
from catalog.importers.textio import NOT_UTF8, has_bad_bytes, iter_lines, printable
from catalog.schema import Event, Product
from catalog.store import CatalogStore

logger = logging.getLogger(__name__)

BATCH_SIZE = 5_000
SQLITE_CACHE_KIB = 128 * 1024
GC_THRESHOLD = 50_000


@dataclass(frozen=True)
class Rejected:
    """A source row that could not be imported, and why."""

    source: str
    line: int
    reason: str
    raw: str


@dataclass(frozen=True, slots=True)
class Parsed:
    """A validated record and the source line it came from.

    ``derived`` marks a record summarised from lines that were already counted (a product built
    from many invoice lines, emitted after them): it is written but not counted as a row read.
    """

    source: str
    line: int
    record: Product | Event
    derived: bool = False


Record = Parsed | Rejected
Reader = Callable[[Path], Iterator[Record]]


@dataclass
class ImportSummary:
    """What one import read, wrote and rejected."""

    source: str
    format: str
    read: int = 0
    products: int = 0
    events: int = 0
    rejected: int = 0
    quarantine: Path | None = None
    reasons: dict[str, int] = field(default_factory=dict)

    @property
    def imported(self) -> int:
        """Records written (products plus events)."""
        return self.products + self.events

    def as_dict(self) -> dict[str, Any]:
        """A JSON-friendly view: the fields, with ``imported``."""
        out = asdict(self)
        out["quarantine"] = str(self.quarantine) if self.quarantine else None
        return {**out, "imported": self.imported}


def validation_reason(error: ValidationError) -> str:
    """A one-line reason from a pydantic error: the field and what was wrong with it."""
    parts = []
    for item in error.errors():
        loc = ".".join(str(x) for x in item["loc"]) or "record"
        msg = str(item["msg"]).removeprefix("Value error, ")
        if item["type"] == "missing":
            msg = f"{loc} is missing: every record needs a {loc}"
        parts.append(msg if msg.startswith(loc) else f"{loc}: {msg}")
    return "; ".join(parts)


def make_product(source: str, line: int, raw: str, **fields: Any) -> Record:
    """Validate product fields, or return the rejection with its reason."""
    try:
        return Parsed(source, line, Product(**fields))
    except ValidationError as e:
        return Rejected(source, line, validation_reason(e), raw)


def make_event(source: str, line: int, raw: str, **fields: Any) -> Record:
    """Validate event fields, or return the rejection with its reason."""
    try:
        return Parsed(source, line, Event(**fields))
    except ValidationError as e:
        return Rejected(source, line, validation_reason(e), raw)


def read_lines(
    path: Path, expected: str, records: Callable[[str, int, str], Iterable[Record]]
) -> Iterator[Record]:
    """``records(source, line, text)`` for each non-blank line of a text file; a line that is
    not UTF-8 is rejected instead.

    Args:
        path: the file.
        expected: what each line should hold, for the error on an empty file.
        records: the records of one line (rejections included).

    Raises:
        CatalogError: the file has no line ("the file is empty; expected ``expected``").
    """
    source = str(path)
    any_line = False
    for line, text in iter_lines(path):
        any_line = True
        if has_bad_bytes(text):
            yield Rejected(source, line, NOT_UTF8, printable(text))
        else:
            yield from records(source, line, text)
    if not any_line:
        raise CatalogError(f"{path}: the file is empty; expected {expected}")


def checked_rows(
    source: str, rows: Iterable[tuple[int, dict[str, str], str]]
) -> Iterator[tuple[int, dict[str, str], str] | Rejected]:
    """The CSV rows of :func:`~catalog.importers.textio.iter_csv`, each one that the reader
    flagged (``__error__``) or that is not UTF-8 replaced by its rejection."""
    for line, row, raw in rows:
        if "__error__" in row:
            yield Rejected(source, line, row["__error__"], printable(raw))
        elif has_bad_bytes(raw):
            yield Rejected(source, line, NOT_UTF8, printable(raw))
        else:
            yield line, row, raw


def file_fingerprint(paths: Iterable[Path]) -> str:
    """SHA-256 over the bytes of the given files (identifies a dataset version)."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.name.encode())
        with path.open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()


def _shorten(raw: str, limit: int = 2_000) -> str:
    return raw if len(raw) <= limit else raw[:limit] + f"... [{len(raw) - limit:,} more chars]"


def _event_identity(event: Event) -> tuple[Any, ...]:
    """The fields `Event.key` digests, as a tuple: equal exactly when the keys are equal."""
    return (
        event.user_id,
        event.basket_id,
        event.item_id,
        event.kind,
        event.timestamp,
        event.position,
    )


@contextmanager
def _fewer_gc_passes(first_generation: int = GC_THRESHOLD) -> Iterator[None]:
    """Run the cyclic garbage collector less often while an import builds many small objects.

    An import keeps hundreds of thousands of live tuples (the duplicate check); with the default
    threshold (700 allocations) each collection walks them again, which cost about a third of
    the CPU time of the Online Retail import. Nothing here makes reference cycles, so collecting
    every ``first_generation`` allocations instead is safe. The old thresholds are restored.
    """
    old = gc.get_threshold()
    gc.set_threshold(max(first_generation, old[0]), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def run_import(
    store: CatalogStore,
    records: Iterable[Record],
    *,
    source: str,
    format: str,
    quarantine_path: Path,
    fingerprint: str = "",
    total: int | None = None,
    progress: bool = True,
) -> ImportSummary:
    """Write records to the store in one transaction; quarantine the rejected ones.

    Args:
        store: the target store.
        records: validated records and rejections, in source order.
        source: a name for the input (its path), logged with each rejection.
        format: the format name, for the summary and the import log.
        quarantine_path: JSONL file for rejected rows; rewritten by each run.
        fingerprint: the input's digest, recorded in the import log.
        total: expected number of rows, for the progress bar.
        progress: show a progress bar.

    Returns:
        The summary: rows read, products and events imported, rows rejected.
    """
    summary = ImportSummary(source=source, format=format)
    seen_events: dict[tuple[Any, ...], int] = {}
    seen_products: dict[str, int] = {}
    products: list[Product] = []
    events: list[Event] = []
    quarantine_path.parent.mkdir(parents=True, exist_ok=True)
    bar = tqdm(total=total, desc=f"import {Path(source).name}", unit="row", disable=not progress)

    with (
        _fewer_gc_passes(),
        quarantine_path.open("w", encoding="utf-8") as quarantine,
        store.transaction() as conn,
    ):
        if store.dialect == "sqlite":
            # Random 40-hex event ids spread inserts over the whole index: a bigger page
            # cache than SQLite's 2 MB default saves about a third of the insert time.
            conn.exec_driver_sql(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")

        def reject(item: Rejected) -> None:
            summary.rejected += 1
            key = item.reason.split(":")[0]
            summary.reasons[key] = summary.reasons.get(key, 0) + 1
            row = {"source": item.source, "line": item.line, "reason": item.reason}
            row["raw"] = _shorten(item.raw)
            quarantine.write(json.dumps(row, ensure_ascii=False) + "\n")

        def flush() -> None:
            summary.products += store.upsert_products(products, conn=conn)
            summary.events += store.upsert_events(events, conn=conn)
            products.clear()
            events.clear()

        last_line: tuple[str, int] | None = None
        for item in records:
            if (item.source, item.line) != last_line and not (
                isinstance(item, Parsed) and item.derived
            ):
                last_line = (item.source, item.line)
                summary.read += 1
                bar.update(1)
            if isinstance(item, Rejected):
                reject(item)
                continue
            record = item.record
            if isinstance(record, Product):
                first = seen_products.setdefault(record.id, item.line)
                if first != item.line:
                    reason = (
                        f"duplicate: product id {record.id!r} already given on line {first}; "
                        "the first one is kept"
                    )
                    reject(Rejected(item.source, item.line, reason, record.model_dump_json()))
                    continue
                products.append(record)
            else:
                key = _event_identity(record)
                first = seen_events.setdefault(key, item.line)
                if first != item.line:
                    reason = f"duplicate: same event as line {first}; the first one is kept"
                    reject(Rejected(item.source, item.line, reason, record.model_dump_json()))
                    continue
                events.append(record)
            if len(products) + len(events) >= BATCH_SIZE:
                flush()
        flush()
        store.record_import(summary, fingerprint=fingerprint, conn=conn)
    bar.close()
    summary.quarantine = quarantine_path if summary.rejected else None
    if not summary.rejected:
        quarantine_path.unlink(missing_ok=True)
    logger.info(
        "imported %s: read %d, products %d, events %d, rejected %d",
        source,
        summary.read,
        summary.products,
        summary.events,
        summary.rejected,
    )
    return summary
