"""Fixtures the CLI tests share: a tiny dataset in the native format (`dataset`)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.ranking.synthetic import CHAIN, chain_sequences


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    """A tiny shop in the native format: the synthetic chain's products at $9.99 and 80 users'
    purchases along it."""
    folder = tmp_path / "shop"
    folder.mkdir()
    with (folder / "products.csv").open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "title", "price"])
        for item in CHAIN:
            w.writerow([item, f"Product {item}", "9.99"])
    with (folder / "events.csv").open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["user_id", "item_id", "kind", "position"])
        for user, items in chain_sequences(80).items():
            for pos, item in enumerate(items):
                w.writerow([user, item, "purchase", pos])
    return folder
