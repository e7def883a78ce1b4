"""`tune parser` and `tune copy` report a LoRA tune the same way: the manifest with --json, else
one line with the version, steps, scores, folder and the setting that uses it."""

from __future__ import annotations

import json

import pytest

from ui.cli.common import console
from ui.cli.tune import report_lora_tune

MANIFEST = {
    "version": "copy-20261202T162908Z",
    "seconds": 3120.4,
    "path": "/data/copywriters/copy-20261202T162908Z",
    "training": {"steps": 84, "seconds_per_step": 37.1, "precision": "fp32"},
    "metrics": {},
}


def test_summary_names_version_steps_scores_and_setting() -> None:
    with console.capture() as out:
        report_lora_tune(
            "copywriter", MANIFEST, "usable 0.54", "SHOPASSIST_COPY_ADAPTER", as_json=False
        )
    text = " ".join(out.get().split())
    assert "tuned copywriter copy-20261202T162908Z in 3120s (84 steps, 37.1s/step, fp32)" in text
    assert "usable 0.54; /data/copywriters/copy-20261202T162908Z" in text
    assert text.endswith("use it: SHOPASSIST_COPY_ADAPTER=latest")


def test_json_prints_the_manifest(capsys: pytest.CaptureFixture[str]) -> None:
    report_lora_tune("parser", MANIFEST, "not scored", "SHOPASSIST_PARSER_ADAPTER", as_json=True)
    assert json.loads(capsys.readouterr().out) == MANIFEST
