"""Skin and hair types as a shopper says them (`stated_needs.extract_attributes`): hair said
coloured, colour treated or dyed is the catalog's "color-treated" (the contract's word, in
any spelling it was said); the state of a part of the body said in a sentence is the skin
type of whom the need is for ("my face gets super shiny": oily; "my mom's hands are always
dry and cracked": dry); hair said by its roots, its curls or a curl code ("oily roots", "my
curls", "4c") is that type. A finish of the product ("a shiny lip gloss"), the lips ("my lips
are so dry": chapped lips, a concern), a scalp concern and a curling tool are no type."""

from __future__ import annotations

import pytest

from assistant.dialogue.stated_needs import extract_attributes

STATED = [
    # hair dyed, in any spelling
    ("shampoo for colored hair", "hair", "color-treated"),
    ("colour treated hair conditioner", "hair", "color-treated"),
    ("it's for dyed hair", "hair", "color-treated"),
    ("for dry, coloured hair", "hair", "dry, color-treated"),
    ("a mask for bleached hair", "hair", "bleached"),  # bleached is its own state
    # the state of a part of the body
    ("my face gets super shiny by noon", "skin", "oily"),
    ("mother's day, my mom's hands are always dry and cracked", "skin", "dry"),
    ("a face moisturizer, his face gets super dry", "skin", "dry"),
    ("body butter pls, my shins get so dry and itchy every winter", "skin", "dry"),
    ("my forehead is so greasy", "skin", "oily"),
    ("her cheeks are really sensitive", "skin", "sensitive"),
    ("my skin is oily but my face is dry", "skin", "oily"),  # the skin said by name first
    # hair said by its roots, curls or curl code
    ("shampo for oily scalp", "hair", "oily"),
    ("shampoo for greasy roots", "hair", "oily"),
    ("curl cream for 3c curls", "hair", "curly"),
    ("a diffuser for my curls", "hair", "curly"),
    ("no sulfates pls, doing the curly girl method", "hair", "curly"),
    ("a deep conditioner for 4c hair", "hair", "coily"),
    ("mousse for type 2b hair", "hair", "wavy"),
    # no type said
    ("a shiny lip gloss", "skin", None),
    ("my lips are so dry", "skin", None),
    ("a dry shampoo for my hair", "skin", None),
    ("a dry scalp shampoo", "hair", None),
    ("curling iron or hair curlers", "hair", None),
]


@pytest.mark.parametrize(("said", "key", "value"), STATED, ids=[s for s, _, _ in STATED])
def test_skin_and_hair_types_as_said(said: str, key: str, value: str | None) -> None:
    assert extract_attributes(said).get(key) == value
