"""A trait the shopper wants less of, and the catalog's word for its milder side: "not too
loud" beside hair dryers is quiet, beside lipsticks light; "nothing too bright" says only that
(`toned_down`), and "a hair dryer that's not too loud" searches 'hair dryer quiet'
(`milder_words`); a trait a pick has too much of ("too greasy") is said as its milder side
(`TOO_MUCH`, `milder_sides`). The patterns are `TONED_DOWN`, `TONED_CLAUSE` and the
words `MILDER` of `phrases.traits`; understanding and the search and feedback handlers read them
through these.
"""

from __future__ import annotations

import re

from assistant.dialogue.needs.wording import WORD, said_words, tidy
from assistant.dialogue.phrases.traits import APPLIANCES, MILDER, TONED_CLAUSE, TONED_DOWN
from retrieval.tokenize import STOP_WORDS


def toned_down(text: str) -> bool:
    """Whether the (lower-cased) message only says what trait the need should not have much of
    ("nothing too bright", "hmm, not too loud please"): `TONED_DOWN` and no other content
    word."""
    rest = re.sub(TONED_DOWN, " ", text)
    return rest != text and not [w for w in said_words(rest) if w not in STOP_WORDS]


def toned_trait(toned: re.Match[str]) -> str:
    """The trait a `TONED_DOWN` match tones down, lower-cased (of "not too loud" or "i hate
    greasy stuff")."""
    return next(g for g in toned.groups() if g).lower()


def milder(trait: str, category: str | None) -> str:
    """The catalog word for the milder side of ``trait`` (`MILDER`), in ``category``: a loud
    hair dryer's milder side is quiet, a loud lipstick's light."""
    if trait == "loud" and category and any(name in category for name in APPLIANCES):
        return "quiet"
    return MILDER[trait]


def milder_words(text: str, category: str | None) -> str:
    """``text`` with each `TONED_DOWN` trait said (and "that's" before it) as its milder word
    ("a hair dryer that's not too loud": "a hair dryer quiet"): else "not" drops the trait and
    leaves "that's" as the need's last word. A milder word the text already says is not said
    twice ("smells fresh, not too sweet": 'smells fresh')."""
    said = set(WORD.findall(text.lower()))

    def said_milder(toned: re.Match[str]) -> str:
        word = milder(toned_trait(toned), category)
        return " " if word in said else f" {word} "

    return tidy(re.sub(TONED_CLAUSE, said_milder, text, flags=re.I))


TOO_MUCH = re.compile(
    r"\b(?:(?:a )?(?:bit|little|way|kinda) )?too (?:much |many )?([a-z]+)(?: ones?)?\b"
)
"""What a pick has too much of ("looks too orange", "too many glitter ones"): not wanted."""


def milder_side(found: re.Match[str], category: str | None) -> str:
    """The milder side of a trait found too much of (`TOO_MUCH`: "too greasy" is 'non-greasy',
    `milder.milder`), or a space where it has none ("too orange")."""
    trait = found.group(1)
    return f" {milder(trait, category)} " if trait in MILDER else " "


def milder_sides(said: str, category: str | None) -> str:
    """Only the milder sides of the traits ``said`` finds too much of ("I didn't like the
    second one, too greasy": 'non-greasy'), for a dislike that gives its reason."""
    return tidy(" ".join(milder_side(f, category) for f in TOO_MUCH.finditer(said.lower())))
