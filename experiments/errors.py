"""Errors of the experiments package (A/B tests, interleaving, offline replay)."""

from __future__ import annotations

from core.errors import ShopAssistError


class ExperimentError(ShopAssistError):
    """A bad experiment definition, an unknown experiment, or a log that cannot be analysed."""
