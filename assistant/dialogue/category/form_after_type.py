"""The form a product type comes in, said right after the type's words ("a conditioner spray",
"an eyeliner pen", "dry shampoo powder", "a leave-in spray"): the form says how the type comes,
not what the need is. One reading over one table of forms (`phrases.product_traits.FORMS`),
for every reader of a type said before its form (`type_said_last`, `form_said_last`,
`titled_types.form_after`).
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.dialogue.phrases.product_traits import FORMS


def form_said_after(said: Sequence[str], end: int) -> str | None:
    """The form (`FORMS`) that ``said`` (a need's words, lower case) says right after a type's
    words ending before ``end``: "spray" of ["conditioner", "spray"] (end 1), "powder" of
    ["dry", "shampoo", "powder"] (end 2); None where no word comes before ``end`` or after
    it, or the word there is no form."""
    return said[end] if 0 < end < len(said) and said[end] in FORMS else None


def form_said_last(said: Sequence[str]) -> str | None:
    """The form ``said`` (a need's words, lower case) says last, after a type's words
    (`form_said_after`: "conditioner spray"); else None ("spray", "a spray for my hair")."""
    return form_said_after(said, len(said) - 1)
