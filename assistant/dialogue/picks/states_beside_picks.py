"""What the shopper says of their own (or their person's) skin, hair or habits while picks are
on screen: beside picks of the department it names, it is what the need on screen is for ("my
hair is also color treated", "i have blonde highlights", "i bleach my hair a lot":
`a_state_in_the_picks_department`); beside picks of another part's department it is a need of
its own ("my skin is very dry" beside shampoos: `a_state_elsewhere`,
`a_state_for_another_need`).

`TurnReader` (reader.py) calls these among the rules of `beside_picks.py`.
"""

from __future__ import annotations

import re

from assistant.dialogue.category.need_category import department
from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.needs.wording import WORD
from assistant.dialogue.phrases.refinements import FOR_A_STATE
from assistant.dialogue.phrases.shopper_states import SKIN
from assistant.dialogue.request import Intent, Request
from catalog.category_paths import nested
from retrieval.tokenize import stem

OWN_STATE = re.compile(
    r"^(?:(?:and|but|also|oh|ok|okay|btw|actually|well),?\s+)*(?:(?:my|his|her|their|our) )?"
    r"(?P<part>hair|skin|scalp|face|lips|nails|feet|hands)\s+(?:is|are|gets|get|feels|has|"
    r"have|was|tends to be|can be)\b"
)
"""The state of the shopper's (or their person's) hair or skin said beside the picks ("my hair
is also color treated"): what the need on screen is for, when its words name the picks'
department only or search guesses the picks' type."""


PART_DEPARTMENT = {"hair": "hair", "scalp": "hair", "skin": "skin", "face": "skin", "nails": "nail"}
"""The department each part of the body a state is said of belongs to, as a department's name
says it ("Hair Care"): whether a state said beside the picks is about their department
(`a_state_elsewhere`)."""


def a_state_elsewhere(english: str, shown: str | None) -> bool:
    """Whether ``english`` says how the shopper's skin, hair or nails are (`OWN_STATE`), or
    only the skin or hair type a need is for (`FOR_A_STATE`: "something for oily skin"), while
    the picks are in a department named for another of them: "my skin is very dry" beside
    shampoos (Hair Care) is a need of its own, not shampoos for dry skin. Beside makeup or
    bath products (a department named for no part) the state is what the picks are for."""
    lowered = " ".join(english.lower().split())
    said = OWN_STATE.match(lowered)
    part = PART_DEPARTMENT.get(said.group("part")) if said else None
    if part is None and re.match(FOR_A_STATE, lowered):  # "something for oily skin"
        part = "skin" if re.search(SKIN, lowered) else "hair"
    if part is None or not shown:
        return False
    named = {stem(w) for w in WORD.findall(department(shown).lower())}
    return bool(named & set(PART_DEPARTMENT.values())) and part not in named


def a_state_for_another_need(request: Request, english: str, situation: TurnSituation) -> Request:
    """A state of the shopper's skin or hair said beside picks in a department named for
    another part (`a_state_elsewhere`) is a new need for that state, not a detail of the
    picks' need."""
    if (
        request.intent == Intent.REFINE
        and situation.beside_picks
        and a_state_elsewhere(english, situation.need_category)
    ):
        request.intent, request.add_detail, request.parsed.category = Intent.SEARCH, False, None
    return request


PARTS_NOT_PRODUCTS = frozenset(
    {"hair", "scalp", "skin", "face", "lip", "lips", "nail", "nails", "eye", "eyes", "lash",
     "lashes", "brow", "brows", "hand", "hands", "foot", "feet", "body", "legs", "beard"}
)  # fmt: skip
"""Words that name a part of the body, not a product: what a need is for when said after "for"
("for my lips" is a need of its own), unlike a product it is used on (`used_on_a_type`); a
part said with an article is a state, not a thing owned ("i have a sensitive scalp").
Not `need_category.BRANCH_PARTS` (the parts whose branch a need's other words are for:
no "skin" there), nor `PART_DEPARTMENT`."""


HAS_STATE = re.compile(
    r"^(?:(?:and|but|also|oh|ok|okay|btw|well|actually),?\s+)*(?:i|she|he|we|they)\s+"
    r"(?:have|has|'ve|got|'ve got|have got)\s+(?P<what>[a-z][a-z' ]*?)\W*$"
)
"""What the shopper (or their person) has said beside the picks ("i have blonde highlights",
"she has extensions"): how they are, what the need on screen is for."""


OWN_HABIT = re.compile(
    r"^(?:(?:and|but|also|oh|ok|okay|btw|well|actually),?\s+)*(?:(?:i|she|he|we|they)\s+)?"
    r"(?:(?:often|always|usually|regularly|sometimes|also)\s+)?"
    r"(?P<what>(?:bleach|colou?r|dye|highlight|straighten|curl|perm|relax|flat iron|blow dry|"
    r"heat style|style|tint|wax|shave)(?:e?s|e?d)?\s+(?:my|her|his|their|our)\s+"
    r"(?:hair|skin|face|nails|lips|brows|lashes|legs)\b.*?)\W*$"
)
"""What the shopper (or their person) does to their hair or skin, said beside the picks ("i
bleach my hair a lot"): how they are, what the need on screen is for, like `HAS_STATE`."""


OWNED = re.compile(r"^(?:a|an|the|one|it|that|this|these|those|no|some|any)\b")
"""Words after "i have" that say a thing owned ("i have a hair dryer"), not how one is."""


def a_state_in_the_picks_department(
    request: Request, english: str, situation: TurnSituation
) -> Request:
    """What the shopper says they have or do beside the picks (`HAS_STATE`, `OWN_HABIT`), where
    its words name a category of the picks' own department (read or guessed), is what the need
    on screen is for: "i have blonde highlights" beside color-safe shampoos searched hair color
    (Highlights), "i have extensions" wigs, "i color my hair a lot" beside hair masks hair dyes.
    A thing owned ("i have a hair dryer") is read as before; a part of the body with an article
    ("i have a sensitive scalp") is a state."""
    shown = situation.need_category if situation.picks else None
    category = request.parsed.category
    lowered = " ".join(english.lower().split())
    said = HAS_STATE.match(lowered) or OWN_HABIT.match(lowered)
    if request.intent != Intent.SEARCH or not shown or not category or said is None:
        return request
    what = said.group("what")
    if OWNED.match(what) and not PARTS_NOT_PRODUCTS & set(WORD.findall(what)):
        return request
    if nested(category, shown) or department(category) != department(shown):
        return request
    request.intent, request.add_detail = Intent.REFINE, True
    request.text, request.parsed.category = what, None
    return request
