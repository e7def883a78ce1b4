"""Small fakes with known answers for the dialogue's ports (search, ranking, copy)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from assistant.conversation import Conversation
from assistant.dialogue.context import Components, TurnOptions
from assistant.dialogue.ports import Candidate, WrittenCopy
from assistant.dialogue.vocabulary import CatalogVocabulary
from catalog.schema import Event, Product
from catalog.store import CatalogStore
from ranking.ranker import RankedItem
from ranking.state import UserState
from retrieval.filters import Filters
from retrieval.tokenize import stem

FACE = ["Beauty", "Skin Care", "Face", "Creams & Moisturizers"]
BODY = ["Beauty", "Skin Care", "Body", "Moisturizers"]
CLEANSER = ["Beauty", "Skin Care", "Face", "Cleansers"]
MASK = ["Beauty", "Skin Care", "Face", "Treatments & Masks"]

PRODUCTS = [
    Product(id="f1", title="Olay rich face cream for dry skin", brand="Olay", price=24.0,
            categories=FACE),
    Product(id="f2", title="Nivea face moisturiser dry skin", brand="Nivea", price=12.0,
            categories=FACE),
    Product(id="f3", title="Cerave face cream dry skin", brand="Cerave", price=18.0,
            categories=FACE),
    Product(id="f4", title="Olay face cream budget dry skin", brand="Olay", price=6.0,
            categories=FACE),
    Product(id="f5", title="Simple face moisturiser dry skin", brand="Simple", price=5.0,
            categories=FACE),
    Product(id="f6", title="Luxury face cream dry skin", brand="Lux", price=80.0, categories=FACE),
    Product(id="f7", title="Acme face cream dry skin", brand="Acme", price=3.0, categories=FACE),
    Product(id="f8", title="Basic face moisturiser dry skin", brand="Basic", price=2.5,
            categories=FACE),
    Product(id="b1", title="Body lotion for dry skin", brand="Nivea", price=9.0, categories=BODY),
    Product(id="b2", title="Body butter dry skin", brand="Palmer", price=7.0, categories=BODY),
    Product(id="b3", title="Body cream dry skin", brand="Eucerin", price=14.0, categories=BODY),
    Product(id="b4", title="Body moisturiser dry skin", brand="Aveeno", price=11.0,
            categories=BODY),
    Product(id="c1", title="Gentle face cleanser", brand="Cerave", price=10.0, categories=CLEANSER),
    Product(id="m1", title="Hydrating face mask", brand="Garnier", price=4.0, categories=MASK),
]  # fmt: skip


class FakeSearcher:
    """Keyword overlap with hard filters; similar = same leaf category."""

    def __init__(self, products: Sequence[Product]) -> None:
        self.products = list(products)

    def _ok(self, p: Product, f: Filters) -> bool:
        if f.min_price is not None and (p.price is None or p.price < f.min_price):
            return False
        if f.max_price is not None and (p.price is None or p.price > f.max_price):
            return False
        if f.brands and p.brand not in f.brands:
            return False
        if p.brand in f.exclude_brands:
            return False
        if not f.allows_text(f"{p.title} {p.description}"):
            return False
        return not f.category or " > ".join(p.categories).startswith(f.category)

    def search(self, query: str, filters: Filters, k: int) -> list[Candidate]:
        words = set(re.findall(r"[a-z]+", query.lower()))
        scored = [
            (len(words & set(p.title.lower().split())) + 0.01 * i, p.id)
            for i, p in enumerate(reversed(self.products))
            if self._ok(p, filters)
        ]
        return [Candidate(i, s) for s, i in sorted(scored, reverse=True) if s >= 1][:k]

    def similar(self, item_id: str, filters: Filters, k: int) -> list[Candidate]:
        anchor = next(p for p in self.products if p.id == item_id)
        return [
            Candidate(p.id, 1.0)
            for p in self.products
            if p.categories == anchor.categories and self._ok(p, filters)
        ][:k]


class FakeScorer:
    """Keeps retrieval order, but liked items' brands first; 'c1' and 'm1' go with face creams."""

    def __init__(self, store: CatalogStore) -> None:
        self.store = store
        self.calls: list[UserState] = []
        self.methods: list[str | None] = []

    def rank(
        self, shopper: UserState, item_ids: Sequence[str], k: int, *, method: str | None = None
    ) -> list[RankedItem]:
        self.calls.append(shopper)
        self.methods.append(method)
        liked = {p.brand for p in self.store.get_products(list(shopper.liked))}
        products = {p.id: p for p in self.store.get_products(list(item_ids))}
        order = sorted(item_ids, key=lambda i: products[i].brand not in liked)
        reason = "same brand as one you liked"
        return [
            RankedItem(i, 1.0 / (n + 1), [reason] if products[i].brand in liked else [], {})
            for n, i in enumerate(order[:k])
        ]

    def bought_with(self, item_ids: Sequence[str], k: int) -> list[Candidate]:
        return [Candidate("c1", 0.9), Candidate("m1", 0.8), Candidate("f5", 0.5)][:k]


class FakeCopy:
    def card_copy(
        self, products: Sequence[Product], needs: dict[str, str]
    ) -> Iterator[tuple[int, WrittenCopy]]:
        for index in reversed(range(len(products))):  # any order is allowed: test that
            yield (
                index,
                WrittenCopy(f"{products[index].title} at ${products[index].price:.2f}.", True),
            )


def build_assistant(store: CatalogStore, **parts: Any) -> Conversation:
    """A fake-backed assistant over ``store``, seeded with PRODUCTS and one buyer, u1;
    ``parts`` set further `Components` fields (``parser=``, ``parser_mode=``, ``parse=``) or
    replace the vocabulary."""
    store.upsert_products(PRODUCTS)
    store.upsert_events(
        [Event(user_id="u1", item_id=i, kind="purchase", position=n) for n, i in enumerate(["f2"])]
    )
    vocab = CatalogVocabulary(words=frozenset(w for p in PRODUCTS for w in p.title.lower().split()))
    components = Components(
        store=store,
        searcher=FakeSearcher(PRODUCTS),
        scorer=FakeScorer(store),
        copy=FakeCopy(),
        **{"vocabulary": vocab, **parts},
    )
    return Conversation(components, TurnOptions(picks=3))


def prices_in(text: str) -> set[float]:
    """The dollar amounts a reply names ("$12.99" -> 12.99)."""
    return {float(x) for x in re.findall(r"\$(\d+(?:\.\d+)?)", text)}


class NoCategorySearch:
    """A category guesser whose search guesses nothing: the words and the titles decide."""

    def guess(self, need: str, filters: object) -> None:
        return None


def titled_vocabulary(
    paths: Sequence[str], sizes: Sequence[int], titles: dict[str, dict[str, int]]
) -> CatalogVocabulary:
    """A vocabulary of the category ``paths`` (``sizes``: their product counts) whose titles
    name each word of ``titles`` as often as it says, per path."""
    return CatalogVocabulary(
        categories=paths,
        category_sizes=sizes,
        words=frozenset(),
        title_counts={stem(w): counts for w, counts in titles.items()},
    )
