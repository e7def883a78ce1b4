"""A need for several product types at once (`assistant/dialogue/handlers/several.py`): the
picks are taken in turns from each type, with no question of which kind; a need of one type
is shown as before."""

from __future__ import annotations

from assistant.conversation import Conversation
from assistant.dialogue.context import TurnOptions
from catalog.schema import Product
from catalog.store import CatalogStore
from tests.assistant.dialogue.handlers.chats import chat_over

CLEANSERS = ["Beauty", "Skin Care", "Face", "Cleansers"]
TONERS = ["Beauty", "Skin Care", "Face", "Toners & Astringents"]
SERUMS = ["Beauty", "Skin Care", "Face", "Oils & Serums"]


def _chat(store: CatalogStore) -> Conversation:
    """Six cleansers, two toners and a serum; four picks, and a question where one is due."""
    products = [
        Product(id=f"c{i}", title=f"Gentle cleanser no {i}", brand="Acme", price=10.0 + i,
                categories=CLEANSERS)
        for i in range(6)
    ]  # fmt: skip
    products += [
        Product(id=f"t{i}", title=f"Rose toner no {i}", brand="Rosa", price=8.0 + i,
                categories=TONERS)
        for i in range(2)
    ]  # fmt: skip
    products += [
        Product(id="s1", title="Vitamin serum", brand="Vita", price=20.0, categories=SERUMS)
    ]
    words = frozenset(w for p in products for w in p.title.lower().split())
    chat = chat_over(store, products, words=words)
    chat.options = TurnOptions(picks=4)
    return chat


def test_picks_of_several_types_come_in_turns(store: CatalogStore) -> None:
    """Probe: "foundation and concealer" asked 'Which kind: Foundation, Concealers &
    Neutralizers or Foundation Primers?', "a cleanser and toner" showed four cleansers."""
    chat = _chat(store)
    turn = chat.respond(chat.new_session(), None, "a cleanser and toner")
    kinds = [p.id[0] for p in turn.picks]
    assert turn.question is None and kinds[:4] == ["c", "t", "c", "t"], turn.reply
    assert "some of each" in turn.reply


def test_a_need_of_one_type_is_shown_as_before(store: CatalogStore) -> None:
    chat = _chat(store)
    turn = chat.respond(chat.new_session(), None, "a gentle cleanser")
    assert {p.id[0] for p in turn.picks} == {"c"} and "some of each" not in turn.reply
