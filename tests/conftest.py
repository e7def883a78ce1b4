"""Fixtures shared by every test package: temporary stores and the real datasets."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.store import CatalogStore, make_store

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture
def store(tmp_path: Path) -> CatalogStore:
    """An empty SQLite store in a temporary folder."""
    s = make_store(f"sqlite:///{tmp_path / 'store.db'}")
    yield s
    s.close()


def _shared(relative: str) -> Path:
    path = SHARED_DATA / relative
    if not path.exists():
        pytest.skip(f"real data not found at {path} (expected ../shared/data beside the checkout)")
    return path


@pytest.fixture(scope="session")
def beauty_dir() -> Path:
    """../shared/data/amazon-beauty-2014 (skips when absent)."""
    return _shared("amazon-beauty-2014")


@pytest.fixture(scope="session")
def retail_csv() -> Path:
    """The UCI Online Retail CSV from ../shared/data (skips when absent)."""
    return _shared("uci-online-retail/online_retail_2010-12_to_2011-06_with_invoice.csv.gz")
