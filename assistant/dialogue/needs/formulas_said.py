"""The formulas a message says (issue 17: the labelled ``formula``): a form before another
product word or right after a type's word ("a deodorant stick"), what a formula is said to be
("waterproof", "oil-free") or to do ("dries fast"), read by the words of
`phrases.product_traits`; `stated_traits` reads them with the other traits."""

from __future__ import annotations

import re

from assistant.dialogue.needs.traits_as_said import alternatives, ruled_out_before
from assistant.dialogue.needs.wording import joined
from assistant.dialogue.phrases.product_traits import (
    BEHAVIOURS,
    DESCRIBED_FORMULAS,
    FILTERED,
    FORM_WORDS,
    FORMS_AFTER_A_TYPE,
    FORMULAS,
    FREE_OF,
    INGREDIENTS,
    NOT_A_FORM_AFTER,
)
from retrieval.lexicon import in_american_spelling
from retrieval.tokenize import STOP_WORDS

INGREDIENT = re.compile(rf"\b({alternatives(INGREDIENTS)})\b")
"""An ingredient named (`INGREDIENTS`): the ``ingredient`` wanted, and no formula of its own
("an argan oil shampoo": no oil formula)."""
_DESCRIBED = re.compile(rf"\b({alternatives(DESCRIBED_FORMULAS)})\b")
_FORMULA = re.compile(rf"\b({alternatives(FORMULAS)})\b(?![-'](?:free|based))")


def formulas_said(text: str) -> str:
    """The forms said before another product word, with a word for the form or right after
    the type (`_forms_after_a_type`: "a deodorant stick"), and what a formula is said to be
    ("waterproof") or to do (`BEHAVIOURS`: "dries fast": quick-drying)."""
    found = []
    named = [i.span() for i in INGREDIENT.finditer(text)]
    for m in _FORMULA.finditer(text):
        after = re.match(r"[\s-]*([a-z']+)", text[m.end() :])
        nxt = after.group(1) if after else ""
        formed = re.match(rf"\s+{FORM_WORDS}\b", text[m.end() :]) or re.search(
            r"\bin (?:a |an )?$", text[: m.start()]
        )
        if ruled_out_before(text, m.start()) or any(a < m.start() < b for a, b in named):
            continue  # "an argan oil shampoo": the oil is argan's, no oil formula
        if formed or (nxt and nxt not in NOT_A_FORM_AFTER and not nxt.isdigit()):
            found.append(FORMULAS[m.group(1)])
    found += _forms_after_a_type(text)
    found += [
        DESCRIBED_FORMULAS[m.group(1)]
        for m in _DESCRIBED.finditer(text)
        if not ruled_out_before(text, m.start())
    ]
    found += [name for pattern, name in FILTERED if re.search(pattern, text)]
    found += [
        name
        for pattern, name in BEHAVIOURS
        if any(not ruled_out_before(text, m.start()) for m in re.finditer(pattern, text))
    ]
    free_of = (in_american_spelling(m.group(1)) for m in re.finditer(FREE_OF, text))
    found += [f"{what}-free" for what in free_of]
    return joined(found)


_FORM_AFTER = re.compile(
    rf"\b([a-z]{{3,}})[\s-]+({alternatives(FORMS_AFTER_A_TYPE)})\b(?=\s*(?:[,.;:!?)]|$)|"
    r"\s+([a-z']+))"
)


def _forms_after_a_type(text: str) -> list[str]:
    """The forms said right after a type's word and last in its phrase ("a deodorant stick that
    doesn't mark": stick; "sunscreen spray, spf 30": spray), not after a word of no type ("a
    good balm for", `STOP_WORDS`) nor of an ingredient ("shea butter")."""
    found = []
    for m in _FORM_AFTER.finditer(text):
        before, form, nxt = m.group(1), m.group(2), m.group(3) or ""
        if before in STOP_WORDS or before in NOT_A_FORM_AFTER or before in FORMULAS:
            continue
        if nxt and nxt not in NOT_A_FORM_AFTER and nxt not in STOP_WORDS:
            continue  # "a spray bottle", "a powder brush": read before another word or none
        if not ruled_out_before(text, m.start()):
            found.append(FORMULAS.get(form, form))
    return found
