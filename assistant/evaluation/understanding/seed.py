"""A case's dialogue context as the conversation keeps it, and back: the request so far as the
session state's `Constraints`, the pending question's options as the category paths the
conversation offers, the dialogue's names of stated needs and the set's, and a reading's
refinement in the set's words, as the conversation replay (`replay`) seeds and reads them."""

from __future__ import annotations

from assistant.dialogue.request import Request
from assistant.dialogue.state import Constraints
from assistant.dialogue.vocabulary import plain_words
from assistant.evaluation.understanding.cases import Labels
from catalog.category_paths import below
from retrieval.query import ParsedQuery

NEED_KEYS = {"skin": "skin_type", "hair": "hair_type"}
"""The dialogue's stated-need keys and the set's attribute names for them (the rest are the
same in both)."""


def constraints_of(labels: Labels) -> Constraints:
    """The request so far (a context's labels) as the session state would hold it."""
    low, high = labels.price_min, labels.price_max
    if labels.price_around is not None and low is None and high is None:
        low, high = ParsedQuery(text="", around_price=labels.price_around).price_range()
    return Constraints(
        need=labels.need[0] if labels.need else "",
        min_price=low,
        max_price=high,
        brands=list(labels.brands),
        exclude_brands=list(labels.exclude_brands),
        category=labels.category[0] if labels.category else None,
        avoid=list(labels.avoid),
    )


def option_paths(
    options: tuple[str, ...], under: str | None, categories: tuple[str, ...], need: str = ""
) -> dict[str, str]:
    """Each offered option's category path (the conversation offers paths and shows their last
    name; the set shows the names), the shallowest node of that name under ``under``, else
    one beside which the ``need`` so far is filed: the conversation offers the branches its
    candidates for the need lie in, so "Face or body?" of a sunscreen offers Skin Care's Face
    and Body (Skin Care files Sunscreens), not Makeup's."""
    nodes: set[str] = set()
    for path in categories:
        levels = [p.strip() for p in path.split(">")]
        nodes.update(" > ".join(levels[: d + 1]) for d in range(len(levels)))
    wanted = plain_words(need)

    def beside_the_need(node: str) -> bool:
        parent = node.rsplit(" > ", 1)[0]
        return any(below(n, parent) and wanted & plain_words(n.rsplit(" > ", 1)[-1]) for n in nodes)

    out: dict[str, str] = {}
    for option in options:
        named = sorted(
            (n for n in nodes if n.rsplit(" > ", 1)[-1].casefold() == option.casefold()),
            key=lambda n: (
                not (under and below(n, under)),
                not beside_the_need(n),
                n.count(">"),
                n,
            ),
        )
        out[option] = named[0] if named else option
    return out


def relative_of(request: Request) -> str | None:
    """The refinement a reading asks for relative to the picks, in the set's words (`cheaper`,
    `pricier`, `other`, `not_that_brand`, `bigger`, `smaller`), or None."""
    if request.relative:
        return request.relative
    if request.exclude_reference_brand:
        return "not_that_brand"
    if request.cheaper:
        return "cheaper"
    if request.pricier:
        return "pricier"
    if request.exclude_shown:
        return "other"
    return None
