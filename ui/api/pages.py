"""The staff sign-in page: ``GET /login`` (the form), ``POST /login`` (the form's target) and
``GET /logout``, for browsers (the JSON API's own routes are in `ui.api.auth`)."""

from __future__ import annotations

import logging
from html import escape
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ui.api.auth import end_session, set_session_cookie
from ui.api.deps import ServicesDep
from ui.auth import AuthError
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
 <label>Name <input name="name" id="name" autocomplete="username" required autofocus></label>
 <label>Password <input name="password" id="password" type="password"
   autocomplete="current-password" required></label>
 <button type="submit" id="sign-in">Sign in</button>
</form><p><a href="/">Back to the shop</a></p></body></html>"""


@router.get("/login")
def login_page(services: ServicesDep, error: str | None = None) -> HTMLResponse:
    """The sign-in form, with the last attempt's error if any."""
    message = f'<p class="error" id="error">{escape(error)}</p>' if error else ""
    if not services.gate.accounts.has_staff:
        message += "<p>No staff accounts are configured (SHOPASSIST_STAFF).</p>"
    return HTMLResponse(LOGIN_PAGE.format(message=message))


@router.post("/login")
def login_form(
    request: Request,
    services: ServicesDep,
    name: str = Form(..., max_length=100),
    password: str = Form(..., max_length=200),
) -> Response:
    """Sign staff in from the form: back to the shop, or to the form with the reason."""
    try:
        services.limits.check_sign_in(client_address(request), name)
        principal = services.gate.accounts.login(name, password)
    except RateLimited as e:
        return RedirectResponse(f"/login?error={quote(str(e))}", 303)
    except AuthError:
        return RedirectResponse("/login?error=Unknown+name+or+wrong+password", 303)
    response = RedirectResponse("/", 303)
    set_session_cookie(response, services.gate, principal)
    logger.info("staff sign-in: %s (%s)", principal.name, principal.role.value)
    return response


@router.get("/logout")
def logout_page(request: Request, services: ServicesDep) -> Response:
    """Sign out and go back to the shop."""
    response = RedirectResponse("/", 303)
    end_session(request, response, services.gate)
    return response
