"""The typo reader (`assistant.dialogue.category.typos`)."""

from __future__ import annotations

from assistant.dialogue.category.typos import read_misspelt_types, read_misspelt_words
from assistant.dialogue.vocabulary import CatalogVocabulary


def test_a_short_slip_is_the_far_wider_word_with_a_letter_left_out() -> None:
    """CONVO11 probe: "a darker shde" beside foundations searched 'foundation darker shed' (two
    letters swapped came first): a short slip with a letter left out of a word titles name in
    many more categories is that word; an even spread keeps the swap."""
    paths = [f"Beauty > Makeup > C{i}" for i in range(20)]
    vocab = CatalogVocabulary(
        categories=paths,
        words=frozenset({"shade", "shed", "darker"}),
        title_words={
            "shade": frozenset(paths[:17]),
            "shed": frozenset(paths[:2]),
            "darker": frozenset(paths),
        },
    )
    assert read_misspelt_words("a darker shde", vocab) == "a darker shade"
    vocab.title_words = {"shade": frozenset(paths[:3]), "shed": frozenset(paths[:2])}
    assert read_misspelt_words("a darker shde", vocab) == "a darker shed"
    vocab.title_words = None  # spread unknown: the swap, as before
    assert read_misspelt_words("a darker shde", vocab) == "a darker shed"


def test_a_slip_of_whom_a_gift_is_for_is_that_person() -> None:
    """CONVO11 probe: "gift for my girlfreind, she likes makeup" answered 'Nothing in this
    store's catalog says "Girlfreind"' (titles and everyday words lack 'girlfriend'): a slip
    of a word for whom a shopper buys (`wording.PEOPLE`) is that word."""
    vocab = CatalogVocabulary(
        categories=["Beauty > Makeup > Makeup Sets"], words=frozenset({"makeup", "gift"})
    )
    said = "gift for my girlfreind, she likes makeup"
    assert read_misspelt_words(said, vocab) == "gift for my girlfriend, she likes makeup"
    assert read_misspelt_words("for my neice", vocab) == "for my niece"


def test_a_doubled_letter_written_once_is_the_word() -> None:
    """CONVO14 probe: "something for dandruf" was off the shop's topic: a word under
    `LEFT_OUT_MIN` letters was read only as two letters swapped."""
    vocab = CatalogVocabulary(
        categories=["Beauty > Hair Care > Shampoos"],
        words=frozenset({"dandruff", "shampoo", "gloss", "glass"}),
    )
    assert read_misspelt_words("something for dandruf", vocab) == "something for dandruff"
    assert read_misspelt_words("a clear lip glos", vocab) == "a clear lip gloss"
    assert read_misspelt_words("a lip glat", vocab) == "a lip glat"  # no word near


def test_a_short_type_word_with_a_letter_left_out_is_read_beside_its_category_s_word() -> None:
    """The lead's probes: "nail polsh remover acetone free" answered 'Nothing in this store's
    catalog says "Polsh"', "face wsh for acne" asked which kind: a short slip is that type
    word when another word of the message is a word of the category's path; alone it stays."""
    from assistant.dialogue.category.typos import read_misspelt_types

    vocab = CatalogVocabulary(
        categories=[
            "Beauty > Makeup > Nails > Nail Polish",
            "Beauty > Skin Care > Face > Cleansers > Washes",
            "Beauty > Skin Care > Body > Lotions",
        ],
        words=frozenset({"nail", "polish", "remover", "face", "wash", "acne", "body", "lotion"}),
    )
    assert read_misspelt_types("nail polsh remover", vocab) == "nail polish remover"
    assert read_misspelt_types("face wsh for acne", vocab) == "face wash for acne"
    assert read_misspelt_types("body lotin", vocab) == "body lotion"
    assert read_misspelt_types("polsh", vocab) == "polsh"  # nothing backs it
    assert read_misspelt_types("body wsh", vocab) == "body wsh"  # no washes for the body here


def test_a_word_for_people_or_part_of_a_compound_is_no_slip() -> None:
    """The lead's probes: "other shoppers" was read as "other slippers" (two letters off a
    product type) and "in-laws" beside hair as "in-claws" (a letter left out of Claws): words
    for people at large, and the parts of a hyphenated word, are English words of their own."""
    vocab = CatalogVocabulary(
        categories=[
            "Beauty > Bath & Body > Slippers",
            "Beauty > Hair Care > Styling Tools > Styling Accessories > Claws",
        ],
        words=frozenset({"slippers", "claws", "hair", "stuff"}),
    )
    said = "what do other shoppers like"
    assert read_misspelt_types(said, vocab) == said
    assert read_misspelt_types("hair stuff for my in-laws", vocab) == "hair stuff for my in-laws"
    assert read_misspelt_words("a gift for my in-lwas", vocab) == "a gift for my in-lwas"
    assert read_misspelt_types("fuzzy slipers", vocab) == "fuzzy slippers"  # still a slip


def test_two_words_written_as_one_are_read_as_two_where_the_second_is_a_type() -> None:
    """CONVO28's probes: "facewash" and "suncream" were off the shop's topic (no title says
    them): two words titles use, the second naming a product type, written as one."""
    from assistant.dialogue.category.typos import read_misspelt_types

    skin = "Beauty > Skin Care"
    paths = [f"{skin} > Face > Cleansers > Washes", f"{skin} > Sun > Creams", f"{skin} > Eyes"]
    said = {"face", "wash", "sun", "cream", "eye", "for", "kids", "sunday"}
    vocab = CatalogVocabulary(categories=paths, words=frozenset(said))
    assert read_misspelt_types("facewash", vocab) == "face wash"
    assert read_misspelt_types("suncream for kids", vocab) == "sun cream for kids"
    assert read_misspelt_types("an eyecream", vocab) == "an eye cream"
    assert read_misspelt_types("forkids", vocab) == "forkids"  # "kids" names no type
    assert read_misspelt_types("sunday", vocab) == "sunday"  # a word of its own


def test_a_joined_word_is_read_apart_only_where_titles_name_its_parts_together() -> None:
    """Lead's probe (CONVO45's note): "a gift for my dad who loves football" searched 'foot
    ball' (foot rasps): a word written joined is read as two only where the titles of one
    category name both parts; "football" and "eyeball" stay whole."""
    paths = [
        "Beauty > Skin Care > Face > Cleansers",
        "Beauty > Skin Care > Feet",
        "Beauty > Cotton Balls",
    ]
    said = {"face", "wash", "foot", "ball", "eye", "cotton"}
    vocab = CatalogVocabulary(
        categories=paths,
        words=frozenset(said),
        title_counts={
            "face": {paths[0]: 30},
            "wash": {paths[0]: 12},
            "foot": {paths[1]: 40},
            "ball": {paths[2]: 9},
            "cotton": {paths[2]: 7},
            "eye": {paths[0]: 1},
        },
    )
    assert read_misspelt_types("facewash", vocab) == "face wash"
    assert read_misspelt_types("cottonball", vocab) == "cotton ball"
    assert read_misspelt_types("my dad loves football", vocab) == "my dad loves football"
    assert read_misspelt_types("eyeball", vocab) == "eyeball"


def test_an_occasion_is_no_slip() -> None:
    """CONVO42's probe: "grad gift for my nephew" was read as "gard gift" (two swapped letters
    make the Gard brand's word): an occasion (`phrases.gifts_and_people.OCCASION`) stays."""
    vocab = CatalogVocabulary(categories=["Beauty > Hair Care"], words=frozenset({"gard", "gift"}))
    assert read_misspelt_words("grad gift for my nephew", vocab) == "grad gift for my nephew"
    assert read_misspelt_words("a gfit for my nephew", vocab) == "a gift for my nephew"


def test_a_type_word_of_another_language_is_read_through_its_root() -> None:
    """A type word of another language no list has shares its root with the catalog's type
    (`retrieval.cognates`): "loción" and "losion" are lotions, "kondicionér" a conditioner,
    "parfem" a parfum; English words near no type's root stay as written."""
    paths = [
        "Beauty > Skin Care > Body > Moisturizers > Lotions",
        "Beauty > Hair Care > Conditioners",
        "Beauty > Fragrance > Women's > Eau de Parfum",
    ]
    said = {"body", "lotion", "conditioner", "parfum", "for", "hair", "dry"}
    vocab = CatalogVocabulary(categories=paths, words=frozenset(said))
    assert read_misspelt_types("locion corporal", vocab) == "lotion corporal"  # es
    assert read_misspelt_types("losion tubuh", vocab) == "lotion tubuh"  # id
    assert read_misspelt_types("kondicionér na vlasy", vocab) == "conditioner na vlasy"  # cs
    assert read_misspelt_types("parfem za zene", vocab) == "parfum za zene"  # hr
    for english in ("conditioning treatment", "a present for my colleague", "dinner party"):
        assert read_misspelt_types(english, vocab) == english


def test_a_catalog_word_with_an_ending_is_no_slip() -> None:
    """CONVO52 probe: "my mate is turning 30 and we're all chipping in" was guessed Crimping
    Irons ("chipping" two letters off "crimping"): a word of the catalog with an English ending
    ('chip' + "ping") is that word; one that begins a type's word is still the type."""
    vocab = CatalogVocabulary(
        categories=[
            "Beauty > Hair Care > Styling Tools > Irons > Crimping Irons",
            "Beauty > Hair Care > Conditioners",
            "Beauty > Skin Care > Body > Lotions",
        ],
        words=frozenset({"chip", "condition", "lotion", "crimping", "iron", "conditioners"}),
    )
    said = "we're all chipping in"
    assert read_misspelt_types(said, vocab) == said
    assert read_misspelt_types("a conditionner", vocab) == "a conditioner"
    assert read_misspelt_types("a crimpng iron", vocab) == "a crimping iron"


def test_a_past_tense_is_no_slip_of_the_present() -> None:
    """CONVO101 probe: "why you chose these?" beside hairsprays read 'why you choose these?' (a
    letter left out of "choose") and lost its why: an everyday past tense
    (`retrieval.everyday.EVERYDAY`) stays as written."""
    vocab = CatalogVocabulary(
        categories=["Beauty > Hair Care > Styling Products > Hair Sprays"],
        words=frozenset({"choose", "hairspray", "take", "tool"}),
    )
    assert read_misspelt_words("why you chose these?", vocab) == "why you chose these?"
    assert read_misspelt_words("i took the first", vocab) == "i took the first"
