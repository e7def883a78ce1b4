"""The index against a real Chroma server (`chroma run`) on 127.0.0.1, started by the test."""

from __future__ import annotations

import pytest

from retrieval.filters import Filters
from retrieval.search import Retriever
from ui.testing import free_port, start_chroma_server, stop_process

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory):
    """A throwaway Chroma server (skips when the `chroma` CLI is missing or will not start)."""
    folder = tmp_path_factory.mktemp("chroma-server")
    log = (folder / "log.txt").open("w")
    try:
        proc, url = start_chroma_server(folder / "data", log)
    except RuntimeError as e:
        log.close()
        pytest.skip(f"{e} ({folder / 'log.txt'})")
    yield url
    stop_process(proc, log, timeout_s=10)


def test_index_and_search_through_the_server(chroma_url, small_store, embedder, tmp_path):
    from retrieval.index import ProductIndex
    from retrieval.keyword import KeywordIndex
    from retrieval.vectorstore import make_vector_store

    client = make_vector_store(url=chroma_url)
    assert type(client).__name__ != "PersistentClient"
    index = ProductIndex(client, embedder, keyword=KeywordIndex(tmp_path / "bm25"))
    assert index.build(small_store, progress=False) == small_store.count("products")
    small_store.delete_products(["s2"])
    report = index.update(small_store)
    assert report.removed == 1 and index.check(small_store).ok
    hits = Retriever(index, index.keyword).search("shampoo", Filters(max_price=8), k=5)
    assert hits and hits[0].item_id in {"s1", "s3"}
    assert "s2" not in {h.item_id for h in hits}


def test_unreachable_server_is_a_clear_error() -> None:
    from retrieval.errors import RetrievalError
    from retrieval.vectorstore import make_vector_store

    with pytest.raises(RetrievalError, match="cannot be reached"):
        make_vector_store(url=f"http://127.0.0.1:{free_port()}")
