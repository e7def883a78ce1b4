"""Filtered top-10 vector search on the growth data: exact numpy vs LanceDB, milvus-lite, Chroma.

Usage:
    nice -n 10 .venv/bin/python bench/vector_engines_bench.py --size 1000000 \\
        --engines exact,lancedb --folder /tmp/vec1m [--queries 50] [--runs 3]
    nice -n 10 .venv/bin/python bench/vector_engines_bench.py --size 100000 \\
        --engines exact,milvus,chroma-server --folder /tmp/vec100k
    nice -n 10 .venv/bin/python bench/vector_engines_bench.py --size 1000000 --nprobes 16 \\
        --engines exact,lancedb-backend --variants-of real_vectors.npy \\
        --queries-from real_queries.npy
    .venv/bin/python bench/vector_engines_bench.py --compare DATA_DIR DATA_DIR/lance
    cp -a DATA_DIR/chroma /tmp/probe-chroma
    .venv/bin/python bench/vector_engines_bench.py --recall-probe /tmp/probe-chroma

The data are `growth`'s (bench/retrieval_bench.py `synthetic_batches`, seed 0, batches of 5,461):
random 384-d unit vectors with price, brand, category path, rating and stock. Queries are random
unit vectors (seed 1). For every filter case (none, price range, brand excluded, category prefix,
all three) and every index setting, each engine answers the same queries ``--runs`` times; the
table gives the median over runs of each run's p50 and p95, recall@10 against the exact answer
(numpy over the rows that pass `Filters.matches`, computed in the same run), filter violations,
the p50 ratio against the exact path, build time, process memory and a fresh process's open +
first query time. ``exact`` is always measured (it is the reference).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from retrieval_bench import (  # noqa: E402
    GROWTH_BRANDS,
    GROWTH_CATEGORIES,
    current_rss_mb,
    pct,
    synthetic_batches,
    synthetic_metas,
)

from retrieval.filter_expr import milvus_expr, sql_where  # noqa: E402
from retrieval.filters import Filters, brand_key  # noqa: E402

K = 10
CASES: list[tuple[str, Filters]] = [
    ("no filter", Filters()),
    ("price 5-30", Filters(min_price=5, max_price=30)),
    ("brand 1 excluded", Filters(exclude_brands=["brand 1"])),
    ("category Beauty > Makeup", Filters(category="Beauty > Makeup")),
    ("all three", Filters(category="Beauty > Makeup", min_price=5, max_price=30,
                          exclude_brands=["brand 1"])),
]  # fmt: skip


def log(msg: str) -> None:
    """A progress line with the time and the 1-minute load average."""
    print(f"[{time.strftime('%H:%M:%S')} load {os.getloadavg()[0]:.1f}] {msg}", flush=True)


def tree_rss_mb(pid: int | None = None) -> float:
    """Resident memory of a process and all its descendants (an engine's server child too)."""
    import psutil

    proc = psutil.Process(pid)
    procs = [proc, *proc.children(recursive=True)]
    total = 0
    for p in procs:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total / 2**20


class Data:
    """The growth data in columns: vectors, metadata arrays, and the exact filtered top-k."""

    def __init__(self, size: int, base: np.ndarray | None = None, noise: float = 0.5) -> None:
        vecs, cols = [], []
        variants = np.random.default_rng(2)
        for vec, c in synthetic_batches(np.random.default_rng(0), size):
            if base is not None:  # each product a variant of a real one; metadata unchanged
                vec = variant_vectors(variants, base, len(vec), noise)
            vecs.append(vec)
            cols.append(c)
        self.vectors = np.vstack(vecs)
        self.cols = {key: np.concatenate([c[key] for c in cols]) for key in cols[0]}
        cats = np.asarray(GROWTH_CATEGORIES)
        self.cat_levels = [cats[self.cols["cat"], d] for d in range(3)]
        self.brand_keys = np.asarray(GROWTH_BRANDS)[self.cols["brand"]]
        self.brand_codes = {b: i for i, b in enumerate(GROWTH_BRANDS)}
        self.size = size

    def metas(self, start: int, stop: int) -> list[dict]:
        """Chroma's metadata dicts of rows start..stop (the growth bench's exactly)."""
        return synthetic_metas({k: v[start:stop] for k, v in self.cols.items()})

    def mask(self, f: Filters) -> np.ndarray:
        """Rows passing ``f``, by the rules of `Filters.matches` (checked by `check_mask`).

        Brands and categories are compared as integer codes, as a column store would."""
        m = np.ones(self.size, dtype=bool)
        price = self.cols["price"]
        if f.min_price is not None:
            m &= price >= f.min_price
        if f.max_price is not None:
            m &= price <= f.max_price
        if f.brands:
            codes = [self.brand_codes[k] for k in map(brand_key, f.brands) if k in self.brand_codes]
            m &= np.isin(self.cols["brand"], codes)
        if f.exclude_brands:
            keys = map(brand_key, f.exclude_brands)
            m &= ~np.isin(self.cols["brand"], [self.brand_codes.get(k, -1) for k in keys])
        if f.levels:
            levels = f.levels
            ok = np.array([len(levels) <= len(c) and list(c[: len(levels)]) == levels
                           for c in GROWTH_CATEGORIES])  # fmt: skip
            m &= ok[self.cols["cat"]]
        if f.min_rating is not None:
            m &= self.cols["rating"] >= f.min_rating
        if f.in_stock_only:
            m &= self.cols["in_stock"]
        return m

    def check_mask(self, f: Filters, rows: int = 3_000) -> None:
        """Assert `mask` agrees with `Filters.matches` on the first ``rows`` rows."""
        metas = self.metas(0, min(rows, self.size))
        expected = np.array([f.matches(m) for m in metas])
        if not np.array_equal(expected, self.mask(f)[: len(metas)]):
            raise AssertionError(f"mask differs from Filters.matches for {f}")

    def exact(self, q: np.ndarray, f: Filters) -> np.ndarray:
        """The exact top-k rows for ``q`` among those passing ``f`` (mask built per query, as
        ProductIndex's exact path does from its metadata table)."""
        sims = self.vectors @ q
        if not f.empty:
            sims = np.where(self.mask(f), sims, -np.inf)
        best = np.argpartition(-sims, K - 1)[:K]
        best = best[np.argsort(-sims[best])]
        return best[np.isfinite(sims[best])]


def variant_vectors(rng: np.random.Generator, base: np.ndarray, n: int, noise: float) -> np.ndarray:
    """``n`` unit vectors, each a real product's vector (a row of ``base``, drawn at random)
    plus Gaussian noise of norm about ``noise`` (0.5: cosine about 0.89 to its original, 0.8
    between two variants of one product), so the collection has the neighbourhoods of real
    embeddings; uniformly random vectors have none, and no approximate index does well on them."""
    rows = base[rng.integers(len(base), size=n)]
    vec = rows + noise * rng.standard_normal(rows.shape, dtype=np.float32) / np.sqrt(rows.shape[1])
    return (vec / np.linalg.norm(vec, axis=1, keepdims=True)).astype(np.float32)


# -- engines ----------------------------------------------------------------------------------


class Engine:
    """One engine: build once, then search with each of its index settings."""

    name = "engine"
    settings: ClassVar[list[dict[str, Any]]] = [{}]

    def build(self, data: Data, folder: Path) -> dict[str, float]:
        """Insert and index ``data``; returns timings in seconds."""
        raise NotImplementedError

    def search(self, q: np.ndarray, f: Filters, setting: dict[str, Any]) -> list[int]:
        """Top-k row numbers for ``q`` under ``f``."""
        raise NotImplementedError

    def fresh_probe(self, folder: Path) -> str:
        """Python source that opens the built store and runs one filtered query."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the engine (a server it started, an open handle)."""


class Exact(Engine):
    name = "exact (numpy, 1 process)"

    def __init__(self, data: Data) -> None:
        self.data = data

    def build(self, data: Data, folder: Path) -> dict[str, float]:
        return {}

    def search(self, q: np.ndarray, f: Filters, setting: dict[str, Any]) -> list[int]:
        return self.data.exact(q, f).tolist()


class Lance(Engine):
    """LanceDB, embedded: IVF_FLAT (no quantisation) + scalar indexes, filter before search."""

    name = "lancedb"

    def __init__(self, nlist: int, nprobes: list[int], overfetch: list[int] = ()) -> None:
        self.nlist = nlist
        self.settings = [{"nprobes": n} for n in nprobes]
        self.settings += [{"nprobes": n, "postfilter": m} for n in nprobes for m in overfetch]
        self.settings += [{"nprobes": n, "price_after": m} for n in nprobes for m in overfetch]
        self.table: Any = None

    def build(self, data: Data, folder: Path) -> dict[str, float]:
        import lancedb
        import pyarrow as pa
        from lancedb.index import Bitmap, BTree, IvfFlat

        shutil.rmtree(folder / "lance", ignore_errors=True)
        db = lancedb.connect(str(folder / "lance"))
        t = time.perf_counter()
        step = 100_000
        for s in range(0, data.size, step):
            e = min(s + step, data.size)
            vec = pa.FixedSizeListArray.from_arrays(pa.array(data.vectors[s:e].ravel()), 384)
            batch = pa.table(
                {
                    "row": np.arange(s, e, dtype=np.int64),
                    "vector": vec,
                    "price": data.cols["price"][s:e],
                    "brand_key": data.brand_keys[s:e],
                    "cat0": data.cat_levels[0][s:e],
                    "cat1": data.cat_levels[1][s:e],
                    "cat2": data.cat_levels[2][s:e],
                    "rating": data.cols["rating"][s:e],
                    "in_stock": data.cols["in_stock"][s:e],
                }
            )
            if self.table is None:
                self.table = db.create_table("growth", batch)
            else:
                self.table.add(batch)
        insert = time.perf_counter() - t
        log(f"lancedb: inserted {data.size:,} in {insert:.1f}s; building IVF_FLAT {self.nlist}")
        t = time.perf_counter()
        self.table.create_index(
            "vector", config=IvfFlat(distance_type="dot", num_partitions=self.nlist)
        )
        vector_index = time.perf_counter() - t
        t = time.perf_counter()
        self.table.create_index("price", config=BTree())
        for column in ("brand_key", "cat0", "cat1", "cat2"):
            self.table.create_index(column, config=Bitmap())
        scalar = time.perf_counter() - t
        return {"insert_s": insert, "vector_index_s": vector_index, "scalar_index_s": scalar}

    def search(self, q: np.ndarray, f: Filters, setting: dict[str, Any]) -> list[int]:
        if setting.get("price_after") and (f.min_price is not None or f.max_price is not None):
            return self._price_after(q, f, setting)
        where = sql_where(f)
        # "postfilter": m asks for m x K nearest first and filters those (the filter's cost is
        # then per hit, not per row; fewer than K may pass); otherwise the filter goes first
        overfetch = setting.get("postfilter", 0) if where else 0
        query = self.table.search(q).distance_type("dot").limit(K * (overfetch or 1))
        if setting["nprobes"]:
            query = query.nprobes(setting["nprobes"])
        else:
            query = query.bypass_vector_index()
        if where:
            query = query.where(where, prefilter=not overfetch)
        return query.select(["row", "_distance"]).to_arrow()["row"].to_pylist()[:K]

    def _price_after(self, q: np.ndarray, f: Filters, setting: dict[str, Any]) -> list[int]:
        """ "price_after": m: the brand and category filters (bitmap indexes) go before the
        search, the price range (72% of rows pass here) is checked on the m x K nearest."""
        from dataclasses import replace

        before = sql_where(replace(f, min_price=None, max_price=None))
        query = self.table.search(q).distance_type("dot").limit(K * setting["price_after"])
        query = query.nprobes(setting["nprobes"])
        if before:
            query = query.where(before, prefilter=True)
        got = query.select(["row", "price"]).to_arrow()
        low = -np.inf if f.min_price is None else f.min_price
        high = np.inf if f.max_price is None else f.max_price
        rows = [r for r, p in zip(got["row"].to_pylist(), got["price"].to_pylist(), strict=True)
                if p is not None and low <= p <= high]  # fmt: skip
        return rows[:K]

    def fresh_probe(self, folder: Path) -> str:
        where = sql_where(CASES[-1][1])
        nprobes = max(n["nprobes"] for n in self.settings)
        return (
            "import lancedb, numpy as np\n"
            f"t = lancedb.connect({str(folder / 'lance')!r}).open_table('growth')\n"
            "q = np.ones(384, dtype=np.float32) / 384 ** 0.5\n"
            f"t.search(q).distance_type('dot').limit(10).nprobes({nprobes})"
            f".where({where!r}, prefilter=True).select(['row', '_distance']).to_arrow()\n"
        )


class Backend(Engine):
    """shopassist's own LanceDB backend (`retrieval.lance_store`): the build of `ProductIndex`
    (scalar indexes, IVF_FLAT with about sqrt(n) partitions) and its per-query plan."""

    name = "lancedb backend (retrieval.lance_store)"

    def __init__(self, nprobes: list[int]) -> None:
        self.settings = [{"nprobes": n} for n in nprobes]
        self.table: Any = None

    def build(self, data: Data, folder: Path) -> dict[str, float]:
        from retrieval.lance_store import LanceStore

        shutil.rmtree(folder / "backend", ignore_errors=True)
        store = LanceStore(str(folder / "backend"))
        self.table = store.create("growth", "synthetic", data.vectors.shape[1])
        t = time.perf_counter()
        step = 100_000
        for s in range(0, data.size, step):
            e = min(s + step, data.size)
            ids = [f"r{i}" for i in range(s, e)]
            self.table.add(ids, data.vectors[s:e], data.metas(s, e), fresh=True)
        insert = time.perf_counter() - t
        log(f"backend: inserted {data.size:,} in {insert:.1f}s; building its indexes")
        t = time.perf_counter()
        self.table.finish_writes(built=True)
        return {"insert_s": insert, "index_s": time.perf_counter() - t}

    def search(self, q: np.ndarray, f: Filters, setting: dict[str, Any]) -> list[int]:
        self.table.nprobes = setting["nprobes"]
        return [int(pid[1:]) for pid, _ in self.table.nearest(q, K, f)]

    def fresh_probe(self, folder: Path) -> str:
        nprobes = max(n["nprobes"] for n in self.settings)
        return (
            "import numpy as np\n"
            "from retrieval.lance_store import LanceStore\n"
            "from retrieval.filters import Filters\n"
            f"t = LanceStore({str(folder / 'backend')!r}, nprobes={nprobes}).open('growth')\n"
            "q = np.ones(384, dtype=np.float32) / 384 ** 0.5\n"
            f"t.nearest(q, 10, Filters(category='Beauty > Makeup', min_price=5, max_price=30, "
            "exclude_brands=['brand 1']))\n"
        )


class Milvus(Engine):
    """milvus-lite (pymilvus with a local .db): HNSW (faiss) per segment, filter in the graph."""

    name = "milvus-lite"

    def __init__(self, m: int, ef_construction: int, efs: list[int]) -> None:
        self.build_params = {"M": m, "efConstruction": ef_construction}
        self.settings = [{"ef": ef} for ef in efs]
        self.client: Any = None

    def build(self, data: Data, folder: Path) -> dict[str, float]:
        from pymilvus import DataType, MilvusClient

        shutil.rmtree(folder / "milvus", ignore_errors=True)
        (folder / "milvus").mkdir(parents=True)
        self.path = str(folder / "milvus" / "growth.db")
        self.client = client = MilvusClient(self.path)
        schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("row", DataType.INT64, is_primary=True)
        schema.add_field("vector", DataType.FLOAT_VECTOR, dim=384)
        schema.add_field("price", DataType.DOUBLE)
        for name in ("brand_key", "cat0", "cat1", "cat2"):
            schema.add_field(name, DataType.VARCHAR, max_length=256)
        schema.add_field("rating", DataType.DOUBLE)
        schema.add_field("in_stock", DataType.BOOL)
        index = client.prepare_index_params()
        index.add_index(
            field_name="vector", index_type="HNSW", metric_type="IP", params=self.build_params
        )
        client.create_collection("growth", schema=schema, index_params=index)
        t = time.perf_counter()
        step = 10_000
        for s in range(0, data.size, step):
            e = min(s + step, data.size)
            rows = [
                {
                    "row": i,
                    "vector": data.vectors[i],
                    "price": float(data.cols["price"][i]),
                    "brand_key": str(data.brand_keys[i]),
                    "cat0": str(data.cat_levels[0][i]),
                    "cat1": str(data.cat_levels[1][i]),
                    "cat2": str(data.cat_levels[2][i]),
                    "rating": float(data.cols["rating"][i]),
                    "in_stock": bool(data.cols["in_stock"][i]),
                }
                for i in range(s, e)
            ]
            client.insert("growth", rows)
        insert = time.perf_counter() - t
        t = time.perf_counter()
        client.flush("growth")
        client.load_collection("growth")
        flush_load = time.perf_counter() - t
        # milvus-lite compacts segments and builds their HNSW indexes on a background thread
        # after a flush; searches before it ends run brute force on unindexed segments (exact
        # and slow). Wait for it (a private drain point of milvus-lite 3.x) before measuring.
        from milvus_lite.server_manager import server_manager_instance

        _, db, _ = server_manager_instance._servers[os.path.abspath(self.path)]
        t = time.perf_counter()
        db.get_collection("growth")._wait_for_bg()
        return {"insert_s": insert, "flush_load_s": flush_load,
                "background_compact_index_s": time.perf_counter() - t}  # fmt: skip

    def search(self, q: np.ndarray, f: Filters, setting: dict[str, Any]) -> list[int]:
        hits = self.client.search(
            "growth",
            [q],
            limit=K,
            filter=milvus_expr(f) or "",
            search_params={"metric_type": "IP", "params": setting},
            output_fields=["row"],
        )
        return [int(h["row"]) for h in hits[0]]

    def fresh_probe(self, folder: Path) -> str:
        expr = milvus_expr(CASES[-1][1])
        return (
            "import numpy as np\nfrom pymilvus import MilvusClient\n"
            f"c = MilvusClient({str(folder / 'milvus' / 'growth.db')!r})\n"
            "c.load_collection('growth')\n"
            "q = np.ones(384, dtype=np.float32) / 384 ** 0.5\n"
            f"c.search('growth', [q], limit=10, filter={expr!r})\n"
        )

    def close(self) -> None:
        if self.client is not None:
            from milvus_lite.server_manager import server_manager_instance

            self.client.close()
            # the in-process server holds the folder's lock until released (or process exit)
            server_manager_instance.release_server(self.path)


class ChromaServer(Engine):
    """Chroma server (`chroma run`, HTTP) with the index's HNSW settings and ``where`` filters."""

    name = "chroma server"

    def __init__(self) -> None:
        self.proc: subprocess.Popen | None = None
        self.col: Any = None
        self.url = ""

    def start(self, folder: Path) -> None:
        """Start `chroma run` on a free loopback port (`ui.testing.start_chroma_server`)."""
        from ui.testing import start_chroma_server

        self.log = (folder / "chroma-server.log").open("w")
        self.proc, self.url = start_chroma_server(folder / "chroma", self.log, timeout_s=120)

    def build(self, data: Data, folder: Path) -> dict[str, float]:
        from retrieval.chroma_store import HNSW_CONFIG
        from retrieval.vectorstore import make_vector_store

        shutil.rmtree(folder / "chroma", ignore_errors=True)
        folder.mkdir(parents=True, exist_ok=True)
        self.start(folder)
        client = make_vector_store(url=self.url)
        self.col = client.create_collection(
            "growth", embedding_function=None, configuration={"hnsw": dict(HNSW_CONFIG)}
        )
        batch = int(client.get_max_batch_size())
        t = time.perf_counter()
        for s in range(0, data.size, batch):
            e = min(s + batch, data.size)
            self.col.add(
                ids=[f"p{i}" for i in range(s, e)],
                embeddings=data.vectors[s:e],
                metadatas=data.metas(s, e),
            )
            if (e // 20_000) != (s // 20_000):
                log(f"chroma server: {e:,} in {time.perf_counter() - t:.0f}s")
        return {"insert_s": time.perf_counter() - t}

    def search(self, q: np.ndarray, f: Filters, setting: dict[str, Any]) -> list[int]:
        out = self.col.query(query_embeddings=[q], n_results=K, where=f.where(), include=[])
        return [int(i[1:]) for i in out["ids"][0]]

    def fresh_probe(self, folder: Path) -> str:
        return ""  # a server is long-lived: its client's first query is measured in the table

    def close(self) -> None:
        if self.proc is not None:
            from ui.testing import stop_process

            stop_process(self.proc, self.log, timeout_s=20)


# -- measuring --------------------------------------------------------------------------------


def measure(
    engine: Engine,
    setting: dict[str, Any],
    queries: np.ndarray,
    truth: dict[str, list[np.ndarray]],
    masks: dict[str, np.ndarray],
    runs: int,
) -> dict[str, dict[str, float]]:
    """Per filter case: median over runs of p50/p95 (ms), recall@10, violations, load."""
    out: dict[str, dict[str, float]] = {}
    for label, f in CASES:
        p50s, p95s, recalls, violations, loads = [], [], [], 0, []
        for _ in range(runs):
            lat = []
            for qi, q in enumerate(queries):
                t = time.perf_counter()
                rows = engine.search(q, f, setting)
                lat.append((time.perf_counter() - t) * 1000)
                want = set(truth[label][qi].tolist())
                recalls.append(len(want & set(rows)) / max(len(want), 1))
                violations += int((~masks[label][np.asarray(rows, dtype=np.int64)]).sum())
                violations += len(rows) != len(set(rows))
            p50s.append(pct(lat, 0.5))
            p95s.append(pct(lat, 0.95))
            loads.append(os.getloadavg()[0])
        out[label] = {
            "p50": statistics.median(p50s),
            "p95": statistics.median(p95s),
            "recall": float(np.mean(recalls)),
            "violations": violations,
            "load": statistics.median(loads),
        }
        log(f"{engine.name} {setting} {label}: {out[label]}")
    return out


def fresh_process(engine: Engine, folder: Path) -> str:
    """Open + first filtered query in a new Python process: seconds and tree RSS."""
    code = engine.fresh_probe(folder)
    if not code:
        return "n/a (server)"
    probe = (
        "import time\nt0 = time.perf_counter()\n" + code + "import psutil\np = psutil.Process()\n"
        "rss = sum(x.memory_info().rss for x in [p, *p.children(recursive=True)])\n"
        "print(f'{time.perf_counter() - t0:.2f} s, RSS {rss / 2**20:.0f} MB')\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=False
    )
    lines = run.stdout.strip().splitlines()
    return lines[-1] if lines else "failed: " + run.stderr[-300:]


def recall_probe(chroma_dir: str, queries: int = 50) -> None:
    """Unfiltered recall@10 on a real index's embeddings against random vectors of the same count.

    Reads every embedding of the ``products`` collection in ``chroma_dir`` (copy a data dir's
    ``chroma`` folder first: opening it may write), queries with 50 product vectors plus a little
    noise (near duplicates, not the items themselves), and compares Chroma's own HNSW and LanceDB
    IVF_FLAT (110 partitions; 4, 11 and 28 probed) with the exact answer; then the same IVF
    settings on random unit vectors and random queries.
    """
    import lancedb
    import pyarrow as pa
    from lancedb.index import IvfFlat

    from retrieval.vectorstore import make_vector_store

    col = make_vector_store(path=chroma_dir).get_collection("products")
    got = col.get(include=["embeddings"])
    ids = {i: n for n, i in enumerate(got["ids"])}
    real = np.asarray(got["embeddings"], dtype=np.float32)
    real /= np.linalg.norm(real, axis=1, keepdims=True)
    rng = np.random.default_rng(5)
    q_real = real[rng.choice(len(real), queries, replace=False)]
    q_real = q_real + 0.05 * rng.standard_normal(q_real.shape, dtype=np.float32)
    q_real /= np.linalg.norm(q_real, axis=1, keepdims=True)
    rand = rng.standard_normal(real.shape, dtype=np.float32)
    rand /= np.linalg.norm(rand, axis=1, keepdims=True)
    q_rand = rng.standard_normal(q_real.shape, dtype=np.float32)
    q_rand /= np.linalg.norm(q_rand, axis=1, keepdims=True)

    def truth(m: np.ndarray, q: np.ndarray) -> set[int]:
        return set(np.argsort(-(m @ q))[:K].tolist())

    rec = []
    for q in q_real:
        out = col.query(query_embeddings=[q], n_results=K, include=[])
        rec.append(len({ids[i] for i in out["ids"][0]} & truth(real, q)) / K)
    print(f"{len(real):,} real embeddings: Chroma HNSW (the index's settings) recall@10 "
          f"{np.mean(rec):.3f}")  # fmt: skip
    folder = Path(tempfile.mkdtemp(prefix="recall-probe-"))
    for name, m, qs in [("real", real, q_real), ("random", rand, q_rand)]:
        vec = pa.FixedSizeListArray.from_arrays(pa.array(m.ravel()), m.shape[1])
        table = lancedb.connect(str(folder / name)).create_table(
            "t", pa.table({"row": np.arange(len(m)), "vector": vec})
        )
        table.create_index("vector", config=IvfFlat(distance_type="dot", num_partitions=110))
        for nprobes in (4, 11, 28):
            rec = []
            for q in qs:
                query = table.search(q).distance_type("dot").limit(K).nprobes(nprobes)
                rows = query.select(["row", "_distance"]).to_arrow()["row"].to_pylist()
                rec.append(len(set(rows) & truth(m, q)) / K)
            print(f"{name}: LanceDB IVF_FLAT 110, nprobes {nprobes}: recall@10 {np.mean(rec):.3f}")
    shutil.rmtree(folder, ignore_errors=True)


def save_real(data_dir: Path, folder: Path) -> None:
    """Write a data dir's indexed product vectors and the report and tuning query sets'
    embeddings (docs/RETRIEVAL.md) as .npy files in ``folder``."""
    from retrieval import make_index
    from retrieval.quality import BRAND_REPORT, BRAND_TUNING, NEEDS_REPORT, NEEDS_TUNING

    index = make_index(chroma_path=data_dir / "chroma", data_dir=data_dir)
    vectors, _ = index.exact_table()
    texts = [q for q, *_ in NEEDS_REPORT + NEEDS_TUNING + BRAND_REPORT + BRAND_TUNING]
    folder.mkdir(parents=True, exist_ok=True)
    np.save(folder / "real_vectors.npy", vectors)
    np.save(folder / "real_queries.npy", index.embedder.encode(texts))
    log(f"saved {len(vectors):,} product vectors and {len(texts)} query vectors in {folder}")


def compare_backends(data_dir: Path, lancedb_uri: str, queries: int = 20) -> None:
    """Top-10 of the same queries on a data dir's Chroma index and its LanceDB copy (built by
    `SHOPASSIST_LANCEDB_URI=... shopassist index build`): the dense top-10 of Chroma's exact
    path against LanceDB's own search (its plan, the in-memory path switched off), and the
    hybrid retriever's top-10 on each, with and without parsed filters; timings per query."""
    from unittest import mock

    from retrieval_bench import bench_queries

    from catalog.store import make_store
    from retrieval import make_index, make_retriever
    from retrieval.query import parse_query

    store = make_store(f"sqlite:///{data_dir / 'shopassist.db'}")
    chroma = make_index(chroma_path=data_dir / "chroma", data_dir=data_dir)
    lance = make_index(chroma_path=None, lancedb_uri=lancedb_uri, data_dir=data_dir)
    log(f"chroma {chroma.count():,} vectors, lancedb {lance.count():,} vectors")
    by_chroma, by_lance = make_retriever(store, chroma), make_retriever(store, lance)
    brands = [b for b, _ in store.brands()]
    categories = [c for c, _ in store.category_paths()]
    texts = [*bench_queries()[:queries],
        "moisturizer under $20 not Olay", "red lipstick between $5 and $15", "shampoo by Pantene",
        "eyeshadow palette under $10", "sunscreen over $30"]  # fmt: skip
    same_dense = same_hybrid = 0
    lat: list[float] = []
    for text in texts:
        parsed = parse_query(text, brands=brands, categories=categories)
        f = parsed.filters()
        q = chroma.embedder.encode_query(parsed.text)
        exact = [pid for pid, _ in chroma.query(q, K, f)]
        with (
            mock.patch("retrieval.index.MAX_EXACT", 0),
            mock.patch("retrieval.index.MAX_EXACT_UNFILTERED", 0),
        ):
            t = time.perf_counter()
            engine = [pid for pid, _ in lance.query(q, K, f)]
            lat.append((time.perf_counter() - t) * 1000)
        hybrid_c = [h.item_id for h in by_chroma.search(text, f, k=K)]
        hybrid_l = [h.item_id for h in by_lance.search(text, f, k=K)]
        same_dense += engine == exact
        same_hybrid += hybrid_c == hybrid_l
        if engine != exact or hybrid_c != hybrid_l:
            log(f"differs: {text!r} ({f.describe()}): dense {exact} / {engine}")
    log(f"{len(texts)} queries: LanceDB's own search = Chroma's exact top-10 in {same_dense}; "
        f"hybrid top-10 equal in {same_hybrid}; LanceDB search p50 {pct(lat, 0.5):.1f} ms, "
        f"p95 {pct(lat, 0.95):.1f} ms (12k rows, flat scan)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--engines", default="exact,lancedb", help="exact,lancedb,milvus,"
                        "chroma-server,lancedb-backend")  # fmt: skip
    parser.add_argument("--folder", default=None)
    parser.add_argument("--queries", type=int, default=50, help="queries per filter case")
    parser.add_argument("--runs", type=int, default=3, help="repeats of each query set")
    parser.add_argument("--nlist", type=int, default=1024, help="LanceDB IVF partitions")
    parser.add_argument("--nprobes", default="64,256,512,1024", help="LanceDB settings (0: flat)")
    parser.add_argument(
        "--postfilter",
        default="",
        help="LanceDB also with the filter after the search, fetching these multiples of k first",
    )
    parser.add_argument("--hnsw-m", type=int, default=16)
    parser.add_argument("--ef-construction", type=int, default=100)
    parser.add_argument("--efs", default="64,256", help="milvus-lite HNSW ef settings")
    parser.add_argument("--out", default=None, help="also write the results as JSON here")
    parser.add_argument(
        "--variants-of",
        default=None,
        metavar="NPY",
        help="make every vector a noisy variant of a row of this .npy (real product embeddings, "
        "from --save-real) instead of a random vector",
    )
    parser.add_argument(
        "--save-real",
        default=None,
        metavar="DATA_DIR",
        help="only write DATA_DIR's indexed product vectors and the retrieval quality sets' query "
        "embeddings to FOLDER/real_vectors.npy and FOLDER/real_queries.npy",
    )
    parser.add_argument("--noise", type=float, default=0.5, help="the variants' noise norm")
    parser.add_argument(
        "--queries-from",
        default=None,
        metavar="NPY",
        help="draw the queries from these vectors (real query embeddings) instead of random",
    )
    parser.add_argument(
        "--compare",
        nargs=2,
        default=None,
        metavar=("DATA_DIR", "LANCEDB_URI"),
        help="only compare the top-10 of DATA_DIR's Chroma index with its LanceDB copy",
    )
    parser.add_argument(
        "--recall-probe",
        default=None,
        metavar="CHROMA_DIR",
        help="only compare ANN recall on a real index's embeddings with random vectors",
    )
    args = parser.parse_args()
    if args.compare:
        compare_backends(Path(args.compare[0]), args.compare[1])
        return
    if args.recall_probe:
        recall_probe(args.recall_probe)
        return
    if args.save_real:
        save_real(Path(args.save_real), Path(args.folder or "."))
        return

    folder = Path(args.folder or tempfile.mkdtemp(prefix="vector-engines-"))
    folder.mkdir(parents=True, exist_ok=True)
    log(f"generating {args.size:,} growth products (seed 0), work folder {folder}")
    t = time.perf_counter()
    base = np.load(args.variants_of).astype(np.float32) if args.variants_of else None
    data = Data(args.size, base, args.noise)
    log(f"generated in {time.perf_counter() - t:.1f}s; RSS {current_rss_mb():.0f} MB")
    rng = np.random.default_rng(1)
    if args.queries_from:
        pool = np.load(args.queries_from).astype(np.float32)
        queries = pool[rng.choice(len(pool), min(args.queries, len(pool)), replace=False)]
    else:
        queries = rng.standard_normal((args.queries, 384), dtype=np.float32)
        queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    results_kind = "variants of real embeddings" if base is not None else "random vectors"
    log(f"vectors: {results_kind}; queries: {'real' if args.queries_from else 'random'}")
    masks = {}
    for label, f in CASES:
        data.check_mask(f)
        masks[label] = data.mask(f)
        log(f"{label}: {masks[label].mean():.1%} of rows pass ({f.describe() or 'no filter'})")
    truth = {label: [data.exact(q, f) for q in queries] for label, f in CASES}

    results: dict[str, Any] = {
        "size": args.size,
        "queries": len(queries),
        "runs": args.runs,
        "vectors": results_kind,
        "real_queries": bool(args.queries_from),
    }
    exact = Exact(data)
    results["exact"] = measure(exact, {}, queries, truth, masks, args.runs)
    base_rss = tree_rss_mb()
    wanted = [e.strip() for e in args.engines.split(",") if e.strip() and e.strip() != "exact"]
    factories: dict[str, Callable[[], Engine]] = {
        "lancedb": lambda: Lance(
            args.nlist,
            [int(n) for n in args.nprobes.split(",")],
            [int(m) for m in args.postfilter.split(",") if m],
        ),
        "milvus": lambda: Milvus(
            args.hnsw_m, args.ef_construction, [int(n) for n in args.efs.split(",")]
        ),
        "chroma-server": ChromaServer,
        "lancedb-backend": lambda: Backend([int(n) for n in args.nprobes.split(",")]),
    }
    for key in wanted:
        engine = factories[key]()
        log(f"{engine.name}: building")
        try:
            timings = engine.build(data, folder)
            log(f"{engine.name}: built {timings}; tree RSS {tree_rss_mb():.0f} MB")
            entry: dict[str, Any] = {"build": timings, "settings": []}
            for setting in engine.settings:
                entry["settings"].append(
                    {"setting": setting,
                     "cases": measure(engine, setting, queries, truth, masks, args.runs)}
                )  # fmt: skip
            entry["rss_mb_over_data"] = tree_rss_mb() - base_rss
            results[key] = entry
        finally:
            engine.close()  # milvus-lite lets one process at a time open its folder
        entry["fresh"] = fresh_process(engine, folder)
        log(f"{engine.name}: fresh process {entry['fresh']}")
        if args.out:
            Path(args.out).write_text(json.dumps(results, indent=1, default=str))
    print_table(results)
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=1, default=str))


def print_table(results: dict[str, Any]) -> None:
    """The Markdown table: one row per engine setting, p50/p95 (recall) per case."""
    exact = results["exact"]
    labels = [label for label, _ in CASES]
    print(
        f"\n### {results['size']:,} growth products ({results.get('vectors', 'random vectors')}), "
        f"top-{K}, {results['queries']} {'real' if results.get('real_queries') else 'random'} "
        f"queries x {results['runs']} runs (median of runs)\n"
    )
    print("| engine, setting | " + " | ".join(f"{x}: p50 / p95 ms (recall@10)" for x in labels)
          + " | violations | p50 ratio to exact (all three) | load |")  # fmt: skip
    print("|---" * (len(labels) + 4) + "|")

    def row(name: str, cases: dict[str, dict[str, float]]) -> None:
        cells = [
            f"{cases[x]['p50']:.1f} / {cases[x]['p95']:.1f} ({cases[x]['recall']:.3f})"
            for x in labels
        ]
        viol = sum(int(c["violations"]) for c in cases.values())
        ratio = cases["all three"]["p50"] / exact["all three"]["p50"]
        loads = [c["load"] for c in cases.values()]
        print(f"| {name} | " + " | ".join(cells)
              + f" | {viol} | {ratio:.2f} | {min(loads):.1f}-{max(loads):.1f} |")  # fmt: skip

    row("exact (numpy, mask per query)", exact)
    for key in ("lancedb", "milvus", "chroma-server", "lancedb-backend"):
        entry = results.get(key)
        if not entry:
            continue
        for s in entry["settings"]:
            row(f"{key} {s['setting']}", s["cases"])
        best = [
            s for s in entry["settings"]
            if min(c["recall"] for c in s["cases"].values()) >= 0.95
        ]  # fmt: skip
        pick = min(best, key=lambda s: max(c["p95"] for c in s["cases"].values()), default=None)
        build = ", ".join(f"{k} {v:.0f}" for k, v in entry["build"].items())
        print(
            f"\n{key}: build {build}; RSS over the bench's own data "
            f"{entry['rss_mb_over_data']:.0f} MB; fresh process open + first filtered query "
            f"{entry['fresh']}; best setting with recall@10 >= 0.95 in every case: "
            + (f"{pick['setting']}, worst p95 "
               f"{max(c['p95'] for c in pick['cases'].values()):.1f} ms" if pick else "none")
        )  # fmt: skip


if __name__ == "__main__":
    main()
