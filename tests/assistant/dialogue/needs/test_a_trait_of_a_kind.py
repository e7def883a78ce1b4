"""Beside the picks, a product of their kind said with a trait ("show me some with shimmer") or
the need on screen said as "i need it ..." refines the picks (`need_so_far._traits_of_a_kind`,
`beside_picks.A_NEW_NEED`). CONVO101's probes: "show me some with shimmer" beside hairsprays
searched Glitter & Shimmer and "reckon I need it higher, spf 50 at least" beside sunscreens
searched Sun > Sports, the need on screen lost. A type named before "with", or "i need" with a
need of its own, stays a new search."""

from __future__ import annotations

from assistant.dialogue.model.model_request import PickLine, TurnSituation
from assistant.dialogue.needs.need_so_far import a_trait_of_the_need_so_far
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import picks_shown, search_request

SPRAYS = "Beauty > Hair Care > Styling Products > Hair Sprays"
GLITTER = "Beauty > Makeup > Eyes > Glitter & Shimmer"
SUNSCREENS = "Beauty > Skin Care > Face > Sunscreens"
GELS = "Beauty > Hair Care > Styling Products > Gels"

VOCAB = CatalogVocabulary(
    categories=[SPRAYS, GLITTER, SUNSCREENS, GELS],
    words=frozenset({"hairspray", "shimmer", "glitter", "spf", "sunscreen", "gel", "hold"}),
    title_words={
        "shimmer": frozenset({SPRAYS, GLITTER}),
        "glitter": frozenset({GLITTER}),
        "hairspray": frozenset({SPRAYS}),
        "hold": frozenset({SPRAYS, GELS}),
        "spf": frozenset({SUNSCREENS}),
        "sunscreen": frozenset({SUNSCREENS}),
        "gel": frozenset({GELS}),
    },
    title_counts={"shimmer": {GLITTER: 40, SPRAYS: 3}, "gel": {GELS: 300, SPRAYS: 2}},
)
SPRAY_PICKS = picks_shown((PickLine("Aussie Hairspray Mega", "Aussie", 4.34),), "hairspray", SPRAYS)
SUNSCREEN_PICKS = picks_shown(
    (PickLine("Jason Mineral Sunscreen, SPF 30", "Jason", 8.31),), "sunscreen", SUNSCREENS
)


def _read(text: str, category: str | None, situation: TurnSituation) -> Request:
    request = search_request(text, category)
    return a_trait_of_the_need_so_far(request, text, situation, VOCAB)


def test_a_kind_with_a_trait_refines_the_picks_in_their_category() -> None:
    for text in ("show me some with shimmer", "any with a bit of shimmer?", "ones with hold"):
        request = _read(text, GLITTER if "shimmer" in text else None, SPRAY_PICKS)
        assert request.intent == Intent.REFINE, text
        assert request.parsed.category == SPRAYS, text


def test_a_type_named_before_with_stays_a_new_search() -> None:
    request = _read("a gel with hold", GELS, SPRAY_PICKS)
    assert request.intent == Intent.SEARCH and request.parsed.category == GELS
    request = _read("show me glitter", GLITTER, SPRAY_PICKS)
    assert request.intent == Intent.SEARCH and request.parsed.category == GLITTER


def test_the_need_on_screen_said_as_needed_is_refined() -> None:
    request = _read("reckon i need it higher, spf 50 at least", None, SUNSCREEN_PICKS)
    assert request.intent == Intent.REFINE and request.parsed.category == SUNSCREENS


def test_a_need_of_its_own_said_as_needed_stays_a_search() -> None:
    request = _read("i need spf for my body", None, SUNSCREEN_PICKS)
    assert request.intent == Intent.SEARCH
