"""`shopassist index ...` and `shopassist search ...` on the synthetic catalog."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from catalog.store import make_store
from tests.retrieval.conftest import CATALOG, embedder, make_products  # noqa: F401 (fixture)
from ui.cli.main import app


@pytest.mark.usefixtures("embedder")  # the real embedder loads once for the session
def test_index_and_search_commands(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SHOPASSIST_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("SHOPASSIST_DEVICE", "cpu")
    store = make_store(f"sqlite:///{tmp_path / 'shopassist.db'}")
    store.upsert_products(make_products())
    runner = CliRunner()

    built = runner.invoke(app, ["index", "build", "--json"])
    assert built.exit_code == 0, built.output
    assert json.loads(built.stdout)["indexed"] == len(CATALOG)

    ok = runner.invoke(app, ["index", "status", "--json"])
    assert ok.exit_code == 0 and json.loads(ok.stdout)["ok"] is True

    store.delete_products(["n1"])
    stale = runner.invoke(app, ["index", "status", "--json"])
    assert stale.exit_code == 1 and json.loads(stale.stdout)["extra"] == 1
    fixed = runner.invoke(app, ["index", "status", "--repair", "--json"])
    assert json.loads(fixed.stdout)["repaired"] is True
    updated = runner.invoke(app, ["index", "update", "--json"])
    assert json.loads(updated.stdout)["removed"] == 0  # already repaired

    found = runner.invoke(app, ["search", "lipstick under $10, not Maybelline", "--json"])
    assert found.exit_code == 0, found.output
    rows = json.loads(found.stdout)
    assert rows and {"id", "title", "brand", "price", "categories", "score"} <= set(rows[0])
    assert all(r["price"] <= 10 and r["brand"] != "Maybelline" for r in rows)

    opts = runner.invoke(
        app, ["search", "shampoo", "--k", "2", "--max-price", "7", "--exclude-brand", "Suave",
              "--json"],
    )  # fmt: skip
    rows = json.loads(opts.stdout)
    assert [r["id"] for r in rows] == ["s1"] or all(r["price"] <= 7 for r in rows)
    assert len(rows) <= 2 and all(r["brand"] != "Suave" for r in rows)

    table = runner.invoke(app, ["search", "red nail polish"])
    assert table.exit_code == 0 and "Big Apple Red" in table.output
    store.close()


def test_search_errors_are_one_line(tmp_path, monkeypatch) -> None:
    import subprocess
    import sys

    env = {"SHOPASSIST_DATA_DIR": str(tmp_path), "SHOPASSIST_DEVICE": "cpu", "PATH": ""}
    code = "from ui.cli.main import main; main()"
    for args in (["search", "x", "--min-price", "9", "--max-price", "2"], ["search", "   "]):
        result = subprocess.run(
            [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
            timeout=120,
        )  # fmt: skip
        assert result.returncode == 2, result.stderr
        assert "error:" in result.stderr and "Traceback" not in result.stderr
