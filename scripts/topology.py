"""The scaled-out topology as local processes, on loopback: PostgreSQL, a Chroma server, Redis
and N app workers (`shopassist serve`), all pointed at the same stores.

    .venv/bin/python scripts/topology.py --root /tmp/t --catalog ../shared/data/amazon-beauty-2014

This is the same topology as compose.yaml, for a machine without Docker (and what
tests/deploy/test_topology.py starts). With ``--catalog`` the catalog is imported into
PostgreSQL, embedded into the Chroma server and the models trained first (as an operator
would, from a data dir of its own); the trained ranker and the BM25 index are published in
PostgreSQL (``SHOPASSIST_ARTIFACT_STORE=sql``). Each worker has a data dir of its own: nothing
is shared through the disk. The URLs are printed; Ctrl+C stops everything.

Needs the PostgreSQL server binaries (``initdb``, ``pg_ctl``), ``redis-server`` (or
``valkey-server``) and the ``chroma`` CLI of the chromadb package (scripts/system-deps.sh and
``make install`` bring them).
"""

from __future__ import annotations

import argparse
import logging
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import IO

import httpx

logger = logging.getLogger("topology")

BIN = Path(sys.executable).parent
SHOPASSIST = str(BIN / "shopassist")
CHROMA = shutil.which("chroma") or str(BIN / "chroma")
REDIS = shutil.which("redis-server") or shutil.which("valkey-server")
TRAIN_MODELS = "popularity,itemcf,transitions"
"""Models trained when a catalog is given (fast ones; `shopassist train` picks on its own)."""


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.3):
            return True
    except OSError:
        return False


def _pg_bindir() -> Path:
    initdb = shutil.which("initdb") or next(
        (str(p) for p in sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))), None
    )
    if initdb is None:
        raise RuntimeError("no PostgreSQL server binaries (initdb): apt-get install postgresql")
    return Path(initdb).parent


class TopologyError(RuntimeError):
    """A part of the topology did not start."""


class Topology:
    """PostgreSQL, a Chroma server, Redis and ``workers`` app workers under ``root``.

    Args:
        root: folder for the logs, the Chroma data and each worker's data dir.
        workers: how many `shopassist serve` processes (one port each).
        env: more settings for the workers and the admin commands (``SHOPASSIST_*``).
        check_s: how often a worker looks for newer published artifacts.
        copy: serve with the language model (default: without, ``--no-copy``).
    """

    def __init__(
        self,
        root: Path,
        *,
        workers: int = 2,
        env: dict[str, str] | None = None,
        check_s: float = 10.0,
        copy: bool = False,
    ) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / "logs").mkdir(exist_ok=True)
        self.n_workers = workers
        self.extra_env = dict(env or {})
        self.check_s = check_s
        self.copy = copy
        self.secret_key = secrets.token_hex(32)
        self.database_url = ""
        self.chroma_url = ""
        self.redis_url = ""
        self._taken: set[int] = set()
        self.worker_ports = [0] * workers  # each chosen when the worker first starts
        self.workers: list[subprocess.Popen[bytes] | None] = [None] * workers
        self._processes: list[tuple[subprocess.Popen[bytes], IO[str]]] = []
        self._worker_logs: list[IO[str] | None] = [None] * workers
        self._pg: tuple[list[str], Path, Path] | None = None

    # -- the stores -------------------------------------------------------------------------

    def _spawn(
        self, name: str, args: list[str], env: dict[str, str] | None = None
    ) -> subprocess.Popen[bytes]:
        log = (self.root / "logs" / f"{name}.log").open("a")
        process = subprocess.Popen(
            args, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True
        )
        self._processes.append((process, log))
        return process

    def _wait_port(
        self, name: str, port: int, process: subprocess.Popen[bytes], timeout_s: float
    ) -> None:
        deadline = time.monotonic() + timeout_s
        while not _port_open(port):
            if process.poll() is not None:
                raise TopologyError(f"{name} exited with {process.returncode}: {self._tail(name)}")
            if time.monotonic() > deadline:
                raise TopologyError(f"{name} did not open port {port} within {timeout_s:.0f}s")
            time.sleep(0.2)

    def _port(self) -> int:
        """A free port no other part of this topology was given (a port is only reserved by
        the process that binds it later: two parts must not get the same one)."""
        while (port := free_port()) in self._taken:
            pass
        self._taken.add(port)
        return port

    def _tail(self, name: str, chars: int = 3000) -> str:
        """The end of a process's log, with the log's path."""
        log = self.root / "logs" / f"{name}.log"
        try:
            return f"{log} ends with:\n{log.read_text(errors='replace')[-chars:]}"
        except OSError:
            return f"no log at {log}"

    def start_postgres(self) -> str:
        """initdb + pg_ctl start on a free port (as the 'postgres' user when run as root)."""
        bindir = _pg_bindir()
        # not under root: the server may run as another user, who must be able to reach it
        folder = Path(tempfile.mkdtemp(prefix="shopassist-topology-pg-"))
        prefix: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(folder, "postgres")
            prefix = ["runuser", "-u", "postgres", "--"]
        data, port = folder / "data", self._port()
        subprocess.run([*prefix, str(bindir / "initdb"), "-D", str(data), "-U", "postgres",
                        "-A", "trust"], check=True, capture_output=True)  # fmt: skip
        self._pg = (prefix, bindir, data)
        subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-l",
                        str(folder / "log"), "-w", "-o", f"-p {port} -h 127.0.0.1 -k {folder}",
                        "start"], check=True, capture_output=True)  # fmt: skip
        self.database_url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        return self.database_url

    def start_chroma(self) -> str:
        """`chroma run` on a free port, its data under root."""
        if not Path(CHROMA).exists():
            raise TopologyError("the chroma CLI is not installed (pip install chromadb)")
        port = self._port()
        args = [CHROMA, "run", "--path", str(self.root / "chroma"), "--host", "127.0.0.1",
                "--port", str(port)]  # fmt: skip
        self._wait_port("chroma", port, self._spawn("chroma", args), 90)
        self.chroma_url = f"http://127.0.0.1:{port}"
        return self.chroma_url

    def start_redis(self) -> str:
        """redis-server (or valkey-server) on a free port, nothing saved to disk."""
        if REDIS is None:
            raise TopologyError(
                "no redis-server or valkey-server on PATH: apt-get install redis-server"
            )
        port = self._port()
        args = [
            REDIS,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ]
        self._wait_port("redis", port, self._spawn("redis", args), 20)
        self.redis_url = f"redis://127.0.0.1:{port}/0"
        return self.redis_url

    def start_stores(self) -> None:
        """PostgreSQL, the Chroma server and Redis."""
        self.start_postgres()
        self.start_chroma()
        self.start_redis()

    # -- settings -----------------------------------------------------------------------------

    def env(self, data_dir: Path) -> dict[str, str]:
        """The environment of a shopassist process with its own ``data_dir`` over the shared
        stores."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("SHOPASSIST_")}
        env.update(
            SHOPASSIST_DATA_DIR=str(data_dir),
            SHOPASSIST_CACHE_DIR=str(data_dir / "cache"),
            SHOPASSIST_DATABASE_URL=self.database_url,
            SHOPASSIST_CHROMA_URL=self.chroma_url,
            SHOPASSIST_RATE_LIMIT_URL=self.redis_url,
            SHOPASSIST_ARTIFACT_STORE="sql",
            SHOPASSIST_ARTIFACT_CHECK_S=str(self.check_s),
            SHOPASSIST_SECRET_KEY=self.secret_key,
            HF_HUB_OFFLINE="1",
            TRANSFORMERS_OFFLINE="1",
            **self.extra_env,
        )
        return env

    def admin(self, *args: str, timeout_s: float = 1800) -> str:
        """Run a `shopassist` command as the operator (its own data dir); its stdout."""
        done = subprocess.run(
            [SHOPASSIST, *args], env=self.env(self.root / "admin"), capture_output=True,
            text=True, timeout=timeout_s,
        )  # fmt: skip
        if done.returncode != 0:
            raise TopologyError(f"shopassist {' '.join(args)} failed:\n{done.stderr[-3000:]}")
        return done.stdout

    def prepare(self, catalog: Path, models: str = TRAIN_MODELS) -> None:
        """Import ``catalog``, embed it into the Chroma server, train and publish."""
        self.admin("data", "import", str(catalog))
        self.admin("index", "build", "--json")
        self.admin("train", "--models", models, "--json")

    # -- workers ------------------------------------------------------------------------------

    @property
    def urls(self) -> list[str]:
        """Each worker's URL."""
        return [f"http://127.0.0.1:{port}" for port in self.worker_ports]

    def start_worker(self, i: int) -> None:
        """Start worker ``i`` (on its own port; again after `stop_worker`, on the same one)."""
        if not self.worker_ports[i]:
            self.worker_ports[i] = self._port()
        args = [SHOPASSIST, "serve", "--port", str(self.worker_ports[i])]
        if not self.copy:
            args.append("--no-copy")
        log = (self.root / "logs" / f"worker-{i}.log").open("a")
        self._worker_logs[i] = log
        self.workers[i] = subprocess.Popen(
            args, env=self.env(self.root / f"worker-{i}"), stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip

    def wait_worker(self, i: int, timeout_s: float = 600) -> None:
        """Wait until worker ``i`` answers /health."""
        process, url = self.workers[i], self.urls[i]
        assert process is not None
        deadline = time.monotonic() + timeout_s
        while True:
            if process.poll() is not None:
                raise TopologyError(
                    f"worker {i} exited with {process.returncode}: {self._tail(f'worker-{i}')}"
                )
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise TopologyError(f"worker {i} did not answer /health within {timeout_s:.0f}s")
            time.sleep(0.5)

    def start_workers(self) -> list[str]:
        """Start every worker (at once) and wait until each answers; their URLs."""
        for i in range(self.n_workers):
            self.start_worker(i)
        for i in range(self.n_workers):
            self.wait_worker(i)
        return self.urls

    def stop_worker(self, i: int, *, kill: bool = False) -> None:
        """Stop worker ``i``: SIGTERM and wait, or SIGKILL at once (a crash)."""
        process, log = self.workers[i], self._worker_logs[i]
        if process is None:
            return
        if kill:
            process.kill()
        else:
            process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        if log is not None:
            log.close()
        self.workers[i] = None
        self._worker_logs[i] = None

    # -- all ----------------------------------------------------------------------------------

    def stop(self) -> None:
        """Stop the workers, Chroma and Redis, then PostgreSQL."""
        for i in range(self.n_workers):
            self.stop_worker(i)
        for process, log in reversed(self._processes):
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
            log.close()
        self._processes.clear()
        if self._pg is not None:
            prefix, bindir, data = self._pg
            subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
                           capture_output=True)  # fmt: skip
            shutil.rmtree(data.parent, ignore_errors=True)
            self._pg = None

    def __enter__(self) -> Topology:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, required=True, help="Folder for logs and data.")
    parser.add_argument("--catalog", type=Path, help="Import, index and train this first.")
    parser.add_argument("--workers", type=int, default=2, help="App workers (one port each).")
    parser.add_argument("--check-s", type=float, default=10.0, help="Artifact check interval.")
    parser.add_argument("--copy", action="store_true", help="Serve with the language model.")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)

    stop = False

    def on_signal(signum: int, _frame: object) -> None:
        nonlocal stop
        stop = True

    with Topology(args.root, workers=args.workers, check_s=args.check_s, copy=args.copy) as topo:
        topo.start_stores()
        logger.info("PostgreSQL %s", topo.database_url)
        logger.info("Chroma     %s", topo.chroma_url)
        logger.info("Redis      %s", topo.redis_url)
        if args.catalog is not None:
            logger.info("importing, indexing and training %s ...", args.catalog)
            topo.prepare(args.catalog)
        for url in topo.start_workers():
            logger.info("worker     %s", url)
        logger.info("logs in %s; Ctrl+C stops everything", args.root / "logs")
        signal.signal(signal.SIGINT, on_signal)
        signal.signal(signal.SIGTERM, on_signal)
        while not stop:
            time.sleep(0.5)
        logger.info("stopping ...")


if __name__ == "__main__":
    main()
