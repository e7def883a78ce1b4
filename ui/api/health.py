"""``/health``: liveness, catalog size and the artifact versions this worker serves."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ui.api.deps import ServicesDep

router = APIRouter()


@router.get("/health")
def health(services: ServicesDep) -> dict[str, Any]:
    """Liveness, catalog size and the version of each published artifact this worker serves
    (``artifacts``: name -> version, null when loaded before any publication)."""
    out: dict[str, Any] = {"status": "ok", "products": services.store.count("products")}
    if services.artifacts is not None:
        out["artifacts"] = services.artifacts.versions()
    return out
