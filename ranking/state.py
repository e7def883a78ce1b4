"""What ranking knows about one shopper: the ordered history plus in-session feedback."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from catalog.schema import Event, EventKind

HISTORY_KINDS = frozenset(
    {EventKind.PURCHASE, EventKind.RATING, EventKind.REVIEW, EventKind.VIEW, EventKind.CLICK}
)
"""Event kinds that form a shopper's history (carts are kept apart, returns remove an item)."""


@dataclass(frozen=True)
class UserState:
    """A shopper's ordered history and the signals given in the current conversation.

    This is the one definition of a shopper's history: ranking, suggestions, chat and the
    profiles agents see all build it with `from_events`.

    ``history`` is oldest first. ``liked`` and ``carted`` act as the most recent history for every
    model (so a thumbs-up or an add-to-cart changes the next turn's scores without retraining);
    ``disliked`` items are dropped from picks and pull similar items down. ``purchased`` is the
    part of ``history`` that was bought (and not returned): what "N past purchases" counts.
    """

    history: tuple[str, ...] = ()
    liked: tuple[str, ...] = ()
    disliked: tuple[str, ...] = ()
    carted: tuple[str, ...] = ()
    user_id: str | None = None
    extra: dict[str, float] = field(default_factory=dict, compare=False)
    purchased: tuple[str, ...] = ()

    @classmethod
    def from_events(cls, events: Iterable[Event], user_id: str | None = None) -> UserState:
        """Build the state from a user's catalog events (oldest first), e.g. `store.user_events`.

        Purchases, ratings, reviews, views and clicks form the history (purchases also form
        ``purchased``); cart events are carted items; a RETURN removes the item from the history
        and from the purchases.
        """
        history: list[str] = []
        purchased: list[str] = []
        carted: list[str] = []
        for e in events:
            if e.kind == EventKind.RETURN:
                history = [i for i in history if i != e.item_id]
                purchased = [i for i in purchased if i != e.item_id]
            elif e.kind == EventKind.CART:
                carted.append(e.item_id)
            elif e.kind in HISTORY_KINDS:
                history.append(e.item_id)
                if e.kind == EventKind.PURCHASE:
                    purchased.append(e.item_id)
            user_id = user_id or e.user_id
        return cls(
            history=tuple(history),
            carted=tuple(dict.fromkeys(carted)),
            user_id=user_id,
            purchased=tuple(purchased),
        )

    @classmethod
    def of(cls, history: Sequence[str] = (), **signals: Sequence[str]) -> UserState:
        """A state from plain sequences: ``UserState.of(["a", "b"], liked=["c"])``."""
        return cls(
            history=tuple(history),
            **{k: tuple(dict.fromkeys(v)) for k, v in signals.items()},  # type: ignore[arg-type]
        )

    def like(self, item_id: str) -> UserState:
        """A new state with ``item_id`` liked (and no longer disliked)."""
        return replace(
            self,
            liked=_add(self.liked, item_id),
            disliked=tuple(i for i in self.disliked if i != item_id),
        )

    def dislike(self, item_id: str) -> UserState:
        """A new state with ``item_id`` disliked (and no longer liked or carted)."""
        return replace(
            self,
            disliked=_add(self.disliked, item_id),
            liked=tuple(i for i in self.liked if i != item_id),
            carted=tuple(i for i in self.carted if i != item_id),
        )

    def cart(self, item_id: str) -> UserState:
        """A new state with ``item_id`` added to the cart."""
        return replace(self, carted=_add(self.carted, item_id))

    @property
    def sequence(self) -> tuple[str, ...]:
        """The history the models read: history, then carted, then liked (most recent last).

        Disliked items are left out.
        """
        bad = set(self.disliked)
        seen_tail = list(dict.fromkeys([*self.carted, *self.liked]))
        tail_set = set(seen_tail)
        head = [i for i in self.history if i not in bad and i not in tail_set]
        return tuple(head + [i for i in seen_tail if i not in bad])

    @property
    def seen(self) -> frozenset[str]:
        """Every item the shopper already has or rejected (masked from recommendations)."""
        return frozenset(self.history) | frozenset(self.carted) | frozenset(self.disliked)


def _add(items: tuple[str, ...], item_id: str) -> tuple[str, ...]:
    return (*tuple(i for i in items if i != item_id), item_id)
