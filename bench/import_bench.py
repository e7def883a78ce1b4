"""Import speed and peak memory on the real data, against a raw sqlite3 baseline.

Each run is a fresh subprocess writing a fresh SQLite file, so its peak RSS (ru_maxrss) is its
own. "ours" is ``catalog.importers.import_path`` (format detection, validation, quarantine,
dedup, one transaction, the store's indexes); "raw" parses the same files with csv/json and
inserts the same rows with plain ``sqlite3.executemany`` into tables with the same columns and
indexes, without validation. Medians of ``--runs`` runs (wall seconds, and CPU seconds of the
process: user + system, which the load of a shared machine inflates much less), the largest peak
RSS of the runs. ``met`` judges the wall-clock median.

    .venv/bin/python bench/import_bench.py --runs 3
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
DATASETS = {
    "beauty": DATA / "amazon-beauty-2014",
    "retail": DATA / "uci-online-retail" / "online_retail_2010-12_to_2011-06_with_invoice.csv.gz",
}
TARGET_S = {"beauty": 20.0, "retail": 30.0}
TARGET_RSS_MB = 1024

RAW_SCHEMA = """
CREATE TABLE products (id TEXT PRIMARY KEY, title TEXT, brand TEXT, categories TEXT,
  category_path TEXT, price REAL, attributes TEXT);
CREATE TABLE events (id TEXT PRIMARY KEY, user_id TEXT, item_id TEXT, kind TEXT, value REAL,
  timestamp TEXT, position INTEGER, basket_id TEXT);
CREATE TABLE users (id TEXT PRIMARY KEY);
CREATE INDEX ix_products_brand ON products (brand);
CREATE INDEX ix_products_category_path ON products (category_path);
CREATE INDEX ix_events_user_order ON events (user_id, timestamp, position);
CREATE INDEX ix_events_item ON events (item_id);
CREATE INDEX ix_events_basket ON events (basket_id);
"""


def _text(path: Path) -> io.TextIOWrapper:
    return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", newline="")


def _raw_beauty(folder: Path, db: sqlite3.Connection) -> int:
    products = []
    with _text(folder / "items.jsonl.gz") as f:
        for line in f:
            o = json.loads(line)
            cats = o.get("categories") or []
            products.append(
                (o["asin"], o.get("title"), o.get("brand"), json.dumps(cats), " > ".join(cats),
                 o.get("price"), json.dumps({"sales_rank": o.get("sales_rank")}))
            )  # fmt: skip
    with _text(folder / "interactions.csv.gz") as f:
        reader = csv.reader(f)
        next(reader)
        events = [(f"{u}|{a}|{p}", u, a, "purchase", None, None, int(p), None)
                  for u, a, p, _ in reader]  # fmt: skip
    db.executemany("INSERT INTO products VALUES (?,?,?,?,?,?,?)", products)
    db.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?)", events)
    db.executemany("INSERT OR IGNORE INTO users VALUES (?)", [(e[1],) for e in events])
    return len(products) + len(events)


def _raw_retail(path: Path, db: sqlite3.Connection) -> int:
    events, products = [], {}
    with _text(path) as f:
        reader = csv.reader(f)
        next(reader)
        for n, (inv, code, desc, qty, date, price, cust, _country) in enumerate(reader):
            events.append((str(n), cust or None, code, "purchase", float(qty), date, None, inv))
            products.setdefault(code, (code, desc, None, "[]", "", float(price), "{}"))
    db.executemany("INSERT INTO products VALUES (?,?,?,?,?,?,?)", list(products.values()))
    db.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?)", events)
    db.executemany(
        "INSERT OR IGNORE INTO users VALUES (?)", [(e[1],) for e in events if e[1] is not None]
    )
    return len(products) + len(events)


def child(kind: str, name: str, workdir: Path) -> dict[str, float | int]:
    """One import in this process; returns seconds, rows written and peak RSS."""
    source = DATASETS[name]
    start = time.perf_counter()
    if kind == "ours":
        sys.path.insert(0, str(ROOT))
        from catalog.importers import import_path
        from catalog.store import make_store

        store = make_store(f"sqlite:///{workdir / 'ours.db'}")
        summary = import_path(store, source, quarantine_dir=workdir / "q", progress=False)
        rows = summary.imported
        store.close()
    else:
        db = sqlite3.connect(workdir / "raw.db")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(RAW_SCHEMA)
        with db:
            rows = (_raw_beauty if name == "beauty" else _raw_retail)(source, db)
        db.close()
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "seconds": seconds,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "rows": rows,
        "rss_mb": usage.ru_maxrss / 1024,
    }


def _run(kind: str, name: str) -> dict[str, float | int]:
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            [sys.executable, __file__, "--child", kind, name, tmp],
            capture_output=True,
            text=True,
            check=True,
        )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", choices=sorted(DATASETS), default=None)
    parser.add_argument("--child", nargs=3, metavar=("KIND", "NAME", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, name, tmp = args.child
        print(json.dumps(child(kind, name, Path(tmp))))
        return
    names = [args.only] if args.only else list(DATASETS)
    missing = [str(DATASETS[n]) for n in names if not DATASETS[n].exists()]
    if missing:
        sys.exit(f"real data not found: {', '.join(missing)}")
    header = (
        f"{'data':8} {'rows':>9} {'ours s':>8} {'raw s':>7} {'ours/raw':>8} {'ours cpu':>8} "
        f"{'raw cpu':>7} {'ours MB':>8} {'raw MB':>7} {'target':>12} {'met':>4}"
    )
    print(header)
    for name in names:
        ours, raw = [], []
        for _ in range(args.runs):  # interleaved, so both see the same machine load
            ours.append(_run("ours", name))
            raw.append(_run("raw", name))
        o = statistics.median(r["seconds"] for r in ours)
        r = statistics.median(x["seconds"] for x in raw)
        o_cpu = statistics.median(x["cpu_s"] for x in ours)
        r_cpu = statistics.median(x["cpu_s"] for x in raw)
        o_mb = max(x["rss_mb"] for x in ours)
        r_mb = max(x["rss_mb"] for x in raw)
        met = o < TARGET_S[name] and o_mb < TARGET_RSS_MB
        target = f"<{TARGET_S[name]:.0f}s <{TARGET_RSS_MB}MB"
        print(
            f"{name:8} {ours[0]['rows']:>9,} {o:>8.2f} {r:>7.2f} {o / r:>8.2f} {o_cpu:>8.2f} "
            f"{r_cpu:>7.2f} {o_mb:>8.0f} {r_mb:>7.0f} {target:>12} {'yes' if met else 'NO':>4}"
        )
        ours_runs = ", ".join(f"{x['seconds']:.2f}" for x in ours)
        raw_runs = ", ".join(f"{x['seconds']:.2f}" for x in raw)
        print(f"         runs, ours: {ours_runs}; raw: {raw_runs}")


if __name__ == "__main__":
    main()
