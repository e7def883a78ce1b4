"""Downloading public datasets: resumable, cached, integrity-checked.

A file is fetched into ``<cache>/<dataset>/<name>.part`` and renamed into place only after its
checks pass: the byte count equals the server's Content-Length (or Content-Range total), a
``.gz`` file decompresses to the end, and a published SHA-256 (when there is one) matches. Its
size and SHA-256 are then recorded in ``manifest.json`` beside it; a later call reuses the file
only when it still matches that record, and fetches it again otherwise. An interrupted transfer
leaves the ``.part`` file, and the next call continues it with an HTTP Range request.

``mirror`` replaces the official location: a base URL serving the same file names, or a local
folder holding them (for machines without internet).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import shutil
import time
import zlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypedDict, Unpack

from tqdm import tqdm

from catalog.datasets import Dataset, RemoteFile
from catalog.errors import CatalogError

logger = logging.getLogger(__name__)

MANIFEST = "manifest.json"


class DownloadError(CatalogError):
    """A dataset file could not be fetched or failed its integrity check."""


class IncompleteDownloadError(DownloadError):
    """The server closed the transfer before the announced length (resumable)."""


def sha256_of(path: Path) -> str:
    """SHA-256 of a file's bytes, as hex."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def check_gzip(path: Path) -> None:
    """Read a gzip file to its end.

    Raises:
        DownloadError: truncated or corrupt (bad header, CRC or length).
    """
    try:
        with gzip.open(path, "rb") as f:
            while f.read(1 << 20):
                pass
    except (OSError, EOFError, zlib.error) as e:
        raise DownloadError(
            f"{path.name}: the gzip stream is corrupt or truncated ({e}); the file was deleted: "
            "run the command again, or check the mirror's copy"
        ) from e


def load_manifest(folder: Path) -> dict[str, dict[str, Any]]:
    """The manifest of a download folder (name -> url, size, sha256, fetched_at)."""
    path = folder / MANIFEST
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        logger.warning("%s is unreadable; every file will be checked and fetched again", path)
        return {}
    return data if isinstance(data, dict) else {}


def _save_manifest(folder: Path, manifest: dict[str, dict[str, Any]]) -> None:
    tmp = folder / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(manifest, indent=2, sort_keys=True), encoding="utf-8")
    tmp.replace(folder / MANIFEST)


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def _source_of(remote: RemoteFile, mirror: str | None) -> str:
    if mirror is None:
        return remote.url
    if _is_url(mirror):
        return mirror.rstrip("/") + "/" + remote.name
    return str(Path(mirror.removeprefix("file://")).expanduser() / remote.name)


def _cached(final: Path, remote: RemoteFile, entry: dict[str, Any] | None) -> bool:
    if not final.exists():
        return False
    if not entry:
        logger.warning("%s has no manifest record; fetching it again", final)
        return False
    size = final.stat().st_size
    digest = sha256_of(final)
    expected = remote.sha256 or entry.get("sha256")
    if size == entry.get("size") and digest == expected:
        return True
    logger.warning(
        "%s failed its check (expected %s bytes, sha256 %s; got %s bytes, %s); fetching it again",
        final,
        entry.get("size"),
        expected,
        size,
        digest,
    )
    return False


def _copy_local(source: Path, part: Path, progress: bool) -> None:
    if not source.is_file():
        raise DownloadError(
            f"mirror: expected the file {source.name} in {source.parent}, found nothing there"
        )
    part.unlink(missing_ok=True)
    total = source.stat().st_size
    with (
        source.open("rb") as src,
        part.open("wb") as dst,
        tqdm(total=total, unit="B", unit_scale=True, desc=source.name, disable=not progress) as bar,
    ):
        for chunk in iter(lambda: src.read(1 << 20), b""):
            dst.write(chunk)
            bar.update(len(chunk))
    shutil.copystat(source, part)


def _offline_hint(url: str, error: Exception) -> DownloadError:
    return DownloadError(
        f"could not reach {url} ({error}). Without internet, pass --mirror with a web server or "
        "folder holding the same file names, or fetch the files elsewhere and run "
        "`shopassist data import FOLDER`"
    )


def _http_once(client: Any, url: str, part: Path, progress: bool) -> None:
    """One GET (a Range request when a .part exists). Raises httpx errors on transport failure."""
    offset = part.stat().st_size if part.exists() else 0
    headers = {"Range": f"bytes={offset}-"} if offset else {}
    with client.stream("GET", url, headers=headers) as response:
        if response.status_code == 416 and offset:
            logger.warning("%s: server refused to resume at %d; starting over", url, offset)
            part.unlink()
            return _http_once(client, url, part, progress)
        if response.status_code == 206:
            content_range = response.headers.get("Content-Range", "")
            start = content_range.removeprefix("bytes ").split("-")[0]
            if not start.isdigit() or int(start) != offset:
                raise DownloadError(
                    f"{url}: asked to resume at byte {offset}, got Content-Range "
                    f"{content_range!r}; delete {part} and run again"
                )
            total_text = content_range.rpartition("/")[2]
            total = int(total_text) if total_text.isdigit() else None
            mode = "ab"
        elif response.status_code == 200:
            offset = 0
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            mode = "wb"
        else:
            raise DownloadError(
                f"{url}: expected HTTP 200 or 206, got {response.status_code}; check the URL or "
                "pass --mirror"
            )
        with (
            part.open(mode) as f,
            tqdm(
                total=total,
                initial=offset,
                unit="B",
                unit_scale=True,
                desc=part.name.removesuffix(".part"),
                disable=not progress,
            ) as bar,
        ):
            for chunk in response.iter_raw():
                f.write(chunk)
                bar.update(len(chunk))
    size = part.stat().st_size
    if total is not None and size != total:
        raise IncompleteDownloadError(
            f"{url}: received {size:,} of {total:,} bytes; run the command again to resume"
        )
    return None


def _download(
    url: str, part: Path, *, progress: bool, retries: int, timeout_s: float, retry_wait_s: float
) -> None:
    import httpx  # lazy: only `data get` needs it

    wait = retry_wait_s
    with httpx.Client(timeout=timeout_s, follow_redirects=True) as client:
        for attempt in range(retries + 1):
            try:
                _http_once(client, url, part, progress)
                return
            except httpx.ConnectError as e:
                raise _offline_hint(url, e) from e
            except (httpx.TransportError, IncompleteDownloadError) as e:
                have = part.stat().st_size if part.exists() else 0
                if attempt == retries:
                    raise DownloadError(
                        f"{url}: transfer interrupted after {have:,} bytes ({e}); run the "
                        f"command again to resume from {part}"
                    ) from e
                logger.warning("%s: interrupted at %d bytes (%s); resuming", url, have, e)
                time.sleep(wait)
                wait *= 2


def fetch_file(
    remote: RemoteFile,
    folder: Path,
    *,
    mirror: str | None = None,
    progress: bool = True,
    retries: int = 3,
    timeout_s: float = 60.0,
    retry_wait_s: float = 1.0,
) -> Path:
    """Fetch one file into ``folder`` (or reuse the verified copy already there).

    Args:
        remote: the file's name, official URL and published checksum (if any).
        folder: the download folder (holds the manifest).
        mirror: a base URL or local folder to use instead of the official location.
        progress: show a byte progress bar.
        retries: how often an interrupted transfer is resumed before giving up.
        timeout_s: connect/read timeout of each request.
        retry_wait_s: pause before the first resume, doubled for each next one.

    Returns:
        The verified file's path.

    Raises:
        DownloadError: unreachable source, HTTP error, incomplete or corrupt file.
    """
    folder.mkdir(parents=True, exist_ok=True)
    manifest = load_manifest(folder)
    final = folder / remote.name
    if _cached(final, remote, manifest.get(remote.name)):
        logger.info("%s: cached and verified", final)
        return final
    final.unlink(missing_ok=True)
    source = _source_of(remote, mirror)
    part = folder / (remote.name + ".part")
    if _is_url(source):
        _download(
            source,
            part,
            progress=progress,
            retries=retries,
            timeout_s=timeout_s,
            retry_wait_s=retry_wait_s,
        )
    else:
        _copy_local(Path(source), part, progress)
    if remote.name.endswith(".gz"):
        try:
            check_gzip(part)
        except DownloadError:
            part.unlink(missing_ok=True)
            raise
    digest = sha256_of(part)
    if remote.sha256 and digest != remote.sha256:
        part.unlink(missing_ok=True)
        raise DownloadError(
            f"{remote.name}: sha256 expected {remote.sha256}, got {digest}; the file was "
            "deleted: run again, or check the mirror's copy"
        )
    size = part.stat().st_size
    part.replace(final)
    manifest[remote.name] = {
        "url": source,
        "size": size,
        "sha256": digest,
        "fetched_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    _save_manifest(folder, manifest)
    logger.info("%s: fetched %d bytes from %s", final, size, source)
    return final


class FetchOptions(TypedDict, total=False):
    """The keyword options of :func:`fetch_file` that :func:`fetch_dataset` passes on."""

    mirror: str | None
    progress: bool
    retries: int
    timeout_s: float
    retry_wait_s: float


def fetch_dataset(dataset: Dataset, cache_dir: Path, **options: Unpack[FetchOptions]) -> Path:
    """Fetch every file of ``dataset`` into ``<cache_dir>/datasets/<name>`` and return that folder.

    Args:
        dataset: the dataset's files.
        cache_dir: the cache folder.
        **options: see :func:`fetch_file` (mirror, progress, retries, timeout_s, retry_wait_s).

    Raises:
        DownloadError: see :func:`fetch_file`.
    """
    folder = cache_dir / "datasets" / dataset.name
    for remote in dataset.files:
        fetch_file(remote, folder, **options)
    return folder
