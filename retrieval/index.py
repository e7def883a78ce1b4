"""The product vector index in Chroma: build, incremental update, rebuild, consistency check.

One collection per catalog (cosine space, no Chroma embedding function: vectors come from our
`Embedder`). Each vector carries the product's filterable metadata and two hashes: the content
hash (any field) and the text hash (what was embedded). An update re-embeds only products whose
text changed, rewrites metadata of products whose other fields changed, and deletes vanished ones.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from tqdm import tqdm

from catalog.schema import Product
from catalog.store import CatalogStore
from retrieval.embedder import Embedder
from retrieval.errors import IndexNotBuiltError, RetrievalError
from retrieval.filters import Filters
from retrieval.keyword import KeywordIndex, MetadataTable
from retrieval.metadata import product_metadata
from retrieval.text import product_text

logger = logging.getLogger(__name__)

DEFAULT_COLLECTION = "products"
CHUNK = 2048
"""Products read, embedded and written per step of a build."""
MAX_EXACT = 1_000_000
"""Filtered searches run exactly over an in-memory copy of the vectors up to this many products;
beyond it they go to Chroma's `where` (see docs/RETRIEVAL.md: measured 10-50x slower)."""


@dataclass
class UpdateReport:
    """What an incremental update did."""

    added: int = 0
    reembedded: int = 0
    metadata_only: int = 0
    removed: int = 0
    unchanged: int = 0
    keyword_rebuilt: bool = False
    seconds: float = 0.0

    @property
    def changed(self) -> int:
        """Products whose vector or metadata were written."""
        return self.added + self.reembedded + self.metadata_only


@dataclass
class ConsistencyReport:
    """How the index compares with the SQL store."""

    products: int = 0
    indexed: int = 0
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    keyword_stale: bool = False
    repaired: bool = False

    @property
    def ok(self) -> bool:
        """True when every product is indexed with its current content and nothing else is."""
        return not (self.missing or self.extra or self.stale or self.keyword_stale)

    def summary(self) -> dict[str, Any]:
        """Counts and up to 10 example ids of each problem (JSON-friendly)."""
        return {
            "ok": self.ok,
            "products": self.products,
            "indexed": self.indexed,
            "missing": len(self.missing),
            "extra": len(self.extra),
            "stale": len(self.stale),
            "keyword_stale": self.keyword_stale,
            "repaired": self.repaired,
            "examples": {
                "missing": self.missing[:10],
                "extra": self.extra[:10],
                "stale": self.stale[:10],
            },
        }


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class ProductIndex:
    """Product vectors in one Chroma collection.

    Args:
        client: a Chroma client (`retrieval.vectorstore.make_vector_store`).
        embedder: the text encoder.
        name: the collection (one per catalog).
        keyword: the BM25 index kept in step with this one (optional).
        batch_size: texts per encoder forward pass.
    """

    def __init__(
        self,
        client: Any,
        embedder: Embedder,
        *,
        name: str = DEFAULT_COLLECTION,
        keyword: KeywordIndex | None = None,
        batch_size: int = 64,
    ) -> None:
        self.client = client
        self.embedder = embedder
        self.name = name
        self.keyword = keyword
        self.batch_size = batch_size
        self._collection: Any = None
        self._exact: tuple[np.ndarray, MetadataTable] | None = None

    # -- collection ---------------------------------------------------------------------------

    def _create(self) -> Any:
        return self.client.create_collection(
            self.name,
            embedding_function=None,
            configuration={"hnsw": {"space": "cosine"}},
            metadata={"model": self.embedder.model_name},
        )

    @property
    def collection(self) -> Any:
        """The Chroma collection.

        Raises:
            IndexNotBuiltError: the collection does not exist yet.
        """
        if self._collection is None:
            try:
                self._collection = self.client.get_collection(self.name, embedding_function=None)
            except Exception as e:  # NotFoundError / ValueError depending on the client
                raise IndexNotBuiltError(
                    f"vector index: expected a Chroma collection {self.name!r}, got none "
                    f"({type(e).__name__}); run `shopassist index build`"
                ) from e
            model = (self._collection.metadata or {}).get("model")
            if model and model != self.embedder.model_name:
                raise RetrievalError(
                    f"vector index {self.name!r} was built with embedding model {model!r}, got "
                    f"{self.embedder.model_name!r} now; run `shopassist index build` to rebuild"
                )
        return self._collection

    def exists(self) -> bool:
        """Whether the collection exists."""
        try:
            _ = self.collection
        except IndexNotBuiltError:
            return False
        return True

    def count(self) -> int:
        """Vectors in the index (0 when not built)."""
        return self.collection.count() if self.exists() else 0

    # -- writing ------------------------------------------------------------------------------

    def _max_batch(self) -> int:
        try:
            return int(self.client.get_max_batch_size())
        except Exception:
            return 5000

    def _write(self, products: Sequence[Product], *, embed: bool, progress: Any = None) -> None:
        self._exact = None
        texts = [product_text(p) for p in products]
        metas = [product_metadata(p, t) for p, t in zip(products, texts, strict=True)]
        ids = [p.id for p in products]
        step = self._max_batch()
        if embed:
            vectors = self.embedder.encode(texts, batch_size=self.batch_size)
            for s in range(0, len(ids), step):
                self.collection.upsert(
                    ids=ids[s : s + step],
                    embeddings=vectors[s : s + step],
                    metadatas=metas[s : s + step],
                )
        else:
            for s in range(0, len(ids), step):
                self.collection.update(ids=ids[s : s + step], metadatas=metas[s : s + step])
        if progress is not None:
            progress.update(len(ids))

    def build(self, store: CatalogStore, progress: bool = True) -> int:
        """Embed every product of the store into a fresh collection (drops an existing one).

        Also rebuilds the keyword index when one is attached.

        Returns:
            How many products were indexed.
        """
        self.drop()
        self._collection = self._create()
        total = store.count("products") if hasattr(store, "count") else None
        with tqdm(total=total, desc="indexing", unit="product", disable=not progress) as bar:
            batch: list[Product] = []
            for product in store.iter_products():
                batch.append(product)
                if len(batch) >= CHUNK:
                    self._write(batch, embed=True, progress=bar)
                    batch = []
            if batch:
                self._write(batch, embed=True, progress=bar)
        if self.keyword is not None:
            self.keyword.build_from_store(store)
        n = self.collection.count()
        logger.info("vector index %r built: %d products", self.name, n)
        return n

    def rebuild(self, store: CatalogStore, progress: bool = True) -> int:
        """A full rebuild from scratch (same as `build`)."""
        return self.build(store, progress=progress)

    def drop(self) -> None:
        """Delete the collection if it exists."""
        with contextlib.suppress(Exception):  # not there
            self.client.delete_collection(self.name)
        self._collection = None
        self._exact = None

    def indexed_hashes(self) -> dict[str, tuple[str, str]]:
        """id -> (content hash, text hash) of every indexed product."""
        out: dict[str, tuple[str, str]] = {}
        page = 5000
        offset = 0
        while True:
            got = self.collection.get(include=["metadatas"], limit=page, offset=offset)
            for pid, meta in zip(got["ids"], got["metadatas"], strict=True):
                meta = meta or {}
                out[pid] = (meta.get("content_hash", ""), meta.get("text_hash", ""))
            if len(got["ids"]) < page:
                return out
            offset += page

    def update(self, store: CatalogStore, progress: bool = False) -> UpdateReport:
        """Bring the index in step with the store, touching only what changed.

        New products are embedded; products whose text changed are re-embedded; products whose
        other fields (price, stock, rating) changed get new metadata only; vanished products are
        deleted. The keyword index is rebuilt when the catalog changed.
        """
        from retrieval.text import text_hash

        start = time.perf_counter()
        if not self.exists():
            n = self.build(store, progress=progress)
            return UpdateReport(added=n, keyword_rebuilt=True, seconds=time.perf_counter() - start)
        report = UpdateReport()
        current = store.product_hashes()
        indexed = self.indexed_hashes()
        gone = [pid for pid in indexed if pid not in current]
        todo = [pid for pid, h in current.items() if indexed.get(pid, ("",))[0] != h]
        report.unchanged = len(current) - len(todo)
        for ids in _chunks(gone, self._max_batch()):
            self.collection.delete(ids=list(ids))
            self._exact = None
        report.removed = len(gone)
        embed: list[Product] = []
        meta_only: list[Product] = []
        for ids in _chunks(todo, 1000):
            for product in store.get_products(list(ids)):
                if product.id not in indexed:
                    report.added += 1
                    embed.append(product)
                elif indexed[product.id][1] != text_hash(product_text(product)):
                    report.reembedded += 1
                    embed.append(product)
                else:
                    report.metadata_only += 1
                    meta_only.append(product)
        with tqdm(total=len(embed), desc="re-embedding", disable=not progress) as bar:
            for batch in _chunks(embed, CHUNK):
                self._write(batch, embed=True, progress=bar)
        for batch in _chunks(meta_only, CHUNK):
            self._write(batch, embed=False)
        if self.keyword is not None:
            report.keyword_rebuilt = self.keyword.ensure_fresh(store)
        report.seconds = time.perf_counter() - start
        logger.info("vector index %r updated: %s", self.name, report)
        return report

    def check(self, store: CatalogStore, repair: bool = False) -> ConsistencyReport:
        """Compare the index with the store; with ``repair``, fix what differs (an update)."""
        current = store.product_hashes()
        indexed = self.indexed_hashes() if self.exists() else {}
        report = ConsistencyReport(
            products=len(current),
            indexed=len(indexed),
            missing=sorted(pid for pid in current if pid not in indexed),
            extra=sorted(pid for pid in indexed if pid not in current),
            stale=sorted(
                pid for pid, h in current.items() if pid in indexed and indexed[pid][0] != h
            ),
            keyword_stale=self.keyword is not None and not self.keyword.is_fresh(store),
        )
        if repair and not report.ok:
            self.update(store)
            if self.keyword is not None:
                self.keyword.ensure_fresh(store)
            report.repaired = True
        return report

    # -- reading ------------------------------------------------------------------------------

    def exact_table(self) -> tuple[np.ndarray, MetadataTable]:
        """Every stored vector (rows) and its metadata, read from Chroma once and kept.

        Filtered searches use it: a numpy mask over the metadata and one matrix product are
        exact and take about a millisecond for 12k products, where Chroma's metadata ``where``
        took tens to hundreds of milliseconds. Writes through this object drop the copy.
        """
        if self._exact is None:
            ids: list[str] = []
            metas: list[dict[str, Any]] = []
            chunks: list[np.ndarray] = []
            page, offset = 5000, 0
            while True:
                got = self.collection.get(
                    include=["embeddings", "metadatas"], limit=page, offset=offset
                )
                ids.extend(got["ids"])
                metas.extend(m or {} for m in got["metadatas"])
                if len(got["ids"]):
                    chunks.append(np.asarray(got["embeddings"], dtype=np.float32))
                if len(got["ids"]) < page:
                    break
                offset += page
            matrix = np.vstack(chunks) if chunks else np.zeros((0, 1), dtype=np.float32)
            self._exact = (matrix, MetadataTable(ids, metas))
            logger.info("loaded %d vectors for exact filtered search", len(ids))
        return self._exact

    def query(
        self, vector: np.ndarray, k: int = 10, filters: Filters | None = None
    ) -> list[tuple[str, float]]:
        """The ``k`` nearest products passing ``filters``: (id, cosine similarity) pairs.

        Without filters: Chroma's HNSW index. With filters: exact search over the in-memory
        copy (`exact_table`) up to `MAX_EXACT` products, Chroma ``where`` beyond.
        """
        n = self.collection.count()
        if n == 0 or k <= 0:
            return []
        filters = filters or Filters()
        if not filters.empty and n <= MAX_EXACT:
            matrix, table = self.exact_table()
            mask = table.mask(filters)
            allowed = int(mask.sum()) if mask is not None else len(table.ids)
            if allowed == 0:
                return []
            # one mat-vec over every row (no copy), then rule out the rows that fail
            sims = matrix @ np.asarray(vector, dtype=np.float32)
            if mask is not None:
                sims = np.where(mask, sims, -np.inf)
            top = min(k, allowed)
            best = np.argpartition(-sims, top - 1)[:top]
            best = best[np.argsort(-sims[best], kind="stable")]
            return [(table.ids[i], float(sims[i])) for i in best]
        where = filters.where()
        result = self.collection.query(
            query_embeddings=[np.asarray(vector, dtype=np.float32)],
            n_results=min(k, n),
            where=where,
            include=["distances"],
        )
        ids = result["ids"][0]
        distances = result["distances"][0]
        return [(pid, 1.0 - float(d)) for pid, d in zip(ids, distances, strict=True)]

    def vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """Stored embeddings by id (unknown ids are left out)."""
        out: dict[str, np.ndarray] = {}
        for chunk in _chunks(list(ids), self._max_batch()):
            got = self.collection.get(ids=list(chunk), include=["embeddings"])
            for pid, vec in zip(got["ids"], got["embeddings"], strict=True):
                out[pid] = np.asarray(vec, dtype=np.float32)
        return out
