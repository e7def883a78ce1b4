"""`shopassist copy ...`: grounded marketing copy for products, exported to CSV."""

from __future__ import annotations

from pathlib import Path

import typer

from assistant.copy.errors import CopyError
from assistant.copy.templates import CHANNELS, LENGTHS, TONES
from ui.cli.common import console, settings_of, store_of


def _item_ids(ctx: typer.Context, items: list[str] | None, query: str | None, k: int) -> list[str]:
    if bool(items) == bool(query):
        raise CopyError(
            "copy: expected exactly one of --items ID ... or --query 'Q', got "
            f"{'both' if items else 'neither'}"
        )
    if items:
        return [i for raw in items for i in raw.replace(",", " ").split()]
    from ui.cli import common

    retriever_of = getattr(common, "retriever_of", None)
    if retriever_of is None:
        raise CopyError("copy --query needs retrieval, which this install lacks; use --items")
    hits = retriever_of(ctx).search(query, None, k)
    if not hits:
        raise CopyError(f"copy --query {query!r}: expected matching products, got none")
    return [h.item_id for h in hits]


def copy_command(
    ctx: typer.Context,
    items: list[str] = typer.Option(
        None, "--items", help="Product ids (repeat or comma-separate)."
    ),
    query: str = typer.Option(None, "--query", help="Write for the top products of a search."),
    k: int = typer.Option(5, "--k", help="How many products --query takes."),
    user: str = typer.Option(None, "--user", help="Personalise to this customer's history."),
    segment: str = typer.Option(None, "--segment", help="Personalise to a named segment."),
    channel: str = typer.Option(..., "--channel", help=f"One of: {', '.join(CHANNELS)}."),
    tone: str = typer.Option("friendly", "--tone", help=f"One of: {', '.join(TONES)}."),
    length: str = typer.Option("short", "--length", help=f"One of: {', '.join(LENGTHS)}."),
    variants: int = typer.Option(1, "--variants", min=1, max=10, help="Variants per product."),
    seed: int = typer.Option(0, "--seed", help="Sampling seed."),
    out: Path = typer.Option(..., "--out", help="CSV file to write (one row per variant)."),
) -> None:
    """Write grounded copy for products; every row carries its grounding report."""
    from rich.progress import Progress

    from assistant.copy.audience import audience_of
    from assistant.copy.batch import save_csv, write_batch
    from ui.compose import load_copy

    if user and segment:
        raise CopyError("copy: expected at most one of --user and --segment, got both")
    if channel not in CHANNELS:
        raise CopyError(f"--channel: expected one of {', '.join(CHANNELS)}, got {channel!r}")
    store = store_of(ctx)
    ids = _item_ids(ctx, items, query, k)
    products = store.get_products(ids)
    missing = sorted(set(ids) - {p.id for p in products})
    if missing:
        raise CopyError(f"--items: expected ids in the store, got unknown {', '.join(missing[:5])}")
    audience = audience_of(store, user_id=user, segment=segment)
    writer = load_copy(settings_of(ctx), store, seed=seed)
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task(f"writing {channel} copy", total=len(products))
        rows = write_batch(
            writer,
            products,
            audience=audience,
            channel=channel,
            tone=tone,
            length=length,
            variants=variants,
            on_progress=lambda n: progress.advance(task, n),
        )
    save_csv(rows, out)
    grounded = sum(r["grounded"] == "true" for r in rows)
    templates = sum(r["source"] == "template" for r in rows)
    console.print(
        f"wrote {len(rows)} {channel} copies to {out}: {grounded} grounded, "
        f"{templates} from the template",
        highlight=False,
    )
