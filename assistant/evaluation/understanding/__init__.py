"""`shopassist eval understanding` (issue 17, point 7): score an understanding of shopper turns
field by field against the labelled set in tests/data/understanding, and, end to end, the
picks the conversation shows for each single-message search.

- `cases`: the set as typed cases (`load_cases`).
- `record`: the neutral `Understood` record every understanding is adapted to.
- `fields`: one scorer per field, per the set's label contract.
- `report`: per-field accuracy and false-positive rate, the headline share, by group.
- `rules`: today's rules (`understand` + `parse_query` + `match_option`) as an `Understander`.
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
from assistant.evaluation.understanding.rules import rules_understander

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
    "rules_understander",
    "score_case",
]
