"""LanceDB behind the vector port (`retrieval.backend`): one table per catalog, embedded.

LanceDB is a library, not a server: every worker opens the same folder or object-store URL
(``s3://bucket/path``, ``gs://``, ``az://``) and reads the table's files itself; writers add
new versions, and a table opened afterwards (`ProductIndex.refresh`) sees them.

Search plan per query (docs/RETRIEVAL.md, measured at 1M in docs/BENCHMARKS.md):

- brand, category, rating and in-stock filters go before the search (``prefilter``; BITMAP and
  BTREE indexes are built with the table);
- a price range that passes a large share of the catalog (`WIDE_PRICE_SHARE`, estimated from
  quantiles of the price column read once per handle) is checked after the search on the
  `OVERFETCH` x k nearest; a narrow one goes before the search with the rest, and when it
  passes at most `EXACT_ROWS` rows the search is exact over them (no vector index). When fewer
  than k survive the over-fetch, the query runs once more with every filter before the search;
- the vector index (IVF_FLAT, about sqrt(n) partitions, `nprobes` searched) is built only from
  `IVF_MIN_ROWS` rows; below it LanceDB's flat scan is exact. When a narrow filter leaves fewer
  than k rows in the probed partitions, the query runs exactly over the rows that pass (LanceDB's
  ``maximum_nprobes(0)`` was measured to probe every partition of every query, so it is not
  used).
"""

from __future__ import annotations

import contextlib
import logging
import math
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any
from urllib.parse import urlparse

import numpy as np

from retrieval.backend import Meta
from retrieval.errors import IndexNotBuiltError, RetrievalError
from retrieval.filter_expr import sql_where
from retrieval.filters import MAX_CATEGORY_LEVELS, Filters

logger = logging.getLogger(__name__)

IVF_MIN_ROWS = 100_000
"""Rows from which an IVF_FLAT index is built; a flat scan below it is exact and fast enough."""
NPROBES = 16
"""IVF partitions searched by default (1024 partitions / 16 probes met the target at 1M)."""
OVERFETCH = 3
"""A wide price range is checked on this many times k nearest (3 measured at 1M)."""
WIDE_PRICE_SHARE = 0.5
"""A price range passing at least this share of the catalog is checked after the search."""
EXACT_ROWS = 20_000
"""A narrower price range passing at most this many rows (estimated) is searched exactly over
the rows that pass: IVF partitions hold too few of them, and reading 20k vectors is fast."""
WRITE_BATCH = 10_000
SCALAR_INDEXES = {"price": "btree", "rating": "btree", "brand_key": "bitmap", "cat0": "bitmap",
                  "cat1": "bitmap", "cat2": "bitmap", "in_stock": "bitmap"}  # fmt: skip
"""The scalar indexes built with the table, for the filters that go before the search."""
OBJECT_STORES = {"s3", "s3+ddb", "gs", "az", "abfs", "file", "memory"}

_TEXT = ["brand", "brand_key", "category_path", "content_hash", "text_hash"]
_CATS = [f"cat{d}" for d in range(MAX_CATEGORY_LEVELS)]
META_COLUMNS = ["price", "rating", "in_stock", *_TEXT, *_CATS]


def _sql_list(ids: Sequence[str]) -> str:
    return ", ".join("'" + i.replace("'", "''") + "'" for i in ids)


def _schema(dimension: int, model: str) -> Any:
    import pyarrow as pa

    fields = [
        pa.field("id", pa.string(), nullable=False),
        pa.field("vector", pa.list_(pa.float32(), dimension)),
        pa.field("price", pa.float64()),
        pa.field("rating", pa.float64()),
        pa.field("in_stock", pa.bool_()),
        *(pa.field(c, pa.string()) for c in _TEXT + _CATS),
    ]
    return pa.schema(fields, metadata={"model": model})


class LanceTable:
    """One LanceDB table as a `VectorTable`.

    Args:
        table: the open LanceDB table.
        nprobes: IVF partitions searched (a setting).
        ivf_min_rows: rows from which `finish_writes` builds the IVF index.
    """

    filters_inside = True
    max_batch = WRITE_BATCH

    def __init__(self, table: Any, nprobes: int = NPROBES, ivf_min_rows: int = IVF_MIN_ROWS):
        self.table = table
        self.nprobes = nprobes
        self.ivf_min_rows = ivf_min_rows
        raw = (table.schema.metadata or {}).get(b"model")
        self.model: str | None = raw.decode() if raw else None
        self._dimension: int = table.schema.field("vector").type.list_size
        self._prices: np.ndarray | None = None  # sorted non-null prices' quantiles
        self._priced_share = 1.0
        self._row_count = 0  # rows when the price quantiles were read
        self._vector_index: bool | None = None

    # -- writing ------------------------------------------------------------------------------

    def _rows(self, ids: Sequence[str], metas: Sequence[Meta], vectors: np.ndarray | None) -> Any:
        import pyarrow as pa

        schema = self.table.schema
        columns: dict[str, Any] = {"id": pa.array(list(ids), pa.string())}
        fields = [schema.field("id")]
        if vectors is not None:
            flat = pa.array(np.asarray(vectors, dtype=np.float32).ravel())
            columns["vector"] = pa.FixedSizeListArray.from_arrays(flat, self._dimension)
            fields.append(schema.field("vector"))
        for name in META_COLUMNS:
            field = schema.field(name)
            columns[name] = pa.array([m.get(name) for m in metas], field.type)
            fields.append(field)
        return pa.table(columns, schema=pa.schema(fields))

    def add(self, ids: Sequence[str], vectors: np.ndarray, metas: Sequence[Meta], *,
            fresh: bool = False) -> None:  # fmt: skip
        """Insert (``fresh``) or upsert rows by id."""
        for s in range(0, len(ids), WRITE_BATCH):
            rows = self._rows(ids[s : s + WRITE_BATCH], metas[s : s + WRITE_BATCH],
                              vectors[s : s + WRITE_BATCH])  # fmt: skip
            if fresh:
                self.table.add(rows)
            else:
                (self.table.merge_insert("id").when_matched_update_all()
                 .when_not_matched_insert_all().execute(rows))  # fmt: skip
        self._prices = None

    def update_metadata(self, ids: Sequence[str], metas: Sequence[Meta]) -> None:
        """Replace the metadata columns of existing rows (vectors untouched)."""
        for s in range(0, len(ids), WRITE_BATCH):
            rows = self._rows(ids[s : s + WRITE_BATCH], metas[s : s + WRITE_BATCH], None)
            self.table.merge_insert("id").when_matched_update_all().execute(rows)
        self._prices = None

    def delete(self, ids: Sequence[str]) -> None:
        """Remove rows by id."""
        for s in range(0, len(ids), 1000):
            self.table.delete(f"id IN ({_sql_list(ids[s : s + 1000])})")
        self._prices = None

    def finish_writes(self, *, built: bool) -> None:
        """After a build: the scalar indexes, and IVF_FLAT from `ivf_min_rows` rows (about
        sqrt(n) partitions). After an update: fold new rows into the existing indexes."""
        from lancedb.index import Bitmap, BTree, IvfFlat

        if not built:
            self.table.optimize()
            return
        n = self.table.count_rows()
        if n == 0:
            return
        for column, kind in SCALAR_INDEXES.items():
            self.table.create_index(column, config=BTree() if kind == "btree" else Bitmap())
        if n >= self.ivf_min_rows:
            nlist = max(2, round(math.sqrt(n)))
            self.table.create_index(
                "vector", config=IvfFlat(distance_type="dot", num_partitions=nlist)
            )
            self._vector_index = True
            logger.info("LanceDB: IVF_FLAT index with %d partitions over %d rows", nlist, n)

    # -- reading ------------------------------------------------------------------------------

    def count(self) -> int:
        """Rows stored."""
        return int(self.table.count_rows())

    def generation(self) -> str | None:
        """The table's version: LanceDB makes a new one at every write (``refresh`` of the
        index reopens the table at the newest)."""
        return str(self.table.version)

    @staticmethod
    def _metas(batch: Any) -> list[Meta]:
        """Row dicts without nulls (absent keys, as Chroma's metadata)."""
        return [{k: v for k, v in row.items() if v is not None} for row in batch.to_pylist()]

    def _batches(self, columns: list[str], page: int) -> Iterator[Any]:
        table = self.table.search().select(columns).limit(None).to_arrow()
        for s in range(0, table.num_rows, page):
            yield table.slice(s, page)

    def metadata_pages(self, page: int) -> Iterator[tuple[list[str], list[Meta]]]:
        """Every row's id and metadata, ``page`` at a time."""
        for batch in self._batches(["id", *META_COLUMNS], page):
            yield batch["id"].to_pylist(), self._metas(batch.select(META_COLUMNS))

    def vector_pages(self, page: int) -> Iterator[tuple[list[str], list[Meta], np.ndarray]]:
        """Every row's id, metadata and vector, ``page`` at a time."""
        for batch in self._batches(["id", "vector", *META_COLUMNS], page):
            vectors = self._matrix(batch)
            yield batch["id"].to_pylist(), self._metas(batch.select(META_COLUMNS)), vectors

    def _matrix(self, batch: Any) -> np.ndarray:
        flat = batch["vector"].combine_chunks().flatten().to_numpy(zero_copy_only=False)
        return np.asarray(flat, dtype=np.float32).reshape(-1, self._dimension)

    def vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """Stored vectors by id."""
        out: dict[str, np.ndarray] = {}
        for s in range(0, len(ids), 1000):
            part = list(ids[s : s + 1000])
            got = (self.table.search().where(f"id IN ({_sql_list(part)})")
                   .select(["id", "vector"]).limit(None).to_arrow())  # fmt: skip
            out.update(zip(got["id"].to_pylist(), self._matrix(got), strict=True))
        return out

    def price_share(self, low: float | None, high: float | None) -> float:
        """Estimated share of rows priced within [low, high] (1001 quantiles of the price
        column, read on this handle's first use and again after its writes)."""
        if self._prices is None:
            got = self.table.search().select(["price"]).limit(None).to_arrow()["price"]
            prices = got.drop_null().to_numpy()
            self._row_count = len(got)
            self._priced_share = len(prices) / max(1, len(got))
            self._prices = (np.quantile(prices, np.linspace(0, 1, 1001)) if len(prices)
                            else np.zeros(0))  # fmt: skip
        if not len(self._prices):
            return 0.0
        q = self._prices
        lo = 0 if low is None else np.searchsorted(q, low, side="left")
        hi = len(q) if high is None else np.searchsorted(q, high, side="right")
        return self._priced_share * max(0, int(hi) - int(lo)) / len(q)

    def _search(
        self, vector: np.ndarray, limit: int, where: str | None, columns: list[str], *,
        exact: bool = False,
    ) -> Any:  # fmt: skip
        """One LanceDB query among the rows passing ``where``: ``nprobes`` IVF partitions (when
        the index is built), or every passing row with ``exact``. When a narrow ``where`` leaves
        fewer than ``limit`` rows in the probed partitions, once more with ``exact``."""
        query = self.table.search(np.asarray(vector, dtype=np.float32)).distance_type("dot")
        query = query.limit(limit)
        query = query.bypass_vector_index() if exact else query.nprobes(self.nprobes)
        if where:
            query = query.where(where, prefilter=True)
        got = query.select([*columns, "_distance"]).to_arrow()
        if not exact and where and got.num_rows < limit and self._has_vector_index():
            return self._search(vector, limit, where, columns, exact=True)
        return got

    def _has_vector_index(self) -> bool:
        if self._vector_index is None:
            self._vector_index = any(i.columns == ["vector"] for i in self.table.list_indices())
        return self._vector_index

    def nearest(self, vector: np.ndarray, k: int, filters: Filters) -> list[tuple[str, float]]:
        """The plan of the module docstring; similarity = 1 - LanceDB's dot distance."""
        low, high = filters.min_price, filters.max_price
        exact = False
        if low is not None or high is not None:
            share = self.price_share(low, high)
            if share >= WIDE_PRICE_SHARE:
                hits = self._price_after(vector, k, filters)
                if len(hits) >= k:
                    return hits[:k]
                logger.debug("LanceDB: %d of %d passed the price range; searching again",
                             len(hits), k)  # fmt: skip
            exact = share * self._row_count <= EXACT_ROWS
        got = self._search(vector, k, sql_where(filters), ["id"], exact=exact)
        return [
            (pid, 1.0 - float(d))
            for pid, d in zip(got["id"].to_pylist(), got["_distance"].to_pylist(), strict=True)
        ]

    def _price_after(self, vector: np.ndarray, k: int, filters: Filters) -> list[tuple[str, float]]:
        """The other filters before the search, the price range on the `OVERFETCH` x k nearest."""
        low, high = filters.min_price, filters.max_price
        before = sql_where(replace(filters, min_price=None, max_price=None))
        got = self._search(vector, OVERFETCH * k, before, ["id", "price"])
        lo = -math.inf if low is None else low
        hi = math.inf if high is None else high
        rows = zip(got["id"].to_pylist(), got["price"].to_pylist(), got["_distance"].to_pylist(),
                   strict=True)  # fmt: skip
        return [(pid, 1.0 - float(d)) for pid, p, d in rows if p is not None and lo <= p <= hi]


class LanceStore:
    """A LanceDB database (a folder or object-store URL) as a `VectorStore`.

    Args:
        uri: a folder, or ``s3://bucket/path`` (``gs://``, ``az://``): LanceDB opens it
            itself, with the object store's usual credentials (AWS_* etc.) from the
            environment.
        nprobes: IVF partitions searched per query.
        ivf_min_rows: rows from which a build creates the IVF index.

    Raises:
        RetrievalError: a URL of another scheme, or a database that cannot be opened.
    """

    kind = "lancedb"

    def __init__(self, uri: str, *, nprobes: int = NPROBES, ivf_min_rows: int = IVF_MIN_ROWS):
        import lancedb

        scheme = urlparse(uri).scheme
        if len(scheme) > 1 and scheme not in OBJECT_STORES:  # one letter: a Windows drive
            raise RetrievalError(
                f"lancedb_uri: expected a folder or an object-store URL "
                f"({', '.join(sorted(OBJECT_STORES))}://...), got {uri!r}; fix "
                "SHOPASSIST_LANCEDB_URI or unset it to use Chroma"
            )
        if nprobes < 1:
            raise RetrievalError(
                f"lancedb_nprobes: expected at least 1, got {nprobes}; fix "
                "SHOPASSIST_LANCEDB_NPROBES"
            )
        self.uri = uri
        self.nprobes = nprobes
        self.ivf_min_rows = ivf_min_rows
        try:
            self.db = lancedb.connect(uri)
        except Exception as e:
            raise RetrievalError(
                f"LanceDB at {uri} cannot be opened ({e}): check the folder is writable or the "
                "URL and its credentials, or unset SHOPASSIST_LANCEDB_URI to use Chroma"
            ) from e

    def _table(self, table: Any) -> LanceTable:
        return LanceTable(table, self.nprobes, self.ivf_min_rows)

    def create(self, name: str, model: str, dimension: int, *, rows: int = 0) -> LanceTable:
        """A new empty table recording ``model`` in its schema metadata (``rows`` unused: the
        indexes are sized when the writes finish)."""
        return self._table(self.db.create_table(name, schema=_schema(dimension, model)))

    def open(self, name: str) -> LanceTable:
        """The existing table.

        Raises:
            IndexNotBuiltError: there is none.
        """
        try:
            table = self.db.open_table(name)
        except (FileNotFoundError, ValueError) as e:
            raise IndexNotBuiltError(
                f"vector index: expected a LanceDB table {name!r} in {self.uri}, got none; run "
                "`shopassist index build`"
            ) from e
        return self._table(table)

    def drop(self, name: str) -> None:
        """Delete the table if it exists."""
        with contextlib.suppress(FileNotFoundError, ValueError):  # not there
            self.db.drop_table(name)
