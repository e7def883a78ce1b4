"""The port between `ProductIndex` and a vector engine (Chroma, LanceDB).

`ProductIndex` keeps the logic (embedding, hashes, incremental updates, the in-memory exact
path, BM25); an engine only stores rows of id + vector + metadata (`product_metadata`) and
answers nearest-k with `Filters`. Two implementations: `retrieval.chroma_store` and
`retrieval.lance_store`; `retrieval.vectorstore.open_vector_store` picks one from the settings.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Protocol, runtime_checkable

import numpy as np

from retrieval.filters import Filters

Meta = dict[str, Any]


@runtime_checkable
class VectorTable(Protocol):
    """One catalog's vectors in an engine.

    Attributes:
        model: the embedding model name recorded at creation (None when unknown).
        max_batch: the most rows one write should carry.
        filters_inside: True when the engine's filtered nearest-k is fast at any size (an
            index filters inside the search), so the index keeps no in-memory copy for it.
    """

    model: str | None
    max_batch: int
    filters_inside: bool

    def count(self) -> int:
        """Rows stored."""
        ...

    def add(self, ids: Sequence[str], vectors: np.ndarray, metas: Sequence[Meta], *,
            fresh: bool = False) -> None:  # fmt: skip
        """Upsert rows (``fresh``: the ids are known to be new, a plain insert)."""
        ...

    def update_metadata(self, ids: Sequence[str], metas: Sequence[Meta]) -> None:
        """Replace the metadata of existing rows, keeping their vectors."""
        ...

    def delete(self, ids: Sequence[str]) -> None:
        """Remove rows (unknown ids are ignored)."""
        ...

    def metadata_pages(self, page: int) -> Iterator[tuple[list[str], list[Meta]]]:
        """Every row's id and metadata, ``page`` rows at a time."""
        ...

    def vector_pages(self, page: int) -> Iterator[tuple[list[str], list[Meta], np.ndarray]]:
        """Every row's id, metadata and vector (float32 rows), ``page`` rows at a time."""
        ...

    def vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """Stored vectors by id (unknown ids left out)."""
        ...

    def nearest(self, vector: np.ndarray, k: int, filters: Filters) -> list[tuple[str, float]]:
        """The ``k`` nearest rows passing ``filters`` (not ``avoid``): (id, cosine similarity)."""
        ...

    def finish_writes(self, *, built: bool) -> None:
        """After a build (``built``) or an update: (re)build what the engine indexes."""
        ...

    def generation(self) -> str | None:
        """A token that changes whenever rows are written (None: the engine keeps none); the
        index's on-disk copy of the exact table is valid only for the token it was read at."""
        ...


@runtime_checkable
class VectorStore(Protocol):
    """An engine connection holding one table per catalog.

    Attributes:
        kind: "chroma" or "lancedb" (for logs and messages).
    """

    kind: str

    def create(self, name: str, model: str, dimension: int, *, rows: int = 0) -> VectorTable:
        """A new empty table recording the embedding ``model``; ``rows``: how many the build
        will write (0: unknown), for engines that size their settings by it."""
        ...

    def open(self, name: str) -> VectorTable:
        """The existing table.

        Raises:
            IndexNotBuiltError: there is none.
        """
        ...

    def drop(self, name: str) -> None:
        """Delete the table if it exists."""
        ...
