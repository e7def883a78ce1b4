"""When to ask one clarifying question, and which one: from where the candidates disagree."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from catalog.schema import Product

DOMINANT_SHARE = 0.7
FOCUS_DEPTH = 10
FOCUS_SHARE = 0.6
"""The category guessed for a need that names none: the branch at least 60% of its first 10
search results agree on, level by level (chosen on retrieval/quality.py's tuning needs:
docs/BENCHMARKS.md, "The reader guesses a new need's category from search")."""
FOCUS_SHARE_UNDER = 0.5
"""The share a guess made under a branch already chosen (a department the words name, or the
first guess's branch) needs to go deeper: at least half, the best match's sub-branch on a tie
(chosen on retrieval/data/category_tuning.yaml: docs/BENCHMARKS.md, "The reader reads the
category deeper")."""


BEST_MATCH_LEVELS = 3
"""How far down the tree a guess always keeps the best match: the root, the department and the
branch under it ("Beauty > Makeup > Face"). Below that the first results' majority decides (a
bronzer query whose best match is a powder is still a bronzer)."""
MAJORITY_OVER_BEST = 0.7
"""...unless at least 70% of the first results agree on another branch: then they decide, and
the best match is the odd one out ("grey roots are showing, want to cover them" found a root
concealer first and seven hair colours; "a sheet mask for a spa night" an eye mask first and
eight face masks). Chosen on tuning needs written apart from the labelled set
(retrieval/data/category_tuning*.yaml, retrieval/quality.py's): 0.7 read 9 more of their 285
categories right than the best match always kept (0.6: 8; 0.8: 5 on the three YAML files), with
3 more wrong."""


def dominant_prefix(
    paths: Sequence[Sequence[str]], *, share: float = DOMINANT_SHARE, min_paths: int = 4
) -> list[str]:
    """The category prefix most of ``paths`` agree on: walks down the tree while one branch
    holds at least ``share`` of the paths that reached its level (and ``min_paths`` of them);
    [] when they split at the root or are too few."""
    prefix: list[str] = []
    for depth in range(max((len(p) for p in paths), default=0)):
        at_depth = [tuple(p[: depth + 1]) for p in paths if len(p) > depth and p[:depth] == prefix]
        if len(at_depth) < min_paths:
            break
        top, n = Counter(at_depth).most_common(1)[0]
        if n / len(at_depth) < share:
            break
        prefix = list(top)
    return prefix


def focus_branch(
    paths: Sequence[Sequence[str]], *, share: float = FOCUS_SHARE, kept: int = BEST_MATCH_LEVELS
) -> list[str]:
    """The category branch below the root most of a search's first candidates lie in (their
    ``paths`` in search order; at least ``share`` of them, level by level) and the best match
    lies in too, or [] when they agree on no more than the root. The best match is never left
    out of the first ``kept`` levels: where the others agree on a branch it is not in there,
    the branch is cut to the part they share with it, unless `MAJORITY_OVER_BEST` of them agree
    on it; below them the others decide."""
    first = paths[:FOCUS_DEPTH]
    prefix = dominant_prefix(first, share=share)
    if paths:
        best = list(paths[0])
        shared = 0
        while shared < min(len(prefix), len(best)) and prefix[shared] == best[shared]:
            shared += 1
        if shared < kept and not _outvoted(first, prefix[: shared + 1]):
            prefix = prefix[:shared]
    return prefix if len(prefix) >= 2 else []


def _outvoted(paths: Sequence[Sequence[str]], branch: Sequence[str]) -> bool:
    """Whether ``branch`` holds `MAJORITY_OVER_BEST` of the ``paths`` that share its parent: so
    many of the first results agree that the best match's other branch is the odd one out."""
    parent = list(branch[:-1])
    siblings = [p for p in paths if list(p[: len(parent)]) == parent]
    inside = [p for p in siblings if list(p[: len(branch)]) == list(branch)]
    return bool(siblings) and len(inside) >= MAJORITY_OVER_BEST * len(siblings)


def split_options(candidates: Sequence[Product], *, max_options: int = 3) -> list[str]:
    """Category paths where the candidates split, most common first ([] when one dominates).

    Walks down the category tree while one branch holds at least 70% of the candidates
    (`dominant_prefix`); at the first level where no branch does, the top branches are the
    options ("Face" or "Body").
    """
    paths = [list(p.categories) for p in candidates if p.categories]
    prefix = dominant_prefix(paths)
    depth = len(prefix)
    at_depth = [tuple(p[: depth + 1]) for p in paths if len(p) > depth and p[:depth] == prefix]
    if len(at_depth) < 4:
        return []
    counts = Counter(at_depth).most_common()
    options = [" > ".join(path) for path, count in counts[:max_options] if count >= 2]
    return options if len(options) >= 2 else []


def question_for(options: Sequence[str]) -> str:
    """A short question offering the options by their last category name: two as a sentence
    ("Face or body?", "Eau de toilette or cologne?": each name in lower case but its acronyms,
    "BB & CC creams"), more as a list of names ("Which kind: Makeup, Skin Care or Nails?")."""
    names = [o.split(" > ")[-1] for o in options]
    if len(names) == 2:
        said = f"{_in_a_sentence(names[0])} or {_in_a_sentence(names[1])}?"
        return said[:1].upper() + said[1:]
    return f"Which kind: {', '.join(names[:-1])} or {names[-1]}?"


def _in_a_sentence(name: str) -> str:
    """A category's name as a sentence says it: lower case, but an acronym ("BB", "SPF")."""
    return re.sub(
        r"\b\w+\b", lambda w: w[0] if re.fullmatch(r"[A-Z]{2,}", w[0]) else w[0].lower(), name
    )


def names_their_branch(answer: str, options: Sequence[str]) -> bool:
    """Whether ``answer`` names a category every option lies in ("skin care" to "Face, body or
    sun?"): no choice between them, so any of them will do."""
    if not options:
        return False
    levels = [o.lower().split(" > ") for o in options]
    shared = [level for level in levels[0] if all(level in other for other in levels[1:])]
    text = " ".join(re.findall(r"[a-z0-9&']+", answer.lower()))
    return any(re.search(rf"(?<![a-z0-9]){re.escape(level)}(?![a-z0-9])", text) for level in shared)


def match_option(answer: str, options: Sequence[str]) -> str | None:
    """The option a short answer picks ("face" -> "Beauty > Skin Care > Face"), or None."""
    if not options:
        return None
    names = {o.split(" > ")[-1].lower(): o for o in options}
    text = answer.lower()
    # a name at a word's start, the longest first ("women's" holds "men's"; "bothered" no "red")
    for name in sorted(names, key=len, reverse=True):
        if re.search(rf"(?<![a-z]){re.escape(name)}", text):
            return names[name]
    said = text.split()
    for name, option in names.items():  # a word of one option's name alone ("hair")
        others = {w for n in names if n != name for w in n.split()}
        above = set(" ".join(option.lower().split(" > ")[:-1]).split())  # Hair Care's "hair"
        if any(w in said for w in name.split() if len(w) > 3 and w not in others | above):
            return option
    # a misspelt name: a long one anywhere ("matt", "glossie"); a short one ("red", "oil") only
    # as a whole word like it ("redd"), never a word's edge ("not fussed" partly overlaps "red")
    long_names = [name for name in names if len(name) > 3]
    best = process.extractOne(text, long_names, scorer=fuzz.partial_ratio) if long_names else None
    if best and best[1] >= 80:
        return names[best[0]]
    short_names = [name for name in names if len(name) <= 3]
    return next((names[n] for n in short_names for w in said if fuzz.ratio(w, n) >= 80), None)
