"""Issue 15 at the HTTP layer: the served app (REST API + Gradio) on a real uvicorn server on
loopback, configured the way `shopassist serve` runs it (`ui.server.uvicorn_config`).

Forwarded addresses and sign-in throttling (item 3), unsafe defaults: demo sign-in on a public
host, CORS, security headers (item 5), odd input and what reaches the logs (item 6).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from typer.testing import CliRunner

from catalog.auth_sessions import AuthSessionStore
from catalog.store import CatalogStore
from core.errors import ShopAssistError
from tests.assistant.fakes import build_assistant
from tests.ui.conftest import STAFF, fake_services, serve_config
from tests.ui.sign_in import form_token, post_sign_in
from ui.api.app import create_api
from ui.auth import Accounts, CookieSigner, Gate
from ui.limits import ApiLimits
from ui.server import HttpSettings, check_demo_host, create_server, uvicorn_config
from ui.services import Services
from ui.testing import free_port

SHOP = "https://shop.example.com"
EVIL = "https://evil.example"


@contextmanager
def serving(app: Any, http: HttpSettings | None = None, config: Any = None) -> Iterator[str]:
    """``app`` on a free loopback port; by default with the server's own uvicorn config.

    ``log_config=None`` leaves logging to the test, so uvicorn's error log reaches caplog.
    """
    port = free_port()
    config = config or uvicorn_config(
        app, "127.0.0.1", port, http, log_config=None, timeout_graceful_shutdown=1
    )
    config.port = port
    with serve_config(config) as url:
        yield url


@pytest.fixture
def services(store: CatalogStore) -> Services:
    """Fake search/rank/copy over a real store; staff accounts; sessions in the store."""
    gate = Gate(Accounts(STAFF), CookieSigner(b"s" * 32), AuthSessionStore(store.engine))
    return Services(
        conversation=build_assistant(store),
        store=store,
        gate=gate,
        demo_customers=["u1"],
        limits=ApiLimits.from_settings(),
    )


@pytest.fixture
def site(services: Services) -> Iterator[str]:
    """The whole app with the default HTTP settings (no proxies trusted, no CORS origins)."""
    with serving(create_server(services)) as url:
        yield url


def _rotating(i: int) -> dict[str, str]:
    return {"X-Forwarded-For": f"198.51.{i // 250}.{i % 250 + 1}"}


# -- item 3: X-Forwarded-For and sign-in throttling ------------------------------------------


def test_rotating_forwarded_for_does_not_dodge_the_sign_in_limit(site: str) -> None:
    """Before: uvicorn believed X-Forwarded-For from loopback, so 30 wrong sign-ins with a new
    header each (and a new name each, so no per-account limit applies) were all answered."""
    with httpx.Client(base_url=site) as http:
        codes = [
            http.post(
                "/auth/login", json={"name": f"guess{i}", "password": "x"}, headers=_rotating(i)
            ).status_code
            for i in range(30)
        ]
        form = post_sign_in(http, "ann", "x", headers=_rotating(99))
    assert codes[:5] == [401] * 5 and codes.count(429) >= 24, codes
    assert form.status_code == 303 and "too+many" in form.headers["location"].replace("%20", "+")


def test_rotating_forwarded_for_does_not_dodge_the_chat_limit(store: CatalogStore) -> None:
    """Before: 150 chats with a new X-Forwarded-For each were all served (the per-address
    limit, 300 a minute with a burst of 60, saw 150 addresses)."""
    api = create_api(fake_services(store, limits=ApiLimits.from_settings()))
    with serving(api) as url, httpx.Client(base_url=url) as http:
        codes = [
            http.post("/chat", json={"message": "face cream"}, headers=_rotating(i)).status_code
            for i in range(150)
        ]
    assert codes[:60] == [200] * 60 and codes.count(429) >= 80, codes


def test_uvicorn_defaults_believe_the_header_from_loopback(store: CatalogStore) -> None:
    """The attack itself: with uvicorn's own defaults (how `serve` ran before), the rotating
    header gives every attempt a fresh address and no attempt is refused."""
    api = create_api(fake_services(store, limits=ApiLimits.from_settings()))
    default = uvicorn.Config(api, host="127.0.0.1", log_config=None)
    with serving(api, config=default) as url, httpx.Client(base_url=url) as http:
        codes = {
            http.post(
                "/auth/login", json={"name": f"guess{i}", "password": "x"}, headers=_rotating(i)
            ).status_code
            for i in range(30)
        }
    assert codes == {401}


def test_the_account_limit_holds_across_addresses(services: Services) -> None:
    """Behind a trusted proxy every client has its own address; guesses at one account from
    many addresses are still refused after the burst, on /auth/login and on the /login form.
    Before: only addresses were limited."""
    http_settings = HttpSettings(trusted_proxies=("127.0.0.1",))
    with serving(create_server(services), http_settings) as url, httpx.Client(base_url=url) as h:
        spread = {
            h.post(
                "/auth/login", json={"name": f"guess{i}", "password": "x"}, headers=_rotating(i)
            ).status_code
            for i in range(12)
        }
        assert spread == {401}  # the proxy's header is believed: 12 addresses, 12 accounts
        api = [
            h.post(
                "/auth/login", json={"name": "ann", "password": f"x{i}"}, headers=_rotating(100 + i)
            ).status_code
            for i in range(8)
        ]
        form = [
            post_sign_in(h, "mo", f"x{i}", headers=_rotating(200 + i)).headers["location"]
            for i in range(8)
        ]
        right_password_too_late = h.post(
            "/auth/login", json={"name": "ann", "password": "pw-ann"}, headers=_rotating(300)
        )
    assert api[:5] == [401] * 5 and set(api[5:]) == {429}, api
    assert all("Unknown" in f for f in form[:5]), form
    assert all("for%20this%20account" in f for f in form[5:]), form
    assert right_password_too_late.status_code == 429
    assert int(right_password_too_late.headers["Retry-After"]) >= 1


def test_trusted_proxies_and_cors_origins_are_checked() -> None:
    settings = type("S", (), {"cors_origins": f"{SHOP}, http://localhost:3000"})()
    assert HttpSettings.from_settings(settings).cors_origins == (SHOP, "http://localhost:3000")
    for field, value, message in [
        ("cors_origins", "*", "no '\\*'"),
        ("cors_origins", "https://shop.example.com/path", "no path"),
        ("trusted_proxies", "*", "IP addresses or networks"),
        ("trusted_proxies", "proxy.local", "IP addresses or networks"),
    ]:
        with pytest.raises(ShopAssistError, match=message):
            HttpSettings.from_settings(type("S", (), {field: value})())
    proxies = HttpSettings.from_settings(type("S", (), {"trusted_proxies": "10.0.0.0/8,::1"})())
    config = uvicorn_config(None, "127.0.0.1", 0, proxies)
    assert config.proxy_headers and config.forwarded_allow_ips == ["10.0.0.0/8", "::1"]
    assert not uvicorn_config(None, "127.0.0.1", 0, HttpSettings()).proxy_headers


# -- item 5: demo sign-in on a public host, CORS, security headers ---------------------------


def test_demo_sign_in_refuses_a_public_host_without_the_flag(tmp_path: Path) -> None:
    """Before: `demo --host 0.0.0.0` served every visitor the demo customers' ids and let them
    sign in as those customers."""
    from ui.cli.main import app

    env = {"SHOPASSIST_DATA_DIR": str(tmp_path / "data"), "SHOPASSIST_CACHE_DIR": str(tmp_path)}
    runner = CliRunner(env=env)
    refused = runner.invoke(app, ["demo", "--host", "0.0.0.0", "--data", str(tmp_path / "x")])
    assert isinstance(refused.exception, ShopAssistError)
    assert "--allow-remote-demo" in str(refused.exception)
    assert not (tmp_path / "data" / "shopassist.db").exists()  # refused before any work
    serve_env = {**env, "SHOPASSIST_DEMO_SIGN_IN": "true"}
    served = CliRunner(env=serve_env).invoke(app, ["serve", "--host", "192.168.1.20"])
    assert "--allow-remote-demo" in str(served.exception)
    allowed = runner.invoke(
        app, ["demo", "--host", "0.0.0.0", "--allow-remote-demo", "--data", str(tmp_path / "x")]
    )
    assert "--data: no such file" in str(allowed.exception)  # got past the host check
    for host in ("127.0.0.1", "localhost", "::1", "127.0.0.2"):
        check_demo_host(host, demo_sign_in=True, allow_remote_demo=False)
    check_demo_host("0.0.0.0", demo_sign_in=False, allow_remote_demo=False)  # no demo: fine


def test_cors_preflights_from_foreign_origins_are_refused_everywhere(site: str) -> None:
    """Before: Gradio's middleware answered every preflight with 200 and, on a non-localhost
    Host, reflected any Origin with Access-Control-Allow-Credentials."""
    paths = ["/chat", "/auth/login", "/users/u1/profile", "/gradio_api/queue/join", "/config", "/"]
    with httpx.Client(base_url=site, headers={"Host": "shop.example.com"}) as http:
        for path in paths:
            preflight = http.options(
                path,
                headers={
                    "Origin": EVIL,
                    "Access-Control-Request-Method": "POST",
                    "Access-Control-Request-Headers": "content-type",
                },
            )
            assert preflight.status_code == 400, (path, preflight.status_code)
            assert "access-control-allow-origin" not in preflight.headers, path
        for path in ("/health", "/config", "/auth/me", "/gradio_api/info"):
            simple = http.get(path, headers={"Origin": EVIL})
            assert simple.status_code == 200, path
            assert "access-control-allow-origin" not in simple.headers, path


def test_the_sign_in_form_refuses_a_post_without_its_token(site: str) -> None:
    """Login CSRF: another site's page could post the form with a name and password of its
    choosing and sign the visitor's browser in to that account. Before: any post with the right
    password signed in. Now the post must carry the token the form was served with, matching
    the browser's SameSite=Strict token cookie, which another site's post never sends."""
    with httpx.Client(base_url=site) as http:
        forged = http.post("/login", data={"name": "ann", "password": "pw-ann"})
        token = form_token(http)  # this browser's own form...
        other = httpx.Client(base_url=site)
        stolen = other.post("/login", data={"name": "ann", "password": "pw-ann", "csrf": token})
        other.close()  # ...posted from a browser without its cookie
        real = post_sign_in(http, "ann", "pw-ann")
    for refused in (forged, stolen):
        assert refused.status_code == 303 and "expired" in refused.headers["location"]
        assert "shopassist_session" not in refused.cookies
    assert real.status_code == 303 and real.headers["location"] == "/"
    assert "shopassist_session" in real.cookies
    cookie = next(h for h in real.request.headers.get_list("cookie"))
    assert "shopassist_csrf=" in cookie


def test_listed_cors_origins_are_allowed(services: Services) -> None:
    http_settings = HttpSettings(cors_origins=(SHOP,))
    with (
        serving(create_server(services, http_settings), http_settings) as url,
        httpx.Client(base_url=url, headers={"Host": "api.example.com"}) as http,
    ):
        ok = http.options(
            "/chat", headers={"Origin": SHOP, "Access-Control-Request-Method": "POST"}
        )
        refused = http.options(
            "/chat", headers={"Origin": EVIL, "Access-Control-Request-Method": "POST"}
        )
        simple = http.get("/health", headers={"Origin": SHOP})
    assert ok.status_code == 200, ok.text
    assert ok.headers["access-control-allow-origin"] == SHOP
    assert ok.headers["access-control-allow-credentials"] == "true"
    assert refused.status_code == 400
    assert simple.headers["access-control-allow-origin"] == SHOP


def test_every_response_carries_the_security_headers(site: str) -> None:
    """Before: no Content-Security-Policy, X-Frame-Options, nosniff or Referrer-Policy."""
    with httpx.Client(base_url=site) as http:
        responses = {
            "page": http.get("/"),
            "gradio config": http.get("/config"),
            "gradio api info": http.get("/gradio_api/info"),
            "health": http.get("/health"),
            "docs": http.get("/docs"),
            "sign-in page": http.get("/login"),
            "sign-in redirect": http.post("/login", data={"name": "a", "password": "b"}),
            "not found": http.get("/no/such/page"),
            "422": http.post("/chat", json={}),
            "413": http.post("/chat", content=b"x" * 300_000),
        }
    for what, response in responses.items():
        headers = response.headers
        csp = headers.get("content-security-policy", "")
        assert "frame-ancestors 'none'" in csp and "default-src 'self'" in csp, what
        assert "img-src 'self' data: blob:" in csp and "connect-src 'self'" in csp, what
        assert headers.get("x-frame-options") == "DENY", what
        assert headers.get("x-content-type-options") == "nosniff", what
        assert headers.get("referrer-policy") == "no-referrer", what
    assert responses["413"].status_code == 413 and responses["422"].status_code == 422


# -- item 6: odd input is a 4xx, and nothing sent is echoed into the logs ---------------------


def test_lone_surrogates_are_422_and_stay_out_of_the_logs(
    site: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Before: both requests were a 500, and the logged traceback of the sign-in held the
    password: RequestValidationError ... 'input': 'SECRET-pw\\udfff'."""
    json_body = {"content-type": "application/json"}
    with caplog.at_level(logging.INFO), httpx.Client(base_url=site) as http:
        chat = http.post("/chat", content=b'{"message":"\\udfff"}', headers=json_body)
        login = http.post(
            "/auth/login",
            content=b'{"name":"ann","password":"SECRET-pw\\udfff"}',
            headers=json_body,
        )
        after = http.post("/chat", json={"message": "face cream"})  # the server is fine
    assert chat.status_code == 422 and chat.json()["detail"][0]["msg"].startswith("message: ")
    assert login.status_code == 422 and login.json()["detail"][0]["msg"].startswith("password: ")
    assert "SECRET" not in login.text and after.status_code == 200
    assert "SECRET" not in caplog.text and "udfff" not in caplog.text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_a_non_ascii_cookie_counts_as_no_cookie(
    site: str, services: Services, caplog: pytest.LogCaptureFixture
) -> None:
    """Before: a cookie whose signature part held a non-ASCII byte made every request that
    reads the session a 500 (hmac.compare_digest refuses non-ASCII text), the page load
    included."""
    cookie = {"Cookie": b"shopassist_session=eyJhIjoxfQ.\xe9\xff"}
    with caplog.at_level(logging.INFO), httpx.Client(base_url=site) as http:
        me = http.get("/auth/me", headers=cookie)
        profile = http.get("/users/u1/profile", headers=cookie)
        chat = http.post("/chat", json={"message": "face cream"}, headers=cookie)
        page = http.get("/", headers=cookie)
        config = http.get("/config", headers=cookie)
        logout = http.post("/logout", headers=cookie, follow_redirects=False)
    assert me.status_code == 200 and me.json()["role"] == "shopper"
    assert profile.status_code == 403 and chat.status_code == 200
    assert page.status_code == 200 and config.status_code == 200 and logout.status_code == 303
    # what the page's load event asks (ui/app.py): an anonymous shopper, not an exception
    principal = services.principal({}, {"shopassist_session": "eyJhIjoxfQ.\xe9\xff"})
    assert principal.role.value == "shopper" and principal.name is None
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.browser
def test_the_page_works_under_the_content_security_policy(site: str) -> None:
    """Chromium loads the shop, chats and signs staff in with the policy on, without one CSP
    violation (Gradio's HTML component needs 'unsafe-eval': without it every card showed
    "Error rendering HTML"); a picture from another host is blocked."""
    from ui.testing import CHROMIUM, CHROMIUM_ARGS

    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    report = "e => console.error('CSP-VIOLATION ' + e.violatedDirective + ' ' + e.blockedURI)"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page()
            errors: list[str] = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.add_init_script(f"document.addEventListener('securitypolicyviolation', {report})")
            page.goto(site + "/")
            page.locator("#message textarea").fill("face cream for dry skin")
            page.keyboard.press("Enter")
            page.locator(".sa-card").first.wait_for(timeout=30_000)
            assert "Error rendering" not in page.content()
            assert not errors, errors
            page.evaluate(
                "() => { const i = new Image(); i.src = 'http://198.51.100.7/pixel.gif';"
                " document.body.appendChild(i); }"
            )
            page.wait_for_timeout(500)
            assert any("CSP-VIOLATION img-src http://198.51.100.7" in e for e in errors), errors
            errors.clear()
            page.goto(site + "/login")
            page.fill("#name", "ann")
            page.fill("#password", "pw-ann")
            page.click("#sign-in")
            page.get_by_text("Signed in as").wait_for(timeout=30_000)
            assert not errors, errors
        finally:
            browser.close()
