"""The copy rubric: each check can fail on its own, usable needs all five."""

from __future__ import annotations

import pytest

from assistant.copy import GroundingChecker
from assistant.copy.claims import GroundingReport
from assistant.copy.delivered import Copy
from assistant.copy.rubric import (
    CRITERIA,
    filler_found,
    hook_of,
    mentions_brand,
    score_copy,
    summarise,
)
from catalog.schema import Product
from tests.assistant.copy.products import POLISH, SHAMPOO

CHECKER = GroundingChecker(["essie", "OPI", "Olay"], ["Beauty > Hair Care > Shampoos"])


def copy(text: str, channel: str = "push", subject: str = "", source: str = "llm") -> Copy:
    return Copy(
        item_id="N1", channel=channel, text=text, subject=subject, grounded=True,
        report=GroundingReport(), source=source,
    )  # fmt: skip


def failed(text: str, product: Product = POLISH, **kw: str) -> set[str]:
    score = score_copy(copy(text, **kw), product, CHECKER)
    return {c for c in CRITERIA if not getattr(score, c)}


def test_a_good_push_is_usable():
    score = score_copy(
        copy("Soft pink nails: essie Nail Polish in Ballet Slippers, $8.00."), POLISH, CHECKER
    )
    assert score.usable and not score.reasons and not score.template


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Soft pink nails: essie Nail Polish in Ballet Slippers, $5.99.", "grounded"),
        ("Soft pink nails: OPI Nail Polish in Ballet Slippers, $8.00.", "grounded"),
        ("Soft and pink for summer days, in Ballet Slippers at $8.00.", "names_it"),
        ("essie polish, $8.00 now.", "channel_length"),
        (
            "Soft pink nails: essie Nail Polish in Ballet Slippers, $8.00, and a very long tail "
            "of words that runs past the limit of a push.",
            "channel_length",
        ),
        (
            "Soft pink nails: essie Nail Polish in Ballet Slippers for $8.00, no full stop",
            "channel_length",
        ),
        ("essie Nail Polish in Ballet Slippers, $8.00. Take a look!", "no_filler"),
        ("I love this: essie Nail Polish in Ballet Slippers, $8.00.", "no_filler"),
        ("A must-have: essie Nail Polish in Ballet Slippers, $8.00.", "no_filler"),
        ("Big news for the weekend. Nail Polish by essie, Ballet Slippers, $8.00.", "hook_fits"),
        ("Your skin will love it: essie Nail Polish in Ballet Slippers, $8.00.", "hook_fits"),
        ("essie Nail Polish, Ballet Slippers, 0.46 fl oz, $8.00.", "hook_fits"),
    ],
)
def test_each_check_fails_on_its_own(text: str, criterion: str):
    assert failed(text) == {criterion}


def test_email_needs_a_subject_within_limits_and_its_hook_is_the_subject():
    body = "essie Nail Polish in Ballet Slippers gives a soft pink finish. It is $8.00."
    assert failed(body, channel="email", subject="Soft pink for your nails") == set()
    assert "channel_length" in failed(body, channel="email", subject="")
    assert failed(body, channel="email", subject="Big news, friends") == {"hook_fits"}
    email = copy(body, channel="email", subject="Soft pink for your nails")
    assert hook_of(email) == "Soft pink for your nails"


def test_the_record_own_words_are_not_filler():
    assert filler_found("Treat Me Right cream by CERAVE", Product(
        id="x", title="Treat Me Right Cream", brand="CERAVE", price=1.0)) == []  # fmt: skip
    assert filler_found("Treat me right, CERAVE cream") == ["first person", "shouting"]


def test_brands_match_without_punctuation_and_by_part():
    assert mentions_brand("Wet n Wild lip color", "Wet 'n Wild")
    assert mentions_brand("the Zum bag from Indigo Wild", "Indigo Wild - Zum")
    assert not mentions_brand("a wild night", "Wet 'n Wild")


def test_the_template_is_flagged_and_summarised():
    rows = [
        score_copy(copy("Olay Daily Shampoo, 12 Ounce for $5.50. Take a look!", source="template"),
                   SHAMPOO, CHECKER),
        score_copy(copy("Clean hair daily: Olay Daily Shampoo, $5.50."), SHAMPOO, CHECKER),
    ]  # fmt: skip
    assert rows[0].template and not rows[0].usable and rows[1].usable
    summary = summarise(rows)
    assert summary["usable"] == 0.5 and summary["template"] == 0.5
    assert summary["by_channel"]["push"]["copies"] == 2
