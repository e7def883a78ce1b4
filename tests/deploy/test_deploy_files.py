"""compose.yaml, deploy/Caddyfile and the Dockerfile agree with each other and with the app's
settings (no Docker here: `docker-compose config` and `caddy validate` were run by hand,
docs/DEPLOY.md section 7)."""

from __future__ import annotations

import re
from typing import Any

import yaml

from core.settings import Settings
from tests.paths import REPO


def _compose() -> dict[str, Any]:
    return yaml.safe_load((REPO / "compose.yaml").read_text())


def _apps(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {name: s for name, s in compose["services"].items() if name.startswith("app")}


def test_every_app_worker_shares_the_stores_and_the_cookie_key() -> None:
    apps = _apps(_compose())
    assert len(apps) >= 2
    for env in (app["environment"] for app in apps.values()):
        assert env["SHOPASSIST_DATABASE_URL"].startswith("postgresql+psycopg://")
        assert env["SHOPASSIST_CHROMA_URL"] == "http://chroma:8000"
        assert env["SHOPASSIST_RATE_LIMIT_URL"] == "redis://valkey:6379/0"
        assert env["SHOPASSIST_ARTIFACT_STORE"] == "sql"
        assert env["SHOPASSIST_SECRET_KEY"].startswith("${SHOPASSIST_SECRET_KEY:?")  # required
    names = {k.removeprefix("SHOPASSIST_").lower() for env in [apps["app1"]["environment"]]
             for k in env if k.startswith("SHOPASSIST_")}  # fmt: skip
    assert names <= set(Settings.model_fields), names - set(Settings.model_fields)


def test_the_proxy_is_the_only_trusted_one_and_balances_every_worker() -> None:
    compose = _compose()
    proxy_ip = compose["services"]["proxy"]["networks"]["shop"]["ipv4_address"]
    for app in _apps(compose).values():
        assert app["environment"]["SHOPASSIST_TRUSTED_PROXIES"] == proxy_ip
    caddyfile = (REPO / "deploy" / "Caddyfile").read_text()
    upstreams = re.search(r"reverse_proxy ([^{]+)\{", caddyfile)
    assert upstreams is not None
    assert set(upstreams.group(1).split()) == {f"{name}:7860" for name in _apps(compose)}
    assert re.search(r"lb_policy cookie \w+ \{\$LB_COOKIE_SECRET\}", caddyfile)  # sticky UI
    assert "health_uri /health" in caddyfile


def test_the_image_runs_as_a_user_and_checks_health() -> None:
    dockerfile = (REPO / "Dockerfile").read_text()
    assert dockerfile.startswith("#") and "FROM python:3.11-slim" in dockerfile
    assert re.search(r"^USER shopassist$", dockerfile, re.M)
    assert "HEALTHCHECK" in dockerfile and "/health" in dockerfile
    assert "EXPOSE 7860" in dockerfile
    ignored = (REPO / ".dockerignore").read_text().split()
    assert {".env", ".venv", ".git", "data"} <= set(ignored)  # no secrets or data in the image
