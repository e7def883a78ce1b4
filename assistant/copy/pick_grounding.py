"""Grounding for a text about several products: a chat reply that introduces the picks.

`GroundingChecker` checks a text against one product record. A reply names several picks, so
each claim must be supported by at least one of them: the text is checked against every pick,
and a claim one pick does not support is fine when, checked against another pick, nothing over
those words is unsupported ("Nivea Soft Cream" against the Olay cream is two unsupported
claims, against the Nivea cream none). What no pick supports is returned. The only other facts
are ``amounts``: numbers the code itself states beside the picks (the shopper's budget, the
number of picks, their ratings).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from assistant.copy.claims import Claim, ClaimKind
from assistant.copy.grounding import GroundingChecker
from catalog.schema import Product

_AMOUNT = re.compile(r"\d+(?:\.\d+)?")


def unsupported_by_picks(
    checker: GroundingChecker,
    text: str,
    products: Sequence[Product],
    *,
    amounts: Iterable[float] = (),
) -> list[Claim]:
    """The claims of ``text`` that no product in ``products`` supports.

    A claim one product does not support is fine when, checked against another product, the
    same sentence has no unsupported claim over those words (a name, a price or a brand of that
    other product); an instruction echo is never fine.

    Args:
        checker: the catalog's grounding checker (`assistant.copy.factory.checker_for`).
        text: the text to check.
        products: the products it may speak about (each claim needs one of them).
        amounts: numbers the text may also state as a price or a number (the shopper's
            budget, the count of picks).

    Returns:
        The unsupported claims, once each (empty: the text is grounded). With no products,
        every claim is unsupported.
    """
    allowed = {round(float(a), 2) for a in amounts}
    reports = [checker.check(text, product).claims for product in products]
    if not reports:
        return checker.check(text, Product(id="-", title="-")).claims
    unsupported = [[c for c in claims if not c.supported] for claims in reports]
    out: dict[tuple[ClaimKind, str, int], Claim] = {}
    for claims in unsupported:
        for claim in claims:
            key = (claim.kind, claim.text.casefold(), claim.sentence)
            if key in out or _allowed(claim, allowed):
                continue
            if claim.kind == ClaimKind.INSTRUCTION or not any(
                _clear(claim, other) for other in unsupported
            ):
                out[key] = claim
    return list(out.values())


def _clear(claim: Claim, others: Sequence[Claim]) -> bool:
    """No claim of ``others`` (another product's unsupported ones) in the claim's sentence
    overlaps its words."""
    text = claim.text.casefold()
    return not any(
        o.sentence == claim.sentence and (text in o.text.casefold() or o.text.casefold() in text)
        for o in others
    )


IDENTITY = frozenset({ClaimKind.BRAND, ClaimKind.PRODUCT_NAME, ClaimKind.CATEGORY, ClaimKind.PRICE})
"""The claims that say which product a text is about."""


def names_a_pick(checker: GroundingChecker, text: str, products: Sequence[Product]) -> bool:
    """Whether ``text`` names one of ``products``: a supported brand, product name, product
    type or price of one of them."""
    return any(
        c.supported and c.kind in IDENTITY
        for product in products
        for c in checker.check(text, product).claims
    )


def _allowed(claim: Claim, allowed: set[float]) -> bool:
    """A price or a number that is one of the stated ``allowed`` amounts."""
    if claim.kind not in (ClaimKind.PRICE, ClaimKind.NUMBER) or not allowed:
        return False
    values = [round(float(v), 2) for v in _AMOUNT.findall(claim.text.replace(",", ""))]
    return bool(values) and all(v in allowed for v in values)
