"""The team-written copy examples: grounded, usable by the rubric, and none about the copy bench's
held-out products."""

from __future__ import annotations

from collections import Counter

import pytest

from assistant.copy import GroundingChecker
from assistant.copy.claims import GroundingReport
from assistant.copy.delivered import Copy
from assistant.copy.rubric import score_copy
from assistant.copy.templates import CHANNELS
from assistant.llm.tuning.copy_examples import load_examples, load_holdout

EXAMPLES = load_examples()
CHECKER = GroundingChecker(
    brands={e.brand for e in EXAMPLES if e.brand}, categories={e.category for e in EXAMPLES}
)


def test_there_are_a_few_hundred_spread_over_the_channels():
    counts = Counter(e.channel for e in EXAMPLES)
    assert set(counts) == set(CHANNELS) and min(counts.values()) >= 206
    assert len(EXAMPLES) >= 4 * 206


def test_no_example_is_about_a_held_out_product():
    held = load_holdout()
    assert len(held) == 50 == len(set(held))
    assert not {e.item_id for e in EXAMPLES} & set(held)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: f"{e.item_id}-{e.channel}")
def test_every_example_is_grounded_and_usable(example):
    product = example.product()
    for text in (example.text, example.subject):
        report = CHECKER.check(text, product)
        assert report.grounded, (text, [c.text for c in report.unsupported])
    copy = Copy(
        item_id=example.item_id, channel=example.channel, text=example.text,
        subject=example.subject, grounded=True, report=GroundingReport(),
    )  # fmt: skip
    score = score_copy(copy, product, CHECKER)
    assert score.usable, score.reasons
