"""A catalog with markup in its product text (issue 15 item 2), served by the real server over
fake search, ranking and copy: what a malicious supplier's feed would put on the page. The
fixtures `hostile_services` and `hostile_url` (tests/ui/conftest.py) serve it."""

from __future__ import annotations

import re

from assistant.conversation import Conversation
from assistant.dialogue.context import Components, TurnOptions
from assistant.dialogue.vocabulary import CatalogVocabulary
from catalog.schema import Event, Product
from catalog.store import CatalogStore
from tests.assistant.fakes import FACE, PRODUCTS, FakeCopy, FakeScorer, FakeSearcher

ATTACKER_URL = "http://attacker.example/x"
PIXEL_URL = "http://127.0.0.1:9/pixel.gif"
LINK = f"[Checkout]({ATTACKER_URL})"
IMG = f"<img src={PIXEL_URL} onerror=alert(1)>"
HOSTILE_TITLE = f"Rose cream {LINK} {IMG} **bold** | pipe"
HOSTILE_BRAND = f"Evil | Brand {LINK}"
HOSTILE = [
    Product(id="h1", title=HOSTILE_TITLE, brand=HOSTILE_BRAND, price=9.0, categories=FACE),
    Product(
        id="h2",
        title=f"<img src={PIXEL_URL}> Rose cream second **x** [Pay](http://attacker.example/y)",
        brand="Rose | Co",
        price=11.0,
        categories=FACE,
    ),
]
MARKERS = ("attacker.example", "127.0.0.1:9", "pixel.gif")
"""What must never appear inside a link's href or an image's src on the page."""
MORE_TURNS = [
    "tell me about the first one",
    "why the first one",
    "compare the first and the second",
    "more like the first one",
]
"""Turns after a search for 'rose cream' whose replies quote the hostile titles."""


def hostile_assistant(store: CatalogStore) -> Conversation:
    """A fake-backed assistant whose catalog holds `HOSTILE` besides the usual products; u1
    bought the first hostile product (so its brand is in u1's profile)."""
    products = [*HOSTILE, *PRODUCTS]
    store.upsert_products(products)
    store.upsert_events(
        [
            Event(user_id="u1", item_id=item, kind="purchase", position=n)
            for n, item in enumerate(["h1", "h1", "f2"])
        ]
    )
    words = frozenset(w for p in products for w in re.findall(r"[a-z]+", p.title.lower()))
    components = Components(
        store=store,
        searcher=FakeSearcher(products),
        scorer=FakeScorer(store),
        copy=FakeCopy(),
        vocabulary=CatalogVocabulary(words=words),
    )
    return Conversation(components, TurnOptions(picks=3))
