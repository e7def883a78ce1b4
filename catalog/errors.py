"""Errors of the catalog layer: bad catalog input and a store that cannot be used.

The root of the project's exception tree, and the kinds an interface answers by, live in
`core.errors`.
"""

from __future__ import annotations

from core.errors import ShopAssistError, UnavailableError


class CatalogError(ShopAssistError):
    """Bad catalog input, an unknown format, or a store that cannot be used."""


class StoreUnavailableError(CatalogError, UnavailableError):
    """The SQL store could not be reached or stayed locked after the retries."""
