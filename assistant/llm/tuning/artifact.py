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

import contextlib
import json
import logging
import os
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.llm.errors import LLMError

logger = logging.getLogger(__name__)

MANIFEST = "manifest.json"
LATEST = "LATEST"
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
    return "parser-" + datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


@contextlib.contextmanager
def atomic_dir(final: Path) -> Iterator[Path]:
    """A fresh staging folder to fill; on success it replaces ``final`` in one rename, so a
    crash never leaves a half-written ``final`` behind."""
    staging = final.with_name(final.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if final.exists():
        shutil.rmtree(final)
    os.replace(staging, final)


def publish(root: Path, version: str, fill: Callable[[Path], dict[str, Any]]) -> Path:
    """Write version ``version`` under ``root`` (`atomic_dir`), then point ``LATEST`` at it.

    Args:
        root: the versions folder (`parser_dir`, or ``--output``).
        version: the folder name (`new_version`).
        fill: ``fill(folder)`` saves the adapter into the staging folder and returns the
            manifest (JSON-serialisable: data fingerprint, base model, parameters, metrics),
            written beside it as ``manifest.json``.

    Returns:
        The version's folder.
    """
    final = root / version
    with atomic_dir(final) as staging:
        manifest = fill(staging)
        record = {**manifest, "version": version}
        (staging / MANIFEST).write_text(json.dumps(record, indent=2, default=str), "utf-8")
    tmp = root / (LATEST + ".tmp")
    tmp.write_text(version + "\n", "utf-8")
    os.replace(tmp, root / LATEST)
    return final


def read_manifest(folder: Path | str) -> dict[str, Any]:
    """The manifest of an adapter folder ({} when it has none)."""
    try:
        return json.loads((Path(folder) / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def latest(root: Path) -> Path:
    """The folder of the newest version under ``root``.

    Raises:
        LLMError: nothing was trained there.
    """
    try:
        version = (root / LATEST).read_text("utf-8").strip()
    except OSError as e:
        raise LLMError(
            f"parser_adapter: 'latest' expected a trained adapter in {root}, got none; run "
            "`shopassist tune parser` or set SHOPASSIST_PARSER_ADAPTER=default"
        ) from e
    folder = root / version
    if not (folder / ADAPTER_CONFIG).is_file():
        raise LLMError(
            f"parser_adapter: {root / LATEST} names {version!r}, which is missing or incomplete; "
            "run `shopassist tune parser` again"
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
        if (PACKAGED_ADAPTER / ADAPTER_CONFIG).is_file():
            return PACKAGED_ADAPTER
        logger.warning(
            "parser_adapter: no adapter shipped in %s; using the base model", PACKAGED_ADAPTER
        )
        return None
    if value.lower() == NEWEST:
        if data_dir is None:
            raise LLMError("parser_adapter: 'latest' needs the data dir, got none")
        return latest(parser_dir(data_dir))
    folder = Path(value).expanduser()
    if not (folder / ADAPTER_CONFIG).is_file():
        raise LLMError(
            f"parser_adapter: expected 'default', 'latest', 'none' or a LoRA adapter folder "
            f"with {ADAPTER_CONFIG}, got {name!r}. Set SHOPASSIST_PARSER_ADAPTER"
        )
    return folder
