"""`shopassist copy` and `shopassist eval copy` end to end, against a local OpenAI-compatible
test server (no real model needed)."""

from __future__ import annotations

import csv
import json
from http.server import BaseHTTPRequestHandler

import pytest
from typer.testing import CliRunner

from catalog.schema import Event, Product
from catalog.store import make_store
from tests.local_http import local_server, send_json
from ui.cli.main import app


class _Copy(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        content = "Your nails miss you! Now only $1.00. Tap to shop."
        send_json(self, {"choices": [{"message": {"content": content}}]})


@pytest.fixture
def env(tmp_path, monkeypatch):
    with local_server(_Copy) as httpd:
        yield _copy_env(tmp_path, monkeypatch, httpd.server_address[1])


def _copy_env(tmp_path, monkeypatch, port: int):
    store = make_store(f"sqlite:///{tmp_path / 'shopassist.db'}")
    products = [
        Product(
            id=f"N{i}",
            title=f"Glossy Nail Polish {i}, 0.5 fl oz",
            brand="essie",
            categories=["Beauty", "Makeup", "Nails", "Nail Polish"],
            price=5.0 + i,
        )
        for i in range(3)
    ]
    store.upsert_products(products)
    store.upsert_events(
        [
            Event(user_id="u1", item_id=p.id, kind="purchase", position=i)
            for i, p in enumerate(products)
        ]
    )
    store.close()
    monkeypatch.setenv("SHOPASSIST_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("SHOPASSIST_LLM_BASE_URL", f"http://127.0.0.1:{port}/v1")
    return tmp_path


def test_copy_writes_one_row_per_variant(env):
    out = env / "copy.csv"
    result = CliRunner().invoke(
        app,
        [
            "copy",
            "--items",
            "N0,N1",
            "--user",
            "u1",
            "--channel",
            "sms",
            "--tone",
            "playful",
            "--variants",
            "2",
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open()))
    assert [(r["item_id"], r["variant"]) for r in rows] == [
        ("N0", "0"),
        ("N0", "1"),
        ("N1", "0"),
        ("N1", "1"),
    ]
    for row in rows:
        assert row["grounded"] == "true" and row["channel"] == "sms"
        assert "$1.00" not in row["text"] and len(row["text"]) <= 160
        report = json.loads(row["report"])
        assert report["raw_unsupported"] and report["unsupported"] == []


def test_copy_rejects_unknown_items_and_both_audiences(env):
    runner = CliRunner()
    result = runner.invoke(app, ["copy", "--items", "ghost", "--channel", "sms", "--out", "x"])
    assert result.exit_code != 0 and "ghost" in str(result.exception)
    result = runner.invoke(
        app,
        [
            "copy",
            "--items",
            "N0",
            "--user",
            "u1",
            "--segment",
            "fragrance-lovers",
            "--channel",
            "sms",
            "--out",
            "x",
        ],
    )
    assert result.exit_code != 0 and "at most one" in str(result.exception)


def test_eval_copy_reports_before_and_after(env):
    result = CliRunner().invoke(app, ["eval", "copy", "--n", "3", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout[result.stdout.index("{") :])
    assert figures["copies"] == 3
    assert figures["any_unsupported_before"] == 1.0 and figures["any_unsupported_after"] == 0.0
    assert figures["strict_unsupported_after"] == 0.0
    assert figures["flesch_delivered"] is not None
