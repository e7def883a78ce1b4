""" "que no se corra" (Spanish: that does not run) rules out nothing: the pronoun after a
Romance "no" is no ingredient (`avoid.AVOID_NOT_ITEMS`); before, it ruled out the word "se"
(and, with the brand matcher, the brand SE). "without parabens" beside it still rules them out."""

from __future__ import annotations

from assistant.dialogue.needs.avoid import find_avoided
from tests.tables import reads_as

test_a_pronoun_after_no_is_no_ingredient = reads_as(
    lambda said: find_avoided(said)[0],
    [
        ("una máscara que no se corra", []),
        ("un rimmel che non si sbava", []),
        ("a mascara que no se corra without parabens", ["parabens"]),
    ],
)
