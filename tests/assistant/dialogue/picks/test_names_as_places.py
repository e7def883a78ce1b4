"""Picks named by the words of their own title, read as if named by their place (CONVO85):
"the tea tree one pls" beside three shampoos chooses the first; "y is super stay so cheap" asks
why the first; a run of title words that names a product ("bubble bath") or follows a word that
asks for a trait ("any with tea tree") stays a need."""

from __future__ import annotations

from functools import partial

import pytest

from assistant.dialogue.model.model_request import PickLine
from assistant.dialogue.picks.names_as_places import names_as_places, screen_names
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import read_beside, reader_over
from tests.assistant.dialogue.scenes import picks_listed
from tests.tables import reads_as, stays_as_said

SHAMPOOS = picks_listed(
    """
    Jason Shampoo, Tea Tree, 17.5 Ounce | Jason Natural | 6.83
    Nizoral Anti-Dandruff Shampoo, 4 oz. | Nizoral | 7.45
    Max Green Alchemy Scalp Rescue Shampoo 8.8 oz | Max Green Alchemy | 14.99
"""
)
FOUNDATIONS = picks_listed(
    """
    Maybelline New York Super Stay 24Hr Makeup, Caramel, 1 Fl Oz | Maybelline | 3.97
    MAKE UP FOR EVER HD Invisible Cover Foundation 115 Ivory | Make Up For Ever | 44.0
    Estee Lauder Double Wear Stay-In-Place Makeup SPF 10 18 Linen | Estee Lauder | 73.7
"""
)
MASCARAS = picks_listed(
    """
    Maybelline Great Lash Mascara, Very Black -.43 Fluid Ounce | Maybelline | 3.79
    CoverGirl LashBlast Waterproof Mascara, Very Black 825 | COVERGIRL | 10.69
    Trish McEvoy High Volume Mascara - Jet Black 0.18oz (5g) | Trish McEvoy | 36.99
"""
)
POLISHES = picks_listed(
    """
    OPI: Lacquer NLS86 Bubble Bath, 0.5 oz | OPI | 4.35
    Essie Nail Lacquer, Blanc, 0.5 Fluid Ounce | Essie | 5.75
    OPI Nail Lacquer - Russian Navy Suede - 0.5 oz | OPI | 11.95
"""
)
PRODUCT_WORDS = frozenset({"shampoo", "tea", "tree", "bath", "bubble", "makeup", "foundation"})


def _names(word: str) -> bool:
    return word in PRODUCT_WORDS


test_a_pick_s_own_words_name_its_place = reads_as(
    partial(names_as_places, picks=SHAMPOOS, names=_names),
    [
        ("the tea tree one pls", "the first one pls"),
        ("is scalp rescue ok for color treated hair", "is the third one ok for color treated hair"),
        ("THE SCALP RESCUE one?", "the third one?"),
    ],
)

test_a_line_of_a_foundation_names_its_place = reads_as(
    partial(names_as_places, picks=FOUNDATIONS, names=_names),
    [
        ("the double wear", "the third one"),
        ("does the hd one come in darker shades", "does the second one come in darker shades"),
        ("y is super stay so cheap", "y is the first one so cheap"),
        ("super stay or double wear?", "the first one or the third one?"),
    ],
)

test_words_that_name_no_pick_alone_stay = stays_as_said(
    partial(names_as_places, picks=SHAMPOOS, names=_names),
    [
        "any with tea tree?",  # a trait asked for: a word before it asks
        "tea tree please",  # product words with nothing pointing at them: a need
        "more from the jason natural range",  # its brand alone: the brand readers' (`named_picks`)
        "the tea tree ones",  # several: no one pick
        "a scalp rescue one",  # one of a kind asked for
        "something for dandruff",
    ],
)


def test_a_line_s_name_may_start_with_a_word_that_praises() -> None:
    """ "Great Lash": "great" is a stop word, but a name may start with it."""
    said = names_as_places("ok ill get the great lash", MASCARAS, _names)
    assert said == "ok ill get the first one"
    assert names_as_places("the best one", MASCARAS, _names) == "the best one"


def test_a_name_set_against_another_is_a_pick_but_a_trait_is_not() -> None:
    """ "lashblast vs great lash": both picks by name; "matte or waterproof" asks for traits."""
    said = names_as_places("lashblast vs great lash?", MASCARAS, _names)
    assert said == "the second one vs the first one?"
    assert names_as_places("matte or waterproof", MASCARAS, _names) == "matte or waterproof"


def test_a_trait_asked_of_another_pick_named_names_no_pick() -> None:
    """ "is the revlon one long-lasting?" beside an NYX "Long Lasting" lipstick asks of the
    Revlon (CONVO78's aside-019): the run alone is its trait, not the NYX."""
    lipsticks = (
        PickLine("NYX Matte Lipstick Pure Red Long Lasting Lipsticks", "NYX", 6.9),
        PickLine("Revlon Colorstay Sheer Overtime Lipcolor, Sheer Mocha", "Revlon", 9.99),
        PickLine("MAC Matte Lipstick Viva Glam I 3G", "M.A.C", 19.37),
    )
    said = "Could you tell me whether the Revlon one is long-lasting?"
    assert names_as_places(said, lipsticks, _names) == said
    assert names_as_places("y is the long lasting one so cheap", lipsticks, _names) == (
        "y is the first one so cheap"
    )


def test_a_trait_said_alone_names_no_pick_whose_title_holds_it() -> None:
    """ "long lasting pls" beside a "Long Lasting" title asks for the trait (#17: a held-out
    case lost to CONVO85); so do a finish, a formula or a scent the phrase tables know, said
    alone or set against another ("tea tree or argan?" of two shampoos' scents)."""
    lipsticks = (
        PickLine("NYX Matte Lipstick Pure Red Long Lasting Lipsticks", "NYX", 6.9),
        PickLine("Revlon Colorstay Sheer Overtime Lipcolor, Sheer Mocha", "Revlon", 9.99),
        PickLine("Neutrogena Oil Free Moisture SPF 35, 2.5 Ounce", "Neutrogena", 9.08),
    )
    for said in ("long lasting pls", "y is long lasting so cheap", "oil free?"):
        assert names_as_places(said, lipsticks, _names) == said
    assert names_as_places("oil free moisture pls", lipsticks, _names) == "the third one pls"
    assert names_as_places("sheer mocha pls", lipsticks, _names) == "the second one pls"


def test_a_name_said_run_together_or_hyphenated_names_its_pick() -> None:
    """ "superstay" and "super-stay" are the "Super Stay" line's name run together."""
    for said in ("y is superstay so cheap", "y is super-stay so cheap"):
        assert names_as_places(said, FOUNDATIONS, _names) == "y is the first one so cheap"


def test_a_turn_that_holds_no_own_word_lists_no_names() -> None:
    """A turn that holds none of the picks' own words is left as said before their names are
    listed: the screen's index bails out (the dialogue bench's "cheaper", "compare 1 and 2")."""
    screen_names.cache_clear()
    screen = screen_names(tuple(MASCARAS))
    for said in ("cheaper", "compare the first two", "why the first one", "under $10"):
        assert names_as_places(said, MASCARAS, _names) == said
    assert "names" not in vars(screen)  # never listed
    assert names_as_places("the great lash pls", MASCARAS, _names) == "the first one pls"
    assert "names" in vars(screen)
    assert screen_names(tuple(MASCARAS)) is screen  # once per screen


def test_a_new_need_that_shares_a_pick_s_words_names_no_pick() -> None:
    """ "face cream dry skin" beside body lotions, butters and creams is a new need, not
    'face <the third one>' by the run "cream dry skin" (one word of three the pick's own)."""
    body = (
        PickLine("Body lotion for dry skin", "Nivea", 8.0),
        PickLine("Body butter dry skin", "Palmer's", 9.0),
        PickLine("Body cream dry skin", "Eucerin", 14.0),
    )
    said = "face cream dry skin"
    assert names_as_places(said, body, lambda word: False) == said


def test_a_shared_word_names_no_pick() -> None:
    """ "the lacquer one" beside three lacquers names none of them."""
    assert names_as_places("the lacquer one", POLISHES, _names) == "the lacquer one"


def test_too_many_picks_for_the_places_named_leave_the_message() -> None:
    picks = SHAMPOOS * 2
    assert names_as_places("the tea tree one", picks, _names) == "the tea tree one"


VOCAB = CatalogVocabulary(
    brands=["Jason Natural", "Nizoral", "Max Green Alchemy", "Maybelline", "Make Up For Ever",
            "Estee Lauder", "OPI", "Essie"],
    categories=["Beauty > Hair Care > Shampoos", "Beauty > Makeup > Face > Foundation",
                "Beauty > Makeup > Nails > Nail Polish",
                "Beauty > Bath & Body > Bath > Bubble Bath"],
    words=frozenset({"shampoo", "foundation", "nail", "polish", "bubble", "bath", "tea", "tree"}),
)  # fmt: skip
READER = reader_over(VOCAB)


@pytest.mark.parametrize(
    ("message", "picks", "intent", "references"),
    [
        ("the tea tree one pls", SHAMPOOS, Intent.FEEDBACK, [0]),  # chosen, as "the first one pls"
        ("ill go w double wear", FOUNDATIONS, Intent.FEEDBACK, [2]),
        ("y is super stay so cheap", FOUNDATIONS, Intent.WHY, [0]),
        ("what goes with super stay", FOUNDATIONS, Intent.BUNDLE, [0]),
        ("the bubble bath one please", POLISHES, Intent.FEEDBACK, [0]),  # "one" points at it
    ],
)
def test_a_pick_named_by_its_line_is_that_pick(
    message: str, picks: tuple[PickLine, ...], intent: Intent, references: list[int]
) -> None:
    request = read_beside(READER, message, picks)
    assert (request.intent, request.references) == (intent, references)


def test_a_place_and_a_brand_set_against_each_other_are_both_compared() -> None:
    """ "tea tree or nizoral, which is better": the first (by its line) and the second (by its
    brand), not the first alone."""
    request = read_beside(READER, "tea tree one or nizoral, which is better", SHAMPOOS)
    assert (request.intent, request.references) == (Intent.COMPARE, [0, 1])


def test_one_word_of_a_pick_s_own_after_the_names_it() -> None:
    """ "the anthelios please" names the La Roche-Posay by its line; a product's word ("the
    sunscreen"), a trait ("the matte") or a short word after "the" names none."""
    sunscreens = (
        PickLine("La Roche-Posay Anthelios 60 Ultra Light Sunscreen Fluid for Face", "LRP", 19.76),
        PickLine("Neutrogena Oil Free Moisture SPF 35, 2.5 Ounce", "Neutrogena", 9.08),
        PickLine("Coola Mineral Face SPF 30 Sunscreen Matte Tint, Unscented", "Coola", 17.5),
    )
    assert names_as_places("The Anthelios please.", sunscreens, _names) == "the first one please."
    for said in ("the matte pls", "the sunscreen pls", "is the spf ok"):
        assert names_as_places(said, sunscreens, lambda w: w == "sunscreen") == said
