"""Property-based fuzzing of the REST API: schemathesis generates requests from our OpenAPI
schema (valid and invalid ones); hypothesis throws arbitrary messages at the chat. No request
may end in a server error, and errors are JSON with a readable `detail`."""

from __future__ import annotations

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.copy import Copywriter
from catalog.store import CatalogStore, make_store
from tests.assistant.fakes import PRODUCTS
from tests.ui.conftest import CannedLLM, FixedSuggester, fake_services
from ui.api.app import create_api
from ui.auth import Accounts, CookieSigner, Gate
from ui.limits import ApiLimits, RateLimiter

FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _api(store: CatalogStore):
    generous = RateLimiter(1_000_000, burst=1_000_000)
    limits = ApiLimits(generous, generous, generous, generous, max_body_bytes=256 * 1024)
    gate = Gate(Accounts("ann:admin:pw", "fuzz-key:service"), CookieSigner(b"f" * 32))
    services = fake_services(
        store,
        gate=gate,
        limits=limits,
        suggester=FixedSuggester("fuzz"),
        copywriter=Copywriter(CannedLLM()),
    )
    return create_api(services)


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory):
    store = make_store(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'store.db'}")
    return schemathesis.openapi.from_asgi("/openapi.json", _api(store))


def test_no_request_is_a_server_error(api_schema) -> None:  # type: ignore[no-untyped-def]
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 10

    for operation in operations:

        @given(case=operation.as_strategy())
        @FUZZ
        def check(case) -> None:  # type: ignore[no-untyped-def]
            for headers in ({}, {"Authorization": "Bearer fuzz-key"}):  # anonymous, a service
                response = case.call(headers=headers)
                where = (case.method, case.path, case.body, response.text)
                assert response.status_code < 500, where
                if response.status_code >= 400:
                    assert response.json()["detail"], where

        check()


@given(
    message=st.text(max_size=300),
    session=st.one_of(st.none(), st.from_regex(r"[A-Za-z0-9_-]{8,20}", fullmatch=True)),
)
@FUZZ
def test_any_chat_message_gets_a_reply(store: CatalogStore, message: str, session: str) -> None:
    client = TestClient(_api(store), raise_server_exceptions=False)
    response = client.post("/chat", json={"message": message, "session_id": session})
    assert response.status_code in (200, 400, 422), response.text
    if response.status_code == 200:
        body = response.json()
        catalog = {p.id for p in PRODUCTS}
        assert body["reply"] and all(p["id"] in catalog for p in body["picks"])


@pytest.mark.parametrize(
    "path, body, field",
    [
        ("/chat", b'{"message": "\\udfff"}', "message"),
        ("/chat/stream", b'{"message": "hi \\ud800 there"}', "message"),
        ("/chat", b'{"message": "hi", "user_id": "u\\udfff"}', "user_id"),
        ("/auth/login", b'{"name": "ann", "password": "SECRET-pw\\udfff"}', "password"),
        ("/auth/login", b'{"name": "\\udfffSECRET-pw", "password": "x"}', "name"),
        (
            "/feedback",
            b'{"session_id": "abcdefgh", "item_id": "\\udc80", "kind": "like"}',
            "item_id",
        ),
        ("/copy", b'{"item_ids": ["f1", "\\udfffSECRET-pw"]}', "item_ids.1"),
        ("/auth/demo-customer", b'{"user_id": "\\udfff"}', "user_id"),
    ],
)
def test_lone_surrogates_are_a_422_naming_the_field(
    store: CatalogStore, caplog: pytest.LogCaptureFixture, path: str, body: bytes, field: str
) -> None:
    """Before: a lone surrogate gave a 500 (the validation error could not be written as UTF-8)
    and the logged traceback carried the raw input, the password included."""
    client = TestClient(_api(store), raise_server_exceptions=False)
    headers = {"content-type": "application/json", "Authorization": "Bearer fuzz-key"}
    response = client.post(path, content=body, headers=headers)
    assert response.status_code == 422, response.text
    (error,) = response.json()["detail"]
    assert error["msg"].startswith(f"{field}: ") and "surrogate" in error["msg"]
    assert set(error) == {"loc", "msg", "type"}  # no "input": nothing sent is echoed
    assert "SECRET" not in response.text and "\\udfff" not in response.text.replace("\\\\", "")
    assert "SECRET" not in caplog.text and "udfff" not in caplog.text


def test_validation_errors_never_echo_the_input(store: CatalogStore) -> None:
    client = TestClient(_api(store))
    password = "SECRET-" + "x" * 300  # too long: refused by the schema
    response = client.post("/auth/login", json={"name": "ann", "password": password})
    assert response.status_code == 422 and "SECRET" not in response.text
    assert response.json()["detail"][0]["msg"].startswith("password: ")
