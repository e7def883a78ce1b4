"""A throwaway redis-server on loopback for the shared rate-limit tests (skips without one)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from ui.testing import free_port

REDIS = shutil.which("redis-server") or shutil.which("valkey-server")


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2) as s:
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@contextmanager
def redis_server(port: int | None = None) -> Iterator[str]:
    """A redis-server (or valkey-server) on ``port`` (a free one by default), nothing saved to
    disk; yields its URL and stops it on exit. Skips the test when neither is installed
    (`apt-get install redis-server`; scripts/system-deps.sh installs it)."""
    if REDIS is None:
        pytest.skip("no redis-server or valkey-server on PATH (apt-get install redis-server)")
    port = port or free_port()
    args = [REDIS, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not _answers(port):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not start on port {port}")
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)
