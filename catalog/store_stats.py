"""What a catalog store holds, summed up: counts, missing fields, the price distribution, event
kinds, baskets and the top categories and brands (`catalog_stats`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, func, select

from catalog import tables
from catalog.store import CatalogStore


def catalog_stats(store: CatalogStore, top: int = 10) -> dict[str, Any]:
    """The store's counts, missing fields, price distribution, event kinds and top categories
    (`shopassist data stats`)."""
    p = tables.products.c
    e = tables.events.c
    with store.engine.connect() as c:
        missing = c.execute(
            select(
                func.sum((p.title == "").cast(Integer)),
                func.sum(p.brand.is_(None).cast(Integer)),
                func.sum(p.price.is_(None).cast(Integer)),
                func.sum((p.category_path == "").cast(Integer)),
            )
        ).one()
        prices = sorted(row[0] for row in c.execute(select(p.price).where(p.price.is_not(None))))
        kinds = dict(
            c.execute(select(e.kind, func.count()).group_by(e.kind).order_by(e.kind)).all()
        )
        orphan_events = c.execute(
            select(func.count()).select_from(tables.events).where(~e.item_id.in_(select(p.id)))
        ).scalar_one()
        baskets = c.execute(
            select(func.count(func.distinct(e.basket_id))).where(e.basket_id.is_not(None))
        ).scalar_one()
    top_level: dict[str, int] = {}
    for path, n in store.category_paths():
        parts = path.split(" > ")
        key = " > ".join(parts[:2])
        top_level[key] = top_level.get(key, 0) + n
    return {
        "products": store.count("products"),
        "events": store.count("events"),
        "users": store.count("users"),
        "baskets": int(baskets),
        "event_kinds": kinds,
        "events_with_unknown_product": int(orphan_events),
        "missing": {
            "title": int(missing[0] or 0),
            "brand": int(missing[1] or 0),
            "price": int(missing[2] or 0),
            "categories": int(missing[3] or 0),
        },
        "price": _distribution(prices),
        "top_categories": sorted(top_level.items(), key=lambda kv: (-kv[1], kv[0]))[:top],
        "top_brands": store.brands()[:top],
    }


def _distribution(values: list[float]) -> dict[str, float | int | None]:
    if not values:
        return {"count": 0, "min": None, "p25": None, "median": None, "p75": None, "max": None}

    def q(fraction: float) -> float:
        return round(values[min(len(values) - 1, int(fraction * (len(values) - 1) + 0.5))], 2)

    return {
        "count": len(values),
        "min": round(values[0], 2),
        "p25": q(0.25),
        "median": q(0.5),
        "p75": q(0.75),
        "max": round(values[-1], 2),
    }
