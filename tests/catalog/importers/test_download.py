"""`data get`: downloads from a real HTTP server on 127.0.0.1 that serves files the test wrote."""

from __future__ import annotations

import gzip
import hashlib
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from catalog.datasets import DATASETS, MCAULEY_2014_BASE, Dataset, RemoteFile, get_dataset
from catalog.errors import CatalogError
from catalog.importers.download import MANIFEST, DownloadError, fetch_dataset, fetch_file


class FileServer:
    """Serves ``files`` (name -> bytes) with Range support; can cut a transfer short."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.requests: list[tuple[str, str | None]] = []
        self.cut_next_after: int | None = None
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                name = self.path.rsplit("/", 1)[-1]
                rng = self.headers.get("Range")
                server.requests.append((name, rng))
                if name not in server.files:
                    self.send_error(404)
                    return
                data = server.files[name]
                start = int(rng.removeprefix("bytes=").split("-")[0]) if rng else 0
                body = data[start:]
                self.send_response(206 if rng else 200)
                if rng:
                    self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                cut, server.cut_next_after = server.cut_next_after, None
                self.wfile.write(body if cut is None else body[:cut])
                self.wfile.flush()
                if cut is not None:
                    self.close_connection = True

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/files"

    def __enter__(self) -> FileServer:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[FileServer]:
    with FileServer() as s:
        yield s


def _payload(n_lines: int = 20_000) -> bytes:
    text = "".join(json.dumps({"reviewerID": f"U{i % 50}", "asin": f"A{i % 70}", "overall": 4,
                               "unixReviewTime": 1_300_000_000 + i}) + "\n"
                   for i in range(n_lines))  # fmt: skip
    return gzip.compress(text.encode(), compresslevel=1)


def _fetch(remote: RemoteFile, folder: Path, **kw: object) -> Path:
    return fetch_file(remote, folder, progress=False, retry_wait_s=0.01, **kw)


def test_download_verifies_records_and_reuses(server: FileServer, tmp_path: Path) -> None:
    data = _payload()
    server.files["r.json.gz"] = data
    remote = RemoteFile("r.json.gz", "http://example.invalid/r.json.gz")
    path = _fetch(remote, tmp_path, mirror=server.url)
    assert path.read_bytes() == data
    manifest = json.loads((tmp_path / MANIFEST).read_text())
    assert manifest["r.json.gz"]["sha256"] == hashlib.sha256(data).hexdigest()
    assert manifest["r.json.gz"]["size"] == len(data)
    assert _fetch(remote, tmp_path, mirror=server.url) == path
    assert len(server.requests) == 1  # the second call used the cache


def test_interrupted_download_resumes_with_range(server: FileServer, tmp_path: Path) -> None:
    data = _payload()
    server.files["r.json.gz"] = data
    server.cut_next_after = len(data) // 3
    remote = RemoteFile("r.json.gz", server.url + "/r.json.gz")
    with pytest.raises(DownloadError, match=r"interrupted .* run the command again to resume"):
        _fetch(remote, tmp_path, retries=0)
    part = tmp_path / "r.json.gz.part"
    assert part.stat().st_size == len(data) // 3
    path = _fetch(remote, tmp_path, retries=0)
    assert path.read_bytes() == data and not part.exists()
    assert server.requests[-1] == ("r.json.gz", f"bytes={len(data) // 3}-")


def test_retry_resumes_within_one_call(server: FileServer, tmp_path: Path) -> None:
    data = _payload()
    server.files["r.json.gz"] = data
    server.cut_next_after = 1000
    path = _fetch(RemoteFile("r.json.gz", server.url + "/r.json.gz"), tmp_path, retries=2)
    assert path.read_bytes() == data
    assert [r for _, r in server.requests] == [None, "bytes=1000-"]


def test_corrupt_download_is_detected_and_deleted(server: FileServer, tmp_path: Path) -> None:
    data = bytearray(_payload())
    data[len(data) // 2] ^= 0xFF  # flip a byte inside the deflate stream
    server.files["r.json.gz"] = bytes(data)
    remote = RemoteFile("r.json.gz", server.url + "/r.json.gz")
    with pytest.raises(DownloadError, match="corrupt or truncated"):
        _fetch(remote, tmp_path)
    assert not (tmp_path / "r.json.gz").exists() and not (tmp_path / "r.json.gz.part").exists()
    wrong = RemoteFile("r.json.gz", server.url + "/r.json.gz", sha256="0" * 64)
    server.files["r.json.gz"] = _payload()
    with pytest.raises(DownloadError, match="sha256 expected 0000"):
        _fetch(wrong, tmp_path)


def test_corrupt_cached_file_is_fetched_again(server: FileServer, tmp_path: Path) -> None:
    data = _payload()
    server.files["r.json.gz"] = data
    remote = RemoteFile("r.json.gz", server.url + "/r.json.gz")
    path = _fetch(remote, tmp_path)
    path.write_bytes(data[:-10] + b"0123456789")  # same size, other bytes
    assert _fetch(remote, tmp_path).read_bytes() == data
    assert len(server.requests) == 2


def test_http_error_and_no_server(server: FileServer, tmp_path: Path) -> None:
    with pytest.raises(DownloadError, match="expected HTTP 200 or 206, got 404"):
        _fetch(RemoteFile("missing.gz", server.url + "/missing.gz"), tmp_path)
    port = server.httpd.server_address[1]
    server.httpd.server_close()  # nothing listens there any more
    with pytest.raises(DownloadError, match="Without internet, pass --mirror"):
        _fetch(RemoteFile("x.gz", f"http://127.0.0.1:{port}/x.gz"), tmp_path, timeout_s=2)


def test_local_folder_mirror(tmp_path: Path) -> None:
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    (mirror / "r.json.gz").write_bytes(_payload(100))
    remote = RemoteFile("r.json.gz", "http://example.invalid/r.json.gz")
    path = _fetch(remote, tmp_path / "cache", mirror=str(mirror))
    assert path.read_bytes() == (mirror / "r.json.gz").read_bytes()
    with pytest.raises(DownloadError, match=r"expected the file other\.gz"):
        _fetch(RemoteFile("other.gz", "http://example.invalid/o"), tmp_path, mirror=str(mirror))


def test_dataset_registry_points_at_the_official_files() -> None:
    beauty = get_dataset("amazon-beauty")
    assert [f.url for f in beauty.files] == [
        MCAULEY_2014_BASE + "meta_Beauty.json.gz",
        MCAULEY_2014_BASE + "reviews_Beauty_5.json.gz",
    ]
    assert MCAULEY_2014_BASE.startswith("http://snap.stanford.edu/data/amazon/productGraph/")
    with pytest.raises(CatalogError, match="dataset: expected one of amazon-beauty"):
        get_dataset("amazon-shoes")
    assert set(DATASETS) == {"amazon-beauty"}


def test_fetch_dataset_folder_imports_as_amazon_reviews(server: FileServer, tmp_path: Path) -> None:
    from catalog.importers import detect_format

    server.files["meta_Beauty.json.gz"] = gzip.compress(
        "".join(repr({"asin": f"A{i}", "title": f"t{i}"}) + "\n" for i in range(70)).encode()
    )
    server.files["reviews_Beauty_5.json.gz"] = _payload(500)
    folder = fetch_dataset(
        get_dataset("amazon-beauty"), tmp_path, mirror=server.url, progress=False
    )
    assert folder == tmp_path / "datasets" / "amazon-beauty"
    assert detect_format(folder).name == "amazon-reviews"


def test_cli_get_downloads_and_imports(
    server: FileServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.cli.main import app

    server.files["meta_Beauty.json.gz"] = gzip.compress(
        "".join(repr({"asin": f"A{i}", "title": f"t{i}"}) + "\n" for i in range(70)).encode()
    )
    server.files["reviews_Beauty_5.json.gz"] = _payload(500)
    monkeypatch.setenv("SHOPASSIST_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SHOPASSIST_CACHE_DIR", str(tmp_path / "cache"))
    runner = CliRunner()
    result = runner.invoke(app, ["data", "get", "amazon-beauty", "--mirror", server.url, "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["import"]["products"] == 70 and out["import"]["events"] == 500
    assert out["import"]["format"] == "amazon-reviews"
    again = runner.invoke(app, ["data", "get", "amazon-beauty", "--mirror", server.url,
                                "--no-import", "--json"])  # fmt: skip
    assert again.exit_code == 0 and "import" not in json.loads(again.stdout)
    assert len(server.requests) == 2  # both files once; the second call used the cache
    stats = runner.invoke(app, ["data", "stats", "--json"])
    assert {"products", "events", "users"} <= set(json.loads(stats.stdout))
    assert json.loads(stats.stdout)["users"] == 50


def test_dataset_dataclass_is_plain() -> None:
    d = Dataset("x", "y", (RemoteFile("a", "http://h/a"),), "amazon-reviews")
    assert d.files[0].sha256 is None
