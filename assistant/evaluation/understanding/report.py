"""Running an understanding over the set and summing the verdicts: per-field accuracy where a
field is labelled, its false-positive rate where it is empty, and the issue's headline share
(category and every price/brand constraint right), by language and by kind of case."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from assistant.evaluation.understanding.cases import Case
from assistant.evaluation.understanding.fields import (
    FIELDS,
    HEADLINE_FIELDS,
    CategoryMiss,
    Verdict,
    attributes_missed,
    category_miss,
    score_case,
)
from assistant.evaluation.understanding.record import Understander, Understood

logger = logging.getLogger(__name__)


@dataclass
class CaseResult:
    """One case, what was understood, and each applicable field's verdict."""

    case: Case
    understood: Understood
    verdicts: dict[str, Verdict]

    @property
    def headline(self) -> bool:
        """Category and every price/brand constraint right."""
        return all(self.verdicts[f].right for f in HEADLINE_FIELDS if f in self.verdicts)

    @property
    def all_right(self) -> bool:
        """Every scored field right."""
        return all(v.right for v in self.verdicts.values())

    @property
    def category_miss(self) -> CategoryMiss | None:
        """How a labelled category was missed (None: unlabelled or right)."""
        return category_miss(self.case.expect, self.understood)

    @property
    def attributes_missed(self) -> list[str]:
        """The labelled attribute keys missed (empty: none labelled, or all right)."""
        return attributes_missed(self.case.expect.attributes, self.understood.attributes)


@dataclass
class FieldStats:
    """One field's counts over a group of cases: how many cases got each `Verdict`."""

    counts: Counter[Verdict] = field(default_factory=Counter)

    def add(self, verdict: Verdict) -> None:
        """Count one verdict."""
        self.counts[verdict] += 1

    @property
    def false_positives(self) -> int:
        """Cases labelled empty where something was produced."""
        return self.counts[Verdict.FALSE_POSITIVE]

    @property
    def labelled(self) -> int:
        """Cases where the field is labelled."""
        return self.counts[Verdict.HIT] + self.counts[Verdict.MISS]

    @property
    def empty(self) -> int:
        """Cases where the field is labelled empty and scored."""
        return self.false_positives + self.counts[Verdict.EMPTY_OK]

    @property
    def accuracy(self) -> float | None:
        """Share right among the labelled cases (None when none is labelled)."""
        return _share(self.counts[Verdict.HIT], self.labelled)

    @property
    def false_positive_rate(self) -> float | None:
        """Share with something produced among the empty-labelled cases (None when none)."""
        return _share(self.false_positives, self.empty)

    def row(self) -> dict[str, Any]:
        """A JSON-ready summary."""
        return {
            "labelled": self.labelled,
            "accuracy": _round(self.accuracy),
            "empty": self.empty,
            "false_positive_rate": _round(self.false_positive_rate),
        }


def _share(part: int, whole: int) -> float | None:
    """``part / whole``, or None when ``whole`` is 0 (nothing to share out)."""
    return part / whole if whole else None


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass
class GroupSummary:
    """A group of cases (all, one language family, one kind): shares and per-field stats."""

    name: str
    cases: int = 0
    headline: int = 0
    all_right: int = 0
    fields: dict[str, FieldStats] = field(default_factory=lambda: {f: FieldStats() for f in FIELDS})
    category_misses: Counter[CategoryMiss] = field(default_factory=Counter)
    attributes_labelled: Counter[str] = field(default_factory=Counter)
    attributes_missed: Counter[str] = field(default_factory=Counter)

    def add(self, result: CaseResult) -> None:
        """Count one case."""
        self.cases += 1
        self.headline += result.headline
        self.all_right += result.all_right
        for name, verdict in result.verdicts.items():
            self.fields[name].add(verdict)
        if miss := result.category_miss:
            self.category_misses[miss] += 1
        self.attributes_labelled.update(list(result.case.expect.attributes))
        self.attributes_missed.update(result.attributes_missed)

    @property
    def headline_share(self) -> float | None:
        """Share of cases with category and every price/brand constraint right."""
        return _share(self.headline, self.cases)

    def row(self) -> dict[str, Any]:
        """A JSON-ready summary."""
        return {
            "group": self.name,
            "cases": self.cases,
            "headline_share": _round(self.headline_share),
            "all_fields_share": _round(_share(self.all_right, self.cases)),
            "fields": {name: stats.row() for name, stats in self.fields.items()},
            "category_misses": {kind.value: self.category_misses[kind] for kind in CategoryMiss},
            "attribute_misses": {
                key: {"labelled": n, "missed": self.attributes_missed[key]}
                for key, n in sorted(self.attributes_labelled.items())
            },
        }


GROUPS: dict[str, Callable[[Case], bool]] = {
    "all": lambda c: True,
    "english": lambda c: c.lang == "en",
    "other languages": lambda c: c.lang != "en",
    "single message": lambda c: c.kind == "single",
    "dialogue": lambda c: c.kind == "dialogue",
}


@dataclass
class UnderstandingReport:
    """Every case's result and the group summaries."""

    name: str
    results: list[CaseResult]
    groups: list[GroupSummary]

    @property
    def overall(self) -> GroupSummary:
        """The group of all cases."""
        return self.groups[0]

    def failures(self, fields: Iterable[str] = HEADLINE_FIELDS) -> list[CaseResult]:
        """Cases with any of ``fields`` wrong."""
        wanted = set(fields)
        return [
            r
            for r in self.results
            if any(not v.right for f, v in r.verdicts.items() if f in wanted)
        ]

    def to_json(self, *, with_cases: bool = False) -> dict[str, Any]:
        """A JSON-ready report (``with_cases``: each case's wrong fields too)."""
        out: dict[str, Any] = {"understanding": self.name, "groups": [g.row() for g in self.groups]}
        if with_cases:
            out["cases"] = [
                {
                    "id": r.case.id,
                    "headline": r.headline,
                    "wrong": sorted(f for f, v in r.verdicts.items() if not v.right),
                }
                for r in self.results
            ]
        return out


def labelled_departments(cases: Sequence[Case]) -> list[str]:
    """Each case's labelled department: the top of its first labelled category below the
    root every labelled category shares ("Skin Care" under "Beauty"), or "no category"."""
    paths = [c.expect.category[0].split(" > ") if c.expect.category else [] for c in cases]
    roots = {p[0] for p in paths if p}
    depth = 1 if len(roots) == 1 and all(len(p) > 1 for p in paths if p) else 0
    return [p[depth] if p else "no category" for p in paths]


def summarise(name: str, results: Sequence[CaseResult]) -> UnderstandingReport:
    """Sum the results into the standard groups, then one group per labelled department
    ("labelled Skin Care", ..., most cases first): where the understanding loses, in aggregate."""
    groups = []
    for group, member in GROUPS.items():
        summary = GroupSummary(group)
        for result in results:
            if member(result.case):
                summary.add(result)
        groups.append(summary)
    departments: dict[str, GroupSummary] = {}
    named = labelled_departments([r.case for r in results])
    for result, department in zip(results, named, strict=True):
        departments.setdefault(department, GroupSummary(f"labelled {department}")).add(result)
    groups.extend(sorted(departments.values(), key=lambda g: (-g.cases, g.name)))
    return UnderstandingReport(name, list(results), groups)


def evaluate_understanding(
    cases: Sequence[Case], understander: Understander, *, name: str = "understanding"
) -> UnderstandingReport:
    """Run ``understander`` on every case's message and context and score each field.

    Args:
        cases: the labelled set (`load_cases`).
        understander: (message, context) -> `Understood`; it never sees the labels.
        name: what to call the understanding in the report ("rules", "model: ...").
    """
    results = []
    for case in cases:
        understood = understander(case.message, case.context)
        results.append(CaseResult(case, understood, score_case(case, understood)))
    logger.info("scored %d cases for %s", len(results), name)
    return summarise(name, results)
