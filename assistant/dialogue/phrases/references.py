"""How a message points at the picks on screen: by place ("the second one", "#3"), by
price ("the cheapest"), as a subject ("these"), or the others than those named.
"""

from __future__ import annotations

import re

ORDINALS = {
    "first": 0, "1st": 0, "one": 0,
    "second": 1, "2nd": 1, "two": 1,
    "third": 2, "3rd": 2, "three": 2,
    "fourth": 3, "4th": 3, "four": 3,
    "fifth": 4, "5th": 4, "five": 4,
}  # fmt: skip


MIDDLE = re.compile(r"\b(?:the )?middle(?: one| option| pick)?\b")
"""An option or a pick named by its place in the middle of three (or five): "the middle one"."""


THEM = r"(?:these|those|them|'em)"
"""The picks on screen as a pronoun ("these", "them"): `EVERY_ONE_SHOWN` and `THE_PICKS`."""


EVERY_ONE_SHOWN = rf"(?<!one of )(?<!which of )(?<!either of )(?<!\w)(?:{THEM}|they)\b"
"""The picks on screen said together ("not loving these", "love them!", "what goes with
these?", "love 'em"): every one of them, not the one last pointed at; not one of them ("one of
these", "which of those"). No word character before it, so "'em" after a space counts."""


POINTED = (
    r"(these|those|they|(this|that|the) (\w+ )?one|the \w+ ones|"
    r"the (first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th))"
)
"""Words for the picks on screen as a subject ("these", "the second one")."""


THE_PICKS = rf"(?:{THEM}|em|the picks|your picks)"
"""The picks on screen after "of" ("any of these", "all of em", "either of your picks"), where
"em" and "the picks" can mean nothing else."""


def of_the_picks(quantifiers: str) -> str:
    """The picks on screen after one of ``quantifiers`` and "of" (``"any|all"``: "any of
    these", "all of your picks"): each reader of the picks together names the quantifiers it
    reads."""
    return rf"(?:{quantifiers}) of {THE_PICKS}"


PRICE_PICK = (
    r"\bthe (?:(?:cheapest|least expensive|most expensive|priciest|dearest)(?: one)?|"
    r"(?:cheap|expensive|pricey|pricy|dear) one)\b"
)
"""A pick named by its price among those on screen ("add the cheapest to my cart", "why the
expensive one?")."""


A_PICK = (
    r"(?:it|this|that|them(?: all)?|all of them|both(?: of them)?|"
    r"the (?:cheapest|least expensive|most expensive|priciest|dearest)|"
    r"(?:this|that|the) (?:\w+ )?one|"
    r"the (?:cheaper|pricier|dearer|less expensive|more expensive|bigger|smaller|\w+er)"
    r" of (?:the|these|those|them)(?: (?:first|last))?(?: (?:two|three|2|3))?|"
    r"the (?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)|"
    r"(?:#|no\.? ?|number |option |item )[1-9]|"
    r"(?:the|your) (?:top|best|number one) (?:pick|one|choice|suggestion))"
)
"""One pick on screen named as an object ("it", "the second one", "the first", "the cheapest",
"the cheaper of the two", "#3", "no. 3", "your top pick"), or all of them ("them all", "both")."""


A_PLACE_ALONE = (
    r"^(?:(?:and|ok(?:ay)?|so|hmm+|um+|what about|how about),? )?"
    r"(?:(?:the )?(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)(?: one)?|"
    r"(?:#|number |option |item )[1-9])\W*$"
)
"""A message that only points at a pick by its place ("the second one", "#3", "and the last
one?"): about that pick (its facts), not a choice of it (`cart_and_likes.CHOSEN` says "the
second one please") nor a refinement."""


THE_OTHERS = (
    r"\b(?:the (?:other (?:one|ones|two|three|pick|picks)|others|rest)|(?:and|what about|how about)"
    r" the other)\b"
)
"""The picks on screen other than those named or last pointed at ("and the other ones?", "not
the first one, the others"); not "other ones" alone, which asks for other products."""


FOLLOW_UP = r"^(?:(?:and|but|so|ok|okay|what about|how about|not|no),? )*"
"""The opening of a message that follows the last one up ("and the other ones?")."""


TOP_PICK = (
    r"\b(?:(?:the|your|ur) (?:top|best|number one|no\.? ?1|#1) (?:pick|one|choice|result|"
    r"suggestion|recommendation|option)|your (?:first )?(?:favou?rite|pick|choice)"
    r"(?! (?:for|of|between|among)\b))\b"
)
"""The pick we put first ("tell me more about your top pick", "the top one", "your favorite"):
the first on screen. Not "your pick for a gift" (asks us to choose)."""
