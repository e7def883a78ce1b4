"""The project's exception tree.

Every error a user can cause derives from `ShopAssistError`, so each interface turns it into a
readable message instead of a traceback. The four kinds below say what the caller can do about
it, and the REST API picks its HTTP status from the kind alone (`ui/api/errors.py`), never from
the message. Each layer adds its own subclasses next to its code (`catalog.errors.CatalogError`,
`retrieval.errors.RetrievalError`, ...), mixing in a kind where it applies.
"""

from __future__ import annotations


class ShopAssistError(Exception):
    """Base class of every error shopassist raises on purpose: bad input by default."""


class NotFoundError(ShopAssistError):
    """Something the caller named does not exist (a customer, a product, an experiment)."""


class ForbiddenError(ShopAssistError):
    """The caller is known but may not do this (another user's session or data)."""


class UnavailableError(ShopAssistError):
    """A part the request needs is busy or unreachable for now: the caller may retry."""
