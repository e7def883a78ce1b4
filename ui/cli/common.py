"""What every CLI command shares: settings from the context, the parts built from them (through
the composition root, `ui.compose`), JSON output and logging."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from core.settings import Settings
from ui.compose import open_index, open_retriever, open_store

if TYPE_CHECKING:
    from catalog.store import CatalogStore

console = Console(stderr=True)

JsonOutput = Annotated[bool, typer.Option("--json", help="Print the result as JSON on stdout.")]
"""The ``--json`` flag of every command that has a result (``as_json: JsonOutput = False``)."""

MaxMinutes = Annotated[
    float,
    typer.Option(
        "--max-minutes", help="Stop training after this many minutes, keeping the best (0: none)."
    ),
]
"""The time cap of every `shopassist tune` command (``max_minutes: MaxMinutes = 0.0``)."""


def settings_of(ctx: typer.Context) -> Settings:
    """The settings the root command read once."""
    return ctx.find_root().obj["settings"]


def store_of(ctx: typer.Context) -> CatalogStore:
    """The catalog store named by the settings (opened once per command)."""
    obj = ctx.find_root().obj
    if "store" not in obj:
        obj["store"] = open_store(settings_of(ctx))
    return obj["store"]


def print_json(data: Any) -> None:
    """Print JSON to stdout (machine-readable output)."""
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def key_value_table(title: str, rows: Iterable[tuple[str, str]], key: str = "what") -> Any:
    """A rich table of two columns, ``key`` and "value" (right-aligned), one line a row."""
    from rich.table import Table

    table = Table(title=title)
    table.add_column(key)
    table.add_column("value", justify="right")
    for row in rows:
        table.add_row(*row)
    return table


def setup_logging(verbose: bool) -> None:
    """Log lines on stderr: warnings only, or from INFO up with --verbose."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def retriever_of(ctx: typer.Context) -> Any:
    """The hybrid `retrieval.Retriever` named by the settings (built once per command)."""
    obj = ctx.find_root().obj
    if "retriever" not in obj:
        obj["retriever"] = open_retriever(settings_of(ctx), store_of(ctx))
    return obj["retriever"]


def index_of(ctx: typer.Context) -> Any:
    """The product index (Chroma + BM25) named by the settings."""
    return open_index(settings_of(ctx))
