"""Validated records of the catalog: products, behaviour events and users.

These are the boundary types: importers turn raw rows into them (or into a rejection with a
reason), the store persists them, every other layer reads them back.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Callable
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, TypeVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from core.validation import non_negative_number

MAX_ID_LENGTH = 128
MAX_TITLE_LENGTH = 1_000
MAX_TEXT_LENGTH = 20_000
MAX_BRAND_LENGTH = 200
MAX_CATEGORY_DEPTH = 12
_CONTROL_CHARS = re.compile(r"[\x00-\x1f]")
T = TypeVar("T")


class EventKind(StrEnum):
    """What a user did with an item."""

    VIEW = "view"
    CLICK = "click"
    CART = "cart"
    PURCHASE = "purchase"
    RATING = "rating"
    REVIEW = "review"
    RETURN = "return"


def _clean_id(value: Any, field: str) -> str:
    if value is None:
        raise ValueError(f"{field} is missing: every record needs a non-empty {field}")
    text = str(value).strip()
    if not text:
        raise ValueError(f"{field} is empty: every record needs a non-empty {field}")
    _at_most(text, field, MAX_ID_LENGTH)
    if _CONTROL_CHARS.search(text):
        raise ValueError(f"{field} contains control characters: remove them")
    return text


def _required_id(value: Any, info: ValidationInfo) -> str:
    return _clean_id(value, info.field_name or "id")


def _optional_id(value: Any, info: ValidationInfo) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return _clean_id(value, info.field_name or "id")


RecordId = Annotated[str, BeforeValidator(_required_id)]
"""A product, item or user id: stripped, non-empty, at most ``MAX_ID_LENGTH`` characters and no
control characters (a ValueError naming the field otherwise)."""
OptionalId = Annotated[str | None, BeforeValidator(_optional_id)]
"""A `RecordId` that may be missing: None, empty or blank become None."""


def _at_most(text: str, field: str, limit: int) -> str:
    """``text`` when it has at most ``limit`` characters; ValueError naming ``field`` if not."""
    if len(text) > limit:
        raise ValueError(f"{field} is {len(text):,} characters long: expected at most {limit:,}")
    return text


def _blank_is_none(parse: Callable[[Any], T]) -> BeforeValidator:
    """A field's validator: a missing or empty cell is None, anything else goes to ``parse``."""

    def validate(value: Any) -> T | None:
        return None if value is None or value == "" else parse(value)

    return BeforeValidator(validate)


def _price(value: Any) -> float:
    text = str(value).replace("$", "").replace(",", "").strip()
    return non_negative_number(text, "price", "12.99")


def _rating(value: Any) -> float:
    try:
        rating = float(value)
    except (TypeError, ValueError) as e:  # a list or an object is not a rating
        raise ValueError(f"rating: expected a number between 0 and 5, got {value!r}") from e
    if not 0 <= rating <= 5:  # NaN fails this too
        raise ValueError(f"rating is {rating}: expected a value between 0 and 5")
    return rating


def _event_value(value: Any) -> float:
    number = float(value)
    if math.isnan(number) or math.isinf(number):
        raise ValueError(f"value: expected a finite number, got {value!r}")
    return number


def _position(value: Any) -> int:
    position = int(value)
    if position < 0:
        raise ValueError(f"position is {position}: expected 0 or more")
    return position


class Product(BaseModel):
    """One catalog item.

    ``categories`` is the category path from the root ("Beauty", "Makeup", "Eyes"); ``attributes``
    holds any further facts (size, colour, sales rank) as JSON-compatible values.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: RecordId
    title: str = ""
    brand: str | None = None
    categories: list[str] = Field(default_factory=list)
    price: Annotated[float | None, _blank_is_none(_price)] = None
    description: str = ""
    attributes: dict[str, Any] = Field(default_factory=dict)
    rating: Annotated[float | None, _blank_is_none(_rating)] = None
    in_stock: bool = True

    @field_validator("title", "description", mode="before")
    @classmethod
    def _text(cls, value: Any) -> str:
        return "" if value is None else " ".join(str(value).split())

    @field_validator("title", "description")
    @classmethod
    def _length(cls, value: str, info: Any) -> str:
        limit = MAX_TITLE_LENGTH if info.field_name == "title" else MAX_TEXT_LENGTH
        return _at_most(value, info.field_name, limit)

    @field_validator("brand", mode="before")
    @classmethod
    def _brand(cls, value: Any) -> str | None:
        if value is None:
            return None
        return _at_most(" ".join(str(value).split()), "brand", MAX_BRAND_LENGTH) or None

    @field_validator("categories", mode="before")
    @classmethod
    def _categories(cls, value: Any) -> list[str]:
        if value is None or value == "":
            return []
        if isinstance(value, str):
            value = [part for part in value.split(">")]
        if not isinstance(value, list | tuple):
            raise ValueError(
                f"categories: expected a list of names or 'A > B > C', got {type(value).__name__}"
            )
        path = [" ".join(str(part).split()) for part in value]
        path = [part for part in path if part]
        if len(path) > MAX_CATEGORY_DEPTH:
            raise ValueError(
                f"categories has {len(path)} levels: expected at most {MAX_CATEGORY_DEPTH}"
            )
        return path

    @field_validator("attributes", mode="before")
    @classmethod
    def _attributes(cls, value: Any) -> dict[str, Any]:
        if value is None or value == "":
            return {}
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except json.JSONDecodeError as e:
                raise ValueError(f"attributes: expected a JSON object, got {value[:40]!r}") from e
        if not isinstance(value, dict):
            raise ValueError(f"attributes: expected a JSON object, got {type(value).__name__}")
        return value

    def content_hash(self) -> str:
        """A stable digest of every field, used to notice changed products."""
        payload = json.dumps(self.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        return hashlib.sha1(payload.encode("utf-8")).hexdigest()

    @property
    def category_path(self) -> str:
        """The category path joined with ' > ', as stored for prefix filtering."""
        return " > ".join(self.categories)

    @property
    def presentable(self) -> bool:
        """Whether the shop can show and sell it: a title to show and a price to sell at (a few
        catalog rows have neither). Only such records become picks, suggestions or cart items."""
        return bool(self.title.strip()) and self.price is not None


class Event(BaseModel):
    """One thing a user (or an anonymous basket) did with an item.

    Order is given by ``timestamp`` or, where only the order is known (as in the Amazon 5-core
    sequences), by ``position`` within the user's history. ``basket_id`` groups items bought
    together (an invoice); anonymous baskets have a basket id and no user id.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    user_id: OptionalId = None
    item_id: RecordId
    kind: EventKind
    value: Annotated[float | None, _blank_is_none(_event_value)] = None
    timestamp: datetime | None = None
    position: Annotated[int | None, _blank_is_none(_position)] = None
    basket_id: OptionalId = None

    @field_validator("kind", mode="before")
    @classmethod
    def _kind(cls, value: Any) -> EventKind:
        text = str(value).strip().lower() if value is not None else ""
        try:
            return EventKind(text)
        except ValueError as e:
            allowed = "|".join(kind.value for kind in EventKind)
            raise ValueError(f"kind: expected one of {allowed}, got {value!r}") from e

    @model_validator(mode="after")
    def _owner(self) -> Event:
        if self.user_id is None and self.basket_id is None:
            raise ValueError("user_id is missing: an event needs a user_id or a basket_id")
        return self

    def key(self) -> str:
        """A deterministic id: the same event imported twice gets the same key."""
        parts = [
            self.user_id or "",
            self.basket_id or "",
            self.item_id,
            self.kind.value,
            "" if self.timestamp is None else self.timestamp.isoformat(),
            "" if self.position is None else str(self.position),
        ]
        return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


class User(BaseModel):
    """A pseudonymous shopper known to the store."""

    model_config = ConfigDict(frozen=True)

    id: str
    created_at: datetime
    personalisation_opt_out: bool = False
