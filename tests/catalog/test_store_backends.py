"""The same store behaviour on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

import pytest

from catalog import tables
from catalog.profiles import ProfileStore
from catalog.schema import Event, Product
from catalog.sessions import SessionStore
from catalog.store import CatalogStore, make_store
from catalog.store_stats import catalog_stats
from tests.conftest import backend_store


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> CatalogStore:
    store = backend_store(request, tmp_path, reversed(tables.metadata.sorted_tables))
    yield store
    store.close()


def test_round_trip_and_idempotent_upserts(any_store: CatalogStore) -> None:
    products = [
        Product(id="a", title="Rose oil", brand="Acme", categories=["Beauty", "Oils"], price=9.5,
                attributes={"size": "30 ml"}),
        Product(id="b", title="Clay mask", categories=["Beauty", "Masks"]),
    ]  # fmt: skip
    events = [
        Event(user_id="u", item_id="b", kind="purchase", timestamp=datetime(2024, 1, 2)),
        Event(user_id="u", item_id="a", kind="view", timestamp=datetime(2024, 1, 1)),
        Event(basket_id="inv1", item_id="a", kind="purchase", value=2),
    ]
    for _ in range(2):
        any_store.upsert_products(products)
        any_store.upsert_events(events)
    assert any_store.count("products") == 2
    assert any_store.count("events") == 3
    assert any_store.count("users") == 1
    assert any_store.get_product("a") == products[0]
    assert [p.id for p in any_store.get_products(["b", "zz", "a"])] == ["b", "a"]
    assert [e.item_id for e in any_store.user_events("u")] == ["a", "b"]
    assert {e.user_id for e in any_store.item_events("a")} == {"u", None}
    assert any_store.item_event_counts(["a", "b", "zz", "a"]) == {"a": 2, "b": 1, "zz": 0}
    assert any_store.item_event_counts(["a", "b"], ["purchase"]) == {"a": 1, "b": 1}
    rows = list(any_store.event_rows())
    assert [r[0] for r in rows] == ["u", "u", None]


def test_changed_product_is_updated(any_store: CatalogStore) -> None:
    any_store.upsert_products([Product(id="a", title="Old", price=1.0)])
    before = any_store.product_hashes()["a"]
    any_store.upsert_products([Product(id="a", title="New", price=2.0)])
    assert any_store.get_product("a").title == "New"
    assert any_store.product_hashes()["a"] != before


def test_a_failed_transaction_leaves_nothing(any_store: CatalogStore) -> None:
    with pytest.raises(RuntimeError), any_store.transaction() as conn:
        any_store.upsert_products([Product(id=f"p{i}") for i in range(10)], conn=conn)
        raise RuntimeError("crash mid-import")
    assert any_store.count("products") == 0


def test_sessions_and_profiles(any_store: CatalogStore) -> None:
    sid = uuid.uuid4().hex
    sessions, profiles = SessionStore(any_store.engine), ProfileStore(any_store.engine)
    sessions.save(sid, "u", {"shown": ["a"]})
    profiles.save("u", {"needs": {"skin": "dry"}})
    assert sessions.load(sid) == ("u", {"shown": ["a"]})
    assert profiles.load("u") == {"needs": {"skin": "dry"}}
    assert profiles.delete("u")
    assert profiles.load("u") is None


def test_stats_keys(any_store: CatalogStore) -> None:
    any_store.upsert_products([Product(id="a", title="x", price=3.0, categories=["A", "B"])])
    stats = catalog_stats(any_store)
    assert {"products", "events", "users", "missing", "price", "top_categories"} <= set(stats)
    assert stats["price"]["median"] == 3.0


def test_unreachable_database_is_a_clear_error_after_bounded_retries() -> None:
    import time

    from catalog.errors import StoreUnavailableError

    pytest.importorskip("psycopg")
    start = time.monotonic()
    with pytest.raises(StoreUnavailableError, match="unavailable after 3 attempts") as caught:
        make_store("postgresql+psycopg://shop:pw@127.0.0.1:9/shop", retries=3, retry_wait_s=0.05)
    assert "SHOPASSIST_DATABASE_URL" in str(caught.value) and "pw" not in str(caught.value)
    assert time.monotonic() - start < 10  # bounded: 0.05 + 0.1 s of waiting, then the error


def test_locked_database_is_a_clear_error_after_a_bounded_wait_and_loses_nothing(
    tmp_path: Path,
) -> None:
    import sqlite3
    import time

    from catalog.errors import StoreUnavailableError

    db = tmp_path / "store.db"
    store = make_store(f"sqlite:///{db}", lock_timeout_s=0.3)
    store.upsert_products([Product(id="a", title="x", price=3.0)])
    other_writer = sqlite3.connect(db, isolation_level=None)  # another process's import
    other_writer.execute("BEGIN IMMEDIATE")
    try:
        start = time.monotonic()
        with pytest.raises(StoreUnavailableError, match="stayed locked by another writer") as e:
            store.upsert_products([Product(id="b", title="y", price=4.0)])
        waited = time.monotonic() - start
        assert "SHOPASSIST_DATABASE_LOCK_TIMEOUT_S" in str(e.value)
        assert 0.25 <= waited < 5, waited  # SQLite's busy handler retried, for a bounded time
        assert store.get_product("a") is not None  # readers are not blocked (WAL)
    finally:
        other_writer.rollback()
        other_writer.close()
    assert store.get_product("b") is None  # the failed write left nothing half done
    store.upsert_products([Product(id="b", title="y", price=4.0)])  # and the rerun lands
    assert store.get_product("b") is not None
    store.close()


def test_postgres_connections_dropped_by_the_server_are_replaced(postgres_url: str) -> None:
    """A server restart kills pooled connections; the next call reconnects instead of failing."""
    from sqlalchemy import create_engine, text

    store = make_store(postgres_url)
    store.upsert_products([Product(id="kept", title="x", price=3.0)])
    assert store.get_product("kept") is not None  # a pooled connection now exists
    admin = create_engine(postgres_url)
    with admin.begin() as conn:
        killed = conn.execute(
            text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        ).scalar()
    admin.dispose()
    assert killed >= 1
    assert store.get_product("kept") is not None
    store.close()
