"""Errors the ranking layer raises on purpose."""

from __future__ import annotations

from core.errors import ShopAssistError


class RankingError(ShopAssistError):
    """Bad training data, an unknown model, or artifacts that cannot be used."""


class LeakError(RankingError):
    """A held-out item (or something after it) reached training or the fitting of weights."""
