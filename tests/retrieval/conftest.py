# ruff: noqa: E501  (hand-written data tables, one case per line)
"""Fixtures of the retrieval tests: a tiny synthetic catalog, the real embedder, real Beauty."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from catalog.schema import Product
from catalog.store import CatalogStore, make_store
from retrieval.embedder import Embedder

# (id, title, brand, category path, price)
CATALOG = [
    ("s1", "Moisturizing Shampoo for Dry Damaged Hair", "Pantene", "Beauty > Hair Care > Shampoos", 6.99),
    ("s2", "Clarifying Shampoo for Oily Hair", "Suave", "Beauty > Hair Care > Shampoos", 3.49),
    ("s3", "Argan Oil Repair Shampoo Sulfate Free", "OGX", "Beauty > Hair Care > Shampoos", 8.99),
    ("s4", "Anti-Frizz Smoothing Serum for Curly Hair", "John Frieda", "Beauty > Hair Care > Styling Products", 9.49),
    ("s5", "Volumizing Conditioner for Fine Hair", "Pantene", "Beauty > Hair Care > Conditioners", 6.49),
    ("l1", "Matte Red Lipstick Long Lasting", "Revlon", "Beauty > Makeup > Lips > Lipstick", 7.99),
    ("l2", "Creamy Nude Lipstick", "Maybelline", "Beauty > Makeup > Lips > Lipstick", 6.49),
    ("l3", "Luxury Satin Lipstick in Ruby Red", "Chanel", "Beauty > Makeup > Lips > Lipstick", 37.0),
    ("l4", "Shiny Clear Lip Gloss", "NYX", "Beauty > Makeup > Lips > Lip Glosses", 4.99),
    ("e1", "Neutral Eyeshadow Palette 12 Shades", "Urban Decay", "Beauty > Makeup > Eyes > Eye Shadow", 54.0),
    ("e2", "Nude Eye Shadow Palette Matte and Shimmer", "e.l.f. Cosmetics", "Beauty > Makeup > Eyes > Eye Shadow", 10.0),
    ("e3", "Volumizing Waterproof Mascara Black", "Maybelline", "Beauty > Makeup > Eyes > Mascara", 7.49),
    ("e4", "Lengthening Mascara Brown", "L'Oreal Paris", "Beauty > Makeup > Eyes > Mascara", 8.99),
    ("f1", "Hydrating Face Cream for Dry Skin", "Olay", "Beauty > Skin Care > Face > Creams & Moisturizers", 24.99),
    ("f2", "Oil-Free Daily Face Moisturizer SPF 15", "Neutrogena", "Beauty > Skin Care > Face > Creams & Moisturizers", 12.99),
    ("f3", "Night Repair Face Cream with Retinol", "L'Oreal Paris", "Beauty > Skin Care > Face > Creams & Moisturizers", 19.99),
    ("f4", "Gentle Foaming Face Cleanser", "Cetaphil", "Beauty > Skin Care > Face > Cleansers", 9.99),
    ("b1", "Shea Butter Body Lotion", "Burt's Bees", "Beauty > Skin Care > Body > Moisturizers > Lotions", 8.49),
    ("b2", "Cocoa Butter Body Lotion for Dry Skin", "Vaseline", "Beauty > Skin Care > Body > Moisturizers > Lotions", 5.99),
    ("n1", "Nail Polish Ballet Slippers Pink", "Essie", "Beauty > Makeup > Nails > Nail Polish", 8.0),
    ("n2", "Nail Lacquer Big Apple Red", "OPI", "Beauty > Makeup > Nails > Nail Polish", 10.5),
    ("n3", "Quick Dry Top Coat", "Sally Hansen", "Beauty > Makeup > Nails > Top & Base Coats", 5.49),
    ("p1", "Eau de Parfum Spray for Women Floral", "Chanel", "Beauty > Fragrance > Women's > Eau de Parfum", 120.0),
    ("p2", "Eau de Toilette for Men Woody", "Calvin Klein", "Beauty > Fragrance > Men's > Eau de Toilette", 45.0),
    ("t1", "Ceramic Flat Iron Hair Straightener", "Conair", "Beauty > Hair Care > Styling Tools > Irons", 29.99),
    ("t2", "Ionic Hair Dryer 1875 Watt", "Conair", "Beauty > Hair Care > Styling Tools > Hair Dryers", 24.99),
    ("x1", "Makeup Brush Set 12 Pieces", None, "Beauty > Tools & Accessories > Makeup Brushes & Tools", 11.99),
    ("x2", "Sunscreen Lotion SPF 50 Water Resistant", "Neutrogena", "Beauty > Skin Care > Sun", None),
]  # fmt: skip


def make_products() -> list[Product]:
    """The synthetic catalog as products (ratings 3.0-4.8, two out of stock)."""
    out = []
    for n, (pid, title, brand, path, price) in enumerate(CATALOG):
        out.append(
            Product(
                id=pid,
                title=title,
                brand=brand,
                categories=path,
                price=price,
                rating=3.0 + (n % 10) * 0.2,
                in_stock=pid not in {"l3", "t2"},
            )
        )
    return out


class CountingEmbedder(Embedder):
    """The real embedder, counting how many texts it encoded."""

    def __init__(self, inner: Embedder) -> None:
        super().__init__(inner.model_name, inner.device)
        self._model = inner.model
        self.encoded = 0

    def encode(self, texts, *, batch_size: int = 64, progress: bool = False) -> np.ndarray:  # type: ignore[override]
        self.encoded += len(texts)
        return super().encode(texts, batch_size=batch_size, progress=progress)


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The real default embedder (all-MiniLM-L6-v2 from its pip package), loaded once."""
    e = Embedder()
    _ = e.model
    return e


@pytest.fixture
def small_store(store: CatalogStore) -> CatalogStore:
    """The empty temporary store filled with the synthetic catalog."""
    store.upsert_products(make_products())
    return store


BACKENDS = ["chroma", "lancedb"]
"""The vector engines behind `retrieval.backend` that the contract tests run on."""


def open_backend(kind: str, folder: Path):
    """A `VectorStore` of ``kind`` in ``folder`` (persistent Chroma, or a LanceDB folder)."""
    from retrieval.vectorstore import open_vector_store

    if kind == "lancedb":
        return open_vector_store(lancedb_uri=str(folder / "lance"))
    return open_vector_store(chroma_path=folder / "chroma")


def build_small_index(
    store: CatalogStore, embedder: Embedder, folder: Path, backend: str = "chroma"
):
    """A built ProductIndex (vectors in ``backend`` in ``folder``) with BM25 over ``store``."""
    from retrieval.index import ProductIndex
    from retrieval.keyword import KeywordIndex

    index = ProductIndex(
        open_backend(backend, folder),
        CountingEmbedder(embedder),
        keyword=KeywordIndex(folder / "bm25" / "products"),
    )
    index.build(store, progress=False)
    return index


@pytest.fixture
def small_index(small_store: CatalogStore, embedder: Embedder, tmp_path: Path):
    """A fresh index over the synthetic catalog, for tests that change the store or index."""
    return build_small_index(small_store, embedder, tmp_path)


@pytest.fixture(scope="module")
def ro_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CatalogStore]:
    """The synthetic catalog in a store shared by a module's read-only tests."""
    folder = tmp_path_factory.mktemp("ro")
    s = make_store(f"sqlite:///{folder / 'store.db'}")
    s.upsert_products(make_products())
    yield s
    s.close()


@pytest.fixture(scope="module")
def ro_index(ro_store: CatalogStore, embedder: Embedder, tmp_path_factory):
    """An index over `ro_store`, shared by a module's read-only tests."""
    return build_small_index(ro_store, embedder, tmp_path_factory.mktemp("ro-index"))


@pytest.fixture(scope="module")
def small_retriever(ro_index):
    """A hybrid Retriever over the synthetic catalog (read-only: do not change it)."""
    from retrieval.search import Retriever

    return Retriever(ro_index, ro_index.keyword)


@pytest.fixture(scope="session")
def beauty_store(
    beauty_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[CatalogStore]:
    """Every product of the real Amazon Beauty catalog (12,101) in a SQLite store."""
    from catalog.importers.amazon5core import ITEMS, read_items
    from catalog.importers.base import Parsed

    folder = tmp_path_factory.mktemp("beauty")
    s = make_store(f"sqlite:///{folder / 'store.db'}")
    s.upsert_products([r.record for r in read_items(beauty_dir / ITEMS) if isinstance(r, Parsed)])
    yield s
    s.close()


@pytest.fixture(scope="session")
def beauty_index(beauty_store: CatalogStore, embedder: Embedder, tmp_path_factory):
    """The real Beauty index (Chroma + BM25), built once per test session (about 2 minutes)."""
    from retrieval.index import ProductIndex
    from retrieval.keyword import KeywordIndex
    from retrieval.vectorstore import make_vector_store

    folder = tmp_path_factory.mktemp("beauty-index")
    index = ProductIndex(
        make_vector_store(path=folder / "chroma"),
        embedder,
        keyword=KeywordIndex(folder / "bm25" / "products"),
    )
    index.build(beauty_store, progress=False)
    return index
