"""UserState: history from events and in-session feedback."""

from __future__ import annotations

from catalog.schema import Event, EventKind
from ranking.state import UserState


def test_from_events_orders_history_and_carts() -> None:
    events = [
        Event(user_id="u", item_id="a", kind=EventKind.PURCHASE, position=0),
        Event(user_id="u", item_id="b", kind=EventKind.PURCHASE, position=1),
        Event(user_id="u", item_id="c", kind=EventKind.CART, position=2),
        Event(user_id="u", item_id="a", kind=EventKind.RETURN, position=3),
    ]
    state = UserState.from_events(events)
    assert state.history == ("b",)
    assert state.carted == ("c",)
    assert state.user_id == "u"
    assert state.sequence == ("b", "c")


def test_feedback_is_immutable_and_ordered() -> None:
    state = UserState.of(["a", "b"])
    liked = state.like("c")
    assert state.liked == ()
    assert liked.sequence[-1] == "c"
    disliked = liked.dislike("c").dislike("b")
    assert "c" not in disliked.sequence and "b" not in disliked.sequence
    assert disliked.seen >= {"a", "b", "c"}


def test_from_events_is_the_one_history() -> None:
    """Views and clicks are history, ratings too; only purchases are purchased; a return takes
    the item off both."""
    kinds = [EventKind.PURCHASE, EventKind.VIEW, EventKind.RATING, EventKind.CART,
             EventKind.PURCHASE, EventKind.CLICK, EventKind.RETURN]  # fmt: skip
    items = ["a", "b", "c", "d", "e", "f", "e"]
    events = [
        Event(user_id="u", item_id=i, kind=k, position=n)
        for n, (i, k) in enumerate(zip(items, kinds, strict=True))
    ]
    state = UserState.from_events(events)
    assert state.history == ("a", "b", "c", "f")
    assert state.purchased == ("a",)
    assert state.carted == ("d",)
    assert state.like("x").purchased == ("a",)  # feedback keeps the history facts
