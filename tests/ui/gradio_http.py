"""Talking to the served Gradio app as a raw HTTP client does (the attacker's view): join the
queue with hand-written component values, read the event stream, collect what comes back."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from typing import Any

import httpx


def new_session() -> str:
    """A fresh Gradio session hash (what a browser tab picks for itself)."""
    return secrets.token_hex(6)


def join(http: httpx.Client, fn_index: int, data: list[Any], session_hash: str) -> httpx.Response:
    """POST /gradio_api/queue/join: start one event with ``data`` as the inputs' values."""
    body = {
        "data": data,
        "fn_index": fn_index,
        "session_hash": session_hash,
        "event_data": None,
        "trigger_id": None,
    }
    return http.post("/gradio_api/queue/join", json=body)


def messages(http: httpx.Client, session_hash: str, timeout: float = 60) -> Iterator[dict]:
    """The event stream of ``session_hash`` (GET /gradio_api/queue/data) until it closes."""
    with http.stream(
        "GET", "/gradio_api/queue/data", params={"session_hash": session_hash}, timeout=timeout
    ) as stream:
        for line in stream.iter_lines():
            if not line.startswith("data:"):
                continue
            message = json.loads(line[5:])
            yield message
            if message.get("msg") == "close_stream":
                return


def run_event(
    http: httpx.Client, fn_index: int, data: list[Any], session_hash: str | None = None
) -> list[dict]:
    """Join the queue and read every message of the event (and any others of the session)."""
    session_hash = session_hash or new_session()
    joined = join(http, fn_index, data, session_hash)
    if joined.status_code != 200:
        return [{"msg": "join_refused", "status": joined.status_code, "body": joined.text}]
    out = []
    for message in messages(http, session_hash):
        out.append(message)
        if message.get("msg") == "process_completed":
            break
    return out


def file_urls(value: Any) -> list[str]:
    """Every ``url`` of a FileData-like dict anywhere in ``value`` (a component's output)."""
    found: list[str] = []
    if isinstance(value, dict):
        if "path" in value and ("url" in value or "meta" in value):
            found.append(str(value.get("url") or value.get("path")))
        for item in value.values():
            found.extend(file_urls(item))
    elif isinstance(value, list):
        for item in value:
            found.extend(file_urls(item))
    return found


def fn_index(config: dict[str, Any], api_name: str) -> int:
    """The index of the dependency called ``api_name`` in the app's /config."""
    for i, dep in enumerate(config["dependencies"]):
        if dep.get("api_name") == api_name:
            return dep.get("id", i)
    raise KeyError(f"api_name: expected one of the app's endpoints, got {api_name!r}")
