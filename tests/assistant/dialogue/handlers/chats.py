"""Conversations the handler tests talk to: one over a few products, searched by a fake search
that also guesses a need's category from what it finds."""

from __future__ import annotations

from assistant.adapters import SearchCategoryGuesser, query_parser
from assistant.conversation import Conversation
from assistant.dialogue.context import Components, TurnOptions
from assistant.dialogue.vocabulary import CatalogVocabulary
from catalog.schema import Product
from catalog.store import CatalogStore
from tests.assistant.fakes import FakeSearcher


def chat_over(
    store: CatalogStore,
    products: list[Product],
    *,
    words: frozenset[str] | None = None,
    brands: tuple[str, ...] = (),
) -> Conversation:
    """A conversation over ``products``, put in ``store``: search finds among them and guesses a
    need's category from what it finds; three picks, no question. With ``words``, the reader
    (and its query parser) knows the products' categories, ``words`` and ``brands``."""
    store.upsert_products(products)
    searcher = FakeSearcher(products)
    parts = Components(
        store=store, searcher=searcher, categories=SearchCategoryGuesser(searcher, store)
    )
    if words is not None:
        paths = sorted({" > ".join(p.categories) for p in products})
        parts.vocabulary = CatalogVocabulary(categories=paths, words=words, brands=list(brands))
        parts.parse = query_parser(parts.vocabulary)
    return Conversation(parts, TurnOptions(picks=3, clarify=False))
