"""Constrained decoding: the overhead of xgrammar, outlines (outlines-core) and lm-format-enforcer
on the local model, against unconstrained greedy decoding measured in the same run.

    nice -n 10 .venv/bin/python bench/constrained_bench.py [--runs 5] [--tokens 96]
        [--model gemma-3-270m] [--no-int8-head] [--only xgrammar,outlines,lmfe]

The schema is a realistic shopper request (intent enum, optional strings, numbers, string lists;
11 fields). Each library gets the same prompt (the plain chat layout) and greedy decoding.
Prints one table: one-time setup (tokenizer tables), schema compile, median time to first token
and median decode speed over ``--runs`` generations, their ratios to unconstrained decoding, how
many answers validate against the pydantic model, and a batch of 3 prompts through the local
backend's left-padded, shared-prefix-cached batch path (valid rows, tokens/s over the batch).
A library that is not installed is reported as such.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, Field, ValidationError


class Intent(StrEnum):
    search = "search"
    refine = "refine"
    compare = "compare"
    question = "question"
    answer = "answer"
    bundle = "bundle"
    other = "other"


Word = Annotated[str, Field(max_length=24)]


class ShopperRequest(BaseModel):
    """What the shopper asks for, as the understanding step would fill it."""

    intent: Intent
    need: str | None = Field(default=None, max_length=60)
    category: str | None = Field(default=None, max_length=40)
    price_min: float | None = None
    price_max: float | None = None
    brands: list[Word] = Field(default_factory=list, max_length=3)
    exclude_brands: list[Word] = Field(default_factory=list, max_length=3)
    avoid: list[Word] = Field(default_factory=list, max_length=3)
    recipient: str | None = Field(default=None, max_length=30)
    occasion: str | None = Field(default=None, max_length=30)
    pick_refs: list[int] = Field(default_factory=list, max_length=3)


SYSTEM = (
    "Read the shopper's message and fill the request as JSON with the fields intent, need, "
    "category, price_min, price_max, brands, exclude_brands, avoid, recipient, occasion, "
    "pick_refs."
)
MESSAGES = [
    "I need something for my sister, she has really dry skin. Under $30, not Olay please.",
    "nut allergy, an oil without shea or almond, around 20 bucks",
    "compare the first two, which one is better for sensitive skin?",
]


def _prompt(llm: Any, message: str) -> str:
    return llm.render_chat(
        [{"role": "system", "content": SYSTEM}, {"role": "user", "content": message}]
    )


class _Clock:
    """A stopping criterion that only records when each new token arrives."""

    def __init__(self) -> None:
        self.times: list[float] = []

    def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
        import torch

        self.times.append(time.perf_counter())
        return torch.zeros(input_ids.shape[0], dtype=torch.bool, device=input_ids.device)


# -- the candidates: each returns (setup_s, compile_s, make) where make() gives generate kwargs --


def _xgrammar(llm: Any, schema: str) -> tuple[float, float, Callable[[], dict[str, Any]]]:
    import xgrammar as xgr
    from transformers import LogitsProcessorList

    from assistant.llm.constrained import bounded_json_grammar

    started = time.perf_counter()
    info = xgr.TokenizerInfo.from_huggingface(
        llm.tokenizer, vocab_size=llm.vocab_size, stop_token_ids=sorted(llm.eos_ids)
    )
    compiler = xgr.GrammarCompiler(info, max_threads=2)
    setup = time.perf_counter() - started
    started = time.perf_counter()
    grammar = compiler.compile_grammar(bounded_json_grammar(schema))  # as LocalLLM does
    compiled = time.perf_counter() - started

    def make() -> dict[str, Any]:
        return {"logits_processor": LogitsProcessorList([xgr.contrib.hf.LogitsProcessor(grammar)])}

    return setup, compiled, make


def _outlines(llm: Any, schema: str) -> tuple[float, float, Callable[[], dict[str, Any]]]:
    import outlines
    from outlines.backends.outlines_core import OutlinesCoreBackend
    from outlines_core.json_schema import build_regex_from_schema
    from transformers import LogitsProcessorList

    started = time.perf_counter()
    backend = OutlinesCoreBackend(outlines.from_transformers(llm.model, llm.tokenizer))
    setup = time.perf_counter() - started
    started = time.perf_counter()
    index_of = backend.get_regex_logits_processor(build_regex_from_schema(schema)).index
    compiled = time.perf_counter() - started

    def make() -> dict[str, Any]:
        from outlines.backends.outlines_core import OutlinesCoreLogitsProcessor

        return {
            "logits_processor": LogitsProcessorList(
                [OutlinesCoreLogitsProcessor(index_of, "torch")]
            )
        }

    return setup, compiled, make


def _lmfe(llm: Any, schema: str) -> tuple[float, float, Callable[[], dict[str, Any]]]:
    import transformers.tokenization_utils_base as base

    # lm-format-enforcer 0.11 imports transformers.tokenization_utils, gone in transformers 5
    sys.modules.setdefault("transformers.tokenization_utils", base)
    from lmformatenforcer import JsonSchemaParser
    from lmformatenforcer.integrations.transformers import (
        build_token_enforcer_tokenizer_data,
        build_transformers_prefix_allowed_tokens_fn,
    )

    started = time.perf_counter()
    data = build_token_enforcer_tokenizer_data(llm.tokenizer, vocab_size=llm.vocab_size)
    setup = time.perf_counter() - started
    started = time.perf_counter()
    parser = JsonSchemaParser(json.loads(schema))
    compiled = time.perf_counter() - started

    def make() -> dict[str, Any]:
        return {
            "prefix_allowed_tokens_fn": build_transformers_prefix_allowed_tokens_fn(data, parser)
        }

    return setup, compiled, make


CANDIDATES = {"xgrammar": _xgrammar, "outlines": _outlines, "lmfe": _lmfe}


def _run(llm: Any, prompts: list[str], extra: dict[str, Any], tokens: int, free: bool) -> tuple:
    """One greedy generation; returns (texts, first_token_s, tokens_per_s, new_tokens)."""
    import torch
    from transformers import StoppingCriteriaList

    inputs, length = llm.batches.inputs(prompts)
    clock = _Clock()
    kwargs = {
        "max_new_tokens": tokens,
        "do_sample": False,
        "temperature": None,
        "top_p": None,
        "top_k": None,
        "pad_token_id": llm.tokenizer.pad_token_id,
        "stopping_criteria": StoppingCriteriaList([clock]),
    }
    if free:
        kwargs["min_new_tokens"] = tokens  # the same number of steps, no early end of text
    started = time.perf_counter()
    with torch.inference_mode():
        ids = llm.model.generate(**inputs, **kwargs, **extra)
    new = ids[:, length:]
    texts = llm.tokenizer.batch_decode(new, skip_special_tokens=True)
    steps = len(clock.times)
    first = clock.times[0] - started
    rate = (steps - 1) * len(prompts) / (clock.times[-1] - clock.times[0]) if steps > 1 else 0.0
    return texts, first, rate, steps


def _valid(text: str) -> bool:
    try:
        ShopperRequest.model_validate_json(text)
    except ValidationError:
        return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tokens", type=int, default=96)
    parser.add_argument("--model", default="gemma-3-270m")
    parser.add_argument("--no-int8-head", action="store_true")
    parser.add_argument("--only", default=",".join(CANDIDATES))
    args = parser.parse_args()

    from assistant.llm import make_llm
    from core.settings import Settings

    settings = Settings()
    llm = make_llm(
        model=args.model,
        device=settings.resolved_device,
        cache_dir=settings.cache_dir,
        int8_head=not args.no_int8_head,
    )
    schema = json.dumps(ShopperRequest.model_json_schema())
    single = [_prompt(llm, MESSAGES[0])]
    batch = [_prompt(llm, m) for m in MESSAGES]
    _run(llm, single, {}, 4, True)  # warm up

    setups: dict[str, tuple[float, float, Callable[[], dict[str, Any]]]] = {"none": (0, 0, dict)}
    errors: dict[str, str] = {}
    for name in [n for n in args.only.split(",") if n]:
        try:
            setups[name] = CANDIDATES[name](llm, schema)
        except ImportError as e:
            errors[name] = f"cannot be imported ({e})"
        print(f"set up {name}", file=sys.stderr, flush=True)
    # runs interleave the libraries, so that each sees the same (noisy) machine
    firsts: dict[str, list[float]] = {n: [] for n in setups}
    rates: dict[str, list[float]] = {n: [] for n in setups}
    valid: dict[str, int] = dict.fromkeys(setups, 0)
    samples: dict[str, str] = {}
    for run in range(args.runs):
        for name, (_setup, _compiled, make) in setups.items():
            out, first, rate, _steps = _run(llm, single, make(), args.tokens, name == "none")
            firsts[name].append(first)
            rates[name].append(rate)
            valid[name] += _valid(out[0])
            samples.setdefault(name, out[0])
            print(f"run {run} {name}: {first:.2f}s {rate:.2f} tok/s", file=sys.stderr, flush=True)
    rows: list[dict[str, Any]] = []
    for name, (setup, compiled, make) in setups.items():
        out, _first, batch_rate, _steps = _run(llm, batch, make(), args.tokens, name == "none")
        rows.append(
            {
                "name": name,
                "setup": setup,
                "compile": compiled,
                "first": statistics.median(firsts[name]),
                "rate": statistics.median(rates[name]),
                "valid": f"{valid[name]}/{args.runs}" if name != "none" else "-",
                "batch_valid": f"{sum(map(_valid, out))}/{len(out)}" if name != "none" else "-",
                "batch_rate": batch_rate,
                "sample": samples[name][:200],
            }
        )
    rows += [{"name": name, "error": error} for name, error in errors.items()]
    base_first, base_rate = rows[0]["first"], rows[0]["rate"]

    head = "int8 head" if llm.int8_head else "fp32 head"
    print(f"\nmodel {llm.name} ({head}), {args.tokens} new tokens max, greedy, {args.runs} runs")
    print(
        f"{'library':<10} {'setup s':>8} {'compile s':>9} {'1st tok s':>9} {'x none':>7} "
        f"{'tok/s':>6} {'x none':>7} {'valid':>6} {'batch3 valid':>12} {'batch tok/s':>11}"
    )
    for r in rows:
        if "error" in r:
            print(f"{r['name']:<10} {r['error']}")
            continue
        print(
            f"{r['name']:<10} {r['setup']:>8.2f} {r['compile']:>9.3f} {r['first']:>9.3f} "
            f"{r['first'] / base_first:>7.2f} {r['rate']:>6.1f} {r['rate'] / base_rate:>7.2f} "
            f"{r['valid']:>6} {r['batch_valid']:>12} {r['batch_rate']:>11.1f}"
        )
    for r in rows:
        if "sample" in r:
            print(f"  {r['name']}: {r['sample']!r}")


if __name__ == "__main__":
    main()
