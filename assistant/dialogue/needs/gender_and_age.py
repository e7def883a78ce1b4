"""Whom a product is made for by sex and age (issue 17: the labelled ``gender`` and
``age_group``), read by the words of `phrases.person_traits`; `stated_traits` reads them with the
other traits."""

from __future__ import annotations

import re

from assistant.dialogue.needs.traits_as_said import ruled_out_before
from assistant.dialogue.phrases.person_traits import AGE, AGE_GROUPS, CLAUSE_BREAK, GENDERS


def gender_said(text: str) -> str:
    """Whom the product is made for by sex (`GENDERS`), not where ruled out ("not too girly");
    men and women said in one clause are unisex ("a men's and a women's perfume"), in two the
    one said last ("those are all for women, I need men's": what was shown, then what is
    wanted)."""
    said = {  # each gender at its last place said
        name: max(starts)
        for pattern, name in GENDERS
        if (
            starts := [
                m.start()
                for m in re.finditer(pattern, text)
                if not ruled_out_before(text, m.start())
            ]
        )
    }
    if "unisex" in said or not said:
        return "unisex" if said else ""
    if len(said) == 1:
        return next(iter(said))
    first, last = sorted(said, key=said.__getitem__)
    between = text[said[first] : said[last]]
    return last if re.search(CLAUSE_BREAK, between) else "unisex"


def age_group_said(text: str) -> str:
    """The age group ``text`` says (`AGE_GROUPS`), or the one of an age said (`AGE`: "for my
    10 year old": kids; "in her 40s": adult); "" when none."""
    for pattern, name in AGE_GROUPS:
        if re.search(pattern, text):
            return name
    m = re.search(AGE, text)
    if m is None:
        return ""
    decade = m.group(5)  # "in her 40s"
    age = int(decade) * 10 if decade else int(next(g for g in m.groups()[:4] if g))
    if age < 3:
        return "baby"
    if age < 13:
        return "kids"
    if age < 20:
        return "teen"
    return "adult" if age < 50 else "mature"
