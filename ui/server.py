"""One process serving the REST API (with /openapi.json), the staff sign-in page and the UI."""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from assistant.api import CopyIn, create_api, end_session, set_session_cookie
from core.errors import ShopAssistError
from ui.auth import AuthError
from ui.http_policy import parse_origins, parse_proxies, uvicorn_proxy_options
from ui.limits import RateLimited, client_address
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


@dataclass(frozen=True)
class HttpSettings:
    """How the server faces browsers and proxies (from `Settings`, see `from_settings`).

    Attributes:
        cors_origins: browser origins allowed to call with credentials; none by default.
        trusted_proxies: IPs/CIDRs whose ``X-Forwarded-For`` is believed; none by default.
    """

    cors_origins: Sequence[str] = ()
    trusted_proxies: Sequence[str] = ()

    @classmethod
    def from_settings(cls, settings: Any) -> HttpSettings:
        """``SHOPASSIST_CORS_ORIGINS`` and ``SHOPASSIST_TRUSTED_PROXIES``, checked."""
        return cls(
            cors_origins=tuple(parse_origins(getattr(settings, "cors_origins", ""))),
            trusted_proxies=tuple(parse_proxies(getattr(settings, "trusted_proxies", ""))),
        )


def is_loopback(host: str) -> bool:
    """Does listening on ``host`` keep the server to this machine?"""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_demo_host(host: str, *, demo_sign_in: bool, allow_remote_demo: bool) -> None:
    """Refuse demo sign-in on an interface other machines can reach, unless asked for.

    Demo sign-in lists real customer ids in the page and lets any visitor act as them.

    Raises:
        ShopAssistError: demo sign-in on a non-loopback host without ``allow_remote_demo``.
    """
    if demo_sign_in and not is_loopback(host) and not allow_remote_demo:
        raise ShopAssistError(
            f"--host {host}: demo sign-in lets every visitor sign in as a demo customer and "
            "shows their customer ids, so it only listens on this machine (127.0.0.1). Use "
            "--host 127.0.0.1, turn demo sign-in off (SHOPASSIST_DEMO_SIGN_IN=false), or pass "
            "--allow-remote-demo if everyone who can reach this address may see those customers."
        )


def create_server(services: Services, http: HttpSettings | None = None) -> FastAPI:
    """The FastAPI app: REST API, /login and /logout, and the Gradio UI mounted at /.

    Every response, Gradio's included, follows ``http``'s CORS policy and carries the security
    headers of `ui.http_policy`.
    """
    http = http or HttpSettings()

    from ui.app import CSS, create_app, mount_ui

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
        cors_origins=http.cors_origins,
    )

    @api.get("/login", include_in_schema=False)
    def login_page(error: str | None = None) -> HTMLResponse:
        message = f'<p class="error" id="error">{escape(error)}</p>' if error else ""
        if not services.gate.accounts.has_staff:
            message += "<p>No staff accounts are configured (SHOPASSIST_STAFF).</p>"
        return HTMLResponse(LOGIN_PAGE.format(message=message))

    @api.post("/login", include_in_schema=False)
    def login_form(
        request: Request,
        name: str = Form(..., max_length=100),
        password: str = Form(..., max_length=200),
    ) -> Response:
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

    @api.get("/logout", include_in_schema=False)
    def logout_page(request: Request) -> Response:
        response = RedirectResponse("/", 303)
        end_session(request, response, services.gate)
        return response

    blocks = create_app(services)
    blocks.queue(default_concurrency_limit=4)
    return mount_ui(
        api, blocks, private=services.private_paths, path="/", css=CSS, ssr_mode=False,
        footer_links=["api"], show_error=False,
    )  # fmt: skip


def uvicorn_config(
    app: Any, host: str, port: int, http: HttpSettings | None = None, **options: Any
) -> Any:
    """The uvicorn config the server runs with: proxy headers believed only from
    ``http.trusted_proxies`` (none by default), long keep-alive."""
    import uvicorn

    http = http or HttpSettings()
    options = {"log_level": "warning", **options}
    # keep-alive longer than clients' pools (and typical load balancers) keep idle connections,
    # so a client never reuses a connection the server has just closed
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        timeout_keep_alive=75,
        **uvicorn_proxy_options(http.trusted_proxies),
        **options,
    )


def serve(
    services: Services, host: str = "127.0.0.1", port: int = 7860, http: HttpSettings | None = None
) -> None:
    """Run the server until interrupted (uvicorn, one process)."""
    import uvicorn

    app = create_server(services, http)  # `shopassist serve` printed NO_STAFF_HINT if needed
    uvicorn.Server(uvicorn_config(app, host, port, http)).run()
