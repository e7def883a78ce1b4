"""The REST API (FastAPI): chat, feedback, profile, recommendations, copy and health.

`create_api(...)` builds the app from ready components; launching it (uvicorn, or mounted beside
the Gradio UI) is the caller's business. Errors we raise on purpose become 4xx JSON with the
message; nothing else leaks a traceback.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import asdict
from typing import Any, Literal

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field

from assistant.dialogue.turn import TurnEvent
from assistant.profiles import clear_profile, load_profile
from assistant.service import Assistant
from catalog.errors import ShopAssistError

MAX_MESSAGE = 4_000


class ChatIn(BaseModel):
    """One shopper message."""

    message: str = Field(..., max_length=MAX_MESSAGE, description="What the shopper wrote.")
    session_id: str | None = Field(
        None, pattern=r"^[A-Za-z0-9_-]{8,64}$", description="Omit to start a new session."
    )
    user_id: str | None = Field(None, max_length=128, description="Signed-in shopper, if any.")


class FeedbackIn(BaseModel):
    """A click on a product card."""

    session_id: str = Field(..., pattern=r"^[A-Za-z0-9_-]{8,64}$")
    user_id: str | None = Field(None, max_length=128)
    item_id: str = Field(..., min_length=1, max_length=128)
    kind: Literal["like", "dislike", "cart"]


class CopyIn(BaseModel):
    """A request for marketing copy."""

    item_ids: list[str] = Field(..., min_length=1, max_length=50)
    user_id: str | None = Field(None, max_length=128)
    segment: str | None = Field(None, max_length=100)
    channel: Literal["email", "push", "sms", "banner"] = "email"
    tone: Literal["friendly", "premium", "playful", "urgent"] = "friendly"
    variants: int = Field(1, ge=1, le=5)


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


def create_api(
    assistant: Assistant,
    *,
    recommend: Recommender | None = None,
    write_copy: CopyWriter | None = None,
    title: str = "shopassist",
) -> FastAPI:
    """The REST API over an assistant (and optional recommender and copywriter).

    Args:
        assistant: serves chat turns and feedback; its store answers profile questions.
        recommend: ``(user_id, k) -> [pick dicts]`` for /users/{id}/recommendations.
        write_copy: ``CopyIn -> [copy dicts]`` for /copy.
        title: the OpenAPI title.
    """
    app = FastAPI(title=title, version="0.1.0", description="Conversational shopping assistant.")
    store = assistant.c.store

    @app.exception_handler(ShopAssistError)
    async def _known_error(_request: Request, exc: ShopAssistError) -> JSONResponse:
        status = 403 if "another user" in str(exc) else 400
        return JSONResponse(status_code=status, content={"detail": str(exc)})

    @app.get("/health")
    def health() -> dict[str, Any]:
        """Liveness and catalog size."""
        return {"status": "ok", "products": store.count("products")}

    @app.post("/chat")
    def chat(body: ChatIn) -> dict[str, Any]:
        """Serve one chat turn (copy included); returns the turn and its session id."""
        session_id = body.session_id or assistant.new_session()
        turn = assistant.respond(session_id, body.user_id, body.message)
        return {**turn.to_json(), "session_id": session_id}

    @app.post("/chat/stream")
    def chat_stream(body: ChatIn) -> StreamingResponse:
        """Serve one chat turn as server-sent events: reply, picks, copy..., done."""
        session_id = body.session_id or assistant.new_session()
        events = assistant.stream(session_id, body.user_id, body.message)
        first = next(events)  # errors surface as 4xx before the stream starts

        def chained() -> Iterator[TurnEvent]:
            yield first
            yield from events

        return StreamingResponse(_sse(chained(), session_id), media_type="text/event-stream")

    @app.post("/feedback")
    def feedback(body: FeedbackIn) -> dict[str, str]:
        """Record like / dislike / cart on a card; the next turn uses it."""
        assistant.feedback(body.session_id, body.user_id, body.item_id, body.kind)
        return {"status": "recorded"}

    @app.get("/users/{user_id}/profile")
    def profile(user_id: str) -> dict[str, Any]:
        """A shopper's profile: history-derived and dialogue-derived parts."""
        if store.get_user(user_id) is None:
            raise HTTPException(404, f"user_id: no user {user_id!r}")
        result = load_profile(store, user_id)
        return {**result.to_json(), "summary": result.summary()}

    @app.delete("/users/{user_id}/profile")
    def forget_profile(user_id: str) -> dict[str, str]:
        """Clear what dialogue taught us about a shopper."""
        clear_profile(store, user_id)
        return {"status": "cleared"}

    @app.get("/users/{user_id}/recommendations")
    def recommendations(user_id: str, k: int = 10) -> dict[str, Any]:
        """Top-k suggestions with reasons for a known user."""
        if recommend is None:
            raise HTTPException(503, "recommendations need trained models: run shopassist train")
        if not 1 <= k <= 100:
            raise HTTPException(422, f"k: expected 1..100, got {k}")
        if store.get_user(user_id) is None:
            raise HTTPException(404, f"user_id: no user {user_id!r}")
        return {"user_id": user_id, "items": recommend(user_id, k)}

    @app.post("/copy")
    def copy(body: CopyIn) -> dict[str, Any]:
        """Grounded marketing copy for products, per channel and tone."""
        if write_copy is None:
            raise HTTPException(503, "copy needs the language model: it is not configured")
        return {"copies": write_copy(body)}

    return app
