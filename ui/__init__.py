"""The Gradio web app: a thin adapter over `assistant` (nothing imports this package)."""

from __future__ import annotations

from typing import Any


def create_app(services: Any) -> Any:
    """`ui.app.create_app`, imported on first use (Gradio is slow to import)."""
    from ui.app import create_app as create

    return create(services)
