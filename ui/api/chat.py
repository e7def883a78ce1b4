"""``/chat``, ``/chat/stream`` and ``/feedback``: chat turns and clicks on product cards."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict
from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from assistant.dialogue.turn import TurnEvent
from ui.api.deps import Caller, ServicesDep, Text, acting_as, throttle
from ui.auth import Principal
from ui.services import Services

router = APIRouter()

MAX_MESSAGE = 4_000


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


def _sse(events: Iterator[TurnEvent], session_id: str) -> Iterator[str]:
    for event in events:
        data = event.data
        if event.kind == "picks":
            data = [asdict(p) for p in data]
        elif event.kind == "done":
            data = {**data.to_json(), "session_id": session_id}
        yield f"event: {event.kind}\ndata: {json.dumps(data, default=str)}\n\n"


def _start_turn(body: ChatIn, request: Request, services: Services, principal: Principal) -> str:
    """Check who may send this message (403) and the rate limits (429); the session id."""
    acting_as(principal, body.user_id)
    throttle(request, services, principal, body.session_id)
    return body.session_id or services.conversation.new_session()


@router.post("/chat")
def chat(
    body: ChatIn, request: Request, services: ServicesDep, principal: Caller
) -> dict[str, Any]:
    """Serve one chat turn (copy included); returns the turn and its session id."""
    session_id = _start_turn(body, request, services, principal)
    turn = services.conversation.respond(session_id, body.user_id, body.message)
    return {**turn.to_json(), "session_id": session_id}


@router.post("/chat/stream")
def chat_stream(
    body: ChatIn, request: Request, services: ServicesDep, principal: Caller
) -> StreamingResponse:
    """Serve one chat turn as server-sent events: reply, picks, copy..., done."""
    session_id = _start_turn(body, request, services, principal)
    events = services.conversation.stream(session_id, body.user_id, body.message)
    first = next(events)  # errors surface as 4xx before the stream starts

    def chained() -> Iterator[TurnEvent]:
        yield first
        yield from events

    return StreamingResponse(_sse(chained(), session_id), media_type="text/event-stream")


@router.post("/feedback")
def feedback(
    body: FeedbackIn, request: Request, services: ServicesDep, principal: Caller
) -> dict[str, str]:
    """Record like / dislike / cart on a card; the next turn uses it."""
    acting_as(principal, body.user_id)
    throttle(request, services, principal, body.session_id)
    services.conversation.feedback(body.session_id, body.user_id, body.item_id, body.kind)
    return {"status": "recorded"}
