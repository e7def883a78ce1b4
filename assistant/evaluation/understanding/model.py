"""The conversation's turn reader (the rules, a request parser's model, or both in ``auto``
mode) behind a stopwatch (`TimedReader`), and what a parser reads beside a message in a case's
context (`situation_of`): the pending question, the picks on screen, the request so far. The
replay (`replay`) reads each turn through the stopwatch, so the latency the report prints is
the reader's alone; a reading the parser gave up on is counted: out of time (its budget,
``SHOPASSIST_PARSER_TIMEOUT``) or failed.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.dialogue.model.model_request import PickLine, TurnSituation
from assistant.dialogue.model.parser import RequestParser
from assistant.dialogue.reader import TurnReader
from assistant.dialogue.request import Request
from assistant.dialogue.vocabulary import CatalogVocabulary
from assistant.evaluation.understanding.cases import DialogueContext, Labels
from assistant.evaluation.understanding.seed import option_paths


def so_far_line(labels: Labels) -> str:
    """The request so far in one line, as the conversation shows it to a parser."""
    parts = (
        ("need", labels.need[0] if labels.need else ""),
        ("category", labels.category[0] if labels.category else ""),
        ("price_min", labels.price_min),
        ("price_max", labels.price_max),
        ("brands", ", ".join(labels.brands)),
        ("exclude_brands", ", ".join(labels.exclude_brands)),
        ("avoid", ", ".join(labels.avoid)),
    )
    return "; ".join(f"{name}={value}" for name, value in parts if value not in (None, ""))


def situation_of(
    context: DialogueContext | None, vocabulary: CatalogVocabulary
) -> tuple[TurnSituation, list[str]]:
    """What a parser reads beside the message, and the pending options as category paths."""
    if context is None:
        return TurnSituation(), []
    question = context.question
    options: list[str] = []
    if question is not None:
        under = context.constraints.category[0] if context.constraints.category else None
        need = context.constraints.need[0] if context.constraints.need else ""
        paths = option_paths(question.options, under, tuple(vocabulary.categories), need)
        options = list(paths.values())
    situation = TurnSituation(
        question=question.text if question else "",
        options=question.options if question else (),
        picks=tuple(PickLine(p.title, p.brand, p.price) for p in context.picks),
        so_far=so_far_line(context.constraints),
    )
    return situation, options


@dataclass
class TimedReader:
    """A `TurnReader` behind a stopwatch: each reading's time and source kept, and the last
    request read. It reads as the reader does (`read`), so a conversation can read through it.

    Attributes:
        reader: the turn reader under test.
        seconds: how long each reading took, in call order.
        sources: who read each turn (``rules`` or the parser's name).
        gave_up: the parser's give-ups over all readings: "timed out" (its time budget ran
            out) and "failed" (any other model error), from its `ModelTask` counts.
        last: the request the last reading returned, or None before the first.
    """

    reader: TurnReader
    seconds: list[float] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    gave_up: Counter[str] = field(default_factory=Counter)
    last: Request | None = None

    @property
    def parser(self) -> RequestParser | None:
        """The reader's request parser (None: the rules alone)."""
        return self.reader.parser

    def read(self, text: str, situation: TurnSituation, options: Sequence[str] = ()) -> Request:
        """`TurnReader.read`, timed and counted."""
        task = getattr(self.reader.parser, "task", None)
        before = Counter(task.counts) if task is not None else Counter()
        started = time.perf_counter()
        request = self.reader.read(text, situation, options)
        self.seconds.append(time.perf_counter() - started)
        self.sources.append(request.source)
        if task is not None:
            spent = Counter(task.counts)
            spent.subtract(before)
            self.gave_up.update({k: spent[k] for k in ("timed out", "failed") if spent[k] > 0})
        self.last = request
        return request

    def latency(self) -> dict[str, float | int]:
        """p50 and p95 of the readings in milliseconds, how many the model read (its answer
        used), how many ran out of its time budget and how many failed otherwise (the rules
        read those)."""
        if not self.seconds:
            return {}
        ordered = sorted(self.seconds)

        def at(q: float) -> float:
            return round(1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)

        model = sum(1 for s in self.sources if s != "rules")
        return {
            "turns": len(ordered),
            "p50_ms": at(0.5),
            "p95_ms": at(0.95),
            "model_read": model,
            "ran_out_of_time": self.gave_up["timed out"],
            "model_failed": self.gave_up["failed"],
        }
