"""Category paths ("Beauty > Hair Care > Shampoos"): whether one lies under another, the
branch several share, and the nodes of the tree they make.

Paths compare by whole levels: "Beauty > Hair" is not above "Beauty > Hair Care".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

SEPARATOR = " > "


def below(path: str, ancestor: str) -> bool:
    """Whether ``path`` lies strictly under ``ancestor`` (a deeper level of it)."""
    return path.startswith(ancestor + SEPARATOR)


def is_department(path: str) -> bool:
    """Whether ``path`` is a department: the level right under the root ("Beauty > Hair
    Care"), not the root itself nor a branch or type under a department."""
    return path.count(SEPARATOR) == 1


def within(path: str, ancestor: str) -> bool:
    """Whether ``path`` is ``ancestor`` or lies under it."""
    return path == ancestor or below(path, ancestor)


def nested(a: str, b: str) -> bool:
    """Whether one of two paths is the other or lies under it."""
    return within(a, b) or within(b, a)


def shared_branch(paths: Sequence[str]) -> str:
    """The deepest path every one of ``paths`` is or lies under ("Beauty > Skin Care" of its
    Face and Body); "" when they share no level or there are none."""
    shared: list[str] = []
    for levels in zip(*(p.split(SEPARATOR) for p in paths), strict=False):
        if len(set(levels)) > 1:
            break
        shared.append(levels[0])
    return SEPARATOR.join(shared)


def nodes(paths: Iterable[str], shallowest: int = 1, *, themselves: bool = True) -> frozenset[str]:
    """The nodes of the tree ``paths`` make, each as the path down to it: every level from the
    ``shallowest`` (1: the root) down to the paths themselves, or only down to the level above
    each (``themselves=False``: the nodes with a category under them)."""
    return frozenset(
        SEPARATOR.join(levels[:depth])
        for levels in (p.split(SEPARATOR) for p in paths)
        for depth in range(shallowest, len(levels) + themselves)
    )
