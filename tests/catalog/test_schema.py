"""Validation of products and events at the boundary."""

from __future__ import annotations

from datetime import datetime

import pytest
from pydantic import ValidationError

from catalog.schema import MAX_TITLE_LENGTH, Event, EventKind, Product


def test_product_normalises_fields() -> None:
    p = Product(
        id="  a1 ",
        title=" Rose \n oil ",
        brand="  ",
        categories="Beauty > Skin Care >  > Oils",
        price="$1,299.50",
        attributes='{"size": "30 ml"}',
    )
    assert p.id == "a1"
    assert p.title == "Rose oil"
    assert p.brand is None
    assert p.categories == ["Beauty", "Skin Care", "Oils"]
    assert p.category_path == "Beauty > Skin Care > Oils"
    assert p.price == 1299.5
    assert p.attributes == {"size": "30 ml"}


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"id": ""}, "id"),
        ({"id": None}, "id"),
        ({"id": "x" * 129}, "id"),
        ({"id": "a\x00b"}, "id"),
        ({"id": "a", "price": -1}, "price"),
        ({"id": "a", "price": "cheap"}, "price"),
        ({"id": "a", "price": "nan"}, "price"),
        ({"id": "a", "rating": 7}, "rating"),
        ({"id": "a", "title": "t" * (MAX_TITLE_LENGTH + 1)}, "title"),
        ({"id": "a", "attributes": "[1, 2]"}, "attributes"),
        ({"id": "a", "categories": 3}, "categories"),
    ],
)
def test_product_rejects_bad_fields(fields: dict, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        Product(**fields)
    assert field in str(info.value)


def test_content_hash_tracks_every_field() -> None:
    a = Product(id="a", title="x", price=1.0)
    assert a.content_hash() == Product(id="a", title="x", price=1.0).content_hash()
    assert a.content_hash() != Product(id="a", title="x", price=1.5).content_hash()


def test_event_kind_and_owner() -> None:
    e = Event(user_id="u", item_id="i", kind=" Purchase ", position="3")
    assert e.kind is EventKind.PURCHASE and e.position == 3
    anon = Event(basket_id="inv1", item_id="i", kind="purchase", value="2")
    assert anon.user_id is None and anon.value == 2.0
    with pytest.raises(ValidationError, match="kind: expected one of"):
        Event(user_id="u", item_id="i", kind="wishlist")
    with pytest.raises(ValidationError, match="user_id is missing"):
        Event(item_id="i", kind="view")
    with pytest.raises(ValidationError, match="position"):
        Event(user_id="u", item_id="i", kind="view", position=-1)


def test_event_key_is_deterministic_and_discriminating() -> None:
    t = datetime(2024, 1, 1, 12)
    a = Event(user_id="u", item_id="i", kind="view", timestamp=t)
    assert a.key() == Event(user_id="u", item_id="i", kind="view", timestamp=t).key()
    assert a.key() != Event(user_id="u", item_id="i", kind="cart", timestamp=t).key()
    assert a.key() != Event(user_id="u", item_id="i", kind="view", position=0).key()
