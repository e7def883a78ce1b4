"""The one mapping from exception type to HTTP status, and the app's error handlers.

Errors we raise on purpose (`core.errors.ShopAssistError`) become JSON ``{"detail": message}``
with the status of their kind; validation errors never echo the rejected input; nothing else
leaks a traceback.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from core.errors import ForbiddenError, NotFoundError, ShopAssistError, UnavailableError
from ui.auth import AuthError
from ui.limits import RateLimited

STATUS_BY_KIND: tuple[tuple[type[ShopAssistError], int], ...] = (
    (AuthError, 401),
    (ForbiddenError, 403),
    (NotFoundError, 404),
    (RateLimited, 429),
    (UnavailableError, 503),
)
"""The HTTP status of each kind of error (`core.errors`); any other `ShopAssistError` is 400."""
RETRY_AFTER_S = 5
"""What a 503 tells the client to wait before retrying (a busy or locked part)."""

# readable messages for the validation errors a client can cause with odd text
_ERROR_MESSAGES = {
    "string_unicode": "expected text in valid UTF-8, got a lone surrogate (an unpaired "
    "\\uD800-\\uDFFF escape); send the text as real characters",
}
_LOCATIONS = {"body", "query", "path", "header", "cookie"}


def status_of(exc: ShopAssistError) -> int:
    """The HTTP status for an error we raised on purpose, chosen by its type alone."""
    return next((status for kind, status in STATUS_BY_KIND if isinstance(exc, kind)), 400)


def retry_after(exc: ShopAssistError) -> str | None:
    """The Retry-After header of an error (seconds), or None when retrying will not help."""
    if isinstance(exc, RateLimited):
        return str(max(1, round(exc.retry_after)))
    return str(RETRY_AFTER_S) if status_of(exc) == 503 else None


def printable(text: object) -> str:
    """``text`` as a string that encodes to UTF-8 (lone surrogates become ``\\udfff``)."""
    return str(text).encode("utf-8", "backslashreplace").decode("utf-8")


def safe_validation_errors(errors: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Pydantic's errors without the rejected input (``input``, ``ctx``, ``url``): a password
    or odd text must never be echoed into a response or a log. Each message starts with the
    field it is about."""
    safe = []
    for error in errors:
        loc = [p if isinstance(p, int) else printable(p) for p in error.get("loc", ())]
        field = ".".join(str(p) for p in loc if p not in _LOCATIONS) or "request"
        kind = printable(error.get("type", "invalid"))
        message = _ERROR_MESSAGES.get(kind) or printable(error.get("msg", "invalid value"))
        safe.append({"loc": loc, "msg": f"{field}: {message}", "type": kind})
    return safe


async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
    return JSONResponse(status_code=422, content={"detail": safe_validation_errors(exc.errors())})


async def _known_error(_request: Request, exc: ShopAssistError) -> JSONResponse:
    wait = retry_after(exc)
    return JSONResponse(
        status_code=status_of(exc),
        content={"detail": printable(exc)},
        headers={"Retry-After": wait} if wait is not None else None,
    )


def install_error_handlers(app: FastAPI) -> None:
    """Answer validation errors and every `ShopAssistError` as readable JSON."""
    app.add_exception_handler(RequestValidationError, _invalid)  # type: ignore[arg-type]
    app.add_exception_handler(ShopAssistError, _known_error)  # type: ignore[arg-type]
