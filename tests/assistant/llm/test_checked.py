"""ModelTask: a checked model call's outcomes, counted and timed in one place."""

from __future__ import annotations

import logging
import re

import pytest

from assistant.llm.base import LLMError
from assistant.llm.checked import ModelTask, text_problem


def test_an_answer_is_returned_and_timed() -> None:
    task = ModelTask("reply writing")
    assert task.ask(lambda: "Two creams for dry skin.") == "Two creams for dry skin."
    assert task.last_seconds >= 0 and not task.counts


def test_a_model_error_is_failed_logged_and_none(caplog: pytest.LogCaptureFixture) -> None:
    task = ModelTask("query rewrite")

    def timeout() -> str:
        raise LLMError("the model stopped after 60 s (max_time)")

    with caplog.at_level(logging.WARNING):
        assert task.ask(timeout) is None
    assert task.counts == {"failed": 1}
    assert "query rewrite: the model failed (the model stopped after 60 s" in caplog.text


def test_other_errors_are_not_swallowed() -> None:
    def bug() -> str:
        raise KeyError("a bug, not a model failure")

    with pytest.raises(KeyError):
        ModelTask("profile summary").ask(bug)


def test_the_checks_verdict_is_counted(caplog: pytest.LogCaptureFixture) -> None:
    task = ModelTask("reply writing")
    with caplog.at_level(logging.INFO):
        assert task.accept("Two creams.", None)
        assert not task.accept("Only $99!", "price: $99 (no pick costs that)")
    assert task.counts == {"model": 1, "refused": 1}
    assert "'Only $99!' was refused (price: $99 (no pick costs that))" in caplog.text


META = re.compile(r"as an ai|the facts", re.IGNORECASE)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Two creams for dry skin.", None),
        ("", "empty"),
        ("A cream. " * 40, "longer than 300 characters"),
        ("As an AI I like creams.", "talks about its instructions ('As an AI')"),
        ("One. Two. Three.", "more than 2 sentences"),
        ("Two creams for", "unfinished"),
        ("dry skin cream and dry skin cream and dry skin cream.", "repeats itself"),
    ],
)
def test_text_problem(text: str, problem: str | None) -> None:
    sentences = len([s for s in text.split(". ") if s])
    found = text_problem(text, max_chars=300, meta=META, sentences=sentences, max_sentences=2)
    assert (found is None) if problem is None else (problem in (found or ""))


def test_an_error_once_the_budget_is_spent_is_timed_out(caplog: pytest.LogCaptureFixture) -> None:
    import time

    task = ModelTask("request parser", budget_s=0.05)

    def cut() -> str:
        time.sleep(0.06)  # the backend's limit cut the answer mid-JSON
        raise LLMError("model answer: expected JSON matching ModelRequest, got '{\"intent'")

    def quick() -> str:
        raise LLMError("LLM server: expected HTTP 200, got 500")

    with caplog.at_level(logging.WARNING):
        assert task.ask(cut) is None
        assert task.ask(quick) is None
    assert task.counts == {"timed out": 1, "failed": 1}
    assert "request parser: ran out of its 0.05s budget" in caplog.text
