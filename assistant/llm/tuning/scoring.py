"""Held-out scores of a parser: does it write valid JSON, the right intent, the right fields."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from assistant.dialogue.model.model_request import ModelRequest, parser_messages
from assistant.llm.base import LLM
from assistant.llm.tuning.generator import Example

MAX_NEW_TOKENS = 160
"""Enough for the longest generated answer (an avoid family with a category path)."""


def field_scores(expected: ModelRequest, got: ModelRequest) -> tuple[int, int]:
    """(fields that match, fields set in either): every non-default field of each side."""
    want = expected.model_dump(exclude_defaults=True)
    have = got.model_dump(exclude_defaults=True)
    keys = set(want) | set(have)
    return sum(1 for k in keys if want.get(k) == have.get(k)), len(keys)


def score(llm: LLM, examples: Sequence[Example], *, batch_size: int = 8) -> dict[str, Any]:
    """Parse each held-out example with ``llm`` (greedy, unconstrained: the JSON-valid rate is
    the model's own) and compare with its label.

    Returns:
        ``json_valid`` (share of answers that validate as `ModelRequest`), ``intent_accuracy``,
        ``field_accuracy`` (matching fields over fields set in label or answer, pooled),
        ``exact`` (share of answers equal to the label), ``examples`` and ``seconds``.
    """
    started = time.perf_counter()
    prompts = [llm.render_chat(parser_messages(e.situation, e.message)) for e in examples]
    answers: list[str] = []
    for start in range(0, len(prompts), batch_size):
        answers.extend(
            llm.batch(
                prompts[start : start + batch_size],
                max_new_tokens=MAX_NEW_TOKENS,
                temperature=0.0,
                stop=["\n"],
            )
        )
    valid = intents = exact = matched = total = 0
    for example, text in zip(examples, answers, strict=True):
        try:
            got = ModelRequest.model_validate_json(text.strip())
        except ValidationError:
            total += len(example.request.model_dump(exclude_defaults=True))
            continue
        valid += 1
        intents += got.intent == example.request.intent
        exact += got.compact_json() == example.request.compact_json()
        m, t = field_scores(example.request, got)
        matched += m
        total += t
    n = max(1, len(examples))
    return {
        "examples": len(examples),
        "json_valid": round(valid / n, 4),
        "intent_accuracy": round(intents / n, 4),
        "field_accuracy": round(matched / max(1, total), 4),
        "exact": round(exact / n, 4),
        "seconds": round(time.perf_counter() - started, 1),
    }
