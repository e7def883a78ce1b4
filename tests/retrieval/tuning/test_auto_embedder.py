"""``embedding_model = "auto"`` (the default): the index's model where an index exists, the newest
tuned version for a fresh encoding, else the base; on the real Chroma store and the real packaged
all-MiniLM-L6-v2 (a "tuned" version here is that model saved as a version)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from catalog.store import CatalogStore, make_store
from core.settings import Settings
from retrieval import make_index
from retrieval.embedder import DEFAULT_MODEL
from retrieval.errors import RetrievalError
from retrieval.tuning.artifact import AUTO, publish, resolve_embedder
from retrieval.tuning.trainer import load_base
from tests.retrieval.conftest import CATALOG, embedder, make_products  # noqa: F401 (fixture)


def _publish_tuned(data_dir: Path, version: str = "tuned-1") -> str:
    """The base model published as an unblended tuned version; its folder."""
    model = load_base(DEFAULT_MODEL, "cpu")
    return str(publish(model, {"base_model": DEFAULT_MODEL, "blend": 1.0}, data_dir, version))


def _index(data_dir: Path, model: str = AUTO):
    return make_index(chroma_path=data_dir / "chroma", embedding_model=model, data_dir=data_dir)


def _filled_store(data_dir: Path) -> CatalogStore:
    store = make_store(f"sqlite:///{data_dir / 'shopassist.db'}")
    store.upsert_products(make_products())
    return store


def test_auto_is_the_default_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SHOPASSIST_EMBEDDING_MODEL", raising=False)
    assert Settings(_env_file=None).embedding_model == AUTO


def test_auto_without_a_tuned_version_is_the_base(tmp_path: Path) -> None:
    assert resolve_embedder(AUTO, tmp_path) == DEFAULT_MODEL
    assert resolve_embedder(AUTO, None) == DEFAULT_MODEL
    assert _index(tmp_path).embedder.model_name == DEFAULT_MODEL
    assert resolve_embedder("base", tmp_path) == DEFAULT_MODEL
    with pytest.raises(RetrievalError, match="expected a tuned embedder"):
        resolve_embedder("tuned", tmp_path)  # "tuned" keeps its meaning: none is an error


def test_auto_with_a_tuned_version_and_no_index_is_the_tuned_folder(tmp_path: Path) -> None:
    folder = _publish_tuned(tmp_path)
    assert resolve_embedder(AUTO, tmp_path) == folder
    assert _index(tmp_path).embedder.model_name == folder
    assert resolve_embedder(DEFAULT_MODEL, tmp_path) == DEFAULT_MODEL  # the base stays one away


@pytest.mark.usefixtures("embedder")
def test_auto_keeps_the_base_index_model_for_queries_and_the_guard_refuses_tuned(
    tmp_path: Path,
) -> None:
    store = _filled_store(tmp_path)
    _index(tmp_path, DEFAULT_MODEL).build(store, progress=False)
    folder = _publish_tuned(tmp_path)  # tuned after the index: not rebuilt yet

    index = _index(tmp_path)
    assert index.embedder.model_name == DEFAULT_MODEL  # the index's model, not the newest
    assert index.exists() and index.count() == len(CATALOG)
    query = index.embedder.encode_query("red lipstick")
    assert index.query(query, 3)  # the chat's query encoder matches the stored vectors
    assert len(index.vectors(["s1", "l1"])) == 2  # what `train` reads for the content model
    assert resolve_embedder(AUTO, tmp_path) == folder  # a fresh encoding would take the tuned

    explicit = _index(tmp_path, "tuned")
    with pytest.raises(RetrievalError, match="was built with embedding model"):
        explicit.exists()  # an explicit mismatch is still refused


@pytest.mark.usefixtures("embedder")
def test_index_build_under_auto_switches_search_to_the_newest_tuned_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHOPASSIST_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("SHOPASSIST_DEVICE", "cpu")
    monkeypatch.delenv("SHOPASSIST_EMBEDDING_MODEL", raising=False)
    _filled_store(tmp_path)
    runner = CliRunner()
    from ui.cli.main import app

    first = runner.invoke(app, ["index", "build", "--json"])
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout)["model"] == DEFAULT_MODEL  # nothing tuned: the base

    _publish_tuned(tmp_path)
    blended = runner.invoke(app, ["tune", "blend", "--alpha", "0.5"])
    assert blended.exit_code == 0, blended.output
    said = " ".join(blended.output.split())
    assert "`shopassist index build` to switch search to it" in said
    assert "`shopassist train` after that" in said
    assert f"SHOPASSIST_EMBEDDING_MODEL={DEFAULT_MODEL}" in said
    newest = resolve_embedder("tuned", tmp_path)
    assert _index(tmp_path).embedder.model_name == DEFAULT_MODEL  # search waits for the rebuild

    rebuilt = runner.invoke(app, ["index", "build", "--json"])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert json.loads(rebuilt.stdout)["model"] == newest
    assert _index(tmp_path).embedder.model_name == newest
    found = runner.invoke(app, ["search", "red lipstick", "--json"])
    assert found.exit_code == 0, found.output

    back = runner.invoke(app, ["index", "build", "--embedder", "base", "--json"])
    assert json.loads(back.stdout)["model"] == DEFAULT_MODEL
    assert _index(tmp_path).embedder.model_name == DEFAULT_MODEL
