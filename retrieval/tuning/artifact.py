"""Tuned embedders as versioned folders with a manifest, under ``<data_dir>/embedders/``.

Layout::

    <data_dir>/embedders/
        tuned-20261202T013000Z/      a sentence-transformers model folder + manifest.json
        LATEST                       the name of the newest version

``"tuned"`` as an embedding model name means the version ``LATEST`` names; the resolved path is
what an index records, so an index built with one tuned version refuses another (rebuild it).
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from retrieval.errors import RetrievalError

TUNED = "tuned"
"""The embedding model name that means "the newest tuned version in the data dir"."""
MANIFEST = "manifest.json"
LATEST = "LATEST"


def embedders_dir(data_dir: Path | str) -> Path:
    """Where tuned embedders live: ``<data_dir>/embedders``."""
    return Path(data_dir) / "embedders"


def new_version() -> str:
    """A version name from the current UTC time (sorts in creation order)."""
    return "tuned-" + datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def publish(model: Any, manifest: dict[str, Any], data_dir: Path | str, version: str) -> Path:
    """Save a model and its manifest as a new version, then point ``LATEST`` at it.

    The folder is written under a ``.partial`` name and renamed when complete, so a crash never
    leaves a half-written version that ``LATEST`` names.

    Args:
        model: a SentenceTransformer (anything with ``save(path)``).
        manifest: JSON-serialisable facts (data fingerprint, parameters, metrics, base model).
        data_dir: the data dir.
        version: the folder name (`new_version`).

    Returns:
        The version's folder.
    """
    root = embedders_dir(data_dir)
    root.mkdir(parents=True, exist_ok=True)
    final = root / version
    staging = root / (version + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    model.save(str(staging))
    record = {**manifest, "version": version}
    (staging / MANIFEST).write_text(json.dumps(record, indent=2, default=str), "utf-8")
    os.replace(staging, final)
    tmp = root / (LATEST + ".tmp")
    tmp.write_text(version + "\n", "utf-8")
    os.replace(tmp, root / LATEST)
    return final


def read_manifest(path: Path | str) -> dict[str, Any]:
    """The manifest of a tuned model folder.

    Raises:
        RetrievalError: the folder has no readable manifest.
    """
    file = Path(path) / MANIFEST
    try:
        return json.loads(file.read_text("utf-8"))
    except (OSError, ValueError) as e:
        raise RetrievalError(
            f"tuned embedder {path}: expected {MANIFEST} in the folder, got {e}; run "
            "`shopassist tune embedder` again"
        ) from e


def latest(data_dir: Path | str) -> Path:
    """The folder of the newest tuned version.

    Raises:
        RetrievalError: nothing was tuned in this data dir.
    """
    root = embedders_dir(data_dir)
    try:
        version = (root / LATEST).read_text("utf-8").strip()
    except OSError as e:
        raise RetrievalError(
            f"embedding_model: expected a tuned embedder in {root}, got none; run "
            "`shopassist tune embedder` or set SHOPASSIST_EMBEDDING_MODEL=all-MiniLM-L6-v2"
        ) from e
    folder = root / version
    if not folder.is_dir():
        raise RetrievalError(
            f"embedding_model: {root / LATEST} names {version!r}, which is missing; run "
            "`shopassist tune embedder` again"
        )
    return folder


def resolve_embedder(model: str, data_dir: Path | str | None) -> str:
    """The embedding model to load: ``"tuned"`` -> the newest tuned folder, anything else as is.

    Raises:
        RetrievalError: ``"tuned"`` without a data dir, or with nothing tuned in it.
    """
    if model != TUNED:
        return model
    if data_dir is None:
        raise RetrievalError(
            "embedding_model: 'tuned' needs the data dir that holds the tuned embedder, got none"
        )
    return str(latest(data_dir))
