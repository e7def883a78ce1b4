"""Product retrieval: embedder, vector index (Chroma or LanceDB), BM25, hybrid fusion, filters,
query parsing.

Importing this package is cheap: torch, sentence-transformers, chromadb and lancedb load on
first use.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from catalog.store import CatalogStore
    from retrieval.index import ProductIndex
    from retrieval.search import Retriever

logger = logging.getLogger(__name__)


def make_index(
    *,
    chroma_path: str | Path | None,
    chroma_url: str | None = None,
    embedding_model: str = "all-MiniLM-L6-v2",
    device: str = "cpu",
    data_dir: str | Path,
    collection: str = "products",
    lancedb_uri: str | None = None,
    lancedb_nprobes: int = 16,
) -> ProductIndex:
    """The product index (vectors in Chroma or LanceDB + BM25 in ``<data_dir>/bm25/<collection>``,
    the exact table's on-disk copy in ``<data_dir>/vectors/<collection>``).

    Args:
        chroma_path: folder of the persistent Chroma store (used when no ``chroma_url``).
        chroma_url: URL of a Chroma server; wins over ``chroma_path``.
        embedding_model: "auto" (the model the table was built with; when it is not built, the
            newest `shopassist tune embedder` version in ``data_dir``, else the base model),
            "all-MiniLM-L6-v2" or "base", "tuned" (that newest version) or a
            sentence-transformers model path (`retrieval.tuning.artifact.resolve_embedder`).
        device: "cpu" or "cuda".
        data_dir: folder for the BM25 index and the vector copy.
        collection: the table name (one per catalog).
        lancedb_uri: a folder or object-store URL of a LanceDB database: the vectors go there
            instead of Chroma.
        lancedb_nprobes: IVF partitions a LanceDB search probes (once the table has its IVF index).
    """
    from retrieval.embedder import Embedder
    from retrieval.index import ProductIndex
    from retrieval.keyword import KeywordIndex
    from retrieval.tuning.artifact import AUTO, indexed_model, resolve_embedder
    from retrieval.vectorstore import open_vector_store

    vectors = open_vector_store(
        chroma_path=chroma_path,
        chroma_url=chroma_url,
        lancedb_uri=lancedb_uri,
        lancedb_nprobes=lancedb_nprobes,
    )
    keyword = KeywordIndex(Path(data_dir) / "bm25" / collection)
    indexed = indexed_model(vectors, collection) if embedding_model == AUTO else None
    return ProductIndex(
        vectors,
        Embedder(resolve_embedder(embedding_model, data_dir, indexed=indexed), device),
        name=collection,
        keyword=keyword,
        copy_dir=Path(data_dir) / "vectors" / collection,
    )


def make_retriever(store: CatalogStore, index: ProductIndex, **options: Any) -> Retriever:
    """A `Retriever` over ``index`` (from `make_index`, which the CLI calls with the Settings).

    The BM25 index is brought in step with the store when it is missing or stale (only changed
    products are re-tokenised; a missing index is built, a few seconds for 12k products); a
    vector index that is missing or out of step is reported in the log (run
    `shopassist index build` / `update`), not rebuilt here.

    Args:
        store: the catalog store.
        index: the product index, as `make_index` opens it.
        **options: passed to `Retriever` (mode, fusion, rrf_k, weights, depth; ``texts``
            defaults to the store's catalog text, which the ``avoid`` filter reads).
    """
    from retrieval.search import Retriever, catalog_texts

    assert index.keyword is not None
    if index.keyword.ensure_fresh(store):
        logger.info("BM25 index was missing or stale: brought in step with the store")
    if not index.exists():
        logger.warning("vector index %r is not built: run `shopassist index build`", index.name)
    elif index.count() != len(index.keyword):
        logger.warning(
            "vector index has %d products, the catalog %d: run `shopassist index update`",
            index.count(),
            len(index.keyword),
        )
    options.setdefault("texts", catalog_texts(store))
    return Retriever(index, index.keyword, **options)


__all__ = ["make_index", "make_retriever"]
