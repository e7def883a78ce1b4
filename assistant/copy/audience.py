"""Who copy is written for: one customer's facts from their history, or a named segment.

`CustomerFacts` holds only what the purchase history shows (top categories, brands, price band).
Segments are named, documented filters over customers. The Amazon Beauty data orders each
customer's purchases (position) but has no dates, so "lapsed" is defined by position: the
customer's last `LAPSED_RECENT` purchases (in the store's order: timestamp, then position) contain
none of the segment's category.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from assistant.copy.errors import CopyError
from assistant.profiles import price_band
from catalog.schema import EventKind, Product
from catalog.store import CatalogStore

LAPSED_RECENT = 3


@dataclass(frozen=True)
class CustomerFacts:
    """What copy may say about its audience, all derived from purchase history.

    Attributes:
        label: how the audience is described in a prompt ("customers who buy nail polish").
        categories: the most bought category names, most frequent first.
        brands: the most bought brands, most frequent first.
        price_low: lower edge of the usual price band (`assistant.profiles.price_band`), or None.
        price_high: upper edge of the usual price band, or None.
        purchases: how many purchases the facts come from.
        user_id: the customer, when the facts are about one customer.
        segment: the segment name, when the facts are about a segment.
        members: customers in the segment (0 for one customer).
    """

    label: str
    categories: tuple[str, ...] = ()
    brands: tuple[str, ...] = ()
    price_low: float | None = None
    price_high: float | None = None
    purchases: int = 0
    user_id: str | None = None
    segment: str | None = None
    members: int = 0

    def numbers(self) -> set[float]:
        """Numbers a copy may quote from these facts (price band edges, counts)."""
        found = {float(self.purchases)} if self.purchases else set()
        for value in (self.price_low, self.price_high):
            if value is not None:
                found.update({round(value, 2), float(round(value))})
        return found


def _category_name(product: Product) -> str | None:
    # The leaf is the most specific, human-sounding name ("Nail Polish", "Eau de Toilette").
    return product.categories[-1] if product.categories else None


def _describe(categories: Sequence[str], low: float | None, high: float | None) -> str:
    label = "customers who buy " + (" and ".join(c.lower() for c in categories[:2]) or "beauty")
    if low is not None and high is not None and high > 0:
        label += f" in the ${low:.0f} to ${high:.0f} range"
    return label


def facts_from_products(
    products: Sequence[Product],
    *,
    label: str | None = None,
    user_id: str | None = None,
    segment: str | None = None,
    members: int = 0,
    top: int = 3,
) -> CustomerFacts:
    """Facts from the products a customer (or segment) bought, one entry per purchase."""
    categories = Counter(c for p in products if (c := _category_name(p)))
    brands = Counter(p.brand for p in products if p.brand)
    low, high = price_band(p.price for p in products) or (None, None)
    top_categories = tuple(c for c, _ in categories.most_common(top))
    return CustomerFacts(
        label=label or _describe(top_categories, low, high),
        categories=top_categories,
        brands=tuple(b for b, _ in brands.most_common(top)),
        price_low=low,
        price_high=high,
        purchases=len(products),
        user_id=user_id,
        segment=segment,
        members=members,
    )


def customer_facts(store: CatalogStore, user_id: str) -> CustomerFacts:
    """One customer's facts from their purchase events.

    Raises:
        CopyError: the customer has no purchases in the store.
    """
    events = store.user_events(user_id, kinds=[EventKind.PURCHASE])
    if not events:
        raise CopyError(
            f"user {user_id!r}: expected a customer with purchase events, got none. "
            "Check the id (shopassist data stats) or write for a --segment instead"
        )
    by_id = {p.id: p for p in store.get_products(sorted({e.item_id for e in events}))}
    bought = [by_id[e.item_id] for e in events if e.item_id in by_id]
    return facts_from_products(bought, user_id=user_id)


# -- segments ---------------------------------------------------------------------------------

History = Sequence[Product]
"""One customer's purchased products, oldest first."""


@dataclass(frozen=True)
class Segment:
    """A named filter over customers.

    Attributes:
        name: the slug used on the command line ("lapsed-nail-care-buyers").
        label: how copy addresses the segment.
        description: the exact rule, for documentation and `shopassist copy --help`.
        rule: ``history -> bool`` over a customer's purchased products, oldest first.
        focus: the category words the segment is about (they shape the segment's facts).
    """

    name: str
    label: str
    description: str
    rule: Callable[[History], bool] = field(repr=False)
    focus: tuple[str, ...] = ()


def _in(product: Product, words: Iterable[str]) -> bool:
    path = " ".join(product.categories).lower()
    return any(w in path for w in words)


def _lapsed(words: tuple[str, ...]) -> Callable[[History], bool]:
    def rule(history: History) -> bool:
        if len(history) <= LAPSED_RECENT:
            return False
        earlier, recent = history[:-LAPSED_RECENT], history[-LAPSED_RECENT:]
        return any(_in(p, words) for p in earlier) and not any(_in(p, words) for p in recent)

    return rule


def _share(words: tuple[str, ...], at_least: float, minimum: int = 2) -> Callable[[History], bool]:
    def rule(history: History) -> bool:
        hits = sum(_in(p, words) for p in history)
        return hits >= minimum and hits / max(len(history), 1) >= at_least

    return rule


def _median_price(test: Callable[[float], bool]) -> Callable[[History], bool]:
    def rule(history: History) -> bool:
        prices = [p.price for p in history if p.price]
        return len(prices) >= 3 and test(statistics.median(prices))

    return rule


def segments() -> dict[str, Segment]:
    """Every named segment, by name (a fresh dict each call)."""
    nail, fragrance, skin, hair = ("nail",), ("fragrance",), ("skin care",), ("hair care",)
    found = [
        Segment(
            "lapsed-nail-care-buyers",
            "nail-care fans we have not seen lately",
            f"bought in a Nail category before, but none of their last {LAPSED_RECENT} purchases "
            "is nail care (by position: the Beauty data has order, not dates)",
            _lapsed(nail),
            nail,
        ),
        Segment(
            "lapsed-fragrance-buyers",
            "fragrance lovers we have not seen lately",
            f"bought fragrance before, none in their last {LAPSED_RECENT} purchases",
            _lapsed(fragrance),
            fragrance,
        ),
        Segment(
            "fragrance-lovers",
            "fragrance lovers",
            "at least 2 purchases and at least 30% of purchases in Fragrance",
            _share(fragrance, 0.3),
            fragrance,
        ),
        Segment(
            "skin-care-regulars",
            "skin-care regulars",
            "at least 2 purchases and at least 50% of purchases in Skin Care",
            _share(skin, 0.5),
            skin,
        ),
        Segment(
            "hair-care-regulars",
            "hair-care regulars",
            "at least 2 purchases and at least 50% of purchases in Hair Care",
            _share(hair, 0.5),
            hair,
        ),
        Segment(
            "premium-buyers",
            "customers who treat themselves",
            "median purchase price of $40 or more (at least 3 priced purchases)",
            _median_price(lambda m: m >= 40),
        ),
        Segment(
            "bargain-hunters",
            "customers who love a good find",
            "median purchase price of $10 or less (at least 3 priced purchases)",
            _median_price(lambda m: m <= 10),
        ),
    ]
    return {s.name: s for s in found}


def segment_named(name: str) -> Segment:
    """The segment called ``name`` (spaces or dashes, any case: "lapsed nail-care buyers").

    Raises:
        CopyError: no segment has that name; the message lists them.
    """
    slug = "-".join(name.strip().lower().replace("_", " ").replace("-", " ").split())
    known = segments()
    if slug not in known:
        raise CopyError(
            f"segment: expected one of {', '.join(known)}, got {name!r}. "
            "See docs/LLM.md for each rule"
        )
    return known[slug]


def _histories(store: CatalogStore) -> dict[str, list[str]]:
    histories: dict[str, list[str]] = defaultdict(list)
    for user_id, item_id, *_ in store.event_rows(kinds=[EventKind.PURCHASE]):
        if user_id is not None:
            histories[user_id].append(item_id)
    return histories


def segment_members(
    store: CatalogStore, segment: Segment, *, products: dict[str, Product] | None = None
) -> list[str]:
    """The ids of the customers the segment's rule accepts, in id order.

    Args:
        store: the catalog store.
        segment: the segment.
        products: id -> product, when the caller already has the catalog in memory.
    """
    catalog = products if products is not None else {p.id: p for p in store.iter_products()}
    members = []
    for user_id, item_ids in sorted(_histories(store).items()):
        history = [catalog[i] for i in item_ids if i in catalog]
        if segment.rule(history):
            members.append(user_id)
    return members


def segment_facts(store: CatalogStore, name: str) -> CustomerFacts:
    """The facts of a segment: its label, and the categories, brands and price band of what its
    members bought (restricted to the segment's focus categories when it has one).

    Raises:
        CopyError: unknown segment, or no customer in the store matches it.
    """
    segment = segment_named(name)
    catalog = {p.id: p for p in store.iter_products()}
    histories = _histories(store)
    members, bought = 0, []
    for _user_id, item_ids in histories.items():
        history = [catalog[i] for i in item_ids if i in catalog]
        if segment.rule(history):
            members += 1
            bought.extend(p for p in history if not segment.focus or _in(p, segment.focus))
    if not members:
        raise CopyError(
            f"segment {segment.name!r} ({segment.description}): expected at least one matching "
            "customer, got none. Import purchase events first (shopassist data import)"
        )
    return facts_from_products(bought, label=segment.label, segment=segment.name, members=members)


def audience_of(
    store: CatalogStore, *, user_id: str | None = None, segment: str | None = None
) -> CustomerFacts | None:
    """Who the copy is for: one customer (``user_id`` wins when both are given), a named
    segment, or nobody in particular (None).

    Raises:
        CopyError: an unknown customer or segment, or one without purchases to describe.
    """
    if user_id:
        return customer_facts(store, user_id)
    if segment:
        return segment_facts(store, segment)
    return None


__all__ = [
    "LAPSED_RECENT",
    "CustomerFacts",
    "Segment",
    "audience_of",
    "customer_facts",
    "facts_from_products",
    "segment_facts",
    "segment_members",
    "segment_named",
    "segments",
]
