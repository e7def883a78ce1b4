"""`shopassist serve` and `demo` on the command line (without starting a server)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from core.errors import ShopAssistError
from ui.cli.main import app


def test_serve_and_demo_are_commands() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0 and "serve" in result.output and "demo" in result.output
    assert len([c for c in app.registered_commands if c.name == "serve"]) == 1


def test_demo_offline_without_data_says_how_to_pass_it(tmp_path: Path) -> None:
    empty_mirror = tmp_path / "mirror"
    empty_mirror.mkdir()
    env = {"SHOPASSIST_DATA_DIR": str(tmp_path / "data"), "SHOPASSIST_CACHE_DIR": str(tmp_path)}
    result = CliRunner(env=env).invoke(app, ["demo", "--mirror", str(empty_mirror)])
    assert isinstance(result.exception, ShopAssistError)
    assert "--data PATH" in str(result.exception)
    missing = CliRunner(env=env).invoke(app, ["demo", "--data", str(tmp_path / "nope")])
    assert "--data: no such file" in str(missing.exception)


def test_serve_with_ui_port_0_runs_the_rest_api_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One worker and ``--ui-port 0``: the REST API in this process through uvicorn's worker
    factory (no Gradio imported); without ``--ui-port 0`` one worker is the whole server."""
    from ui import workers

    seen: list[dict[str, Any]] = []
    monkeypatch.setattr(workers, "serve_workers", lambda *a, **kw: seen.append({"args": a, **kw}))
    monkeypatch.setattr(os, "environ", dict(os.environ))
    env = {"SHOPASSIST_DATA_DIR": str(tmp_path / "data"), "SHOPASSIST_CACHE_DIR": str(tmp_path)}
    result = CliRunner(env=env).invoke(app, ["serve", "--ui-port", "0", "--no-copy"])
    assert result.exit_code == 0, result.output
    assert "starting the REST API alone" in result.output
    assert "rate limits are counted in each" not in result.output  # one worker: nothing to share
    (call,) = seen
    assert call["args"][2] == 1 and call["ui_port"] is None
    assert call["options"].with_copy is False
