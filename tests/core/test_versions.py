"""core.versions: versioned folders with a manifest and an atomic LATEST."""

from __future__ import annotations

import json

import pytest

from core.versions import LATEST, MANIFEST, atomic_dir, latest_name, new_version, publish


def test_publish_writes_the_manifest_then_points_latest_at_it(tmp_path) -> None:
    def fill(folder):
        (folder / "w.bin").write_bytes(b"1")
        return {"n": 1}

    assert latest_name(tmp_path) is None
    first = publish(tmp_path, "v-1", fill)
    assert json.loads((first / MANIFEST).read_text()) == {"n": 1, "version": "v-1"}
    assert latest_name(tmp_path) == "v-1" and (first / "w.bin").read_bytes() == b"1"
    publish(tmp_path, "v-2", lambda d: {"n": 2})
    assert latest_name(tmp_path) == "v-2" and first.is_dir()  # older versions stay
    assert sorted(p.name for p in tmp_path.iterdir()) == [LATEST, "v-1", "v-2"]


def test_a_failed_fill_leaves_no_version_and_latest_unchanged(tmp_path) -> None:
    publish(tmp_path, "v-1", lambda d: {})

    def crash(folder):
        (folder / "half.bin").write_bytes(b"x")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        publish(tmp_path, "v-2", crash)
    assert latest_name(tmp_path) == "v-1"
    assert sorted(p.name for p in tmp_path.iterdir()) == [LATEST, "v-1"]


def test_atomic_dir_replaces_the_old_folder_whole(tmp_path) -> None:
    final = tmp_path / "index"
    final.mkdir()
    (final / "old.txt").write_text("old")
    with atomic_dir(final) as staging:
        (staging / "new.txt").write_text("new")
        assert (final / "old.txt").exists()  # readers see the old folder until the rename
    assert [p.name for p in final.iterdir()] == ["new.txt"]


def test_new_versions_sort_in_creation_order() -> None:
    names = [new_version("parser") for _ in range(3)]
    assert names == sorted(names) and len(set(names)) == 3 and names[0].startswith("parser-")
