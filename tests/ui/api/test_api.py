"""The REST API over a fake-backed assistant: chat, streaming, feedback, profile, errors."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from catalog.auth_sessions import AuthSessionStore
from catalog.store import CatalogStore
from tests.ui.api.gates import SERVICE, api_gate
from tests.ui.conftest import FixedSuggester, fake_services
from ui.api.app import create_api
from ui.auth import CookieSigner, Gate


def _api(store: CatalogStore, gate: Gate):  # type: ignore[no-untyped-def]
    return create_api(
        fake_services(store, gate=gate, suggester=FixedSuggester(), demo_customers=["u1"])
    )


@pytest.fixture
def client(store: CatalogStore) -> TestClient:
    """Calls as a service (acts for any customer) unless a test drops the header."""
    return TestClient(_api(store, api_gate(store)), headers=SERVICE)


@pytest.fixture
def anonymous(client: TestClient) -> TestClient:
    """The same app, called by a browser with no credentials."""
    return TestClient(client.app)


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


def test_shoppers_cannot_reach_other_customers(anonymous: TestClient) -> None:
    # anonymous: may chat anonymously, nothing else about customers
    assert anonymous.post("/chat", json={"message": "face cream"}).status_code == 200
    assert anonymous.post("/chat", json={"message": "hi", "user_id": "u1"}).status_code == 403
    assert anonymous.get("/users/u1/profile").status_code == 403
    assert anonymous.delete("/users/u1/profile").status_code == 403
    assert anonymous.get("/users/u1/recommendations").status_code == 403
    assert anonymous.post("/copy", json={"item_ids": ["f1"]}).status_code == 403
    # signed in as demo customer u1: their own data only
    assert anonymous.post("/auth/demo-customer", json={"user_id": "u1"}).status_code == 200
    assert anonymous.get("/auth/me").json()["user_id"] == "u1"
    assert anonymous.post("/chat", json={"message": "hi", "user_id": "u1"}).status_code == 200
    assert anonymous.get("/users/u1/profile").status_code == 200
    assert anonymous.get("/users/u2/profile").status_code == 403
    assert anonymous.post("/chat", json={"message": "hi", "user_id": "u2"}).status_code == 403
    assert anonymous.post("/copy", json={"item_ids": ["f1"]}).status_code == 403
    # only listed demo customers
    assert anonymous.post("/auth/demo-customer", json={"user_id": "u2"}).status_code == 400


def test_staff_roles(anonymous: TestClient) -> None:
    bad = anonymous.post("/auth/login", json={"name": "ann", "password": "wrong"})
    assert bad.status_code == 401 and "password" in bad.json()["detail"]
    assert anonymous.post("/auth/login", json={"name": "ann", "password": "pw-ann"}).json() == {
        "name": "ann",
        "role": "agent",
    }
    assert anonymous.get("/users/u1/profile").status_code == 200  # agents look customers up
    assert anonymous.post("/copy", json={"item_ids": ["f1"]}).status_code == 403
    anonymous.post("/auth/logout")
    assert anonymous.get("/users/u1/profile").status_code == 403
    anonymous.post("/auth/login", json={"name": "mo", "password": "pw-mo"})
    assert anonymous.get("/users/u1/profile").status_code == 403  # marketers do not
    assert anonymous.post("/copy", json={"item_ids": ["f1"]}).status_code == 503  # allowed


def test_forged_or_unknown_credentials_are_refused(anonymous: TestClient) -> None:
    assert anonymous.post("/auth/login", json={"name": "ann", "password": "pw-ann"}).is_success
    real = anonymous.cookies["shopassist_session"]
    token = CookieSigner(b"k" * 32).unsign(real)
    assert token is not None

    def with_cookie(value: str) -> int:
        anonymous.cookies.clear()
        anonymous.cookies.set("shopassist_session", value)
        return anonymous.get("/users/u1/profile").status_code

    assert with_cookie(CookieSigner(b"x" * 32).sign(token)) == 403  # bad signature: anonymous
    # a well-signed cookie naming no session (made up, or ended) is no cookie either
    assert with_cookie(CookieSigner(b"k" * 32).sign("made-up-token")) == 403
    assert with_cookie(real) == 200
    bad_key = anonymous.get("/users/u1/profile", headers={"Authorization": "Bearer nope"})
    assert bad_key.status_code == 401


def test_a_locked_database_is_a_503_with_the_reason(tmp_path) -> None:
    import sqlite3

    from catalog.store import make_store

    db = tmp_path / "locked.db"
    store = make_store(f"sqlite:///{db}", lock_timeout_s=0.2)
    api = create_api(fake_services(store, gate=api_gate()))
    client = TestClient(api, headers=SERVICE)
    turn = client.post("/chat", json={"message": "face cream dry skin", "user_id": "u1"}).json()
    other_writer = sqlite3.connect(db, isolation_level=None)
    other_writer.execute("BEGIN IMMEDIATE")
    try:
        answer = client.post(
            "/feedback",
            json={"session_id": turn["session_id"], "user_id": "u1",
                  "item_id": turn["picks"][0]["id"], "kind": "like"},
        )  # fmt: skip
    finally:
        other_writer.rollback()
        other_writer.close()
    assert answer.status_code == 503 and answer.headers["Retry-After"]
    assert "locked by another writer" in answer.json()["detail"]
    store.close()


# -- issue 15, item 4: sessions can be revoked -----------------------------------------------


def _signed_in(app, name: str = "ann", password: str = "pw-ann") -> str:  # type: ignore[no-untyped-def]
    """Sign staff in on ``app``; returns the session cookie's value."""
    browser = TestClient(app)
    response = browser.post("/auth/login", json={"name": name, "password": password})
    assert response.status_code == 200, response.text
    return response.cookies["shopassist_session"]


def _as(app, cookie: str) -> TestClient:  # type: ignore[no-untyped-def]
    """A browser replaying ``cookie`` (copied before sign-out, say)."""
    return TestClient(app, cookies={"shopassist_session": cookie})


def test_a_cookie_replayed_after_sign_out_is_refused(store: CatalogStore) -> None:
    """Before: logout only asked the browser to drop the cookie; a copy kept working 12 hours."""
    app = _api(store, api_gate(store))
    cookie = _signed_in(app)
    browser = _as(app, cookie)
    assert browser.get("/users/u1/profile").status_code == 200  # an agent may look u1 up
    assert browser.post("/auth/logout").json() == {"status": "signed out"}
    replay = _as(app, cookie)
    assert replay.get("/users/u1/profile").status_code == 403
    assert replay.get("/auth/me").json() == {"role": "shopper", "name": None, "user_id": None}


def test_signing_out_is_a_post_another_site_cannot_send(store: CatalogStore) -> None:
    """Before: ``GET /logout`` signed out, so a link or an image on any site (the browser sends
    the SameSite=Lax cookie with a top-level GET) ended a staff member's session."""
    app = _api(store, api_gate(store))
    cookie = _signed_in(app)
    browser = _as(app, cookie)
    page = browser.get("/logout", follow_redirects=False)
    assert page.status_code == 200 and 'method="post" action="/logout"' in page.text
    assert "Signed in as ann." in page.text
    assert browser.get("/auth/me").json()["name"] == "ann"  # the GET changed nothing
    # another site's form post arrives without the Lax cookie: nothing happens
    foreign = TestClient(app).post("/logout", follow_redirects=False)
    assert foreign.status_code == 303 and "set-cookie" not in foreign.headers
    assert _as(app, cookie).get("/auth/me").json()["name"] == "ann"
    # the page's own button
    done = browser.post("/logout", follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/"
    assert _as(app, cookie).get("/auth/me").json() == {
        "role": "shopper",
        "name": None,
        "user_id": None,
    }


def test_a_staff_account_removed_from_settings_loses_its_sessions(store: CatalogStore) -> None:
    """Before: after ann was removed from SHOPASSIST_STAFF and the server restarted with the
    same signing key, her cookie still opened every customer's profile."""
    cookie = _signed_in(_api(store, api_gate(store)))
    restarted = _api(store, api_gate(store, staff="mo:marketer:pw-mo"))  # ann is gone
    assert _as(restarted, cookie).get("/users/u1/profile").status_code == 403
    assert _as(restarted, cookie).get("/auth/me").json()["role"] == "shopper"
    demoted = _api(store, api_gate(store, staff="ann:marketer:pw-ann"))  # same name, other role
    cookie = _signed_in(_api(store, api_gate(store)))
    assert _as(demoted, cookie).get("/auth/me").json()["role"] == "shopper"
    assert AuthSessionStore(store.engine).count() == 0  # both were deleted when refused


def test_forgetting_a_customer_ends_their_sessions(store: CatalogStore, tmp_path) -> None:
    """Before: after `users forget u1`, u1's cookie still worked and chatting with it created
    the user again."""
    from assistant.privacy import forget_user

    app = _api(store, api_gate(store))
    shopper = TestClient(app)
    assert shopper.post("/auth/demo-customer", json={"user_id": "u1"}).status_code == 200
    assert shopper.post("/chat", json={"message": "face cream", "user_id": "u1"}).is_success
    removed = forget_user(store, "u1", tmp_path)
    assert removed["auth_sessions"] == 1 and store.get_user("u1") is None
    assert shopper.get("/auth/me").json()["user_id"] is None
    assert shopper.post("/chat", json={"message": "hi", "user_id": "u1"}).status_code == 403
    assert shopper.get("/users/u1/profile").status_code == 403
    assert store.get_user("u1") is None  # not re-created


def test_the_http_status_follows_the_error_kind_not_its_message() -> None:
    from assistant.dialogue.errors import ConversationBusyError, SessionOwnerError
    from catalog.errors import CatalogError, StoreUnavailableError
    from core.errors import NotFoundError, ShopAssistError
    from ui.api.errors import status_of
    from ui.auth import AuthError

    assert status_of(AuthError("x")) == 401
    assert status_of(SessionOwnerError("x")) == 403
    assert status_of(ShopAssistError("this belongs to another user")) == 400
    assert status_of(NotFoundError("x")) == 404
    assert status_of(StoreUnavailableError("x")) == 503
    assert status_of(ConversationBusyError("x")) == 503
    assert status_of(CatalogError("x")) == 400
