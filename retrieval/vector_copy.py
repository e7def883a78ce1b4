"""An on-disk copy of the exact table (every vector with its id and metadata), per engine
generation.

A new worker's exact path needs every vector and its metadata in memory; reading them from Chroma
took 1.8-2.0 s of its start on Beauty (docs/BENCHMARKS.md, "Fresh worker"), loading this copy
well under 0.1 s. The copy is named by the engine's generation token
(`retrieval.backend.VectorTable.generation`), read before the rows: a copy is used only while the
engine still reports the token it was read at, so a write by any process makes it stale. Files:
``<folder>/<token>.npy`` (float32 rows) and ``<folder>/<token>.json`` (ids and metadata, written
last: its presence marks a whole copy). Copies of other tokens are removed when a new one is
written. Any problem reading or writing it only logs: the engine is the source of truth.
"""

from __future__ import annotations

import json
import logging
import os
import re
from pathlib import Path
from typing import Any

import numpy as np

logger = logging.getLogger(__name__)

Rows = tuple[np.ndarray, list[str], list[dict[str, Any]]]
_SAFE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def _paths(folder: Path, token: str) -> tuple[Path, Path] | None:
    if not _SAFE.match(token):
        return None
    return folder / f"{token}.npy", folder / f"{token}.json"


def load_copy(folder: Path, token: str) -> Rows | None:
    """The copy written for ``token``: (matrix, ids, metadata), or None when there is none or
    it cannot be read whole."""
    paths = _paths(folder, token)
    if paths is None or not paths[1].is_file():
        return None
    try:
        listed = json.loads(paths[1].read_text("utf-8"))
        matrix = np.load(paths[0], allow_pickle=False)
        ids, metas = list(listed["ids"]), list(listed["metas"])
    except (OSError, ValueError, KeyError, TypeError) as e:
        logger.warning("vector copy %s unreadable (%s): reading the engine", paths[1], e)
        return None
    if matrix.dtype != np.float32 or matrix.ndim != 2 or not len(matrix) == len(ids) == len(metas):
        logger.warning("vector copy %s does not match its ids: reading the engine", paths[1])
        return None
    return matrix, ids, metas


def save_copy(folder: Path, token: str, rows: Rows) -> None:
    """Write the copy of ``rows`` for ``token`` and remove copies of other tokens."""
    paths = _paths(folder, token)
    if paths is None:
        return
    matrix, ids, metas = rows
    vectors, listing = paths
    staged = [p.with_name(f"{p.name}.{os.getpid()}.tmp") for p in paths]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(staged[0], "wb") as f:
            np.save(f, np.ascontiguousarray(matrix, dtype=np.float32), allow_pickle=False)
        os.replace(staged[0], vectors)
        text = json.dumps({"ids": ids, "metas": metas}, separators=(",", ":"))
        staged[1].write_text(text, "utf-8")
        os.replace(staged[1], listing)  # last: the listing marks a whole copy
        for old in folder.iterdir():
            if old.suffix in {".npy", ".json"} and old.stem != token:
                old.unlink(missing_ok=True)
    except OSError as e:
        logger.warning("vector copy in %s not written (%s): new workers read the engine", folder, e)
