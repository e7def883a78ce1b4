"""`shopassist tune embedder|parser`: fine-tune models on the store's own data."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Annotated, Any

import typer

from retrieval.embedder import DEFAULT_MODEL
from retrieval.tuning.blend import DEFAULT_BLEND
from retrieval.tuning.pipeline import MEASURED_NEED_NEGATIVES, MEASURED_PAIRS, MEASURED_STEPS
from retrieval.tuning.trainer import TuneParams
from ui.cli.common import JsonOutput, MaxMinutes, console, print_json, settings_of, store_of

if TYPE_CHECKING:
    from assistant.llm.tuning.trainer import TrainParams

app = typer.Typer(help="Fine-tune models on the store's own data.", no_args_is_help=True)


def next_steps(*, reindexed: bool = False) -> str:
    """What a store does after a new tuned embedder version, printed at the end of a tune."""
    build = (
        ""
        if reindexed
        else "`shopassist index build` to switch search to it (SHOPASSIST_EMBEDDING_MODEL=auto, "
        "the default, builds with the newest tuned version; search keeps the index's model until "
        "then); "
    )
    return (
        f"next: {build}`shopassist train` after that, so the content model reads the new "
        "vectors; SHOPASSIST_EMBEDDING_MODEL=all-MiniLM-L6-v2 (then `index build`) to stay on "
        "the base"
    )


Epochs = Annotated[int, typer.Option("--epochs", help="Passes over the examples.")]
BatchSize = Annotated[int, typer.Option("--batch-size", help="Examples per training step.")]
MaxSteps = Annotated[int, typer.Option("--max-steps", help="Stop after this many steps (0: all).")]
Rank = Annotated[int, typer.Option("--rank", help="LoRA rank (its alpha is twice the rank).")]
TopLayers = Annotated[
    int,
    typer.Option(
        "--top-layers", help="Adapt only the last N transformer layers (0: all; cheaper steps)."
    ),
]
LearningRate = Annotated[float, typer.Option("--lr", help="Peak learning rate.")]
Precision = Annotated[
    str,
    typer.Option("--precision", help="'bf16' autocast, 'fp32', or 'auto' (measured: see docs)."),
]
Seed = Annotated[int, typer.Option("--seed", help="Random seed of the examples and training.")]
"""The training flags every LoRA tune (`tune parser`, `tune copy`) takes; each command sets its
own defaults (``epochs: Epochs = 1``) and builds its parameters with `lora_params`."""


@app.command("embedder")
def embedder(
    ctx: typer.Context,
    pairs: int = typer.Option(
        MEASURED_PAIRS, "--pairs", help="Training pairs mined in all (5% held out)."
    ),
    mix: str = typer.Option(
        "",
        "--mix",
        help="Shares of the pair kinds, e.g. 'neighbour=0.45,need=0.35,bought=0.15,brand=0.05' "
        "(the default; kinds left out get none; 'neighbour' reads the base model's vectors "
        "from the index, or encodes the catalog with it).",
    ),
    max_minutes: MaxMinutes = 0.0,
    max_steps: MaxSteps = MEASURED_STEPS,
    epochs: int = typer.Option(1, "--epochs", help="Passes over the pairs (early stopping)."),
    batch_size: int = typer.Option(
        TuneParams.batch_size, "--batch-size", help="Triples per training step."
    ),
    base: str = typer.Option(
        DEFAULT_MODEL, "--base", help="Model to start from (the packaged one or a path)."
    ),
    reindex: bool = typer.Option(
        False, "--reindex", help="Rebuild the search index with the tuned model afterwards."
    ),
    seed: int = typer.Option(42, "--seed", help="Random seed of mining and training."),
    blend: float = typer.Option(
        DEFAULT_BLEND,
        "--blend",
        min=0.0,
        max=1.0,
        help="Publish (1 - A) x base + A x tuned weights (WiSE-FT; 1: the tuned model as trained).",
    ),
    need_negatives: str = typer.Option(
        MEASURED_NEED_NEGATIVES,
        "--need-negatives",
        help="A need pair's negative: 'sibling' (any product of a sibling category) or 'base' "
        "(one the base model ranks highest for the phrase among them; reads the base model's "
        "vectors from the index, or encodes the catalog with it).",
    ),
    as_json: JsonOutput = False,
) -> None:
    """Contrastive fine-tune on pairs mined from the catalog and the training split of events.

    The model is saved as a new version under <data dir>/embedders with a manifest; the next
    `index build` uses it (SHOPASSIST_EMBEDDING_MODEL=auto, the default). These flags' defaults
    rebuild the model that default was measured on (docs/RETRIEVAL.md, "Which tuned model was
    measured"): 3,000 pairs of the neighbour/need mix, the base model's confusions as the need
    pairs' negatives, 51 steps of 32, blended 0.7 with the base.
    """
    from ranking.data import Interactions, LeaveOneOut
    from retrieval.errors import RetrievalError
    from retrieval.tuning.pairs import parse_shares
    from retrieval.tuning.pipeline import NEED_NEGATIVES, tune_embedder

    try:
        shares = parse_shares(mix) if mix else None
    except RetrievalError as e:
        raise typer.BadParameter(str(e), param_hint="--mix") from e
    if need_negatives not in NEED_NEGATIVES:
        raise typer.BadParameter(
            f"expected one of {', '.join(NEED_NEGATIVES)}, got {need_negatives!r}",
            param_hint="--need-negatives",
        )
    params = TuneParams(  # checks the limits before the store is read
        epochs=epochs, batch_size=batch_size, seed=seed,
        max_minutes=max_minutes, max_steps=max_steps,
    )  # fmt: skip
    settings = settings_of(ctx)
    store = store_of(ctx)
    split = LeaveOneOut.split(Interactions.from_store(store))
    split.check_no_leak()
    products = list(store.iter_products())
    vectors = (
        _base_vectors(settings, base, [p.id for p in products])
        if (shares and shares.get("neighbour", 0) > 0) or need_negatives == "base"
        else None
    )
    manifest = tune_embedder(
        products,
        split.train_item_sequences(),
        settings.data_dir,
        base_model=base,
        device=settings.resolved_device,
        max_pairs=pairs,
        shares=shares,
        params=params,
        data_fingerprint=split.train.fingerprint(),
        progress=not as_json,
        seed=seed,
        blend=blend,
        vectors=vectors,
        need_negatives=need_negatives,
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
        f"tuned embedder {manifest['version']} in {manifest['seconds']:.0f}s ({m['steps_run']} "
        f"of {m['steps_planned']} steps, stopped by {m['stopped_by'].replace('_', ' ')}): "
        f"held-out loss {m['held_out_loss_before']:.3f} -> {m['held_out_loss_after']:.3f}, "
        f"triplet accuracy {m['held_out_triplet_accuracy_before']:.3f} -> "
        f"{m['held_out_triplet_accuracy_after']:.3f}"
        + (
            f", blended {blend:g} x tuned: triplet accuracy "
            f"{m['blend']['held_out_triplet_accuracy']:.3f}"
            if "blend" in m
            else ""
        )
        + f"; {manifest['path']}\n{next_steps(reindexed=reindex)}",
        highlight=False,
    )


def _base_vectors(settings: Any, base: str, ids: list[str]) -> dict | None:
    """The products' vectors from the index when it was built with ``base``, else None (the
    tune then encodes the catalog with the base model itself)."""
    from retrieval.errors import RetrievalError
    from ui.compose import open_index

    try:
        index = open_index(settings.model_copy(update={"embedding_model": base}))
        return (index.vectors(ids) if index.exists() else None) or None
    except (RetrievalError, OSError, ValueError) as e:
        typer.echo(f"base vectors: none in the index ({e}); encoding the catalog", err=True)
        return None


@app.command("blend")
def blend_cmd(
    ctx: typer.Context,
    alpha: float = typer.Option(
        ...,
        "--alpha",
        min=0.0,
        max=1.0,
        help="The tuned weights' share A: (1 - A) x base + A x tuned.",
    ),
    source: str = typer.Option(
        "", "--from", help="The tuned version's folder (default: the newest; it must be unblended)."
    ),
    as_json: JsonOutput = False,
) -> None:
    """Publish a tuned embedder blended with its base model as a new version (no training).

    WiSE-FT: weight-space interpolation keeps what the base model ranks well; the new version is
    the newest, so the next `index build` uses it like any tuned one.
    """
    from retrieval.tuning.pipeline import blend_version

    settings = settings_of(ctx)
    manifest = blend_version(
        settings.data_dir, alpha, source=source or None, device=settings.resolved_device
    )
    if as_json:
        print_json(manifest)
        return
    console.print(
        f"blended embedder {manifest['version']}: {alpha:g} x {manifest['blended_from']} + "
        f"{1 - alpha:g} x {manifest['base_model']}; {manifest['path']}\n{next_steps()}",
        highlight=False,
    )


@app.command("parser")
def parser(
    ctx: typer.Context,
    examples: int = typer.Option(
        600, "--examples", help="Training examples generated from the catalog (5% more held out)."
    ),
    epochs: Epochs = 1,
    batch_size: BatchSize = 8,
    max_steps: MaxSteps = 0,
    max_minutes: MaxMinutes = 0.0,
    rank: Rank = 8,
    top_layers: TopLayers = 0,
    learning_rate: LearningRate = 1e-3,
    precision: Precision = "auto",
    base: str = typer.Option(
        "", "--base", help="Base model (default: SHOPASSIST_PARSER_MODEL, gemma-3-270m)."
    ),
    output: str = typer.Option(
        "", "--output", help="Versions folder (default: <data dir>/parsers)."
    ),
    resume: bool = typer.Option(
        False, "--resume", help="Continue an interrupted run (same catalog and options)."
    ),
    score_examples: int = typer.Option(
        120, "--score", help="Held-out examples parsed to score the adapter (0: skip)."
    ),
    seed: Seed = 42,
    as_json: JsonOutput = False,
) -> None:
    """LoRA fine-tune of the request parser on examples generated from this store's catalog.

    The adapter is saved as a new version under <data dir>/parsers with a manifest
    (data fingerprint, parameters, held-out scores) and LATEST; use it with
    SHOPASSIST_PARSER_ADAPTER=latest.
    """
    from pathlib import Path

    from assistant.llm.tuning.pipeline import tune_parser
    from assistant.llm.tuning.trainer import TrainParams

    settings = settings_of(ctx)
    store = store_of(ctx)
    manifest = tune_parser(
        store.iter_products(),
        data_dir=settings.data_dir,
        cache_dir=settings.cache_dir,
        base_model=base or settings.parser_model,
        device=settings.resolved_device,
        examples=examples,
        params=lora_params(TrainParams(), ctx.params),
        output=Path(output) if output else None,
        resume=resume,
        progress=not as_json,
        score_examples=score_examples,
    )
    m = manifest["metrics"]
    scores = (
        f"held-out JSON-valid {m['json_valid']:.2f}, intent {m['intent_accuracy']:.2f}, fields "
        f"{m['field_accuracy']:.2f}, exact {m['exact']:.2f}"
        if m
        else "not scored"
    )
    report_lora_tune("parser", manifest, scores, "SHOPASSIST_PARSER_ADAPTER", as_json=as_json)


LORA_FLAGS = (
    "rank",
    "top_layers",
    "learning_rate",
    "batch_size",
    "epochs",
    "max_steps",
    "max_minutes",
    "precision",
    "seed",
)
"""The parameters of a LoRA tune command that are `TrainParams` fields of the same name."""


def lora_params(defaults: TrainParams, flags: Mapping[str, Any]) -> TrainParams:
    """``defaults`` with the `LORA_FLAGS` values in ``flags`` (a command's ``ctx.params``),
    alpha twice the rank; the settings no flag names (warm-up, checkpoint and evaluation
    steps) stay as ``defaults`` has them."""
    from dataclasses import replace

    given = {name: flags[name] for name in LORA_FLAGS}
    return replace(defaults, alpha=2 * given["rank"], **given)


def report_lora_tune(
    what: str, manifest: dict[str, Any], scores: str, setting: str, *, as_json: bool
) -> None:
    """Print a LoRA tune's manifest (``--json``) or its one-line summary: version, time, steps,
    ``scores``, folder and the ``setting`` that puts it to use."""
    if as_json:
        print_json(manifest)
        return
    t = manifest["training"]
    console.print(
        f"tuned {what} {manifest['version']} in {manifest['seconds']:.0f}s ({t['steps']} steps, "
        f"{t['seconds_per_step']:.1f}s/step, {t['precision']}): {scores}; {manifest['path']}\n"
        f"use it: {setting}=latest",
        highlight=False,
    )
