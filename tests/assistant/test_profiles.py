"""Profiles from purchase history and dialogue, stored in the SQL store."""

from __future__ import annotations

from assistant.profiles import clear_profile, load_profile, save_dialogue_profile, trait_words
from catalog.profiles import ProfileStore
from catalog.schema import Event
from catalog.sessions import SessionStore
from catalog.store import CatalogStore
from tests.assistant.profile_fixtures import seed_purchases


def test_history_profile(store: CatalogStore) -> None:
    seed_purchases(store)
    profile = load_profile(store, "u1")
    assert profile.history == ["n1", "s1", "n2"]
    assert profile.top_brands[0] == ("Essie", 2)
    assert profile.top_categories[0] == ("Beauty > Makeup > Nails", 2)
    assert profile.price_band == (4.0, 10.0)
    assert not profile.is_new
    assert "Essie" in profile.summary()


def test_dialogue_part_is_stored_and_cleared(store: CatalogStore) -> None:
    seed_purchases(store)
    profile = load_profile(store, "u1")
    profile.needs = {"skin": "dry"}
    profile.avoided_brands = ["Olay"]
    save_dialogue_profile(store, profile)
    again = load_profile(store, "u1")
    assert again.needs == {"skin": "dry"} and again.avoided_brands == ["Olay"]
    clear_profile(store, "u1")
    cleared = load_profile(store, "u1")
    assert cleared.needs == {} and cleared.history == ["n1", "s1", "n2"]


def test_stated_needs_read_as_words_not_keys(store: CatalogStore) -> None:
    """The summary agents and 'why am I seeing this?' show names a person reads, not the
    dialogue's keys ("price_band: low")."""
    seed_purchases(store)
    profile = load_profile(store, "u1")
    profile.needs = {"skin": "dry", "price_band": "low", "age_group": "teen", "spf": "50"}
    summary = profile.summary()
    assert "skin type: dry, price range: budget, age group: teen, SPF: 50" in summary
    assert "price_band" not in summary and "_" not in summary
    assert trait_words("price_band", "high") == ("price range", "luxury")
    assert trait_words("scent", "lavender") == ("scent", "lavender")


def test_opt_out_gives_an_empty_profile_and_saves_nothing(store: CatalogStore) -> None:
    seed_purchases(store)
    store.set_personalisation_opt_out("u1", True)
    profile = load_profile(store, "u1")
    assert profile.opted_out and profile.history == []
    profile.needs = {"skin": "oily"}
    save_dialogue_profile(store, profile)
    assert ProfileStore(store.engine).load("u1") is None


def test_anonymous_profile_is_new(store: CatalogStore) -> None:
    assert load_profile(store, None).is_new
    assert load_profile(store, "nobody").is_new


def test_sessions_round_trip(store: CatalogStore) -> None:
    sessions = SessionStore(store.engine)
    sessions.save("s1", "u1", {"shown": ["a"]})
    sessions.save("s1", "u1", {"shown": ["b"]})
    sessions.save("s2", "u1", {"shown": []})
    assert sessions.load("s1") == ("u1", {"shown": ["b"]})
    assert sessions.delete(user_id="u1") == 2
    assert sessions.load("s1") is None


def test_profile_history_is_the_ranking_history(store: CatalogStore) -> None:
    """One history: carts are kept apart, returns taken off, and `purchases` counts purchases
    only; the suggester (agent console) reads the same state."""
    from assistant.suggestions import Suggester

    seed_purchases(store)
    store.upsert_events(
        [
            Event(user_id="u1", item_id="s1", kind="rating", value=5, position=3),
            Event(user_id="u1", item_id="n1", kind="cart", position=4),
            Event(user_id="u1", item_id="n2", kind="return", position=5),
        ]
    )
    profile = load_profile(store, "u1")
    assert profile.history == ["n1", "s1", "s1"]
    assert profile.purchases == 2
    assert profile.state.carted == ("n1",)
    assert list(profile.state.history) == Suggester(None, store).history("u1")
    assert "state" not in profile.to_json()


def test_one_price_band_for_profiles_and_copy(store: CatalogStore) -> None:
    """The profile and the copy audience quote the same band: nearest-rank quartiles."""
    from assistant.copy.audience import customer_facts
    from assistant.profiles import price_band

    assert price_band([10.0, 4.0, None, 8.0, 0.0]) == (4.0, 10.0)
    assert price_band([5.0]) == (5.0, 5.0)
    assert price_band([None]) is None
    seed_purchases(store)
    facts = customer_facts(store, "u1")
    assert load_profile(store, "u1").price_band == (facts.price_low, facts.price_high)
