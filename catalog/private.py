"""Files only the service user may read: the data dir (store, secret key, models) and the
SQLite database."""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) readable by the owner only; tighten it when it
    exists and belongs to this user. Folders above it that already exist are left alone."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    _tighten(path, PRIVATE_DIR)
    return path


def private_file(path: Path) -> None:
    """Make an existing file readable and writable by its owner only (when it is ours)."""
    if path.exists():
        _tighten(path, PRIVATE_FILE)


def _tighten(path: Path, mode: int) -> None:
    info = path.stat()
    if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077:
        path.chmod(mode)
