"""The feedback handler (`assistant/dialogue/handlers/feedback.py`): a dislike changes the next
picks."""

from __future__ import annotations

import pytest

from assistant.conversation import Conversation
from assistant.dialogue.errors import DialogueError
from assistant.profiles import load_profile
from catalog.schema import Product
from catalog.store import CatalogStore


def test_feedback_changes_the_next_picks(assistant: Conversation, store: CatalogStore) -> None:
    sid = assistant.new_session()
    before = assistant.respond(sid, "u1", "face cream dry skin")
    liked = (
        next(p for p in before.picks if p.brand == "Olay" and p.id != before.picks[0].id)
        if any(p.brand == "Olay" for p in before.picks[1:])
        else None
    )
    assistant.feedback(sid, "u1", before.picks[0].id, "dislike")
    after = assistant.respond(sid, "u1", "face cream dry skin")
    assert before.picks[0].id not in {p.id for p in after.picks}
    assert liked is None or liked.id in {p.id for p in after.picks}


def test_a_product_without_a_price_cannot_go_in_the_cart(
    assistant: Conversation, store: CatalogStore
) -> None:
    store.upsert_products([Product(id="np1", title="Mystery cream", categories=["Beauty"])])
    sid = assistant.new_session()
    with pytest.raises(DialogueError, match="no title or no price"):
        assistant.feedback(sid, "u1", "np1", "cart")
    assistant.feedback(sid, "u1", "np1", "like")  # a like is still taken


def test_a_dislike_with_its_reason_searches_the_milder_side(assistant: Conversation) -> None:
    """Issue 17 chats: "I didn't like the second one, too greasy" was read as 'more like the
    second one'; as a dislike, its reason is the milder side of the trait, searched."""
    sid = assistant.new_session()
    shown = assistant.respond(sid, "u1", "face cream dry skin").picks
    turn = assistant.respond(sid, "u1", "I didn't like the second one, too greasy")
    assert turn.intent == "feedback"
    assert shown[1].id not in {p.id for p in turn.picks}
    assert "non greasy" in turn.reply  # the need searched again, without 'greasy' wished for


def test_a_pick_chosen_is_named_not_liked_for_more(assistant: Conversation) -> None:
    """CONVO9 probe: beside lipsticks "the 2nd one pls" answered "Noted, I will show more like
    it" (a choice read as a like) and "no, the first one please" searched the need again."""
    from assistant.dialogue.product_names import short_title

    sid = assistant.new_session()
    shown = assistant.respond(sid, "u1", "face cream dry skin").picks
    chose = assistant.respond(sid, "u1", "the 2nd one pls")
    assert chose.intent == "feedback" and short_title(shown[1]) in chose.reply
    assert "more like" not in chose.reply
    again = assistant.respond(sid, "u1", "no, the first one please")
    assert again.intent == "feedback" and short_title(shown[0]) in again.reply


def test_feedback_on_every_pick_says_them(assistant: Conversation) -> None:
    """'i like all of them' answered "Noted, I will show more like it"."""
    sid = assistant.new_session()
    shown = assistant.respond(sid, "u1", "face cream dry skin").picks
    liked = assistant.respond(sid, "u1", "i like all of them")
    assert liked.intent == "feedback" and liked.reply == "Noted, I will show more like them."
    carted = assistant.respond(sid, "u1", "add them all to my cart")
    assert carted.reply == f"Added all {len(shown)} to your cart."  # three picks
    both = assistant.respond(sid, "u1", "add both to my cart")
    assert both.reply == "Added both to your cart."


def test_a_like_of_a_pick_no_word_names_asks_which_and_records_nothing(
    assistant: Conversation, store: CatalogStore
) -> None:
    """CONVO41's finding: "love the pink one" where no pick's title says pink recorded a like
    on the first pick (the profile an agent reads); it asks which pick. A pick a word does
    name, and "it", still take the like."""
    sid = assistant.new_session()
    assistant.respond(sid, "u1", "face cream dry skin")
    asked = assistant.respond(sid, "u1", "love the turquoise one")
    assert asked.intent == "feedback" and asked.reply.startswith("Which pick do you mean?")
    assert load_profile(store, "u1").liked_items == []
    assert assistant.respond(sid, "u1", "love it").reply == "Noted, I will show more like it."
    assert len(load_profile(store, "u1").liked_items) == 1


def test_a_dislike_of_picks_from_their_history_shows_others(store: CatalogStore) -> None:
    """The lead's probe: beside picks from the shopper's history (no need said), "i don't like
    the first one" answered "Noted, I will show more like it", and "i dont like the second
    one" (no apostrophe) showed more like it."""
    from assistant.adapters import query_parser
    from assistant.dialogue.vocabulary import CatalogVocabulary
    from tests.assistant.fakes import PRODUCTS, build_assistant

    words = frozenset(w for p in PRODUCTS for w in p.title.lower().split())
    vocabulary = CatalogVocabulary(words=words, brands=sorted({p.brand for p in PRODUCTS}))
    assistant = build_assistant(store, parse=query_parser(vocabulary), vocabulary=vocabulary)
    sid = assistant.new_session()
    shown = assistant.respond(sid, "u1", "hi, any recommendations for me?").picks
    for said, place in (("i don't like the first one", 0), ("i dont like the second one", 1)):
        turn = assistant.respond(sid, "u1", said)
        assert turn.intent == "feedback" and "more like" not in turn.reply, said
        assert turn.reply.startswith("Noted, I will show you other options."), said
        assert shown[place].id not in {p.id for p in turn.picks}, said
        shown = turn.picks


def test_a_dislike_of_every_pick_shows_none_of_them_again(assistant: Conversation) -> None:
    """CONVO44's replay: "something different? not really feeling any of these" disliked the
    first pick only, and the other picks came back as the "other options". It asks for other
    picks (CONVO51: a refinement, as the label contract reads "something else"); none of those
    on screen comes back."""
    sid = assistant.new_session()
    shown = assistant.respond(sid, "u1", "face cream dry skin").picks
    turn = assistant.respond(sid, "u1", "something different? not really feeling any of these")
    assert turn.intent == "refine"
    assert not {p.id for p in shown} & {p.id for p in turn.picks}
    disliked = assistant.respond(sid, "u1", "meh, none of these are really me")
    assert disliked.intent == "feedback" and disliked.acted_on == [p.id for p in turn.picks]
    assert not {p.id for p in turn.picks} & {p.id for p in disliked.picks}


def test_more_like_a_pick_but_cheaper_bounds_the_search_not_its_results(
    store: CatalogStore,
) -> None:
    """Issue 17: "more like the second one but cheaper" took the 50 nearest products at any
    price and kept the cheaper few; with 60 dearer neighbours nearer than any cheaper one, it
    found none. The search itself is bounded, so the cheaper neighbours come back."""
    from assistant.conversation import Conversation
    from assistant.dialogue.context import Components, TurnOptions
    from assistant.dialogue.vocabulary import CatalogVocabulary
    from tests.assistant.fakes import FACE, PRODUCTS, FakeCopy, FakeScorer, FakeSearcher

    dearer = [
        Product(id=f"v{n}", title=f"Velvet balm {n}", brand="Velvet", price=100.0 + n,
                categories=FACE)
        for n in range(60)
    ]  # fmt: skip
    store.upsert_products([*PRODUCTS, *dearer])
    words = frozenset(w for p in PRODUCTS for w in p.title.lower().split())
    parts = Components(
        store=store,
        searcher=FakeSearcher([*dearer, *PRODUCTS]),  # the fake's nearest come first
        scorer=FakeScorer(store),
        copy=FakeCopy(),
        vocabulary=CatalogVocabulary(words=words),
    )
    assistant = Conversation(parts, TurnOptions(picks=3))
    sid = assistant.new_session()
    second = assistant.respond(sid, None, "face cream dry skin").picks[1]
    turn = assistant.respond(sid, None, "more like the second one but cheaper")
    assert turn.intent == "more_like" and turn.picks, turn.reply
    assert all(p.price is not None and p.price < second.price for p in turn.picks)


@pytest.mark.parametrize(
    ("low", "high", "cheaper", "bounds"),
    [
        (None, None, True, (None, 19.99)),  # a cent under the pick
        (5.0, 15.0, True, (5.0, 15.0)),  # the dialogue's highest is the tighter
        (5.0, 30.0, True, (5.0, 19.99)),  # the pick's is; the dialogue's lowest stays
        (None, 50.0, False, (20.01, 50.0)),  # a cent over the pick, under the dialogue's top
        (25.0, None, False, (25.0, None)),  # the dialogue's lowest is the tighter
    ],
)
def test_a_price_beside_a_pick_is_the_tighter_bound(
    low: float | None, high: float | None, cheaper: bool, bounds: tuple[float | None, ...]
) -> None:
    from assistant.dialogue.handlers.feedback import priced_beside
    from retrieval.filters import Filters

    bounded = priced_beside(Filters(min_price=low, max_price=high, brands=("Olay",)), 20.0,
                            cheaper=cheaper)  # fmt: skip
    assert bounded is not None and (bounded.min_price, bounded.max_price) == bounds
    assert bounded.brands == ("Olay",)  # the dialogue's other filters stay


@pytest.mark.parametrize(
    ("low", "high", "price", "cheaper"),
    [(None, 15.0, 20.0, False), (25.0, None, 20.0, True), (None, None, 0.0, True)],
)
def test_no_price_left_beside_a_pick_is_none(
    low: float | None, high: float | None, price: float, cheaper: bool
) -> None:
    from assistant.dialogue.handlers.feedback import priced_beside
    from retrieval.filters import Filters

    assert priced_beside(Filters(min_price=low, max_price=high), price, cheaper=cheaper) is None


def test_more_like_a_pick_but_pricier_with_no_room_under_the_budget_says_why(
    store: CatalogStore,
) -> None:
    """CONVO75: "more like the second one but pricier" beside a pick at the budget the shopper
    set answered "More like ...:" with no picks; the budget caps it, so the reply says so and
    offers to lift it, in words the reader lifts it by."""
    from assistant.adapters import query_parser
    from assistant.dialogue.vocabulary import CatalogVocabulary
    from tests.assistant.fakes import build_assistant

    assistant = build_assistant(store, parse=query_parser(CatalogVocabulary()))
    sid = assistant.new_session()
    shown = assistant.respond(sid, "u1", "face cream dry skin under 5").picks
    assert shown[1].price == 5.0  # the second pick costs the budget
    turn = assistant.respond(sid, "u1", "more like the second one but pricier")
    assert turn.intent == "more_like" and not turn.picks
    assert "budget you set (under $5.00)" in turn.reply, turn.reply
    assert "say 'forget the budget' to look above it" in turn.reply
    lifted = assistant.respond(sid, "u1", "forget the budget")
    assert any(p.price is not None and p.price > 5.0 for p in lifted.picks), lifted.reply
