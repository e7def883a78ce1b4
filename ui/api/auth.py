"""``/auth``: staff sign-in and sign-out, who am I, and demo-customer sign-in."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request, Response
from pydantic import BaseModel, Field

from ui.api.deps import Caller, ServicesDep, Text, throttle
from ui.auth import ANONYMOUS, COOKIE, SESSION_SECONDS, Gate, Principal, Role
from ui.limits import client_address

router = APIRouter(prefix="/auth")


class LoginIn(BaseModel):
    """Staff credentials (from SHOPASSIST_STAFF)."""

    name: Text = Field(..., min_length=1, max_length=100)
    password: Text = Field(..., min_length=1, max_length=200)


class DemoCustomerIn(BaseModel):
    """A demo customer to sign in as (only when SHOPASSIST_DEMO_SIGN_IN is on)."""

    user_id: Text = Field(..., min_length=1, max_length=128)


def set_session_cookie(response: Response, gate: Gate, principal: Principal) -> None:
    """Open a session for ``principal`` and set its cookie (HttpOnly, SameSite=Lax)."""
    response.set_cookie(
        COOKIE,
        gate.issue(principal),
        max_age=SESSION_SECONDS,
        httponly=True,
        samesite="lax",
    )


def end_session(request: Request, response: Response, gate: Gate) -> None:
    """Revoke the session the request's cookie names (if any) and clear the cookie."""
    gate.revoke(request.cookies.get(COOKIE))
    response.delete_cookie(COOKIE, httponly=True, samesite="lax")


@router.post("/login")
def login(
    body: LoginIn, request: Request, response: Response, services: ServicesDep
) -> dict[str, str]:
    """Sign staff in: sets the session cookie. Accounts come from SHOPASSIST_STAFF.

    Limited per address and per account name (429 with Retry-After)."""
    services.limits.check_sign_in(client_address(request), body.name)
    principal = services.gate.accounts.login(body.name, body.password)
    set_session_cookie(response, services.gate, principal)
    return {"name": body.name, "role": principal.role.value}


@router.post("/logout")
def logout(request: Request, response: Response, services: ServicesDep) -> dict[str, str]:
    """End the session: the server forgets it, so the cookie no longer works anywhere."""
    end_session(request, response, services.gate)
    return {"status": "signed out"}


@router.get("/me")
def me(principal: Caller) -> dict[str, Any]:
    """Who the server thinks you are."""
    return {"role": principal.role.value, "name": principal.name, "user_id": principal.user_id}


@router.post("/demo-customer")
def demo_customer(
    body: DemoCustomerIn, request: Request, response: Response, services: ServicesDep
) -> dict[str, str]:
    """Sign a shopper in as a demo customer (demo mode only)."""
    if not services.demo_customers:
        raise HTTPException(404, "demo sign-in is off (SHOPASSIST_DEMO_SIGN_IN)")
    throttle(request, services, ANONYMOUS)  # each sign-in stores a session: not without limit
    if body.user_id not in services.demo_customers:
        raise HTTPException(400, f"user_id: {body.user_id!r} is not a demo customer")
    set_session_cookie(response, services.gate, Principal(role=Role.SHOPPER, user_id=body.user_id))
    return {"user_id": body.user_id}
