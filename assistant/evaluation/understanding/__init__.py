"""`shopassist eval understanding` (issue 17, point 7): score an understanding of shopper turns
field by field against the labelled set in tests/data/understanding, and, end to end, the
picks the conversation shows for each single-message search.

- `cases`: the set as typed cases (`load_cases`).
- `record`: the neutral `Understood` record every understanding is adapted to.
- `fields`: one scorer per field, per the set's label contract.
- `report`: per-field accuracy and false-positive rate, the headline share, by group.
- `replay`: the scorer's understanding: each case sent to the real `Conversation`, its
  context seeded as the session state (`seed`), the record read from the turn and the session.
- `model`: the reader behind a stopwatch (the latency the report prints is the reader's).
- `end_to_end`: category share of the picks and hard constraints honoured, over a ready
  `Conversation`.

The set is for evaluation only: never tune rules, prompts or training data on it.
"""

from __future__ import annotations

from assistant.evaluation.understanding.cases import Case, DialogueContext, Labels, load_cases
from assistant.evaluation.understanding.fields import FIELDS, HEADLINE_FIELDS, Verdict, score_case
from assistant.evaluation.understanding.record import Understander, Understood
from assistant.evaluation.understanding.report import (
    UnderstandingReport,
    evaluate_understanding,
)

__all__ = [
    "FIELDS",
    "HEADLINE_FIELDS",
    "Case",
    "DialogueContext",
    "Labels",
    "Understander",
    "UnderstandingReport",
    "Understood",
    "Verdict",
    "evaluate_understanding",
    "load_cases",
    "score_case",
]
