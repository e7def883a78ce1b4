"""The served app through its HTTP layer: pages, sign-in, and roles on the UI's own endpoints."""

from __future__ import annotations

import httpx
import pytest
from gradio_client import Client

from tests.ui.sign_in import agent_cookie, post_sign_in
from ui.services import Services


def test_pages_and_schema(live_url: str) -> None:
    with httpx.Client(base_url=live_url) as http:
        page = http.get("/")
        assert page.status_code == 200 and "gradio" in page.text.lower()
        assert "/chat" in http.get("/openapi.json").json()["paths"]
        assert "Staff sign-in" in http.get("/login").text
        bad = post_sign_in(http, "ann", "nope")
        assert bad.status_code == 303 and "error=" in bad.headers["location"]
        assert "shopassist_session" not in bad.cookies
        assert http.get("/health").json()["status"] == "ok"


def test_chat_endpoint_streams_a_turn(live_url: str) -> None:
    client = Client(live_url, verbose=False, download_files=False)
    result = client.predict("face cream for dry skin", api_name="/chat")
    chat = result[1]
    assert chat[-1]["role"] == "assistant" and chat[-1]["content"] not in ("", "…")
    cards = [c for c in result[2:7] if c]
    assert cards and 'class="sa-card"' in cards[0]


def test_staff_endpoints_refuse_shoppers(live_url: str) -> None:
    """Calling the agent and marketing handlers directly, without a staff cookie, fails."""
    shopper = Client(live_url, verbose=False, download_files=False)
    with pytest.raises(Exception, match="agent sign-in"):
        shopper.predict("u1", api_name="/agent_find")
    with pytest.raises(Exception, match="agent sign-in"):
        shopper.predict("u1", api_name="/agent_show")
    with pytest.raises(Exception, match="marketer sign-in"):
        shopper.predict("face", api_name="/marketing_search")
    # an agent may look customers up, but still may not write marketing copy
    agent = Client(live_url, verbose=False, download_files=False, headers=agent_cookie(live_url))
    found = agent.predict("u", api_name="/agent_find")
    assert "Customer u1" in found[1] and "Nivea face moisturiser" in str(found[4])
    with pytest.raises(Exception, match="marketer sign-in"):
        agent.predict("face", api_name="/marketing_search")


def test_rest_api_roles_in_the_served_app(live_url: str, services: Services) -> None:
    with httpx.Client(base_url=live_url) as http:
        assert http.get("/users/u1/profile").status_code == 403
        http.post("/auth/demo-customer", json={"user_id": "u1"})
        assert http.get("/users/u1/profile").status_code == 200
    with httpx.Client(base_url=live_url, headers=agent_cookie(live_url)) as http:
        assert http.get("/users/u1/profile").json()["history"] == ["f2"]
