"""A real shopassist site for the browser tests: the helpers live in `assistant.testing` (shared
with the UI and load benchmarks, which must not import tests/)."""

from __future__ import annotations

from pathlib import Path

from assistant.testing import (
    CHROMIUM,
    CHROMIUM_ARGS,
    SHOPASSIST,
    SHOPPER_NEEDS,
    STAFF,
    free_port,
    prepare,
    running_site,
    site_env,
)

REPO = Path(__file__).resolve().parents[2]

__all__ = [
    "CHROMIUM",
    "CHROMIUM_ARGS",
    "REPO",
    "SHOPASSIST",
    "SHOPPER_NEEDS",
    "STAFF",
    "free_port",
    "prepare",
    "running_site",
    "site_env",
]
