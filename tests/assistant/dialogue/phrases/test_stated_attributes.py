"""Attributes as shoppers state them (issue 17, the label contract's ``attributes``): several
skin or hair types said of one person, whom a gift is for by sex and age, what works in a
formula, what it is free of and how it is made. Phrasings are our own, not the labelled set's."""

from __future__ import annotations

import pytest

from assistant.dialogue.needs.stated_needs import extract_attributes
from assistant.dialogue.needs.stated_traits import read_traits, with_traits
from assistant.dialogue.needs.wording import sex_of
from assistant.dialogue.request import Intent, Request
from retrieval.lexicon import to_catalog_words
from retrieval.prices import find_prices
from retrieval.query import parse_query
from tests.assistant.dialogue.readers import search_request

TYPES = [  # (a message, the part, the types said of it)
    # every type said of one skin or head of hair is kept ("dry and sensitive skin" kept only
    # the last, 'sensitive': the dry skin was lost)
    ("a moisturizer for dry and sensitive skin", "skin", "dry, sensitive"),
    ("foundation for oily/combination skin", "skin", "oily, combination"),
    ("cleanser for very dry, sensitive skin pls", "skin", "dry, sensitive"),
    ("primer for combo & oily skin", "skin", "combination, oily"),
    ("foundation for oily and acne prone skin", "skin", "oily, acne-prone"),
    ("serum for dry & dull skin", "skin", "dry"),
    ("my skin is dry and sensitive, any moisturiser?", "skin", "dry, sensitive"),
    ("shampoo for fine, thin hair", "hair", "fine, thin"),
    ("conditioner for thick curly hair", "hair", "thick, curly"),
    ("something for curly and frizzy hair", "hair", "curly, frizzy"),
    # CONVO83: a word of how hair is between its type and "hair"; a type said after "my hair is"
    ("a flat iron for thin, fragile hair", "hair", "thin"),
    ("a gel for coarse unruly hair", "hair", "coarse"),
    ("my hair is pretty straight, mousse?", "hair", "straight"),
    ("her hair is relaxed and dry", "hair", "relaxed, dry"),
    ("a toning shampoo for brunette hair", "hair", "brunette"),  # hair by its colour
    ("a dye for my bleached blonde hair", "hair", "bleached, blonde"),
    # one type stays one
    ("a shampoo for dry hair", "hair", "dry"),
    ("i have combo skin", "skin", "combination"),
    ("a face wash for acne prone skin", "skin", "acne-prone"),
    ("my skin is oily", "skin", "oily"),
    ("a short hair wax for dry skin", "skin", "dry"),
]


@pytest.mark.parametrize(("message", "key", "types"), TYPES)
def test_the_types_said_of_one_skin_or_head_of_hair(message: str, key: str, types: str) -> None:
    assert extract_attributes(message)[key] == types


def _for(text: str, who: str) -> Request:
    return with_traits(search_request(text, **{"for": who}), text)


@pytest.mark.parametrize(
    ("message", "who", "gender"),
    [
        ("a face wash for my son", "son", "men"),
        ("smth for my bf, he has oily skin", "bf", "men"),
        ("a gift for my father in law", "father in law", "men"),
        ("shampoo for my wife", "wife", "women"),
        ("lotion for my grandma", "grandma", "women"),
        ("perfume for my girlfriend's mother", "girlfriend's mother", "women"),
    ],
)
def test_a_recipient_named_as_a_man_or_a_woman_says_their_gender(
    message: str, who: str, gender: str
) -> None:
    """ "for my husband" stated no gender (the search said "for men", the attributes nothing)."""
    assert _for(message, who).attributes["gender"] == gender


@pytest.mark.parametrize("who", ["coworker", "kids", "bestie", "teacher", "self"])
def test_a_recipient_of_no_stated_sex_says_none(who: str) -> None:
    assert sex_of(who) is None
    assert "gender" not in _for("a gift set under 20", who).attributes


def test_a_gender_the_need_says_wins_over_the_recipient() -> None:
    assert _for("a unisex perfume for my husband", "husband").attributes["gender"] == "unisex"


@pytest.mark.parametrize(
    "message", ["my mom is over 60, she needs a hand cream", "i'm over 40 and need an eye cream"]
)
def test_a_person_over_an_age_sets_no_lowest_price(message: str) -> None:
    """ "my mom is over 60" searched hand creams from $60 up."""
    assert find_prices(message).min_price is None


@pytest.mark.parametrize(
    ("message", "formula"),
    [
        ("a mineral sunscreen", "mineral"),
        ("physical spf for my face", "mineral"),
        ("a tinted mineral sunscreen spf 30", "mineral"),
        ("sunscreen mineral", "mineral"),  # Portuguese order, read in catalog words
        ("mineral makeup for sensitive skin", "mineral"),
        ("a chemical exfoliant", "chemical"),
        ("shampoo, sulfate free", "sulfate-free"),
        ("sulphate-free shampoo", "sulfate-free"),
        ("a paraben free lotion", "paraben-free"),
        ("an alcohol-free toner", "alcohol-free"),
    ],
)
def test_what_works_in_a_formula_and_what_it_is_free_of(message: str, formula: str) -> None:
    assert formula in read_traits(message)["formula"]


@pytest.mark.parametrize(
    "message", ["baby oil without mineral oil", "a mineral water spray", "a serum for acne"]
)
def test_an_ingredient_named_mineral_is_no_formula(message: str) -> None:
    assert "mineral" not in read_traits(message).get("formula", "")


TRAITS = [  # (a message, what the traits read of it hold; None: that key is not read)
    # an age said as a decade, a threshold or a grandparent
    ("anti-aging cream for women over 40", {"age_group": "mature"}),
    ("anti aging serum for my 50s", {"age_group": "mature"}),
    ("i'm in my late fifties and need a night cream", {"age_group": "mature"}),
    ("a serum for 40+ skin", {"age_group": "mature"}),
    ("moisturizer for over 50s", {"age_group": "mature"}),
    ("face cream for someone over 60", {"age_group": "mature"}),
    ("a gift for my grandpa", {"age_group": "mature"}),
    ("hand cream for my nana", {"age_group": "mature"}),
    ("eye cream, im in my thirties", {"age_group": "adult"}),
    ("skincare for women in their 40s", {"age_group": "adult"}),
    # a price or a grandchild is no age
    ("a serum over 40", {"age_group": None}),
    ("a gift for my granddaughter", {"age_group": None}),
    ("a shampoo over $50", {"age_group": None}),
    # natural before a product is how it is made; natural of a look or of hair is no ethics
    ("natural deodorant", {"ethics": "natural"}),
    ("a natural face wash", {"ethics": "natural"}),
    ("an all natural shampoo", {"ethics": "natural"}),
    ("natural skincare", {"ethics": "natural"}),
    ("a natural looking foundation", {"ethics": None}),
    ("natural hair products", {"ethics": None}),
    ("a nude lipstick for a natural look", {"ethics": None}),
    # more spellings of a trait
    ("factor 50 sun cream", {"spf": "50"}),
    ("a broad spectrum sunscreen", {"spf": "yes"}),
    ("a gel eyeliner that's smudge proof", {"formula": "gel, smudge-proof"}),
    ("a long-wear foundation", {"formula": "long-wearing"}),
    ("oil control face wash", {"concern": "oiliness, oil control", "formula": None}),
    ("a perfume for a dude", {"gender": "men"}),
    ("no shea butter or almond oil", {"ingredient": None}),
    # a tone said of people and a colour said of them ("concealer for black women" wanted a
    # black concealer; "for blondes" said no colour)
    ("concealer for black women", {"skin_tone": "black", "color": None}),
    ("bb cream for asian skin", {"skin_tone": "asian"}),
    ("makeup for women of color", {"skin_tone": "dark"}),
    ("foundation for fair-skinned girls", {"skin_tone": "fair"}),
    ("shampoo for blondes", {"color": "blonde"}),
    ("a conditioner for redheads", {"color": "red"}),
    ("a black eyeliner for brown eyes", {"color": "black, brown", "skin_tone": None}),
    # scent families, shades, sizes and what a formula leaves out
    ("a gourmand perfume", {"scent": "gourmand"}),
    ("an aquatic cologne", {"scent": "aquatic"}),
    ("a perfume that's not too girly", {"gender": None}),
    ("a lip gloss that isn't sticky", {"formula": "non-sticky"}),
    ("a sunscreen with no white cast", {"formula": "no white cast", "color": None}),
    ("a pinkish nude lipstick", {"color": "pink, nude"}),
    ("reddish brown hair dye", {"color": "red, brown"}),
    ("a purse size perfume", {"size": "travel size, purse size"}),
    ("a lotion, the bigger the better", {"size": "large, bigger the better"}),
    ("a shimmer-free highlighter", {"finish": None}),
    # scent, finish, colour, concern, ingredient, price band, age: the traits beyond skin and hair
    ("a lavender body wash", {"scent": "lavender"}),
    ("lavender nail polish, something shimmery", {"color": "lavender", "finish": "shimmer"}),
    ("i want a matte red lipstick", {"color": "red", "finish": "matte"}),
    ("unscented lotion please", {"scent": "unscented"}),
    ("something that smells fresh and clean", {"scent": "fresh, clean"}),
    ("a gel cleanser for blackheads", {"formula": "gel", "concern": "blackheads"}),
    ("spray sunscreen spf 50, water resistant", {"formula": "spray, water-resistant"}),
    ("spray sunscreen spf 50, water resistant", {"spf": "50"}),
    ("a day cream with spf", {"spf": "yes"}),
    ("travel size shampoo for my carry on", {"size": "travel size"}),
    ("a conditioner, 8 oz", {"size": "8 oz"}),
    ("a foundation for olive skin, dewy finish", {"skin_tone": "olive", "finish": "dewy"}),
    ("i'm super pale with cool undertones", {"skin_tone": "pale, cool undertone"}),
    ("a woody cologne for men", {"scent": "woody", "gender": "men"}),
    ("a unisex fragrance, citrusy", {"gender": "unisex", "scent": "citrusy"}),
    # men and women in two clauses: the one said last (what was shown, then what is wanted);
    # in one clause, both
    ("those are all for women, i need men's", {"gender": "men"}),
    ("a men's and a women's perfume", {"gender": "unisex"}),
    ("women's razor, not men's", {"gender": "women"}),
    # a scent word before a word for a fragrance
    ("a sweet perfume for her", {"scent": "sweet", "gender": "women"}),
    ("not a sweet perfume", {"scent": None}),
    ("fake tan that doesnt go orange", {"scent": None, "color": None}),  # what it must not do
    ("a light moisturiser", {"scent": None}),
    # a bigger or smaller one of the same asked for
    ("do u have bigger bottles?", {"size": "large, bigger bottles"}),
    ("the first one but in a bigger tub", {"size": "large, bigger tub"}),
    ("a gift for my 15 year old nephew", {"age_group": "teen"}),
    ("my grandpa turns 80", {"age_group": "mature"}),
    ("vegan and cruelty free mascara", {"ethics": "vegan, cruelty-free"}),
    ("a drugstore mascara", {"price_band": "low"}),
    (
        "a mid-range eye cream for dark circles",
        {"price_band": "mid", "concern": "dark circles"},
    ),
    ("a designer perfume", {"price_band": "high"}),
    ("a rose gold highlighter", {"color": "rose gold", "scent": None}),
    ("a lip balm, mint flavour", {"scent": "mint", "color": None}),
    ("she loves roses", {"scent": "rose"}),
    ("a serum with hyaluronic acid", {"ingredient": "hyaluronic acid"}),
    ("a perfume that smells like the beach", {"scent": "beach"}),
    ("she hates anything scented", {"scent": "unscented"}),
    ("a face wash, my daughter is 13", {"age_group": "teen"}),
]


@pytest.mark.parametrize(("message", "expected"), TRAITS)
def test_a_trait_as_shoppers_say_it(message: str, expected: dict[str, str | None]) -> None:
    avoided = ["shea", "almond"] if message.startswith("no shea") else ()  # ruled out, no wish
    got = read_traits(message, avoid=avoided)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("crema antiarrugas para mujeres de más de 40", {"age_group": "mature", "formula": None}),
        ("un rouge à lèvres mat", {"finish": "matte"}),
        ("ein günstiges Shampoo", {"price_band": "low"}),
        ("eine teure Creme", {"price_band": "high"}),
        ("Sonnencreme LSF 50", {"spf": "50"}),
        ("shampoo per capelli grassi e fini", {"hair_type": "oily, fine"}),
        # every type said after the part ("piel seca y sensible" read 'dry skin and sensible',
        # dry only; "peau grasse et mixte" 'oily skin and mixte'; "cheveux fins" 'hair fins')
        ("crema para piel seca y sensible", {"skin_type": "dry, sensitive"}),
        ("crème pour peau grasse et mixte", {"skin_type": "oily, combination"}),
        ("champú para cabello fino y graso", {"hair_type": "fine, oily"}),
        ("shampooing pour cheveux fins", {"hair_type": "fine"}),
        ("une crème pour peau sensible", {"skin_type": "sensitive"}),
        ("Feuchtigkeitscreme für trockene und empfindliche Haut", {"skin_type": "dry, sensitive"}),
    ],
)
def test_traits_said_in_other_languages(message: str, expected: dict[str, str | None]) -> None:
    """Each was read with nothing ("mujeres de más de 40" set a lowest price of 40); the types
    of skin and hair as the stated attributes read them (`extract_attributes`)."""
    words = to_catalog_words(message.lower())
    parsed = parse_query(words, brands=[], categories=[])
    assert parsed.min_price is None
    request = Request(intent=Intent.SEARCH, text=words, parsed=parsed)
    got = {
        **with_traits(request, words).attributes,
        "hair_type": extract_attributes(words).get("hair"),
        "skin_type": extract_attributes(words).get("skin"),
    }
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("message", "ingredient", "formula"),
    [
        ("an argan oil shampoo", "argan oil", None),
        ("a coconut oil conditioner", "coconut oil", None),
        ("shea butter body lotion", "shea butter", None),
        ("a serum with vit c", "vitamin c", None),
        ("an oil cleanser", None, "oil"),  # the form itself
        ("a clay mask", "clay", "clay"),
    ],
)
def test_an_ingredient_s_own_oil_or_butter_is_no_formula(
    message: str, ingredient: str | None, formula: str | None
) -> None:
    """ "an argan oil shampoo" read an oil formula beside the argan oil."""
    got = read_traits(to_catalog_words(message))
    assert (got.get("ingredient"), got.get("formula")) == (ingredient, formula)


@pytest.mark.parametrize(
    "message", ["a product for hair growth", "something to grow my hair back", "a regrowth serum"]
)
def test_growing_hair_is_the_hair_loss_concern(message: str) -> None:
    assert "hair loss" in read_traits(message).get("concern", "")
