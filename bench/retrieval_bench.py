"""Retrieval benchmark: index build throughput, search latency, update time, memory, quality.

Usage:
    .venv/bin/python bench/retrieval_bench.py beauty [--data DIR] [--runs N] [--build-runs N]
    .venv/bin/python bench/retrieval_bench.py beauty --reuse DATA_DIR  (skip the build)
    .venv/bin/python bench/retrieval_bench.py growth --size 100000 [--folder DIR] [--queries N]
        [--filtered-queries N]  (a folder that already holds SIZE vectors is reused)

``beauty`` builds the real Amazon Beauty index (12,101 products) and compares its throughput with
plain ``SentenceTransformer.encode`` on the same texts in the same run; then measures search
latency (hybrid, with and without filters, query embedding included), updating 100 changed
products, peak memory, and quality (dense vs BM25 vs hybrid; measured before the update section,
which rewrites 600 titles in the store). ``growth`` fills a Chroma collection with random unit
vectors carrying realistic metadata in batches of Chroma's maximum and measures build time,
p50/p95 search (Chroma with and without `where` filters, and the in-memory exact path that
`ProductIndex` uses), disk, and a fresh process's load time and memory.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "amazon-beauty-2014"


def rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    """Current resident memory, in MB."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def pct(values: list[float], q: float) -> float:
    """The q-quantile (0..1) of values."""
    return float(np.quantile(np.asarray(values), q))


def table(title: str, header: list[str], rows: list[list[str]]) -> None:
    """Print a Markdown table."""
    print(f"\n### {title}\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def load_store(data: Path, folder: Path):
    from catalog.importers.amazon5core import ITEMS, read_items
    from catalog.importers.base import Parsed
    from catalog.store import make_store

    store = make_store(f"sqlite:///{folder / 'store.db'}")
    store.upsert_products([r.record for r in read_items(data / ITEMS) if isinstance(r, Parsed)])
    return store


def bench_beauty(args: argparse.Namespace) -> None:
    from retrieval.embedder import Embedder
    from retrieval.filters import Filters
    from retrieval.index import ProductIndex
    from retrieval.keyword import KeywordIndex
    from retrieval.quality import (
        BRAND_REPORT,
        BRAND_TUNING,
        NEEDS_REPORT,
        NEEDS_TUNING,
        measure,
    )
    from retrieval.search import Retriever
    from retrieval.text import product_text
    from retrieval.vectorstore import make_vector_store

    if args.reuse:
        from catalog.store import make_store

        folder = Path(args.reuse)
        store = make_store(f"sqlite:///{folder / 'shopassist.db'}")
    else:
        folder = Path(tempfile.mkdtemp(prefix="retrieval-bench-"))
        store = load_store(Path(args.data), folder)
    products = list(store.iter_products())
    if args.sample and not args.reuse:
        keep = {p.id for p in random.Random(1).sample(products, args.sample)}
        store.delete_products([p.id for p in products if p.id not in keep])
        products = [p for p in products if p.id in keep]
    texts = [product_text(p) for p in products]
    print(f"products: {len(products):,}; work folder {folder}")
    embedder = Embedder(device=args.device)
    embedder.encode(texts[:256])  # load and warm up
    model = plain_sentence_transformer(args.device)  # the raw baseline
    model.encode(texts[:256], batch_size=64)

    # -- build throughput vs plain encode, interleaved ----------------------------------------
    index = ProductIndex(
        make_vector_store(path=folder / "chroma"),
        embedder,
        keyword=KeywordIndex(folder / "bm25" / "products"),
    )
    raw, ours = [], []
    for _ in range(0 if args.reuse else args.build_runs):
        start = time.perf_counter()
        model.encode(texts, batch_size=64, convert_to_numpy=True, normalize_embeddings=True)
        raw.append(len(texts) / (time.perf_counter() - start))
        start = time.perf_counter()
        index.build(store, progress=False)
        ours.append(len(texts) / (time.perf_counter() - start))
    if args.reuse:
        index.keyword.ensure_fresh(store)
        index.exact_table()  # what a warm process holds
    else:
        table(
            f"Index build, {len(texts):,} Beauty products ({args.build_runs} run(s), median)",
            ["what", "products/s", "ratio"],
            [
                ["plain SentenceTransformer.encode", f"{statistics.median(raw):.1f}", "1.00"],
                [
                    "ProductIndex.build (embed + Chroma + BM25)",
                    f"{statistics.median(ours):.1f}",
                    f"{statistics.median(ours) / statistics.median(raw):.2f}",
                ],
            ],
        )
    build_rss = rss_mb()
    if args.only_build:
        print(f"\npeak RSS after build: {build_rss:.0f} MB")
        return

    # -- search latency ------------------------------------------------------------------------
    import os

    retriever = Retriever(index, index.keyword)
    queries = bench_queries()
    filters = Filters(min_price=5, max_price=30, exclude_brands=["L'Oreal Paris"])
    for q in queries[:5]:
        retriever.search(q, k=10)
        retriever.search(q, filters, k=10)
    rows = []
    raw_lat = []
    fast_lat = []
    for _ in range(args.runs):
        for q in queries:
            start = time.perf_counter()
            model.encode([q], normalize_embeddings=True)
            raw_lat.append((time.perf_counter() - start) * 1000)
            embedder.clear_query_cache()
            start = time.perf_counter()
            embedder.encode_query(q)
            fast_lat.append((time.perf_counter() - start) * 1000)
    raw_p50 = pct(raw_lat, 0.5)
    load = [os.getloadavg()[0]]
    rows.append(
        ["query embedding: plain encode([q])", f"{raw_p50:.1f}", f"{pct(raw_lat, 0.95):.1f}",
         "1.00"]
    )  # fmt: skip
    rows.append(
        ["query embedding: Embedder.encode_query (1 thread)", f"{pct(fast_lat, 0.5):.1f}",
         f"{pct(fast_lat, 0.95):.1f}", f"{pct(fast_lat, 0.5) / raw_p50:.2f}"]
    )  # fmt: skip
    for label, f, mode, k in [
        ("hybrid, no filters, k=10", None, "hybrid", 10),
        ("hybrid, price 5-30 + brand excluded, k=10", filters, "hybrid", 10),
        ("hybrid, category Beauty > Makeup, k=10", Filters(category="Beauty > Makeup"),
         "hybrid", 10),
        ("hybrid, no filters, k=100", None, "hybrid", 100),
        ("hybrid, price 5-30 + brand excluded, k=100", filters, "hybrid", 100),
        ("dense only, no filters, k=10", None, "dense", 10),
        ("BM25 only, no filters, k=10", None, "bm25", 10),
    ]:  # fmt: skip
        r = Retriever(index, index.keyword, mode=mode)
        lat = []
        for _ in range(args.runs):
            for q in queries:
                embedder.clear_query_cache()  # cold: every query is embedded
                start = time.perf_counter()
                r.search(q, f, k=k)
                lat.append((time.perf_counter() - start) * 1000)
        load.append(os.getloadavg()[0])
        rows.append(
            [
                label,
                f"{pct(lat, 0.5):.1f}",
                f"{pct(lat, 0.95):.1f}",
                f"{pct(lat, 0.5) / raw_p50:.2f}",
            ]
        )
    table(
        f"Search latency incl. query embedding (cold cache), {len(queries)} queries x "
        f"{args.runs} runs (ms); 1-min load average {min(load):.1f}-{max(load):.1f}",
        ["search", "p50", "p95", "p50 / plain embed p50"],
        rows,
    )

    # -- price filters hold ----------------------------------------------------------------------
    by_id = {p.id: p for p in products}
    violations = 0
    checked = 0
    for q in queries:
        for h in retriever.search(q, Filters(min_price=10, max_price=20), k=10):
            checked += 1
            price = by_id[h.item_id].price
            violations += price is None or not 10 <= price <= 20
    print(f"\nprice filter 10-20: {checked} hits checked, {violations} outside the range")

    # -- quality ---------------------------------------------------------------------------
    lookup = store.get_products
    rows = []
    for label, mode, opts in [
        ("dense", "dense", {}),
        ("BM25", "bm25", {}),
        ("hybrid RRF (default)", "hybrid", {}),
        ("hybrid weighted", "hybrid", {"fusion": "weighted"}),
        ("hybrid RRF, BM25 0.3 on need queries too (the previous default)", "hybrid",
         {"weights": {"dense": 1.0, "bm25": 0.3}, "brand_weights": {"dense": 1.0, "bm25": 1.0}}),
    ]:  # fmt: skip
        r = Retriever(index, index.keyword, mode=mode, **opts)

        def search(q: str, r: Retriever = r) -> list[str]:
            return [h.item_id for h in r.search(q, k=10)]

        rep = measure(search, lookup, NEEDS_REPORT, BRAND_REPORT)
        tun = measure(search, lookup, NEEDS_TUNING, BRAND_TUNING)
        rows.append(
            [
                label,
                f"{rep.category_share:.3f}",
                f"{rep.brand_hit_rate:.3f}",
                f"{tun.category_share:.3f}",
                f"{tun.brand_hit_rate:.3f}",
            ]
        )
    table(
        "Quality on Beauty (report set; tuning set beside it)",
        [
            "retriever",
            f"category share @10 ({len(NEEDS_REPORT)} needs)",
            f"brand hit @10 ({len(BRAND_REPORT)} brand needs)",
            "tuning: category share",
            "tuning: brand hit",
        ],
        rows,
    )
    # -- update 100 changed products -------------------------------------------------------------
    times = []
    rng = random.Random(7)
    for run in range(args.runs):
        changed = [
            p.model_copy(update={"title": f"{p.title} (new formula {run})"})
            for p in rng.sample(products, 100)
        ]
        store.upsert_products(changed)
        # a fresh index object each run, as `shopassist index update` gets (model kept loaded):
        # it reads the indexed hashes from Chroma and the BM25 index from disk
        cold = ProductIndex(
            make_vector_store(path=folder / "chroma"),
            embedder,
            keyword=KeywordIndex(folder / "bm25" / "products"),
        )
        start = time.perf_counter()
        report = cold.update(store)
        times.append(time.perf_counter() - start)
        assert report.reembedded == 100, report
    warm = []
    index.update(store)  # the long-lived index catches up once (it holds the copy searches use)
    for run in range(args.runs):
        changed = [
            p.model_copy(update={"title": f"{p.title} (warm {run})"})
            for p in rng.sample(products, 100)
        ]
        store.upsert_products(changed)
        start = time.perf_counter()
        report = index.update(store)
        warm.append(time.perf_counter() - start)
        assert report.reembedded == 100, report
    table(
        f"Update after 100 products changed ({args.runs} runs each; load average "
        f"{os.getloadavg()[0]:.1f})",
        ["what", "median s", "max s"],
        [["fresh ProductIndex (as the CLI): read hashes + re-embed 100 + BM25 in place",
          f"{statistics.median(times):.2f}", f"{max(times):.2f}"],
         ["long-lived ProductIndex (as a server): hashes and vector copy kept",
          f"{statistics.median(warm):.2f}", f"{max(warm):.2f}"]],
    )  # fmt: skip
    start = time.perf_counter()
    embedder.encode([product_text(p) for p in rng.sample(products, 100)])
    print(f"\nfor scale: embedding 100 product texts alone took {time.perf_counter() - start:.2f}s")

    store_file = folder / ("shopassist.db" if args.reuse else "store.db")
    command = [sys.executable, __file__, "serving", str(folder), str(store_file)]
    serving = subprocess.run(
        [*command, "--device", args.device], capture_output=True, text=True, cwd=ROOT, check=False
    )
    table(
        "Memory",
        ["what", "MB"],
        [
            ["this bench, peak RSS after build (model + Chroma + BM25 + the baseline model)",
             f"{build_rss:.0f}"],
            ["this bench, peak RSS at the end (several index objects kept)", f"{rss_mb():.0f}"],
            ["a serving process, peak RSS (fresh: load, search every query with and without "
             "filters, update 100 products)", serving.stdout.strip() or serving.stderr[-300:]],
        ],
    )  # fmt: skip


def bench_queries() -> list[str]:
    """The queries the latency and memory runs search: both need sets and the brand report set."""
    from retrieval.quality import BRAND_REPORT, NEEDS_REPORT, NEEDS_TUNING

    return [q for q, _ in NEEDS_REPORT + NEEDS_TUNING] + [q for q, _, _ in BRAND_REPORT]


def plain_sentence_transformer(device: str):
    """The packaged model loaded by sentence-transformers itself: the raw baseline."""
    from sentence_transformers import SentenceTransformer

    from retrieval.embedder import DEFAULT_MODEL, resolve_model_path

    return SentenceTransformer(resolve_model_path(DEFAULT_MODEL), device=device)


def bench_serving(args: argparse.Namespace) -> None:
    """Print the peak RSS (MB) of a process that does what a serving worker's retrieval does."""
    from catalog.store import make_store
    from retrieval.embedder import Embedder
    from retrieval.filters import Filters
    from retrieval.index import ProductIndex
    from retrieval.keyword import KeywordIndex
    from retrieval.search import Retriever
    from retrieval.vectorstore import make_vector_store

    folder = Path(args.folder)
    store = make_store(f"sqlite:///{args.store}")
    keyword = KeywordIndex(folder / "bm25" / "products")
    index = ProductIndex(
        make_vector_store(path=folder / "chroma"), Embedder(device=args.device), keyword=keyword
    )
    retriever = Retriever(index, keyword)
    queries = bench_queries()
    for f in [None, Filters(min_price=5, max_price=30, exclude_brands=["L'Oreal Paris"]),
              Filters(category="Beauty > Makeup")]:  # fmt: skip
        for q in queries:
            retriever.search(q, f, k=10)
    products = random.Random(11).sample(list(store.iter_products()), 100)
    store.upsert_products([p.model_copy(update={"title": f"{p.title} (served)"}) for p in products])
    index.update(store)
    # VmHWM, not getrusage: a child's ru_maxrss starts from its parent's size at the fork
    with open("/proc/self/status") as f:
        peak_kb = next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))
    print(f"{peak_kb / 1024:.0f}")


GROWTH_CATEGORIES = [
    ("Beauty", "Skin Care", "Face"),
    ("Beauty", "Hair Care", "Shampoos"),
    ("Beauty", "Makeup", "Eyes"),
    ("Beauty", "Makeup", "Lips"),
    ("Beauty", "Fragrance", "Women's"),
    ("Beauty", "Tools & Accessories", "Nail Tools"),
]
GROWTH_BRANDS = [f"brand {i}" for i in range(2000)]
GROWTH_BATCH = 5_461
"""Chroma's maximum batch: the size `growth` draws its batches in (the data depend on it)."""


def synthetic_batches(
    rng: np.random.Generator, size: int, batch: int = GROWTH_BATCH
) -> Iterator[tuple[np.ndarray, dict[str, np.ndarray]]]:
    """The growth data: random 384-d unit vectors and their metadata columns, batch by batch.

    Args:
        rng: the generator (``np.random.default_rng(0)`` in `growth`: same seed, same data).
        size: how many products in all.
        batch: rows drawn per batch; the same seed gives the same data only with the same batch.

    Yields:
        (vectors, columns): ``columns`` holds ``cat`` (indexes into `GROWTH_CATEGORIES`),
        ``price``, ``brand`` (indexes into `GROWTH_BRANDS`), ``rating`` and ``in_stock``.
    """
    for s in range(0, size, batch):
        n = min(batch, size - s)
        vec = rng.standard_normal((n, 384), dtype=np.float32)
        vec /= np.linalg.norm(vec, axis=1, keepdims=True)
        cols = {"cat": rng.integers(len(GROWTH_CATEGORIES), size=n)}
        cols["price"] = np.round(rng.lognormal(2.7, 0.8, size=n), 2)
        cols["brand"] = rng.zipf(1.3, size=n) % len(GROWTH_BRANDS)
        cols["rating"] = np.round(rng.uniform(1, 5, size=n), 1)
        cols["in_stock"] = rng.random(n) < 0.95
        yield vec, cols


def synthetic_metas(cols: dict[str, np.ndarray]) -> list[dict]:
    """One batch's columns as the index metadata dicts Chroma stores (`Filters.where` keys)."""
    metas = []
    for i in range(len(cols["price"])):
        c = GROWTH_CATEGORIES[cols["cat"][i]]
        b = GROWTH_BRANDS[cols["brand"][i]]
        metas.append(
            {
                "price": float(cols["price"][i]),
                "brand": b,
                "brand_key": b,
                "category_path": " > ".join(c),
                "cat0": c[0],
                "cat1": c[1],
                "cat2": c[2],
                "rating": float(cols["rating"][i]),
                "in_stock": bool(cols["in_stock"][i]),
            }
        )
    return metas


def bench_growth(args: argparse.Namespace) -> None:
    import os

    from retrieval.filters import Filters
    from retrieval.index import HNSW_CONFIG, similarities
    from retrieval.keyword import MetadataTable
    from retrieval.vectorstore import make_vector_store

    rng = np.random.default_rng(0)
    folder = Path(args.folder or tempfile.mkdtemp(prefix="retrieval-growth-"))
    client = make_vector_store(path=folder / "chroma")
    reuse = False
    try:
        col = client.get_collection("growth", embedding_function=None)
        reuse = col.count() == args.size
        if not reuse:
            client.delete_collection("growth")
    except Exception:  # not there yet
        pass
    if not reuse:
        col = client.create_collection(
            "growth", embedding_function=None, configuration={"hnsw": dict(HNSW_CONFIG)}
        )
    else:
        print(f"reusing the {args.size:,} vectors already in {folder} (same seed: same data)")
    batch = int(client.get_max_batch_size())
    print(f"growth: {args.size:,} vectors into {folder}, batches of {batch:,} (Chroma's maximum)")
    start = time.perf_counter()
    rss_before = current_rss_mb()
    keep_vectors = args.size <= args.exact_max
    kept_vectors: list[np.ndarray] = []
    kept_metas: list[dict] = []
    marks = []
    for s, (vec, batch_cols) in zip(
        range(0, args.size, batch), synthetic_batches(rng, args.size, batch), strict=True
    ):
        n = len(vec)
        metas = synthetic_metas(batch_cols)
        if not reuse:
            col.add(ids=[f"p{s + i}" for i in range(n)], embeddings=vec, metadatas=metas)
        if keep_vectors:
            kept_vectors.append(vec)
            kept_metas.extend(metas)
        done = s + n
        if (done // 50_000 != s // 50_000 or done == args.size) and not reuse:
            elapsed = time.perf_counter() - start
            marks.append((done, elapsed))
            print(
                f"  {done:>9,} vectors in {elapsed:7.1f}s ({done / elapsed:,.0f}/s), RSS "
                f"{current_rss_mb():,.0f} MB, load {os.getloadavg()[0]:.1f}",
                flush=True,
            )
    build_s = time.perf_counter() - start
    filter_cases = [
        ("no filters", Filters()),
        ("price 5-30", Filters(min_price=5, max_price=30)),
        ("category + price + brand excluded",
         Filters(category="Beauty > Makeup", max_price=20, exclude_brands=["brand 1"])),
    ]  # fmt: skip

    def random_query() -> np.ndarray:
        q = rng.standard_normal(384, dtype=np.float32)
        return q / np.linalg.norm(q)

    rows = []
    for label, f in filter_cases:
        lat = []
        for _ in range(args.queries if f.empty else args.filtered_queries):
            q = random_query()
            t = time.perf_counter()
            col.query(query_embeddings=[q], n_results=50, where=f.where(), include=["distances"])
            lat.append((time.perf_counter() - t) * 1000)
        rows.append(
            [f"Chroma, {label} ({len(lat)} queries)", f"{pct(lat, 0.5):.1f}",
             f"{pct(lat, 0.95):.1f}"]
        )  # fmt: skip
        print(f"  {rows[-1]}", flush=True)
    if keep_vectors:  # the in-memory exact path that ProductIndex uses up to MAX_EXACT
        matrix = np.vstack(kept_vectors)
        kept_vectors.clear()
        table_ = MetadataTable([f"p{i}" for i in range(args.size)], kept_metas)
        for label, f in filter_cases:
            lat = []
            for _ in range(args.queries):
                q = random_query()
                t = time.perf_counter()
                mask = table_.mask(f)
                sims = similarities(matrix, q)
                if mask is not None:
                    sims = np.where(mask, sims, -np.inf)
                best = np.argpartition(-sims, 49)[:50]
                best = best[np.argsort(-sims[best])]
                lat.append((time.perf_counter() - t) * 1000)
            rows.append(
                [f"in-memory exact, {label}", f"{pct(lat, 0.5):.1f}", f"{pct(lat, 0.95):.1f}"]
            )
    table(
        f"Growth: {args.size:,} random 384-d vectors with metadata (PersistentClient), k=50, "
        f"{args.queries} queries each",
        ["what", "p50 ms", "p95 ms"],
        rows,
    )
    du = sum(p.stat().st_size for p in (folder / "chroma").rglob("*") if p.is_file())
    print(
        f"\nbuild {build_s:.1f}s ({args.size / build_s:,.0f} vectors/s); process RSS now "
        f"{current_rss_mb():.0f} MB (was {rss_before:.0f} MB before), peak {rss_mb():.0f} MB; "
        f"on disk {du / 2**20:.0f} MB; load average {os.getloadavg()}"
    )
    del client, col
    gc.collect()
    # a fresh process opens the collection and runs one query: Chroma's load time and memory alone
    probe = (
        "import time, resource, numpy as np\n"
        "t = time.perf_counter()\n"
        "from retrieval.vectorstore import make_vector_store\n"
        f"col = make_vector_store(path={str(folder / 'chroma')!r}).get_collection('growth')\n"
        "q = np.ones(384, dtype=np.float32) / 384 ** 0.5\n"
        "col.query(query_embeddings=[q], n_results=50)\n"
        "rss = int(open('/proc/self/statm').read().split()[1]) * resource.getpagesize()\n"
        "print(f'{time.perf_counter() - t:.1f}s, RSS {rss / 2**20:.0f} MB')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=False
    )
    print(f"fresh process: open + first query: {out.stdout.strip() or out.stderr[-500:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    beauty = sub.add_parser("beauty", help="the real Beauty catalog")
    beauty.add_argument("--data", default=str(DEFAULT_DATA))
    beauty.add_argument("--runs", type=int, default=3, help="repeats of latency/update runs")
    beauty.add_argument("--build-runs", type=int, default=1, help="repeats of the full build")
    beauty.add_argument("--device", default="cpu")
    beauty.add_argument(
        "--sample", type=int, default=0, help="index only N random products (0: all)"
    )
    beauty.add_argument("--only-build", action="store_true", help="stop after the build section")
    beauty.add_argument(
        "--reuse", default=None, help="a data dir with a built index: skip the build section"
    )
    growth = sub.add_parser("growth", help="synthetic collection of random vectors")
    growth.add_argument("--size", type=int, default=100_000)
    growth.add_argument("--queries", type=int, default=200, help="unfiltered queries")
    growth.add_argument(
        "--filtered-queries", type=int, default=30, help="queries per Chroma `where` filter"
    )
    growth.add_argument("--folder", default=None, help="where to build (default: a temp folder)")
    growth.add_argument(
        "--exact-max",
        type=int,
        default=1_000_000,
        help="also time the in-memory exact path (keeps a copy of the vectors) up to this size",
    )
    serving = sub.add_parser("serving", help="peak memory of a serving process (used by beauty)")
    serving.add_argument("folder", help="the bench's folder (chroma/, bm25/)")
    serving.add_argument("store", help="the SQLite store file")
    serving.add_argument("--device", default="cpu")
    args = parser.parse_args()
    run = {"beauty": bench_beauty, "growth": bench_growth, "serving": bench_serving}
    run[args.what](args)


if __name__ == "__main__":
    main()
