"""How deep a need's type reaches under a branch: search guessed the leaf most of its first results
lie in, and the type's word covers more than that leaf. "a sunscreen" was read as Skin Protection
> Sports (62 of the 116 titles under Skin Care saying "sunscreen"), while Skin Protection holds 84
of them (22 at the node itself); "lip primer" was read as Lipstick, beside Lips' own Lipstick
Primers. No level of the leaf guessed says the type in either case.

`as_deep_as_its_type` is read by `deeper_category.deeper` after it narrows.
"""

from __future__ import annotations

from collections.abc import Set

from assistant.dialogue.category.brand_lines import own_name
from assistant.dialogue.vocabulary import CatalogVocabulary
from catalog.category_paths import below, within

MOST_TITLES = 0.6
"""The share of the titles under a branch naming a need's type that a branch below it must hold
for the need to be read that deep (`as_deep_as_its_type`)."""


def as_deep_as_its_type(
    types: Set[str], above: str, found: str, vocabulary: CatalogVocabulary | None
) -> str | None:
    """How deep a need whose ``types`` (stems of the words naming its product type) lies, where
    search guessed ``found`` under ``above``: from the deepest level of ``found`` (``above``
    included) whose own name says a type word (else from ``above``), the deepest branch down
    to ``found`` whose products hold `MOST_TITLES` of the titles there naming each type word,
    else that level, where titles of its own products name the type ("face moisturizer":
    Creams & Moisturizers, whose own 58 titles saying it its Fluids & Lotions lack; "a
    sunscreen": Skin Protection, not its Sports); where no level says the type and no branch
    holds its titles, the one category beside ``found`` whose own name says them all ("lip
    primer": Lipstick Primers, not Lipstick; "lip shimmer" no eyes' Glitter & Shimmer). None
    where that is ``found`` itself, the branch holds none of the type of its own ("something
    glittery" among polishes: Nails' own products are no glitter), the titles are unknown or
    nothing fits."""
    counts = vocabulary.title_counts if vocabulary else None
    if not types or not counts or vocabulary is None or not below(found, above):
        return None
    levels = found.split(" > ")
    branches = [" > ".join(levels[:d]) for d in range(above.count(" > ") + 1, len(levels) + 1)]
    saying = [b for b in branches if types & own_name(b)]
    top = saying[-1] if saying else above

    def share(branch: str) -> float:
        shares = []
        for word in types:
            titled = counts.get(word, {})
            total = sum(n for p, n in titled.items() if within(p, top))
            held = sum(n for p, n in titled.items() if within(p, branch))
            shares.append(held / total if total else 0.0)
        return min(shares)

    held = [b for b in branches if below(b, top) and share(b) >= MOST_TITLES]
    reach = held[-1] if held else top if saying else None
    if reach is not None:  # the type's own products there, not only in a branch below it
        own = all(counts.get(word, {}).get(reach) for word in types)
        return reach if reach != found and own else None
    # no level says it, no branch holds its titles: the one beside ``found`` named for it
    parent = found.rsplit(" > ", 1)[0]
    named = [p for p in vocabulary.categories if below(p, parent) and types <= own_name(p)]
    first = [p for p in named if not any(below(p, q) for q in named)]
    return first[0] if len(first) == 1 else None
