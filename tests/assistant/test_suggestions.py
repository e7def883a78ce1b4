"""The agent console's suggestions: a real popularity ranker over a real SQLite store."""

from __future__ import annotations

import pytest

from assistant.profiles import load_profile, save_dialogue_profile
from assistant.suggestions import Suggester
from catalog.schema import Event, Product
from catalog.store import CatalogStore
from core.errors import ShopAssistError
from ranking.data import Interactions
from ranking.models.popularity import Popularity
from ranking.ranker import Ranker

POPULAR = ["no-price", "no-title", *[f"p{i}" for i in range(14)]]
"""Most bought first: 40 buyers, 38, 36..."""


@pytest.fixture
def suggester(store: CatalogStore) -> Suggester:
    """The two most popular records have no price or no title; "me" owns "p0"."""
    store.upsert_products(
        [
            Product(id="no-price", title="Popular but unpriced", categories=["Beauty"]),
            Product(id="no-title", title="", price=9.0, categories=["Beauty"]),
            *[
                Product(id=f"p{i}", title=f"Cream {i}", brand=f"Brand{i}", price=5.0 + i)
                for i in range(14)
            ],
        ]
    )
    events = [Event(user_id="me", item_id="p0", kind="purchase", position=0)]
    for n, item in enumerate(POPULAR):
        events += [
            Event(user_id=f"u{item}-{j}", item_id=item, kind="purchase", position=0)
            for j in range(40 - 2 * n)
        ]
    store.upsert_events(events)
    ranker = Ranker(
        {"popularity": Popularity().fit(Interactions.from_store(store))}, {"popularity": 1.0}
    )
    return Suggester(ranker, store)


def test_suggestions_leave_out_records_the_shop_cannot_show(suggester: Suggester) -> None:
    """Untitled and unpriced records are never suggested, and the customer still gets ``k``
    suggestions from further down the ranking (not the item they own)."""
    suggested = suggester.for_user("me", k=12)
    assert [s.item_id for s in suggested] == [f"p{i}" for i in range(1, 13)]
    assert all(s.title and s.price is not None for s in suggested)


def test_suggestions_leave_out_what_the_profile_rules_out(
    suggester: Suggester, store: CatalogStore
) -> None:
    """A brand ruled out in chat ("not Brand2, I hate their smell") and a thumbs-down item are
    not suggested to the agent either."""
    profile = load_profile(store, "me")
    profile.avoided_brands = ["brand2"]
    profile.disliked_items = ["p3"]
    save_dialogue_profile(store, profile)
    assert [s.item_id for s in suggester.for_user("me", k=4)] == ["p1", "p4", "p5", "p6"]


def test_an_opted_out_customer_gets_suggestions_without_their_history(
    suggester: Suggester, store: CatalogStore
) -> None:
    """Opted out of personalisation: neither history (the item they own may come back) nor
    profile shapes the suggestions; they are those of an anonymous shopper."""
    profile = load_profile(store, "me")
    profile.avoided_brands = ["brand1"]
    save_dialogue_profile(store, profile)
    store.set_personalisation_opt_out("me", True)
    assert [s.item_id for s in suggester.for_user("me", k=3)] == ["p0", "p1", "p2"]


def test_an_unknown_customer_is_an_error(suggester: Suggester) -> None:
    with pytest.raises(ShopAssistError, match="expected a known user with events"):
        suggester.for_user("nobody", k=3)
