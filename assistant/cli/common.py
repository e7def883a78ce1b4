"""What every CLI command shares: settings from the context, the store, error reporting."""

from __future__ import annotations

import json
import logging
from typing import Any

import typer
from rich.console import Console

from assistant.settings import Settings
from catalog.store import CatalogStore, make_store

console = Console(stderr=True)


def settings_of(ctx: typer.Context) -> Settings:
    """The settings the root command read once."""
    return ctx.find_root().obj["settings"]


def store_of(ctx: typer.Context) -> CatalogStore:
    """The catalog store named by the settings (opened once per command)."""
    obj = ctx.find_root().obj
    if "store" not in obj:
        obj["store"] = make_store(settings_of(ctx).resolved_database_url)
    return obj["store"]


def print_json(data: Any) -> None:
    """Print JSON to stdout (machine-readable output)."""
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def setup_logging(verbose: bool) -> None:
    """Log lines on stderr: warnings only, or from INFO up with --verbose."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
