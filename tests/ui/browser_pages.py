"""What the browser tests share: where their screenshots go (`ARTIFACTS`) and a message sent
in the chat box (`send`)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from tests.paths import REPO

ARTIFACTS = Path(os.environ.get("SHOPASSIST_TEST_ARTIFACTS", REPO / "test-artifacts")) / "ui"


def send(page: Any, text: str) -> None:
    """Type ``text`` into the chat box of ``page`` and send it."""
    box = page.locator("#message textarea")
    box.fill(text)
    box.press("Enter")
