"""The shopper's request the structured-output tests fill: its schema and the chat it comes from."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, Field


class Intent(StrEnum):
    search = "search"
    refine = "refine"
    compare = "compare"
    other = "other"


class Request(BaseModel):
    intent: Intent
    category: str | None = Field(default=None, max_length=30)
    price_max: float | None = None
    brands: list[Annotated[str, Field(max_length=20)]] = Field(default_factory=list, max_length=3)


MESSAGES = [
    {"role": "system", "content": "Fill the shopper's request as JSON."},
    {"role": "user", "content": "A moisturiser for dry skin under $30, maybe CeraVe or Olay."},
]
