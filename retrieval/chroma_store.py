"""Chroma behind the vector port (`retrieval.backend`): one collection per catalog.

Cosine space, no Chroma embedding function (vectors come from our `Embedder`), the catalog's
metadata beside each vector; filtered nearest-k uses Chroma's metadata ``where``.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from retrieval.backend import Meta
from retrieval.errors import IndexNotBuiltError
from retrieval.filters import Filters

HNSW_CONFIG = {"space": "cosine", "batch_size": 1000, "sync_threshold": 20_000}
"""Chroma HNSW settings: vectors are moved from Chroma's brute-force buffer into the graph
1,000 at a time and the graph is written to disk every 20,000 (Chroma's defaults, 100 and
1,000, write the whole graph to disk very often during a bulk build). A build that knows its
size writes it more often (`hnsw_config`)."""


def hnsw_config(rows: int) -> dict[str, object]:
    """`HNSW_CONFIG` for a build of ``rows`` vectors: the graph is written to disk every tenth
    of them (1,000 to 20,000), so that it is on disk when the build ends. Chroma otherwise keeps
    the rows since the last write in its log and every new process replays them into a fresh
    graph when it opens the collection: 4.6-5.1 s of a fresh worker's start on Beauty (12,101
    rows, never written at 20,000), 0.2 s once the graph is on disk (docs/BENCHMARKS.md, "Fresh
    worker")."""
    if rows <= 0:
        return dict(HNSW_CONFIG)
    return HNSW_CONFIG | {"sync_threshold": max(1_000, min(20_000, rows // 10))}


class ChromaTable:
    """One Chroma collection as a `VectorTable`.

    Args:
        collection: the Chroma collection.
        max_batch: the client's largest write.
    """

    filters_inside = False  # Chroma's `where` measured 10-50x slower than the exact path

    def __init__(self, collection: Any, max_batch: int) -> None:
        self.collection = collection
        self.max_batch = max_batch
        self.model: str | None = (collection.metadata or {}).get("model")

    def count(self) -> int:
        """Rows stored."""
        return int(self.collection.count())

    def generation(self) -> str | None:
        """The token every write through this class renews in the collection's metadata."""
        return (self.collection.metadata or {}).get("generation")

    def _written(self, rows: int) -> None:
        """Renew `generation` after ``rows`` rows changed (after the write, so a copy read
        before it ends is never taken for the new state); nothing when none did."""
        if rows:
            metadata = dict(self.collection.metadata or {})
            self.collection.modify(metadata=metadata | {"generation": uuid.uuid4().hex})

    def add(self, ids: Sequence[str], vectors: np.ndarray, metas: Sequence[Meta], *,
            fresh: bool = False) -> None:  # fmt: skip
        """Upsert (``fresh``: add) rows, `max_batch` at a time."""
        write = self.collection.add if fresh else self.collection.upsert
        for s in range(0, len(ids), self.max_batch):
            write(
                ids=list(ids[s : s + self.max_batch]),
                embeddings=vectors[s : s + self.max_batch],
                metadatas=list(metas[s : s + self.max_batch]),
            )
        self._written(len(ids))

    def update_metadata(self, ids: Sequence[str], metas: Sequence[Meta]) -> None:
        """Replace the metadata of existing rows."""
        for s in range(0, len(ids), self.max_batch):
            self.collection.update(
                ids=list(ids[s : s + self.max_batch]), metadatas=list(metas[s : s + self.max_batch])
            )
        self._written(len(ids))

    def delete(self, ids: Sequence[str]) -> None:
        """Remove rows."""
        for s in range(0, len(ids), self.max_batch):
            self.collection.delete(ids=list(ids[s : s + self.max_batch]))
        self._written(len(ids))

    def metadata_pages(self, page: int) -> Iterator[tuple[list[str], list[Meta]]]:
        """Every row's id and metadata, ``page`` at a time."""
        for got in self._pages(page, ["metadatas"]):
            yield got["ids"], [m or {} for m in got["metadatas"]]

    def vector_pages(self, page: int) -> Iterator[tuple[list[str], list[Meta], np.ndarray]]:
        """Every row's id, metadata and vector, ``page`` at a time."""
        for got in self._pages(page, ["embeddings", "metadatas"]):
            vectors = np.asarray(got["embeddings"], dtype=np.float32)
            yield got["ids"], [m or {} for m in got["metadatas"]], vectors

    def _pages(self, page: int, include: list[str]) -> Iterator[dict[str, Any]]:
        offset = 0
        while True:
            got = self.collection.get(include=include, limit=page, offset=offset)
            if len(got["ids"]):
                yield got
            if len(got["ids"]) < page:
                return
            offset += page

    def vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """Stored vectors by id."""
        out: dict[str, np.ndarray] = {}
        for s in range(0, len(ids), self.max_batch):
            got = self.collection.get(ids=list(ids[s : s + self.max_batch]), include=["embeddings"])
            for pid, vec in zip(got["ids"], got["embeddings"], strict=True):
                out[pid] = np.asarray(vec, dtype=np.float32)
        return out

    def nearest(self, vector: np.ndarray, k: int, filters: Filters) -> list[tuple[str, float]]:
        """Chroma's HNSW index with its metadata ``where`` for the filters."""
        result = self.collection.query(
            query_embeddings=[np.asarray(vector, dtype=np.float32)],
            n_results=k,
            where=filters.where(),
            include=["distances"],
        )
        ids = result["ids"][0]
        distances = result["distances"][0]
        return [(pid, 1.0 - float(d)) for pid, d in zip(ids, distances, strict=True)]

    def finish_writes(self, *, built: bool) -> None:
        """Nothing to do: Chroma indexes as it writes."""


class ChromaStore:
    """A Chroma client (`retrieval.vectorstore.make_vector_store`) as a `VectorStore`."""

    kind = "chroma"

    def __init__(self, client: Any) -> None:
        self.client = client

    def _max_batch(self) -> int:
        try:
            return int(self.client.get_max_batch_size())
        except Exception:
            return 5000

    def create(self, name: str, model: str, dimension: int, *, rows: int = 0) -> ChromaTable:
        """A new collection (cosine HNSW, `hnsw_config` for ``rows``) recording ``model``."""
        collection = self.client.create_collection(
            name,
            embedding_function=None,
            configuration={"hnsw": hnsw_config(rows)},
            metadata={"model": model},
        )
        return ChromaTable(collection, self._max_batch())

    def open(self, name: str) -> ChromaTable:
        """The existing collection.

        Raises:
            IndexNotBuiltError: there is none.
        """
        try:
            collection = self.client.get_collection(name, embedding_function=None)
        except Exception as e:  # NotFoundError / ValueError depending on the client
            raise IndexNotBuiltError(
                f"vector index: expected a Chroma collection {name!r}, got none "
                f"({type(e).__name__}); run `shopassist index build`"
            ) from e
        return ChromaTable(collection, self._max_batch())

    def drop(self, name: str) -> None:
        """Delete the collection if it exists."""
        with contextlib.suppress(Exception):  # not there
            self.client.delete_collection(name)
