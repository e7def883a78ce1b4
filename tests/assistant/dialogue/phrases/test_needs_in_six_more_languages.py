"""CONVO53: a shopper writing Czech, Hungarian, Persian, Urdu (its script or Latin letters),
Bengali or Tagalog is read as the same need said in English: the product type's category,
the price cap (digits of their own scripts too: "۴۰", "৩০"), who the gift is for and the
skin or hair type (`retrieval/data/lexicon.yaml`; `retrieval.number_words`)."""

from __future__ import annotations

import pytest

from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import reader_over
from tests.catalog_paths import (
    FACE_CLEANSERS,
    FLATTENING_IRONS,
    FOUNDATION,
    HAIR_CARE_CONDITIONERS,
    HAIR_CARE_SHAMPOOS,
    HAIR_DRYERS,
    LIPSTICK,
    MASCARA,
    NAIL_POLISH,
    WOMENS_EAU_DE_PARFUM,
)

VOCAB = CatalogVocabulary(
    brands=["Nivea"],
    categories=[
        HAIR_CARE_SHAMPOOS, HAIR_CARE_CONDITIONERS, HAIR_DRYERS, FLATTENING_IRONS, MASCARA,
        LIPSTICK, NAIL_POLISH, WOMENS_EAU_DE_PARFUM, FACE_CLEANSERS, FOUNDATION,
    ],
    words=frozenset(
        {"shampoo", "conditioner", "hair", "dryer", "flat", "iron", "mascara", "lipstick"}
        | {"nail", "polish", "perfume", "cleanser", "face", "wash", "foundation"}
    ),
)  # fmt: skip


def _read(message: str) -> Request:
    return reader_over(VOCAB).read(message, TurnSituation())


@pytest.mark.parametrize(
    ("message", "english"),
    [
        ("šampon na suché vlasy", "shampoo for dry hair"),  # cs
        ("hledám kondicionér na kudrnaté vlasy", "looking for conditioner for curly hair"),
        ("levnou řasenku prosím", "a cheap mascara please"),  # cs: a stem's other case
        ("sampon száraz hajra", "shampoo for dry hair"),  # hu: a case ending on 'hair'
        ("szempillaspirált keresek", "looking for mascara"),  # hu: the object's ending
        ("olcsó körömlakk", "cheap nail polish"),
        ("شامپو برای موی خشک", "shampoo for dry hair"),  # fa: the type after the part
        ("یه رژ لب قرمز میخوام", "i want a red lipstick"),
        ("خشک بالوں کے لیے شیمپو", "shampoo for dry hair"),  # ur: "for" after
        ("mujhe baalon ke liye conditioner chahiye", "i need conditioner for hair"),  # Roman
        ("oily skin ke liye face wash", "face wash for oily skin"),
        ("শুষ্ক চুলের জন্য শ্যাম্পু", "shampoo for dry hair"),  # bn
        ("সস্তা নেইল পলিশ", "cheap nail polish"),
        ("shampoo para sa tuyong buhok", "shampoo for dry hair"),  # tl: a linker glued on
        ("naghahanap ako ng murang lipstik", "looking for a cheap lipstick"),
        ("may pundasyon ba kayo para sa mamantikang balat?", "foundation for oily skin"),
    ],
)
def test_a_need_in_another_language_is_read_as_in_english(message: str, english: str) -> None:
    read = _read(message)
    assert read.intent == Intent.SEARCH, message
    assert read.parsed.category is not None, message
    assert read.parsed.category == _read(english).parsed.category, message


@pytest.mark.parametrize(
    ("message", "price_max"),
    [
        ("fén na vlasy do 50 dolarů", 50),  # cs
        ("hajvasaló 30 dollár alatt", 30),  # hu: "under" said after the amount
        ("سشوار زیر ۴۰ دلار", 40),  # fa: Persian digits
        ("baalon ke liye hair dryer 30 dollar se kam", 30),  # ur: "less than" said after
        ("৩০ ডলারের নিচে হেয়ার ড্রায়ার", 30),  # bn: Bengali digits, "under" after
        ("pangkulot ng buhok na wala pang 40 dolyar", 40),  # tl
        # their own money, converted at the shop's rate (retrieval/data/currencies.yaml)
        ("šampon do 300 korun", 300 * 0.044),  # cs
        ("sampon 5 ezer forint alatt", 5000 * 0.0028),  # hu: "ezer", a thousand
        ("sampon 3000 forintig", 3000 * 0.0028),  # hu: "up to" glued on
        ("شیمپو 1000 روپے سے کم", 1000 * 0.0036),  # ur: Pakistani rupees
        ("শ্যাম্পু ২ হাজার টাকার নিচে", 2000 * 0.0082),  # bn: taka, "হাজার" a thousand
        ("shampoo na wala pang 500 piso", 500 * 0.017),  # tl: Philippine pesos
    ],
)
def test_a_price_cap_in_another_language_is_read(message: str, price_max: float) -> None:
    assert _read(message).parsed.max_price == pytest.approx(price_max, abs=0.01), message


@pytest.mark.parametrize(
    ("message", "english"),
    [
        ("parfém pro mámu", "perfume for my mom"),  # cs
        ("parfüm anyukámnak", "perfume for my mom"),  # hu: "for my" glued on
        ("عطر برای خواهرم", "perfume for my sister"),  # fa
        ("میری امی کے لیے پرفیوم", "perfume for my mom"),  # ur
        ("মায়ের জন্য পারফিউম", "perfume for my mom"),  # bn
        ("pabango para sa nanay ko", "perfume for my mom"),  # tl
    ],
)
def test_who_a_gift_is_for_is_read(message: str, english: str) -> None:
    """Whom the need is for, as the conversation takes it (`Request.recipient`, or the
    person a "for" names)."""
    who = _whom(_read(message))
    assert who is not None, message
    assert who == _whom(_read(english)), message


def _whom(read: Request) -> str | None:
    return read.recipient or read.attributes.get("for")


@pytest.mark.parametrize(
    ("message", "category"),
    [
        ("a pro hair dryer", HAIR_DRYERS),  # "pro" is Czech "for" only in a Czech message
        ("eau de parfum for her", WOMENS_EAU_DE_PARFUM),
        ("a shampoo for dry hair", HAIR_CARE_SHAMPOOS),
    ],
)
def test_english_is_read_as_before(message: str, category: str) -> None:
    assert _read(message).parsed.category == category, message
