"""Copywriter adapters as versioned folders with a manifest, and which one a setting names.

Layout::

    <data_dir>/copywriters/
        copy-20261202T140000Z/       a peft LoRA adapter folder + manifest.json
        LATEST                       the name of the newest version

``Settings.copy_adapter`` names one: 'none' (the base model, few-shot; the default), 'latest'
(the newest version in the data dir) or a folder.
"""

from __future__ import annotations

from pathlib import Path

from assistant.llm.tuning.artifact import NONE, newest_or_folder
from core.versions import new_version as _new_version

COPY_DIR = "copywriters"


def copy_dir(data_dir: Path | str) -> Path:
    """Where trained copywriter adapters live: ``<data_dir>/copywriters``."""
    return Path(data_dir) / COPY_DIR


def new_version() -> str:
    """A version name from the current UTC time (sorts in creation order)."""
    return _new_version("copy")


def resolve_copy_adapter(name: str, data_dir: Path | str | None) -> Path | None:
    """The adapter folder ``Settings.copy_adapter`` names, or None for the base model.

    Raises:
        LLMError: 'latest' with nothing trained, or a path that is not an adapter folder.
    """
    value = name.strip()
    if value.lower() in (NONE, ""):
        return None
    root = copy_dir(data_dir) if data_dir is not None else None
    return newest_or_folder(value, root, "copy", "'none', 'latest'", NONE)
