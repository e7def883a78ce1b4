"""`shopassist data ...`: import catalogs and events, download public datasets, show stats."""

from __future__ import annotations

from pathlib import Path

import typer

from catalog.importers import FORMATS, ImportSummary, import_path
from catalog.store_stats import catalog_stats
from ui.cli.common import JsonOutput, console, key_value_table, print_json, settings_of, store_of

app = typer.Typer(help="Import, download and inspect catalog data.", no_args_is_help=True)


@app.command("import")
def import_(
    ctx: typer.Context,
    path: Path = typer.Argument(..., help="A file or folder to import."),
    format: str = typer.Option(
        "auto", "--format", "-f", help=f"auto or one of: {', '.join(FORMATS)}."
    ),
    json_output: JsonOutput = False,
) -> None:
    """Import PATH into the store: one transaction, rejected rows to a quarantine file."""
    settings = settings_of(ctx)
    summary = import_path(
        store_of(ctx), path, quarantine_dir=settings.quarantine_dir, format=format
    )
    if json_output:
        print_json(summary.as_dict())
        return
    _print_summary(summary)


@app.command("get")
def get(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Dataset name: amazon-beauty."),
    mirror: str | None = typer.Option(
        None,
        "--mirror",
        help="Base URL or local folder holding the same file names (no internet needed).",
    ),
    do_import: bool = typer.Option(
        True, "--import/--no-import", help="Import the files into the store after fetching."
    ),
    json_output: JsonOutput = False,
) -> None:
    """Download a public dataset from its official location (resumable, cached, checked)."""
    from catalog.datasets import get_dataset
    from catalog.importers.download import fetch_dataset

    settings = settings_of(ctx)
    dataset = get_dataset(name)
    folder = fetch_dataset(dataset, settings.cache_dir, mirror=mirror)
    result: dict[str, object] = {"dataset": dataset.name, "folder": str(folder)}
    summary = None
    if do_import:
        summary = import_path(
            store_of(ctx), folder, quarantine_dir=settings.quarantine_dir, format=dataset.format
        )
        result["import"] = summary.as_dict()
    if json_output:
        print_json(result)
        return
    console.print(f"[bold]{dataset.name}[/bold]: files in {folder}", highlight=False)
    if summary is not None:
        _print_summary(summary)


def _print_summary(summary: ImportSummary) -> None:
    console.print(
        f"[bold]{summary.source}[/bold] ({summary.format}): read {summary.read:,}, "
        f"imported {summary.imported:,} ({summary.products:,} products, {summary.events:,} "
        f"events), rejected {summary.rejected:,}",
        highlight=False,
    )
    if summary.rejected:
        reasons = ", ".join(f"{k}: {v:,}" for k, v in sorted(summary.reasons.items()))
        console.print(f"rejected rows ({reasons}) are in {summary.quarantine}", highlight=False)


@app.command("stats")
def stats(ctx: typer.Context, json_output: JsonOutput = False) -> None:
    """Counts, missing fields, price distribution and top categories of the store."""
    result = catalog_stats(store_of(ctx))
    if json_output:
        print_json(result)
        return
    rows = [(key, f"{result[key]:,}") for key in ("products", "events", "users", "baskets")]
    rows += [(f"events: {kind}", f"{n:,}") for kind, n in result["event_kinds"].items()]
    rows.append(("events with unknown product", f"{result['events_with_unknown_product']:,}"))
    rows += [(f"products missing {field}", f"{n:,}") for field, n in result["missing"].items()]
    price = result["price"]
    if price["count"]:
        quantiles = " / ".join(str(price[k]) for k in ("min", "p25", "median", "p75", "max"))
        rows.append(("price min / p25 / median / p75 / max", quantiles))
    rows += [(f"category: {name}", f"{n:,}") for name, n in result["top_categories"]]
    title = f"shopassist store: {settings_of(ctx).resolved_database_url}"
    typer.echo()
    console.print(key_value_table(title, rows))
