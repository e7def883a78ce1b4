"""`shopassist eval understanding`: the conversation scored field by field on the labelled set
(tests/data/understanding), each case replayed through the real `Conversation` from its context,
and, with --end-to-end, the picks of each single-message search."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from ui.cli.common import console, print_json, settings_of, store_of


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def _print_report(report: dict[str, Any]) -> None:
    from rich.table import Table

    groups = report["groups"]
    headline = Table(title=f"understanding: {report['understanding']} (issue 17 target >= 90%)")
    for column in ("group", "cases", "category + price/brand right", "every field right"):
        headline.add_column(column)
    for g in groups:
        headline.add_row(
            g["group"], str(g["cases"]), _pct(g["headline_share"]), _pct(g["all_fields_share"])
        )
    console.print(headline)
    fields = Table(title="per field (accuracy where labelled; false positives where empty)")
    for column in ("field", "labelled", "accuracy", "empty", "false positives"):
        fields.add_column(column)
    for name, row in groups[0]["fields"].items():
        fields.add_row(
            name,
            str(row["labelled"]),
            _pct(row["accuracy"]),
            str(row["empty"]),
            _pct(row["false_positive_rate"]),
        )
    console.print(fields)
    misses = groups[0].get("category_misses", {})
    console.print(
        "category misses: "
        + ", ".join(f"{n} {kind}" for kind, n in misses.items())
        + " (none: no category; broader: above the label; nearby: beside it in its department;"
        " elsewhere: another department)"
    )
    if (latency := report.get("latency")) is not None:
        console.print(
            f"reading latency: p50 {latency.get('p50_ms')} ms, p95 {latency.get('p95_ms')} ms "
            f"over {latency.get('turns')} turns ({latency.get('model_read')} read by the model, "
            f"{latency.get('ran_out_of_time', 0)} ran out of time, "
            f"{latency.get('model_failed', 0)} failed: the rules read those)"
        )
    if (gaps := report.get("seeding_gaps")) is not None:
        said = ", ".join(f"{n} {why}" for why, n in gaps.items()) or "none"
        console.print(f"conversation replay, cases not seeded whole: {said}")
    console.print(
        "category of a new need: guessed from search"
        if report.get("category_guess")
        else "category of a new need: not guessed (no search index: `shopassist index build`)"
    )
    if (e2e := report.get("end_to_end")) is not None:
        table = Table(title="end to end: single-message searches (target category share >= 0.85)")
        table.add_column("measure")
        table.add_column("value")
        for key, value in e2e.items():
            table.add_row(key, str(value))
        console.print(table)


REPLAYS = ("conversation",)
"""How each case is run (`--replay`): through the real conversation, its context seeded as
the session state. The one way left; the option stays so older commands still run."""


def _conversation_report(
    conversation: Any, store: Any, vocabulary: Any, cases: list[Any], *, with_cases: bool
) -> dict[str, Any]:
    """The set sent to the real conversation, each case's context seeded as its session state
    (`assistant.evaluation.understanding.replay`); the report gains the reader's latency, the
    seeding gaps and whether categories were guessed."""
    from assistant.evaluation.understanding import evaluate_understanding
    from assistant.evaluation.understanding.replay import ConversationReplay

    replay = ConversationReplay(conversation, vocabulary, list(store.iter_products()))
    name = f"conversation: {conversation.c.parser_mode}"
    report = evaluate_understanding(cases, replay, name=name).to_json(with_cases=with_cases)
    report["latency"] = replay.latency()
    report["seeding_gaps"] = dict(replay.unseeded)
    report["category_guess"] = conversation.c.categories is not None
    return report


def understanding(
    ctx: typer.Context,
    set_path: Path | None = typer.Option(
        None, "--set", help="A YAML file or folder of the labelled set (default: tests/data/...)."
    ),
    end_to_end: bool = typer.Option(
        False, "--end-to-end", help="Also check the picks of each single-message search."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON (with each case's misses)."),
    parser: str = typer.Option(
        "rules",
        "--parser",
        help="Who reads each turn: rules, model (the request parser's model, the rules as "
        "fallback) or auto (the model where the rules fall short). The model is "
        "SHOPASSIST_PARSER_MODEL with SHOPASSIST_PARSER_ADAPTER.",
    ),
    replay: str = typer.Option(
        "conversation",
        "--replay",
        help="How each case is run: conversation (the only way: the real conversation runs the "
        "turn from the case's context seeded as its session state; needs `shopassist index "
        "build`). Kept so older commands run.",
    ),
    limit: int | None = typer.Option(
        None,
        "--limit",
        min=1,
        help="Score N cases spread evenly over the set (every k-th case; a quicker look).",
    ),
) -> None:
    """Score the conversation's understanding on the labelled set, each case run through the
    real conversation; the set is for evaluation only.

    Reads the catalog's brands and categories from your store: import the catalog the set was
    written for first (`shopassist data import ../shared/data/amazon-beauty-2014`).
    """
    from assistant.adapters import catalog_vocabulary
    from assistant.dialogue.context import TurnOptions
    from assistant.dialogue.reader import PARSER_MODES
    from assistant.evaluation.understanding import load_cases
    from core.errors import ShopAssistError
    from ui.compose import build_conversation

    store = store_of(ctx)
    cases = load_cases(set_path)
    vocabulary = catalog_vocabulary(store)
    if not vocabulary.categories:
        raise ShopAssistError(
            "catalog: expected products with categories, got an empty store; run "
            "`shopassist data import ../shared/data/amazon-beauty-2014` first"
        )
    if parser not in PARSER_MODES:
        raise ShopAssistError(
            f"--parser: expected one of {', '.join(PARSER_MODES)}, got {parser!r}"
        )
    if limit is not None and limit < len(cases):
        step = len(cases) / limit
        cases = [cases[int(i * step)] for i in range(limit)]
    if replay not in REPLAYS:
        raise ShopAssistError(f"--replay: expected one of {', '.join(REPLAYS)}, got {replay!r}")
    settings = settings_of(ctx).model_copy(update={"parser": parser})
    # Picks for the first message, not a clarifying question (asked of every new shopper).
    conversation = build_conversation(
        settings, store, with_copy=False, options=TurnOptions(clarify=False)
    )
    report = _conversation_report(conversation, store, vocabulary, cases, with_cases=as_json)
    if end_to_end:
        from assistant.evaluation.understanding.end_to_end import run_end_to_end

        report["end_to_end"] = run_end_to_end(conversation, cases).to_json()
    if as_json:
        print_json(report)
    else:
        _print_report(report)
