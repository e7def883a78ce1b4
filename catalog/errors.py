"""The project's exception tree.

Every error a user can cause derives from :class:`ShopAssistError`, so the CLI and the UI can turn
it into a readable message instead of a traceback. Each layer adds its own subclass next to its
code (``retrieval.errors.RetrievalError``, ...); this module holds the root and the catalog's own.
"""

from __future__ import annotations


class ShopAssistError(Exception):
    """Base class of every error shopassist raises on purpose."""


class CatalogError(ShopAssistError):
    """Bad catalog input, an unknown format, or a store that cannot be used."""


class StoreUnavailableError(CatalogError):
    """The SQL store could not be reached or stayed locked after the retries."""
