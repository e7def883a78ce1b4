"""Request-parser adapters as versioned folders with a manifest, and which one a setting names.

Layout::

    <data_dir>/parsers/
        parser-20261202T033000Z/     a peft LoRA adapter folder + manifest.json
        LATEST                       the name of the newest version

The adapter shipped in the package (trained on the Beauty demo) lives in
``assistant/llm/adapters/parser``. ``Settings.parser_adapter`` names one: 'default' (the shipped
one), 'latest' (the newest version in the data dir), 'none' (the base model) or a folder.
"""

from __future__ import annotations

import json
import logging
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.llm.errors import LLMError
from core.versions import LATEST, MANIFEST, latest_name, publish
from core.versions import new_version as _new_version

logger = logging.getLogger(__name__)

ADAPTER_CONFIG = "adapter_config.json"
DEFAULT = "default"
NONE = "none"
NEWEST = "latest"
PACKAGED_ADAPTER = Path(__file__).resolve().parent.parent / "adapters" / "parser"
"""The adapter shipped in the package (absent until one is built and copied there)."""


def parser_dir(data_dir: Path | str) -> Path:
    """Where trained parser adapters live: ``<data_dir>/parsers``."""
    return Path(data_dir) / "parsers"


def new_version() -> str:
    """A version name from the current UTC time (sorts in creation order)."""
    return _new_version("parser")


def publish_run(
    root: Path,
    version: str,
    checkpoint: Path,
    fill: Callable[[Path], dict[str, Any]],
    *,
    training: dict[str, Any],
    started: float,
) -> dict[str, Any]:
    """Publish a finished tuning run as ``version`` under ``root`` and drop its checkpoint.

    ``fill`` writes the adapter into the staging folder it gets and returns the run's own
    manifest entries; the training facts and the run's seconds (from ``started``, a
    ``time.perf_counter()``) are added. Returns the manifest with the version's ``path``.
    """

    def filled(staging: Path) -> dict[str, Any]:
        seconds = round(time.perf_counter() - started, 1)
        return {**fill(staging), "training": training, "seconds": seconds}

    path = publish(root, version, filled)
    shutil.rmtree(checkpoint, ignore_errors=True)
    return {**read_manifest(path), "path": str(path)}


def read_manifest(folder: Path | str) -> dict[str, Any]:
    """The manifest of an adapter folder ({} when it has none)."""
    try:
        return json.loads((Path(folder) / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def latest(root: Path, task: str = "parser", otherwise: str = DEFAULT) -> Path:
    """The folder of the newest version under ``root``.

    Args:
        root: the versions folder.
        task: what the adapters are for ('parser', 'copy'): names the setting and the command
            in errors.
        otherwise: the setting's value the error suggests instead.

    Raises:
        LLMError: nothing was trained there.
    """
    setting, command = f"{task}_adapter", f"`shopassist tune {task}`"
    version = latest_name(root)
    if version is None:
        raise LLMError(
            f"{setting}: 'latest' expected a trained adapter in {root}, got none; run "
            f"{command} or set SHOPASSIST_{setting.upper()}={otherwise}"
        )
    folder = root / version
    if not (folder / ADAPTER_CONFIG).is_file():
        raise LLMError(
            f"{setting}: {root / LATEST} names {version!r}, which is missing or incomplete; "
            f"run {command} again"
        )
    return folder


def resolve_adapter(name: str, data_dir: Path | str | None) -> Path | None:
    """The adapter folder ``Settings.parser_adapter`` names, or None for the base model.

    'default' without a shipped adapter falls back to the base model (logged).

    Raises:
        LLMError: 'latest' with nothing trained, or a path that is not an adapter folder.
    """
    value = name.strip()
    if value.lower() == NONE:
        return None
    if value.lower() == DEFAULT:
        return shipped(PACKAGED_ADAPTER, "parser_adapter")
    root = parser_dir(data_dir) if data_dir is not None else None
    return newest_or_folder(value, root, "parser", "'default', 'latest', 'none'", DEFAULT)


def shipped(folder: Path, setting: str) -> Path | None:
    """``folder`` when an adapter is shipped there, else None (logged: ``setting`` 'default'
    then means the base model)."""
    if (folder / ADAPTER_CONFIG).is_file():
        return folder
    logger.warning("%s: no adapter shipped in %s; using the base model", setting, folder)
    return None


def newest_or_folder(
    value: str, root: Path | None, task: str, choices: str, otherwise: str
) -> Path:
    """The adapter folder a setting's ``value`` names: 'latest' (the newest version under
    ``root``, the task's versions folder in the data dir) or a folder path.

    Args:
        value: the setting's value (not 'none' or 'default': callers handle those).
        root: the task's versions folder, or None without a data dir.
        task: 'parser' or 'copy' (the setting is ``<task>_adapter``).
        choices: the setting's named values, for the error message.
        otherwise: the value the error suggests when nothing was trained.

    Raises:
        LLMError: 'latest' with nothing trained, or a path that is not an adapter folder.
    """
    setting = f"{task}_adapter"
    if value.lower() == NEWEST:
        if root is None:
            raise LLMError(f"{setting}: 'latest' needs the data dir, got none")
        return latest(root, task, otherwise)
    folder = Path(value).expanduser()
    if not (folder / ADAPTER_CONFIG).is_file():
        raise LLMError(
            f"{setting}: expected {choices} or a LoRA adapter folder with {ADAPTER_CONFIG}, "
            f"got {value!r}. Set SHOPASSIST_{setting.upper()}"
        )
    return folder
