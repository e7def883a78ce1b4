"""The known input formats, their detection, and importing a path into the store."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from catalog.errors import CatalogError
from catalog.importers import amazon5core, mcauley, native, recbole, retail, sequences
from catalog.importers.base import ImportSummary, Record, file_fingerprint, run_import
from catalog.importers.textio import count_lines
from catalog.store import CatalogStore


@dataclass(frozen=True)
class Format:
    """One input format: how to recognise it, read it, and which files it covers."""

    name: str
    description: str
    detect: Callable[[Path], bool]
    read: Callable[[Path], Iterator[Record]]
    files: Callable[[Path], list[Path]] = lambda path: [path]


FORMATS: dict[str, Format] = {
    f.name: f
    for f in [
        Format(
            "amazon-5core",
            "folder with items.jsonl.gz + interactions.csv.gz (../shared/data/amazon-beauty-2014)",
            amazon5core.detect,
            amazon5core.read,
            amazon5core.files,
        ),
        Format(
            "native",
            "folder with products.(jsonl|csv) and events.(csv|jsonl) (docs/DATA_FORMAT.md)",
            native.detect_folder,
            native.read_folder,
            native.folder_files,
        ),
        Format(
            "recbole",
            "folder with RecBole atomic files <name>.item and/or <name>.inter",
            recbole.detect_folder,
            recbole.read_folder,
            recbole.folder_files,
        ),
        Format(
            "amazon-reviews",
            "folder with McAuley Amazon meta and review files, 2014 or 2023 (`data get` output)",
            mcauley.detect_folder,
            mcauley.read_folder,
            mcauley.folder_files,
        ),
        Format(
            "products",
            "products file, JSONL or CSV, in our format",
            native.detect_products,
            native.read_products,
        ),
        Format(
            "events",
            "events file, CSV or JSONL, in our format",
            native.detect_events,
            native.read_events,
        ),
        Format(
            "recbole-item",
            "RecBole atomic item file (<name>.item, tab-separated, typed header)",
            recbole.detect_item,
            recbole.read_item,
        ),
        Format(
            "recbole-inter",
            "RecBole atomic interaction file (<name>.inter: user_id, item_id[, rating, timestamp])",
            recbole.detect_inter,
            recbole.read_inter,
        ),
        Format(
            "user-sequences",
            "text file, one line per user: a user id, then item ids in order (.txt)",
            sequences.detect,
            sequences.read,
        ),
        Format(
            "amazon-2014-meta",
            "McAuley Amazon 2014 meta_<Cat>.json.gz (Python-literal lines)",
            mcauley.detect_meta_2014,
            mcauley.read_meta_2014,
        ),
        Format(
            "amazon-2014-reviews",
            "McAuley Amazon 2014 reviews_<Cat>[_5].json.gz (JSON lines)",
            mcauley.detect_reviews_2014,
            mcauley.read_reviews_2014,
        ),
        Format(
            "amazon-2023-meta",
            "McAuley Amazon 2023 meta_<Cat>.jsonl (JSON lines with parent_asin)",
            mcauley.detect_meta_2023,
            mcauley.read_meta_2023,
        ),
        Format(
            "amazon-2023-reviews",
            "McAuley Amazon 2023 <Cat>.jsonl reviews (user_id, parent_asin, rating, timestamp)",
            mcauley.detect_reviews_2023,
            mcauley.read_reviews_2023,
        ),
        Format(
            "uci-retail",
            "UCI Online Retail invoice CSV (InvoiceNo, StockCode, Quantity, InvoiceDate, ...)",
            retail.detect,
            retail.read,
        ),
    ]
}


def _first_match(path: Path, formats: Iterable[Format]) -> Format | None:
    for fmt in formats:
        try:
            if fmt.detect(path):
                return fmt
        except (OSError, UnicodeError, EOFError, CatalogError):
            continue
    return None


def _known_files(folder: Path, formats: Iterable[Format]) -> list[tuple[Path, Format]]:
    """The files directly in ``folder`` (hidden ones aside) that one of ``formats`` recognises."""
    found = []
    for child in sorted(folder.iterdir()):
        if child.name.startswith(".") or not child.is_file():
            continue
        fmt = _first_match(child, formats)
        if fmt is not None:
            found.append((child, fmt))
    return found


def resolve_input(path: Path, format: str = "auto") -> tuple[Path, Format]:
    """What to read for ``path`` and in which format.

    A file, or a folder in a folder format, is read as it is. A folder that no folder format
    accepts but that holds exactly one file of a known format (say ../shared/data/uci-online-retail,
    a CSV beside its SOURCES.md, or a folder with one ``sequences.txt``) stands for that file.

    Args:
        path: the input file or folder.
        format: a name from :data:`FORMATS`, or "auto" to detect it.

    Raises:
        CatalogError: missing path, unknown format name, or nothing (or more than one file in
            the folder) matched; the message lists the known formats or the candidate files.
    """
    if format != "auto" and format not in FORMATS:
        raise CatalogError(
            f"--format: expected auto or one of {', '.join(FORMATS)}, got {format!r}"
        )
    if not path.exists():
        raise CatalogError(f"{path}: no such file or folder; check the path")
    formats = list(FORMATS.values()) if format == "auto" else [FORMATS[format]]
    fmt = _first_match(path, formats)
    if fmt is not None:
        return path, fmt
    if format != "auto" and not path.is_dir():
        return path, FORMATS[format]  # forced: the reader says what is wrong with the file
    found = _known_files(path, formats) if path.is_dir() else []
    if len(found) == 1:
        return found[0]
    if format != "auto" and not found:
        return path, FORMATS[format]
    if found:
        files = ", ".join(f"{f.name} ({fmt.name})" for f, fmt in found)
        raise CatalogError(
            f"{path}: the folder holds {len(found)} files of known formats ({files}); "
            "expected one: import each file by its path"
        )
    known = "\n".join(f"  {f.name}: {f.description}" for f in FORMATS.values())
    raise CatalogError(f"{path}: format not recognised. Pass --format with one of:\n{known}")


def detect_format(path: Path) -> Format:
    """The first format whose detector accepts ``path`` itself.

    Raises:
        CatalogError: nothing matched (the message lists the known formats), or ``path`` is a
            folder that stands for the one known file in it: read that file (`resolve_input`
            finds it).
    """
    resolved, fmt = resolve_input(path)
    if resolved != path:
        raise CatalogError(
            f"{path}: a folder holding one {fmt.name} file, {resolved.name}: read that file "
            "(catalog.importers.resolve_input gives it)"
        )
    return fmt


def import_path(
    store: CatalogStore,
    path: Path,
    *,
    quarantine_dir: Path,
    format: str = "auto",
    progress: bool = True,
) -> ImportSummary:
    """Import a file or folder into the store in one transaction.

    Args:
        store: the target store.
        path: the input file or folder (a folder holding one file of a known format stands for
            that file: see `resolve_input`).
        quarantine_dir: folder for the rejected rows' JSONL (one file per input).
        format: a name from :data:`FORMATS`, or "auto" to detect it.
        progress: show a progress bar.

    Raises:
        CatalogError: unknown format, missing file, empty file or missing column.
    """
    path, fmt = resolve_input(Path(path).expanduser(), format)
    files = fmt.files(path)
    total = sum(count_lines(f) for f in files)
    quarantine = quarantine_dir / f"{path.name.split('.')[0] or 'input'}.{fmt.name}.jsonl"
    return run_import(
        store,
        fmt.read(path),
        source=str(path),
        format=fmt.name,
        quarantine_path=quarantine,
        fingerprint=file_fingerprint(files),
        total=total,
        progress=progress,
    )
