"""One process serving the REST API (with /openapi.json), the staff sign-in page and the UI."""

from __future__ import annotations

import logging
from html import escape
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from assistant.api import CopyIn, create_api, set_session_cookie
from assistant.auth import COOKIE, AuthError
from assistant.limits import RateLimited
from ui.services import Services

logger = logging.getLogger(__name__)

NO_STAFF_HINT = (
    "No staff accounts are set, so the Agent and Marketing tabs stay locked. Set them in the "
    "environment or in .env, for example:\n"
    "  SHOPASSIST_STAFF='ann:agent:CHOOSE-A-PASSWORD,mo:marketer:CHOOSE-ANOTHER'\n"
    "(roles: agent, marketer, admin; API keys: SHOPASSIST_API_KEYS='KEY:service')"
)

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


def _copy_writer(services: Services) -> Any:
    if services.copywriter is None:
        return None

    def write(body: CopyIn) -> list[dict[str, Any]]:
        from assistant.copy.audience import customer_facts, segment_facts
        from assistant.copy.batch import write_batch

        products = services.store.get_products(body.item_ids)
        audience = None
        if body.user_id:
            audience = customer_facts(services.store, body.user_id)
        elif body.segment:
            audience = segment_facts(services.store, body.segment)
        return write_batch(
            services.copywriter,
            products,
            audience=audience,
            channel=body.channel,
            tone=body.tone,
            variants=body.variants,
        )

    return write


def create_server(services: Services) -> FastAPI:
    """The FastAPI app: REST API, /login and /logout, and the Gradio UI mounted at /."""
    import gradio as gr

    from ui.app import CSS, create_app

    def recommend(user_id: str, k: int) -> list[dict[str, Any]]:
        if services.suggester is None:
            return []
        return [s.to_json() for s in services.suggester.for_user(user_id, k)]

    api = create_api(
        services.assistant,
        gate=services.gate,
        recommend=recommend if services.suggester is not None else None,
        write_copy=_copy_writer(services),
        demo_customers=(lambda: services.demo_customers) if services.demo_customers else None,
        limits=services.limits,
    )

    @api.get("/login", include_in_schema=False)
    def login_page(error: str | None = None) -> HTMLResponse:
        message = f'<p class="error" id="error">{escape(error)}</p>' if error else ""
        if not services.gate.accounts.has_staff:
            message += "<p>No staff accounts are configured (SHOPASSIST_STAFF).</p>"
        return HTMLResponse(LOGIN_PAGE.format(message=message))

    @api.post("/login", include_in_schema=False)
    def login_form(request: Request, name: str = Form(...), password: str = Form(...)) -> Response:
        address = request.client.host if request.client else "unknown"
        try:
            services.limits.sign_in.check(f"addr:{address}", "sign-in attempts")
            principal = services.gate.accounts.login(name, password)
        except RateLimited as e:
            return RedirectResponse(f"/login?error={quote(str(e))}", 303)
        except AuthError:
            return RedirectResponse("/login?error=Unknown+name+or+wrong+password", 303)
        response = RedirectResponse("/", 303)
        set_session_cookie(response, services.gate, principal)
        logger.info("staff sign-in: %s (%s)", principal.name, principal.role.value)
        return response

    @api.get("/logout", include_in_schema=False)
    def logout_page() -> Response:
        response = RedirectResponse("/", 303)
        response.delete_cookie(COOKIE)
        return response

    blocks = create_app(services)
    blocks.queue(default_concurrency_limit=4)
    return gr.mount_gradio_app(
        api, blocks, path="/", css=CSS, ssr_mode=False, footer_links=["api"], show_error=False
    )


def serve(services: Services, host: str = "127.0.0.1", port: int = 7860) -> None:
    """Run the server until interrupted (uvicorn, one process)."""
    import uvicorn

    app = create_server(services)  # `shopassist serve` has printed NO_STAFF_HINT when needed
    # keep-alive longer than clients' pools (and typical load balancers) keep idle connections,
    # so a client never reuses a connection the server has just closed
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_keep_alive=75)
