"""CONVO53: the languages the lexicon read last (Czech, Hungarian, Persian, Urdu, Bengali,
Tagalog) each cover the whole inventory a shopper's need is made of: the 40 product types the
Beauty catalog holds most of (its category leaves and title words, counted by program:
/work/notes/probes/convo53/inventory.py) and the words around them (for, without, under a
price, cheap, cheaper, dry/oily skin, for men/women, a gift for my mother/sister/friend,
these, the first, yes/no). Pinned here as a list, so a section that loses an entry fails."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from retrieval.lexicon import to_catalog_words

LANGUAGES = ("cs", "hu", "fa", "ur", "bn", "tl")

TYPES = (
    "body lotion", "nail polish", "shampoo", "conditioner", "face cleanser", "makeup brush",
    "hair treatment", "hair oil", "mascara", "moisturizer", "face cream", "hair mask",
    "face mask", "perfume", "cologne", "foundation", "soap", "eyeshadow", "lipstick",
    "hair spray", "body scrub", "serum", "body wash", "eyeliner", "hair dye", "self tanner",
    "bronzer", "hair dryer", "flat iron", "face powder", "false eyelashes", "wig", "concealer",
    "body butter", "lip gloss", "curling iron", "toner", "hair clips", "sunscreen", "hand cream",
)  # fmt: skip
"""The catalog's 40 most common product types, in the catalog's words."""

NEED_WORDS = {
    "for": ("for",),
    "without": ("without", "free"),  # "X free": said after what it rules out (hu, ur, bn)
    "under a price": ("under", "or less", "less than", "at most", "up to"),
    "cheap": ("cheap",),
    "cheaper": ("cheaper",),
    "dry": ("dry",),
    "oily": ("oily",),
    "skin": ("skin",),
    "hair": ("hair",),
    "men": ("men", "men's", "for men"),
    "women": ("women", "women's", "for women"),
    "gift": ("gift",),
    "mother": ("my mom", "mom", "for my mom"),
    "sister": ("my sister", "sister", "for my sister"),
    "friend": ("my friend", "friend", "for my friend"),
    "these": ("these",),
    "the first": ("the first", "the first one"),
    "yes": ("yes",),
    "no": ("no",),
}
"""The words a need is made of, each with the English readings that say it."""


BORROWED = {
    "tl": (
        "makeup brush", "moisturizer", "hair mask", "face mask", "eyeshadow", "hair spray",
        "serum", "eyeliner", "self tanner", "bronzer", "concealer", "body butter", "toner",
    ),
}  # fmt: skip
"""Types a language's shoppers say in English (Filipino shoppers write "toner", "concealer"
in a Tagalog sentence): no key of theirs, and none of the language's keys may eat them."""

SENTENCE = {
    "cs": "hledám {} pro mámu",
    "hu": "keresek {} anyukámnak",
    "fa": "{} برای مادرم میخوام",
    "ur": "میری امی کے لیے {} چاہیے",
    "bn": "মায়ের জন্য {} দরকার",
    "tl": "naghahanap ako ng {} para sa nanay ko",
}
"""A need of each language with a type said in English in it."""


def _readings(language: str) -> set[str]:
    """Every English reading of ``language``'s sections (its own, ``-more``, ``-dialogue``...)
    and of its words read only in its messages (`in_context`)."""
    data = yaml.safe_load(
        resources.files("retrieval").joinpath("data", "lexicon.yaml").read_text("utf-8")
    )
    readings = {
        str(english)
        for section, words in data.items()
        if section.split("-")[0] == language and isinstance(words, dict)
        for english in words.values()
    }
    return readings | {str(e) for e in (data["in_context"].get(language) or {}).values()}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_product_type_of_the_inventory_is_read(language: str) -> None:
    readings = _readings(language)
    borrowed = BORROWED.get(language, ())
    assert [t for t in TYPES if t not in readings and t not in borrowed] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_type_said_in_english_stays_english(language: str) -> None:
    """Types said in English inside the language's sentence are read as written."""
    kept = [t for t in TYPES if f" {t} " in f" {to_catalog_words(SENTENCE[language].format(t))} "]
    assert [t for t in TYPES if t not in kept] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_word_a_need_is_made_of_is_read(language: str) -> None:
    readings = _readings(language)
    assert [w for w, said in NEED_WORDS.items() if not readings & set(said)] == []


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("سشوار زیر ۴۰ دلار", "hair dryer under 40 dollars"),  # Persian digits
        ("৩০ ডলারের নিচে", "30 dollars or less"),  # Bengali digits, "under" said after
        ("hajvasaló 30 dollár alatt", "flat iron 30 dollars or less"),
        ("ammónia nélkül", "ammonia free"),  # hu: "without" said after
        ("خوشبو کے بغیر", "fragrance free"),  # ur
        ("sampon 12 dollárért", "shampoo 12 dollars"),
    ],
)
def test_amounts_and_words_said_after_are_read_as_english_says_them(said: str, read: str) -> None:
    assert to_catalog_words(said) == read
