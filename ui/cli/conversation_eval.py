"""`shopassist eval conversation`: simulated shoppers on a dataset, personalisation on and off."""

from __future__ import annotations

import tempfile
from pathlib import Path

import typer

from ui.cli.common import JsonOutput, console, print_json, settings_of

DEFAULT_DATASET = Path(__file__).resolve().parents[3] / "shared" / "data" / "amazon-beauty-2014"


def conversation(
    ctx: typer.Context,
    dataset: Path = typer.Option(
        DEFAULT_DATASET, "--dataset", help="Anything `data import` accepts (Beauty by default)."
    ),
    users: int = typer.Option(200, "--users", min=1, help="Simulated shoppers."),
    turns: int = typer.Option(3, "--turns", min=1, max=10, help="Shopper turns per chat."),
    seed: int = typer.Option(7, "--seed", help="Seed of the shopper sample."),
    work_dir: Path | None = typer.Option(
        None, "--work-dir", help="Scratch folder (kept, so a rerun skips import and indexing)."
    ),
    json_output: JsonOutput = False,
) -> None:
    """Hit@5 after each turn and mean turns to success, with personalisation on and off.

    Each user's last purchase is held out (removed before training and indexing); a simulated
    shopper describes it by category and price, never by brand or title. Runs in a scratch
    folder: your own store is untouched. --json adds each shopper's turn of success
    ("shoppers"), so two runs on the same seed can be compared shopper by shopper.
    """
    from assistant.evaluation.pipeline import evaluate_conversations
    from retrieval.tuning.artifact import resolve_embedder

    settings = settings_of(ctx)
    folder = work_dir or Path(tempfile.mkdtemp(prefix="shopassist-eval-"))
    reports = evaluate_conversations(
        dataset,
        folder,
        users=users,
        turns=turns,
        seed=seed,
        embedding_model=resolve_embedder(settings.embedding_model, settings.data_dir),
        device=settings.resolved_device,
    )
    rows = [r.row() for r in reports]
    if json_output:
        shoppers = {r.label: [{"user": u, "found_at": t} for u, t in r.shoppers] for r in reports}
        print_json(
            {
                "rows": rows,
                "dataset": str(dataset),
                "users": users,
                "seed": seed,
                "shoppers": shoppers,
            }
        )
        return
    from rich.table import Table

    table = Table(title=f"simulated conversations on {dataset.name} ({users} shoppers)")
    for column in rows[0]:
        table.add_column(column)
    for row in rows:
        table.add_row(*(str(v) for v in row.values()))
    console.print(table)
