"""Fixtures shared by every test package: temporary stores and the real datasets."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest
from sqlalchemy import Table

from catalog.store import CatalogStore, make_store
from tests.paths import SHARED_DATA
from ui.testing import free_port


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses the ``llama_server`` fixture ``llama_server``: scripts/test.sh
    runs them last, once the server it builds in the background is there."""
    for item in items:
        if "llama_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.llama_server)


@pytest.fixture
def store(tmp_path: Path) -> CatalogStore:
    """An empty SQLite store in a temporary folder."""
    s = make_store(f"sqlite:///{tmp_path / 'store.db'}")
    yield s
    s.close()


def backend_store(
    request: pytest.FixtureRequest, tmp_path: Path, clear: Iterable[Table]
) -> CatalogStore:
    """A store on the backend ``request.param`` names: a fresh SQLite file, or the PostgreSQL
    test server (skipped without one) with the ``clear`` tables emptied, in that order."""
    if request.param == "sqlite":
        return make_store(f"sqlite:///{tmp_path / 'store.db'}")
    store = make_store(request.getfixturevalue("postgres_url"))
    with store.transaction() as conn:  # each test starts from empty tables
        for table in clear:
            conn.execute(table.delete())
    return store


def _shared(relative: str) -> Path:
    path = SHARED_DATA / relative
    if not path.exists():
        pytest.skip(f"real data not found at {path} (expected ../shared/data beside the checkout)")
    return path


@pytest.fixture(scope="session")
def beauty_dir() -> Path:
    """../shared/data/amazon-beauty-2014 (skips when absent)."""
    return _shared("amazon-beauty-2014")


@pytest.fixture(scope="session")
def retail_csv() -> Path:
    """The UCI Online Retail CSV from ../shared/data (skips when absent)."""
    return _shared("uci-online-retail/online_retail_2010-12_to_2011-06_with_invoice.csv.gz")


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """A throwaway PostgreSQL server on 127.0.0.1 (skips when the server binaries are absent).

    .ci/run installs Debian's postgresql package; the cluster runs as the 'postgres' system
    user when the tests run as root (PostgreSQL refuses to run as root).
    """
    import os
    import shutil
    import subprocess
    import tempfile

    initdb = shutil.which("initdb") or next(
        (str(p) for p in sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))), None
    )
    if initdb is None:
        pytest.skip("PostgreSQL server binaries (initdb) not found: apt-get install postgresql")
    bindir = Path(initdb).parent
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg not installed: pip install 'shopassist[postgres]'")
    # Not under pytest's tmp dir: that one is private to root, and the server runs as postgres.
    root = Path(tempfile.mkdtemp(prefix="shopassist-pg-"))
    data = root / "data"
    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            pytest.skip("running as root without runuser: cannot start PostgreSQL")
        shutil.chown(root, "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    port = free_port()
    subprocess.run(
        [*prefix, str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-w", "-o",
         f"-p {port} -h 127.0.0.1 -k {root}", "start"],
        check=True,
        capture_output=True,
    )  # fmt: skip
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)
