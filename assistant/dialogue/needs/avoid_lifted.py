"""An ingredient ruled out earlier that the shopper lets back in ("forget the sulfate thing",
"actually nuts are fine", "parabens are ok, just no fragrance", "I'm not allergic to shea"),
and what a reply says about ingredients ruled out in an earlier turn: they stay for the whole
conversation (an allergy does not end with a search) until lifted so."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.dialogue.needs.avoid import CLAUSE_BREAK
from assistant.dialogue.needs.lift_offer import lift_offer
from assistant.dialogue.needs.wording import WORD
from retrieval.filters import avoid_terms, names_absent, names_present

FORGOTTEN = (
    r"\b(?:forget|never ?mind|nevermind|ignore|disregard|scratch|scrap)\b"
    r"|\bno (?:need|reason) to (?:avoid|leave out|skip)\b"
    r"|\b(?:doesn'?t|does not|don'?t|do not) (?:have to|need to) be\b"
)
"""Taking back what was said ("forget the paraben-free part", "no need to avoid fragrance"):
the ingredient may be named as absent in it."""

LIFTED = re.compile(
    rf"{FORGOTTEN}"
    r"|\b(?:is|are|'s|'re|s)\s+(?:(?:actually|totally|now|really|perfectly|all|completely|"
    r"also|still|both|probably)\s+){0,2}(?:fine|ok|okay|alright|all right|no problem|not a problem|"
    r"not an issue|allowed)\b"
    r"|\b(?:don'?t|doesn'?t|do not|does not|won'?t|never)\s+(?:actually\s+|really\s+)?"
    r"(?:bother|affect|irritate|hurt|trouble|matter)\b"
    r"|\bnot\s+(?:actually\s+|really\s+|even\s+)?(?:allergic|sensitive|intolerant)\b"
    r"|\b(?:include|allow|bring back|add back|let back)\b"
)
"""What takes an ingredient back in the clause that names it: forgetting it, saying it is fine
or does not bother, not being allergic to it, including it again. Only an ingredient ruled
out so far is lifted ("forget coconut" beside coconut lotions takes back a need word)."""

CLAUSES = re.compile(rf"{CLAUSE_BREAK.pattern}|\s+(?:but|just|only)\s+")
"""Where a clause ends: "parabens are ok, just no fragrance" lifts parabens alone."""


def _names(clause: str, item: str) -> bool:
    """Whether ``clause`` lets ``item`` ruled out so far back in: it names it by a word of its
    family either way ("nuts" for "almond", "scent" for "fragrance", "shea" for "nut"), or as
    absent where it takes that back ("forget the paraben-free part"; "fragrance-free ones are
    fine" still rules fragrance out)."""
    own = avoid_terms([item])
    if any(names_present(clause, t) for t in own):
        return True
    if re.search(FORGOTTEN, clause) and any(names_absent(clause, t) for t in own):
        return True
    cleared = re.sub(r"\b[\w'-]+[\s-]*free\b", " ", clause)  # "nut-free": no lift
    return any(item in avoid_terms([word]) for word in WORD.findall(cleared))


def lifted_avoids(text: str, avoided: Sequence[str]) -> list[str]:
    """The items of ``avoided`` (ruled out so far) the lower-cased message lets back in: named
    in a clause that says so (`LIFTED`)."""
    if not avoided:
        return []
    phrases = lifting_phrases(text, avoided)
    return [item for item in avoided if any(_names(c, item) for c in phrases)]


def lifting_phrases(text: str, avoided: Sequence[str]) -> list[str]:
    """The clauses of the lower-cased message that let an item of ``avoided`` back in: no
    need words and nothing ruled out in them ("actually nuts are fine")."""
    clauses = [c for c in CLAUSES.split(text) if c and LIFTED.search(c)]
    return [c for c in clauses if any(_names(c, item) for item in avoided)]


def carried_note(carried: Sequence[str]) -> str:
    """What a reply for a new need says of the ingredients ruled out in an earlier turn that
    it still leaves out, and how to lift them."""
    if not carried:
        return ""
    items = ", ".join(carried)
    offer = lift_offer(f"{carried[0]} is fine", "include it again")
    return f" I still leave out {items}, as you said earlier; {offer}."


def lifted_note(lifted: Sequence[str]) -> str:
    """What a reply says when the message let ruled-out ingredients back in."""
    return f"OK, I no longer leave out {', '.join(lifted)}. " if lifted else ""
