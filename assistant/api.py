"""The REST API (FastAPI): chat, feedback, profile, recommendations, copy, sign-in and health.

`create_api(...)` builds the app from ready components; launching it (uvicorn, or mounted beside
the Gradio UI) is the caller's business. Errors we raise on purpose become 4xx JSON with the
message; nothing else leaks a traceback.

Who may do what (`ui.auth`): anyone may chat anonymously; chatting, giving feedback or
reading a profile as customer X needs X's signed session cookie, an agent or admin session, or a
service API key; marketing copy needs a marketer, admin or service key.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import AfterValidator, BaseModel, Field
from pydantic_core import PydanticCustomError

from assistant.conversation import Conversation
from assistant.dialogue.turn import TurnEvent
from assistant.profiles import clear_profile, load_profile
from core.errors import ForbiddenError, NotFoundError, ShopAssistError, UnavailableError
from ui.auth import (
    ANONYMOUS,
    COOKIE,
    SESSION_SECONDS,
    Accounts,
    AuthError,
    CookieSigner,
    Gate,
    Principal,
    Role,
)
from ui.http_policy import apply_http_policy
from ui.limits import ApiLimits, BodySizeLimit, RateLimited, client_address

MAX_MESSAGE = 4_000


def _valid_text(value: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate ("\\udfff"): valid JSON, not valid text
        raise PydanticCustomError("string_unicode", "expected valid UTF-8 text") from None
    return value


Text = Annotated[str, AfterValidator(_valid_text)]
"""A string field that refuses lone surrogates (422 naming the field, never a 500 later)."""


class ChatIn(BaseModel):
    """One shopper message."""

    message: Text = Field(..., max_length=MAX_MESSAGE, description="What the shopper wrote.")
    session_id: Text | None = Field(
        None, pattern=r"^[A-Za-z0-9_-]{8,64}$", description="Omit to start a new session."
    )
    user_id: Text | None = Field(None, max_length=128, description="Signed-in shopper, if any.")


class FeedbackIn(BaseModel):
    """A click on a product card."""

    session_id: Text = Field(..., pattern=r"^[A-Za-z0-9_-]{8,64}$")
    user_id: Text | None = Field(None, max_length=128)
    item_id: Text = Field(..., min_length=1, max_length=128)
    kind: Literal["like", "dislike", "cart"]


class CopyIn(BaseModel):
    """A request for marketing copy."""

    item_ids: list[Text] = Field(..., min_length=1, max_length=50)
    user_id: Text | None = Field(None, max_length=128)
    segment: Text | None = Field(None, max_length=100)
    channel: Literal["email", "push", "sms", "banner"] = "email"
    tone: Literal["friendly", "premium", "playful", "urgent"] = "friendly"
    variants: int = Field(1, ge=1, le=5)


class LoginIn(BaseModel):
    """Staff credentials (from SHOPASSIST_STAFF)."""

    name: Text = Field(..., min_length=1, max_length=100)
    password: Text = Field(..., min_length=1, max_length=200)


class DemoCustomerIn(BaseModel):
    """A demo customer to sign in as (only when SHOPASSIST_DEMO_SIGN_IN is on)."""

    user_id: Text = Field(..., min_length=1, max_length=128)


Recommender = Callable[[str, int], list[dict[str, Any]]]
CopyWriter = Callable[[CopyIn], list[dict[str, Any]]]


def _sse(events: Iterator[TurnEvent], session_id: str) -> Iterator[str]:
    for event in events:
        data = event.data
        if event.kind == "picks":
            data = [asdict(p) for p in data]
        elif event.kind == "done":
            data = {**data.to_json(), "session_id": session_id}
        yield f"event: {event.kind}\ndata: {json.dumps(data, default=str)}\n\n"


def open_gate() -> Gate:
    """A gate with no accounts or keys, a random signing key and in-memory sessions (tests,
    local scripts)."""
    import secrets

    return Gate(Accounts(), CookieSigner(secrets.token_bytes(32)))


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


# readable messages for the validation errors a client can cause with odd text
_ERROR_MESSAGES = {
    "string_unicode": "expected text in valid UTF-8, got a lone surrogate (an unpaired "
    "\\uD800-\\uDFFF escape); send the text as real characters",
}
_LOCATIONS = {"body", "query", "path", "header", "cookie"}


def _printable(text: object) -> str:
    """``text`` as a string that encodes to UTF-8 (lone surrogates become ``\\udfff``)."""
    return str(text).encode("utf-8", "backslashreplace").decode("utf-8")


def safe_validation_errors(errors: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Pydantic's errors without the rejected input (``input``, ``ctx``, ``url``): a password
    or odd text must never be echoed into a response or a log. Each message starts with the
    field it is about."""
    safe = []
    for error in errors:
        loc = [p if isinstance(p, int) else _printable(p) for p in error.get("loc", ())]
        field = ".".join(str(p) for p in loc if p not in _LOCATIONS) or "request"
        kind = _printable(error.get("type", "invalid"))
        message = _ERROR_MESSAGES.get(kind) or _printable(error.get("msg", "invalid value"))
        safe.append({"loc": loc, "msg": f"{field}: {message}", "type": kind})
    return safe


STATUS_BY_KIND: tuple[tuple[type[ShopAssistError], int], ...] = (
    (AuthError, 401),
    (ForbiddenError, 403),
    (NotFoundError, 404),
    (UnavailableError, 503),
)
"""The HTTP status of each kind of error (`core.errors`); any other `ShopAssistError` is 400."""


def status_of(exc: ShopAssistError) -> int:
    """The HTTP status for an error we raised on purpose, chosen by its type alone."""
    return next((status for kind, status in STATUS_BY_KIND if isinstance(exc, kind)), 400)


def create_api(
    assistant: Conversation,
    *,
    gate: Gate | None = None,
    recommend: Recommender | None = None,
    write_copy: CopyWriter | None = None,
    demo_customers: Callable[[], list[str]] | None = None,
    limits: ApiLimits | None = None,
    cors_origins: Sequence[str] = (),
    title: str = "shopassist",
) -> FastAPI:
    """The REST API over an assistant (and optional recommender and copywriter).

    Args:
        assistant: serves chat turns and feedback; its store answers profile questions.
        gate: who is calling (accounts, API keys, cookie signer); default: `open_gate()`.
        recommend: ``(user_id, k) -> [pick dicts]`` for /users/{id}/recommendations.
        write_copy: ``CopyIn -> [copy dicts]`` for /copy.
        demo_customers: when given, ``POST /auth/demo-customer`` signs shoppers in as any of
            these customers (a demo feature: never pass it for a real shop).
        limits: rate limits and the body-size cap; default: `ApiLimits.from_settings()`.
        cors_origins: browser origins allowed to call with credentials (default: none); the
            app also sends security headers on every response (`ui.http_policy`).
        title: the OpenAPI title.
    """
    app = FastAPI(title=title, version="0.1.0", description="Conversational shopping assistant.")
    store = assistant.c.store
    gate = gate or open_gate()
    limits = limits or ApiLimits.from_settings()
    app.add_middleware(BodySizeLimit, max_bytes=limits.max_body_bytes)
    apply_http_policy(app, cors_origins)

    def caller(request: Request) -> Principal:
        try:
            return gate.principal(request.headers, request.cookies)
        except AuthError as e:
            raise HTTPException(401, str(e)) from None

    def acting_as(principal: Principal, user_id: str | None) -> None:
        if not principal.can_act_as(user_id):
            raise HTTPException(
                403, f"user_id: you are not signed in as {user_id!r}; sign in or omit user_id"
            )

    def throttle(request: Request, principal: Principal, session_id: str | None = None) -> None:
        if principal.role is Role.SERVICE:
            limits.per_key.check(f"key:{principal.name}", "requests for this API key")
            return
        limits.per_address.check(f"addr:{client_address(request)}", "requests from your address")
        if session_id:
            limits.per_session.check(f"session:{session_id}", "messages in this chat")

    def may_see(principal: Principal, user_id: str) -> None:
        if not principal.can_see_customer(user_id):
            raise HTTPException(403, f"user_id: you may not see customer {user_id!r}'s data")

    @app.exception_handler(RateLimited)
    async def _limited(_request: Request, exc: RateLimited) -> JSONResponse:
        return JSONResponse(
            status_code=429,
            content={"detail": str(exc)},
            headers={"Retry-After": str(max(1, round(exc.retry_after)))},
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(
            status_code=422, content={"detail": safe_validation_errors(exc.errors())}
        )

    @app.exception_handler(ShopAssistError)
    async def _known_error(_request: Request, exc: ShopAssistError) -> JSONResponse:
        status = status_of(exc)
        headers = {"Retry-After": "5"} if status == 503 else None  # the client may retry
        return JSONResponse(
            status_code=status, content={"detail": _printable(exc)}, headers=headers
        )

    @app.post("/auth/login")
    def login(body: LoginIn, request: Request, response: Response) -> dict[str, str]:
        """Sign staff in: sets the session cookie. Accounts come from SHOPASSIST_STAFF.

        Limited per address and per account name (429 with Retry-After)."""
        limits.check_sign_in(client_address(request), body.name)
        principal = gate.accounts.login(body.name, body.password)
        set_session_cookie(response, gate, principal)
        return {"name": body.name, "role": principal.role.value}

    @app.post("/auth/logout")
    def logout(request: Request, response: Response) -> dict[str, str]:
        """End the session: the server forgets it, so the cookie no longer works anywhere."""
        end_session(request, response, gate)
        return {"status": "signed out"}

    @app.get("/auth/me")
    def me(principal: Principal = Depends(caller)) -> dict[str, Any]:
        """Who the server thinks you are."""
        return {"role": principal.role.value, "name": principal.name, "user_id": principal.user_id}

    @app.post("/auth/demo-customer")
    def demo_customer(body: DemoCustomerIn, request: Request, response: Response) -> dict[str, str]:
        """Sign a shopper in as a demo customer (demo mode only)."""
        if demo_customers is None:
            raise HTTPException(404, "demo sign-in is off (SHOPASSIST_DEMO_SIGN_IN)")
        throttle(request, ANONYMOUS)  # each sign-in stores a session: not without limit
        if body.user_id not in demo_customers():
            raise HTTPException(400, f"user_id: {body.user_id!r} is not a demo customer")
        set_session_cookie(response, gate, Principal(role=Role.SHOPPER, user_id=body.user_id))
        return {"user_id": body.user_id}

    @app.get("/health")
    def health() -> dict[str, Any]:
        """Liveness and catalog size."""
        return {"status": "ok", "products": store.count("products")}

    @app.post("/chat")
    def chat(
        body: ChatIn, request: Request, principal: Principal = Depends(caller)
    ) -> dict[str, Any]:
        """Serve one chat turn (copy included); returns the turn and its session id."""
        acting_as(principal, body.user_id)
        throttle(request, principal, body.session_id)
        session_id = body.session_id or assistant.new_session()
        turn = assistant.respond(session_id, body.user_id, body.message)
        return {**turn.to_json(), "session_id": session_id}

    @app.post("/chat/stream")
    def chat_stream(
        body: ChatIn, request: Request, principal: Principal = Depends(caller)
    ) -> StreamingResponse:
        """Serve one chat turn as server-sent events: reply, picks, copy..., done."""
        acting_as(principal, body.user_id)
        throttle(request, principal, body.session_id)
        session_id = body.session_id or assistant.new_session()
        events = assistant.stream(session_id, body.user_id, body.message)
        first = next(events)  # errors surface as 4xx before the stream starts

        def chained() -> Iterator[TurnEvent]:
            yield first
            yield from events

        return StreamingResponse(_sse(chained(), session_id), media_type="text/event-stream")

    @app.post("/feedback")
    def feedback(
        body: FeedbackIn, request: Request, principal: Principal = Depends(caller)
    ) -> dict[str, str]:
        """Record like / dislike / cart on a card; the next turn uses it."""
        acting_as(principal, body.user_id)
        throttle(request, principal, body.session_id)
        assistant.feedback(body.session_id, body.user_id, body.item_id, body.kind)
        return {"status": "recorded"}

    @app.get("/users/{user_id}/profile")
    def profile(user_id: str, principal: Principal = Depends(caller)) -> dict[str, Any]:
        """A shopper's profile: history-derived and dialogue-derived parts."""
        may_see(principal, user_id)
        if store.get_user(user_id) is None:
            raise HTTPException(404, f"user_id: no user {user_id!r}")
        result = load_profile(store, user_id)
        return {**result.to_json(), "summary": result.summary()}

    @app.delete("/users/{user_id}/profile")
    def forget_profile(user_id: str, principal: Principal = Depends(caller)) -> dict[str, str]:
        """Clear what dialogue taught us about a shopper."""
        may_see(principal, user_id)
        clear_profile(store, user_id)
        return {"status": "cleared"}

    @app.get("/users/{user_id}/recommendations")
    def recommendations(
        user_id: str, k: int = 10, principal: Principal = Depends(caller)
    ) -> dict[str, Any]:
        """Top-k suggestions with reasons for a known user."""
        may_see(principal, user_id)
        if recommend is None:
            raise HTTPException(503, "recommendations need trained models: run shopassist train")
        if not 1 <= k <= 100:
            raise HTTPException(422, f"k: expected 1..100, got {k}")
        if store.get_user(user_id) is None:
            raise HTTPException(404, f"user_id: no user {user_id!r}")
        return {"user_id": user_id, "items": recommend(user_id, k)}

    @app.post("/copy")
    def copy(
        body: CopyIn, request: Request, principal: Principal = Depends(caller)
    ) -> dict[str, Any]:
        """Grounded marketing copy for products, per channel and tone."""
        if not principal.can_write_copy:
            raise HTTPException(403, "copy: needs a marketer or admin sign-in or a service key")
        throttle(request, principal)
        if write_copy is None:
            raise HTTPException(503, "copy needs the language model: it is not configured")
        return {"copies": write_copy(body)}

    return app
