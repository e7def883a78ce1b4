"""When to ask one clarifying question, and which one: from where the candidates disagree."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from catalog.schema import Product

DOMINANT_SHARE = 0.7


def split_options(candidates: Sequence[Product], *, max_options: int = 3) -> list[str]:
    """Category paths where the candidates split, most common first ([] when one dominates).

    Walks down the category tree while one branch holds at least 70% of the candidates; at the
    first level where no branch does, the top branches are the options ("Face" or "Body").
    """
    paths = [p.categories for p in candidates if p.categories]
    if len(paths) < 4:
        return []
    prefix: list[str] = []
    for depth in range(max(len(p) for p in paths)):
        at_depth = [tuple(p[: depth + 1]) for p in paths if len(p) > depth and p[:depth] == prefix]
        if len(at_depth) < 4:
            return []
        counts = Counter(at_depth).most_common()
        top, n = counts[0]
        if n / len(at_depth) >= DOMINANT_SHARE:
            prefix = list(top)
            continue
        options = [" > ".join(path) for path, count in counts[:max_options] if count >= 2]
        return options if len(options) >= 2 else []
    return []


def question_for(options: Sequence[str]) -> str:
    """A short question offering the options by their last category name."""
    names = [o.split(" > ")[-1] for o in options]
    if len(names) == 2:
        return f"{names[0]} or {names[1].lower()}?"
    return f"Which kind: {', '.join(names[:-1])} or {names[-1]}?"


def match_option(answer: str, options: Sequence[str]) -> str | None:
    """The option a short answer picks ("face" -> "Beauty > Skin Care > Face"), or None."""
    if not options:
        return None
    names = {o.split(" > ")[-1].lower(): o for o in options}
    text = answer.lower()
    for name, option in names.items():
        if name in text or any(w in text.split() for w in name.split() if len(w) > 3):
            return option
    best = process.extractOne(text, list(names), scorer=fuzz.partial_ratio)
    if best and best[1] >= 80:
        return names[best[0]]
    return None
