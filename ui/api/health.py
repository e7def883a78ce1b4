"""``/health``: liveness and catalog size."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ui.api.deps import ServicesDep

router = APIRouter()


@router.get("/health")
def health(services: ServicesDep) -> dict[str, Any]:
    """Liveness and catalog size."""
    return {"status": "ok", "products": services.store.count("products")}
