"""Category paths ("Beauty > Hair Care > Shampoos"): whether one lies under another.

Paths compare by whole levels: "Beauty > Hair" is not above "Beauty > Hair Care".
"""

from __future__ import annotations

SEPARATOR = " > "


def below(path: str, ancestor: str) -> bool:
    """Whether ``path`` lies strictly under ``ancestor`` (a deeper level of it)."""
    return path.startswith(ancestor + SEPARATOR)


def within(path: str, ancestor: str) -> bool:
    """Whether ``path`` is ``ancestor`` or lies under it."""
    return path == ancestor or below(path, ancestor)


def nested(a: str, b: str) -> bool:
    """Whether one of two paths is the other or lies under it."""
    return within(a, b) or within(b, a)
