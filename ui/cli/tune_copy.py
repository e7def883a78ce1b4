"""`shopassist tune copy`: fine-tune the copywriter on the team-written examples."""

from __future__ import annotations

from typing import Any

import typer

from ui.cli.common import JsonOutput, MaxMinutes, settings_of
from ui.cli.tune import report_lora_tune


def parse_settings(text: str) -> dict[str, Any]:
    """``'epochs=3,learning_rate=0.0015'`` as TrainParams fields, each cast to the field's type.

    Raises:
        ShopAssistError: an unknown field or a value of the wrong type.
    """
    from dataclasses import fields

    from assistant.llm.tuning.trainer import TrainParams
    from core.errors import ShopAssistError

    types = {f.name: f.type for f in fields(TrainParams)}
    out: dict[str, Any] = {}
    for item in filter(None, (p.strip() for p in text.split(","))):
        key, _, value = item.partition("=")
        key = key.strip().replace("-", "_")
        if key not in types or not value:
            raise ShopAssistError(
                f"--train: expected NAME=VALUE with NAME one of {', '.join(types)}, got {item!r}"
            )
        cast = {"int": int, "float": float}.get(str(types[key]), str)
        try:
            out[key] = cast(value.strip())
        except ValueError as e:
            raise ShopAssistError(f"--train: {key} expected {types[key]}, got {value!r}") from e
    return out


def copy_command(
    ctx: typer.Context,
    max_minutes: MaxMinutes = 0.0,
    resume: bool = typer.Option(
        False, "--resume", help="Continue an interrupted run (same examples and options)."
    ),
    train: str = typer.Option(
        "",
        "--train",
        help="Training settings over the defaults, e.g. 'epochs=3,top_layers=8,"
        "learning_rate=0.0015,rank=8,batch_size=8' (any TrainParams field).",
    ),
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
    from dataclasses import replace
    from pathlib import Path

    from assistant.llm.tuning.copy_pipeline import DEFAULT_PARAMS, tune_copy

    settings = settings_of(ctx)
    params = replace(DEFAULT_PARAMS, max_minutes=max_minutes, **parse_settings(train))
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
