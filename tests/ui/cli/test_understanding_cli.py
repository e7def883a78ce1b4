"""`shopassist eval understanding` on the synthetic catalog and a small hand-made set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from catalog.store import make_store
from core.settings import Settings
from tests.retrieval.conftest import embedder, make_products  # noqa: F401 (fixture)
from ui.cli.main import app

SET = """\
file: mini
cases:
  - id: mini-001
    lang: en
    message: "shampoo under $5"
    expect: {intent: search, category: "Beauty > Hair Care > Shampoos", need: [shampoo],
             price_max: 5}
  - id: mini-002
    lang: es
    message: "un pintalabios rojo, nada de Revlon"
    expect: {intent: search, category: "Beauty > Makeup > Lips > Lipstick",
             need: [red lipstick], exclude_brands: [Revlon]}
  - id: mini-003
    lang: en
    message: "hi"
    expect: {intent: greeting}
"""


@pytest.fixture
def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SHOPASSIST_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("SHOPASSIST_DEVICE", "cpu")
    store = make_store(f"sqlite:///{tmp_path / 'shopassist.db'}")
    store.upsert_products(make_products())
    store.close()
    path = tmp_path / "mini.yaml"
    path.write_text(SET, encoding="utf-8")
    return path


def test_scores_the_conversation_on_a_set(setup: Path) -> None:
    """The default scorer is the real conversation (no stand-in of its handlers is left)."""
    runner = CliRunner()
    result = runner.invoke(app, ["eval", "understanding", "--set", str(setup), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["understanding"] == "conversation: rules"
    groups = {g["group"]: g for g in report["groups"]}
    assert groups["all"]["cases"] == 3 and groups["other languages"]["cases"] == 1
    fields = groups["all"]["fields"]
    assert fields["intent"]["labelled"] == 3
    assert fields["price_max"] == {
        "labelled": 1, "accuracy": 1.0, "empty": 2, "false_positive_rate": 0.0,
    }  # fmt: skip
    assert {c["id"] for c in report["cases"]} == {"mini-001", "mini-002", "mini-003"}
    assert report["latency"]["turns"] == 3 and report["latency"]["model_read"] == 0
    table = runner.invoke(app, ["eval", "understanding", "--set", str(setup)])
    assert table.exit_code == 0 and "price_max" in table.output


def test_a_parser_mode_is_checked_and_a_sample_is_spread(setup: Path) -> None:
    runner = CliRunner()
    bad = runner.invoke(app, ["eval", "understanding", "--set", str(setup), "--parser", "gpt"])
    assert bad.exit_code != 0 and "--parser: expected one of auto, rules, model" in str(
        bad.exception
    )
    args = ["eval", "understanding", "--set", str(setup), "--limit", "2", "--json"]
    sample = json.loads(runner.invoke(app, args).stdout)
    assert [c["id"] for c in sample["cases"]] == ["mini-001", "mini-002"]


def test_an_empty_store_says_what_to_import(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SHOPASSIST_DATA_DIR", str(tmp_path))
    result = CliRunner().invoke(app, ["eval", "understanding"])
    assert result.exit_code != 0
    assert "data import" in str(result.exception)


def _build_index() -> None:
    """The search index over the set-up store (the conversation searches it)."""
    from ui.compose import open_index, open_store

    settings = Settings()
    store = open_store(settings)
    open_index(settings).build(store, progress=False)
    store.close()


@pytest.mark.slow
@pytest.mark.usefixtures("embedder")
def test_end_to_end_runs_the_conversation(setup: Path) -> None:
    _build_index()
    result = CliRunner().invoke(
        app, ["eval", "understanding", "--set", str(setup), "--end-to-end", "--json"]
    )
    assert result.exit_code == 0, result.output
    e2e = json.loads(result.stdout)["end_to_end"]
    assert e2e["cases"] == 2 and e2e["asked_instead"] == 0
    assert e2e["category_cases"] == 2 and 0.0 <= e2e["category_share"] <= 1.0
    assert e2e["constrained_cases"] == 2


@pytest.mark.parametrize("replay", ["chat", "rules"])  # the stand-in is gone
def test_a_replay_is_checked(setup: Path, replay: str) -> None:
    args = ["eval", "understanding", "--set", str(setup), "--replay", replay]
    bad = CliRunner().invoke(app, args)
    assert bad.exit_code != 0 and "--replay: expected one of conversation" in str(bad.exception)


@pytest.mark.slow
@pytest.mark.usefixtures("embedder")
def test_the_conversation_replay_scores_what_the_conversation_did(setup: Path) -> None:
    _build_index()
    args = ["eval", "understanding", "--set", str(setup), "--replay", "conversation", "--json"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["understanding"].startswith("conversation")
    assert report["groups"][0]["cases"] == 3 and report["seeding_gaps"] == {}
    assert report["latency"]["turns"] == 3  # the reader's, one reading a case
    table = CliRunner().invoke(app, args[:-1])
    assert "cases not seeded whole: none" in table.output
