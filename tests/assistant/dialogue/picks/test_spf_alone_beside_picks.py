"""An SPF said alone beside the picks, with "only", "min", "must be" or "or higher" around it
("spf 50 only", "must be spf 30+"), is a detail of the need on screen (`SPF_ONLY`), as "spf 50"
was; with a type named it is a new need. Before, "spf 50 only" beside face sunscreens was a new
search in Sports."""

from __future__ import annotations

import pytest

from assistant.dialogue.request import Intent
from assistant.dialogue.understanding import understand

SPF_ALONE = [
    "spf 50 only",
    "only spf 50 pls",
    "spf 50 or higher only",
    "must be spf 30+",
    "spf 50 minimum",
    "spf 50, ideally",
    "needs to have spf 30 and up",
]
SPF_OF_A_TYPE = ["spf 50 sunscreen for kids", "a face cream with spf 50 only"]


@pytest.mark.parametrize(
    ("message", "intent"),
    [*((m, Intent.REFINE) for m in SPF_ALONE), *((m, Intent.SEARCH) for m in SPF_OF_A_TYPE)],
)
def test_an_spf_alone_refines_the_picks_and_one_of_a_type_is_a_new_need(
    message: str, intent: Intent
) -> None:
    assert understand(message, shown=4).intent == intent, message
