"""The shopper's own history: picks asked for from it or with no need named ("any
recommendations for me?", "just browsing"), what they bought, their usual again or
not their usual.
"""

from __future__ import annotations

import re

AGAIN = (
    r"\b(?:re-?order|re-?buy|re-?stock|(?:buy|order|get) (?:(?:it|them|some|more)\s+)?again|"
    r"(?:my|the) usual|(?:same|the) (?:one|ones|kind) (?:as|i (?:had|got|bought)) (?:last time|"
    r"before)|ran out of|run out of|running (?:low on|out of)|out of my|"
    r"stock(?:ing)? up(?: again)?)\b"
)
"""A need for what the shopper bought before ("reorder my usual lashes", "I ran out of my
shampoo"): their own purchases of that type first (`Constraints.order` "again")."""


BOUGHT_WHAT = (
    r"\bwhat (?:did|have) i (?:buy|bought|order|ordered|get|got)\b|"
    r"\b(?:my|the) (?:last|latest|previous|recent|past) (?:orders?|purchases?)\b|"
    r"\b(?<!like )(?<!as )what i (?:bought|ordered)\b"
)
"""A question about the shopper's own purchases ("what did i buy last time?"): their latest
purchases on record are the answer (not "something like what i bought": `FOR_ME`)."""


_FROM_THEIR_HISTORY = (
    r"(?:based on|from) (?:what i(?:'ve| have)? (?:usually |normally |always |often )?"
    r"(?:buy|get|order|bought|got|ordered|like)|my (?:past |previous |usual )?"
    r"(?:purchases|history|orders|order history|taste|shopping))"
)


NOT_THEIR_USUAL = (
    r"\b(?:not|no|nothing like|other than|besides|except|different from) (?:the (?:one|ones|"
    r"stuff|brand)|what) i (?:always |usually |normally |often |typically )?(?:buy|get|use|"
    r"bought|got|order|ordered)\b(?:,?\s*(?:something|anything) (?:new|different|else))?"
)
"""Not the shopper's usual, said beside picks ("not the one i always buy, something new",
"different from what i usually get"): a refinement with none of their purchases, and no
search words."""


FOR_ME = re.compile(
    r"(?:(?:hi|hey|hello|ok|okay|so|well|please|pls|any|some|got any|have you got any),?\s+)*"
    r"(?:(?:recommendations?|suggestions?|recs|ideas?|picks)(?:\s+for me)?(?:\s+please)?"
    rf"(?: {_FROM_THEIR_HISTORY})?"
    r"|(?:what|which)(?: \w+)? (?:do|would|can) you (?:recommend|suggest)(?: for me)?"
    rf"(?: {_FROM_THEIR_HISTORY})?"
    r"|(?:(?:can|could|would|will) you (?:please )?)?"
    r"(?:recommend|suggest|show|find|pick) (?:me )?(?:something|anything|some stuff)"
    rf"(?: (?:for me|i'?d like|i might like|nice|good|new|{_FROM_THEIR_HISTORY}))*"
    rf"|(?:something|anything|stuff) {_FROM_THEIR_HISTORY}"
    r"|surprise me|something (?:for me|i'?d like|i might like|new for me)"
    r"|(?:anything|something|what'?s) new(?: for me)?(?: (?:today|lately|this (?:week|month)))?"
    r"|what should i (?:buy|get|try)(?: next)?"
    r"|(?:(?:something|anything|some|more|stuff|things?)\s+)?(?:like|similar to)\s+"
    r"(?:what|the (?:stuff|things?|ones?|products?)(?: that)?)\s+i(?:'ve| have)?\s+"
    r"(?:bought|got|ordered|purchased|buy|get|order)"
    r"(?:\s+(?:last time|before|last month|recently|here|from you))*)"
)
"""A message that asks for picks and names no need ("any recommendations for me?", "what do
you recommend?", "surprise me", "what should I get next", "anything new for me?", "something
like what i bought last time", "can you recommend something based on what i usually buy"):
picks from the shopper's history, or we ask what they are shopping for; never a search for
those words."""


HELP_WITH_NO_NEED = re.compile(
    r"(?:(?:(?:can|could|would) you |i need (?:some |your )?|please )?help(?: me)?(?: please| out"
    r"| (?:to )?(?:find|choose|pick|decide)(?: (?:me )?(?:something|a product|what to buy))?)?"
    r"(?: please)?"
    r"|(?:i'?m|im|i am|we'?re)?\s*just (?:browsing|looking)(?: around)?(?: for now)?"
    r"|what'?s (?:good|popular|trending|hot)(?: (?:here|today|right now|now|at the moment"
    r"|these days|lately))?"
    r"|what are (?:your|the) (?:best ?sellers|most popular (?:ones|items|products|things))"
    r"|(?:i )?(?:don'?t|do not|dont) know what (?:i want|i need|to (?:get|buy))"
    r"|(?:i'?m )?not sure what (?:i want|i need|to (?:get|buy))"
    r"|something (?:nice|good)"
    r"|what'?s on (?:sale|offer|special)(?: (?:today|right now|now|at the moment))?"
    r"|(?:(?:do you have|have you got|are there|got) )?any (?:deals|sales|discounts|offers|"
    r"promotions|specials)(?: (?:today|right now|now|at the moment|on anything))?"
    r"|(?:what|which) (?:brands|makes) (?:do you|you) (?:carry|have|sell|stock)"
    r")(?:,? (?:thanks|thank you|thx|ty|please|pls))?"
)
"""A first message that asks for help and names no need ("help", "can you help me find
something?", "just browsing", "what's good?", "what's popular right now?", "i don't know what i
want", "something nice", "what's on sale?", "any deals?", "what brands do you carry?"): as
`FOR_ME`, picks from the shopper's history or we ask what they are
shopping for (a search for 'help' found which departments to ask about; "something nice" was
no search at all). Beside picks these words are about them."""
