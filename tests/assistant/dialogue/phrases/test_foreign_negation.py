"""What the shopper rules out, in other languages: a brand ruled out by a word after it, as
Turkish, Japanese, Korean and Hindi say it ("Nivea olmasın", "Nivea以外", "Nivea 말고"), and
ingredients to avoid named in the shopper's language ("bez parabenów", "utan sulfater")."""

from __future__ import annotations

import pytest

from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.request import Request
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import reader_over

VOCAB = CatalogVocabulary(
    brands=["Nivea", "Garnier", "Head & Shoulders", "Olay"],
    categories=["Beauty > Hair Care > Shampoos", "Beauty > Skin Care > Face"],
    words=frozenset({"shampoo", "cream", "moisturizer", "face"}),
)


def _read(message: str) -> Request:
    return reader_over(VOCAB).read(message, TurnSituation())


@pytest.mark.parametrize(
    ("message", "ruled_out"),
    [
        ("Nivea olmasın, nemlendirici krem", ["Nivea"]),
        ("nemlendirici krem ama Nivea olmasın", ["Nivea"]),
        ("Nivea ve Garnier olmasın, şampuan", ["Nivea", "Garnier"]),
        ("Head & Shoulders değil, şampuan arıyorum", ["Head & Shoulders"]),
        ("krem, Nivea hariç", ["Nivea"]),
        ("Nivea以外の保湿クリーム", ["Nivea"]),
        ("Nivea 말고 다른 크림", ["Nivea"]),
        ("Olay के अलावा क्रीम", ["Olay"]),
        ("shampoo pero que no sea de Head & Shoulders plz", ["Head & Shoulders"]),
    ],
)
def test_a_brand_ruled_out_by_a_word_after_it(message: str, ruled_out: list[str]) -> None:
    """CONVO32 probe: "Nivea olmasın, nemlendirici krem" (not Nivea) filtered for Nivea."""
    parsed = _read(message).parsed
    assert sorted(parsed.exclude_brands) == sorted(ruled_out), message
    assert not parsed.brands and "excluded" not in parsed.text, message


@pytest.mark.parametrize(
    "message",
    [
        "crema, pero no Nivea", "crème, mais pas Nivea", "Creme, aber kein Nivea",
        "crema, ma non Nivea", "creme, mas não Nivea", "krem, ale nie Nivea",
        "kräm, men inte Nivea", "крем, но не Nivea", "крем, кроме Nivea",
        "крем, любой кроме Nivea", "κρέμα, αλλά όχι Nivea", "كريم بس مو Nivea",
        "كريم لكن ليس Nivea", "קרם אבל לא Nivea", "क्रीम लेकिन Nivea नहीं",
        "मुझे Nivea नहीं चाहिए, क्रीम", "kem nhưng không Nivea", "krim tapi bukan Nivea",
        "ครีม แต่ไม่เอา Nivea", "面霜 但不要Nivea", "크림 하지만 Nivea 말고",
    ],
)  # fmt: skip
def test_but_not_a_brand_in_other_languages(message: str) -> None:
    """CONVO32 probes: "بس مو Nivea", "लेकिन Nivea नहीं", "แต่ไม่เอา Nivea", "但不要Nivea" and
    "кроме Nivea" (but not, except) filtered FOR Nivea."""
    parsed = _read(message).parsed
    assert parsed.exclude_brands == ["Nivea"] and not parsed.brands, message


@pytest.mark.parametrize(
    ("message", "wanted", "ruled_out"),
    [
        ("do you have Nivea or not", ["Nivea"], []),
        ("I want Nivea, not Olay", ["Nivea"], ["Olay"]),
        ("Nivea not Olay", ["Nivea"], ["Olay"]),
    ],
)
def test_not_after_a_brand_rules_it_out_only_at_the_clause_end(
    message: str, wanted: list[str], ruled_out: list[str]
) -> None:
    parsed = _read(message).parsed
    assert (parsed.brands, parsed.exclude_brands) == (wanted, ruled_out), message


@pytest.mark.parametrize(
    "message",
    [
        "Nivea krem istiyorum",
        "Nivea cream please",
        "ニベアのクリーム",
        "shampoo, excluded from nothing",
    ],
)
def test_a_brand_without_a_word_after_it_is_not_ruled_out(message: str) -> None:
    assert _read(message).parsed.exclude_brands == [], message


def test_not_too_expensive_in_turkish_is_no_wish_for_a_dear_one() -> None:
    assert not _read("şampuan istiyorum, pahalı olmasın").parsed.dear


@pytest.mark.parametrize(
    ("message", "avoided"),
    [
        ("krem do twarzy bez parabenów", "parabens"),
        ("shampoo sem sulfato", "sulfate"),  # the singular as said (CONVO38)
        ("schampo utan sulfater", "sulfates"),
        ("shampoo senza siliconi", "silicones"),
        ("sülfatsız şampuan", "sulfate"),
        ("parabensiz krem", "paraben"),
        ("crème sans alcool", "alcohol"),
        ("無香料のクリーム", "fragrance"),
        ("무향 크림", "fragrance"),
        ("ищу крем для рук, без отдушек", "fragrance"),
    ],
)
def test_an_ingredient_to_avoid_in_another_language(message: str, avoided: str) -> None:
    """CONVO32 probes: "bez parabenów", "sem sulfato" and "utan sulfater" avoided the words as
    written ('parabenów'), which no English listing says: every pick passed as free of it."""
    avoid = _read(message).avoid
    assert any(avoided in a for a in avoid), (message, avoid)
