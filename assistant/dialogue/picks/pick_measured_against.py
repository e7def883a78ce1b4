"""A refinement measured against one pick that names it by its brand, a word of its own title
after "the" or its price ("the kerastase costs too much, cheaper please", "the john frieda but
bigger", "the $23 one but cheaper"): that pick is the turn's reference (`picks_a_refinement_names`).
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.dialogue.model.model_request import PickLine
from assistant.dialogue.picks.named_picks import as_the_picks_say, said_with_the
from assistant.dialogue.picks.picks_by_own_word import picks_named_after_the
from assistant.dialogue.picks.picks_by_price import BY_AMOUNT, amount_named
from assistant.dialogue.request import Intent, Request
from retrieval.brand_names import unaccented
from retrieval.tokenize import words

MEASURED_AGAINST_A_PICK = ("bigger", "smaller", "not_that_brand")
"""Refinements measured against the picks they name, beside "cheaper" and "pricier": a size
and "not that brand"."""


def picks_a_refinement_names(request: Request, message: str, picks: Sequence[PickLine]) -> Request:
    """A refinement measured against one pick that names it by its brand, a word of its own
    title after "the" or its price ("the kerastase costs too much, cheaper please", "the john
    frieda but bigger", "not the maybelline one, another brand", "the mauve one is a bit
    pricey"; more like one for less, "something like the $23 one but cheaper": no price said):
    that pick is the turn's reference, as "the first one" is, and its brand no brand wanted (a
    brand ruled out stays ruled out, but for a price complaint: "the revlon one is too
    expensive"); otherwise ``request`` as it was."""
    measured = (
        request.cheaper
        or request.pricier
        or request.exclude_reference_brand
        or request.relative in MEASURED_AGAINST_A_PICK
    )
    priced_against = request.intent == Intent.MORE_LIKE and (request.cheaper or request.pricier)
    if not picks or request.references or not measured:
        return request
    if request.intent != Intent.REFINE and not priced_against:  # "one like the $23 one for less"
        return request
    message_words = words(message)
    named = {
        i
        for i, p in enumerate(picks)
        if p.brand
        and said_with_the(p.brand, message_words)
        and any(words(p.brand) == words(b) for b in as_the_picks_say(_brands_said(request), picks))
    }
    lowered = " ".join(message.lower().split())
    named = named or picks_named_after_the(lowered, picks)
    if not named and (amount := BY_AMOUNT.search(lowered)):  # "the $23 one but cheaper": no
        said = amount.group("a") or amount.group("b") or amount.group("c")  # price of $23 wanted
        named = set(amount_named(float(said), "." in said, picks))
        if len(named) == 1:
            request.parsed.min_price = request.parsed.max_price = None
            request.parsed.around_price = None
    if len(named) != 1:
        return request
    request.references = sorted(named)
    carried = {unaccented(w) for i in named for w in words(picks[i].brand or "")[:1]}
    request.parsed.brands = [b for b in request.parsed.brands if not _starts_with(b, carried)]
    if not request.exclude_reference_brand:  # "the revlon one is too expensive": its price, not
        request.parsed.exclude_brands = [  # its brand, is turned down
            b for b in request.parsed.exclude_brands if not _starts_with(b, carried)
        ]
    return request


def _starts_with(brand: str, first_words: set[str]) -> bool:
    """Whether ``brand`` opens with one of ``first_words`` (a house's longer names: "KÉRASTASE
    ELIXIR ULTIME" beside a Kerastase pick)."""
    return unaccented(next(iter(words(brand)), "")) in first_words


def _brands_said(request: Request) -> list[str]:
    """The brands a reading holds, wanted or ruled out."""
    return [*request.parsed.brands, *request.parsed.exclude_brands]
