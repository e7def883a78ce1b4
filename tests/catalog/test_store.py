"""The SQLite store: idempotent upserts, ordered reads, stats."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from catalog.schema import Event, Product
from catalog.store import CatalogStore, make_store
from catalog.store_stats import catalog_stats


def _products() -> list[Product]:
    return [
        Product(id="p1", title="Cream", brand="Olay", categories=["Beauty", "Skin"], price=10.0),
        Product(id="p2", title="Serum", brand="Acme", categories=["Beauty", "Skin"], price=30.0),
        Product(id="p3", title="Nail polish", categories=["Beauty", "Nails"]),
    ]


def _events() -> list[Event]:
    return [
        Event(user_id="u1", item_id="p2", kind="purchase", timestamp=datetime(2024, 3, 1)),
        Event(user_id="u1", item_id="p1", kind="view", timestamp=datetime(2024, 1, 1)),
        Event(user_id="u1", item_id="p3", kind="cart", timestamp=datetime(2024, 2, 1)),
        Event(user_id="u2", item_id="p1", kind="purchase", position=1),
        Event(user_id="u2", item_id="p3", kind="purchase", position=0),
    ]


def test_upserts_are_idempotent(store: CatalogStore, dump_store) -> None:
    store.upsert_products(_products())
    store.upsert_events(_events())
    first = dump_store(store)
    store.upsert_products(_products())
    store.upsert_events(_events())
    assert dump_store(store) == first
    assert (store.count("products"), store.count("events"), store.count("users")) == (3, 5, 2)


def test_user_events_are_in_order(store: CatalogStore) -> None:
    store.upsert_events(_events())
    assert [e.item_id for e in store.user_events("u1")] == ["p1", "p3", "p2"]
    assert [e.item_id for e in store.user_events("u2")] == ["p3", "p1"]
    assert [e.item_id for e in store.user_events("u1", kinds=["purchase"])] == ["p2"]
    assert {e.user_id for e in store.item_events("p1")} == {"u1", "u2"}


def test_get_products_keeps_the_order_asked(store: CatalogStore) -> None:
    store.upsert_products(_products())
    assert [p.id for p in store.get_products(["p3", "nope", "p1", "p2"])] == ["p3", "p1", "p2"]
    assert store.get_product("nope") is None
    assert store.get_product("p2") == _products()[1]


def test_listings_are_every_products_brand_title_levels_and_price_by_id(
    store: CatalogStore,
) -> None:
    """What `iter_products` gives of each product, in its order."""
    store.upsert_products(list(reversed(_products())))
    assert store.listings() == [
        (p.brand, p.title, p.categories, p.price) for p in store.iter_products()
    ]
    assert store.listings()[2] == (None, "Nail polish", ["Beauty", "Nails"], None)


def test_stats_keys_and_values(store: CatalogStore) -> None:
    store.upsert_products(_products())
    store.upsert_events(_events())
    stats = catalog_stats(store)
    assert {"products", "events", "users", "missing", "price", "top_categories"} <= set(stats)
    assert (stats["products"], stats["events"], stats["users"]) == (3, 5, 2)
    assert stats["missing"]["brand"] == 1 and stats["missing"]["price"] == 1
    assert stats["price"]["min"] == 10.0 and stats["price"]["max"] == 30.0
    assert stats["top_categories"][0] == ("Beauty > Skin", 2)
    assert stats["event_kinds"] == {"cart": 1, "purchase": 3, "view": 1}


def test_brands_and_category_paths_are_counted_most_common_first(store: CatalogStore) -> None:
    """Ties by name; a product without a brand or a category path counts for neither."""
    store.upsert_products([
        *_products(),
        Product(id="p4", title="Toner", brand="Acme", categories=["Beauty", "Skin"]),
        Product(id="p5", title="Gift card", brand="Zeta", categories=[]),
    ])  # fmt: skip
    assert store.brands() == [("Acme", 2), ("Olay", 1), ("Zeta", 1)]
    assert store.category_paths() == [("Beauty > Skin", 3), ("Beauty > Nails", 1)]


def test_find_users_and_most_active(store: CatalogStore) -> None:
    from catalog.schema import Event

    events = [
        Event(user_id=user, item_id=f"i{n}", kind="purchase", timestamp=1_600_000_000 + n)
        for user, count in [("ann_1", 3), ("ann%2", 1), ("bob", 2)]
        for n in range(count)
    ]
    store.upsert_events(events)
    assert store.find_users("ann") == ["ann%2", "ann_1"]
    assert store.find_users("ann_") == ["ann_1"]  # '_' and '%' are literal, not wildcards
    assert store.find_users("ann%") == ["ann%2"]
    assert store.find_users("zz") == []
    assert store.most_active_users(2) == [("ann_1", 3), ("bob", 2)]
    assert store.most_active_users(10, min_events=2) == [("ann_1", 3), ("bob", 2)]


def test_a_new_sqlite_store_is_private_to_its_owner(tmp_path: Path) -> None:
    """Issue 15: the data dir was 0755 and the database 0644."""
    import stat

    folder = tmp_path / "data"
    store = make_store(f"sqlite:///{folder / 'shop.db'}")
    store.close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "shop.db").stat().st_mode) == 0o600
    (folder / "shop.db").chmod(0o644)  # a store from an older version is tightened on open
    make_store(f"sqlite:///{folder / 'shop.db'}").close()
    assert stat.S_IMODE((folder / "shop.db").stat().st_mode) == 0o600
