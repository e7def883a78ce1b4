"""What a customer-service agent sees: a customer's timeline, profile, suggestions, a reply draft.

Every fact in the overview and the draft comes from the store (events, catalog records, the
stored profile) or from the ranker's reasons; nothing is generated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from assistant.profiles import Profile, load_profile
from assistant.suggestions import Suggester, Suggestion
from catalog.store import CatalogStore
from core.errors import ShopAssistError


@dataclass
class TimelineEntry:
    """One thing the customer did, with the product's facts."""

    when: str
    kind: str
    item_id: str
    title: str
    brand: str | None
    price: float | None


@dataclass
class CustomerOverview:
    """Everything the agent view shows about one customer."""

    user_id: str
    profile: Profile
    timeline: list[TimelineEntry]
    suggestions: list[Suggestion] = field(default_factory=list)
    note: str | None = None

    def reply_draft(self) -> str:
        """A reply the agent can copy: the customer's recent buys and 3 suggestions with prices."""
        lines = ["Hello,", ""]
        bought = [e for e in self.timeline if e.kind == "purchase"][:2]
        if bought:
            names = " and ".join(f"the {e.title.rstrip('. ')}" for e in bought)  # "18 pk.."
            lines.append(f"Thank you for shopping with us. I can see you recently bought {names}.")
        else:
            lines.append("Thank you for getting in touch.")
        if self.suggestions:
            lines += ["", "Based on your purchases, you might also like:"]
            for s in self.suggestions[:3]:
                price = f", ${s.price:.2f}" if s.price is not None else ""
                brand = f" by {s.brand}" if s.brand else ""
                why = f" ({s.reasons[0]})" if s.reasons else ""
                lines.append(f"- {s.title}{brand}{price}{why}")
        lines += ["", "Let me know if I can help with anything else.", ""]
        return "\n".join(lines)


def _when(timestamp: Any, position: Any) -> str:
    if timestamp is not None:
        return datetime.fromtimestamp(float(timestamp), tz=UTC).strftime("%Y-%m-%d")
    return f"#{position}" if position is not None else ""


def customer_overview(
    store: CatalogStore,
    user_id: str,
    suggester: Suggester | None = None,
    *,
    timeline: int = 50,
    suggestions: int = 5,
) -> CustomerOverview:
    """The agent's view of ``user_id`` (newest events first).

    Raises:
        ShopAssistError: no such customer.
    """
    if store.get_user(user_id) is None:
        raise ShopAssistError(f"user_id: no customer {user_id!r}; search by the start of the id")
    events = store.user_events(user_id)[::-1][:timeline]
    products = {p.id: p for p in store.get_products(list({e.item_id for e in events}))}
    entries = []
    for e in events:
        product = products.get(e.item_id)
        entries.append(
            TimelineEntry(
                when=_when(e.timestamp, e.position),
                kind=str(e.kind),
                item_id=e.item_id,
                title=product.title if product else e.item_id,
                brand=product.brand if product else None,
                price=product.price if product else None,
            )
        )
    overview = CustomerOverview(user_id, load_profile(store, user_id), entries)
    if suggester is None:
        overview.note = "no trained models: run `shopassist train` for suggestions"
    elif overview.profile.opted_out:
        overview.note = "this customer opted out of personalised suggestions"
    elif events:
        try:
            overview.suggestions = suggester.for_user(user_id, suggestions)
        except ShopAssistError as e:
            overview.note = str(e)
    return overview
