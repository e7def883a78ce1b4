"""The ways to say what must be left out (`avoid.find_avoided`), written from everyday
phrasings of allergies and sensitivities, not from the labelled set."""

from __future__ import annotations

import pytest

from assistant.dialogue.needs.avoid import find_avoided


@pytest.mark.parametrize(
    ("message", "avoided"),
    [
        # before: [] or the wrong word
        # CONVO40's probes: what a tool or hair product must not do is no ingredient ("no
        # crease hair ties" searched nothing and ruled out "hair" and "ties")
        ("no crease hair ties", []),
        ("no snag elastics for thick hair", []),
        ("a no frizz serum", []),
        ("no slip headbands", []),
        ("no heat curls overnight", []),
        ("no sulfates, no crease", ["sulfates"]),
        ("i react badly to parabens", ["parabens"]),
        ("sulfates make my scalp itch", ["sulfates"]),
        ("can't use anything with lanolin", ["lanolin"]),  # was "anything"
        ("something with no added fragrance", ["fragrance"]),  # was "added" too
        ("unscented please", ["fragrance"]),
        ("hate anything with alcohol", ["alcohol"]),
        ("stay away from sulfates", ["sulfates"]),
        ("zero alcohol", ["alcohol"]),
        ("shea butter irritates my skin", ["shea"]),  # was "butter"; shea, not every butter
        ("coconut oil breaks me out", ["coconut"]),  # was "oil"; coconut, not every oil
        # an ingredient's kind after it is no ingredient of its own (the lead's probe: "without
        # coconut oil" left out every lotion naming an oil)
        ("a body lotion without coconut oil", ["coconut"]),
        ("no salicylic acid please", ["salicylic"]),
        ("no oil please", ["oil"]),  # said alone, it is
        ("deodorant free of aluminum", ["aluminum"]),  # not the deodorant
        # who or how much is allergic is no ingredient (the lead's probe: "i'm" was avoided)
        ("I'm allergic to nuts", ["nuts"]),
        ("my daughter is severely allergic to nuts", ["nuts"]),
        ("she's allergic to lanolin", ["lanolin"]),
        # a dislike of an ingredient or scent (the lead's probe: "lavender" was searched for)
        ("she doesn't like lavender", ["lavender"]),
        ("not a fan of coconut", ["coconut"]),
        ("i don't like these", []),
        ("she doesn't like strong perfume", []),  # how much, not what
        # a colour or finish after "not" / "nothing" (CONVO7's probe: "not red though" beside
        # nail polishes was off the shop's topic)
        ("not red though", ["red"]),
        ("nothing glittery", ["glittery"]),
        ("anything but pink", ["pink"]),
        ("a red lipstick, not matte", ["matte"]),
        ("not too red", []),  # how much, not what
        # a reaction to everything is no ingredient (the lead's probe: "everything" was avoided)
        ("no fragrance please, my skin reacts to everything", ["fragrance"]),
        ("i'm sensitive to most things", []),
        ("not sure", []),
        # the lead's probes (round seventeen): a bad reaction said of the skin, or by what an
        # ingredient does; a new clause after a comma is not on the list ("lip" and "balm"
        # were ruled out of a lip balm search)
        ("my skin hates salicylic acid, a blackhead thing", ["salicylic"]),
        ("her scalp can't take sulfates", ["sulfates"]),
        ("salicylic acid dries me out", ["salicylic"]),
        ("benzoyl peroxide dries my skin out", ["benzoyl peroxide"]),
        ("retinol doesn't agree with my skin", ["retinol"]),
        ("i can't handle fragrance, body lotion", ["fragrance"]),
        ("allergic to lanolin, lip balm pls", ["lanolin"]),
        ("no parabens, sulfates or silicones", ["parabens", "sulfates", "silicones"]),
        ("without shea, almond", ["shea", "almond"]),
        ("no fragrance, no dyes, sensitive skin", ["fragrance", "dyes"]),
        ("my skin loves hyaluronic acid", []),  # must not change
        # unchanged
        ("the perfume gives me headaches", ["perfume"]),
        ("i have a nut allergy", ["nut"]),
        ("I want a shampoo sulfate free", ["sulfate"]),
        ("without shea or almond", ["shea", "almond"]),
        ("cruelty-free mascara", []),
        ("perfume gives me migraines, a body lotion please", ["perfume"]),
        ("lanolin irritates my skin so a hand cream", ["lanolin"]),
        ("i am sensitive to fragrance", ["fragrance"]),
        ("i cannot use retinol, a night cream", ["retinol"]),
        ("coconut breaks me out", ["coconut"]),
        ("a cream for sensitive skin", []),
        ("it gives me a glow", []),
        # the lead's probe: 'without won't' was searched beside moisturizers
        ("a moisturizer that won't make me break out", []),
        ("a foundation that doesn't break me out", []),
        # CONVO19 probe: what must not smell asks for no fragrance; how strong is no ingredient
        ("a moisturizer that doesn't smell", ["fragrance"]),
        ("a lotion that doesnt smell like anything", ["fragrance"]),
        ("a shampoo with no smell", ["fragrance"]),
        ("an odorless hand cream", ["fragrance"]),
        ("a perfume that doesn't smell too sweet", []),
        ("a deodorant that won't smell like sweat", []),
        # CONVO48's inventory of how an ingredient to leave out is said (issue 17 point 5): a list
        # before "-free", an ingredient named by two words, "minus", "none of", "is a no go"
        # a list before "-free" ("sulfate and paraben free" ruled out parabens alone)
        ("mousse that's sulfate and paraben free", ["sulfate", "paraben"]),
        ("a sulfate, paraben and silicone free conditioner", ["sulfate", "paraben", "silicone"]),
        ("oil free and fragrance free moisturizer", ["oil", "fragrance"]),
        ("a lip balm, vegan and paraben free", ["paraben"]),  # a claim, not an ingredient
        ("a lip balm, vegan and cruelty free", []),
        ("a black and gold nail polish that is chip free", []),  # a wear, not an ingredient
        # two words that name one ingredient ("mineral oil" ruled out every mineral sunscreen)
        ("stay away from mineral oil please, a baby lotion", ["mineral oil"]),
        ("can't tolerate essential oils, a body butter", ["essential oils"]),
        ("a cream with no baby oil", ["baby oil"]),
        ("coconut oil breaks me out", ["coconut"]),  # as before: coconut, not every oil
        ("a lotion without coconut oil", ["coconut"]),
        ("no shea butter or almond oil", ["shea", "almond"]),
        # other leads
        ("a body oil minus the alcohol", ["alcohol"]),
        ("a toner, none of the parabens", ["parabens"]),
        ("gluten is a no go for me, a lipstick", ["gluten"]),
        ("fragrance is a no-no, a lotion", ["fragrance"]),
        # nothing ruled out
        ("no need to avoid fragrance anymore", ["fragrance"]),  # read, then lifted by the reader
        ("none of these", []),
    ],
)
def test_avoided(message: str, avoided: list[str]) -> None:
    assert find_avoided(message.lower())[0] == avoided


def test_without_said_twice_is_no_ingredient() -> None:
    """'shampoo without sulfates and without silicones' avoided 'without' too (and the reply
    said 'without sulfates, without, silicones')."""
    items, _ = find_avoided("shampoo without sulfates and without silicones")
    assert items == ["sulfates", "silicones"]
    items, _ = find_avoided("a cream without parabens, without fragrance please")
    assert items == ["parabens", "fragrance"]


def test_what_must_not_smell_leaves_the_search_words() -> None:
    """CONVO19 probe: 'moisturizer dosnt smell' was searched (scented lotions found)."""
    items, spans = find_avoided("a moisturizer that doesn't smell, for dry skin")
    assert items == ["fragrance"] and spans == ["that doesn't smell"]


def test_what_a_brand_ruled_out_does_is_its_reason_not_an_ingredient() -> None:
    """The lead's probe (round seventeen): "no maybelline pls, their mascaras make my eyes
    itch" ruled out "mascaras", and the search had only "pls" left ("I could not search for
    that"); the reason is dropped from the search, the need kept."""
    avoided, said = find_avoided(
        "no maybelline pls, their mascaras make my eyes itch", ["Maybelline"]
    )
    assert avoided == [] and said == ["make my eyes itch"]
    assert find_avoided("their shampoos break me out", [])[0] == ["shampoos"]  # no brand ruled out


@pytest.mark.parametrize(
    ("message", "avoided"),
    [
        ("no sulfate shampoo", ["sulfate"]),  # was "sulfate" and "shampoo": no shampoo searched
        ("no silicone conditioner for curls", ["silicone"]),
        ("no alcohol toner please", ["alcohol"]),
        ("a lotion without coconut oil", ["coconut"]),  # the ingredient's kind still joins it
        ("no oil please", ["oil"]),  # a type word said first is what is ruled out
        ("no retinol or salicylic acid", ["retinol", "salicylic"]),  # the list goes on
        ("no parabens and no oil shampoo", ["parabens", "oil"]),
    ],
)
def test_a_product_type_after_an_ingredient_is_the_need(message: str, avoided: list[str]) -> None:
    """CONVO40's probes: "no sulfate shampoo" ruled out the shampoo too (and searched nothing
    of it); a word that names a product type ends what an ingredient rules out."""
    types = {"shampoo", "conditioner", "toner", "lotion", "oil", "salicylic"}
    assert find_avoided(message, (), types.__contains__)[0] == avoided


@pytest.mark.parametrize(
    ("message", "spans"),
    [
        # CONVO67 probes: a relative clause after the product sought says its use, no ingredient
        # ("a thing that dries my nails fast" ruled out "thing that" and searched "i need a fast")
        ("i need a thing that dries my nails fast", []),
        ("a gadget that dries my nails", []),
        ("a towel that dries my hair quicker", []),
        ("a highlighter that gives me a glow", []),
        # what it must not do leaves the search words, and rules nothing out
        ("a cleanser, nothing that dries my skin out", ["nothing that dries my skin out"]),
    ],
)
def test_a_relative_clause_of_the_product_sought_is_its_use(message: str, spans: list[str]) -> None:
    names_a_type = {"towel", "highlighter", "cleanser"}.__contains__
    assert find_avoided(message, (), names_a_type) == ([], spans)


def test_an_ingredient_before_a_relative_clause_is_ruled_out_alone() -> None:
    """'retinol that irritates my skin' ruled out 'retinol that'."""
    assert find_avoided("retinol that irritates my skin")[0] == ["retinol"]
