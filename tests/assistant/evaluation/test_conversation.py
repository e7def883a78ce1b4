"""The conversation simulator and its report, against the fake-backed assistant."""

from __future__ import annotations

from assistant.evaluation.conversation import run_conversations
from assistant.evaluation.simulator import SimulatedShopper, common_title_words
from catalog.store import CatalogStore
from tests.assistant.fakes import PRODUCTS, build_assistant


def test_shopper_never_names_brand_or_title() -> None:
    target = next(p for p in PRODUCTS if p.id == "f3")
    shopper = SimulatedShopper(target, common_title_words(PRODUCTS, min_products=3))
    said = [shopper.opening(), shopper.react(1), shopper.react(2), shopper.react(3)]
    text = " ".join(said).lower()
    assert "cerave" not in text
    assert target.title.lower() not in text
    assert "under $" in text


def test_report_counts_hits_cumulatively(store: CatalogStore) -> None:
    assistant = build_assistant(store)
    words = common_title_words(PRODUCTS, min_products=3)
    cases = [("u1", SimulatedShopper(p, words)) for p in PRODUCTS if p.id in {"f2", "f6", "c1"}]
    report = run_conversations(assistant, cases, label="test", turns=3, progress=False)
    assert report.conversations == 3
    assert report.hits_by_turn == sorted(report.hits_by_turn)
    assert report.hits_by_turn[-1] == len(report.turns_to_success)
    assert 0 <= report.hit_rate(3) <= 1
    assert report.row()["n"] == 3


def test_report_keeps_each_shoppers_turn_of_success_in_order(store: CatalogStore) -> None:
    assistant = build_assistant(store)
    words = common_title_words(PRODUCTS, min_products=3)
    cases = [(f"u{i}", SimulatedShopper(p, words)) for i, p in enumerate(PRODUCTS[:4])]
    report = run_conversations(assistant, cases, label="test", turns=2, progress=False)
    assert [u for u, _ in report.shoppers] == ["u0", "u1", "u2", "u3"]
    found = [t for _, t in report.shoppers]
    assert all(t is None or 1 <= t <= 2 for t in found)
    assert report.hits_by_turn == [sum(t is not None and t <= n for t in found) for n in (1, 2)]
    assert sorted(report.turns_to_success) == sorted(t for t in found if t is not None)


def test_each_shopper_starts_with_no_dialogue_profile(store: CatalogStore) -> None:
    # a rerun in the same store (or the other setting) must not start from what an earlier
    # conversation taught: the dislikes a first run saved are gone when the next one starts
    from assistant.profiles import load_profile, save_dialogue_profile

    assistant = build_assistant(store)
    words = common_title_words(PRODUCTS, min_products=3)
    target = next(p for p in PRODUCTS if p.id == "f2")
    profile = load_profile(store, "u1")
    profile.disliked_items = ["f2"]  # as if an earlier run had turned the target down
    profile.needs = ["a need from an earlier run"]
    save_dialogue_profile(store, profile)
    run_conversations(
        assistant, [("u1", SimulatedShopper(target, words))], label="t", turns=1, progress=False
    )
    after = load_profile(store, "u1")
    assert "f2" not in after.disliked_items
    assert "a need from an earlier run" not in after.needs
