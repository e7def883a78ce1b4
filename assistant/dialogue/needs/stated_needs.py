"""What a message says of the shopper, or of the person it is for, that the need is for: skin
and hair type, whom it is for and the occasion (`extract_attributes`), whether it is a gift
(`says_a_gift`), how their own skin, hair
or eyes are ("my skin is oily": `own_state`), a sore part of the body ("cracked hands":
`sore_state`) and sweating ("i sweat a lot": `sweats`). Understanding reads these into the
`Request`; the patterns are `phrases.py`'s.
"""

from __future__ import annotations

import re

from assistant.dialogue.needs.traits_as_said import skin_types_described
from assistant.dialogue.needs.wording import person_name, said_words
from assistant.dialogue.phrases.gifts_and_people import (
    AT_WORK,
    GIFT_OF_A_PERSON,
    GIFT_SAID,
    NOT_THE_RECIPIENT,
    NOT_THIS_TIME,
    OCCASION,
    PERSON_SUBJECT,
    RECIPIENT,
    THING_FOR_GIVING,
    occasion_name,
)
from assistant.dialogue.phrases.shopper_states import (
    BARE_STATE,
    BREAKS_OUT,
    HAIR,
    HAIR_DONE,
    HAIR_TYPES,
    HAVE_STATE,
    I_AM_A_SKIN_TYPE,
    LISTED_HAIR,
    LISTED_SKIN,
    OILY_AND_DRY,
    SKIN,
    SKIN_TYPES,
    SORE,
    SORE_STATES,
    STATE_OF,
    STATE_OF_A_PART,
    STATE_SAID,
    STATES,
    SWEATING,
    THEIR_STATE_OF,
    as_types,
)
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type
from retrieval.query import ParsedQuery
from retrieval.tokenize import STOP_WORDS


def extract_attributes(text: str) -> dict[str, str]:
    """Stated needs: skin and hair type, who it is for, the occasion."""
    found: dict[str, str] = {}
    if skin := (
        _types(LISTED_SKIN, SKIN_TYPES, text)
        or _first(SKIN, text)
        or _first(I_AM_A_SKIN_TYPE, text)
    ):
        found["skin"] = skin
    if hair := _types(LISTED_HAIR, HAIR_TYPES, text) or _first(HAIR, text):
        found["hair"] = hair
    m = re.search(STATE_OF, text) or re.search(THEIR_STATE_OF, text)
    if m and m.group(1) != "eyes":  # "my hair is bleached and super damaged": both
        key = "skin" if m.group(1) == "skin" else "hair"
        said = re.findall(rf"\b(?:{STATE_SAID})\b", m.group(0)[m.end(1) - m.start() :])
        said = ["curly", *said] if m.group(1) == "curls" else said  # "my curls are so dry"
        states = as_types(said, SKIN_TYPES if key == "skin" else HAIR_TYPES)  # flaky: dry
        if merged := [v for v in dict.fromkeys([*found.get(key, "").split(", "), *states]) if v]:
            found[key] = ", ".join(merged)
    part = re.search(STATE_OF_A_PART, text)
    if "skin" not in found and part and (skin := as_types([part.group("state")], SKIN_TYPES)):
        found["skin"] = ", ".join(skin)  # "my face gets shiny": oily
    if "skin" not in found and (described := skin_types_described(text)):
        found["skin"] = ", ".join(described)  # "everything stings", "an oil slick by noon"
    if re.match(OILY_AND_DRY, text):  # "oily t-zone and dry cheeks"
        found["skin"] = "combination"
    if done := re.search(HAIR_DONE, text):  # "i dye my hair", "damaged from bleaching it"
        treated = "bleached" if done.group(1).startswith("bleach") else "color-treated"
        found["hair"] = ", ".join(dict.fromkeys([*filter(None, [found.get("hair")]), treated]))
    if "hair" not in found and (hair := re.search(HAIR_SAID_BY_ITS_SHAPE, text)):
        found["hair"] = hair.group("grey") or ("oily" if hair.group("oily") else "curly")  # "oily
        # roots", "my curls", "grey roots"
    if "hair" in found:  # "colored", "colour treated", "dyed": the catalog's color-treated
        hair = re.sub(DYED, "color-treated", found["hair"])
        hair = re.sub(CURL_TYPE, lambda m: CURL_TYPES[m.group(1)], hair)  # "4c": coily
        found["hair"] = ", ".join(dict.fromkeys(hair.split(", ")))  # "colored, dyed": one
    if "skin" in found:  # "combo skin", "acne prone skin"
        skin = re.sub(r"\bcombo\b", "combination", found["skin"])
        found["skin"] = skin.replace(" prone", "-prone")
    if who := whom_for(text):
        found["for"] = who
    if events := [
        m.group(1)
        for m in re.finditer(OCCASION, text)
        if m.group(1) not in GIFT_WORDS and not re.search(NOT_THIS_TIME, text[: m.start()])
    ]:
        found["occasion"] = occasion_name(events[0])
    return found


DYED = r"\b(?:colou?r(?:ed|[- ]treated)|dyed)\b"
"""Hair said coloured or dyed: color-treated, as the catalog's titles and the label contract
say it (`extract_attributes`)."""
CURL_TYPE = r"\b(?:type )?([1-4])[abc]\b"
CURL_TYPES = {"1": "straight", "2": "wavy", "3": "curly", "4": "coily"}
"""A curl type said by its code ("3c curls", "type 4a hair") as the type it is."""
HAIR_SAID_BY_ITS_SHAPE = (
    r"\b(?:(?P<oily>oily|greasy) (?:scalp|roots|hair)|(?P<grey>gr[ae]y) roots|"
    r"(?:my|her|his|their|[1-4][abc]) curls|curly girl)\b"
)
"""Hair said by its roots or curls, not by "hair" ("shampoo for oily roots", "greasy hair", "a
diffuser for my curls", "the curly girl method", "grey roots"): oily, curly, grey."""


GIFT_WORDS = frozenset({"gift", "present"})
"""What `OCCASION` also finds that says a gift, not when: no occasion (`says_a_gift`)."""


def says_a_gift(text: str) -> bool:
    """Whether ``text`` says its need is a gift: a gift by any name (`GIFT_SAID`: "a leaving
    present", "secret santa", "stocking stuffers") or the word alone where `OCCASION` reads it
    ("a gift set for my aunt"); not a thing for giving (`THING_FOR_GIVING`: "gift cards")."""
    text = re.sub(THING_FOR_GIVING, " ", text)
    return re.search(GIFT_SAID, text) is not None or bool(
        GIFT_WORDS.intersection(re.findall(OCCASION, text))
    )


def whom_for(text: str) -> str | None:
    """Whom a message says a need is for, by the person's name (`person_name`: "the missus" is a
    wife): the person after "for my" or "my" (`RECIPIENT`;
    "self" for "for me"), the person it opens with (`PERSON_SUBJECT`: "grandma's turning 90"),
    the person named before "gift" (`GIFT_OF_A_PERSON`: "teacher gift"), else a coworker for
    a gift said by the workplace (`AT_WORK`: "secret santa at work"). Not a person named as a
    likeness or a source (`NOT_THE_RECIPIENT`: "like my grandma used to have", "my friend said")."""
    text = re.sub(NOT_THE_RECIPIENT, " ", text)
    said = re.search(RECIPIENT, text)
    subject = re.search(PERSON_SUBJECT, text)
    if said and not (subject and said.group(3) in {"him", "her"}):
        who = said.group(3)
        return "self" if who in {"me", "myself"} else person_name(who)
    if subject:  # "grandma has dry hands, a hand cream for her?": grandma
        return person_name(subject.group(1))
    if named := re.search(GIFT_OF_A_PERSON, text):
        return person_name(named.group(1))
    if re.search(AT_WORK, text) and re.search(GIFT_SAID, text):
        return "coworker"
    return None


def _first(pattern: str, text: str) -> str:
    m = re.search(pattern, text)
    return m.group(1) if m else ""


def _types(listed: str, types: str, text: str) -> str:
    """The types said of one skin or head of hair (``listed``: "dry and sensitive skin"), as
    "dry, sensitive"; "" when the list names none of ``types``."""
    m = re.search(listed, text)
    said = re.findall(rf"\b(?:{types})\b", m.group(1)) if m else []
    return ", ".join(dict.fromkeys(said))


def own_state(text: str) -> str | None:
    """The need's detail when ``text`` says only how the shopper's own skin or hair is ("my
    skin is oily": "oily skin"; "i have oily skin and i break out": "oily skin acne"), else
    None."""
    said = re.search(STATE_OF, text)
    if said:  # "my hair is curly and thick": both
        state, kind = (
            " ".join(
                w
                for w in as_types(re.findall(rf"\b(?:{STATE_SAID})\b", said.group(0)), STATES)
                if re.fullmatch(STATES, w)
            ),
            said.group(1),
        )
    elif said := re.search(HAVE_STATE, text) or re.search(BARE_STATE, text):
        state, kind = said.group(1).replace(" ", "-"), said.group(2)
    else:
        return None
    if not state:  # "my hair is dyed": no state the need is for
        return None
    rest = re.sub(
        BREAKS_OUT,
        " ",
        re.sub(
            f"{STATE_OF}|{HAVE_STATE}|{BARE_STATE}",
            " ",
            text,
        ),
    )
    if [w for w in said_words(rest) if w not in STOP_WORDS]:
        return None
    acne = " acne" if re.search(BREAKS_OUT, text) and "acne" not in state else ""
    part = kind if kind in ("skin", "eyes") else "hair"  # "my eyes are sensitive"
    return f"{state} {part}{acne}"


def sweats(text: str, parsed: ParsedQuery, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether the message says someone sweats (`SWEATING`) and names no category or
    product type of its own ("i sweat a lot, need a sunscreen that stays on" is a sunscreen)."""
    said = re.search(SWEATING, text)
    if said is None or parsed.category:
        return False
    return not names_a_type(text[: said.start()] + " " + text[said.end() :], vocabulary)


def sore_state(text: str, vocabulary: CatalogVocabulary | None) -> str | None:
    """The state of a part of the body the message says is sore (`SORE`: "cracked
    hands"), when the rest of it names no product type of its own; None otherwise."""
    said = re.search(SORE, text)
    if said is None:
        return None
    if names_a_type(text[: said.start()] + " " + text[said.end() :], vocabulary):
        return None  # "a scrub for my cracked hands"
    state = SORE_STATES[said.group("state") or said.group("before")]
    return f"{state} {said.group('part') or said.group('after')}"
