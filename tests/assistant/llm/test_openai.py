"""The OpenAI-compatible backend against a small chat-completions server on 127.0.0.1."""

from __future__ import annotations

import json
import re
import time
from http.server import BaseHTTPRequestHandler

import pytest

from assistant.llm import LLMError, make_llm
from assistant.llm.chain import ShopLLM
from assistant.llm.openai_http import HttpOptions, OpenAICompatibleLLM
from tests.local_http import local_server, send_json


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:
        server = self.server
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        server.requests.append({"body": body, "auth": self.headers.get("Authorization")})
        if self.path != "/v1/chat/completions":
            self.send_response(404)
            self.end_headers()
            return
        mode = server.modes.pop(0) if server.modes else "ok"
        if mode == "500":
            self.send_response(500)
            self.end_headers()
            self.wfile.write(b"boom")
            return
        if mode == "hang":
            time.sleep(1.5)
        answer = f"Echo: {body['messages'][-1]['content']}. More text. ###ignored"
        if body.get("stream"):
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            for word in answer.split(" "):
                chunk = {"choices": [{"delta": {"content": word + " "}, "index": 0}]}
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.flush()
            self.wfile.write(b"data: [DONE]\n\n")
            return
        send_json(self, {"choices": [{"message": {"role": "assistant", "content": answer}}]})


@pytest.fixture
def server():
    with local_server(_Handler) as httpd:
        httpd.requests, httpd.modes = [], []
        yield httpd


def _llm(server, **http) -> OpenAICompatibleLLM:
    """A client of ``server``; ``http`` sets `HttpOptions` fields (retries wait 10 ms)."""
    host, port = server.server_address
    http.setdefault("retry_wait_s", 0.01)
    url = f"http://{host}:{port}/v1"
    return OpenAICompatibleLLM(url, model="tiny", api_key="k", http=HttpOptions(**http))


def test_generate_sends_the_chat_request_and_cuts_at_stop(server):
    llm = _llm(server)
    out = llm.generate("hi", max_new_tokens=12, temperature=0.2, stop=["###"], seed=3)
    assert out == "Echo: hi. More text. "
    sent = server.requests[0]
    assert sent["auth"] == "Bearer k"
    assert sent["body"]["model"] == "tiny" and sent["body"]["max_tokens"] == 12
    assert sent["body"]["messages"] == [{"role": "user", "content": "hi"}]
    assert sent["body"]["seed"] == 3


def test_stream_yields_pieces_and_stops(server):
    pieces = list(_llm(server).stream("yo", stop=["###"]))
    assert len(pieces) > 2
    assert "".join(pieces) == "Echo: yo. More text. "
    assert server.requests[0]["body"]["stream"] is True


def test_batch_keeps_order(server):
    assert _llm(server).batch(["a", "b", "c"], stop=["."]) == ["Echo: a", "Echo: b", "Echo: c"]


def test_a_500_is_retried_then_succeeds(server):
    server.modes = ["500"]
    assert _llm(server, retries=1).generate("x", stop=["."]) == "Echo: x"
    assert len(server.requests) == 2


def test_persistent_500_ends_in_a_clear_error(server):
    server.modes = ["500", "500", "500"]
    with pytest.raises(LLMError, match=r"expected HTTP 200, got 500.*after 3 attempts"):
        _llm(server, retries=2).generate("x")


def test_a_hang_times_out_with_a_clear_error(server):
    server.modes = ["hang", "hang"]
    with pytest.raises(LLMError, match=r"timed out after 0.3s.*after 2 attempts"):
        _llm(server, retries=1, timeout_s=0.3).generate("x")


def test_streaming_500_is_an_error(server):
    server.modes = ["500"]
    with pytest.raises(LLMError, match="500"):
        list(_llm(server, retries=0).stream("x"))


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("timeout_s", 0, "timeout_s: expected seconds above 0, got 0"),
        ("connect_timeout_s", -1.0, "connect_timeout_s: expected seconds above 0, got -1.0"),
        ("retries", -1, "retries: expected 0 or more, got -1"),
        ("retry_wait_s", -0.5, "retry_wait_s: expected seconds >= 0, got -0.5"),
        ("max_parallel", 0, "max_parallel: expected 1 or more, got 0"),
    ],
)
def test_http_options_say_which_field_is_wrong(field, value, message):
    with pytest.raises(LLMError, match=re.escape(message)):
        HttpOptions(**{field: value})


def test_unreachable_server_is_an_error():
    http = HttpOptions(retries=0, connect_timeout_s=0.5)
    llm = OpenAICompatibleLLM("http://127.0.0.1:9/v1", http=http)
    with pytest.raises(LLMError, match="connection failed"):
        llm.generate("x")


def test_factory_and_langchain_wrapper(server, tmp_path):
    host, port = server.server_address
    llm = make_llm(
        model="unused", base_url=f"http://{host}:{port}/v1", api_key=None,
        server_model="tiny", device="cpu", cache_dir=tmp_path,
    )  # fmt: skip
    assert llm.capable
    assert make_llm(
        model="unused", base_url="http://h/v1", cache_dir=tmp_path, timeout=7.5
    ).http == HttpOptions(timeout_s=7.5)  # SHOPASSIST_LLM_TIMEOUT bounds a server's answer too
    wrapped = ShopLLM(llm=llm, max_new_tokens=8)
    assert wrapped.invoke("lc", stop=["."]) == "Echo: lc"
    assert "".join(wrapped.stream("lc", stop=["."])) == "Echo: lc"
    assert wrapped.batch(["p", "q"], stop=["."]) == ["Echo: p", "Echo: q"]


def test_bad_url_is_rejected(tmp_path):
    with pytest.raises(LLMError, match="expected an http"):
        make_llm(model="x", base_url="localhost:8000", device="cpu", cache_dir=tmp_path)


def test_unknown_local_model_is_rejected(tmp_path):
    with pytest.raises(LLMError, match=r"config\.json"):
        make_llm(model=str(tmp_path / "nope"), device="cpu", cache_dir=tmp_path)
