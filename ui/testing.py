"""Helpers to run a real shopassist site, for the browser tests and the UI and load benchmarks:
Beauty data, index, models, `shopassist serve` in a subprocess, and Debian's chromium for
Playwright, `free_port` and a throwaway Chroma server. Lives in the package (not in tests/) so
that bench/ never imports tests/.

Nothing here runs at import time; `prepare` and `running_site` start processes when called.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import httpx

SHOPASSIST = str(Path(sys.executable).with_name("shopassist"))
STAFF = "ann:agent:pw-ann,mo:marketer:pw-mo"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
"""Flags for a machine without network: no background calls home that would be refused."""
SHOPPER_NEEDS = [
    "a face moisturizer for dry skin",
    "shampoo for curly hair",
    "red nail polish",
    "a neutral eyeshadow palette",
    "perfume for women",
    "sunscreen for the face",
    "a gentle cleanser for oily skin",
    "hair dryer",
    "waterproof mascara",
    "body lotion for dry skin",
]
"""Needs a shopper might type, for the UI and load benchmarks."""


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def site_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """Environment of a site over ``data_dir`` with two staff accounts (agent ann, marketer mo)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SHOPASSIST_")}
    env.update(
        SHOPASSIST_DATA_DIR=str(data_dir),
        SHOPASSIST_STAFF=STAFF,
        SHOPASSIST_DEMO_SIGN_IN="1",
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        **extra,
    )
    return env


def prepare(data_dir: Path, beauty_dir: Path) -> Path:
    """Import Beauty, build the index and train fast models into ``data_dir`` (once)."""
    done = data_dir / ".prepared"
    if done.exists():
        return data_dir
    env = site_env(data_dir)
    for args in (
        ["data", "import", str(beauty_dir)],
        ["index", "build", "--json"],
        ["train", "--models", "popularity,itemcf,transitions", "--json"],
    ):
        subprocess.run([SHOPASSIST, *args], env=env, check=True, capture_output=True)
    done.touch()
    return data_dir


@contextmanager
def running_site(
    data_dir: Path,
    port: int,
    *,
    copy: bool = True,
    env: dict[str, str] | None = None,
    processes: list[subprocess.Popen[bytes]] | None = None,
) -> Iterator[str]:
    """`shopassist serve` on 127.0.0.1:port until the block ends; yields its URL once ready.

    ``env`` adds settings; the server process is appended to ``processes`` when given.
    """
    args = [SHOPASSIST, "serve", "--port", str(port)] + ([] if copy else ["--no-copy"])
    log = (data_dir / f"serve-{port}.log").open("w")
    process = subprocess.Popen(
        args, env=site_env(data_dir, **(env or {})), stdout=log, stderr=subprocess.STDOUT
    )
    if processes is not None:
        processes.append(process)
    url = f"http://127.0.0.1:{port}"
    try:
        if not wait_healthy(f"{url}/health", process, timeout_s=300):
            raise RuntimeError(f"serve exited: {(data_dir / f'serve-{port}.log').read_text()}")
        yield url
    finally:
        stop_process(process, log, timeout_s=20)


def wait_healthy(
    url: str, process: subprocess.Popen[bytes], *, timeout_s: float, every_s: float = 0.3
) -> bool:
    """Poll ``url`` every ``every_s`` seconds until it answers 200: True then, False when
    ``process`` exits first.

    Raises:
        RuntimeError: neither within ``timeout_s`` seconds.
    """
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return True
        except httpx.HTTPError:
            pass
        time.sleep(every_s)
    raise RuntimeError(f"{url} did not answer 200 within {timeout_s:g} s")


def start_chroma_server(
    path: Path, log: IO[str], *, timeout_s: float = 60
) -> tuple[subprocess.Popen[bytes], str]:
    """`chroma run` (the chromadb package's server) on a free loopback port, its data in
    ``path`` and its output in ``log``; returns the process and its URL once the port answers.

    Raises:
        RuntimeError: the CLI is missing, or the server exited or did not open its port within
            ``timeout_s`` (it is stopped then).
    """
    exe = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    if not Path(exe).exists():
        raise RuntimeError("the chroma CLI is not installed (pip install chromadb)")
    port = free_port()
    process = subprocess.Popen(
        [exe, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"chroma run exited with {process.returncode}: see its log")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return process, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.3)
    process.terminate()
    raise RuntimeError(f"chroma run did not open its port within {timeout_s:g} s")


def stop_process(process: subprocess.Popen[bytes], log: IO[str], *, timeout_s: float) -> None:
    """Terminate ``process`` (killed when it has not exited after ``timeout_s``), then close
    the ``log`` file it wrote to."""
    process.terminate()
    try:
        process.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()
