"""Property-based fuzzing of the REST API: schemathesis generates requests from our OpenAPI
schema (valid and invalid ones); hypothesis throws arbitrary messages at the chat. No request
may end in a server error, and errors are JSON with a readable `detail`."""

from __future__ import annotations

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.api import create_api
from assistant.auth import Accounts, CookieSigner, Gate
from assistant.limits import ApiLimits, RateLimiter
from catalog.store import CatalogStore, make_store
from tests.assistant.fakes import PRODUCTS, build_assistant

FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _api(store: CatalogStore):
    generous = RateLimiter(1_000_000, burst=1_000_000)
    limits = ApiLimits(generous, generous, generous, generous, max_body_bytes=256 * 1024)
    gate = Gate(Accounts("ann:admin:pw", "fuzz-key:service"), CookieSigner(b"f" * 32))
    return create_api(
        build_assistant(store),
        gate=gate,
        limits=limits,
        recommend=lambda user, k: [{"id": "f1", "reason": "fuzz"}][:k],
        write_copy=lambda body: [{"item_id": i, "text": "copy"} for i in body.item_ids],
    )


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
