"""Skin and hair types as a shopper says them (`stated_needs.extract_attributes`): hair said
coloured, colour treated or dyed is the catalog's "color-treated" (the contract's word, in
any spelling it was said, once); the state of a part of the body said in a sentence is the skin
type of whom the need is for ("my face gets super shiny": oily; "my mom's hands are always
dry and cracked": dry); hair said by its roots, its curls or a curl code ("oily roots", "my
curls", "4c") is that type. A finish of the product ("a shiny lip gloss"), the lips ("my lips
are so dry": chapped lips, a concern), a scalp concern and a curling tool are no type."""

from __future__ import annotations

import pytest

from assistant.dialogue.needs.stated_needs import extract_attributes

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
    # a type said as a symptom, by a word of `shopper_states.STATE_WORDS` (CONVO68)
    ("my skin gets flaky in winter", "skin", "dry"),  # as "my face gets flaky"
    ("my face feels tight after i wash it", "skin", "dry"),
    ("my skin is kinda delicate, a serum?", "skin", "sensitive"),
    ("moisturizer, my skin is so dehydrated", "skin", "dry"),
    ("my skin is normal i guess", "skin", "normal"),
    ("my moms skin is so flaky", "skin", "dry"),
    ("a shampoo for hair thats always thirsty", "hair", "dry"),
    ("my hair feels like straw", "hair", "dry"),
    ("a mask for 4c hair that's always thirsty", "hair", "coily, dry"),
    ("my hair is super thin and limp", "hair", "thin, fine"),
    ("my hair is greasy all the time", "hair", "oily"),
    ("greasy hair shampoo", "hair", "oily"),
    # a type said by a concern described that says one (`traits_as_said.yaml`'s skin_type)
    ("toner pls, everything i put on my face stings", "skin", "sensitive"),
    ("toner without alcohol, it stings", "skin", "sensitive"),
    ("a primer, my face is an oil slick by lunch", "skin", "oily"),
    ("a cream for my dad, his hands crack all winter", "skin", "dry"),
    # hair said by what is done to it, curls said in a state, skin oily in one spot and dry in
    # another (CONVO68)
    ("i dye my hair every month, need a gentle shampoo", "hair", "color-treated"),
    ("just bleached it platinum", "hair", "bleached"),
    ("my hair is so damaged from bleaching it", "hair", "damaged, bleached"),
    ("i want to dye my hair red", "hair", None),  # a dye wished for
    ("my curls are so dry lately", "hair", "curly, dry"),
    ("oily t-zone and dry cheeks, need a moisturizer", "skin", "combination"),
    ("my nose gets shiny but my cheeks are flaky", "skin", "combination"),
    ("oily t-zone, dry hair", "skin", None),  # the hair's dry: no combination
    # grey as said: read as said; the eval and the profile fold it (`in_american_spelling`)
    ("purple shampoo for grey hair", "hair", "grey"),
    ("conditioner for gray hair", "hair", "gray"),
    ("shampoo for my grey roots", "hair", "grey"),
    ("for coloured, colour treated hair", "hair", "color-treated"),  # one value, said twice
    # no type said
    ("does it sting?", "skin", None),
    ("it burns my eyes", "skin", None),
    ("my face gets really coarse", "skin", None),  # a hair's state: no skin is thick
    ("a shiny lip gloss", "skin", None),
    ("my lips are so dry", "skin", None),
    ("a dry shampoo for my hair", "skin", None),
    ("a dry scalp shampoo", "hair", None),
    ("curling iron or hair curlers", "hair", None),
]


@pytest.mark.parametrize(("said", "key", "value"), STATED, ids=[s for s, _, _ in STATED])
def test_skin_and_hair_types_as_said(said: str, key: str, value: str | None) -> None:
    assert extract_attributes(said).get(key) == value
