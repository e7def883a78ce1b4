"""The search handler (`assistant/dialogue/handlers/search.py`): a detail narrows the current need,
and a search error becomes a reply."""

from __future__ import annotations

from assistant.conversation import Conversation
from assistant.dialogue.context import Components, TurnOptions
from catalog.schema import Product
from catalog.store import CatalogStore
from retrieval.filters import Filters
from tests.assistant.fakes import FakeSearcher

SHAMPOOS = ["Beauty", "Hair Care", "Shampoos"]
MASKS = ["Beauty", "Hair Care", "Treatments", "Masks"]
NAILS = ["Beauty", "Makeup", "Nails"]


def test_detail_narrows_the_current_need(assistant: Conversation) -> None:
    sid = assistant.new_session()
    assistant.respond(sid, "u1", "face cream dry skin")
    turn = assistant.respond(sid, "u1", "something with budget")
    assert turn.intent == "refine"
    assert turn.picks[0].id == "f4"  # the only face cream whose title says 'budget'


def test_search_errors_become_a_reply(assistant: Conversation) -> None:
    from core.errors import ShopAssistError

    def failing(*_args: object) -> list:
        raise ShopAssistError("query has only common words")

    assistant.c.searcher.search = failing
    turn = assistant.respond(assistant.new_session(), "u1", "the best face cream")
    assert turn.picks == [] and "only common words" in turn.reply


def _conversation(store: CatalogStore, products: list[Product]) -> Conversation:
    store.upsert_products(products)
    parts = Components(store=store, searcher=FakeSearcher(products))
    return Conversation(parts, TurnOptions(picks=3, clarify=False))


def _product(i: int, title: str, path: list[str]) -> Product:
    return Product(id=f"p{i}", title=title, brand="Acme", price=10.0 + i, categories=path)


def test_a_search_without_a_category_keeps_to_the_branch_its_candidates_agree_on(
    store: CatalogStore,
) -> None:
    products = [_product(i, "Shampoo for dry hair", SHAMPOOS) for i in range(6)]
    products.insert(2, _product(9, "Hair mask for dry hair shampoo days", MASKS))
    chat = _conversation(store, products)
    first_three = [c.item_id for c in chat.c.searcher.search("dry hair shampoo", Filters(), 3)]
    assert "p9" in first_three  # search alone would show the mask among the picks
    turn = chat.respond(chat.new_session(), None, "dry hair shampoo")
    assert len(turn.picks) == 3 and "p9" not in [p.id for p in turn.picks]


def test_no_focus_when_the_candidates_split_or_too_few_would_be_left(
    store: CatalogStore,
) -> None:
    split = [_product(i, "Dry hair shampoo", SHAMPOOS if i % 2 else MASKS) for i in range(8)]
    chat = _conversation(store, split)
    turn = chat.respond(chat.new_session(), None, "dry hair shampoo")
    assert {p.id for p in turn.picks} & {"p0", "p2", "p4", "p6"}  # masks stay in
    few = [_product(i, "Dry hair shampoo", SHAMPOOS) for i in range(2)]
    few += [_product(10 + i, "Nail polish for dry hair days", NAILS) for i in range(1)]
    chat = _conversation(store, few)
    turn = chat.respond(chat.new_session(), None, "dry hair shampoo")
    assert len(turn.picks) == 3  # a focus on 2 shampoos would leave fewer than 3 picks
