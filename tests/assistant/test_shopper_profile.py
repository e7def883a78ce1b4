"""The structured shopper profile (issue 17 point 3): built from the one history and the
dialogue, own traits only, recipients by name, redacted, stored and reused, cleared by the
profile's DELETE and by forget, absent for an opted-out shopper."""

from __future__ import annotations

from pathlib import Path

from assistant.privacy import forget_user
from assistant.profile_summary import ProfileSummariser
from assistant.profiles import Profile, clear_profile, load_profile, save_dialogue_profile
from assistant.shopper_profile import STORED_KEY, shopper_profile, structure
from catalog.profiles import ProfileStore
from catalog.schema import Product
from catalog.store import CatalogStore
from tests.assistant.profile_fixtures import CountingLLM, seed_purchases


def _seed(store: CatalogStore) -> None:
    seed_purchases(store)
    store.upsert_products(
        [
            Product(id="o1", title="Olay night cream " + "rich " * 30, brand="Olay", price=20.0,
                    categories=["Beauty", "Skin Care", "Face"]),
        ]
    )  # fmt: skip


def _chatted(store: CatalogStore) -> Profile:
    """u1 after chats: own dry skin, a gift for mother, Revlon ruled out, o1 turned down."""
    profile = load_profile(store, "u1")
    profile.needs = {"skin": "dry"}
    profile.add_recipient("my Mother")
    profile.avoided_brands = ["Revlon"]
    profile.disliked_items = ["o1"]
    save_dialogue_profile(store, profile)
    return load_profile(store, "u1")


def test_structured_profile_from_history_and_dialogue(store: CatalogStore) -> None:
    _seed(store)
    built = structure(_chatted(store), store)
    assert built.categories[0] == "Beauty > Makeup > Nails"
    assert built.brands == ["Essie", "Dove"]
    assert built.budget is not None and (built.budget.low, built.budget.high) == (4.0, 10.0)
    assert built.skin_type == "dry" and built.hair_type is None
    assert built.recipients == ["mother"]
    assert built.avoided_brands == ["Revlon"]
    assert built.recent_purchases == ["Top coat", "Shampoo", "Red polish"]  # newest first
    (disliked,) = built.disliked_items
    assert disliked.startswith("Olay night cream rich") and disliked.endswith("…")
    assert len(disliked) <= 81


def test_template_summary_is_two_sentences_of_profile_facts(store: CatalogStore) -> None:
    _seed(store)
    built = shopper_profile(store, _chatted(store))
    assert built is not None and built.summary_source == "template"
    assert built.summary == (
        "Has bought 3 items, mostly Nails (Makeup) and Shampoos (Hair Care), from Essie and "
        "Dove, usually paying $4.00-$10.00. Has dry skin; avoids Revlon; turned down 1 item; "
        "also shops for mother."
    )


def test_a_gifts_traits_are_not_the_shoppers(store: CatalogStore) -> None:
    """A legacy dialogue profile saved a gift's skin type beside ``for``: it is not taken as
    the shopper's own, and a recipient keeps only its name."""
    _seed(store)
    profile = load_profile(store, "u1")
    profile.needs = {"skin": "sensitive", "hair": "curly", "for": "sister"}
    assert profile.own("skin") is None
    assert not profile.add_recipient("me") and not profile.add_recipient("  ")
    assert profile.add_recipient("for my Sister") and profile.recipients == ["sister"]
    built = structure(profile, store)
    assert built.skin_type is None and built.hair_type is None and built.recipients == ["sister"]
    assert "sensitive" not in (shopper_profile(store, profile) or built).summary


def test_query_hint_adds_the_shoppers_own_type(store: CatalogStore) -> None:
    profile = Profile(user_id="u1", needs={"skin": "dry", "hair": "curly"})
    assert profile.query_hint("face moisturisers") == "dry skin"
    assert profile.query_hint("a shampoo") == "curly hair"
    assert profile.query_hint("moisturiser for dry skin") == ""  # already said
    assert profile.query_hint("mascara") == ""
    assert profile.query_hint("face cream", for_self=False) == ""  # a gift: not our traits
    gift = Profile(user_id="u1", needs={"skin": "oily", "for": "mother"})
    assert gift.query_hint("face cream") == ""


def test_stored_redacted_and_reused_until_the_facts_change(store: CatalogStore) -> None:
    _seed(store)
    profile = _chatted(store)
    profile.add_recipient("ann@example.com")
    save_dialogue_profile(store, profile)
    llm = CountingLLM("Buys Essie nail polish. Has dry skin and avoids Revlon.")
    writer = ProfileSummariser(llm)
    first = shopper_profile(store, load_profile(store, "u1"), writer)
    assert first is not None and first.summary_source == "model" and llm.calls == 1
    assert "[email]" in first.recipients and "ann@example.com" not in str(first.model_dump())
    stored = ProfileStore(store.engine).load("u1") or {}
    assert stored[STORED_KEY]["summary"] == first.summary
    assert "ann@example.com" not in str(stored[STORED_KEY])
    again = shopper_profile(store, load_profile(store, "u1"), writer)
    assert again == first and llm.calls == 1  # the stored summary, no second model call
    changed = load_profile(store, "u1")
    changed.avoided_brands = ["Revlon", "Olay"]
    save_dialogue_profile(store, changed)  # a chat turn keeps the stored structured part ...
    assert STORED_KEY in (ProfileStore(store.engine).load("u1") or {})
    rebuilt = shopper_profile(store, load_profile(store, "u1"), writer)
    assert rebuilt is not None and rebuilt.avoided_brands == ["Revlon", "Olay"]
    assert llm.calls == 2  # ... but a changed profile gets a new summary


def test_cleared_by_delete_and_by_forget(store: CatalogStore, tmp_path: Path) -> None:
    _seed(store)
    profiles = ProfileStore(store.engine)
    assert shopper_profile(store, _chatted(store)) is not None
    assert STORED_KEY in (profiles.load("u1") or {})
    clear_profile(store, "u1")  # DELETE /users/{id}/profile
    assert profiles.load("u1") is None
    cleared = shopper_profile(store, load_profile(store, "u1"))
    assert cleared is not None and cleared.recipients == [] and cleared.skin_type is None
    assert shopper_profile(store, _chatted(store)) is not None
    forget_user(store, "u1", tmp_path)
    assert profiles.load("u1") is None


def test_opted_out_shopper_gets_no_structured_profile(store: CatalogStore) -> None:
    _seed(store)
    assert shopper_profile(store, _chatted(store)) is not None
    store.set_personalisation_opt_out("u1", True)
    llm = CountingLLM("Buys Essie.")
    assert shopper_profile(store, load_profile(store, "u1"), ProfileSummariser(llm)) is None
    assert llm.calls == 0
    assert STORED_KEY not in (ProfileStore(store.engine).load("u1") or {})
    assert shopper_profile(store, Profile()) is None  # anonymous


def test_profile_store_update_keeps_other_parts(store: CatalogStore) -> None:
    profiles = ProfileStore(store.engine)
    profiles.update("u9", {"a": None})
    assert profiles.load("u9") is None  # nothing to keep: no row made
    profiles.update("u9", {"a": 1, "b": "x"})
    profiles.update("u9", {"a": None, "c": [2]})
    assert profiles.load("u9") == {"b": "x", "c": [2]}


def test_the_shoppers_stated_preferences_are_kept_and_a_gifts_are_not(
    store: CatalogStore,
) -> None:
    """Issue 17 points 1 and 3: what the shopper said they want (scent, finish, ...) is the
    structured profile's preferences and the template summary names it; a legacy profile's
    gift traits (beside ``for``) are not theirs."""
    _seed(store)
    profile = load_profile(store, "u1")
    profile.needs = {"skin": "dry", "scent": "lavender", "finish": "matte", "occasion": "xmas"}
    built = structure(profile, store)
    assert built.preferences == {"scent": "lavender", "finish": "matte"}
    summary = shopper_profile(store, profile)
    assert summary is not None and "prefers lavender (scent), matte (finish)" in summary.summary
    gift = Profile(user_id="u1", needs={"scent": "rose", "for": "sister"})
    assert structure(gift, store).preferences == {}
