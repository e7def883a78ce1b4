"""Copywriter adapters as versioned folders with a manifest, and which one a setting names.

Layout::

    <data_dir>/copywriters/
        copy-20261202T140000Z/       a peft LoRA adapter folder + manifest.json
        LATEST                       the name of the newest version

``Settings.copy_adapter`` names one: 'default' (the adapter shipped in the package,
``assistant/llm/adapters/copy``, built by `shopassist tune copy` on the Beauty demo; it applies to
the model it was trained on, gemma-3-270m), 'none' (the base model, few-shot), 'latest' (the
newest version in the data dir) or a folder.
"""

from __future__ import annotations

import logging
from pathlib import Path

from assistant.llm.tuning.artifact import DEFAULT, NONE, newest_or_folder, shipped
from core.versions import new_version as _new_version

logger = logging.getLogger(__name__)

COPY_DIR = "copywriters"
PACKAGED_COPY_ADAPTER = Path(__file__).resolve().parent.parent / "adapters" / "copy"
"""The copywriter adapter shipped in the package (trained on gemma-3-270m; see its manifest)."""
PACKAGED_COPY_BASE = "gemma-3-270m"
"""The model the shipped adapter was trained on: the only one it applies to."""


def copy_dir(data_dir: Path | str) -> Path:
    """Where trained copywriter adapters live: ``<data_dir>/copywriters``."""
    return Path(data_dir) / COPY_DIR


def new_version() -> str:
    """A version name from the current UTC time (sorts in creation order)."""
    return _new_version("copy")


def resolve_copy_adapter(
    name: str, data_dir: Path | str | None, model: str = PACKAGED_COPY_BASE
) -> Path | None:
    """The adapter folder ``Settings.copy_adapter`` names for the copywriter's ``model``, or
    None for the model as it is.

    'default' is the shipped adapter when ``model`` is the one it was trained on; for any
    other model (a folder, a bigger model) it is None, logged: the adapter fits no other.

    Raises:
        LLMError: 'latest' with nothing trained, or a path that is not an adapter folder.
    """
    value = name.strip()
    if value.lower() in (NONE, ""):
        return None
    if value.lower() == DEFAULT:
        if model != PACKAGED_COPY_BASE:
            logger.info("copy_adapter: the shipped adapter is for %s, not %s; none used",
                        PACKAGED_COPY_BASE, model)  # fmt: skip
            return None
        return shipped(PACKAGED_COPY_ADAPTER, "copy_adapter")
    root = copy_dir(data_dir) if data_dir is not None else None
    return newest_or_folder(value, root, "copy", "'default', 'none', 'latest'", DEFAULT)
