"""Language-model speed: our local backend against plain `model.generate` of the same model,
measured in the same run, and the time to write grounded copy for 5 Beauty products.

    .venv/bin/python bench/llm_bench.py [--runs 3] [--tokens 32] [--model gemma-3-270m]
        [--device cpu|cuda] [--beauty ../shared/data/amazon-beauty-2014] [--copy-runs N]
        [--no-int8-head]

Prints one table: medians over ``--runs`` runs, and the ratio ours / raw. "raw" is the model
folder loaded by plain ``AutoModelForCausalLM.from_pretrained`` (fp32 on CPU, bf16 on CUDA) and
called with ``model.generate``; "ours" is `LocalLLM`, which on CPU decodes with an int8 output
head unless ``--no-int8-head`` (then the ratio shows the wrapper's own overhead).
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path

PROMPT = (
    "Beauty shop newsletter, spring edition.\n\nThis month we look at nail polish, lip balm and "
    "light moisturisers for the warmer days ahead. Our first pick is"
)


def median_of(runs: int, fn: Callable[[], float]) -> float:
    """Median of ``runs`` calls of ``fn`` (each returns one measurement)."""
    return statistics.median(fn() for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tokens", type=int, default=32)
    parser.add_argument("--copy-runs", type=int, default=None, help="runs of the copy timing")
    parser.add_argument("--model", default="gemma-3-270m")
    parser.add_argument("--device", default=None, help="cpu or cuda (default: auto)")
    parser.add_argument("--cache-dir", type=Path, default=None)
    default_beauty = Path(__file__).resolve().parents[2] / "shared/data/amazon-beauty-2014"
    parser.add_argument("--beauty", type=Path, default=default_beauty)
    parser.add_argument(
        "--no-int8-head", action="store_true", help="ours keeps the fp32 output head too"
    )
    args = parser.parse_args()

    import torch

    from assistant.copy import Copywriter, GroundingChecker
    from assistant.llm import make_llm
    from catalog.schema import Product
    from core.settings import Settings

    settings = Settings()
    device = args.device or settings.resolved_device
    started = time.perf_counter()
    llm = make_llm(
        model=args.model,
        device=device,
        cache_dir=args.cache_dir or settings.cache_dir,
        int8_head=not args.no_int8_head,
    )
    load_s = time.perf_counter() - started
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(llm.model_dir, dtype=llm.model.dtype)
    model.to(device).eval()
    tok = llm.tokenizer
    n = args.tokens
    rows: list[tuple[str, float, float, str]] = []

    def new_tokens(text: str) -> int:
        return len(tok(text, add_special_tokens=False)["input_ids"])

    # warm-up (first calls allocate)
    llm.generate(PROMPT, max_new_tokens=4, temperature=0.0)
    with torch.inference_mode():
        model.generate(**tok([PROMPT], return_tensors="pt").to(device), max_new_tokens=4)

    def raw_tps() -> float:
        inputs = tok([PROMPT], return_tensors="pt").to(model.device)
        t = time.perf_counter()
        with torch.inference_mode():
            out = model.generate(**inputs, max_new_tokens=n, do_sample=False)
        return (out.shape[1] - inputs["input_ids"].shape[1]) / (time.perf_counter() - t)

    def ours_tps() -> float:
        t = time.perf_counter()
        text = llm.generate(PROMPT, max_new_tokens=n, temperature=0.0)
        return new_tokens(text) / (time.perf_counter() - t)

    def ours_stream() -> tuple[float, float]:
        t = time.perf_counter()
        first, text = None, ""
        for piece in llm.stream(PROMPT, max_new_tokens=n, temperature=0.0):
            if first is None and piece.strip():
                first = time.perf_counter() - t
            text += piece
        return first or 0.0, new_tokens(text) / (time.perf_counter() - t)

    def raw_first() -> float:
        inputs = tok([PROMPT], return_tensors="pt").to(model.device)
        t = time.perf_counter()
        with torch.inference_mode():
            model.generate(**inputs, max_new_tokens=1, do_sample=False)
        return time.perf_counter() - t

    # interleave ours and raw so that machine noise hits both alike
    raw, ours, streams, firsts = [], [], [], []
    for _ in range(args.runs):
        raw.append(raw_tps())
        ours.append(ours_tps())
        streams.append(ours_stream())
        firsts.append(raw_first())
    raw_m, ours_m = statistics.median(raw), statistics.median(ours)
    stream_first = statistics.median(s[0] for s in streams)
    stream_tps = statistics.median(s[1] for s in streams)
    raw_first_m = statistics.median(firsts)
    rows.append(("tokens/s, generate (batch 1)", ours_m, raw_m, f"{ours_m / raw_m:.2f}x"))
    rows.append(("tokens/s, stream (batch 1)", stream_tps, raw_m, f"{stream_tps / raw_m:.2f}x"))
    rows.append(
        (
            "first token s, stream vs generate(1)",
            stream_first,
            raw_first_m,
            f"{stream_first / raw_first_m:.2f}x",
        )
    )

    prompts = [f"{PROMPT} number {i}:" for i in range(5)]

    def raw_batch() -> float:
        tok.padding_side = "left"
        inputs = tok(prompts, return_tensors="pt", padding=True).to(model.device)
        t = time.perf_counter()
        with torch.inference_mode():
            out = model.generate(
                **inputs, max_new_tokens=n, do_sample=False, pad_token_id=tok.pad_token_id
            )
        new = out[:, inputs["input_ids"].shape[1] :]
        count = int((new != tok.pad_token_id).sum())
        return count / (time.perf_counter() - t)

    def ours_batch() -> float:
        t = time.perf_counter()
        texts = llm.batch(prompts, max_new_tokens=n, temperature=0.0)
        return sum(new_tokens(x) for x in texts) / (time.perf_counter() - t)

    rb, ob = [], []
    for _ in range(args.runs):
        rb.append(raw_batch())
        ob.append(ours_batch())
    rb_m, ob_m = statistics.median(rb), statistics.median(ob)
    rows.append(("tokens/s, batch of 5", ob_m, rb_m, f"{ob_m / rb_m:.2f}x"))

    products = []
    with gzip.open(args.beauty / "items.jsonl.gz", "rt", encoding="utf-8") as handle:
        all_items = [json.loads(line) for line in handle]
    for o in islice((o for o in all_items if o["price"] and o["title"]), 1000, 1005):
        products.append(
            Product(
                id=o["asin"],
                title=o["title"],
                brand=o["brand"],
                price=o["price"],
                categories=o["categories"],
                attributes={"sales_rank": o["sales_rank"]},
            )
        )
    checker = GroundingChecker(
        {o["brand"] for o in all_items if o["brand"]},
        {" > ".join(o["categories"]) for o in all_items if o["categories"]},
    )
    writer = Copywriter(llm, checker=checker, seed=0)
    for channel in ("sms", "email"):
        times, sources = [], []

        def one(channel: str = channel, sources: list[str] = sources) -> float:
            t = time.perf_counter()
            copies = writer.write_many(products, channel=channel, tone="friendly")
            sources.extend(c.source for c in copies)
            assert all(c.grounded for c in copies)
            return time.perf_counter() - t

        times = [one() for _ in range(args.copy_runs or args.runs)]
        share = sum(s != "template" for s in sources) / len(sources)
        rows.append(
            (
                f"5 products' {channel} copy, s",
                statistics.median(times),
                float("nan"),
                f"{share:.0%} not template",
            )
        )

    threads = torch.get_num_threads()
    print(
        f"\nmodel {llm.name} on {device} ({model.dtype}; ours with the int8 output head: "
        f"{llm.int8_head}), torch threads {threads}, "
        f"load {load_s:.1f}s, {n} new tokens, median of {args.runs} runs\n"
    )
    print(f"| {'measure':<40} | {'ours':>9} | {'raw':>9} | {'ratio / note':>16} |")
    print(f"|{'-' * 42}|{'-' * 11}|{'-' * 11}|{'-' * 18}|")
    for name, a, b, note in rows:
        raw_text = "" if b != b else f"{b:.2f}"
        print(f"| {name:<40} | {a:>9.2f} | {raw_text:>9} | {note:>16} |")


if __name__ == "__main__":
    main()
