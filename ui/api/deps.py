"""What every router shares: the services the app holds, who is calling, the access checks,
the rate limits, and the text type of request fields.

Who may do what (`ui.auth`): anyone may chat anonymously; chatting, giving feedback or reading
a profile as customer X needs X's signed session cookie, an agent or admin session, or a
service API key; marketing copy needs a marketer, admin or service key.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request
from pydantic import AfterValidator
from pydantic_core import PydanticCustomError

from ui.auth import AuthError, Principal, Role
from ui.limits import client_address
from ui.services import Services


def _valid_text(value: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate ("\\udfff"): valid JSON, not valid text
        raise PydanticCustomError("string_unicode", "expected valid UTF-8 text") from None
    return value


Text = Annotated[str, AfterValidator(_valid_text)]
"""A string field that refuses lone surrogates (422 naming the field, never a 500 later)."""


def services_of(request: Request) -> Services:
    """The `Services` the app was created over (`create_api`)."""
    return request.app.state.services


ServicesDep = Annotated[Services, Depends(services_of)]


def caller(request: Request, services: ServicesDep) -> Principal:
    """Who is calling: an API key, a session cookie, or an anonymous shopper (401 for an
    unknown API key)."""
    try:
        return services.gate.principal(request.headers, request.cookies)
    except AuthError as e:
        raise HTTPException(401, str(e)) from None


Caller = Annotated[Principal, Depends(caller)]


def acting_as(principal: Principal, user_id: str | None) -> None:
    """403 unless ``principal`` may chat or give feedback as ``user_id``."""
    if not principal.can_act_as(user_id):
        raise HTTPException(
            403, f"user_id: you are not signed in as {user_id!r}; sign in or omit user_id"
        )


def may_see(principal: Principal, user_id: str) -> None:
    """403 unless ``principal`` may read or clear ``user_id``'s data."""
    if not principal.can_see_customer(user_id):
        raise HTTPException(403, f"user_id: you may not see customer {user_id!r}'s data")


def may_write_copy(principal: Principal) -> None:
    """403 unless ``principal`` may write marketing copy."""
    if not principal.can_write_copy:
        raise HTTPException(403, "copy: needs a marketer or admin sign-in or a service key")


def throttle(
    request: Request, services: Services, principal: Principal, session_id: str | None = None
) -> None:
    """Count the request against its API key, or its address and chat session
    (`ui.limits.RateLimited`, a 429, when over)."""
    limits = services.limits
    if principal.role is Role.SERVICE:
        limits.per_key.check(f"key:{principal.name}", "requests for this API key")
        return
    limits.per_address.check(f"addr:{client_address(request)}", "requests from your address")
    if session_id:
        limits.per_session.check(f"session:{session_id}", "messages in this chat")
