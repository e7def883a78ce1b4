"""`train` publishes the ranker in the SQL store; a machine without the files loads it there."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from ui.cli.main import app


def test_train_publishes_versions_another_data_dir_recommends_from(
    dataset: Path,
    tmp_path: Path,
) -> None:
    database = f"sqlite:///{tmp_path / 'shared.db'}"
    trainer = CliRunner(
        env={
            "SHOPASSIST_DATA_DIR": str(tmp_path / "trainer"),
            "SHOPASSIST_DATABASE_URL": database,
            "SHOPASSIST_ARTIFACT_STORE": "sql",
        }
    )
    assert trainer.invoke(app, ["data", "import", str(dataset)]).exit_code == 0
    versions = []
    for _ in range(2):
        result = trainer.invoke(app, ["train", "--models", "popularity", "--json"])
        assert result.exit_code == 0, result.output
        versions.append(json.loads(result.stdout)["published"])
    assert versions == [{"artifact": "ranker", "version": v} for v in ("1", "2")]

    worker = {"SHOPASSIST_DATA_DIR": str(tmp_path / "worker"), "SHOPASSIST_DATABASE_URL": database,
              "SHOPASSIST_CACHE_DIR": str(tmp_path / "worker-cache")}  # fmt: skip
    local = CliRunner(env=worker).invoke(app, ["recommend", "u1", "--json"])
    assert local.exit_code != 0  # no models folder on this machine
    shared = CliRunner(env={**worker, "SHOPASSIST_ARTIFACT_STORE": "sql"})
    result = shared.invoke(app, ["recommend", "u1", "--k", "3", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["picks"]
    assert (tmp_path / "worker-cache" / "artifacts" / "ranker" / "2" / "ranker.json").exists()
    assert not (tmp_path / "worker" / "models").exists()
