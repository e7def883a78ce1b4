"""The bundle handler (`assistant/dialogue/handlers/bundle.py`) through a conversation: what goes
with a pick, and a routine within a budget."""

from __future__ import annotations

from assistant.conversation import Conversation
from catalog.store import CatalogStore


def test_bundle_has_a_total_and_complementary_categories(assistant: Conversation) -> None:
    sid = assistant.new_session()
    assistant.respond(sid, "u1", "face cream dry skin")
    bundle = assistant.respond(sid, "u1", "what goes with the first one?")
    assert bundle.intent == "bundle"
    assert {p.id for p in bundle.picks} >= {"c1", "m1"}
    assert bundle.total is not None and bundle.total > 0


def test_routine_within_budget(assistant: Conversation) -> None:
    sid = assistant.new_session()
    turn = assistant.respond(sid, "u1", "build me a face routine under $20")
    assert turn.picks
    assert sum(p.price for p in turn.picks) <= 20
    assert len({tuple(p.categories) for p in turn.picks}) == len(turn.picks)


def test_bundle_leaves_out_records_the_shop_cannot_show(
    assistant: Conversation, store: CatalogStore
) -> None:
    """The mask's record loses its title (a catalog update): search still finds it, but the
    set holds only products with a title and a price."""
    mask = store.get_product("m1")
    assert mask is not None
    store.upsert_products([mask.model_copy(update={"title": " "})])
    sid = assistant.new_session()
    assistant.respond(sid, "u1", "face cream dry skin")
    bundle = assistant.respond(sid, "u1", "what goes with the first one?")
    assert bundle.picks
    assert "m1" not in {p.id for p in bundle.picks}
    assert all(p.title.strip() and p.price is not None for p in bundle.picks)
