"""`create_api(services) -> FastAPI`: the REST API (with /openapi.json) and the staff sign-in
page, from ready services. Launching it (uvicorn, with the Gradio UI mounted beside it) is
`ui.server`'s business."""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import FastAPI

from ui.api import auth, chat, copy, health, pages, users
from ui.api.errors import install_error_handlers
from ui.http_policy import apply_http_policy
from ui.limits import BodySizeLimit
from ui.services import Services

ROUTERS = (auth.router, health.router, chat.router, users.router, copy.router, pages.router)
"""Every router of the API, in the order of the OpenAPI document."""


def create_api(
    services: Services, *, cors_origins: Sequence[str] = (), title: str = "shopassist"
) -> FastAPI:
    """The REST API over ``services``: every router, the body-size cap, the CORS policy and
    security headers (`ui.http_policy`), and the error handlers (`ui.api.errors`).

    Args:
        services: what the routers use (`ui.compose.build_services` in a server); demo
            sign-in (``POST /auth/demo-customer``) is on when ``services.demo_customers`` is
            not empty (a demo feature: never for a real shop).
        cors_origins: browser origins allowed to call with credentials (default: none).
        title: the OpenAPI title.
    """
    app = FastAPI(title=title, version="0.1.0", description="Conversational shopping assistant.")
    app.state.services = services
    app.add_middleware(BodySizeLimit, max_bytes=services.limits.max_body_bytes)
    apply_http_policy(app, cors_origins)
    install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    return app
