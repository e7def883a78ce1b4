"""Tuned embedders as versioned folders with a manifest, under ``<data_dir>/embedders/``.

Layout::

    <data_dir>/embedders/
        tuned-20261202T013000Z/      a sentence-transformers model folder + manifest.json
        LATEST                       the name of the newest version

``"tuned"`` as an embedding model name means the version ``LATEST`` names; the resolved path is
what an index records, so an index built with one tuned version refuses another (rebuild it).
``"auto"`` (the default setting) means the model an existing index was built with, else that
newest version, else the base model: `resolve_embedder`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core import versions
from core.versions import LATEST, MANIFEST
from retrieval.embedder import DEFAULT_MODEL
from retrieval.errors import IndexNotBuiltError, RetrievalError

if TYPE_CHECKING:
    from retrieval.backend import VectorStore

TUNED = "tuned"
"""The embedding model name that means "the newest tuned version in the data dir"."""
AUTO = "auto"
"""The default embedding model name: the index's model where an index exists, else the newest
tuned version, else the base model (`resolve_embedder`)."""
BASE = "base"
"""Another name of the packaged base model, `retrieval.embedder.DEFAULT_MODEL`."""


def embedders_dir(data_dir: Path | str) -> Path:
    """Where tuned embedders live: ``<data_dir>/embedders``."""
    return Path(data_dir) / "embedders"


def new_version() -> str:
    """A version name from the current UTC time (sorts in creation order)."""
    return versions.new_version("tuned")


def publish(model: Any, manifest: dict[str, Any], data_dir: Path | str, version: str) -> Path:
    """Save a model and its manifest as a new version, then point ``LATEST`` at it
    (`core.versions.publish`: a crash never leaves a half-written version that LATEST names).

    Args:
        model: a SentenceTransformer (anything with ``save(path)``).
        manifest: JSON-serialisable facts (data fingerprint, parameters, metrics, base model).
        data_dir: the data dir.
        version: the folder name (`new_version`).

    Returns:
        The version's folder.
    """

    def fill(folder: Path) -> dict[str, Any]:
        folder.rmdir()  # `save(path)` may create the folder itself
        model.save(str(folder))
        return manifest

    root = embedders_dir(data_dir)
    root.mkdir(parents=True, exist_ok=True)
    return versions.publish(root, version, fill)


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
    version = versions.latest_name(root)
    if version is None:
        raise RetrievalError(
            f"embedding_model: expected a tuned embedder in {root}, got none; run "
            "`shopassist tune embedder` or set SHOPASSIST_EMBEDDING_MODEL=all-MiniLM-L6-v2"
        )
    folder = root / version
    if not folder.is_dir():
        raise RetrievalError(
            f"embedding_model: {root / LATEST} names {version!r}, which is missing; run "
            "`shopassist tune embedder` again"
        )
    return folder


def resolve_embedder(model: str, data_dir: Path | str | None, *, indexed: str | None = None) -> str:
    """The embedding model to load for the setting ``model``.

    * ``"auto"``: ``indexed`` when given (the model an existing index was built with: queries,
      updates and stored vectors must match it), else the newest tuned version in ``data_dir``
      (what a fresh encoding uses: `index build`, `eval ranking`, `eval conversation`), else the
      base model;
    * ``"tuned"``: the newest tuned version; ``"base"``: the base model;
    * anything else (the base model's name, a model folder) as is.

    Args:
        model: the ``embedding_model`` setting.
        data_dir: the data dir that holds tuned versions (None: none are looked for).
        indexed: the model the index records (`indexed_model`), None when none is built or the
            caller encodes afresh.

    Raises:
        RetrievalError: ``"tuned"`` without a data dir, or with nothing tuned in it.
    """
    if model == AUTO:
        if indexed is not None:
            return indexed
        has_tuned = data_dir is not None and versions.latest_name(embedders_dir(data_dir))
        return str(latest(data_dir)) if has_tuned else DEFAULT_MODEL
    if model == BASE:
        return DEFAULT_MODEL
    if model != TUNED:
        return model
    if data_dir is None:
        raise RetrievalError(
            "embedding_model: 'tuned' needs the data dir that holds the tuned embedder, got none"
        )
    return str(latest(data_dir))


def indexed_model(engine: VectorStore, name: str) -> str | None:
    """The embedding model the vector table ``name`` was built with: the model it records (the
    base model when it records none), None when the table is not built."""
    try:
        return engine.open(name).model or DEFAULT_MODEL
    except IndexNotBuiltError:
        return None
