"""A brand alias of one or two letters ("SE", "AG") is read only when written as a name: a
negation before it is not enough, since short words follow negations in every language ("que no
se corra", Spanish: "that does not run", excluded the brand SE)."""

from __future__ import annotations

from retrieval.brand_names import BrandMatcher
from tests.tables import reads_as

MATCHER = BrandMatcher(["SE", "AG", "OPI"], set())

test_a_short_alias_needs_a_name = reads_as(
    lambda said: MATCHER.match(said.lower(), negated=True, named=said.isupper()),
    [("se", []), ("SE", ["SE"]), ("ag", []), ("AG", ["AG"]), ("opi", ["OPI"])],
)
