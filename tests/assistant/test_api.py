"""The REST API over a fake-backed assistant: chat, streaming, feedback, profile, errors."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from assistant.api import create_api
from catalog.store import CatalogStore
from tests.assistant.fakes import build_assistant


@pytest.fixture
def client(store: CatalogStore) -> TestClient:
    assistant = build_assistant(store)
    api = create_api(assistant, recommend=lambda user, k: [{"id": "f1", "reason": "test"}][:k])
    return TestClient(api)


def test_health_and_openapi(client: TestClient) -> None:
    assert client.get("/health").json()["status"] == "ok"
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/chat", "/chat/stream", "/feedback", "/users/{user_id}/profile"} <= set(paths)


def test_chat_keeps_the_session(client: TestClient) -> None:
    first = client.post("/chat", json={"message": "face cream dry skin", "user_id": "u1"}).json()
    assert first["picks"] and first["session_id"]
    second = client.post(
        "/chat",
        json={
            "message": "compare the first two",
            "user_id": "u1",
            "session_id": first["session_id"],
        },
    ).json()
    assert [row["id"] for row in second["table"]] == [p["id"] for p in first["picks"][:2]]


def test_stream_sends_reply_then_picks_then_done(client: TestClient) -> None:
    with client.stream(
        "POST", "/chat/stream", json={"message": "face cream dry skin", "user_id": "u1"}
    ) as response:
        body = "".join(response.iter_text())
    events = [block.split("\n")[0].removeprefix("event: ") for block in body.strip().split("\n\n")]
    assert events[:2] == ["reply", "picks"] and events[-1] == "done"
    done = json.loads(body.strip().split("\n\n")[-1].split("data: ", 1)[1])
    assert done["session_id"]


def test_another_users_session_is_forbidden(client: TestClient) -> None:
    sid = client.post("/chat", json={"message": "face cream", "user_id": "u1"}).json()["session_id"]
    response = client.post("/chat", json={"message": "hi", "user_id": "u2", "session_id": sid})
    assert response.status_code == 403


def test_bad_input_is_a_4xx_with_the_field(client: TestClient) -> None:
    assert client.post("/chat", json={"message": "x" * 5000}).status_code == 422
    assert client.post("/chat", json={"message": "hi", "session_id": "../x"}).status_code == 422
    bad = client.post(
        "/feedback", json={"session_id": "abcdefgh", "item_id": "nope", "kind": "like"}
    )
    assert bad.status_code == 400 and "item_id" in bad.json()["detail"]


def test_feedback_and_profile(client: TestClient) -> None:
    turn = client.post("/chat", json={"message": "face cream dry skin", "user_id": "u1"}).json()
    item = turn["picks"][0]["id"]
    ok = client.post(
        "/feedback",
        json={"session_id": turn["session_id"], "user_id": "u1", "item_id": item, "kind": "like"},
    )
    assert ok.status_code == 200
    profile = client.get("/users/u1/profile").json()
    assert item in profile["liked_items"] and profile["history"] == ["f2"]
    assert client.get("/users/nobody/profile").status_code == 404
    assert client.get("/users/u1/recommendations?k=1").json()["items"][0]["id"] == "f1"
    assert client.post("/copy", json={"item_ids": ["f1"]}).status_code == 503
