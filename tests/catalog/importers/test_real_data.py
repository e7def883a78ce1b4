"""Integration on the real data in ../shared/data (skipped with the reason when it is absent)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from catalog.importers import import_path
from catalog.store import CatalogStore, make_store
from catalog.store_stats import catalog_stats
from tests.paths import REPO

pytestmark = pytest.mark.slow

BEAUTY = {"products": 12_101, "events": 198_502, "users": 22_363}


@pytest.fixture(scope="module")
def beauty_store(beauty_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> CatalogStore:
    """The Beauty folder imported once, in-process."""
    tmp = tmp_path_factory.mktemp("beauty")
    store = make_store(f"sqlite:///{tmp / 'store.db'}")
    summary = import_path(store, beauty_dir, quarantine_dir=tmp / "q", progress=False)
    assert (summary.products, summary.events, summary.rejected) == (
        BEAUTY["products"],
        BEAUTY["events"],
        0,
    )
    yield store
    store.close()


def test_beauty_counts_and_order(beauty_store: CatalogStore, beauty_dir: Path) -> None:
    stats = catalog_stats(beauty_store)
    assert {k: stats[k] for k in BEAUTY} == BEAUTY
    assert stats["events_with_unknown_product"] == 0
    assert stats["missing"]["price"] == 585 and stats["missing"]["brand"] == 2_098
    import gzip

    with gzip.open(
        beauty_dir / "raw" / "GRAM__rec_datasets_Beauty_user_sequence.txt.gz", "rt"
    ) as f:
        first_user, *first_items = f.readline().split()
    history = beauty_store.user_events(first_user)
    assert [e.item_id for e in history] == first_items
    assert [e.position for e in history] == list(range(len(first_items)))


def test_user_sequence_file_gives_the_same_events(
    beauty_store: CatalogStore, beauty_dir: Path
) -> None:
    from catalog.importers import detect_format
    from catalog.importers.base import Parsed

    raw = beauty_dir / "raw" / "GRAM__rec_datasets_Beauty_user_sequence.txt.gz"
    fmt = detect_format(raw)
    assert fmt.name == "user-sequences"
    records = list(fmt.read(raw))
    assert all(isinstance(r, Parsed) for r in records)

    # (user_id, item_id, kind, value, timestamp, position, basket_id), as event_rows gives them
    from_file = {
        (e.user_id, e.item_id, e.kind.value, e.value, e.timestamp, e.position, e.basket_id)
        for e in (r.record for r in records)
    }
    assert len(records) == len(from_file) == BEAUTY["events"]
    assert from_file == set(beauty_store.event_rows())


def test_recbole_item_file_gives_the_same_products(
    beauty_store: CatalogStore, beauty_dir: Path, tmp_path: Path
) -> None:
    raw = beauty_dir / "raw" / "RecBole_SAE__dataset_Amazon_Beauty_Amazon_Beauty.item.gz"
    store = make_store(f"sqlite:///{tmp_path / 'recbole.db'}")
    summary = import_path(store, raw, quarantine_dir=tmp_path, progress=False)
    assert (summary.format, summary.products, summary.rejected) == ("recbole-item", 12_101, 0)
    ours = {p.id: p for p in beauty_store.iter_products()}
    theirs = {p.id: p for p in store.iter_products()}
    assert set(ours) == set(theirs)
    same_price = sum(ours[i].price == theirs[i].price for i in ours)
    same_path = sum(ours[i].categories == theirs[i].categories for i in ours)
    assert same_price >= 0.99 * len(ours) and same_path >= 0.99 * len(ours)
    store.close()


def _expected_retail(path: Path) -> dict[str, int]:
    """The retail rules recomputed independently with pandas."""
    import pandas as pd

    from catalog.importers.retail import is_non_product

    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    qty, price = df.Quantity.astype(float), df.UnitPrice.astype(float)
    cancel = df.InvoiceNo.str.startswith("C")
    code_ok = ~df.StockCode.map(is_non_product)
    ok = code_ok & (qty != 0) & ~((qty < 0) & ~cancel) & (price > 0)
    kept = df[ok].assign(kind=cancel[ok])
    events = kept.drop_duplicates(["InvoiceNo", "StockCode", "kind"])
    return {
        "read": len(df),
        "events": len(events),
        "products": events.StockCode.nunique(),
        "returns": int(events.kind.sum()),
        "users": events.CustomerID[events.CustomerID != ""].nunique(),
        "baskets": events.InvoiceNo.nunique(),
    }


def test_uci_retail(retail_csv: Path, store: CatalogStore, tmp_path: Path) -> None:
    summary = import_path(store, retail_csv, quarantine_dir=tmp_path, progress=False)
    expected = _expected_retail(retail_csv)
    assert summary.format == "uci-retail"
    assert summary.read == expected["read"] == 240_007
    assert summary.read == summary.events + summary.rejected
    assert summary.events == expected["events"]
    assert summary.products == expected["products"]
    quarantined = summary.quarantine.read_text("utf-8").splitlines()
    assert len(quarantined) == summary.rejected
    assert set(summary.reasons) == {"stock_code", "duplicate", "price", "quantity"}
    stats = catalog_stats(store)
    assert stats["event_kinds"]["return"] == expected["returns"]
    assert stats["users"] == expected["users"]
    assert stats["baskets"] == expected["baskets"]
    assert stats["events_with_unknown_product"] == 0
    assert 0 < stats["price"]["median"] < 10


def test_uci_folder_stands_for_its_csv(retail_csv: Path) -> None:
    """`data import ../shared/data/uci-online-retail/` reads the one CSV beside SOURCES.md."""
    from catalog.importers import resolve_input

    path, fmt = resolve_input(retail_csv.parent)
    assert (path, fmt.name) == (retail_csv, "uci-retail")


def _cli(data_dir: Path) -> tuple[list[str], dict[str, str]]:
    exe = Path(sys.executable).with_name("shopassist")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "ui.cli.main"]
    env = {**os.environ, "SHOPASSIST_DATA_DIR": str(data_dir), "SHOPASSIST_DATABASE_URL": ""}
    env.pop("SHOPASSIST_DATABASE_URL")
    return cmd, env


def test_killed_import_then_rerun_equals_one_clean_run(
    beauty_store: CatalogStore, beauty_dir: Path, tmp_path: Path, dump_store
) -> None:
    cmd, env = _cli(tmp_path)
    proc = subprocess.Popen(
        [*cmd, "data", "import", str(beauty_dir)], env=env, cwd=REPO, stderr=subprocess.PIPE
    )
    seen = bytearray()

    def drain() -> None:
        while chunk := proc.stderr.read1(4096):
            seen.extend(chunk)

    threading.Thread(target=drain, daemon=True).start()
    deadline = time.monotonic() + 180
    rows = 0
    while time.monotonic() < deadline and proc.poll() is None:
        counts = re.findall(rb"(\d+)/\d+ \[", bytes(seen))
        rows = int(counts[-1]) if counts else 0
        if rows >= 30_000:
            break
        time.sleep(0.05)
    assert proc.poll() is None, f"the import ended before it could be killed: {bytes(seen)[-500:]}"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 30_000 <= rows < 210_603, rows
    killed = make_store(f"sqlite:///{tmp_path / 'shopassist.db'}")
    assert killed.count("events") == 0 and killed.count("imports") == 0  # nothing half-done
    done = subprocess.run(
        [*cmd, "data", "import", str(beauty_dir), "--json"],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout)["events"] == BEAUTY["events"]
    assert dump_store(killed, clocks=False) == dump_store(beauty_store, clocks=False)
    killed.close()

    from ui.cli.main import app

    result = CliRunner(env={"SHOPASSIST_DATA_DIR": str(tmp_path)}).invoke(
        app, ["data", "stats", "--json"]
    )
    assert result.exit_code == 0, result.output
    stats = json.loads(result.stdout)
    assert {k: stats[k] for k in BEAUTY} == BEAUTY
