"""The staff sign-in form as a browser uses it: read the form (which sets its token cookie on the
client), then post it with the token; and an agent signed in (`agent_cookie`)."""

from __future__ import annotations

import re

import httpx


def form_token(http: httpx.Client) -> str:
    """GET /login on ``http`` (the client keeps the token cookie) and return the form's token."""
    page = http.get("/login")
    found = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert found, "the sign-in form has no csrf field"
    return found.group(1)


def post_sign_in(http: httpx.Client, name: str, password: str, **kwargs: object) -> httpx.Response:
    """Post the sign-in form as the browser would after reading it."""
    data = {"name": name, "password": password, "csrf": form_token(http)}
    return http.post("/login", data=data, **kwargs)  # type: ignore[arg-type]


def agent_cookie(url: str) -> dict[str, str]:
    """The session cookie header of the agent ann, signed in at the server at ``url``."""
    with httpx.Client(base_url=url) as http:
        response = post_sign_in(http, "ann", "pw-ann")
        assert response.status_code == 303 and response.headers["location"] == "/"
        return {"Cookie": f"shopassist_session={response.cookies['shopassist_session']}"}
