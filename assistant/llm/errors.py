"""Errors of the language-model layer."""

from __future__ import annotations

from core.errors import ShopAssistError


class LLMError(ShopAssistError):
    """A language model could not be loaded, reached, or gave an unusable answer."""
