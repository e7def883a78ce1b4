"""The scorer's rules adapter replays the conversation in a dialogue case (CONVO37): the options
"Face or body?" offers for a sunscreen lie in Skin Care, beside the need (the conversation
offers the branches its candidates lie in; the adapter had taken Makeup's Face, alphabetically
first), and "what goes with it?" is about the pick the last turns named, else the first on
screen (`TurnContext.resolve`), in that pick's department (what the bundle handler searches)."""

from __future__ import annotations

from assistant.dialogue.request import Intent, Request
from assistant.evaluation.understanding.cases import DialogueContext, ShownPick
from assistant.evaluation.understanding.rules import acted_on, focus_of, option_paths

FACE, BODY = "Beauty > Skin Care > Face", "Beauty > Skin Care > Body"
CATEGORIES = (
    "Beauty > Skin Care > Face > Sunscreens",
    "Beauty > Skin Care > Body > Moisturizers",
    "Beauty > Makeup > Face > Foundation",
    "Beauty > Makeup > Body > Glitter",
)


def test_the_options_a_question_offers_lie_beside_the_need() -> None:
    paths = CATEGORIES
    beside = option_paths(("Face", "Body"), None, paths, "sunscreen")
    assert beside == {"Face": FACE, "Body": BODY}  # Skin Care files Sunscreens
    assert option_paths(("Face", "Body"), None, paths, "foundation")["Face"] == (
        "Beauty > Makeup > Face"
    )
    assert option_paths(("Face",), None, paths)["Face"] == "Beauty > Makeup > Face"  # no need
    assert option_paths(("Face",), "Beauty > Skin Care", paths, "foundation")["Face"] == FACE


def test_it_is_the_pick_the_last_turns_named_else_the_first() -> None:
    picks = tuple(
        ShownPick(t, b, 5.0, "Beauty > Makeup > Eyes > Mascara")
        for t, b in (("Voluminous", "L'Oreal"), ("Flawless", "Bare"), ("Great Lash", "Maybelline"))
    )
    about_second = DialogueContext(
        history=(("user", "a mascara"), ("user", "tell me about the second one")), picks=picks
    )
    assert focus_of(about_second) == 1
    asked = (("user", "is the maybelline one waterproof?"),)
    by_brand = DialogueContext(history=asked, picks=picks)
    assert focus_of(by_brand) == 2
    assert focus_of(DialogueContext(history=(("user", "a mascara"),), picks=picks)) == 0


def test_a_brand_is_named_as_the_set_compares_brands() -> None:
    picks = tuple(
        ShownPick(t, b, 5.0, "Beauty > Makeup > Lips > Lipstick")
        for t, b in (("Color Sensational", "Maybelline"), ("Lustre Lipstick", "M.A.C"))
    )
    asked = DialogueContext(history=(("user", "is the MAC one long lasting?"),), picks=picks)
    assert focus_of(asked) == 1  # M.A.C


def _about(message: str, intent: Intent, **said: object) -> list[int]:
    """The picks the record says a turn naming none is about, after a turn about the second."""
    picks = tuple(
        ShownPick(t, b, 5.0, "Beauty > Hair Care > Conditioners")
        for t, b in (("Knot Today", "Kinky Curly"), ("Twisted", "Herbal"), ("Silk", "Neutrogena"))
    )
    context = DialogueContext(history=(("user", "tell me about the 2nd"),), picks=picks)
    return acted_on(Request(intent=intent, text=message, **said), message, context)


def test_a_turn_naming_no_pick_is_about_what_its_handler_acts_on() -> None:
    assert _about("is it vegan", Intent.ASK) == [1]  # the focus: `TurnContext.resolve`
    assert _about("how big is that", Intent.ASK) == [1]
    assert _about("do any of these have sulfates?", Intent.ASK) == [0, 1, 2]
    assert _about("why these?", Intent.WHY) == [0, 1, 2]  # the why handler: all of them
    assert _about("why that one?", Intent.WHY) == [1]
    assert _about("which is best for curls", Intent.COMPARE, superlative="best_match") == [0, 1, 2]
    assert _about("compare them", Intent.COMPARE) == [0, 1]  # the first two by default
    assert _about("more like that", Intent.MORE_LIKE) == [1]
    assert _about("add that to cart", Intent.FEEDBACK, attributes={"action": "cart"}) == [1]
    assert _about("love it", Intent.FEEDBACK) == [1]


def test_a_turn_about_no_pick_stays_about_none() -> None:
    assert _about("thx that helps", Intent.FEEDBACK) == []  # the talk, not a pick
    assert _about("what about a shampoo", Intent.SEARCH) == []
    named = Request(intent=Intent.ASK, text="the 3rd?", references=[2])
    assert acted_on(named, "the 3rd?", DialogueContext(picks=())) == [2]  # named: as named


def test_a_free_answer_to_our_question_is_an_answer_naming_no_option() -> None:
    """CONVO41's probes: "for acne mostly" to 'Treatments & Masks, Cleansers or Sets & Kits?' is
    read as a detail of the need (`answers.free_answer`: a refinement); the record says what the
    set's contract calls it, an answer that names no option."""
    from assistant.dialogue.vocabulary import CatalogVocabulary
    from assistant.evaluation.understanding.cases import Labels, PendingQuestion
    from assistant.evaluation.understanding.rules import effective_request

    asked = DialogueContext(
        question=PendingQuestion("Masks or Cleansers?", ("Masks", "Cleansers")),
        constraints=Labels(category=("Beauty > Skin Care",)),
    )
    detail = Request(intent=Intent.REFINE, text="acne", add_detail=True)
    got = effective_request(detail, "for acne mostly", asked, CatalogVocabulary())
    assert (got.intent, got.answer, got.category) == ("answer", None, "Beauty > Skin Care")
    beside_picks = Request(intent=Intent.REFINE, text="acne", add_detail=True)
    unasked = DialogueContext(constraints=Labels(category=("Beauty > Skin Care",)))
    assert effective_request(beside_picks, "for acne", unasked, CatalogVocabulary()).intent == (
        "refine"
    )
