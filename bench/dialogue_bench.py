"""Dialogue benchmark: latency of chat turns without text generation, and with the default model.

Usage:
    .venv/bin/python bench/dialogue_bench.py --work-dir DIR [--runs N] [--llm] [--parser auto]

DIR is the scratch folder of `shopassist eval conversation --work-dir DIR` (Beauty imported,
index built, ranking trained). The table gives p50/p95 of whole turns (understanding, hybrid
retrieval of 100 candidates, personal ranking, reply) next to the raw baseline measured in the
same run: the bare `Retriever.search` call for the same queries (query embedding included).
With --parser auto|model the request parser's model reads turns too (the shipped adapter, or
SHOPASSIST_PARSER_MODEL / _ADAPTER, each reading bounded by SHOPASSIST_PARSER_TIMEOUT): the
table adds the turns it read, those that ran out of time, and the turns it was asked apart.
With --llm it also measures, with the default CPU model, the first streamed copy and the whole
reply with copy for every card.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path
from typing import Any

import numpy as np

SCRIPTS = [
    ["a moisturiser for dry skin", "cheaper", "compare the first two"],
    ["shampoo for frizzy hair under $20", "not that brand", "why the first one"],
    ["a palette of neutral eyeshadows", "something else", "what goes with the second one?"],
    ["red nail polish", "more like the first one", "under $10"],
    ["a men's fragrance gift", "cheaper", "how much is the third one?"],
    ["sunscreen for the face", "something else", "compare 1 and 2"],
]


def pct(values: list[float], q: float) -> float:
    """The q-quantile of values."""
    return float(np.quantile(np.asarray(values), q))


class AskedParser:
    """The request parser of ``mode`` (`ui.compose.load_parser`, settings from the environment;
    None for ``rules``), counting the turns it is asked to read."""

    def __init__(self, mode: str) -> None:
        from core.settings import Settings
        from ui.compose import load_parser

        self.parser = load_parser(Settings()) if mode != "rules" else None
        self.calls = 0

    @property
    def name(self) -> str:
        return self.parser.name if self.parser is not None else "rules"

    def parse(self, situation: Any, message: str) -> Any:
        self.calls += 1
        return self.parser.parse(situation, message) if self.parser is not None else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work-dir", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5, help="Passes over the scripts.")
    parser.add_argument("--llm", action="store_true", help="Also time replies with copy.")
    parser.add_argument(
        "--llm-replies", type=int, default=6, help="Replies with copy to time (--llm)."
    )
    parser.add_argument(
        "--parser",
        choices=("rules", "auto", "model"),
        default="rules",
        help="Who reads each turn: the rules, or the request parser's model too (auto: where "
        "the rules fall short; model: every turn).",
    )
    args = parser.parse_args()

    from assistant.conversation import Conversation
    from assistant.dialogue.context import Components, TurnOptions
    from assistant.evaluation.pipeline import work_dir_components
    from catalog.store import make_store
    from retrieval import make_index, make_retriever

    folder = args.work_dir
    store = make_store(f"sqlite:///{folder / 'eval.db'}")
    retriever = make_retriever(store, make_index(chroma_path=folder / "chroma", data_dir=folder))
    components = work_dir_components(store, retriever, folder)
    asked = AskedParser(args.parser)
    if asked.parser is not None:
        components.parser, components.parser_mode = asked, args.parser
    assistant = Conversation(components, TurnOptions(clarify=False))
    users = [u for u, *_ in store.event_rows()][:5000:50]
    rng = random.Random(0)

    retriever.search("warm up", None, 100)
    assistant.respond(assistant.new_session(), users[0], "warm up")
    asked.calls = 0  # the warm-up turn's reading is not counted
    if asked.parser is not None:
        asked.parser.task.counts.clear()
    turn_ms: list[float] = []
    model_ms: list[float] = []  # the turns the parser's model was asked to read
    raw_ms: list[float] = []
    for _ in range(args.runs):
        for script in SCRIPTS:
            user = rng.choice(users)
            session = assistant.new_session()
            for message in script:
                calls = asked.calls
                start = time.perf_counter()
                list(assistant.stream(session, user, message, with_copy=False))
                turn_ms.append((time.perf_counter() - start) * 1000)
                if asked.calls > calls:
                    model_ms.append(turn_ms[-1])
            start = time.perf_counter()
            retriever.search(script[0], None, 100)
            raw_ms.append((time.perf_counter() - start) * 1000)

    print(f"\n### Chat turns without text generation ({len(turn_ms)} turns, {args.runs} passes)\n")
    print("| measure | p50 ms | p95 ms | ratio p95 to raw |")
    print("|---|---|---|---|")
    raw = f"{pct(raw_ms, 0.5):.1f} | {pct(raw_ms, 0.95):.1f}"
    print(f"| raw `Retriever.search` (k=100) | {raw} | 1.00 |")
    print(
        f"| whole turn | {pct(turn_ms, 0.5):.1f} | {pct(turn_ms, 0.95):.1f} | "
        f"{pct(turn_ms, 0.95) / pct(raw_ms, 0.95):.2f} |"
    )
    if asked.parser is not None:
        if model_ms:
            print(
                f"| turns the model was asked ({len(model_ms)}) | {pct(model_ms, 0.5):.1f} | "
                f"{pct(model_ms, 0.95):.1f} | {pct(model_ms, 0.95) / pct(raw_ms, 0.95):.2f} |"
            )
        counts = asked.parser.task.counts
        print(
            f"\nparser {args.parser}: {asked.parser.name}, budget {asked.parser.task.budget_s} s; "
            f"asked on {len(model_ms)} of {len(turn_ms)} turns; ran out of time "
            f"{counts['timed out']}, failed {counts['failed']}"
        )

    if args.llm:
        from assistant.copy.factory import build_copywriter
        from core.settings import Settings

        writer = build_copywriter(Settings(), store)
        llm_assistant = Conversation(
            Components(**{**components.__dict__, "copy": writer}), TurnOptions(clarify=False)
        )
        import prompts as prompt_specs
        from assistant.copy.prompt_values import prompt_values

        spec = prompt_specs.load("copy_push")
        reply_ms: list[float] = []
        model_first_ms: list[float] = []
        first_ms: list[float] = []
        whole_ms: list[float] = []
        for n in range(args.llm_replies):
            script = SCRIPTS[n % len(SCRIPTS)]
            session = llm_assistant.new_session()
            start = time.perf_counter()
            first = reply = None
            picks: list = []
            for event in llm_assistant.stream(session, users[n % len(users)], script[0]):
                if event.kind == "reply" and reply is None:
                    reply = (time.perf_counter() - start) * 1000
                if event.kind == "picks":
                    picks = event.data
                if event.kind == "copy" and first is None:
                    first = (time.perf_counter() - start) * 1000
            whole_ms.append((time.perf_counter() - start) * 1000)
            first_ms.append(first or whole_ms[-1])
            reply_ms.append(reply or 0.0)
            # the model's first token for the same cards: the batched prompt read (prefill)
            texts = [
                spec.render(**prompt_values(p, None, "friendly", "short"))
                for p in store.get_products([pick.id for pick in picks])
            ]
            t = time.perf_counter()
            writer.llm.batch(texts, max_new_tokens=1, temperature=0.0)
            model_first_ms.append((time.perf_counter() - t) * 1000)
        print(
            f"\n### Chat turns with copy from the default CPU model ({args.llm_replies} replies)\n"
        )
        print("| measure | median ms | max ms |")
        print("|---|---|---|")
        for label, values in [
            ("reply text and cards (first streamed event)", reply_ms),
            ("model's first token for the cards (same prompts, timed apart)", model_first_ms),
            ("first card's checked copy", first_ms),
            ("whole reply, copy for every card", whole_ms),
        ]:
            print(f"| {label} | {statistics.median(values):.0f} | {max(values):.0f} |")


if __name__ == "__main__":
    main()
