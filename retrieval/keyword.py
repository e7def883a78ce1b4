"""BM25 keyword search over the product texts, with a metadata table for filtering.

The index is a folder: ``counts.npz`` (a sparse document x term count matrix) and ``table.json``
(ids, vocabulary, filterable metadata with each product's content hash, and the fingerprint of
the catalog it was built from). Scores follow the Lucene BM25 variant (the default of the
`bm25s` package, which earlier versions used; a test checks both agree). Because the raw counts
are kept, a catalog change is applied incrementally: only changed products are re-tokenised and
the BM25 weights are recomputed from the counts in one vectorised pass (tens of milliseconds for
12k products) instead of rebuilding from the whole store.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

from catalog.category_paths import within
from catalog.store import CatalogStore
from retrieval.errors import IndexNotBuiltError
from retrieval.filters import Filters, brand_key
from retrieval.metadata import product_metadata
from retrieval.text import product_text
from retrieval.tokenize import query_tokens, tokenize

logger = logging.getLogger(__name__)

TABLE = "table.json"
COUNTS = "counts.npz"
FORMAT_VERSION = 2
"""2: own BM25 over saved counts (1 was bm25s matrices; such a folder is rebuilt)."""
K1 = 1.5
B = 0.75
REBUILD_SHARE = 0.5
"""An update touching more than this share of the catalog rebuilds from scratch."""
KEPT_MASKS = 64
"""Filter masks a `MetadataTable` keeps (12k products: 12 kB each)."""


def catalog_fingerprint(hashes: dict[str, str]) -> str:
    """A digest of every (id, content hash) pair: changes whenever any product does."""
    digest = hashlib.sha1()
    for pid in sorted(hashes):
        digest.update(f"{pid}\x1f{hashes[pid]}\x1e".encode())
    return digest.hexdigest()


class MetadataTable:
    """Columnar product metadata (one row per id, in a fixed order) for vectorised filtering."""

    def __init__(self, ids: list[str], metas: list[dict[str, Any]]) -> None:
        self.ids = ids
        self.metas = metas
        self.price = np.array([m.get("price", np.nan) for m in metas], dtype=np.float64)
        self.rating = np.array([m.get("rating", np.nan) for m in metas], dtype=np.float64)
        self.in_stock = np.array([m.get("in_stock", True) for m in metas], dtype=bool)
        self.brand = np.array([m.get("brand_key", "") for m in metas], dtype=object)
        rows_of_path: dict[str, list[int]] = {}
        for row, m in enumerate(metas):
            rows_of_path.setdefault(m.get("category_path", ""), []).append(row)
        self.rows_of_path = {p: np.asarray(r, dtype=np.int64) for p, r in rows_of_path.items()}
        self.brand_names = {m["brand_key"]: m["brand"] for m in metas if m.get("brand_key")}
        keys, counts = np.unique(self.brand.astype(str), return_counts=True)
        self.brand_counts = {str(k): int(c) for k, c in zip(keys, counts, strict=True) if k}
        self._masks: OrderedDict[tuple[Any, ...], np.ndarray] = OrderedDict()
        self._masks_lock = threading.Lock()

    def mask(self, f: Filters) -> np.ndarray | None:
        """Read-only boolean mask of rows that pass ``f`` (None: every row).

        The last `KEPT_MASKS` masks are kept: one search asks twice (dense and BM25), and a
        shopper refining a request keeps the same filters. The table never changes after it is
        built (updates build a new one), so a kept mask stays right."""
        if f.empty:
            return None
        key = (f.min_price, f.max_price, f.min_rating, f.in_stock_only, tuple(f.levels),
               tuple(sorted(brand_key(b) for b in f.brands)),
               tuple(sorted(brand_key(b) for b in f.exclude_brands)))  # fmt: skip
        with self._masks_lock:
            kept = self._masks.get(key)
            if kept is not None:
                self._masks.move_to_end(key)
                return kept
        keep = self._compute_mask(f)
        keep.flags.writeable = False
        with self._masks_lock:
            self._masks[key] = keep
            if len(self._masks) > KEPT_MASKS:
                self._masks.popitem(last=False)
        return keep

    def _compute_mask(self, f: Filters) -> np.ndarray:
        keep = np.ones(len(self.ids), dtype=bool)
        with np.errstate(invalid="ignore"):
            if f.min_price is not None:
                keep &= self.price >= f.min_price
            if f.max_price is not None:
                keep &= self.price <= f.max_price
            if f.min_rating is not None:
                keep &= self.rating >= f.min_rating
        if f.brands:
            keep &= np.isin(self.brand, [brand_key(b) for b in f.brands])
        if f.exclude_brands:
            keep &= ~np.isin(self.brand, [brand_key(b) for b in f.exclude_brands])
        if f.levels:
            prefix = " > ".join(f.levels)
            in_category = np.zeros(len(self.ids), dtype=bool)
            for path, rows in self.rows_of_path.items():
                if within(path, prefix):
                    in_category[rows] = True
            keep &= in_category
        if f.in_stock_only:
            keep &= self.in_stock
        return keep


class BM25:
    """Lucene-variant BM25 over a document x term count matrix.

    ``idf(t) = ln(1 + (N - df + 0.5) / (df + 0.5))`` and
    ``w(t, d) = idf(t) * tf / (tf + k1 * (1 - b + b * len(d) / avg_len))``; a query scores the
    sum of its tokens' weights (a repeated query token counts again), as in `bm25s`.

    Args:
        vocab: token -> column.
        counts: CSR matrix, one row per document, token counts (int32).
    """

    def __init__(self, vocab: dict[str, int], counts: sparse.csr_matrix) -> None:
        self.vocab = vocab
        self.counts = counts
        n_docs = counts.shape[0]
        lengths = np.asarray(counts.sum(axis=1), dtype=np.float64).ravel()
        avg = float(lengths.mean()) if n_docs else 1.0
        self.df = np.bincount(counts.indices, minlength=counts.shape[1]).astype(np.int64)
        idf = np.log(1.0 + (n_docs - self.df + 0.5) / (self.df + 0.5))
        tf = counts.data.astype(np.float64)
        row_len = np.repeat(lengths, np.diff(counts.indptr))
        weights = idf[counts.indices] * tf / (tf + K1 * (1 - B + B * row_len / max(avg, 1e-9)))
        by_term = sparse.csr_matrix(
            (weights.astype(np.float32), counts.indices, counts.indptr), shape=counts.shape
        ).tocsc()
        self._data, self._rows, self._ptr = by_term.data, by_term.indices, by_term.indptr
        self.n_docs = n_docs

    @staticmethod
    def count(corpus: Sequence[list[str]], vocab: dict[str, int]) -> sparse.csr_matrix:
        """Token lists -> a count matrix (new tokens are added to ``vocab``)."""
        rows: list[int] = []
        cols: list[int] = []
        for row, tokens in enumerate(corpus):
            for token in tokens:
                col = vocab.get(token)
                if col is None:
                    col = vocab[token] = len(vocab)
                rows.append(row)
                cols.append(col)
        data = np.ones(len(rows), dtype=np.int32)
        matrix = sparse.csr_matrix(
            (data, (np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64))),
            shape=(len(corpus), len(vocab)),
            dtype=np.int32,
        )
        matrix.sum_duplicates()
        return matrix

    def scores(self, tokens: Sequence[str]) -> np.ndarray:
        """BM25 score of every document for the query tokens (unknown tokens add nothing)."""
        cols = [self.vocab[t] for t in tokens if t in self.vocab]
        if not cols:
            return np.zeros(self.n_docs, dtype=np.float32)
        rows = np.concatenate([self._rows[self._ptr[c] : self._ptr[c + 1]] for c in cols])
        data = np.concatenate([self._data[self._ptr[c] : self._ptr[c + 1]] for c in cols])
        return np.bincount(rows, weights=data, minlength=self.n_docs).astype(np.float32)


class KeywordIndex:
    """BM25 over product texts, persisted in ``folder``.

    Args:
        folder: where the index lives (created on save), e.g. ``<data_dir>/bm25/products``.
    """

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self._bm25: BM25 | None = None
        self._table: MetadataTable | None = None
        self._loading = threading.Lock()  # concurrent first searches load the index once
        self.fingerprint: str | None = None

    # -- building -----------------------------------------------------------------------------

    def build(
        self, docs: Iterable[tuple[str, str, dict[str, Any]]], *, fingerprint: str = ""
    ) -> int:
        """Index (id, text, metadata) triples, replacing what was there, and save.

        Returns:
            How many documents were indexed.
        """
        ids: list[str] = []
        metas: list[dict[str, Any]] = []
        corpus: list[list[str]] = []
        for pid, text, meta in docs:
            ids.append(pid)
            metas.append(meta)
            corpus.append(tokenize(text))
        vocab: dict[str, int] = {}
        self._set(ids, metas, vocab, BM25.count(corpus, vocab), fingerprint)
        self.save()
        return len(ids)

    def _set(
        self,
        ids: list[str],
        metas: list[dict[str, Any]],
        vocab: dict[str, int],
        counts: sparse.csr_matrix,
        fingerprint: str | None,
    ) -> None:
        self._bm25 = BM25(vocab, counts)
        self._table = MetadataTable(ids, metas)
        self.fingerprint = fingerprint

    def build_from_store(self, store: CatalogStore, hashes: Mapping[str, str] | None = None) -> int:
        """Index every product of the store (records the catalog fingerprint)."""
        hashes = store.product_hashes() if hashes is None else hashes
        docs = []
        for product in store.iter_products():
            text = product_text(product)
            docs.append((product.id, text, product_metadata(product, text)))
        n = self.build(docs, fingerprint=catalog_fingerprint(dict(hashes)))
        logger.info("BM25 index built over %d products in %s", n, self.folder)
        return n

    def apply(
        self,
        upserts: Sequence[tuple[str, str, dict[str, Any]]],
        removed: Iterable[str] = (),
        *,
        fingerprint: str | None = None,
    ) -> None:
        """Add or replace (id, text, metadata) documents and drop ``removed`` ids, then save.

        Only the given texts are tokenised; the BM25 weights of every document are recomputed
        from the kept counts (document frequencies and the average length change with any edit).
        """
        table = self.table
        assert self._bm25 is not None
        replaced = {pid for pid, _, _ in upserts} | set(removed)
        keep = np.asarray(
            [row for row, pid in enumerate(table.ids) if pid not in replaced], dtype=np.int64
        )
        vocab = dict(self._bm25.vocab)
        new = BM25.count([tokenize(text) for _, text, _ in upserts], vocab)
        old = self._bm25.counts[keep]
        width = len(vocab)
        old = sparse.csr_matrix((old.data, old.indices, old.indptr), shape=(old.shape[0], width))
        new = sparse.csr_matrix((new.data, new.indices, new.indptr), shape=(new.shape[0], width))
        counts = sparse.vstack([old, new], format="csr", dtype=np.int32)
        ids = [table.ids[i] for i in keep] + [pid for pid, _, _ in upserts]
        metas = [table.metas[i] for i in keep] + [meta for _, _, meta in upserts]
        self._set(ids, metas, vocab, counts, fingerprint)
        self.save()

    def sync(self, store: CatalogStore, hashes: Mapping[str, str] | None = None) -> bool:
        """Bring the index in step with the store; True when anything changed.

        Compares the content hash kept with each indexed product against the store's and
        re-tokenises only the products that changed (a full rebuild when the index is missing,
        in an old format, or more than half the catalog changed).

        Args:
            store: the catalog store.
            hashes: ``store.product_hashes()`` when the caller already has them.
        """
        hashes = store.product_hashes() if hashes is None else hashes
        fingerprint = catalog_fingerprint(dict(hashes))
        if not self._loadable():
            self.build_from_store(store, hashes)
            return True
        table = self.table
        if self.fingerprint == fingerprint:
            return False
        own = {
            pid: meta.get("content_hash", "")
            for pid, meta in zip(table.ids, table.metas, strict=True)
        }
        removed = [pid for pid in own if pid not in hashes]
        changed = [pid for pid, h in hashes.items() if own.get(pid) != h]
        if len(removed) + len(changed) > REBUILD_SHARE * max(len(hashes), 1):
            self.build_from_store(store, hashes)
            return True
        products = store.get_products(changed) if changed else []
        found = {p.id for p in products}
        removed += [pid for pid in changed if pid not in found and pid in own]
        docs = []
        for product in products:
            text = product_text(product)
            docs.append((product.id, text, product_metadata(product, text)))
        self.apply(docs, removed, fingerprint=fingerprint)
        logger.info(
            "BM25 index updated in place: %d products rewritten, %d removed",
            len(docs),
            len(removed),
        )
        return True

    def is_fresh(self, store: CatalogStore, hashes: Mapping[str, str] | None = None) -> bool:
        """Whether the index exists and was built from the store's current catalog."""
        if not self._loadable():
            return False
        hashes = store.product_hashes() if hashes is None else hashes
        return self.fingerprint == catalog_fingerprint(dict(hashes))

    def ensure_fresh(self, store: CatalogStore, hashes: Mapping[str, str] | None = None) -> bool:
        """Bring the index in step with the store (see `sync`); True when it changed anything."""
        return self.sync(store, hashes)

    # -- persistence --------------------------------------------------------------------------

    def exists(self) -> bool:
        """Whether a saved index is in the folder."""
        return (self.folder / TABLE).exists()

    def _loadable(self) -> bool:
        """Loaded, or saved in the current format (then loads it)."""
        if self._table is not None:
            return True
        if not self.exists():
            return False
        try:
            self.load()
        except IndexNotBuiltError:
            return False
        return True

    def save(self) -> None:
        """Write the index to its folder (atomically replaces the previous one)."""
        assert self._table is not None and self._bm25 is not None
        tmp = self.folder.with_name(self.folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        counts = self._bm25.counts
        np.savez(
            tmp / COUNTS,
            data=counts.data,
            indices=counts.indices,
            indptr=counts.indptr,
            shape=np.asarray(counts.shape, dtype=np.int64),
        )
        table = {
            "version": FORMAT_VERSION,
            "fingerprint": self.fingerprint,
            "vocab": sorted(self._bm25.vocab, key=self._bm25.vocab.__getitem__),
            "ids": self._table.ids,
            "metas": self._table.metas,
        }
        (tmp / TABLE).write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
        old = self.folder.with_name(self.folder.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if self.folder.exists():
            self.folder.rename(old)
        tmp.rename(self.folder)
        shutil.rmtree(old, ignore_errors=True)

    def load(self) -> None:
        """Read the index from its folder.

        Raises:
            IndexNotBuiltError: nothing saved there yet, or saved by an older version.
        """
        if not self.exists():
            raise IndexNotBuiltError(
                f"BM25 index: expected {self.folder / TABLE}, got nothing; "
                "run `shopassist index build`"
            )
        table = json.loads((self.folder / TABLE).read_text(encoding="utf-8"))
        if table.get("version") != FORMAT_VERSION or not (self.folder / COUNTS).exists():
            raise IndexNotBuiltError(
                f"BM25 index in {self.folder}: expected format {FORMAT_VERSION}, got "
                f"{table.get('version')!r}; run `shopassist index update` to rebuild it"
            )
        with np.load(self.folder / COUNTS) as z:
            shape = tuple(int(n) for n in z["shape"])
            counts = sparse.csr_matrix((z["data"], z["indices"], z["indptr"]), shape=shape)
        vocab = {token: col for col, token in enumerate(table["vocab"])}
        self._set(table["ids"], table["metas"], vocab, counts, table.get("fingerprint"))

    # -- reading ------------------------------------------------------------------------------

    @property
    def table(self) -> MetadataTable:
        """The metadata table (loads the index on first use)."""
        if self._table is None:
            with self._loading:
                if self._table is None:
                    self.load()
        assert self._table is not None
        return self._table

    def __len__(self) -> int:
        return len(self.table.ids)

    def brand_names(self) -> dict[str, str]:
        """brand key -> brand name of every indexed brand."""
        return self.table.brand_names

    def search(
        self, query: str, k: int = 10, filters: Filters | None = None
    ) -> list[tuple[str, float]]:
        """The best ``k`` (id, BM25 score) pairs among products passing ``filters``.

        Products with a zero score (no query word) are left out.
        """
        table = self.table
        tokens = query_tokens(query)
        if self._bm25 is None or not tokens:
            return []
        scores = self._bm25.scores(tokens)
        mask = table.mask(filters or Filters())
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        n = min(k, int(np.count_nonzero(scores > 0)))
        if n <= 0:
            return []
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(table.ids[i], float(scores[i])) for i in top]

    def document_frequency(self, word: str) -> int:
        """How many products' texts contain ``word`` (after tokenising it)."""
        tokens = tokenize(word)
        _ = self.table  # loads the index
        if self._bm25 is None or not tokens:
            return 0
        col = self._bm25.vocab.get(tokens[0])
        return 0 if col is None else int(self._bm25.df[col])

    def brand_counts(self) -> dict[str, int]:
        """brand key -> how many indexed products carry it."""
        return self.table.brand_counts

    def ids(self) -> Sequence[str]:
        """Indexed product ids."""
        return self.table.ids
