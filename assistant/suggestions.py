"""Suggestions for a known customer over the whole catalog, with the reasons that lifted them.

Used by `shopassist recommend`, the REST API (/users/{id}/recommendations) and the agent view.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from assistant.dialogue.product_names import item_describer
from catalog.store import CatalogStore
from core.errors import ShopAssistError


@dataclass
class Suggestion:
    """One suggested product: catalog facts, fused score, reasons and per-model signals."""

    item_id: str
    title: str
    brand: str | None
    price: float | None
    score: float
    reasons: list[str] = field(default_factory=list)
    signals: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """A JSON-compatible dict."""
        return asdict(self)


_MARGIN = 10
"""Items ranked beyond ``k`` so that records the shop cannot show still leave ``k``."""


def _unknown(user_id: str) -> ShopAssistError:
    return ShopAssistError(f"user {user_id!r}: expected a known user with events, got none")


class Suggester:
    """Ranks the whole catalog for a customer with the trained `ranking.ranker.Ranker`."""

    def __init__(self, ranker: Any, store: CatalogStore) -> None:
        self.ranker = ranker
        self.store = store
        self._describe = item_describer(store)

    def _state(self, user_id: str) -> Any:
        from ranking.state import UserState

        events = self.store.user_events(user_id)
        if not events:
            raise _unknown(user_id)
        return UserState.from_events(events, user_id)

    def _personal(self, user_id: str) -> tuple[Any, set[str], set[str]]:
        """The state to rank for, and the items and brands the profile rules out: an opted-out
        customer is ranked as an anonymous shopper (their history and profile unused)."""
        from assistant.profiles import load_profile
        from ranking.state import UserState

        profile = load_profile(self.store, user_id)
        if profile.opted_out:
            return UserState(), set(), set()
        if not profile.state.history and not self.store.user_events(user_id):
            raise _unknown(user_id)
        avoided = {b.casefold() for b in profile.avoided_brands}
        return profile.state, set(profile.disliked_items), avoided

    def history(self, user_id: str) -> list[str]:
        """The customer's items, oldest first; ShopAssistError for an unknown customer."""
        return list(self._state(user_id).history)

    def for_user(self, user_id: str, k: int = 10) -> list[Suggestion]:
        """The top ``k`` items for ``user_id`` that they do not own yet and the shop can show
        and sell (`Product.presentable`: a title and a price), leaving out what their profile
        rules out (disliked items, avoided brands); an opted-out customer's suggestions use
        neither their history nor their profile."""
        state, disliked, avoided_brands = self._personal(user_id)
        candidates = [
            c for c in next(iter(self.ranker.models.values())).item_ids if c not in disliked
        ]
        wanted = k + _MARGIN
        while True:
            ranked = self.ranker.rank(state, candidates, wanted, describe=self._describe)
            products = {
                p.id: p
                for p in self.store.get_products([r.item_id for r in ranked])
                if p.presentable and (p.brand or "").casefold() not in avoided_brands
            }
            kept = [r for r in ranked if r.item_id in products]
            if len(kept) >= k or len(ranked) < wanted:
                break
            wanted *= 2  # many records without a title or price near the top: look further
        return [
            Suggestion(
                item_id=r.item_id,
                title=products[r.item_id].title,
                brand=products[r.item_id].brand,
                price=products[r.item_id].price,
                score=round(float(r.score), 4),
                reasons=list(r.reasons),
                signals={n: round(float(v), 3) for n, v in r.signals.items()},
            )
            for r in kept[:k]
        ]
