"""How the importer tests import a file: into a store, quietly, bad rows quarantined under the
test's temporary folder."""

from __future__ import annotations

from pathlib import Path

from catalog.importers import ImportSummary, import_path
from catalog.store import CatalogStore


def load(store: CatalogStore, path: Path, tmp_path: Path, fmt: str = "auto") -> ImportSummary:
    """`import_path` of ``path`` into ``store`` as format ``fmt``, quarantining bad rows in
    ``tmp_path/quarantine``, with no progress bar."""
    return import_path(
        store, path, quarantine_dir=tmp_path / "quarantine", format=fmt, progress=False
    )
