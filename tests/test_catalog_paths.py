"""The catalog paths the tests name (tests/catalog_paths.py): one constant a path, each a path of
the Beauty catalog, named by the path's shortest tail no other path of the catalog ends with."""

from __future__ import annotations

import gzip
import json
import re

import pytest

from tests import catalog_paths
from tests.paths import SHARED_DATA

BEAUTY_ITEMS = SHARED_DATA / "amazon-beauty-2014" / "items.jsonl.gz"
NAMED = {name: value for name, value in vars(catalog_paths).items() if name.isupper()}


@pytest.fixture(scope="module")
def catalog_paths_known() -> frozenset[str]:
    """Every category path of the Beauty catalog and each path above one (skips without it)."""
    if not BEAUTY_ITEMS.exists():
        pytest.skip(f"Beauty items not found at {BEAUTY_ITEMS} (expected ../shared/data)")
    known: set[str] = set()
    with gzip.open(BEAUTY_ITEMS, "rt", encoding="utf-8") as handle:
        for line in handle:
            steps = json.loads(line).get("categories") or []
            known.update(" > ".join(steps[:depth]) for depth in range(1, len(steps) + 1))
    return frozenset(known)


def _name_of(tail: list[str]) -> str:
    """A constant's name for the steps of a path's tail: upper case, "&" as AND, no apostrophe,
    words joined by "_"."""
    spelt = (step.upper().replace("&", "AND").replace("'", "") for step in tail)
    words = (re.sub(r"[^A-Z0-9]+", "_", step) for step in spelt)
    return "_".join(word.strip("_") for word in words)


def test_each_path_has_one_name() -> None:
    assert NAMED
    assert len(set(NAMED.values())) == len(NAMED)
    assert all(value.startswith("Beauty") for value in NAMED.values())


def test_each_path_is_the_catalog_s(catalog_paths_known: frozenset[str]) -> None:
    assert sorted(value for value in NAMED.values() if value not in catalog_paths_known) == []


def test_each_name_is_the_shortest_tail_of_its_path_no_other_path_ends_with(
    catalog_paths_known: frozenset[str],
) -> None:
    steps_of = [path.split(" > ") for path in catalog_paths_known]
    for name, path in NAMED.items():
        steps = path.split(" > ")
        tail = next(
            steps[-depth:]
            for depth in range(1, len(steps) + 1)
            if sum(other[-depth:] == steps[-depth:] for other in steps_of) == 1
        )
        assert name == _name_of(tail), path
