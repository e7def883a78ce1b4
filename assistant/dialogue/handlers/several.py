"""A need for several product types at once ("a cleanser and toner", "mascara or eyeliner,
whichever"): a share of the picks for each type, not the one type search ranks first."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.dialogue.context import TurnContext
from assistant.dialogue.ports import Candidate
from retrieval.tokenize import stem, words

OF_EACH = "some of each"
"""What the reply says of picks taken in turns from each type."""


def names_several_types(ctx: TurnContext, found: Sequence[Candidate]) -> bool:
    """Whether ``found`` holds candidates of two or more of the need's types
    (`Constraints.types`), named by their titles: what `of_each_type` needs to take turns,
    read without ranking anything (a need of several types asks no question of kind)."""
    return len(_by_type(ctx, found)) > 1


def of_each_type(ctx: TurnContext, found: Sequence[Candidate]) -> list[Candidate] | None:
    """``found`` cut to the picks, taken in turns from each of the need's types
    (`Constraints.types`): the candidates the shop can show whose titles name a type (the
    first named), each type's ranked as one need's (`TurnContext.rank`); None for a need of
    one type, or where titles name fewer than two of them."""
    by_type = _by_type(ctx, found)
    if len(by_type) < 2:
        return None
    hits = {h.item_id: h for h in found}
    ranked = [[hits[r.item_id] for r in ctx.rank(shown)] for shown in by_type.values()]
    taken: list[Candidate] = []
    for turn in range(max(map(len, ranked))):
        taken += [kind[turn] for kind in ranked if turn < len(kind)]
    return taken[: ctx.options.picks]


def _by_type(ctx: TurnContext, found: Sequence[Candidate]) -> dict[str, list[Candidate]]:
    """The candidates of ``found`` the shop can show, by the first of the need's types their
    title names (types no title names left out); empty for a need of one type."""
    types = ctx.state.constraints.types
    if len(types) < 2:
        return {}
    records = ctx.products([h.item_id for h in found])
    titles = {p.id: {stem(w) for w in words(p.title)} for p in records if p.presentable}
    by_type: dict[str, list[Candidate]] = {t: [] for t in types}
    for hit in found:
        said = titles.get(hit.item_id, set())
        kind = next((t for t in types if t in said), None)
        if kind is not None:
            by_type[kind].append(hit)
    return {kind: shown for kind, shown in by_type.items() if shown}
