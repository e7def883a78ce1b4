"""`category_names.split_at_purpose`: the one split of a need at what the product is for, read
by search's category reader (`CategoryMatcher`) and the dialogue's (`need_category.split_purpose`,
`need_parts.what_it_is`)."""

from __future__ import annotations

from retrieval.category_names import split_at_purpose
from tests.tables import reads_as

test_a_need_splits_at_the_first_word_of_its_purpose = reads_as(
    split_at_purpose,
    [
        ("a case for my lipsticks", ("a case", "my lipsticks")),
        ("a spray to protect my hair from the heat", ("a spray", "protect my hair from the heat")),
        ("a lipstick that matches my nails", ("a lipstick", "matches my nails")),
        ("a serum which fades dark spots", ("a serum", "fades dark spots")),
        ("a pressed powder to ", ("a pressed powder", "")),  # what `REMOVING` found follows
        ("for my sister", ("", "my sister")),
        # "to" before whom or where is no purpose
        ("an oil to add shine to my hair", ("an oil", "add shine to my hair")),
        ("a gift to the host for the party", ("a gift to the host", "the party")),
        ("add shine to my hair", None),
        ("to my cart", None),
        # the "for" of an opening that asks for the product says what is sought
        ("looking for a powder for oily skin", ("a powder", "oily skin")),
        ("i'm shopping for a brush to detangle curls", ("a brush", "detangle curls")),
        ("looking for shampoo oily hair", None),
    ],
)


def test_the_last_clause_is_asked_for_by_name() -> None:
    story = "playing football all day, need sunblock that doesn't run"
    assert split_at_purpose(story) == ("playing football all day, need sunblock", "doesn't run")
    assert split_at_purpose(story, last_clause=True) == ("need sunblock", "doesn't run")
    listed = "a mascara, a lipstick and a blush for a night out"
    assert split_at_purpose(listed)[0] == "a mascara, a lipstick and a blush"


def test_a_need_without_a_purpose_is_not_split() -> None:
    assert split_at_purpose("a red lipstick") is None
    assert split_at_purpose("a toner forty percent off") is None  # whole words only


def test_when_the_shopper_uses_it_follows_what_the_product_is() -> None:
    assert split_at_purpose("a heat protectant before i flat iron") == (
        "a heat protectant",
        "i flat iron",
    )
    assert split_at_purpose("a serum after cleansing") == ("a serum", "cleansing")
    assert split_at_purpose("a primer while you wait") == ("a primer", "you wait")
    # something else that happens, and "after" of an after-sun product, are no purpose
    assert split_at_purpose("a gift after her surgery") is None
    assert split_at_purpose("an after sun lotion") is None
