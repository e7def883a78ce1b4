"""Published artifacts: folders (a trained ranker, a BM25 index) that every worker can load.

Two stores behind one small contract (`ArtifactStore`):

- `LocalArtifacts` (the default): the folders stay where training and indexing write them in
  the data dir; nothing is copied. The version of a folder is its identity on disk (inode and
  change time): the writers replace a whole folder by a rename, so a new version is a new folder.
  Every worker on the machine (``serve --workers N``) sees the same files.
- `SqlArtifacts`: a folder is packed (tar), checksummed and stored in the SQL store in chunks
  (tables ``artifacts`` and ``artifact_chunks``), as version 1, 2, ... per name. Any worker on
  any machine that reaches the database (PostgreSQL across machines) fetches a version into
  its cache dir, checks the checksum, and loads it from there.

A worker asks `latest` (one indexed row read, or a ``stat``) to learn whether a newer version
is out, and `fetch` to get it as a local folder. The files are trusted like the data dir:
whoever can write the database or the data dir can change what workers load (not run code in
them: the ranker's model pickles are read by an unpickler that admits only arrays, sparse
matrices and the models' parameter types, `ranking.base._ModelUnpickler`).
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import shutil
import tarfile
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy import delete, func, insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from catalog import tables
from catalog.database import now
from catalog.errors import CatalogError

logger = logging.getLogger(__name__)

CHUNK_BYTES = 8 * 1024 * 1024
"""Bytes per stored chunk: bounded rows (PostgreSQL's bytea limit is 1 GB) and memory."""
KEEP_VERSIONS = 3
"""Versions kept per name in the SQL store and per name in a worker's cache (older ones go)."""


@dataclass(frozen=True)
class ArtifactVersion:
    """One published version of an artifact.

    Attributes:
        name: the artifact ("ranker", "bm25-products").
        version: a label that changes with every publication ("3" in SQL; an on-disk identity
            for local folders). Compare for equality only.
        created: when it was published (None when not known).
        sha256: the checksum of the packed folder ("" for local folders).
        size: bytes of the packed folder (0 for local folders).
    """

    name: str
    version: str
    created: datetime | None = None
    sha256: str = ""
    size: int = 0


class ArtifactStore(Protocol):
    """Where workers find the newest version of each artifact."""

    def latest(self, name: str) -> ArtifactVersion | None:
        """The newest version of ``name`` (None when nothing was published). Cheap: call it
        often."""
        ...

    def fetch(self, version: ArtifactVersion) -> Path:
        """A local folder holding ``version``'s files (downloaded first when needed)."""
        ...

    def publish(self, name: str, folder: Path) -> ArtifactVersion:
        """Make ``folder``'s files the newest version of ``name``."""
        ...


class LocalArtifacts:
    """Artifacts as folders in the data dir (the default; one machine).

    Args:
        folders: artifact name -> its folder (e.g. "ranker" -> ``<data_dir>/models``).
    """

    def __init__(self, folders: Mapping[str, Path]) -> None:
        self.folders = {name: Path(folder) for name, folder in folders.items()}

    def _folder(self, name: str) -> Path:
        try:
            return self.folders[name]
        except KeyError:
            raise CatalogError(
                f"artifact name: expected one of {sorted(self.folders)}, got {name!r}"
            ) from None

    def latest(self, name: str) -> ArtifactVersion | None:
        """The folder's identity (inode and change time); None when it does not exist."""
        try:
            st = self._folder(name).stat()
        except FileNotFoundError:
            return None
        identity = hashlib.sha1(f"{st.st_ino}-{st.st_ctime_ns}".encode()).hexdigest()[:12]
        return ArtifactVersion(name, identity)

    def fetch(self, version: ArtifactVersion) -> Path:
        """The folder itself (it may have been replaced since ``latest``: load, then compare)."""
        return self._folder(version.name)

    def publish(self, name: str, folder: Path) -> ArtifactVersion:
        """Nothing to copy: the writers replaced the folder in place (checks it is that one)."""
        own = self._folder(name)
        if Path(folder).resolve() != own.resolve():
            raise CatalogError(
                f"publish {name}: expected the folder {own}, got {folder}; local artifacts are "
                "published where they are written"
            )
        found = self.latest(name)
        if found is None:
            raise CatalogError(f"publish {name}: expected a folder at {own}, got nothing")
        return found


def pack(folder: Path) -> bytes:
    """The regular files directly in ``folder`` as a tar (an artifact is a flat folder:
    subfolders, such as a parser adapter kept under the models folder, are not part of it;
    nor are links)."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for path in sorted(Path(folder).iterdir()):
            if path.is_file() and not path.is_symlink():
                tar.add(path, arcname=path.name, recursive=False)
    return buffer.getvalue()


def unpack(data: bytes, folder: Path) -> None:
    """Extract a `pack` archive into ``folder`` (regular files only, never outside it)."""
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r") as tar:
            tar.extractall(folder, filter="data")
    except (tarfile.TarError, OSError) as e:
        raise CatalogError(
            f"artifact archive: expected regular files inside {folder}, got {e}; publish it again"
        ) from e


class SqlArtifacts:
    """Artifacts stored in the SQL store, fetched into a local cache by each worker.

    Args:
        engine: the store's engine (`CatalogStore.engine`).
        cache_dir: where fetched versions are unpacked (``<cache_dir>/<name>/<version>``).
        keep: versions kept per name, in the database and in the cache.
        chunk_bytes: bytes per stored chunk.
    """

    def __init__(
        self,
        engine: Engine,
        cache_dir: Path,
        *,
        keep: int = KEEP_VERSIONS,
        chunk_bytes: int = CHUNK_BYTES,
    ) -> None:
        if keep < 1:
            raise CatalogError(f"keep: expected at least 1 version, got {keep}")
        self.engine = engine
        self.cache_dir = Path(cache_dir)
        self.keep = keep
        self.chunk_bytes = chunk_bytes

    def latest(self, name: str) -> ArtifactVersion | None:
        """The newest published version of ``name`` (one indexed row)."""
        t = tables.artifacts
        query = (
            select(t.c.version, t.c.created, t.c.sha256, t.c.size)
            .where(t.c.name == name)
            .order_by(t.c.version.desc())
            .limit(1)
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        if row is None:
            return None
        return ArtifactVersion(name, str(row.version), row.created, row.sha256, int(row.size))

    def publish(self, name: str, folder: Path) -> ArtifactVersion:
        """Pack ``folder`` and store it as the next version of ``name`` in one transaction
        (readers never see a partial version); keeps the newest `keep` versions.

        Raises:
            CatalogError: the folder is missing or empty.
        """
        folder = Path(folder)
        if not folder.is_dir() or not any(p.is_file() for p in folder.iterdir()):
            raise CatalogError(f"publish {name}: expected a folder with files at {folder}")
        data = pack(folder)
        digest = hashlib.sha256(data).hexdigest()
        chunks = [data[i : i + self.chunk_bytes] for i in range(0, len(data), self.chunk_bytes)]
        t, c = tables.artifacts, tables.artifact_chunks
        for _attempt in range(5):  # two publishers at once: the loser takes the next number
            try:
                with self.engine.begin() as conn:
                    top = conn.execute(select(func.max(t.c.version)).where(t.c.name == name))
                    version = (top.scalar() or 0) + 1
                    created = now()
                    conn.execute(
                        insert(t).values(
                            name=name, version=version, created=created, sha256=digest,
                            size=len(data), chunks=len(chunks),
                        )
                    )  # fmt: skip
                    for seq, chunk in enumerate(chunks):
                        conn.execute(
                            insert(c).values(name=name, version=version, seq=seq, data=chunk)
                        )
                    old = version - self.keep
                    conn.execute(delete(c).where(c.c.name == name, c.c.version <= old))
                    conn.execute(delete(t).where(t.c.name == name, t.c.version <= old))
                break
            except IntegrityError:
                continue
        else:
            raise CatalogError(f"publish {name}: could not take a version number; try again")
        logger.info("published %s version %d (%d bytes) in the SQL store", name, version, len(data))
        return ArtifactVersion(name, str(version), created, digest, len(data))

    def fetch(self, version: ArtifactVersion) -> Path:
        """Download ``version`` into the cache (once per machine), check it, return the folder.

        Raises:
            CatalogError: the version is gone (pruned) or its checksum does not match.
        """
        folder = self.cache_dir / version.name / version.version
        if folder.is_dir():
            return folder
        c = tables.artifact_chunks
        query = (
            select(c.c.data)
            .where(c.c.name == version.name, c.c.version == int(version.version))
            .order_by(c.c.seq)
        )
        with self.engine.connect() as conn:
            data = b"".join(bytes(row.data) for row in conn.execute(query))
        if not data:
            raise CatalogError(
                f"artifact {version.name} version {version.version}: expected stored data, got "
                "none (pruned by newer publications); ask for the latest version again"
            )
        digest = hashlib.sha256(data).hexdigest()
        if (version.sha256 and digest != version.sha256) or (
            version.size and len(data) != version.size
        ):
            raise CatalogError(
                f"artifact {version.name} version {version.version}: expected sha256 "
                f"{version.sha256} ({version.size} bytes), got {digest} ({len(data)} bytes); "
                "publish it again"
            )
        parent = folder.parent
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{version.version}-", dir=parent))
        unpack(data, staging)
        try:
            os.replace(staging, folder)
        except OSError:  # another process on this machine unpacked it first: use that one
            shutil.rmtree(staging, ignore_errors=True)
            if not folder.is_dir():
                raise
        self._prune_cache(parent, int(version.version))
        return folder

    def _prune_cache(self, parent: Path, newest: int) -> None:
        for path in parent.iterdir():
            if path.name.isdigit() and int(path.name) <= newest - self.keep:
                shutil.rmtree(path, ignore_errors=True)
