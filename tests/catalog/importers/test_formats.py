"""Every input format on tiny synthetic files: detection, records, idempotent re-import."""

from __future__ import annotations

import gzip
import json
from datetime import datetime
from pathlib import Path

import pytest

from catalog.importers import FORMATS, detect_format
from catalog.store import CatalogStore
from catalog.store_stats import catalog_stats
from tests.catalog.importers.importing import load


def write(path: Path, text: str) -> Path:
    """Write text, gzipped when the name ends in .gz."""
    data = text.encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return path


RECBOLE_ITEM = (
    "item_id:token\ttitle:token\tsales_type:token\tsales_rank:float\tcategories:token_seq"
    "\tprice:float\tbrand:token\n"
    "A1\tRose oil\tBeauty\t10486.0\t'Beauty', 'Skin Care', 'Oils'\t5.04\tCOKA\n"
    'A2\tEau de Parfum\tBeauty\t764.0\t"\'Beauty\', \'Fragrance\', ""Women\'s"""\t52.33\t\n'
)
RECBOLE_INTER = (
    "user_id:token\titem_id:token\trating:float\ttimestamp:float\n"
    "u1\tA1\t5.0\t1393545600\n"
    "u1\tA2\t4.0\t1393632000\n"
    "u2\tA2\t3.0\t1393545600\n"
)


def test_recbole_files_and_folder(store: CatalogStore, tmp_path: Path, dump_store) -> None:
    folder = tmp_path / "beauty"
    folder.mkdir()
    item = write(folder / "Beauty.item.gz", RECBOLE_ITEM)
    inter = write(folder / "Beauty.inter", RECBOLE_INTER)
    assert detect_format(item).name == "recbole-item"
    assert detect_format(inter).name == "recbole-inter"
    assert detect_format(folder).name == "recbole"
    summary = load(store, folder, tmp_path)
    assert (summary.read, summary.products, summary.events, summary.rejected) == (5, 2, 3, 0)
    a1, a2 = store.get_products(["A1", "A2"])
    assert a1.categories == ["Beauty", "Skin Care", "Oils"]
    assert a1.price == 5.04 and a1.brand == "COKA"
    assert a1.attributes == {"sales_rank": 10486, "sales_rank_category": "Beauty"}
    assert a2.categories == ["Beauty", "Fragrance", "Women's"] and a2.brand is None
    events = store.user_events("u1")
    assert [(e.item_id, e.kind.value, e.value) for e in events] == [
        ("A1", "rating", 5.0),
        ("A2", "rating", 4.0),
    ]
    assert events[0].timestamp == datetime(2014, 2, 28)
    before = dump_store(store)
    load(store, folder, tmp_path)
    assert dump_store(store) == before


def test_user_sequences(store: CatalogStore, tmp_path: Path) -> None:
    path = write(tmp_path / "user_sequence.txt.gz", "u1 i3 i1 i2\nu2 i1\n\nu3 i2 i2\n")
    assert detect_format(path).name == "user-sequences"
    summary = load(store, path, tmp_path)
    assert (summary.read, summary.events, summary.rejected) == (3, 6, 0)
    assert [(e.item_id, e.position) for e in store.user_events("u1")] == [
        ("i3", 0),
        ("i1", 1),
        ("i2", 2),
    ]
    # a repeated item at another position is another purchase, not a duplicate
    assert [e.position for e in store.user_events("u3")] == [0, 1]
    assert {e.kind.value for e in store.user_events("u2")} == {"purchase"}


META_2014 = [
    {
        "asin": "B001",
        "title": "Rose &amp; Oud Oil",
        "price": 12.5,
        "salesRank": {"Beauty": 42},
        "categories": [["Beauty", "Skin Care", "Face"], ["Beauty", "Gifts"]],
        "brand": "Kirk&amp;#39;s",
        "imUrl": "http://example.com/1.jpg",
        "related": {"also_bought": ["B002"], "bought_together": ["B002"]},
        "description": "A rich oil.",
    },
    {"asin": "B002", "categories": [["Beauty"]], "title": "XIUstyle&amp;#8482 Clay mask"},
]
REVIEWS_2014 = [
    {"reviewerID": "R1", "asin": "B001", "overall": 5.0, "unixReviewTime": 1393545600,
     "reviewText": "lovely", "summary": "ok"},
    {"reviewerID": "R1", "asin": "B002", "overall": 2.0, "unixReviewTime": 1293545600,
     "reviewText": ""},
    {"reviewerID": "R2", "asin": "B002", "overall": 4.0, "unixReviewTime": 1393545600,
     "reviewText": "fine"},
]  # fmt: skip


def _mcauley_2014(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(exist_ok=True)
    meta = write(folder / "meta_Beauty.json.gz", "".join(f"{d!r}\n" for d in META_2014))
    reviews = write(
        folder / "reviews_Beauty_5.json.gz", "".join(json.dumps(r) + "\n" for r in REVIEWS_2014)
    )
    return meta, reviews


def test_mcauley_2014(store: CatalogStore, tmp_path: Path, dump_store) -> None:
    meta, reviews = _mcauley_2014(tmp_path / "amazon")
    assert detect_format(meta).name == "amazon-2014-meta"
    assert detect_format(reviews).name == "amazon-2014-reviews"
    assert detect_format(meta.parent).name == "amazon-reviews"
    summary = load(store, meta.parent, tmp_path)
    assert (summary.products, summary.events, summary.rejected) == (2, 3, 0)
    p = store.get_product("B001")
    assert p.title == "Rose & Oud Oil"
    # entities the source escaped twice are decoded too
    assert p.brand == "Kirk's"
    assert store.get_product("B002").title == "XIUstyle\u2122 Clay mask"
    assert p.categories == ["Beauty", "Skin Care", "Face"]
    assert p.attributes["sales_rank"] == 42 and p.attributes["bought_together"] == ["B002"]
    assert p.description == "A rich oil."
    r1 = store.user_events("R1")
    assert [(e.item_id, e.kind.value, e.value) for e in r1] == [
        ("B002", "rating", 2.0),
        ("B001", "review", 5.0),
    ]
    before = dump_store(store)
    load(store, meta.parent, tmp_path)
    assert dump_store(store) == before


def test_mcauley_2023(store: CatalogStore, tmp_path: Path) -> None:
    meta = write(
        tmp_path / "meta_All_Beauty.jsonl",
        json.dumps(
            {"main_category": "All Beauty", "title": "Hair wax", "average_rating": 4.5,
             "rating_number": 10, "features": [], "description": ["Strong", "hold"],
             "price": "None", "store": "Howard", "categories": [],
             "details": {"Size": "2 oz"}, "parent_asin": "P1", "bought_together": None}
        ) + "\n",
    )  # fmt: skip
    reviews = write(
        tmp_path / "All_Beauty.jsonl",
        json.dumps({"rating": 4.0, "title": "t", "text": "nice", "asin": "C1",
                    "parent_asin": "P1", "user_id": "U1", "timestamp": 1588687728923,
                    "helpful_vote": 0, "verified_purchase": True}) + "\n",
    )  # fmt: skip
    assert detect_format(meta).name == "amazon-2023-meta"
    assert detect_format(reviews).name == "amazon-2023-reviews"
    load(store, meta, tmp_path)
    load(store, reviews, tmp_path)
    p = store.get_product("P1")
    assert (p.title, p.brand, p.price, p.rating) == ("Hair wax", "Howard", None, 4.5)
    assert p.categories == ["All Beauty"] and p.description == "Strong hold"
    assert p.attributes["details"] == {"Size": "2 oz"}
    (e,) = store.user_events("U1")
    assert (e.item_id, e.kind.value, e.value) == ("P1", "review", 4.0)
    assert e.timestamp == datetime(2020, 5, 5, 14, 8, 48, 923000)


RETAIL = """InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
536365,85123A,WHITE HANGING HEART,6,12/1/10 8:26,2.55,17850.0,United Kingdom
536365,71053,WHITE METAL LANTERN,6,12/1/10 8:26,3.39,17850.0,United Kingdom
536365,POST,POSTAGE,1,12/1/10 8:26,18.00,17850.0,United Kingdom
536366,85123A,WHITE HANGING HEART,2,12/1/10 9:01,2.95,,United Kingdom
536366,85123A,WHITE HANGING HEART,1,12/1/10 9:01,2.95,,United Kingdom
536367,71053,,-5,12/1/10 9:30,0,,United Kingdom
536368,71053,damaged,3,12/1/10 9:31,0,,United Kingdom
C536369,85123A,WHITE HANGING HEART,-2,12/2/10 10:00,2.55,17850.0,United Kingdom
536370,22632,HAND WARMER RED,12,6/26/11 17:45,1.85,13047.0,France
"""


def test_uci_retail(store: CatalogStore, tmp_path: Path, dump_store) -> None:
    path = write(tmp_path / "online_retail.csv", RETAIL)
    assert detect_format(path).name == "uci-retail"
    summary = load(store, path, tmp_path)
    assert summary.read == 9
    assert (summary.events, summary.products) == (5, 3)
    assert summary.read == summary.events + summary.rejected
    assert summary.reasons == {"stock_code": 1, "duplicate": 1, "quantity": 1, "price": 1}
    quarantined = [json.loads(x) for x in summary.quarantine.read_text().splitlines()]
    assert sorted(q["line"] for q in quarantined) == [4, 6, 7, 8]
    events = store.user_events("17850")
    assert sorted((e.item_id, e.kind.value, e.value, e.basket_id) for e in events[:2]) == [
        ("71053", "purchase", 6.0, "536365"),
        ("85123A", "purchase", 6.0, "536365"),
    ]
    assert (events[2].kind.value, events[2].value, events[2].basket_id) == (
        "return",
        2.0,
        "C536369",
    )
    assert events[0].timestamp == datetime(2010, 12, 1, 8, 26)
    heart = store.get_product("85123A")
    assert heart.title == "WHITE HANGING HEART"
    assert heart.price == 2.75  # median of the purchase lines 2.55 and 2.95
    assert catalog_stats(store)["baskets"] == 4
    guest = [e for e in store.item_events("85123A") if e.user_id is None]
    assert [(e.basket_id, e.value) for e in guest] == [("536366", 2.0)]
    assert store.get_product("POST") is None
    before = dump_store(store)
    load(store, path, tmp_path)
    assert dump_store(store) == before


def test_native_products_and_events(store: CatalogStore, tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    folder.mkdir()
    header = "id,title,brand,categories,price,attributes\n"
    write(
        folder / "products.csv",
        header + 'p1,Cream,Olay,Beauty > Skin,9.5,"{""size"": ""50 ml""}"\n',
    )
    event = {"user_id": "u", "item_id": "p1", "kind": "cart", "timestamp": "2024-01-02T10:00:00"}
    write(folder / "events.jsonl", json.dumps(event) + "\n")
    assert detect_format(folder).name == "native"
    summary = load(store, folder, tmp_path)
    assert (summary.products, summary.events, summary.rejected) == (1, 1, 0)
    assert store.get_product("p1").attributes == {"size": "50 ml"}
    assert store.user_events("u")[0].kind.value == "cart"


def test_every_format_is_registered_with_a_reader() -> None:
    expected = {"amazon-5core", "native", "products", "events", "recbole", "recbole-item",
                "recbole-inter", "user-sequences", "amazon-reviews", "amazon-2014-meta",
                "amazon-2014-reviews", "amazon-2023-meta", "amazon-2023-reviews",
                "uci-retail"}  # fmt: skip
    assert expected <= set(FORMATS)
    for fmt in FORMATS.values():
        assert callable(fmt.detect) and callable(fmt.read) and callable(fmt.files)


def test_forced_format_on_a_missing_path(store: CatalogStore, tmp_path: Path) -> None:
    from catalog.errors import CatalogError

    with pytest.raises(CatalogError, match="no such file"):
        load(store, tmp_path / "nope.csv", tmp_path, "uci-retail")
    with pytest.raises(CatalogError, match="--format: expected auto or one of"):
        load(store, tmp_path, tmp_path, "excel")


def test_a_folder_holding_one_known_file_imports_that_file(
    store: CatalogStore, tmp_path: Path, dump_store
) -> None:
    """Issue 16: `data import FOLDER` (and `eval ranking --dataset FOLDER`) said "format not
    recognised" for a folder holding one file that imports on its own."""
    from catalog.errors import CatalogError
    from catalog.importers import resolve_input

    retail = tmp_path / "uci"
    retail.mkdir()
    csv = write(retail / "online_retail.csv", RETAIL)
    write(retail / "SOURCES.md", "# where the file comes from\n")
    assert resolve_input(retail) == (csv, FORMATS["uci-retail"])
    summary = load(store, retail, tmp_path)
    assert (summary.format, summary.events, summary.products) == ("uci-retail", 5, 3)
    assert summary.source == str(csv)
    before = dump_store(store)
    load(store, csv, tmp_path)  # the same input: nothing changes
    assert dump_store(store) == before

    seq = tmp_path / "seq"
    seq.mkdir()
    write(seq / "sequences.txt", "u1 i3 i1 i2\nu2 i1\n")
    assert load(store, seq, tmp_path, "user-sequences").format == "user-sequences"
    with pytest.raises(CatalogError, match="a folder holding one user-sequences file"):
        detect_format(seq)  # the folder is not the file: callers that read it use resolve_input

    write(seq / "more.txt", "u3 i2 i2\n")
    with pytest.raises(CatalogError, match="2 files of known formats"):
        load(store, seq, tmp_path)
    notes = tmp_path / "notes"
    notes.mkdir()
    write(notes / "README.md", "nothing to import\n")
    with pytest.raises(CatalogError, match="format not recognised"):
        load(store, notes, tmp_path)
