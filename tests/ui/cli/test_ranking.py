"""`shopassist eval ranking`, `train` and `recommend` on a tiny dataset in our native format."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from ui.cli.main import app


def test_eval_ranking_json(dataset: Path, tmp_path: Path) -> None:
    runner = CliRunner(env={"SHOPASSIST_DATA_DIR": str(tmp_path / "data")})
    result = runner.invoke(
        app,
        ["eval", "ranking", "--dataset", str(dataset), "--models",
         "popularity,itemcf,transitions", "--valid-users", "40", "--json"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    names = [r["model"] for r in out["rows"]]
    assert "fused" in names and "transitions" in names
    fused = next(r for r in out["rows"] if r["model"] == "fused")
    assert {"recall@10", "ndcg@10", "mrr", "coverage@10"} <= set(fused)
    assert not (tmp_path / "data" / "shopassist.db").exists()  # the user's store is untouched


def test_train_then_recommend(dataset: Path, tmp_path: Path) -> None:
    runner = CliRunner(env={"SHOPASSIST_DATA_DIR": str(tmp_path / "data")})
    assert runner.invoke(app, ["data", "import", str(dataset)]).exit_code == 0
    result = runner.invoke(
        app, ["train", "--models", "popularity,itemcf,transitions", "--valid-users", "40", "--json"]
    )
    assert result.exit_code == 0, result.output
    manifest = json.loads(result.stdout)
    assert manifest["data"]["fingerprint"]
    assert set(manifest["weights"]) == {"popularity", "itemcf", "transitions"}
    assert (tmp_path / "data" / "models" / "manifest.json").exists()
    result = runner.invoke(app, ["recommend", "u1", "--k", "3", "--json"])
    assert result.exit_code == 0, result.output
    picks = json.loads(result.stdout)["picks"]
    assert 1 <= len(picks) <= 3
    assert picks[0]["reasons"]
