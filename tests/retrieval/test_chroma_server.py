"""The index against a real Chroma server (`chroma run`) on 127.0.0.1, started by the test."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from retrieval.filters import Filters
from retrieval.search import Retriever
from ui.testing import free_port, stop_process

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory):
    """A throwaway Chroma server (skips when the `chroma` CLI is missing or will not start)."""
    exe = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    if not Path(exe).exists():
        pytest.skip("the chroma CLI is not installed (pip install chromadb)")
    port = free_port()
    folder = tmp_path_factory.mktemp("chroma-server")
    log = (folder / "log.txt").open("w")
    proc = subprocess.Popen(
        [exe, "run", "--path", str(folder / "data"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        if proc.poll() is not None:
            pytest.skip(f"chroma run exited with {proc.returncode}: see {folder / 'log.txt'}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            time.sleep(0.3)
    else:
        proc.terminate()
        pytest.skip("chroma run did not open its port within 60 s")
    yield f"http://127.0.0.1:{port}"
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
