"""``GET /users/{id}/profile``: the structured profile and its summary over the REST API,
written by a capable model when one is configured (the template otherwise), stored, cleared by
``DELETE``, absent for an opted-out shopper; the auth rules stay those of the profile."""

from __future__ import annotations

from types import SimpleNamespace

from fastapi.testclient import TestClient

from assistant.profiles import load_profile, save_dialogue_profile
from assistant.shopper_profile import STORED_KEY
from catalog.profiles import ProfileStore
from catalog.store import CatalogStore
from tests.assistant.profile_fixtures import CountingLLM
from tests.ui.api.gates import SERVICE, api_gate
from tests.ui.conftest import fake_services
from ui.api.app import create_api


def _client(store: CatalogStore, llm: CountingLLM | None = None) -> TestClient:
    copywriter = SimpleNamespace(llm=llm) if llm is not None else None
    services = fake_services(store, gate=api_gate(store), copywriter=copywriter)
    return TestClient(create_api(services), headers=SERVICE)


def _chat_facts(store: CatalogStore) -> None:
    profile = load_profile(store, "u1")
    profile.needs = {"skin": "dry"}
    profile.avoided_brands = ["Olay"]
    profile.add_recipient("mother")
    save_dialogue_profile(store, profile)


def test_profile_endpoint_returns_the_structured_profile(store: CatalogStore) -> None:
    client = _client(store)
    _chat_facts(store)
    body = client.get("/users/u1/profile").json()
    assert body["history"] == ["f2"] and body["avoided_brands"] == ["Olay"]  # as before
    built = body["profile"]
    assert built["brands"] == ["Nivea"] and built["avoided_brands"] == ["Olay"]
    assert built["budget"] == {"low": 12.0, "high": 12.0}
    assert built["skin_type"] == "dry" and built["recipients"] == ["mother"]
    assert built["recent_purchases"] == ["Nivea face moisturiser dry skin"]
    assert built["summary_source"] == "template" and body["summary"] == built["summary"]
    assert body["summary"].startswith("Has bought 1 item, mostly ")
    assert "also shops for mother." in body["summary"]
    assert (ProfileStore(store.engine).load("u1") or {})[STORED_KEY]["summary"] == body["summary"]

    assert client.delete("/users/u1/profile").json() == {"status": "cleared"}
    assert ProfileStore(store.engine).load("u1") is None
    again = client.get("/users/u1/profile").json()["profile"]
    assert again["recipients"] == [] and again["skin_type"] is None and again["brands"]


def test_a_capable_model_writes_the_summary_once(store: CatalogStore) -> None:
    llm = CountingLLM("Buys Nivea face moisturisers. Has dry skin, avoids Olay.")
    client = _client(store, llm)
    _chat_facts(store)
    first = client.get("/users/u1/profile").json()
    assert first["summary"] == "Buys Nivea face moisturisers. Has dry skin, avoids Olay."
    assert first["profile"]["summary_source"] == "model"
    assert client.get("/users/u1/profile").json() == first and llm.calls == 1


def test_opted_out_shopper_has_no_structured_profile(store: CatalogStore) -> None:
    client = _client(store)
    _chat_facts(store)
    assert client.get("/users/u1/profile").json()["profile"] is not None
    store.set_personalisation_opt_out("u1", True)
    body = client.get("/users/u1/profile").json()
    assert body["opted_out"] and body["profile"] is None and body["summary"] == ""
    assert STORED_KEY not in (ProfileStore(store.engine).load("u1") or {})


def test_profile_endpoint_keeps_its_auth_rules(store: CatalogStore) -> None:
    anonymous = TestClient(_client(store).app)
    assert anonymous.get("/users/u1/profile").status_code == 403
    assert anonymous.delete("/users/u1/profile").status_code == 403
