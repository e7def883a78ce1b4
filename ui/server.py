"""One process serving the REST API (with /openapi.json), the staff sign-in page and the web UI:
`create_server(services)`, its uvicorn configuration, and the checks `shopassist serve` runs
before it starts."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI

from core.errors import ShopAssistError
from ui.api.app import create_api
from ui.http_policy import parse_origins, parse_proxies, uvicorn_proxy_options
from ui.services import Services

NO_STAFF_HINT = (
    "No staff accounts are set, so the Agent and Marketing tabs stay locked. Set them in the "
    "environment or in .env, for example:\n"
    "  SHOPASSIST_STAFF='ann:agent:CHOOSE-A-PASSWORD,mo:marketer:CHOOSE-ANOTHER'\n"
    "(roles: agent, marketer, admin; API keys: SHOPASSIST_API_KEYS='KEY:service')"
)


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


def create_server(
    services: Services, http: HttpSettings | None = None, *, web_ui: bool = True
) -> FastAPI:
    """The FastAPI app: the REST API and the sign-in page (`ui.api.app.create_api`), and the
    Gradio UI mounted at / (unless ``web_ui`` is False: the API workers of
    `shopassist serve --workers N`, see `ui.workers`).

    Every response, Gradio's included, follows ``http``'s CORS policy and carries the security
    headers of `ui.http_policy`.
    """
    http = http or HttpSettings()
    api = create_api(services, cors_origins=http.cors_origins)
    if not web_ui:
        return api

    from ui.web.app import CSS, create_app, mount_ui

    blocks = create_app(services)
    blocks.queue(default_concurrency_limit=4)
    return mount_ui(
        api, blocks, private=services.private_paths, path="/", css=CSS, ssr_mode=False,
        footer_links=["api"], show_error=False,
    )  # fmt: skip


GRACEFUL_SHUTDOWN_S = 20
"""On SIGTERM, how long requests in flight may finish before the server closes what is left
(a web page's event stream never ends by itself, and uvicorn would otherwise wait for it)."""


def uvicorn_options(http: HttpSettings | None = None, **options: Any) -> dict[str, Any]:
    """uvicorn's options for the server (one process or `ui.workers`' N): proxy headers
    believed only from ``http.trusted_proxies`` (none by default), long keep-alive, a bounded
    graceful shutdown (`GRACEFUL_SHUTDOWN_S`)."""
    http = http or HttpSettings()
    # keep-alive longer than clients' pools (and typical load balancers) keep idle connections,
    # so a client never reuses a connection the server has just closed
    return {
        "log_level": "warning",
        "timeout_keep_alive": 75,
        "timeout_graceful_shutdown": GRACEFUL_SHUTDOWN_S,
        **uvicorn_proxy_options(http.trusted_proxies),
        **options,
    }


def uvicorn_config(
    app: Any, host: str, port: int, http: HttpSettings | None = None, **options: Any
) -> Any:
    """The uvicorn config the server runs with (`uvicorn_options`)."""
    import uvicorn

    return uvicorn.Config(app, host=host, port=port, **uvicorn_options(http, **options))


def serve(
    services: Services, host: str = "127.0.0.1", port: int = 7860, http: HttpSettings | None = None
) -> None:
    """Run the server until interrupted (uvicorn, one process)."""
    import uvicorn

    app = create_server(services, http)  # `shopassist serve` printed NO_STAFF_HINT if needed
    uvicorn.Server(uvicorn_config(app, host, port, http)).run()
