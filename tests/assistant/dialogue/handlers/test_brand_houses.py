"""Brands in a chat with what the listings say of them (`retrieval.brand_facts`): a brand with
nothing in the need's category is searched in the nearest branch it has products in, and "not
that brand" rules out every spelling of the pick's house."""

from __future__ import annotations

from assistant.adapters import query_parser
from assistant.conversation import Conversation
from assistant.dialogue.context import Components, TurnOptions
from assistant.dialogue.vocabulary import CatalogVocabulary
from catalog.schema import Product
from catalog.store import CatalogStore
from retrieval.brand_facts import brand_facts
from tests.assistant.fakes import FakeSearcher

WASHES = ["Beauty", "Skin Care", "Face", "Cleansers", "Washes"]
GELS = ["Beauty", "Skin Care", "Face", "Cleansers", "Gels"]
LIPSTICK = ["Beauty", "Makeup", "Lips", "Lipstick"]

LISTED = [  # id, title, brand, price, category
    ("s1", "Simple Refreshing Facial Wash Gel", "Simple", 8.5, WASHES),
    ("s2", "Simple Moisturizing Facial Wash", "Simple", 9.0, WASHES),
    ("g1", "Acme Purifying Gel Cleanser", "Acme", 12.0, GELS),
    ("g2", "Acme Foaming Gel Cleanser", "Acme", 14.0, GELS),
    ("m1", "MAC Matte Lipstick Russian Red", "M.A.C", 15.0, LIPSTICK),
    ("m2", "MAC Satin Lipstick Red", "MAC", 16.0, LIPSTICK),
    ("n1", "NYX Matte Lipstick Red", "NYX", 6.0, LIPSTICK),
    ("e1", "e.l.f. Matte Lip Color Red", "e.l.f.", 4.0, LIPSTICK),
]
PRODUCTS = [
    Product(id=i, title=title, brand=brand, price=price, categories=path)
    for i, title, brand, price, path in LISTED
]


def _chat(store: CatalogStore) -> Conversation:
    store.upsert_products(PRODUCTS)
    vocabulary = CatalogVocabulary(
        brands=sorted({p.brand for p in PRODUCTS if p.brand}),
        categories=sorted({" > ".join(p.categories) for p in PRODUCTS}),
        words=frozenset(w for p in PRODUCTS for w in p.title.lower().split()),
        brand_facts=brand_facts((p.brand, p.title, p.categories) for p in PRODUCTS),
    )
    parts = Components(
        store=store,
        searcher=FakeSearcher(PRODUCTS),
        vocabulary=vocabulary,
        parse=query_parser(vocabulary),
    )
    return Conversation(parts, TurnOptions(picks=3, clarify=False))


def test_a_brand_with_nothing_in_the_category_is_searched_where_it_is(
    store: CatalogStore,
) -> None:
    """BRAND1's probe: "a Simple gel cleanser" found nothing (from Simple, in Gels): Simple's
    wash gel is filed under Cleansers > Washes. The nearest branch it has products in is
    searched, and the reply says so."""
    chat = _chat(store)
    turn = chat.respond(chat.new_session(), None, "a Simple gel cleanser")
    assert {p.id for p in turn.picks} == {"s1", "s2"}
    assert turn.reply.startswith("Simple has nothing in Gels; in Cleansers:")


def test_not_that_brand_rules_out_every_spelling_of_the_house(store: CatalogStore) -> None:
    """BRAND1's probe: "not that brand" after a M.A.C pick still showed the one listing filed
    under "MAC"."""
    chat = _chat(store)
    sid = chat.new_session()
    first = chat.respond(sid, None, "a MAC lipstick")
    assert {p.id for p in first.picks} == {"m1", "m2"}
    chat.respond(sid, None, "a red lipstick")
    turn = chat.respond(sid, None, "not that brand")
    brands = {p.brand for p in turn.picks}
    assert turn.picks and not brands & {"M.A.C", "MAC"}


def test_a_reply_names_a_house_once(store: CatalogStore) -> None:
    """The lead's probe: "a lipstick, not mac" answered "..., not M.A.C, MAC, in Lipstick"."""
    chat = _chat(store)
    turn = chat.respond(chat.new_session(), None, "a red lipstick, not mac")
    assert turn.picks and not {p.brand for p in turn.picks} & {"M.A.C", "MAC"}
    assert "MAC, MAC" not in turn.reply.replace("M.A.C", "MAC")
    assert turn.reply.replace("M.A.C", "MAC").count("MAC") == 1, turn.reply


def test_a_brand_said_as_a_reference_is_shopped_around(store: CatalogStore) -> None:
    """The lead's probe: "like Olay but cheaper" searched 'Olay' (other categories, other
    brands' titles naming it): the brand is what the need is like, so the search is among
    where its products are, without it ("something similar to mac but cheaper" was read as
    more like a pick, with none on screen)."""
    chat = _chat(store)
    for said in ("like MAC but cheaper", "a mac dupe", "something similar to mac but cheaper"):
        turn = chat.respond(chat.new_session(), None, said)
        assert turn.intent == "search", said
        assert turn.picks and {p.id for p in turn.picks} <= {"n1", "e1"}, (said, turn.reply)


def test_a_brand_they_love_said_with_a_need_is_a_search(store: CatalogStore) -> None:
    """The lead's probe: "I love Simple products, a moisturiser please" was read as a like of
    a pick ("Which pick do you mean?"): a loved brand beside a type asked for is a search for
    that brand's; a like of a pick on screen ("i love the nyx one") stays feedback."""
    chat = _chat(store)
    turn = chat.respond(chat.new_session(), None, "I love Simple products, a face wash please")
    assert turn.intent == "search" and {p.id for p in turn.picks} == {"s1", "s2"}
    sid = chat.new_session()
    chat.respond(sid, None, "a red lipstick")
    beside = chat.respond(sid, None, "i love Simple, show me a face wash please")
    assert beside.intent == "search" and {p.id for p in beside.picks} == {"s1", "s2"}
    chat.respond(sid, None, "a red lipstick")
    liked = chat.respond(sid, None, "i love the nyx one")
    assert liked.intent == "feedback"
