"""Brands said of the need: the shopper's usual brand, the picks' brand, not that brand,
a brand acceptable after all.
"""

from __future__ import annotations

USUAL_BRAND = (
    r"\b(?:(?:the |my )?same brand(?: (?:as (?:before|last time|always|usual)|(?:that |which )?i "
    r"(?:usually |always |normally )?(?:get|buy|use|got|bought|had)))?|(?:my|the) usual brand|"
    r"(?:my|the) (?:regular|normal|favou?rite) brand|the brand i (?:usually |always |normally )?"
    r"(?:get|buy|use|got|bought|had))\b"
)
"""The brand the shopper buys ("the same brand i usually get", "my usual brand"): their most
bought brand of the need's type (`handlers.their_history.their_brand`), not words to search."""


_AS_A_PICK = (
    r"(?: as (?:the )?(?:first|1st|second|2nd|third|3rd|fourth|4th|last(?! time)|that|this)"
    r"(?: one)?)?"
)


PICKS_BRAND = (
    rf"\b(?:(?:from|by|of) (?:that|this|the same|their) brand{_AS_A_PICK}|(?:that|this) brand'?s|"
    rf"(?:the )?same brand(?:'?s)?{_AS_A_PICK}"
    r"(?! (?:as (?:before|last time|always|usual)|(?:that |which )?i\b)))\b"
)
"""The brand of the picks on screen, said beside them ("the same brand's conditioner", "a
conditioner from that brand"): the pick in view's brand (`handlers.their_history.their_brand`), not
the shopper's usual one (`USUAL_BRAND`: "the same brand i usually get")."""


NOT_THAT_BRAND = (
    r"\b(not (that|this|those|these) brand|other brands?|another brand|different brand|"
    r"no more of that brand)\b"
)


ACCEPTED = (
    r"\b(?:is|are|'s|'re|would be|will be|should be|seems?)\s+(?:totally |perfectly |also |"
    r"actually |now )?(?:fine|ok|okay|alright|all right|acceptable)\b"
    r"(?:\s+(?:actually|after all|too|then|now|with me|by me))?"
)
"""A brand said to be acceptable ("cetaphil is fine actually", "olay's ok after all"): the brand
let back in (`state.Constraints.merge`), no words of the need."""
