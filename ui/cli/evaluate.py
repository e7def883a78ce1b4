"""`shopassist eval ...`: offline evaluations (ranking, copy, conversations, understanding)."""

from __future__ import annotations

import logging
import tempfile
import time
from pathlib import Path

import typer
from rich.table import Table

from ui.cli import conversation_eval, understanding_eval
from ui.cli.common import JsonOutput, console, key_value_table, print_json, settings_of
from ui.cli.train import SASREC_EPOCHS, SasrecEpochs, ValidUsers, ranking_models

logger = logging.getLogger(__name__)

app = typer.Typer(help="Offline evaluation.", no_args_is_help=True)

DEFAULT_EVAL_MODELS = "popularity,itemcf,transitions,seqknn,mf"
DEFAULT_DATASET = Path(__file__).resolve().parents[3] / "shared" / "data" / "amazon-beauty-2014"
METRIC_COLUMNS = (
    "recall@5", "recall@10", "recall@20", "ndcg@5", "ndcg@10", "ndcg@20", "mrr", "coverage@10",
)  # fmt: skip


def _item_vectors(settings, store, ids: list[str]) -> dict:
    """Embed the products' texts with the retrieval embedder (for the content model)."""
    try:
        from retrieval.embedder import Embedder
        from retrieval.text import product_text
        from retrieval.tuning.artifact import resolve_embedder
    except ImportError as e:
        from ranking.errors import RankingError

        raise RankingError(
            f"content model: expected the retrieval package's embedder, got {e}; "
            "leave 'content' out of --models"
        ) from e
    products = store.get_products(ids)
    model = resolve_embedder(settings.embedding_model, settings.data_dir)  # afresh: auto -> tuned
    vectors = Embedder(model, settings.resolved_device).encode([product_text(p) for p in products])
    return {p.id: v for p, v in zip(products, vectors, strict=True)}


@app.command("ranking")
def ranking(
    ctx: typer.Context,
    dataset: Path = typer.Option(
        DEFAULT_DATASET, "--dataset", help="Anything `shopassist data import` accepts."
    ),
    models: str = typer.Option(
        DEFAULT_EVAL_MODELS,
        "--models",
        help="Comma-separated: popularity,itemcf,transitions,seqknn,mf,sasrec,content.",
    ),
    sasrec_epochs: SasrecEpochs = SASREC_EPOCHS,
    valid_users: ValidUsers = 4000,
    seed: int = typer.Option(42, "--seed", help="Seed of the validation sample."),
    as_json: JsonOutput = False,
) -> None:
    """Leave-one-out evaluation in a scratch store: one row per model and per fusion."""
    from catalog.importers import import_path
    from catalog.store import make_store
    from ranking.attributes import ItemAttributes
    from ranking.data import Interactions
    from ranking.evaluate import PUBLISHED, evaluate
    from ranking.training import build_models

    settings = settings_of(ctx)
    names, params = ranking_models(
        models, sasrec_epochs, settings.resolved_device, progress=not as_json
    )
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="shopassist-eval-") as tmp:
        store = make_store(f"sqlite:///{Path(tmp) / 'eval.db'}")
        try:
            import_path(
                store, dataset, quarantine_dir=Path(tmp) / "quarantine", progress=not as_json
            )
            data = Interactions.from_store(store)
            attributes = ItemAttributes.from_store(store, data.item_ids)
            vectors = _item_vectors(settings, store, data.item_ids) if "content" in names else None
        finally:
            store.close()
    built = build_models(names, params, vectors)
    result = evaluate(
        data,
        built,
        valid_users=valid_users,
        seed=seed,
        progress=not as_json,
        attributes=attributes,
    )
    elapsed = time.perf_counter() - started
    rows = [
        {k: (round(v, 5) if isinstance(v, float) else v) for k, v in r.items()} for r in result.rows
    ]
    if as_json:
        print_json(
            {
                "rows": rows,
                "weights": result.weights,
                "best_fusion": result.best_fusion,
                "users": result.users,
                "items": result.items,
                "seconds": round(elapsed, 1),
                "published": PUBLISHED,
            }
        )
        return
    table = Table(title=f"ranking, leave-one-out on {dataset.name} ({result.users:,} users, "
                  f"{result.items:,} items, full ranking, history masked)")  # fmt: skip
    table.add_column("model")
    for col in METRIC_COLUMNS:
        table.add_column(col, justify="right")
    table.add_column("fit s", justify="right")
    for r in rows:
        table.add_row(r["model"], *(f"{r[c]:.4f}" for c in METRIC_COLUMNS), f"{r.get('fit_s', '')}")
    for p in PUBLISHED:
        table.add_row(
            p["model"], *(f"{p[c]:.4f}" if c in p else "" for c in METRIC_COLUMNS), "",
            style="dim",
        )  # fmt: skip
    console.print(table)
    console.print(f"fusion weights (fitted on validation): {result.weights}; best fusion: "
                  f"{result.best_fusion}; total {elapsed:.0f}s")  # fmt: skip


@app.command("copy")
def copy_eval(
    ctx: typer.Context,
    n: int = typer.Option(200, "--n", min=1, help="How many copies to generate."),
    seed: int = typer.Option(0, "--seed", help="Product sample and sampling seed."),
    batch_size: int = typer.Option(8, "--batch-size", min=1, help="Prompts per batch."),
    channels: str = typer.Option(
        "sms,push,banner,email", "--channels", help="Channels taken in turn (comma-separated)."
    ),
    out: Path = typer.Option(None, "--out", help="Also write every copy as JSON lines here."),
    json_output: JsonOutput = False,
) -> None:
    """Share of copies with an unsupported claim before and after the checker; readability."""
    import json

    from rich.progress import Progress

    from assistant.copy.evaluate import evaluate_copies, plan, sample_products
    from ui.cli.common import store_of
    from ui.compose import load_copy

    store = store_of(ctx)
    products = sample_products(store, n, seed=seed)
    if len(products) < n:
        console.print(f"only {len(products)} products with a title and price", highlight=False)
    jobs = plan(products, [c.strip() for c in channels.split(",") if c.strip()])
    writer = load_copy(settings_of(ctx), store, seed=seed)
    handle = out.open("w", encoding="utf-8") if out is not None else None

    def save(batch: list) -> None:
        if handle is None:
            return
        for c in batch:
            row = {
                "item_id": c.item_id, "channel": c.channel, "tone": c.tone, "raw": c.raw,
                "subject": c.subject, "text": c.text, "source": c.source,
                "report": c.report.to_dict(),
            }  # fmt: skip
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        handle.flush()

    try:
        with Progress(console=console, transient=True) as progress:
            task = progress.add_task("writing copy", total=len(jobs))
            figures, _ = evaluate_copies(
                writer, jobs, batch_size=batch_size, on_copies=save,
                on_progress=lambda k: progress.advance(task, k),
            )  # fmt: skip
    finally:
        if handle is not None:
            handle.close()
    figures["model"] = getattr(writer.llm, "name", "?")
    if json_output:
        print_json(figures)
        return
    title = f"copy evaluation: {figures['copies']} copies, {figures['model']}"
    rows = [(k, f"{v:.3f}" if isinstance(v, float) else str(v)) for k, v in figures.items()]
    console.print(key_value_table(title, rows, key="figure"))


app.command("conversation")(conversation_eval.conversation)
app.command("understanding")(understanding_eval.understanding)
