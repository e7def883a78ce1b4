"""Chat messages and structured output: the base class's `chat`, the OpenAI-compatible request
(through httpx.MockTransport), and the real local models' chat layout (gemma-3-270m base without
a chat template, SmolLM2-135M-Instruct with one). Constrained decoding: test_constrained.py."""

from __future__ import annotations

import json

import httpx
import pytest

from assistant.llm import LLMError
from assistant.llm.base import (
    GenerationOptions,
    Message,
    as_messages,
    json_schema_of,
    parse_answer,
    plain_chat,
)
from assistant.llm.openai_http import HttpOptions, OpenAICompatibleLLM
from tests.assistant.llm.request_schema import MESSAGES, Intent, Request

# -- messages and parsing (no model) ------------------------------------------------------------


def test_messages_are_validated():
    assert as_messages(MESSAGES)[1] == Message("user", MESSAGES[1]["content"])
    with pytest.raises(LLMError, match="message role: expected one of system, user, assistant"):
        as_messages([{"role": "robot", "content": "hi"}])
    with pytest.raises(LLMError, match="messages: expected a non-empty list"):
        as_messages([])
    with pytest.raises(LLMError, match=r"messages\[0\]: expected a Message"):
        as_messages([("user", "hi")])


def test_plain_layout_ends_with_the_assistant_cue():
    text = plain_chat(as_messages(MESSAGES))
    assert text == (
        "System: Fill the shopper's request as JSON.\n\n"
        "User: A moisturiser for dry skin under $30, maybe CeraVe or Olay.\n\nAssistant:"
    )


def test_schema_text_is_canonical_and_checked():
    text = json_schema_of(Request)
    assert json.loads(text)["properties"]["intent"] == {"$ref": "#/$defs/Intent"}
    assert json_schema_of(json.loads(text)) == text
    with pytest.raises(LLMError, match="schema: expected a pydantic model class"):
        json_schema_of("Request")
    with pytest.raises(LLMError, match="json_schema: expected JSON-schema text"):
        GenerationOptions(json_schema="{not json")


def test_an_invalid_answer_names_the_field():
    assert parse_answer('{"intent": "search", "brands": ["Olay"]}', Request).brands == ["Olay"]
    with pytest.raises(LLMError, match=r"intent: Input should be 'search'"):
        parse_answer('{"intent": "buy"}', Request)
    with pytest.raises(LLMError, match="expected JSON matching Request"):
        parse_answer("Sure! Here are some moisturisers", Request)
    schema = Request.model_json_schema()
    assert parse_answer('{"intent": "other"}', schema) == {"intent": "other"}
    with pytest.raises(LLMError, match="brands: 'Olay' is not of type 'array'"):
        parse_answer('{"intent": "other", "brands": "Olay"}', schema)


# -- the OpenAI-compatible backend through a fake transport --------------------------------------


def _server(answer: str, seen: list[dict]) -> OpenAICompatibleLLM:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        message = {"role": "assistant", "content": answer}
        return httpx.Response(200, json={"choices": [{"message": message}]})

    return OpenAICompatibleLLM(
        "http://llm.test/v1",
        model="tiny",
        transport=httpx.MockTransport(handle),
        http=HttpOptions(retries=0),
    )


def test_openai_chat_sends_messages_and_a_strict_json_schema():
    seen: list[dict] = []
    llm = _server('{"intent": "search", "price_max": 30, "brands": ["CeraVe", "Olay"]}', seen)
    out = llm.chat(MESSAGES, schema=Request, max_new_tokens=50, temperature=0, stop=["\n"])
    assert out == Request(intent=Intent.search, price_max=30.0, brands=["CeraVe", "Olay"])
    body = seen[0]
    assert body["messages"] == MESSAGES  # as they are, not folded into one prompt
    assert body["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "Request", "schema": Request.model_json_schema(), "strict": True},
    }
    assert "stop" not in body  # a stop string could cut the JSON
    assert body["max_tokens"] == 50 and body["temperature"] == 0


def test_openai_plain_chat_has_no_response_format():
    seen: list[dict] = []
    assert _server("Hello there", seen).chat(MESSAGES) == "Hello there"
    assert "response_format" not in seen[0] and seen[0]["messages"][0]["role"] == "system"


def test_a_server_that_ignores_the_schema_is_an_llm_error():
    seen: list[dict] = []
    llm = _server('{"intent": "purchase", "brands": "Olay"}', seen)
    with pytest.raises(LLMError) as caught:
        llm.chat(MESSAGES, schema=Request)
    message = str(caught.value)
    assert "expected JSON matching Request" in message
    assert (
        "intent: Input should be" in message and "brands: Input should be a valid array" in message
    )
    with pytest.raises(LLMError, match="expected JSON matching Request"):
        _server("Here you go: a moisturiser!", seen).chat(MESSAGES, schema=Request)


# -- real local models ---------------------------------------------------------------------------


@pytest.mark.llm
def test_the_base_model_has_no_template_and_uses_the_plain_layout(gemma):
    assert gemma.has_chat_template is False and gemma.capable is False
    assert gemma.render_chat(MESSAGES) == plain_chat(as_messages(MESSAGES))
    text = gemma.chat(MESSAGES, max_new_tokens=16, temperature=0)
    assert "User:" not in text and "System:" not in text  # stops at another turn


@pytest.mark.llm
def test_smollm2_applies_its_chat_template(smollm2):
    assert smollm2.has_chat_template and smollm2.capable is True
    prompt = smollm2.render_chat(MESSAGES)
    assert prompt.startswith("<|im_start|>system\nFill the shopper's request as JSON.<|im_end|>")
    assert "<|im_start|>user\nA moisturiser" in prompt
    assert prompt.endswith("<|im_start|>assistant\n")  # the generation prompt
    ids = smollm2.batches.ids(prompt)
    assert ids[0] == smollm2.tokenizer.convert_tokens_to_ids("<|im_start|>")
    assert ids[1] != ids[0]  # no second BOS in front of the template's own


# -- a real OpenAI-compatible server: llama-server serving SmolLM2 (tests/assistant/conftest.py) --


@pytest.mark.llm
@pytest.mark.slow
def test_llama_server_follows_the_json_schema(llama_server):
    llm = OpenAICompatibleLLM(llama_server, model="smollm2", http=HttpOptions(retries=0))
    for temperature in (0.0, 1.0):
        out = llm.chat(MESSAGES, schema=Request, max_new_tokens=80, temperature=temperature, seed=3)
        assert isinstance(out, Request) and out.intent in set(Intent)
    assert llm.chat(MESSAGES, max_new_tokens=12, temperature=0)  # plain chat works too
