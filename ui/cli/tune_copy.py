"""`shopassist tune copy`: fine-tune the copywriter on the team-written examples."""

from __future__ import annotations

import typer

from ui.cli.common import JsonOutput, MaxMinutes, settings_of
from ui.cli.tune import (
    BatchSize,
    Epochs,
    LearningRate,
    MaxSteps,
    Precision,
    Rank,
    Seed,
    TopLayers,
    lora_params,
    report_lora_tune,
)


def copy_command(
    ctx: typer.Context,
    max_minutes: MaxMinutes = 0.0,
    resume: bool = typer.Option(
        False, "--resume", help="Continue an interrupted run (same examples and options)."
    ),
    epochs: Epochs = 3,
    batch_size: BatchSize = 8,
    max_steps: MaxSteps = 0,
    rank: Rank = 8,
    top_layers: TopLayers = 8,
    learning_rate: LearningRate = 1.5e-3,
    precision: Precision = "auto",
    seed: Seed = 42,
    output: str = typer.Option(
        "", "--output", help="Versions folder (default: <data dir>/copywriters)."
    ),
    score: bool = typer.Option(
        True, "--score/--no-score", help="Write and rubric-score the held-out products' copy."
    ),
    as_json: JsonOutput = False,
) -> None:
    """LoRA fine-tune of the copywriter on the team-written copy examples (per channel).

    The adapter is saved as a new version under <data dir>/copywriters with a manifest (examples
    fingerprint, parameters, held-out loss and rubric scores) and LATEST; use it with
    SHOPASSIST_COPY_ADAPTER=latest. Runs on CUDA when present.
    """
    from pathlib import Path

    from assistant.llm.tuning.copy_pipeline import DEFAULT_PARAMS, tune_copy

    settings = settings_of(ctx)
    params = lora_params(DEFAULT_PARAMS, ctx.params)
    manifest = tune_copy(
        params,
        data_dir=settings.data_dir,
        output=Path(output) if output else None,
        cache_dir=settings.cache_dir,
        base_model=settings.llm_model,
        device=settings.resolved_device,
        resume=resume,
        progress=not as_json,
        score=score,
    )
    t, m = manifest["training"], manifest["metrics"]
    rubric = m.get("held_out_rubric")
    scores = (
        f"held-out usable {rubric['usable']:.2f} of {rubric['copies']} copies, template "
        f"{rubric['template']:.2f}"
        if rubric
        else "not scored"
    )
    best = min((h for _, h in t["held_out_loss"]), default=float("nan"))
    loss = f"held-out loss {t.get('held_out_loss_base') or float('nan'):.3f} -> {best:.3f}"
    report_lora_tune(
        "copywriter", manifest, f"{loss}, {scores}", "SHOPASSIST_COPY_ADAPTER", as_json=as_json
    )
