"""The product vector index: build, incremental update, rebuild, consistency check.

One table per catalog in a vector engine behind the port of `retrieval.backend` (Chroma by
default, LanceDB by setting); vectors come from our `Embedder`. Each vector carries the
product's filterable metadata and two hashes: the content hash (any field) and the text hash
(what was embedded). An update re-embeds only products whose text changed, rewrites metadata of
products whose other fields changed, and deletes vanished ones.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from tqdm import tqdm

from catalog.schema import Product
from catalog.store import CatalogStore
from retrieval.backend import VectorStore, VectorTable
from retrieval.chroma_store import HNSW_CONFIG as HNSW_CONFIG  # the benches' Chroma settings
from retrieval.chroma_store import ChromaStore
from retrieval.embedder import Embedder
from retrieval.errors import IndexNotBuiltError, RetrievalError
from retrieval.filters import Filters
from retrieval.keyword import KeywordIndex, MetadataTable
from retrieval.metadata import product_metadata
from retrieval.text import product_text
from retrieval.vector_copy import load_copy, save_copy

logger = logging.getLogger(__name__)

DEFAULT_COLLECTION = "products"
CHUNK = 4096
"""Products embedded and written per step of a build (texts sorted by length first)."""
MAX_EXACT = 1_000_000
"""Filtered searches run exactly over an in-memory copy of the vectors up to this many products
when the engine filters slowly (Chroma's `where`, measured 10-50x slower: docs/RETRIEVAL.md);
an engine that filters inside its index (`VectorTable.filters_inside`, LanceDB) takes them from
`MAX_EXACT_UNFILTERED` on."""
MAX_EXACT_UNFILTERED = 50_000
"""Unfiltered searches also use the in-memory copy up to this many products; beyond it they go
to Chroma's HNSW index. Measured under load: the exact mat-vec took 2.4 ms at 12k and 12 ms at
100k, Chroma's HNSW query about 9 ms at 12k (mostly its SQLite id lookup) and 4 ms at 100k."""


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


def similarities(matrix: np.ndarray, vector: np.ndarray) -> np.ndarray:
    """``matrix @ vector`` for unit rows: cosine similarity of every row.

    ``einsum`` runs on the calling thread; numpy's BLAS mat-vec starts its own threads, which on
    a busy 2-core machine measured 8 ms against 1.4 ms for 12k x 384, and their spinning slowed
    the query embedding that follows.
    """
    return np.einsum("ij,j->i", matrix, np.asarray(vector, dtype=np.float32))


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class ProductIndex:
    """Product vectors in one table of a vector engine.

    Args:
        client: the engine (`retrieval.vectorstore.open_vector_store`); a Chroma client
            (`retrieval.vectorstore.make_vector_store`) is taken as ``ChromaStore(client)``.
        embedder: the text encoder.
        name: the table (one per catalog).
        keyword: the BM25 index kept in step with this one (optional).
        batch_size: texts per encoder forward pass.
        copy_dir: folder for an on-disk copy of the exact table (`retrieval.vector_copy`),
            which a new process loads instead of reading every row from the engine; None: none.
    """

    def __init__(
        self,
        client: VectorStore | Any,
        embedder: Embedder,
        *,
        name: str = DEFAULT_COLLECTION,
        keyword: KeywordIndex | None = None,
        batch_size: int = 64,
        copy_dir: Path | None = None,
    ) -> None:
        self.engine: VectorStore = (
            client if isinstance(client, VectorStore) else ChromaStore(client)
        )
        self.embedder = embedder
        self.name = name
        self.keyword = keyword
        self.batch_size = batch_size
        self.copy_dir = copy_dir
        self._table: VectorTable | None = None
        self._exact: tuple[np.ndarray, MetadataTable] | None = None
        self._exact_loading = threading.Lock()  # concurrent first searches read the engine once
        self._count: int | None = None
        self._hashes: dict[str, tuple[str, str]] | None = None

    def refresh(self) -> None:
        """Forget what this object cached from the engine (the in-memory vector copy, the count,
        the indexed hashes and the open table, reopened at its latest version on next use).
        Call it after another process changed or rebuilt the index."""
        self._exact = None
        self._count = None
        self._hashes = None
        self._table = None

    # -- table --------------------------------------------------------------------------------

    @property
    def table(self) -> VectorTable:
        """The engine's table of this catalog.

        Raises:
            IndexNotBuiltError: the table does not exist yet.
            RetrievalError: it was built with another embedding model.
        """
        if self._table is None:
            table = self.engine.open(self.name)
            if table.model and table.model != self.embedder.model_name:
                raise RetrievalError(
                    f"vector index {self.name!r} was built with embedding model {table.model!r}, "
                    f"got {self.embedder.model_name!r} now; run `shopassist index build` to rebuild"
                )
            self._table = table
        return self._table

    def exists(self) -> bool:
        """Whether the table exists."""
        try:
            _ = self.table
        except IndexNotBuiltError:
            return False
        return True

    def count(self) -> int:
        """Vectors in the index (0 when not built)."""
        return self.table.count() if self.exists() else 0

    def _cached_count(self) -> int:
        if self._count is None:
            self._count = self.table.count()
        return self._count

    # -- writing ------------------------------------------------------------------------------

    def _write(self, products: Sequence[Product], *, embed: bool, progress: Any = None) -> None:
        texts = [product_text(p) for p in products]
        metas = [product_metadata(p, t) for p, t in zip(products, texts, strict=True)]
        ids = [p.id for p in products]
        if embed:
            self._add(ids, texts, metas, progress=progress)
        else:
            self.table.update_metadata(ids, metas)
            self._patch(ids, None, metas)
            if progress is not None:
                progress.update(len(ids))

    def _add(
        self,
        ids: list[str],
        texts: list[str],
        metas: list[dict[str, Any]],
        *,
        progress: Any = None,
        fresh: bool = False,
    ) -> None:
        """Embed ``texts`` and upsert them with ``metas``.

        Texts are embedded longest first in chunks of `CHUNK` (the order
        ``SentenceTransformer.encode`` uses within one call, so batches carry little padding);
        each chunk is written to the engine on a background thread while the next one is
        embedded.
        """
        from concurrent.futures import ThreadPoolExecutor

        order = sorted(range(len(ids)), key=lambda i: -len(texts[i]))
        table = self.table

        def put(rows: list[int], vectors: np.ndarray) -> None:
            table.add([ids[i] for i in rows], vectors, [metas[i] for i in rows], fresh=fresh)

        try:
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="vector-write") as pool:
                pending = None
                for rows in _chunks(order, CHUNK):
                    rows = list(rows)
                    texts_ = [texts[i] for i in rows]
                    vectors = self.embedder.encode(texts_, batch_size=self.batch_size)
                    if pending is not None:
                        pending.result()
                    pending = pool.submit(put, rows, vectors)
                    if progress is not None:
                        progress.update(len(rows))
                    if not fresh:
                        self._patch([ids[i] for i in rows], vectors, [metas[i] for i in rows])
                if pending is not None:
                    pending.result()
        except BaseException:
            self.refresh()  # the caches may be ahead of what reached the engine
            raise
        self._count = None

    def _patch(
        self, ids: list[str], vectors: np.ndarray | None, metas: list[dict[str, Any]]
    ) -> None:
        """Apply a write to the cached hashes and in-memory vector copy (when loaded)."""
        if self._hashes is not None:
            for pid, meta in zip(ids, metas, strict=True):
                self._hashes[pid] = (meta.get("content_hash", ""), meta.get("text_hash", ""))
        if self._exact is None:
            return
        matrix, table = self._exact
        row_of = {pid: row for row, pid in enumerate(table.ids)}
        new_ids = list(table.ids)
        new_metas = list(table.metas)
        extra_rows: list[np.ndarray] = []
        for n, (pid, meta) in enumerate(zip(ids, metas, strict=True)):
            row = row_of.get(pid)
            if row is None:
                if vectors is None:  # metadata of a vector we never saw: reload later
                    self._exact = None
                    return
                new_ids.append(pid)
                new_metas.append(meta)
                extra_rows.append(vectors[n])
                continue
            new_metas[row] = meta
            if vectors is not None:
                matrix[row] = vectors[n]
        if extra_rows:
            matrix = np.vstack([matrix, np.asarray(extra_rows, dtype=np.float32)])
        self._exact = (matrix, MetadataTable(new_ids, new_metas))

    def _forget(self, ids: Sequence[str]) -> None:
        """Drop deleted ids from the cached hashes and in-memory vector copy."""
        gone = set(ids)
        if self._hashes is not None:
            for pid in gone:
                self._hashes.pop(pid, None)
        self._count = None
        if self._exact is None or not gone:
            return
        matrix, table = self._exact
        keep = [row for row, pid in enumerate(table.ids) if pid not in gone]
        self._exact = (
            matrix[keep],
            MetadataTable([table.ids[r] for r in keep], [table.metas[r] for r in keep]),
        )

    def build(self, store: CatalogStore, progress: bool = True) -> int:
        """Embed every product of the store into a fresh table (drops an existing one).

        The store is read once: the same texts and metadata feed the engine and, when one is
        attached, the keyword index.

        Returns:
            How many products were indexed.
        """
        from retrieval.keyword import catalog_fingerprint

        ids: list[str] = []
        texts: list[str] = []
        metas: list[dict[str, Any]] = []
        for product in store.iter_products():
            text = product_text(product)
            ids.append(product.id)
            texts.append(text)
            metas.append(product_metadata(product, text))
        self.drop()
        self._table = self.engine.create(
            self.name, self.embedder.model_name, self.embedder.dimension, rows=len(ids)
        )
        with tqdm(total=len(ids), desc="indexing", unit="product", disable=not progress) as bar:
            self._add(ids, texts, metas, progress=bar, fresh=True)
        self.table.finish_writes(built=True)
        if self.keyword is not None:
            hashes = {pid: meta["content_hash"] for pid, meta in zip(ids, metas, strict=True)}
            self.keyword.build(
                zip(ids, texts, metas, strict=True), fingerprint=catalog_fingerprint(hashes)
            )
        self._hashes = {
            pid: (meta["content_hash"], meta["text_hash"])
            for pid, meta in zip(ids, metas, strict=True)
        }
        n = self.table.count()
        self._count = n
        logger.info("vector index %r built: %d products", self.name, n)
        if self.copy_dir is not None:
            self.warm()  # writes the on-disk copy new workers load (when they use one)
        return n

    def rebuild(self, store: CatalogStore, progress: bool = True) -> int:
        """A full rebuild from scratch (same as `build`)."""
        return self.build(store, progress=progress)

    def drop(self) -> None:
        """Delete the table if it exists."""
        self.engine.drop(self.name)
        self._table = None
        self.refresh()

    def indexed_hashes(self, *, cached: bool = False) -> dict[str, tuple[str, str]]:
        """id -> (content hash, text hash) of every indexed product.

        Args:
            cached: reuse what this object read before and kept up to date through its own
                writes (an update does; a consistency check reads the engine afresh).
        """
        if cached and self._hashes is not None:
            return dict(self._hashes)
        if cached and self._exact is not None:  # the in-memory copy holds every metadata row
            _, table = self._exact
            self._hashes = {
                pid: (m.get("content_hash", ""), m.get("text_hash", ""))
                for pid, m in zip(table.ids, table.metas, strict=True)
            }
            return dict(self._hashes)
        out: dict[str, tuple[str, str]] = {}
        for ids, metas in self.table.metadata_pages(max(self.table.max_batch, 5000)):
            for pid, meta in zip(ids, metas, strict=True):
                out[pid] = (meta.get("content_hash", ""), meta.get("text_hash", ""))
        self._hashes = dict(out)
        return out

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
        indexed = self.indexed_hashes(cached=True)
        gone = [pid for pid in indexed if pid not in current]
        todo = [pid for pid, h in current.items() if indexed.get(pid, ("",))[0] != h]
        report.unchanged = len(current) - len(todo)
        self.table.delete(gone)
        self._forget(gone)
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
            if embed:
                self._write(embed, embed=True, progress=bar)
        if meta_only:
            self._write(meta_only, embed=False)
        if report.changed or report.removed:
            self.table.finish_writes(built=False)
        if self.keyword is not None:
            report.keyword_rebuilt = self.keyword.sync(store, current)
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
            keyword_stale=self.keyword is not None and not self.keyword.is_fresh(store, current),
        )
        if repair and not report.ok:
            self.update(store)
            if self.keyword is not None:
                self.keyword.ensure_fresh(store)
            report.repaired = True
        return report

    # -- reading ------------------------------------------------------------------------------

    def exact_table(self) -> tuple[np.ndarray, MetadataTable]:
        """Every stored vector (rows) and its metadata, read from the engine once and kept.

        Filtered searches use it: a numpy mask over the metadata and one matrix product are
        exact and take about a millisecond for 12k products, where Chroma's metadata ``where``
        took tens to hundreds of milliseconds. Writes through this object patch the copy.
        """
        with self._exact_loading:
            if self._exact is None:
                self._exact = self._read_exact_table()
            return self._exact

    def warm(self) -> None:
        """Load what `query` will read: the in-memory copy when the catalog is small enough
        for the exact path (`MAX_EXACT_UNFILTERED`; `MAX_EXACT` for an engine that filters
        slowly), else only the table handle and its size (a 1M LanceDB table is never copied
        into memory)."""
        n = self._cached_count()
        limit = MAX_EXACT_UNFILTERED if self.table.filters_inside else MAX_EXACT
        if 0 < n <= limit:
            self.exact_table()

    def _read_exact_table(self) -> tuple[np.ndarray, MetadataTable]:
        """From the on-disk copy of the engine's current generation when there is one, else
        from the engine (then written as that copy)."""
        folder = self.copy_dir
        token = self.table.generation() if folder is not None else None
        copied = load_copy(folder, token) if folder is not None and token is not None else None
        if copied is not None:
            logger.info("loaded %d vectors from the copy of %s", len(copied[1]), token)
            return copied[0], MetadataTable(copied[1], copied[2])
        ids: list[str] = []
        metas: list[dict[str, Any]] = []
        chunks: list[np.ndarray] = []
        for page_ids, page_metas, vectors in self.table.vector_pages(5000):
            ids.extend(page_ids)
            metas.extend(page_metas)
            chunks.append(vectors)
        matrix = np.vstack(chunks) if chunks else np.zeros((0, 1), dtype=np.float32)
        logger.info("loaded %d vectors for exact filtered search", len(ids))
        if folder is not None and token is not None and ids:
            save_copy(folder, token, (matrix, ids, metas))
        return matrix, MetadataTable(ids, metas)

    def query(
        self, vector: np.ndarray, k: int = 10, filters: Filters | None = None
    ) -> list[tuple[str, float]]:
        """The ``k`` nearest products passing ``filters``: (id, cosine similarity) pairs.

        Exact search over the in-memory copy (`exact_table`) up to `MAX_EXACT_UNFILTERED`
        products without filters and `MAX_EXACT` with filters (`MAX_EXACT_UNFILTERED` too when
        the engine filters inside its index); beyond those, the engine's nearest-k (Chroma's
        HNSW with its ``where``; LanceDB's plan in `retrieval.lance_store`).
        """
        n = self._cached_count()
        if n == 0 or k <= 0:
            return []
        filters = filters or Filters()
        fast = filters.empty or self.table.filters_inside
        limit = MAX_EXACT_UNFILTERED if fast else MAX_EXACT
        if n <= limit:
            matrix, table = self.exact_table()
            mask = table.mask(filters)
            allowed = int(mask.sum()) if mask is not None else len(table.ids)
            if allowed == 0:
                return []
            # one mat-vec over every row (no copy), then rule out the rows that fail
            sims = similarities(matrix, vector)
            if mask is not None:
                sims = np.where(mask, sims, -np.inf)
            top = min(k, allowed)
            best = np.argpartition(-sims, top - 1)[:top]
            best = best[np.argsort(-sims[best], kind="stable")]
            return [(table.ids[i], float(sims[i])) for i in best]
        return self.table.nearest(vector, min(k, n), filters)

    def vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """Stored embeddings by id (unknown ids are left out)."""
        return self.table.vectors(list(ids))
