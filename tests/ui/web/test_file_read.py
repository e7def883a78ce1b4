"""Issue 15 item 1: the Gradio endpoints never read a file a client names.

The attack: a client-sent Chatbot history carrying a FileData path made Gradio copy that file
into its cache and hand back a URL that served it (three requests, anonymous).
"""

from __future__ import annotations

import json
import re
import secrets
import stat
import tempfile
from pathlib import Path
from typing import Any

import httpx

from tests.ui.conftest import serve_app_in_thread
from tests.ui.gradio_http import file_urls, fn_index, new_session, run_event
from ui.web.app import FILE_CACHE_PREFIX, mount_ui

FILE_URL = re.compile(r"(?:/gradio_api)?/file=[^\"\\\s]+")


def _secret(tmp_path: Path) -> tuple[Path, str]:
    token = f"SECRET-{secrets.token_hex(16)}"
    path = tmp_path / f"secret-{secrets.token_hex(4)}.txt"
    path.write_text(f"{token}\n", encoding="utf-8")
    return path, token


def _file_data(path: Path) -> dict[str, Any]:
    return {"path": str(path), "meta": {"_type": "gradio.FileData"}}


def _served(http: httpx.Client, events: list[dict]) -> list[str]:
    """Bodies of every file URL the events point at (what the attacker would download)."""
    text = json.dumps(events)
    urls = set(FILE_URL.findall(text))
    for event in events:
        urls.update(u for u in file_urls(event.get("output", {}).get("data")) if "file=" in u)
    bodies = []
    for url in urls:
        path = url[url.index("/gradio_api/file=") :] if "/gradio_api/" in url else url
        if not path.startswith("/gradio_api"):
            path = "/gradio_api" + path
        bodies.append(http.get(path).text)
    return bodies


def test_a_file_path_in_a_client_sent_chat_history_is_never_served(
    live_url: str, tmp_path: Path
) -> None:
    """The reviewer's three requests, verbatim: join fn_index 0 with a FileData in the
    history, read the queue, fetch output.data[1][0].content[0].file.url."""
    secret, token = _secret(tmp_path)
    history = [{"role": "user", "content": [{"file": _file_data(secret)}]}]
    session = new_session()
    with httpx.Client(base_url=live_url, timeout=60) as http:
        events = run_event(http, 0, ["hi", history, None], session)
        assert token not in json.dumps(events)
        for body in _served(http, events):
            assert token not in body
        done = [e for e in events if e.get("msg") == "process_completed"]
        for event in done:
            data = (event.get("output") or {}).get("data") or []
            chat = data[1] if len(data) > 1 else []
            assert not file_urls(chat), f"the chat's value carries a file: {chat}"


def test_no_event_of_the_app_takes_a_file_from_the_client(live_url: str, tmp_path: Path) -> None:
    """Every event of the page, every input slot given a FileData (or a history of them):
    nothing names the secret afterwards, in the stream or behind any URL it returns."""
    secret, token = _secret(tmp_path)
    file_data = _file_data(secret)
    as_history = [{"role": "user", "content": [{"file": file_data}]}]
    with httpx.Client(base_url=live_url, timeout=60) as http:
        config = http.get("/config").json()
        chat = fn_index(config, "chat")
        assert chat == 0, "the reviewer's fn_index 0 is the chat handler"
        for dep in config["dependencies"]:
            n_inputs = len(dep["inputs"])
            for data in ([file_data] * n_inputs, [as_history] * n_inputs, ["hi", as_history]):
                events = run_event(http, dep["id"], data)
                assert token not in json.dumps(events), dep.get("api_name")
                for body in _served(http, events):
                    assert token not in body, dep.get("api_name")


def _gradio_cache_folders() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob(f"{FILE_CACHE_PREFIX}*"))


def test_the_mounted_ui_serves_files_only_from_its_private_cache(tmp_path: Path) -> None:
    """Defence in depth under the handlers: even a handler that returns a path gets only files
    outside the data dir and the system folders served, from a 0700 cache deleted at stop."""
    import gradio as gr
    from fastapi import FastAPI

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    secret, token = _secret(data_dir)
    system = Path("/etc/hostname")
    outside = tmp_path / "report.txt"
    outside.write_text("a report\n", encoding="utf-8")
    with gr.Blocks() as blocks:
        which = gr.Textbox()
        out = gr.File()
        choices = {"secret": secret, "system": system, "outside": outside}
        gr.Button().click(lambda w: str(choices[w]), which, out, api_name="give")
    blocks.queue()
    app = mount_ui(FastAPI(), blocks, private=[data_dir], path="/", show_error=False)
    before = _gradio_cache_folders()
    server = serve_app_in_thread(app)
    url = next(server)
    try:
        with httpx.Client(base_url=url, timeout=60) as http:
            (cache,) = _gradio_cache_folders() - before
            assert stat.S_IMODE(cache.stat().st_mode) == 0o700
            give = fn_index(http.get("/config").json(), "give")
            results = {w: run_event(http, give, [w]) for w in choices}
            assert token not in json.dumps(results["secret"])
            assert secret.name not in json.dumps(results["secret"])  # nor where it lives
            for body in _served(http, results["secret"]):
                assert token not in body
            assert not [e for e in results["secret"] if e.get("success")], "secret copied"
            if system.exists():
                assert not [e for e in results["system"] if e.get("success")]
            served = _served(http, results["outside"])
            assert set(served) == {"a report\n"}  # an ordinary output file still works
            assert list(cache.rglob("report.txt")), "copied into the private cache"
            upload = http.post("/gradio_api/upload", files={"files": ("a.txt", b"0123456789")})
            assert upload.status_code >= 400 and not list(cache.rglob("a.txt"))
    finally:
        next(server, None)
    assert not cache.exists(), "the cache folder outlived the server"


def test_marketing_csvs_are_written_inside_the_ui_cache(tmp_path: Path) -> None:
    """The batch CSV goes straight into the (private, cleaned) file cache, in a 0700 folder of
    its own, so Gradio serves it without leaving a copy in the shared temp folder."""
    from ui.web.marketing import _csv_path

    first, second = _csv_path(str(tmp_path), "email"), _csv_path(str(tmp_path), "email")
    assert first.parent.parent == tmp_path and first.parent != second.parent
    assert stat.S_IMODE(first.parent.stat().st_mode) == 0o700
    assert first.name.startswith("copy-email-") and first.suffix == ".csv"
