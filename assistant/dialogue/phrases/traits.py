"""A trait the picks have too much of, or the need should have more or less of ("too
girly", "more natural", "not too loud"), and the catalog's word for its milder side;
`milder` reads them.
"""

from __future__ import annotations

TOO_MUCH_OF_IT = (
    r"^(?:(?:no|nah|hmm|ugh|but|they'?re|they are|these are|those are|it'?s|it is|that'?s|"
    r"a bit|a little|way|kinda|bit)\W+)*too (?:much |many )?[a-z]+"
)
"""A message that opens by finding the picks too much of something ("too girly", "a bit too
bright", "they're too shiny", "way too loud"): about them, not a need ("a mask too" says it
at the end)."""


MORE_OF_A_TRAIT = (
    r"^(?:(?:and|but|ok|okay|hmm|maybe|actually|so|now|a bit|a little|slightly|much|a lot),? )*"
    r"more "
    r"(?!(?:please|pls|options?|picks?|ones?|results?|like|of|than|choices?|stuff|things?|"
    r"items?|products?|expensive|pricey|affordable)\b)[a-z]+(?:[\s,]+(?:please|pls|maybe|"
    r"though|tho|thanks|if possible))*\W*$"
)
"""Only more of a trait ("more neutral please", "a bit more natural"): beside the picks, a
detail of the need on screen, not the type a word names (Concealers & Neutralizers)."""


_TRAITS = (
    r"(bright|loud|strong|heavy|sweet|shiny|glittery|flashy|bold|intense|dark|thick|sticky|"
    r"greasy)"
)


_FELT_TRAITS = (
    r"(bright|loud|strong|heavy|sweet|shiny|flashy|bold|intense|dark|thick|sticky|greasy)"
)
"""`_TRAITS` less the looks ruled out after "not" or "nothing" (`avoid.LOOK_WORDS`: "nothing
glittery" is no glitter, not a matte one)."""


TONED_DOWN = (
    rf"\b(?:(?:not|nothing|none|isn'?t|nothin) (?:too|so|very|overly|that|super|crazy) {_TRAITS}"
    rf"|(?:isn'?t|aren'?t|thats not|(?:is|'s|are|'re) not) {_TRAITS}\b"
    r"|(?:doesn'?t|does not|don'?t|do not|dont|doesnt|won'?t|will not|wont) "
    rf"(?:feel|look|get|leave (?:\w+ ){{0,2}}?)\s*{_TRAITS}"
    rf"\b|(?:(?:i|she|he|we|they) )?(?:really )?(?:hate|hates|dislike|dislikes|can'?t stand|"
    r"(?:do not|does not|don'?t|doesn'?t|dont|doesnt) (?:really )?like) "
    rf"(?:anything |everything |all )?{_TRAITS}"
    r"(?:\s+(?:stuff|ones|things|products?|formulas?|textures?|feel(?:ing)?)\b|(?=\s*(?:[,.!?;]|$))))"
    rf"|(?:^|(?<=,)\s*|(?<=\bbut)\s+)(?:not|nothing) {_FELT_TRAITS}"
    r"(?=(?:\s+(?:please|pls|plz|tho|though|thanks))*\s*(?:[,.!?;]|$))"
)
"""A trait the need should not have much of ("nothing too bright", "not too loud", "one that
isn't greasy", "doesn't feel greasy", "won't leave my skin sticky", "i hate greasy stuff", "he
hates anything sticky", "he doesn't like anything greasy", "not sticky" said alone or after a
comma or "but"; not "i hate greasy hair", "not sticky hair"):
said of the picks on screen, a refinement; the word is never searched for (`MILDER` says what
is; `toned_trait` which was said)."""


MILDER = {
    "bright": "natural", "loud": "light", "strong": "light", "heavy": "light", "sweet": "fresh",
    "shiny": "matte", "glittery": "matte", "flashy": "natural", "bold": "natural",
    "intense": "light", "dark": "light", "thick": "light", "sticky": "non-sticky",
    "greasy": "non-greasy",
}  # fmt: skip
"""The catalog word for the milder side of a `TONED_DOWN` trait ("bright" blush: "natural")."""


TONED_CLAUSE = r"(?:\b(?:that|which)(?:'s|’s| is| are)?\s+|,\s*)?" + TONED_DOWN
"""A `TONED_DOWN` trait said of a new need, with the clause that leads to it ("a hair dryer
that's not too loud"): the whole is the milder word (`milder_words`)."""


APPLIANCES = ("Styling Tools", "Tools & Accessories")
"""Categories of appliances and tools: what is not loud there is quiet, not light."""
