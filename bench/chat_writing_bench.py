"""A capable model in the chat turn (issue 17, point 2): query rewriting and reply writing, end
to end on the labelled understanding set's single-message searches.

Runs the same cases twice over the data dir's store (no copy, no clarifying question,
anonymous shoppers): the rules alone (the rules' query, the template reply), then with a
packaged capable model (``--model``, default smollm2-135m-instruct; or the model an
OpenAI-compatible server serves, ``--base-url``) rewriting the query and
writing the reply (`ui.compose.chat_writers`). Prints, for each: the end-to-end category share
of the picks and the hard constraints honoured (`assistant.evaluation.understanding.end_to_end`),
p50/p95 turn time; for the model: replies by the model vs the template (with the refusal
reasons), rewrites used / refused / failed, and each case's rewrite. Read-only: sessions are
cleared after each case.

    SHOPASSIST_DATA_DIR=/tmp/und/data .venv/bin/python bench/chat_writing_bench.py \\
        [--cases 20] [--model smollm2-135m-instruct] [--base-url URL] [--json]
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import statistics
import time
from collections import Counter
from typing import Any

from assistant.copy.factory import checker_for
from assistant.dialogue.context import TurnOptions
from assistant.evaluation.understanding.cases import load_cases
from assistant.evaluation.understanding.end_to_end import end_to_end_cases, run_end_to_end
from core.settings import Settings
from ui.compose import build_conversation, chat_writers, open_store


class Timed:
    """A conversation whose turns are timed (the `ConversationLike` the end-to-end run takes)."""

    def __init__(self, conversation: Any) -> None:
        self.conversation = conversation
        self.seconds: list[float] = []
        self.replies: list[str] = []

    def new_session(self) -> str:
        return self.conversation.new_session()

    def respond(self, session_id: str, user_id: str | None, message: str) -> Any:
        started = time.perf_counter()
        turn = self.conversation.respond(session_id, user_id, message)
        self.seconds.append(time.perf_counter() - started)
        self.replies.append(turn.reply)
        return turn

    def clear(self, session_id: str) -> None:
        self.conversation.clear(session_id)


class Reasons(logging.Handler):
    """Collects why the model's replies and rewrites were refused (their log lines)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _row(timed: Timed, report: dict[str, Any]) -> dict[str, Any]:
    return {
        "turns": len(timed.seconds),
        "p50_s": round(statistics.median(timed.seconds), 3),
        "p95_s": round(_quantile(timed.seconds, 0.95), 3),
        "category_share": report["category_share"],
        "constraints_honoured_share": report["constraints_honoured_share"],
        "without_picks": report["without_picks"],
    }


def _warm(conversation: Any) -> None:
    """One turn first (the index, the ranker and the model load on first use)."""
    session = conversation.new_session()
    conversation.respond(session, None, "a lip balm")
    conversation.clear(session)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=20)
    parser.add_argument("--model", default="smollm2-135m-instruct")
    parser.add_argument(
        "--base-url",
        default=None,
        help="an OpenAI-compatible server's API root (http://127.0.0.1:8080/v1) instead of "
        "--model in this process; --model then names the model there",
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    settings = Settings()
    store = open_store(settings)
    every = end_to_end_cases(load_cases())
    step = max(1, len(every) // args.cases)
    cases = every[::step][: args.cases]
    conversation = build_conversation(
        settings, store, with_copy=False, options=TurnOptions(clarify=False)
    )
    _warm(conversation)
    rules = Timed(conversation)
    rules_report = run_end_to_end(rules, cases).to_json()

    from assistant.llm import make_llm

    llm = make_llm(
        model=args.model,
        base_url=args.base_url,
        server_model=args.model,
        device=settings.resolved_device,
        cache_dir=settings.cache_dir,
    )
    parts = conversation.c
    assert parts.vocabulary is not None
    parts.rewriter, parts.replies = chat_writers(
        llm, checker_for(store), parts.vocabulary, parts.parse
    )
    if parts.rewriter is None:
        raise SystemExit(f"{args.model} is not a capable model: nothing to measure")
    reasons = Reasons()
    for name in ("assistant.llm.checked", "assistant.dialogue.model.rewrite"):
        logging.getLogger(name).addHandler(reasons)
        logging.getLogger(name).setLevel(logging.INFO)
    _warm(conversation)
    reasons.lines.clear()
    for counts in (parts.replies.task.counts, parts.rewriter.task.counts):  # type: ignore[union-attr]
        counts.clear()
    model = Timed(conversation)
    model_report = run_end_to_end(model, cases).to_json()
    refused = Counter(
        m.group(1).split(":")[0].split(" (")[0][:40]
        for line in reasons.lines
        if (m := re.search(r"^reply writing: .* was refused \((.*)\); falling back$", line))
        is not None
    )
    out = {
        "cases": [c.id for c in cases],
        "rules": _row(rules, rules_report),
        "model": _row(model, model_report)
        | {
            "name": llm.name,
            "replies": dict(parts.replies.task.counts),  # type: ignore[union-attr]
            "rewrites": dict(parts.rewriter.task.counts),  # type: ignore[attr-defined]
            "refused_reply_reasons": dict(refused.most_common()),
        },
        "rewrites": [line for line in reasons.lines if "searched as" in line or "refused" in line],
        "model_replies": [r for r, t in zip(model.replies, rules.replies, strict=True) if r != t],
    }
    if args.json:
        print(json.dumps(out, indent=2))
        return
    print(f"{len(cases)} single-message searches of the understanding set, {llm.name}")
    print("| run | p50 s | p95 s | category share | constraints honoured | no picks |")
    print("|---|---|---|---|---|---|")
    for name in ("rules", "model"):
        r = out[name]
        print(
            f"| {name} | {r['p50_s']} | {r['p95_s']} | {r['category_share']} | "
            f"{r['constraints_honoured_share']} | {r['without_picks']} |"
        )
    print("replies:", out["model"]["replies"], "rewrites:", out["model"]["rewrites"])
    print("refused replies:", out["model"]["refused_reply_reasons"])
    for line in out["rewrites"]:
        print(" ", line[:160])
    for reply in out["model_replies"]:
        print("  reply:", reply[:200])


if __name__ == "__main__":
    main()
