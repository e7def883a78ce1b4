"""The request parser's own time budget (``Settings.parser_timeout``) reaches its backend: the
local model's limit counted from the call's start, a server's timeout without retries; the
copywriter keeps ``llm_timeout``."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from core.settings import Settings


class _Recorded:
    """Stands in for `LocalLLM`: keeps what it was built with (no weights)."""

    def __init__(self, folder: Path, **kwargs: Any) -> None:
        self.folder, self.kwargs = folder, kwargs


def test_the_parser_timeout_reaches_the_local_backends_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import assistant.llm.local as local
    import assistant.llm.packaged as packaged
    from assistant.llm.factory import local_with_adapter, make_parser_llm

    monkeypatch.setattr(local, "LocalLLM", _Recorded)
    monkeypatch.setattr(packaged, "resolve_model_dir", lambda model, cache: tmp_path)
    settings = Settings(data_dir=tmp_path, device="cpu", parser_adapter="none", parser_timeout=1.5)
    parser = make_parser_llm(settings)
    assert isinstance(parser, _Recorded)
    assert parser.kwargs["max_time"] == 1.5 and parser.kwargs["queue_timeout"] == 1.5
    copy = local_with_adapter(settings, "gemma-3-270m", None, "copy")
    assert isinstance(copy, _Recorded)
    assert copy.kwargs["max_time"] == settings.llm_timeout == 60.0
    assert copy.kwargs["queue_timeout"] == local.QUEUE_TIMEOUT_S


def test_the_parser_timeout_is_a_servers_timeout_without_retries(tmp_path: Path) -> None:
    from assistant.llm.factory import make_llm_from_settings, make_parser_llm

    settings = Settings(data_dir=tmp_path, llm_base_url="http://127.0.0.1:9/v1", parser_timeout=1.5)
    parser = make_parser_llm(settings)
    http = parser.http  # type: ignore[attr-defined]
    assert (http.timeout_s, http.connect_timeout_s, http.retries) == (1.5, 1.5, 0)
    writer = make_llm_from_settings(settings).http  # type: ignore[attr-defined]
    assert (writer.timeout_s, writer.connect_timeout_s, writer.retries) == (60.0, 5.0, 2)


def test_the_local_limit_counts_from_the_calls_start() -> None:
    """transformers' own max_time starts in `model.generate`, after the wait for the model and
    the prefix cache's reading; the limit counts from the call's start instead."""
    import torch

    from assistant.llm.local import LocalLLM

    llm = object.__new__(LocalLLM)  # the limit only: no weights needed
    llm.max_time = 0.5
    rows = torch.zeros((2, 3), dtype=torch.long)
    assert bool(llm._deadline(time.time() - 0.6)(rows, None).all())  # spent before generate
    assert not bool(llm._deadline(time.time())(rows, None).any())


@pytest.mark.slow
@pytest.mark.llm
def test_a_call_that_waited_out_its_limit_gets_one_token(local_llm) -> None:
    import threading

    prompt = "Once upon a time"
    entered, release = threading.Event(), threading.Event()

    def hold() -> None:
        with local_llm._turn(None):
            entered.set()
            release.wait(5)

    holder = threading.Thread(target=hold)
    holder.start()
    entered.wait(5)
    threading.Timer(0.4, release.set).start()
    kept = local_llm.max_time
    local_llm.max_time = 0.3
    try:
        text = local_llm.generate(prompt, max_new_tokens=40, temperature=0.0)
    finally:
        local_llm.max_time = kept
        holder.join()
    assert len(local_llm.tokenizer(text, add_special_tokens=False)["input_ids"]) <= 1
