"""Skin and hair types as a shopper says them (`stated_needs.extract_attributes`): hair said
coloured, colour treated or dyed is the catalog's "color-treated" (the contract's word, in
any spelling it was said); the state of a part of the body said in a sentence is the skin
type of whom the need is for ("my face gets super shiny": oily; "my mom's hands are always
dry and cracked": dry). A finish of the product ("a shiny lip gloss") and the lips ("my lips
are so dry": chapped lips, a concern) are no skin type."""

from __future__ import annotations

import pytest

from assistant.dialogue.stated_needs import extract_attributes


@pytest.mark.parametrize(
    ("said", "hair"),
    [
        ("shampoo for colored hair", "color-treated"),
        ("colour treated hair conditioner", "color-treated"),
        ("it's for dyed hair", "color-treated"),
        ("for dry, coloured hair", "dry, color-treated"),
        ("a mask for bleached hair", "bleached"),  # bleached is its own state
    ],
)
def test_hair_said_dyed_in_any_spelling_is_color_treated(said: str, hair: str) -> None:
    assert extract_attributes(said)["hair"] == hair


@pytest.mark.parametrize(
    ("said", "skin"),
    [
        ("my face gets super shiny by noon", "oily"),
        ("mother's day, my mom's hands are always dry and cracked", "dry"),
        ("a face moisturizer, his face gets super dry", "dry"),
        ("body butter pls, my shins get so dry and itchy every winter", "dry"),
        ("my forehead is so greasy", "oily"),
        ("her cheeks are really sensitive", "sensitive"),
        ("my skin is oily but my face is dry", "oily"),  # the skin said by name first
    ],
)
def test_the_state_of_a_part_of_the_body_is_its_skin_type(said: str, skin: str) -> None:
    assert extract_attributes(said)["skin"] == skin


@pytest.mark.parametrize(
    "said", ["a shiny lip gloss", "my lips are so dry", "a dry shampoo for my hair", "my face"]
)
def test_no_skin_type_without_a_state_said_of_a_part(said: str) -> None:
    assert "skin" not in extract_attributes(said)


@pytest.mark.parametrize(
    ("said", "hair"),
    [
        ("shampo for oily scalp", "oily"),
        ("shampoo for greasy roots", "oily"),
        ("curl cream for 3c curls", "curly"),
        ("a diffuser for my curls", "curly"),
        ("no sulfates pls, doing the curly girl method", "curly"),
        ("a deep conditioner for 4c hair", "coily"),
        ("mousse for type 2b hair", "wavy"),
    ],
)
def test_hair_said_by_its_roots_curls_or_curl_type(said: str, hair: str) -> None:
    assert extract_attributes(said)["hair"] == hair


@pytest.mark.parametrize("said", ["a dry scalp shampoo", "curling iron", "hair curlers"])
def test_no_hair_type_from_a_scalp_concern_or_a_curling_tool(said: str) -> None:
    assert "hair" not in extract_attributes(said)
