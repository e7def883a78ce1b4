"""The product type a need names last wins over a category its other words named
(`assistant/dialogue/category/type_said_last.py`): "salicylic acid face wash" is a face wash, not
the
acid's peels. Not where the named category says the type, holds any type or titles naming it,
nor across departments or onto a branch above the one named."""

from __future__ import annotations

from functools import partial

from assistant.adapters import query_parser
from assistant.dialogue.category.type_said_last import (
    ingredient_as_added,
    type_over_its_likes,
    what_is_said,
)
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.tokenize import stem

SKIN = "Beauty > Skin Care"
ACIDS = f"{SKIN} > Face > Treatments & Masks > Acids & Peels"
SALICYLIC = f"{ACIDS} > Salicylic Acid"
GLYCOLIC = f"{ACIDS} > Glycolic Acid"
LACTIC = f"{ACIDS} > Lactic Acid"
WASHES = f"{SKIN} > Face > Cleansers > Washes"
CLEANSERS = f"{SKIN} > Face > Cleansers"
TONERS = f"{SKIN} > Face > Toners & Astringents"
LOTIONS = f"{SKIN} > Body > Moisturizers > Lotions"
SHAMPOOS = "Beauty > Hair Care > Shampoos"
REGROWTH = "Beauty > Hair Care > Hair Loss Products > Hair Regrowth Treatments"
SERUMS = "Beauty > Hair Care > Styling Products > Hair Styling Serums"
CONTAINERS = "Beauty > Tools & Accessories > Bags & Cases > Refillable Containers"
BOTTLES = "Beauty > Tools & Accessories > Hair Coloring Tools > Applicator Bottles"
LIPS = "Beauty > Makeup > Lips"
LIPSTICK = f"{LIPS} > Lipstick"
PRIMERS = "Beauty > Makeup > Face > Foundation Primers"
POWDER = "Beauty > Makeup > Face > Powder"
STYLING = "Beauty > Hair Care > Styling Products"
PATHS = [
    SALICYLIC, GLYCOLIC, LACTIC, CLEANSERS, WASHES, TONERS, LOTIONS, SHAMPOOS, REGROWTH,
    SERUMS, CONTAINERS, BOTTLES, LIPSTICK, PRIMERS, POWDER, STYLING,
]  # fmt: skip
VOCAB = CatalogVocabulary(
    categories=PATHS,
    category_sizes=[29, 29, 16, 281, 67, 79, 518, 482, 64, 84, 26, 8, 175, 63, 111, 12],
    words=frozenset({"wash", "toner", "lotion", "shampoo", "serum", "bottle", "primer"}),
    title_counts={stem("bottle"): {CONTAINERS: 9, BOTTLES: 8}, stem("cleanser"): {SALICYLIC: 5}},
)
last = partial(type_over_its_likes, parse=query_parser(VOCAB), vocabulary=VOCAB)


def test_the_type_said_last_wins_over_what_its_words_name_beside_it() -> None:
    assert last("salicylic acid face wash", SALICYLIC) == WASHES
    assert last("glycolic acid toner", GLYCOLIC) == TONERS
    assert last("lactic acid body lotion", LACTIC) == LOTIONS
    assert last("cleanser with salicylic acid", SALICYLIC) == CLEANSERS  # Skin Care's one


def test_the_named_category_that_holds_the_type_stays() -> None:
    assert last("shampoo for dry hair", SHAMPOOS) is None  # its path says it
    assert last("hair growth serum", REGROWTH) is None  # named for what it does: any type
    assert last("travel bottles", CONTAINERS) is None  # 9 of its 26 titles say "bottle"
    assert last("acne treatment", SALICYLIC) is None  # "treatment" names no type
    assert last("a sunscreen not greasy on my body", SALICYLIC) is None  # a part, no type


def test_no_other_department_part_or_branch_above() -> None:
    assert last("lip primer", LIPS) is None  # no face's primer for the lips
    assert last("volumizing powder for hair", STYLING) is None  # no makeup powder
    assert last("salicylic acid face wash", None) is None


def test_what_is_said_stops_at_what_follows_the_type() -> None:
    assert what_is_said("cleanser with salicylic acid") == ["cleanser"]
    assert what_is_said("lip gloss and mascara") == []


def test_an_opening_that_asks_for_the_product_is_no_purpose() -> None:
    # its "for" says what is sought, not what the product is for
    assert what_is_said("i'm looking for a body lotion with shea butter") == ["body", "lotion"]
    assert what_is_said("looking for a bb cream with spf") == ["bb", "cream"]
    assert last("i'm looking for a lactic acid body lotion", LACTIC) == LOTIONS


def test_when_a_product_is_used_follows_its_type() -> None:
    """Lead probe (round twenty-four): "a body oil after the shower" named Shower Caps, the
    word said last; when it is used says what it is for, as "for" does."""
    assert what_is_said("a body oil after the shower") == ["body", "oil"]
    assert what_is_said("a heat spray before straightening") == ["heat", "spray"]
    assert what_is_said("an after sun gel") == ["after", "sun", "gel"]  # an after-sun product


def test_an_ingredient_said_right_after_the_type_is_what_is_added_to_it() -> None:
    """CONVO66 probe (#17 nearby): "a cleanser salicylic acid for my breakouts" named the
    acid's peels, "a face moisturizer hyaluronic acid" the face serums: a shopper who names the
    type first may add what is in it without "with"."""
    assert (
        ingredient_as_added("a cleanser salicylic acid", VOCAB)
        == " a cleanser with salicylic acid "
    )
    assert ingredient_as_added("toner glycolic", VOCAB) == " toner with glycolic "
    assert last("cleanser salicylic acid for my breakouts", SALICYLIC) == CLEANSERS
    assert last("a toner glycolic acid", GLYCOLIC) == TONERS


def test_an_ingredient_said_first_or_after_a_part_is_left_as_said() -> None:
    assert ingredient_as_added("salicylic acid face wash", VOCAB) == " salicylic acid face wash "
    assert ingredient_as_added("a lip shea butter", VOCAB) == " a lip shea butter "  # a part
    assert last("salicylic acid peel", SALICYLIC) is None  # the acid's own type
