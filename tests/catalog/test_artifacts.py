"""Published artifacts: versions in the SQL store (SQLite and PostgreSQL) and local folders."""

from __future__ import annotations

import io
import os
import tarfile
from pathlib import Path

import pytest
from sqlalchemy import update

from catalog import tables
from catalog.artifacts import LocalArtifacts, SqlArtifacts, unpack
from catalog.errors import CatalogError
from catalog.store import CatalogStore
from tests.conftest import backend_store


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> CatalogStore:
    store = backend_store(request, tmp_path, [tables.artifact_chunks, tables.artifacts])
    yield store
    store.close()


def _folder(path: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        (path / name).parent.mkdir(parents=True, exist_ok=True)
        (path / name).write_bytes(data)
    return path


def _read(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_versions_round_trip_in_chunks_and_old_ones_are_pruned(
    any_store: CatalogStore, tmp_path: Path
) -> None:
    artifacts = SqlArtifacts(any_store.engine, tmp_path / "cache", keep=2, chunk_bytes=1000)
    assert artifacts.latest("ranker") is None
    v1_files = {"ranker.json": b'{"v": 1}', "model.pkl": os.urandom(5000)}
    source = _folder(tmp_path / "v1", {**v1_files, "parser/adapter.bin": b"not the ranker's"})
    v1 = artifacts.publish("ranker", source)
    assert v1.version == "1" and v1.size > 5000 and len(v1.sha256) == 64
    got = artifacts.latest("ranker")
    assert got is not None and (got.version, got.sha256, got.size) == ("1", v1.sha256, v1.size)
    folder = artifacts.fetch(got)
    assert _read(folder) == v1_files  # the folder's own files, not its subfolders
    assert artifacts.fetch(got) == folder  # the second fetch reuses the cache

    v2_files = {"ranker.json": b'{"v": 2}'}
    artifacts.publish("ranker", _folder(tmp_path / "v2", v2_files))
    artifacts.publish("other", _folder(tmp_path / "o", {"x": b"x"}))  # names count apart
    v3 = artifacts.publish("ranker", _folder(tmp_path / "v3", {"ranker.json": b'{"v": 3}'}))
    latest = artifacts.latest("ranker")
    assert latest is not None and latest.version == v3.version == "3"
    assert _read(artifacts.fetch(latest)) == {"ranker.json": b'{"v": 3}'}
    assert not folder.exists()  # version 1 left this machine's cache (keep=2)
    with pytest.raises(CatalogError, match="pruned"):
        SqlArtifacts(any_store.engine, tmp_path / "other-cache").fetch(got)  # gone from the db
    assert artifacts.latest("other").version == "1"


def test_a_corrupted_version_is_refused(any_store: CatalogStore, tmp_path: Path) -> None:
    artifacts = SqlArtifacts(any_store.engine, tmp_path / "cache")
    published = artifacts.publish("bm25-products", _folder(tmp_path / "f", {"table.json": b"{}"}))
    with any_store.engine.begin() as conn:
        conn.execute(update(tables.artifact_chunks).values(data=b"not the archive"))
    with pytest.raises(CatalogError, match="expected sha256"):
        artifacts.fetch(published)
    assert not (tmp_path / "cache" / "bm25-products" / "1").exists()


def test_publishing_an_empty_folder_is_refused(store: CatalogStore, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(CatalogError, match="expected a folder with files"):
        SqlArtifacts(store.engine, tmp_path / "cache").publish("ranker", tmp_path / "empty")


def test_an_archive_never_writes_outside_its_folder(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        info = tarfile.TarInfo("../escaped.txt")
        info.size = 2
        tar.addfile(info, io.BytesIO(b"hi"))
    (tmp_path / "into").mkdir()
    with pytest.raises(CatalogError, match="archive"):
        unpack(buffer.getvalue(), tmp_path / "into")
    assert not (tmp_path / "escaped.txt").exists()


def test_a_local_folder_replaced_in_place_is_a_new_version(tmp_path: Path) -> None:
    models = tmp_path / "models"
    artifacts = LocalArtifacts({"ranker": models})
    assert artifacts.latest("ranker") is None
    _folder(models, {"ranker.json": b"1"})
    first = artifacts.latest("ranker")
    assert first is not None and artifacts.latest("ranker") == first  # stable while unchanged
    _folder(tmp_path / "models.partial", {"ranker.json": b"2"})
    os.rename(models, tmp_path / "models.old")
    os.rename(tmp_path / "models.partial", models)  # how training swaps its folder in
    second = artifacts.latest("ranker")
    assert second is not None and second.version != first.version
    assert artifacts.fetch(second) == models
    assert artifacts.publish("ranker", models) == second
    with pytest.raises(CatalogError, match="published where they are written"):
        artifacts.publish("ranker", tmp_path / "models.old")
    with pytest.raises(CatalogError, match="expected one of"):
        artifacts.latest("nope")
