"""Picks named by their brand or price (`assistant/dialogue/picks/named_picks.py`) through the turn
reader: "the CeraVe one" points at the CeraVe pick on screen, elsewhere a brand is still a brand
wanted; "the $36 one, how many watts?" asks about that pick, a price said otherwise is still a
price wanted."""

from __future__ import annotations

import pytest

from assistant.dialogue.model.model_request import PickLine, TurnSituation
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import reader_over
from tests.assistant.dialogue.scenes import picks_listed

VOCAB = CatalogVocabulary(
    brands=["Olay", "CeraVe", "L'Oreal Paris", "Neutrogena", "Vidal Sassoon", "Onei Beauty",
            "John Frieda", "Revlon", "Watts Beauty"],
    categories=["Beauty > Skin Care > Face", "Beauty > Hair Care > Styling Tools > Hair Dryers"],
    words=frozenset({"cream", "face", "skin", "dry", "hair", "dryer", "dryers", "watt"}),
)  # fmt: skip
PICKS = picks_listed(
    """
    Olay Regenerist Micro-Sculpting Cream | Olay | 25.0
    CeraVe Moisturizing Cream | CeraVe | 15.0
    L'Oreal Paris Revitalift Day Cream | L'Oreal Paris | 20.0
"""
)
READER = reader_over(VOCAB)


@pytest.mark.parametrize(
    ("message", "intent", "references"),
    [
        ("is the Olay one good for dry skin?", Intent.ASK, [0]),
        ("how much is the cerave?", Intent.ASK, [1]),
        ("more like the L'Oreal one", Intent.MORE_LIKE, [2]),
        ("compare the Olay and the CeraVe", Intent.COMPARE, [0, 1]),
    ],
)
def test_a_shown_picks_brand_said_with_the_points_at_it(
    message: str, intent: Intent, references: list[int]
) -> None:
    request = READER.read(message, TurnSituation(picks=PICKS))
    assert (request.intent, request.references) == (intent, references)
    assert request.parsed.brands == []  # no brand filter: the pick is named, not its brand


@pytest.mark.parametrize(
    "message",
    [
        "only Olay please",  # a brand wanted, no "the"
        "do you have more from CeraVe?",  # said without "the"
        "is the Neutrogena one good for dry skin?",  # no Neutrogena pick on screen
    ],
)
def test_a_brand_wanted_stays_a_brand(message: str) -> None:
    request = READER.read(message, TurnSituation(picks=PICKS))
    assert request.parsed.brands and request.references == []


def test_without_picks_the_brand_is_wanted() -> None:
    request = READER.read("is the Olay one good for dry skin?", TurnSituation())
    assert request.parsed.brands == ["Olay"] and request.references == []


def test_what_a_named_pick_is_asked_to_be_free_of_is_asked_about() -> None:
    """'is the Garnier one fragrance free?' was answered about 'garnier' and ruled fragrance
    out of every later search: the words are the question, nothing is ruled out."""
    request = READER.read("is the CeraVe one fragrance free?", TurnSituation(picks=PICKS))
    assert (request.intent, request.references) == (Intent.ASK, [1])
    assert request.avoid == [] and "fragrance free" in request.text


def test_a_question_naming_one_pick_by_its_own_word_asks_about_it() -> None:
    """READER9's tuning dialogues: beside three colognes "would the desire be ok as a gift" was
    a new search (Nail Art) and "how big is the DHS bottle" (beside shampoos) a refinement with
    the brand DHS wanted: a word of one pick's title or brand after "the" in a question names
    that pick. Setting it aside stays a refinement."""
    vocab = CatalogVocabulary(
        brands=["HUGO BOSS", "Alfred Dunhill", "Tommy Hilfiger"],
        categories=["Beauty > Fragrance > Men's > Eau de Toilette"],
        words=frozenset({"cologne", "spray", "men", "gift", "smell", "size"}),
    )
    picks = (
        PickLine("Hugo By Hugo Boss For Men. Eau De Toilette Spray", "HUGO BOSS", 24.19),
        PickLine("Tommy Hilfiger Tommy Cologne Spray for Men", "Tommy Hilfiger", 28.54),
        PickLine("Desire by Alfred Dunhill for Men - 1.7 Ounce EDT Spray", "Alfred Dunhill", 17.16),
    )
    reader = reader_over(vocab)
    read = {
        m: (r.intent, r.references, r.parsed.brands)
        for m in (
            "would the desire be ok as a gift",
            "is the dunhill long lasting?",
            "how big is the hugo bottle?",
            "anything other than the dunhill?",
        )
        for r in [reader.read(m, TurnSituation(picks=picks))]
    }
    assert read["would the desire be ok as a gift"] == (Intent.ASK, [2], [])
    assert read["is the dunhill long lasting?"][:2] == (Intent.ASK, [2])
    assert read["how big is the hugo bottle?"] == (Intent.ASK, [0], [])
    assert read["anything other than the dunhill?"][0] != Intent.ASK


def test_a_question_about_the_brand_one_not_on_screen_shows_that_brand() -> None:
    """CONVO9 probe: "the neutrogena one, how big is it?" with no Neutrogena pick on screen
    refined the need with the brand and the question's words ('moisturizer neutrogena how
    big'): the need on screen from that brand, no words added."""
    for message in ("the neutrogena one, how big is it?", "is the neutrogena one any good?"):
        request = READER.read(message, TurnSituation(picks=PICKS))
        assert request.intent == Intent.REFINE, message
        assert request.parsed.brands == ["Neutrogena"] and not request.add_detail, message
        assert not request.references, message
    wanted = READER.read("anything from neutrogena?", TurnSituation(picks=PICKS))
    assert wanted.parsed.brands == ["Neutrogena"]  # no "the": a brand wanted, as before


def test_a_set_around_the_pick_a_word_of_its_own_names() -> None:
    """The lead's probe: beside a routine, "what goes with the cleanser?" built a set of
    cleansers around nothing; the one pick whose title says "cleanser" is the set's anchor,
    and the set holds other types (`handlers.bundle_type._the_anchors_type`)."""
    from assistant.dialogue.handlers.bundle_type import _the_anchors_type
    from assistant.dialogue.picks.picks_by_own_word import set_anchor_named
    from assistant.dialogue.request import Request
    from catalog.schema import Product

    picks = (
        PickLine(title="Fade Cream for Oily Skin", brand="Skin Success", price=5.33),
        PickLine(title="Thorough Clean Face Wash Oily Skin", brand="Desert Essence", price=9.99),
        PickLine(title="Daily Facial Cleanser", brand="Cetaphil", price=20.16),
    )
    asked = Request(intent=Intent.BUNDLE, text="what goes with the cleanser?")
    assert set_anchor_named(asked, "what goes with the cleanser?", picks).references == [2]
    fade = Request(intent=Intent.BUNDLE, text="what goes with the fade cream?")
    assert set_anchor_named(fade, "what goes with the fade cream?", picks).references == [0]
    several = Request(intent=Intent.BUNDLE, text="what goes with the skin ones?")
    assert set_anchor_named(several, "what goes with the skin ones?", picks).references == []
    face = Product(
        id="c", title="Cleanser", categories=["Beauty", "Skin Care", "Face", "Cleansers"]
    )
    assert _the_anchors_type("Beauty > Bath & Body > Cleansers", [face])
    assert not _the_anchors_type("Beauty > Skin Care > Face > Toners", [face])


def test_the_colour_one_chosen_is_that_pick_or_a_wish_for_that_colour() -> None:
    """CONVO10's probe: "the red one please" beside lipsticks chose the first (Black Velvet).
    The pick whose title alone names the colour is chosen; with none, red ones are asked for."""
    from assistant.dialogue.picks.picks_by_own_word import set_anchor_named
    from assistant.dialogue.request import Request

    picks = (
        PickLine(title="Lipstick Black Velvet", brand="LA Colors", price=3.65),
        PickLine(title="Lipstick Pink Quartz", brand="Maybelline", price=3.77),
    )

    def chose(message: str) -> Request:
        request = Request(intent=Intent.FEEDBACK, text=message, attributes={"action": "choose"})
        return set_anchor_named(request, message, picks)

    pink = chose("the pink one please")
    assert pink.intent == Intent.FEEDBACK and pink.references == [1]
    red = chose("the red one please")
    assert red.intent == Intent.REFINE and red.text == "red" and red.add_detail
    assert "action" not in red.attributes
    assert chose("the second one please").references == []  # the reader's own references


DRYERS = picks_listed(
    """
    Vidal Sassoon Pro Series Hair Dryer, 1875 Watt | Vidal Sassoon | 44.96
    Onei MK-II Air Ionique Hair Dryer | Onei Beauty | 89.99
    John Frieda JF1 Full Volume Hair Dryer | John Frieda | 35.89
    Revlon Compact Stylist Dryer, Black | Revlon | 18.0
"""
)


@pytest.mark.parametrize(
    ("message", "pick", "question"),
    [
        ("the $36 one, how many watts?", 2, "how many watts?"),  # 35.89, rounded
        ("how heavy is the 18 dollar one?", 3, "how heavy is it?"),
        ("the one for $89.99, does it have a diffuser?", 1, "does it have a diffuser?"),
        ("is the cheaper one foldable?", 3, "is it foldable?"),  # the cheapest on screen
        ("the cheaper of the first two, how big is it?", 0, "how big is it?"),
        ("the pricier of the last two, is it quiet?", 2, "is it quiet?"),
        ("the most expensive one, is it worth it?", 1, "is it worth it?"),
    ],
)
def test_a_pick_named_by_its_price_is_asked_about(message: str, pick: int, question: str) -> None:
    request = READER.read(message, TurnSituation(picks=DRYERS))
    assert (request.intent, request.references, request.text) == (Intent.ASK, [pick], question)
    parsed = request.parsed
    assert (parsed.min_price, parsed.max_price, parsed.around_price) == (None, None, None)
    assert parsed.brands == [] and not (request.cheaper or request.pricier)  # no Watts Beauty


@pytest.mark.parametrize(
    "message",
    [
        "the cheaper one please",  # a choice or a refinement: no question of its own
        "which is the cheaper one?",  # weighs the picks
        "something like the $36 one but smaller?",  # the need changes
        "the $50 one, is it ionic?",  # no pick costs about $50
    ],
)
def test_other_price_words_are_not_a_question_about_a_pick(message: str) -> None:
    request = READER.read(message, TurnSituation(picks=DRYERS))
    assert not (request.intent == Intent.ASK and request.text.endswith("?") and request.references)


def test_two_picks_at_one_price_name_neither() -> None:
    picks = (PickLine("A Dryer", "Revlon", 20.0), PickLine("B Dryer", "Revlon", 20.0))
    request = READER.read("is the cheaper one foldable?", TurnSituation(picks=picks))
    assert request.references == []


def test_without_picks_a_price_is_a_price_wanted() -> None:
    request = READER.read("the $36 one, how many watts?", TurnSituation())
    assert request.references == [] and request.intent != Intent.ASK


def test_the_one_with_a_trait_is_asked_about_or_all_are_asked() -> None:
    """Lead probe: beside body washes "the one with shea butter, how big is it?" answered the
    first pick's size, though no pick's title says shea butter. "The one with X" is the pick
    whose title names X; when none or several do, the question asks which of them name it."""
    one = READER.read("the one with full volume, how heavy is it?", TurnSituation(picks=DRYERS))
    assert (one.intent, one.references, one.text) == (Intent.ASK, [2], "how heavy is it?")
    none = READER.read("the one with a diffuser, does it fold?", TurnSituation(picks=DRYERS))
    assert (none.intent, none.references, none.text) == (Intent.ASK, [], "which one has diffuser?")
    several = READER.read("the one with hair dryer, is it quiet?", TurnSituation(picks=DRYERS))
    assert several.references == [] and several.text == "which one has hair dryer?"
