"""The agent console's suggestions: a real popularity ranker over a real SQLite store."""

from __future__ import annotations

from catalog.schema import Event, Product
from catalog.store import CatalogStore
from ranking.data import Interactions
from ranking.models.popularity import Popularity
from ranking.ranker import Ranker


def test_suggestions_leave_out_records_the_shop_cannot_show(store: CatalogStore) -> None:
    """The two most popular records have no price or no title: they are never suggested, and
    the customer still gets ``k`` suggestions from further down the ranking."""
    store.upsert_products(
        [
            Product(id="no-price", title="Popular but unpriced", categories=["Beauty"]),
            Product(id="no-title", title="", price=9.0, categories=["Beauty"]),
            *[
                Product(id=f"p{i}", title=f"Cream {i}", price=5.0 + i, categories=["Beauty"])
                for i in range(14)
            ],
            Product(id="owned", title="Owned", price=3.0, categories=["Beauty"]),
        ]
    )
    events = [Event(user_id="me", item_id="owned", kind="purchase", position=0)]
    for n, item in enumerate(["no-price", "no-title", *[f"p{i}" for i in range(14)]]):
        # popularity falls with the position in this list: 40 buyers, 38, 36...
        events += [
            Event(user_id=f"u{item}-{j}", item_id=item, kind="purchase", position=0)
            for j in range(40 - 2 * n)
        ]
    store.upsert_events(events)
    from assistant.suggestions import Suggester

    data = Interactions.from_store(store)
    ranker = Ranker({"popularity": Popularity().fit(data)}, {"popularity": 1.0})
    suggested = Suggester(ranker, store).for_user("me", k=12)

    assert [s.item_id for s in suggested] == [f"p{i}" for i in range(12)]
    assert all(s.title and s.price is not None for s in suggested)
