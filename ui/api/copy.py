"""``/copy``: grounded marketing copy for products, per channel and tone."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, Field

from assistant.copy.audience import audience_of
from assistant.copy.batch import write_batch
from ui.api.deps import Caller, ServicesDep, Text, may_write_copy, throttle

router = APIRouter()


class CopyIn(BaseModel):
    """A request for marketing copy."""

    item_ids: list[Text] = Field(..., min_length=1, max_length=50)
    user_id: Text | None = Field(None, max_length=128)
    segment: Text | None = Field(None, max_length=100)
    channel: Literal["email", "push", "sms", "banner"] = "email"
    tone: Literal["friendly", "premium", "playful", "urgent"] = "friendly"
    variants: int = Field(1, ge=1, le=5)


@router.post("/copy")
def copy(
    body: CopyIn, request: Request, services: ServicesDep, principal: Caller
) -> dict[str, Any]:
    """Grounded marketing copy for products, per channel and tone."""
    may_write_copy(principal)
    throttle(request, services, principal)
    if services.copywriter is None:
        raise HTTPException(503, "copy needs the language model: it is not configured")
    products = services.store.get_products(body.item_ids)
    copies = write_batch(
        services.copywriter,
        products,
        audience=audience_of(services.store, user_id=body.user_id, segment=body.segment),
        channel=body.channel,
        tone=body.tone,
        variants=body.variants,
    )
    return {"copies": copies}
