"""Versioned folders with a manifest: ``<root>/<version>/`` plus ``<root>/LATEST``.

The one implementation behind every artifact trained in a data dir (tuned embedders, request
parser adapters): a version is written under a ``.partial`` name and renamed when complete,
then ``LATEST`` is replaced in one rename, so a crash never leaves a half-written version that
``LATEST`` names.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

MANIFEST = "manifest.json"
LATEST = "LATEST"


def new_version(prefix: str) -> str:
    """A version name from the current UTC time (sorts in creation order): ``prefix-<time>``."""
    return f"{prefix}-" + datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


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
    """Write version ``version`` under ``root``, then point ``LATEST`` at it.

    Args:
        root: the versions folder.
        version: the folder name (`new_version`).
        fill: ``fill(folder)`` saves the artifact into the staging folder and returns its
            manifest (JSON-serialisable), written beside it as ``manifest.json`` with the
            version added.

    Returns:
        The version's folder.
    """
    final = root / version
    with atomic_dir(final) as staging:
        record = {**fill(staging), "version": version}
        (staging / MANIFEST).write_text(json.dumps(record, indent=2, default=str), "utf-8")
    tmp = root / (LATEST + ".tmp")
    tmp.write_text(version + "\n", "utf-8")
    os.replace(tmp, root / LATEST)
    return final


def latest_name(root: Path) -> str | None:
    """The version ``<root>/LATEST`` names, or None when nothing was published there."""
    try:
        return (root / LATEST).read_text("utf-8").strip() or None
    except OSError:
        return None
