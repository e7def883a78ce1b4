"""`shopassist users forget`: after it, nothing of the user remains anywhere in the data dir."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from catalog.store import make_store
from tests.assistant.fakes import build_assistant
from ui.cli.main import app

FORGET = "forget-me-7f3a9c"


def _write_shop(folder: Path) -> None:
    products = [
        {"id": f"p{i}", "title": f"Product {i} face cream", "brand": "Acme", "price": 5.0 + i}
        for i in range(12)
    ]
    (folder / "products.jsonl").write_text("\n".join(json.dumps(p) for p in products))
    rows = ["user_id,item_id,kind,position"]
    for u in range(30):
        user = FORGET if u == 0 else f"u{u}"
        rows += [f"{user},p{(u + k) % 12},purchase,{k}" for k in range(4)]
    rows.append(f"{FORGET},p1,teleport,9")  # rejected: unknown kind -> quarantine names the user
    (folder / "events.csv").write_text("\n".join(rows) + "\n")


def _files_mentioning(data_dir: Path, needle: bytes) -> list[str]:
    return sorted(
        str(p.relative_to(data_dir))
        for p in data_dir.rglob("*")
        if p.is_file() and needle in p.read_bytes()
    )


def test_forget_leaves_no_trace_in_the_data_dir(tmp_path: Path) -> None:
    shop, data_dir = tmp_path / "shop", tmp_path / "data"
    shop.mkdir()
    _write_shop(shop)
    runner = CliRunner(env={"SHOPASSIST_DATA_DIR": str(data_dir)})

    def run(*args: str) -> str:
        result = runner.invoke(app, list(args))
        assert result.exit_code == 0, result.output
        return result.stdout

    run("data", "import", str(shop))
    run("train", "--models", "popularity,itemcf,transitions", "--json")
    store = make_store(f"sqlite:///{data_dir / 'shopassist.db'}")
    assistant = build_assistant(store)  # a conversation as the user: session and profile rows
    session = assistant.new_session()
    turn = assistant.respond(session, FORGET, "face cream for dry skin")
    assistant.feedback(session, FORGET, turn.picks[0].id, "like")
    store.set_personalisation_opt_out("u1", True)
    store.close()
    needle = FORGET.encode()
    before = _files_mentioning(data_dir, needle)
    assert "shopassist.db" in " ".join(before) and any("quarantine" in f for f in before)

    removed = json.loads(run("users", "forget", FORGET, "--json"))["removed"]
    assert removed["events"] == 4 and removed["sessions"] == 1 and removed["profiles"] == 1
    assert removed["users"] == 1 and removed["quarantine_lines"] == 1
    assert _files_mentioning(data_dir, needle) == []
    store = make_store(f"sqlite:///{data_dir / 'shopassist.db'}")
    # the others stay (29 users x 4, and the fake assistant's own buyer)
    assert store.count("events") == 29 * 4 + 1 and store.get_user("u2") is not None
    store.close()


def test_forget_matches_whole_ids_only(tmp_path: Path) -> None:
    """Issue 15: forgetting AKMEY1BSHSDG7 also removed the quarantine rows of AKMEY1BSHSDG7X."""
    from assistant.privacy import forget_user, mentions_id

    quarantine = tmp_path / "quarantine"
    quarantine.mkdir()
    rows = [
        {"source": "e.csv", "line": 2, "reason": "kind: bad", "raw": "AKMEY1BSHSDG7,p1,x,1"},
        {"source": "e.csv", "line": 3, "reason": "kind: bad", "raw": "AKMEY1BSHSDG7X,p1,x,1"},
        {"source": "e.csv", "line": 4, "reason": "kind: bad", "raw": "XAKMEY1BSHSDG7,p1,x,1"},
        {"source": "e.json", "line": 5, "reason": "kind: bad", "raw": '{"user": "AKMEY1BSHSDG7"}'},
        {"source": "e.csv", "line": 6, "reason": "kind: bad", "raw": "AKMEY1BSHSDG7.old,p1,x,1"},
    ]
    path = quarantine / "events.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert [mentions_id(json.dumps(r), "AKMEY1BSHSDG7") for r in rows] == [
        True,
        False,
        False,
        True,
        False,
    ]
    store = make_store(f"sqlite:///{tmp_path / 'shop.db'}")
    removed = forget_user(store, "AKMEY1BSHSDG7", tmp_path)
    store.close()
    assert removed["quarantine_lines"] == 2
    kept = [json.loads(line)["line"] for line in path.read_text(encoding="utf-8").splitlines()]
    assert kept == [3, 4, 6]
