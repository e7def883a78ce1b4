"""Grounding for a text about several products: a chat reply that introduces the picks.

`GroundingChecker` checks a text against one product record. A reply names several picks, so
each claim must be supported by at least one of them: the text is checked against every pick,
and a claim one pick does not support is fine when another pick supports it (or a supported
claim of another pick, in the same sentence, contains it: "Olay" inside the name "Olay Regenerist
Cream"). What no pick supports is returned. The only other facts are ``amounts``: numbers the
code itself states beside the picks (the shopper's budget, the number of picks).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from assistant.copy.grounding import Claim, ClaimKind, GroundingChecker
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
        return checker.check(text, Product(id="-", title="")).claims
    supported = [c for claims in reports for c in claims if c.supported]
    out: dict[tuple[ClaimKind, str, int], Claim] = {}
    for claims in reports:
        for claim in claims:
            key = (claim.kind, claim.text.casefold(), claim.sentence)
            if claim.supported or key in out:
                continue
            if _covered(claim, supported) or _allowed(claim, allowed):
                continue
            out[key] = claim
    return list(out.values())


def _covered(claim: Claim, supported: Sequence[Claim]) -> bool:
    """Another pick's supported claim in the same sentence says it (or contains it)."""
    if claim.kind == ClaimKind.INSTRUCTION:
        return False
    text = claim.text.casefold()
    return any(s.sentence == claim.sentence and text in s.text.casefold() for s in supported)


def _allowed(claim: Claim, allowed: set[float]) -> bool:
    """A price or a number that is one of the stated ``allowed`` amounts."""
    if claim.kind not in (ClaimKind.PRICE, ClaimKind.NUMBER) or not allowed:
        return False
    values = [round(float(v), 2) for v in _AMOUNT.findall(claim.text.replace(",", ""))]
    return bool(values) and all(v in allowed for v in values)
