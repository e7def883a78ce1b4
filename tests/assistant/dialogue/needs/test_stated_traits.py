"""The attributes a message states beyond skin and hair type, and whose they are (issue 17,
points 1 and 3). Phrasings are our own, not the labelled set's."""

from __future__ import annotations

from functools import partial

import pytest

from assistant.dialogue.needs.stated_needs import extract_attributes
from assistant.dialogue.needs.stated_traits import mine_in_full, read_traits, with_traits
from assistant.dialogue.request import Intent, Request
from retrieval.query import ParsedQuery
from tests.tables import reads_as


def _trait(key: str, message: str) -> str | None:
    """The trait ``key`` read_traits reads in ``message``, or None."""
    return read_traits(message).get(key)


@pytest.mark.parametrize(
    ("message", "key"),
    [
        ("a serum for dry skin", "formula"),  # the product itself, not its form
        ("coconut oil for my hair", "scent"),  # an ingredient, not a smell
        ("no vanilla please, i hate sweet smells", "scent"),
        ("nothing floral", "scent"),
        ("a face cream that is not too shiny", "finish"),
        ("something for dark circles", "color"),
        ("a black tea body wash", "color"),
        ("shampoo under 30 pounds", "size"),  # a price, not a weight
        ("a moisturiser for mature skin", "age_group"),  # a skin type
        ("a face wash that doesn't break the bank", "price_band"),
    ],
)
def test_words_that_state_no_such_trait(message: str, key: str) -> None:
    got = read_traits(message)
    if key == "price_band":  # read, and low: "doesn't break the bank"
        assert got.get(key) == "low"
    else:
        assert key not in got


test_sizes_are_read_by_phrase_amount_and_pack = reads_as(
    partial(_trait, "size"),
    [
        ("a tsa friendly face wash", "travel size, tsa friendly"),  # CONVO83: and as said
        ("a big bottle of conditioner", "large, big bottle"),
        ("dry shampoo two pack", "2-pack"),  # CONVO68: a count of a pack
        ("a pack of 3 body washes", "3-pack"),
        ("dry shampoo, two for under ten?", "2-pack"),
        ("curling iron w a 1.5 inch barrel", "1.5 inch"),
        ("a generous 8 ounce jar of body butter", "8 ounce, 8 oz"),  # and the unit's short name
        ("edp 3.4 fl oz", "3.4 fl oz, 3.4 oz"),
        ("100ml edt", "100 ml"),
    ],
)


test_scents_joined_to_a_scent_and_colours_as_said = reads_as(
    lambda message: (_trait("scent", message), _trait("color", message)),
    [
        ("perfume, something fresh and citrusy", ("citrusy, fresh", None)),
        ("a vanilla and warm body spray", ("vanilla, warm", None)),
        ("a fresh and clean body wash", (None, None)),  # no scent by name: "fresh" alone
        ("gray eyeshadow palette", (None, "gray")),
        ("a grey nail polish", (None, "grey")),  # the reader reads it "gray" before (lexicon)
        ("coral lipstick for summer", (None, "coral")),
        ("mineral sunscreen thats safe for coral reefs", (None, None)),  # the reef's, no colour
    ],
)


def test_a_sunscreen_kind_to_reefs_is_reef_safe() -> None:
    for message in (
        "mineral sunscreen thats safe for coral reefs",
        "a sunscreen that is kind to the coral reefs",
        "reef friendly sunscreen",
        "sunscreen that won't harm coral",
    ):
        assert _trait("ethics", message) == "reef-safe", message
    assert _trait("ethics", "a coral lipstick") is None


test_concerns_are_read_as_said_and_by_their_usual_name = reads_as(
    partial(_trait, "concern"),
    [
        ("keep breaking out along my jaw", "acne, breaking out"),
        ("something for the zits on my chin", "zits, acne"),
        ("my eyes look so puffy every morning", "puffy eyes, puffiness"),
        ("an anti-wrinkle cream", "wrinkles, anti-wrinkle"),
        ("crow's feet are showing", "crow's feet, wrinkles"),
        ("my complexion looks dull lately", "dullness"),
        ("i get oily by lunch", "oiliness, oily by lunch"),
        ("a serum for uneven skin tone", "uneven skin tone, dark spots"),
        ("my cheeks get red patches", "redness, red patches"),
        ("enlarged pores on my nose", "pores, large pores, enlarged pores"),
        ("flaky scalp, help", "flaky scalp, dandruff"),
        ("his hair is falling out", "hair loss"),
        ("ingrown hairs after i shave my legs", "ingrown hairs, razor bumps"),
        ("my lips are always cracked", "chapped lips"),
        ("i got sunburned at the lake", "sunburn, sunburned"),
    ],
)


def test_a_concern_ruled_out_is_none() -> None:
    assert "concern" not in read_traits("a gentle face wash, i don't have acne")


def test_a_high_spf_a_light_scent_and_no_form_before_without() -> None:
    """CONVO28's probes: "a sunscreen with high spf" stated no SPF, "lightly scented body
    lotion" no scent, and "a lotion without parabens" a lotion formula (the product itself)."""
    assert read_traits("a sunscreen with high spf")["spf"] == "high"
    assert read_traits("a day cream with spf 30, high spf")["spf"] == "30"
    assert read_traits("lightly scented body lotion")["scent"] == "light"
    assert "formula" not in read_traits("a lotion without parabens")


def test_how_a_formula_behaves_said_with_a_space() -> None:
    assert read_traits("a non comedogenic sunscreen")["formula"] == "non-comedogenic"
    assert read_traits("an oil free moisturiser")["formula"] == "oil-free"


def test_a_ruled_out_ingredient_is_no_wanted_scent() -> None:
    assert "scent" not in read_traits("a lotion without lavender", avoid=["lavender"])


def test_a_brand_said_is_no_trait() -> None:
    """ "Gold Bond" is a brand: no gold colour."""
    request = Request(intent=Intent.SEARCH, parsed=ParsedQuery(text="", brands=["Gold Bond"]))
    assert "color" not in with_traits(request, "gold bond foot cream").attributes


def test_the_price_reading_gives_the_band_but_cheaper_speaks_of_the_picks() -> None:
    cheap = ParsedQuery(text="a cheap toner", cheap=True)
    assert read_traits("a cheap toner", parsed=cheap)["price_band"] == "low"
    refined = Request(intent=Intent.REFINE, parsed=ParsedQuery(text="", cheap=True), cheaper=True)
    assert "price_band" not in with_traits(refined, "cheaper please").attributes


def _read(message: str) -> Request:
    request = Request(intent=Intent.SEARCH, text=message)
    request.attributes = extract_attributes(message)
    return with_traits(request, message)


def test_the_shoppers_own_traits_join_the_request() -> None:
    request = _read("a lavender body lotion, i have dry skin")
    assert request.attributes == {"skin": "dry", "scent": "lavender"}
    assert request.self_attributes == {}


def test_a_recipients_traits_stay_theirs_and_the_shoppers_go_apart() -> None:
    request = _read("i have oily skin but this is for my mum, she loves rose and has dry skin")
    assert request.attributes["for"] == "mum"
    assert request.attributes["skin"] == "dry" and request.attributes["scent"] == "rose"
    assert request.self_attributes == {"skin": "oily"}
    gift = _read("a perfume for my sister, she likes vanilla")
    assert gift.attributes["scent"] == "vanilla" and gift.self_attributes == {}
    mine = _read("a candle for my boyfriend, i love lavender though")
    assert "scent" not in mine.attributes and mine.self_attributes == {"scent": "lavender"}


def test_the_shoppers_own_skin_said_beside_a_gift_is_not_the_gifts() -> None:
    """ "My skin is oily, but it's for my dad": the rules read oily skin for the dad before."""
    request = _read("my skin is oily, but it's for my dad")
    assert "skin" not in request.attributes
    assert request.self_attributes == {"skin": "oily"}


@pytest.mark.parametrize(
    ("message", "key", "theirs", "own"),
    [
        (
            "my boyfriend's skin is sensitive, mine is normal, a gentle shaving gel for him",
            "skin",
            "sensitive",
            "normal",
        ),
        ("my sister's hair is thick but mine's fine, a shampoo for her", "hair", "thick", "fine"),
    ],
)
def test_mine_said_of_a_part_named_before_is_the_shoppers_own(
    message: str, key: str, theirs: str, own: str
) -> None:
    """CONVO79 probe: "mine is normal" beside a boyfriend's sensitive skin was no trait of the
    shopper's (`stated_traits.mine_in_full`: "mine" is the part named before it)."""
    request = _read(message)
    assert theirs in request.attributes[key]
    assert request.self_attributes.get(key) == own


def test_mine_with_no_part_before_it_is_left_as_said() -> None:
    assert mine_in_full("mine is broken, a new hair dryer") == "mine is broken, a new hair dryer"
    both = "her lips are dry and mine are too"
    assert mine_in_full(both) == "her lips are dry and my lips are too"


def test_whose_person_the_recipient_is_gives_them_no_trait() -> None:
    """Lead probe (round twenty-four): "for my kid's teacher" read a kids' age group, "my
    baby's nanny" a baby's, "my daughter's soccer coach" a woman (the daughter) as whom."""
    teacher = _read("a little something for my kid's teacher, end of year")
    assert teacher.attributes["for"] == "kid's teacher"
    assert "age_group" not in teacher.attributes
    assert "age_group" not in _read("a present for my baby's nanny").attributes
    coach = _read("something for my daughter's soccer coach")
    assert coach.attributes["for"] == "daughter's soccer coach"
    assert "gender" not in coach.attributes
    son = _read("a shampoo for my son, he's 8")
    assert son.attributes["age_group"] == "kids" and son.attributes["gender"] == "men"


def test_a_model_reading_keeps_its_values() -> None:
    request = Request(intent=Intent.SEARCH, source="model", attributes={"scent": "citrus"})
    assert with_traits(request, "a lavender soap").attributes["scent"] == "citrus"


def test_turns_that_state_no_wish_state_no_traits() -> None:
    for intent in (Intent.GREETING, Intent.OFF_TOPIC, Intent.UNSAFE, Intent.CLEAR):
        assert with_traits(Request(intent=intent), "i'm a vegan guy").attributes == {}
    disliked = Request(intent=Intent.FEEDBACK, sentiment=-1)
    assert with_traits(disliked, "not loving the pink ones").attributes == {}


@pytest.mark.parametrize(
    ("message", "key"),
    [
        ("how big is it?", "size"),
        ("what does the second one smell like", "scent"),
        ("what colours does it come in?", "color"),
        ("does the first one have spf?", "spf"),
        ("what's the texture like?", "formula"),
        ("what's in it?", "ingredient"),
    ],
)
def test_a_question_about_the_picks_names_what_it_asks_for(message: str, key: str) -> None:
    assert with_traits(Request(intent=Intent.ASK), message).attributes == {key: "?"}


def test_a_question_with_a_value_keeps_it() -> None:
    assert with_traits(Request(intent=Intent.ASK), "is it vegan?").attributes == {"ethics": "vegan"}
    assert "size" not in with_traits(Request(intent=Intent.SEARCH), "how big is it?").attributes


test_a_formula_said_by_what_it_does_is_read_by_its_usual_name = reads_as(
    partial(_trait, "formula"),
    [  # CONVO76: how a formula behaves, said as a verb phrase rather than named
        ("a hairspray with a really firm hold for an updo", "strong hold"),
        ("pomade w strong hold that isn't crunchy", "strong hold"),
        ("a gel with a flexible hold", "flexible hold, light hold"),
        ("a top coat that dries really fast", "quick-drying"),
        ("a lip stain that lasts thru dinner", "long-wearing, long-lasting"),
        ("an eyeliner that actually stays on my waterline", "long-wearing, long-lasting"),
        ("kiss proof lipstick", "long-wearing, long-lasting"),
        ("a mascara that won't run when i cry", "waterproof"),
        ("an eyeliner that doesn't smudge", "smudge-proof"),
        ("a lipstick that won't transfer onto my mask", "transfer-proof"),
        ("a lipstick, the last one i had was too dry", None),  # "last": no lasting
        ("a body wash that lasts me months", None),  # how much, not how it wears
    ],
)


test_a_form_said_after_its_type_is_the_formula = reads_as(
    partial(_trait, "formula"),
    [  # CONVO76: the form after the type's word, last in its phrase
        ("a deodorant stick that doesn't leave white marks", "stick"),
        ("a sunscreen spray for the body", "spray"),
        ("an eyeliner pen, black", "pen"),
        ("a good balm for my lips", None),  # after a word of no type: the product itself
        ("a spray bottle for my hair", None),  # before another word: not last
        ("shea butter for dry skin", None),  # an ingredient
    ],
)


test_sizes_said_by_what_it_fits_in_or_is_not = reads_as(
    partial(_trait, "size"),
    [  # CONVO76
        ("a compact mirror that fits in a clutch", "small"),
        ("a makeup bag that isn't massive", "small"),
        ("a big enough makeup bag", None),
    ],
)


def _scent_colour_and_spf(message: str) -> dict[str, str]:
    """The scent, colour and SPF read_traits reads in ``message``."""
    return {k: v for k, v in read_traits(message).items() if k in ("scent", "color", "spf")}


test_traits_said_in_other_forms = reads_as(
    _scent_colour_and_spf,
    [  # CONVO76: a scent's own adjective beside its usual name, a colour with -y, SPF as
        # protection from the sun
        ("a cologne with a woodsy smell", {"scent": "woodsy, woody"}),
        ("nude pinky lip gloss", {"color": "nude, pink"}),
        ("an orangey red lipstick", {"color": "orange, red"}),
        ("a moisturizer with sun protection", {"spf": "yes"}),
        ("a lotion that protects my skin from the sun", {"spf": "yes"}),
    ],
)


test_traits_said_by_another_word_keep_the_shoppers_words = reads_as(
    _scent_colour_and_spf,
    [  # CONVO83: a scent's adjective made with -y, a fruit word beside a colour word is a colour
        ("a lemony body scrub", {"scent": "lemon"}),
        ("a cologne with vetiver and leather", {"scent": "vetiver, leather"}),
        ("a peachy coral blush", {"color": "peach, coral"}),
        ("a peach body wash", {"scent": "peach"}),
        ("a biscuit scented hand cream", {"scent": "biscuit"}),  # the word before "scented"
        ("a shower gel in a hay scent", {"scent": "hay"}),
        ("my signature scent ran out", {}),
    ],
)


test_concerns_said_by_another_word_are_kept_as_said = reads_as(
    partial(_trait, "concern"),
    [  # CONVO83: the words said beside the usual name; sunspots written as one word
        ("a balm for peeling lips", "chapped lips, peeling lips"),
        ("a serum for liver spots", "spots, dark spots, liver spots"),
        ("a cream for the sunspots on my arms", "dark spots, sunspots"),
    ],
)


def test_what_a_product_should_treat_is_a_concern_of_the_turn_only() -> None:
    """CONVO83: "to fade X", "helps with X": X as said, in the turn's reading; `read_traits`,
    which the intent and category readers weigh, does not take it."""
    text = "a cream that helps with hangnails on my thumbs"
    turn = with_traits(Request(intent=Intent.SEARCH), text)
    assert turn.attributes["concern"] == "hangnails"
    assert "concern" not in read_traits(text)


test_a_shade_of_a_complexion_product_says_the_skin_tone = reads_as(
    partial(_trait, "skin_tone"),
    [  # CONVO83: the tone a foundation's or a concealer's shade is for
        ("a stick foundation in the darkest shade", "dark"),
        ("powder, a fair shade please", "fair"),
        ("a blush in a light shade of coral", None),
        ("a lipstick in a deep shade", None),
    ],
)
