"""JSON-schema constrained decoding: the bounded grammar, and the real local models (gemma-3-270m
base, SmolLM2-135M-Instruct) answering with valid JSON, in a chat and in a batch through the
shared-prefix cache."""

from __future__ import annotations

import pytest

from assistant.llm.base import json_schema_of
from tests.assistant.llm.request_schema import MESSAGES, Intent, Request


def test_free_numbers_are_bounded_in_the_grammar():
    import re

    from assistant.llm.constrained import bounded_json_grammar

    grammar = bounded_json_grammar(json_schema_of(Request))
    assert 'basic_number_2 ::= (("0") | ([1-9] [0-9]{0,11}))' in grammar
    assert 'basic_number_5 ::= ("")' in grammar  # no exponent
    assert not re.search(r"\[0-9\]\*", grammar)  # no unbounded digit run is left


@pytest.mark.llm
@pytest.mark.parametrize("model", ["gemma", "smollm2"])
def test_constrained_chat_returns_valid_json(model, request):
    llm = request.getfixturevalue(model)
    for temperature in (0.0, 0.8):
        out = llm.chat(
            MESSAGES, schema=Request, max_new_tokens=100, temperature=temperature, seed=7
        )
        assert isinstance(out, Request) and isinstance(out.intent, Intent)
        assert len(out.brands) <= 3
    schema = Request.model_json_schema()
    as_dict = llm.chat(MESSAGES, schema=schema, max_new_tokens=100, temperature=0)
    assert Request.model_validate(as_dict).intent in set(Intent)


@pytest.mark.llm
def test_constrained_batch_through_the_shared_prefix_cache(gemma):
    from assistant.llm.prefix_cache import MIN_SHARED_PREFIX

    assert gemma.int8_head  # the mask applies to the int8 head's logits as well
    system = (
        "You read messages from shoppers of a beauty store and fill a request as JSON: the "
        "intent (search, refine, compare or other), the product category in the store's words, "
        "the highest price when one is given, and the brands the shopper names."
    )
    prompts = [
        gemma.render_chat([{"role": "system", "content": system}, {"role": "user", "content": m}])
        for m in ("cheap shampoo", "compare the first two", "a lipstick by Revlon under $12")
    ]
    shared = gemma.batches.shared_prefix([gemma.batches.ids(p) for p in prompts])
    assert shared is not None and len(shared) >= MIN_SHARED_PREFIX  # the cached-prefix path
    texts = gemma.batch(
        prompts, max_new_tokens=60, temperature=0, json_schema=json_schema_of(Request)
    )
    assert shared in gemma.batches.prefixes
    assert all(isinstance(Request.model_validate_json(t), Request) for t in texts)
