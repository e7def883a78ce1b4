"""Errors of the copy layer."""

from __future__ import annotations

from core.errors import ShopAssistError


class CopyError(ShopAssistError):
    """A copy request that cannot be served (unknown channel, tone, segment, user...)."""
