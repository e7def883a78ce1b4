"""What the shopper leaves to us: any option of our question ("you choose"), any price,
any brand.
"""

from __future__ import annotations

ANY_ANSWER = (
    r"\b(any( ?(one|thing|of them|kind|type|is fine|will do))?"
    r"(?! (?:with|in|under|below|that|which|for|without|from|made)\b)|either( one| is fine)?|both|"
    r"whatever(?:'?s)?|whichever(?:'?s)?( one)?|(it )?(doesn'?t|does not|don'?t) (really )?matter|"
    r"(no|no strong) pref(erence)?|not (fussy|fussed|picky|bothered)|not sure|i'?m easy|"
    r"(i )?(don'?t|do not) (know|mind|care)|idk|idc|(i )?dunno|no (idea|clue)|"
    r"(you|u) (choose|pick|decide)|(choose|pick|decide) for me|(i )?trust you|"
    r"up to you|your (choice|call|pick)|surprise me|all of them|show me (a few|some|them|"
    r"everything|what you('ve)? got|what you have)|dealer'?s choice|"
    r"me da igual|cualquiera|peu importe|n'importe|egal|qualsiasi|tanto faz|qualquer)\b"
)
"""An answer to our question that picks no option ("anything is fine", "you choose", "whatevers
cheapest": the apostrophe is often left out)."""


BOTH = r"\b(?:both|the two of them|the pair)\b"
"""Both options of a question that offered two ("both tbh", "kinda both??", "los dos": both):
each of them, not "any"."""


LEFT_TO_US = (
    r"^(?:(?:ok(?:ay)?|hmm+|well|idk|i (?:don'?t|do not) know|not sure|so),? )*"
    r"(?:(?:you|u) (?:choose|pick|decide)|(?:choose|pick|decide) (?:one )?for me|up to you|"
    r"your (?:choice|call|pick)|(?:i )?trust you|dealer'?s choice|surprise me|"
    r"(?:either|whichever|any)(?: one| of (?:them|these|those))?(?: (?:is|would be) fine| works"
    r"| will do)?)"
    r"(?:,? (?:then|please|pls|plz))?\W*$"
)
"""The choice among the picks on screen left to us, said alone ("you choose", "up to you",
"idk, pick one for me", "either is fine"): the one we would pick, named (no question of ours
pending: then it is `ANY_ANSWER`)."""


DROP_PRICE = (
    r"\b(any price|(the )?(price|budget|cost) (doesn'?t|does not|don'?t) (really )?matter|"
    r"no budget|forget the (price|budget)|money is no (object|issue)|"
    r"(price|cost|budget)('s| is) (no|not an?) (object|issue|problem)|"
    r"whatever (it costs|the (price|cost))|no (price|budget) (limit|cap)|"
    r"(without|with no|ignore|drop|scrap|ditch|lose|remove|lift) (the |a |my )?(price|budget)"
    r"( (limit|cap|range))?|(don'?t|do not) care (about|what) (the (price|cost)|it costs)|"
    r"sky'?s the limit)\b"
)
"""A price constraint dropped ("price doesn't matter", "whatever it costs", "ignore the budget",
"no price limit", "try it without the price limit", "sky's the limit"): no search words
either."""


DROP_BRAND = (
    r"\b(any brand|(the )?brand (doesn'?t|does not|don'?t) (really )?matter|forget the brand|"
    r"whatever brand|no brand preference|(don'?t|do not) (really )?care (about|for|which) "
    r"(the )?brand)\b"
    r"(?!,? (?:but|except|other than|apart from|besides|save|as long as it'?s not)\b)"
)
"""A brand constraint dropped ("any brand"): no search words either; not one that rules a brand
out ("any brand except OPI", "whatever brand but not Revlon")."""


IN_BETWEEN = (
    r"^(?:(?:something|somewhere|maybe|hmm+|um+|idk|like|probably|kinda)\W+)*"
    r"(?:in[- ]between|a mix(?: of (?:both|them|the two|each))?|a bit of (?:both|each)|"
    r"(?:a )?combo(?: of both)?|half and half)"
    r"(?:\W+(?:maybe|please|pls|i guess|i think))*\W*$"
)
"""An answer between our question's options ("something in between", "a mix of both", "a bit
of each"): any of them, and no words of the need ('hair between' was searched)."""
