"""`shopassist eval understanding`: today's understanding scored field by field on the labelled
set (tests/data/understanding), and, with --end-to-end, the picks of each single-message search."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from ui.cli.common import console, print_json, settings_of, store_of


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def _print_report(report: dict[str, Any]) -> None:
    from rich.table import Table

    groups = report["groups"]
    headline = Table(title=f"understanding: {report['understanding']} (issue 17 target >= 90%)")
    for column in ("group", "cases", "category + price/brand right", "every field right"):
        headline.add_column(column)
    for g in groups:
        headline.add_row(
            g["group"], str(g["cases"]), _pct(g["headline_share"]), _pct(g["all_fields_share"])
        )
    console.print(headline)
    fields = Table(title="per field (accuracy where labelled; false positives where empty)")
    for column in ("field", "labelled", "accuracy", "empty", "false positives"):
        fields.add_column(column)
    for name, row in groups[0]["fields"].items():
        fields.add_row(
            name,
            str(row["labelled"]),
            _pct(row["accuracy"]),
            str(row["empty"]),
            _pct(row["false_positive_rate"]),
        )
    console.print(fields)
    if (e2e := report.get("end_to_end")) is not None:
        table = Table(title="end to end: single-message searches (target category share >= 0.85)")
        table.add_column("measure")
        table.add_column("value")
        for key, value in e2e.items():
            table.add_row(key, str(value))
        console.print(table)


def understanding(
    ctx: typer.Context,
    set_path: Path | None = typer.Option(
        None, "--set", help="A YAML file or folder of the labelled set (default: tests/data/...)."
    ),
    end_to_end: bool = typer.Option(
        False, "--end-to-end", help="Also run the conversation (needs `shopassist index build`)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON (with each case's misses)."),
) -> None:
    """Score the rules' understanding on the labelled set; the set is for evaluation only.

    Reads the catalog's brands and categories from your store: import the catalog the set was
    written for first (`shopassist data import ../shared/data/amazon-beauty-2014`).
    """
    from assistant.adapters import catalog_vocabulary, query_parser
    from assistant.evaluation.understanding import (
        evaluate_understanding,
        load_cases,
        rules_understander,
    )
    from core.errors import ShopAssistError

    store = store_of(ctx)
    cases = load_cases(set_path)
    vocabulary = catalog_vocabulary(store)
    if not vocabulary.categories:
        raise ShopAssistError(
            "catalog: expected products with categories, got an empty store; run "
            "`shopassist data import ../shared/data/amazon-beauty-2014` first"
        )
    understander = rules_understander(vocabulary, query_parser(vocabulary))
    report = evaluate_understanding(cases, understander, name="rules").to_json(with_cases=as_json)
    if end_to_end:
        from assistant.evaluation.understanding.end_to_end import run_end_to_end
        from ui.compose import build_conversation

        # Picks for the first message, not a clarifying question (asked of every new shopper).
        conversation = build_conversation(settings_of(ctx), store, with_copy=False, clarify=False)
        report["end_to_end"] = run_end_to_end(conversation, cases).to_json()
    if as_json:
        print_json(report)
    else:
        _print_report(report)
