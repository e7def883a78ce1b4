"""Sizes: a travel size asked for (`TRAVEL_SIZE`, at most `TRAVEL_ML`), a note when every
travel-size pick is of one kind (`all_of_one_kind`), and a size bound "bigger" or "smaller"
than the picks (`resize`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.dialogue.category.kinds import kinds_named, names_kind
from assistant.dialogue.context import TurnContext
from assistant.dialogue.request import Request
from assistant.dialogue.state import Constraints
from assistant.dialogue.title_sizes import size_ml
from assistant.dialogue.turn import Pick
from catalog.schema import Product
from retrieval.tokenize import stem, words

TRAVEL_SIZE = re.compile(r"\b(?:travel|trial|mini)[- ]?size[ds]?\b")
"""A need for a travel size ("travel size shampoo", "a trial-size moisturizer")."""


def all_of_one_kind(picks: Sequence[Pick], ctx: TurnContext) -> str:
    """A note where every travel-size pick is of one kind of the type asked for that the need
    does not name (`kinds`: "travel size shampoo" found only dry shampoos, the catalog's small
    shampoos being mostly those), so the shopper knows and can say otherwise; else ""."""
    vocabulary, need = ctx.parts.vocabulary, ctx.state.constraints.need
    if vocabulary is None or len(picks) < 2:
        return ""
    said = {stem(w) for w in words(need)}
    common = [
        kind
        for kind in sorted(vocabulary.kinds - kinds_named(need, vocabulary.kinds))
        if kind.split()[-1] in said  # a kind of the type: "dry shampoo" for a shampoo
        and kind.split()[0] not in said
        and all(names_kind(p.title, kind) for p in picks)
    ]
    if len(common) != 1:
        return ""
    kind = common[0]
    return f" All of them are {kind}s: most small {kind.split()[-1]}s in this catalog are."


TRAVEL_ML = 100.0
"""The most a "travel size" or "mini" holds (what cabin bags allow)."""
SAME_SIZE = 0.05
"""How far apart two sizes may be and still be one size ("1 oz" is 29.6 ml, "30ml" 30 ml)."""


def resize(c: Constraints, request: Request, shown: Sequence[Product]) -> str | None:
    """A size bound for this need, "bigger" or "smaller" than the picks measured against ("travel
    size", "mini": at most `TRAVEL_ML`), and the note for the reply; None when the picks'
    titles name no size."""
    relative = request.relative
    if relative not in ("bigger", "smaller"):
        return None
    if relative == "smaller" and re.search(r"\b(?:travel|mini|pocket)", request.text.lower()):
        c.min_size_ml, c.max_size_ml = None, TRAVEL_ML + 1
        return f"{TRAVEL_ML:.0f} ml or less"
    sizes = [s for s in (size_ml(p) for p in shown) if s is not None]
    if not sizes:
        return None
    if relative == "bigger":  # "1 oz" and "30 ml" are one size: 5% more is bigger
        c.min_size_ml, c.max_size_ml = max(sizes) * (1 + SAME_SIZE), None
        return f"larger than {max(sizes):.0f} ml"
    c.min_size_ml, c.max_size_ml = None, min(sizes) * (1 - SAME_SIZE)
    return f"smaller than {min(sizes):.0f} ml"
