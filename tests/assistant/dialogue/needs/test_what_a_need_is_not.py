"""What a need says it is not, left out of its search words (`wording.without_negated`,
`NEGATED`)."""

from __future__ import annotations

from assistant.dialogue.needs.wording import without_negated
from tests.tables import reads_as

test_what_is_not_wanted_is_no_search_word = reads_as(
    without_negated,
    [
        ("body lotion, not a cream, something light", "body lotion,, something light"),
        # CONVO79 probes: "no more serums" and "nothing personal like perfume" searched the
        # very type ruled out
        ("no more serums, i want a simple night cream", "i want a simple night cream"),
        ("a small christmas thing, nothing personal like perfume", "a small christmas thing"),
        ("a gift for him, nothing such as cologne", "a gift for him"),
        # must not change: a price, and "no more" alone
        ("a night cream no more than 20", "a night cream no more than 20"),
        ("not perfume", "not perfume"),
    ],
)
