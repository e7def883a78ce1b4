"""`shopassist serve` and `demo` on the command line (without starting a server)."""

from __future__ import annotations

from pathlib import Path

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
