"""What the served app tells browsers and believes from proxies: CORS, security headers, and
which proxies may say who the client is.

Defaults are closed: no cross-origin access (a browser on another site can neither read a
response nor get a preflight through), every response carries a Content-Security-Policy and
frame, sniffing and referrer rules, and ``X-Forwarded-For`` is ignored unless the connection
comes from a configured proxy.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from starlette.middleware.cors import CORSMiddleware

from core.errors import ShopAssistError

# Gradio's page keeps its config and start-up code in inline <script> and style attributes, and
# its HTML component compiles templates with `new Function` (without 'unsafe-eval' every card
# shows "Error rendering HTML"), so scripts need 'unsafe-inline' 'unsafe-eval' and styles
# 'unsafe-inline'. Everything else is this origin only: the policy is what stops injected
# markup from loading or sending anything elsewhere (img, connect, form, frame, base).
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "media-src 'self' data: blob:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)

SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
}


class SecurityHeaders:
    """ASGI middleware: put `SECURITY_HEADERS` on every HTTP response (replacing any the app
    set itself, so no route can weaken them)."""

    def __init__(self, app: Any, headers: dict[str, str] | None = None) -> None:
        self.app = app
        self.headers = [
            (k.lower().encode("latin-1"), v.encode("latin-1"))
            for k, v in (headers or SECURITY_HEADERS).items()
        ]
        self.names = {k for k, _ in self.headers}

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                kept = [
                    (k, v) for k, v in message.get("headers", []) if k.lower() not in self.names
                ]
                message = {**message, "headers": kept + self.headers}
            await send(message)

        await self.app(scope, receive, with_headers)


def parse_origins(raw: str | Sequence[str] | None) -> list[str]:
    """Origins from ``SHOPASSIST_CORS_ORIGINS`` (comma-separated ``scheme://host[:port]``).

    Raises:
        ShopAssistError: a wildcard, a path, or something that is not an http(s) origin.
    """
    items = raw.split(",") if isinstance(raw, str) else list(raw or [])
    origins = []
    for item in (i.strip() for i in items):
        if not item:
            continue
        parts = urlsplit(item)
        if (
            item == "*"
            or parts.scheme not in ("http", "https")
            or not parts.hostname
            or parts.path not in ("", "/")
            or parts.query
            or parts.fragment
        ):
            raise ShopAssistError(
                f"SHOPASSIST_CORS_ORIGINS: expected origins like https://shop.example.com "
                f"(scheme, host, optional port; no '*', no path), got {item!r}"
            )
        origins.append(item.rstrip("/"))
    return origins


def parse_proxies(raw: str | Sequence[str] | None) -> list[str]:
    """Proxy addresses from ``SHOPASSIST_TRUSTED_PROXIES`` (comma-separated IPs or CIDRs).

    Raises:
        ShopAssistError: an entry that is not an IP address or network (a wildcard included:
            trusting every peer would let any client choose its own address).
    """
    items = raw.split(",") if isinstance(raw, str) else list(raw or [])
    proxies = []
    for item in (i.strip() for i in items):
        if not item:
            continue
        try:
            ipaddress.ip_network(item, strict=False)
        except ValueError:
            raise ShopAssistError(
                f"SHOPASSIST_TRUSTED_PROXIES: expected IP addresses or networks such as "
                f"127.0.0.1 or 10.0.0.0/8, got {item!r}"
            ) from None
        proxies.append(item)
    return proxies


def uvicorn_proxy_options(trusted_proxies: Sequence[str]) -> dict[str, Any]:
    """uvicorn's ``proxy_headers`` / ``forwarded_allow_ips`` for these proxies: off when there
    are none (uvicorn's own default trusts 127.0.0.1, so a local caller could pick any
    address and dodge the per-address limits)."""
    if not trusted_proxies:
        return {"proxy_headers": False}
    return {"proxy_headers": True, "forwarded_allow_ips": list(trusted_proxies)}


def apply_http_policy(app: Any, cors_origins: Sequence[str] = ()) -> None:
    """Add the CORS policy and the security headers to a Starlette/FastAPI app.

    Starlette's `CORSMiddleware` answers preflights: from a listed origin with the methods and
    headers the API uses, from any other origin with 400; responses carry
    ``Access-Control-Allow-Origin`` only for listed origins. Gradio, mounted inside this app,
    sees the parent's CORS middleware and leaves CORS to it (its own would reflect any origin).
    """
    app.add_middleware(
        CORSMiddleware,
        allow_origins=list(cors_origins),
        allow_credentials=True,
        allow_methods=["GET", "POST", "DELETE"],
        allow_headers=["Authorization", "Content-Type"],
        max_age=600,
    )
    app.add_middleware(SecurityHeaders)  # outermost: also on CORS refusals and 413s
