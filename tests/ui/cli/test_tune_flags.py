"""`tune parser` and `tune copy` take the same training flags, each with its own defaults, and
build their parameters the same way (`lora_params`)."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from assistant.llm.tuning import copy_pipeline
from assistant.llm.tuning.trainer import TrainParams
from ui.cli.main import app
from ui.cli.tune import LORA_FLAGS, lora_params, parser
from ui.cli.tune_copy import copy_command


def _defaults(command: Any) -> dict[str, Any]:
    return {
        name: p.default
        for name, p in inspect.signature(command).parameters.items()
        if name in LORA_FLAGS
    }


@pytest.mark.parametrize(
    ("command", "defaults"),
    [(parser, TrainParams()), (copy_command, copy_pipeline.DEFAULT_PARAMS)],
    ids=["parser", "copy"],
)
def test_the_flags_defaults_are_the_commands_parameters(command: Any, defaults: Any) -> None:
    """Run without flags, each command trains with its pipeline's own defaults."""
    assert set(_defaults(command)) == set(LORA_FLAGS)
    assert lora_params(defaults, _defaults(command)) == defaults


def test_flags_change_only_what_they_name() -> None:
    base = copy_pipeline.DEFAULT_PARAMS
    flags = {**_defaults(copy_command), "rank": 4, "learning_rate": 0.002, "epochs": 2}
    params = lora_params(base, flags)
    assert (params.rank, params.alpha, params.learning_rate, params.epochs) == (4, 8, 0.002, 2)
    assert (params.warmup_steps, params.eval_every) == (base.warmup_steps, base.eval_every)


def test_tune_copy_passes_its_flags_through(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`shopassist tune copy --epochs 2 --lr 0.002 --rank 4` trains with those values (the
    command once took them as one `--train 'k=v,...'` string, unlike `tune parser`)."""
    seen: list[TrainParams] = []

    def fake_tune_copy(params: TrainParams, **_: Any) -> dict[str, Any]:
        seen.append(params)
        return {
            "version": "copy-x",
            "seconds": 1.0,
            "path": str(tmp_path),
            "training": {
                "steps": 1,
                "seconds_per_step": 1.0,
                "precision": "fp32",
                "held_out_loss": [],
            },
            "metrics": {},
        }

    monkeypatch.setattr(copy_pipeline, "tune_copy", fake_tune_copy)
    monkeypatch.setenv("SHOPASSIST_DATA_DIR", str(tmp_path))
    result = CliRunner().invoke(
        app, ["tune", "copy", "--epochs", "2", "--lr", "0.002", "--rank", "4", "--no-score"]
    )
    assert result.exit_code == 0, result.output
    assert (seen[0].epochs, seen[0].learning_rate, seen[0].rank, seen[0].alpha) == (2, 0.002, 4, 8)
    assert seen[0].top_layers == copy_pipeline.DEFAULT_PARAMS.top_layers
