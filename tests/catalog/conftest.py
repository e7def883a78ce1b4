"""Helpers for the catalog tests: full table dumps to compare stores."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from catalog import tables
from catalog.store import CatalogStore

DATA_TABLES = ("products", "events", "users")
CLOCK_COLUMNS = {"updated_at", "created_at"}


def dump(store: CatalogStore, *, clocks: bool = True) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the products, events and users tables, sorted; without the clock columns
    when ``clocks`` is False (to compare stores filled at different times)."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with store.engine.connect() as conn:
        for name in DATA_TABLES:
            table = tables.metadata.tables[name]
            columns = [c for c in table.c if clocks or c.name not in CLOCK_COLUMNS]
            rows = conn.execute(select(*columns)).all()
            out[name] = sorted(tuple(repr(v) for v in row) for row in rows)
    return out


@pytest.fixture
def dump_store():
    """The :func:`dump` function, as a fixture."""
    return dump
