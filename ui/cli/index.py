"""`shopassist index build|update|status`: the product search index (Chroma + BM25)."""

from __future__ import annotations

import typer

from ui.artifacts import keyword_artifact, publish
from ui.cli.common import JsonOutput, console, index_of, print_json, settings_of, store_of

app = typer.Typer(help="Build and maintain the product search index.", no_args_is_help=True)


def _publish_keyword(ctx: typer.Context) -> str | None:
    """Publish the BM25 index just written (sql artifact store); its version, or None."""
    published = publish(settings_of(ctx), store_of(ctx), keyword_artifact())
    return None if published is None else published.version


@app.command("build")
def build(
    ctx: typer.Context,
    json_output: JsonOutput = False,
    embedder: str | None = typer.Option(
        None,
        "--embedder",
        help="auto (newest `tune embedder` version, else the base), tuned (that version), base "
        "(all-MiniLM-L6-v2) or a model path; default SHOPASSIST_EMBEDDING_MODEL (auto). The "
        "index records it; search under auto uses it.",
    ),
) -> None:
    """Embed every product into a fresh index (drops the old one) and rebuild BM25."""
    import time

    from retrieval.tuning.artifact import resolve_embedder

    settings = settings_of(ctx)
    model = resolve_embedder(embedder or settings.embedding_model, settings.data_dir)  # afresh
    ctx.find_root().obj["settings"] = settings.model_copy(update={"embedding_model": model})
    start = time.perf_counter()
    n = index_of(ctx).build(store_of(ctx), progress=not json_output)
    seconds = time.perf_counter() - start
    version = _publish_keyword(ctx)
    if json_output:
        print_json(
            {"indexed": n, "seconds": round(seconds, 2), "published": version, "model": model}
        )
    else:
        console.print(f"indexed {n:,} products in {seconds:.1f}s with {model}", highlight=False)


@app.command("update")
def update(ctx: typer.Context, json_output: JsonOutput = False) -> None:
    """Re-embed changed products, add new ones, delete vanished ones; refresh BM25."""
    from dataclasses import asdict

    report = index_of(ctx).update(store_of(ctx), progress=not json_output)
    version = _publish_keyword(ctx) if report.keyword_rebuilt else None
    if json_output:
        print_json({**asdict(report), "published": version})
        return
    console.print(
        f"added {report.added:,}, re-embedded {report.reembedded:,}, metadata only "
        f"{report.metadata_only:,}, removed {report.removed:,}, unchanged {report.unchanged:,}"
        f"{', BM25 rebuilt' if report.keyword_rebuilt else ''} in {report.seconds:.1f}s",
        highlight=False,
    )


@app.command("status")
def status(
    ctx: typer.Context,
    repair: bool = typer.Option(False, "--repair", help="Fix what differs from the store."),
    json_output: JsonOutput = False,
) -> None:
    """Compare the index with the catalog store (missing, extra, stale products)."""
    report = index_of(ctx).check(store_of(ctx), repair=repair)
    summary = report.summary()
    if report.repaired:
        summary["published"] = _publish_keyword(ctx)
    if json_output:
        print_json(summary)
    else:
        state = "[green]in step[/green]" if report.ok else "[yellow]out of step[/yellow]"
        console.print(
            f"index {state}: {summary['indexed']:,} indexed, {summary['products']:,} products; "
            f"missing {summary['missing']:,}, extra {summary['extra']:,}, stale "
            f"{summary['stale']:,}, BM25 {'stale' if summary['keyword_stale'] else 'fresh'}"
            f"{' (repaired)' if report.repaired else ''}"
        )
    if not report.ok and not repair:
        raise typer.Exit(1)
