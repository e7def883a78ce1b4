"""The vector engine factories: `open_vector_store` picks Chroma or LanceDB from the settings;
`make_vector_store` opens a Chroma client (a persistent folder, or a server when a URL is given).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from retrieval.errors import RetrievalError

if TYPE_CHECKING:
    from retrieval.backend import VectorStore

logger = logging.getLogger(__name__)


def make_vector_store(path: str | Path | None = None, url: str | None = None) -> Any:
    """A Chroma client.

    Args:
        path: folder of a ``chromadb.PersistentClient`` (created if missing); used when no url.
        url: ``http(s)://host:port`` of a Chroma server (``chroma run``); wins over path.

    Raises:
        RetrievalError: neither given, a malformed URL, or a server that cannot be reached.
    """
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    settings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
    if url:
        parsed = urlparse(url)
        if parsed.scheme not in {"http", "https"} or not parsed.hostname:
            raise RetrievalError(
                f"chroma_url: expected http://host:port, got {url!r}; fix SHOPASSIST_CHROMA_URL"
            )
        port = parsed.port or (443 if parsed.scheme == "https" else 8000)
        try:
            client = chromadb.HttpClient(
                host=parsed.hostname, port=port, ssl=parsed.scheme == "https", settings=settings
            )
            client.heartbeat()
        except Exception as e:  # the client raises several unrelated types
            raise RetrievalError(
                f"Chroma server at {url} cannot be reached ({e}): start it (chroma run --path "
                "DIR --port PORT) or unset SHOPASSIST_CHROMA_URL to use the local folder"
            ) from e
        logger.info("using the Chroma server at %s", url)
        return client
    if path is None:
        raise RetrievalError("make_vector_store: expected a path or a url, got neither")
    folder = Path(path).expanduser()
    folder.mkdir(parents=True, exist_ok=True)
    try:
        return chromadb.PersistentClient(path=str(folder), settings=settings)
    except Exception as e:
        raise RetrievalError(
            f"Chroma folder {folder} cannot be opened ({e}): check it is writable, or delete it "
            "and run `shopassist index build`"
        ) from e


def open_vector_store(
    *,
    chroma_path: str | Path | None = None,
    chroma_url: str | None = None,
    lancedb_uri: str | None = None,
    lancedb_nprobes: int = 16,
) -> VectorStore:
    """The vector engine the settings name: LanceDB when ``lancedb_uri`` is set, else Chroma.

    Args:
        chroma_path: folder of the persistent Chroma store (used when no URL is given).
        chroma_url: URL of a Chroma server; wins over ``chroma_path``.
        lancedb_uri: a folder or an object-store URL (``s3://bucket/path``) of a LanceDB
            database; selects LanceDB.
        lancedb_nprobes: IVF partitions a LanceDB search probes (once the table has its IVF index).

    Raises:
        RetrievalError: both a Chroma server and LanceDB named, or an engine that cannot be
            opened.
    """
    if lancedb_uri:
        if chroma_url:
            raise RetrievalError(
                f"vector engine: expected one of chroma_url and lancedb_uri, got both "
                f"({chroma_url!r}, {lancedb_uri!r}); unset SHOPASSIST_CHROMA_URL or "
                "SHOPASSIST_LANCEDB_URI"
            )
        from retrieval.lance_store import LanceStore

        logger.info("using LanceDB at %s", lancedb_uri)
        return LanceStore(lancedb_uri, nprobes=lancedb_nprobes)
    from retrieval.chroma_store import ChromaStore

    return ChromaStore(make_vector_store(path=chroma_path, url=chroma_url))
