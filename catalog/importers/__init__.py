"""Importers: read public and native formats into validated records and the store."""

from catalog.importers.base import ImportSummary, Parsed, Rejected, run_import
from catalog.importers.registry import (
    FORMATS,
    Format,
    detect_format,
    import_path,
    resolve_input,
)

__all__ = [
    "FORMATS",
    "Format",
    "ImportSummary",
    "Parsed",
    "Rejected",
    "detect_format",
    "import_path",
    "resolve_input",
    "run_import",
]
