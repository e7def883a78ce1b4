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
from pathlib import Path
from typing import Any

from assistant.llm.errors import LLMError
from core.versions import LATEST, MANIFEST, latest_name
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
    version = latest_name(root)
    if version is None:
        raise LLMError(
            f"parser_adapter: 'latest' expected a trained adapter in {root}, got none; run "
            "`shopassist tune parser` or set SHOPASSIST_PARSER_ADAPTER=default"
        )
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
