"""`shopassist tune embedder`: fine-tune the embedder on the store's own data."""

from __future__ import annotations

import typer

from ui.cli.common import console, print_json, settings_of, store_of

app = typer.Typer(help="Fine-tune models on the store's own data.", no_args_is_help=True)


@app.command("embedder")
def embedder(
    ctx: typer.Context,
    pairs: int = typer.Option(1700, "--pairs", help="Training pairs mined in all (5% held out)."),
    epochs: int = typer.Option(1, "--epochs", help="Passes over the pairs (early stopping)."),
    batch_size: int = typer.Option(16, "--batch-size", help="Triples per training step."),
    base: str = typer.Option(
        "all-MiniLM-L6-v2", "--base", help="Model to start from (the packaged one or a path)."
    ),
    reindex: bool = typer.Option(
        False, "--reindex", help="Rebuild the search index with the tuned model afterwards."
    ),
    seed: int = typer.Option(42, "--seed", help="Random seed of mining and training."),
    as_json: bool = typer.Option(False, "--json", help="Print the manifest as JSON."),
) -> None:
    """Contrastive fine-tune on pairs mined from the catalog and the training split of events.

    The model is saved as a new version under <data dir>/embedders with a manifest; use it with
    SHOPASSIST_EMBEDDING_MODEL=tuned (or `index build --embedder tuned`).
    """
    from ranking.data import Interactions, LeaveOneOut
    from retrieval.tuning.pipeline import tune_embedder
    from retrieval.tuning.trainer import TuneParams

    settings = settings_of(ctx)
    store = store_of(ctx)
    split = LeaveOneOut.split(Interactions.from_store(store))
    split.check_no_leak()
    manifest = tune_embedder(
        list(store.iter_products()),
        split.train_item_sequences(),
        settings.data_dir,
        base_model=base,
        device=settings.resolved_device,
        max_pairs=pairs,
        params=TuneParams(epochs=epochs, batch_size=batch_size, seed=seed),
        data_fingerprint=split.train.fingerprint(),
        progress=not as_json,
        seed=seed,
    )
    if reindex:
        from ui.cli.index import build

        ctx.find_root().obj["settings"] = settings.model_copy(update={"embedding_model": "tuned"})
        ctx.find_root().obj.pop("index", None)
        build(ctx, json_output=as_json, embedder=None)
    if as_json:
        print_json(manifest)
        return
    m = manifest["metrics"]
    console.print(
        f"tuned embedder {manifest['version']} in {manifest['seconds']:.0f}s: held-out loss "
        f"{m['held_out_loss_before']:.3f} -> {m['held_out_loss_after']:.3f}, triplet accuracy "
        f"{m['held_out_triplet_accuracy_before']:.3f} -> "
        f"{m['held_out_triplet_accuracy_after']:.3f}; {manifest['path']}\n"
        "use it: SHOPASSIST_EMBEDDING_MODEL=tuned (rebuild the index: "
        "`shopassist index build --embedder tuned`)",
        highlight=False,
    )
