"""The staff sign-in and sign-out pages, for browsers: ``GET /login`` (the form), ``POST /login``
(its target), ``GET /logout`` (a button) and ``POST /logout`` (its target). The JSON API's own
routes are in `ui.api.auth`.

Signing out is a POST: a link or an image on another site makes the browser GET a page with the
session cookie (SameSite=Lax sends it on a top-level GET), but never sends it with another
site's POST, so no other site can sign a staff member out.

Signing in checks a form token (double submit): ``GET /login`` sets a random token in a
SameSite=Strict cookie and in the form's hidden ``csrf`` field, and ``POST /login`` signs in only
when the two match. Another site's form can post a name and password, but its post carries no
such cookie and it cannot read the token, so it cannot sign a browser in to an account of its
choosing (login CSRF)."""

from __future__ import annotations

import hmac
import logging
import re
import secrets
from html import escape
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ui.api.auth import end_session, set_session_cookie
from ui.api.deps import ServicesDep
from ui.auth import COOKIE, AuthError
from ui.limits import RateLimited, client_address

logger = logging.getLogger(__name__)

router = APIRouter(include_in_schema=False)

LOGIN_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>shopassist · staff sign-in</title>
<style>
 body {{ font-family: system-ui, sans-serif; max-width: 360px; margin: 10vh auto;
        padding: 0 16px; }}
 label {{ display: block; margin-top: 12px; }}
 input {{ width: 100%; padding: 8px; font-size: 1rem; box-sizing: border-box; }}
 button {{ margin-top: 16px; padding: 8px 16px; font-size: 1rem; }}
 .error {{ color: #b00020; }}
</style></head>
<body><h1>Staff sign-in</h1>{message}
<form method="post" action="/login">
 <input type="hidden" name="csrf" value="{token}">
 <label>Name <input name="name" id="name" autocomplete="username" required autofocus></label>
 <label>Password <input name="password" id="password" type="password"
   autocomplete="current-password" required></label>
 <button type="submit" id="sign-in">Sign in</button>
</form><p><a href="/">Back to the shop</a></p></body></html>"""


CSRF_COOKIE = "shopassist_csrf"
"""The sign-in form's token cookie (SameSite=Strict, HttpOnly, only sent to /login)."""
CSRF_SECONDS = 2 * 60 * 60
"""How long a sign-in form stays usable."""
FORM_EXPIRED = "The sign-in form expired or came from another site; please sign in again."


def _form_token(request: Request) -> str:
    """The browser's form token if it holds a well-formed one, else a new one."""
    held = request.cookies.get(CSRF_COOKIE, "")
    return held if re.fullmatch(r"[A-Za-z0-9_-]{43}", held) else secrets.token_urlsafe(32)


@router.get("/login")
def login_page(request: Request, services: ServicesDep, error: str | None = None) -> HTMLResponse:
    """The sign-in form, with the last attempt's error if any, and its form token."""
    message = f'<p class="error" id="error">{escape(error)}</p>' if error else ""
    if not services.gate.accounts.has_staff:
        message += "<p>No staff accounts are configured (SHOPASSIST_STAFF).</p>"
    token = _form_token(request)
    response = HTMLResponse(LOGIN_PAGE.format(message=message, token=token))
    response.set_cookie(
        CSRF_COOKIE, token, max_age=CSRF_SECONDS, path="/login", httponly=True, samesite="strict"
    )
    return response


@router.post("/login")
def login_form(
    request: Request,
    services: ServicesDep,
    name: str = Form(..., max_length=100),
    password: str = Form(..., max_length=200),
    csrf: str = Form("", max_length=100),
) -> Response:
    """Sign staff in from the form: back to the shop, or to the form with the reason. The
    form's token must match the browser's token cookie (see the module's docstring)."""
    held = request.cookies.get(CSRF_COOKIE, "")
    try:
        services.limits.check_sign_in(client_address(request), name)
        if not csrf or not hmac.compare_digest(csrf.encode(), held.encode()):
            return RedirectResponse(f"/login?error={quote(FORM_EXPIRED)}", 303)
        principal = services.gate.accounts.login(name, password)
    except RateLimited as e:
        return RedirectResponse(f"/login?error={quote(str(e))}", 303)
    except AuthError:
        return RedirectResponse("/login?error=Unknown+name+or+wrong+password", 303)
    response = RedirectResponse("/", 303)
    set_session_cookie(response, services.gate, principal)
    logger.info("staff sign-in: %s (%s)", principal.name, principal.role.value)
    return response


LOGOUT_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>shopassist · sign out</title>
<style>
 body {{ font-family: system-ui, sans-serif; max-width: 360px; margin: 10vh auto;
        padding: 0 16px; }}
 button {{ margin-top: 16px; padding: 8px 16px; font-size: 1rem; }}
</style></head>
<body><h1>Sign out</h1><p>{message}</p>
<form method="post" action="/logout">
 <button type="submit" id="sign-out">Sign out</button>
</form><p><a href="/">Back to the shop</a></p></body></html>"""


@router.get("/logout")
def logout_page(request: Request, services: ServicesDep) -> HTMLResponse:
    """Ask before signing out: the page's button posts to ``POST /logout``."""
    principal = services.principal(request.headers, request.cookies)
    message = (
        f"Signed in as {escape(principal.name or '')}."
        if principal.is_staff
        else "You are not signed in."
    )
    return HTMLResponse(LOGOUT_PAGE.format(message=message))


@router.post("/logout")
def logout_form(request: Request, services: ServicesDep) -> Response:
    """Sign out (the page's button) and go back to the shop; a post without the session cookie,
    as another site's would be, changes nothing."""
    response = RedirectResponse("/", 303)
    if COOKIE in request.cookies:
        end_session(request, response, services.gate)
    return response
