"""Errors of the retrieval layer (embedder, vector index, BM25, search, query parsing)."""

from __future__ import annotations

from core.errors import ShopAssistError


class RetrievalError(ShopAssistError):
    """Bad search input, a missing or stale index, or a vector store that cannot be used."""


class EmptyQueryError(RetrievalError):
    """The query has nothing to search for (empty, only stop words, punctuation or emoji)."""


class UnknownBrandError(RetrievalError):
    """A brand filter names a brand the catalog does not have."""


class IndexNotBuiltError(RetrievalError):
    """The search index does not exist yet: run `shopassist index build`."""
