"""An SPF said alone beside the picks, with "only", "min", "must be" or "or higher" around it
("spf 50 only", "must be spf 30+"), is a detail of the need on screen (`SPF_ONLY`), as "spf 50"
was. Before, "spf 50 only" beside face sunscreens was a new search in Sports."""

from __future__ import annotations

import pytest

from assistant.dialogue.request import Intent
from assistant.dialogue.understanding import understand


@pytest.mark.parametrize(
    "message",
    [
        "spf 50 only",
        "only spf 50 pls",
        "spf 50 or higher only",
        "must be spf 30+",
        "spf 50 minimum",
        "spf 50, ideally",
        "needs to have spf 30 and up",
    ],
)
def test_an_spf_alone_refines_the_picks(message: str) -> None:
    assert understand(message, shown=4).intent == Intent.REFINE, message


@pytest.mark.parametrize("message", ["spf 50 sunscreen for kids", "a face cream with spf 50 only"])
def test_an_spf_with_a_type_is_a_new_need(message: str) -> None:
    assert understand(message, shown=4).intent == Intent.SEARCH, message
