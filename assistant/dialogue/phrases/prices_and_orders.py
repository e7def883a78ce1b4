"""Prices and orders: cheaper or dearer than the picks, a limit without a price, a budget
for everything, and the orders a need or the picks are asked in ("the cheapest", "best
rated", "best value").
"""

from __future__ import annotations

from assistant.dialogue.phrases.their_history import AGAIN

WHICH_CHEAPER = (
    r"\bwhich(?: one| of (?:these|those|them|the \w+))?(?: is|'s| would be| are| one is)? "
    r"(?:the )?(cheaper|less expensive|more affordable|more expensive|pricier|dearer)\b"
)
"""A question weighing the picks by price ("the first two, which is cheaper?"): the cheaper (or
dearer) of them, not cheaper picks."""


BEST_VALUE = (
    r"best value|better value|(?:the )?most (?:for|bang for) (?:the|my|your) (?:money|buck)|"
    r"(?:cheapest|cheaper|lowest price|best price|price) per (?:fl\.? )?(?:ounce|oz|ml|unit)"
)
"""The price for the size ("which one is cheaper per ounce?", "the best value"): price over
the size the title names (`title_sizes.size_ml`)."""


PICK_SUPERLATIVE = (
    rf"\b({BEST_VALUE}|"
    r"cheapest|least expensive|most affordable|lowest price[d]?|most expensive|priciest|"
    r"best[- ]rated|highest[- ]rated|top[- ]rated|best[- ]reviewed|best reviews|most popular|"
    r"what(?:ever)?(?:'?s| is) popular|popular ones?|"
    r"best[- ]?sell(?:ing|er)|most bought|sells? (?:the )?most|biggest|largest|smallest|tiniest)"
    r"\b"
)
"""With picks on screen and nothing else asked for ("the cheapest one?", "the biggest one"):
weighing them all."""


PACKAGES = frozenset(
    {"bottle", "bottles", "tube", "tubes", "jar", "jars", "pack", "packs", "size", "tub", "pot"}
)
"""What a product comes in ("the biggest bottle", "the cheapest tube"): beside a superlative,
no need of its own but the picks weighed."""


ORDER_WORDS = (
    r"\b(?:(?:the|your|ur)\s+)?(?:(?:very\s+)?(?:best|top|highest|most|better)[- ]?)?"
    r"(?:rated|reviewed|reviews|selling|sellers?|popular|bought)\b|"
    r"\bsells? (?:the )?most\b|"
    rf"\b(?:the\s+)?(?:{BEST_VALUE})\b|"
    r"\b(?:the\s+)?(?:cheapest|least expensive|most affordable|"
    r"lowest[- ]priced?|most expensive|priciest|biggest|largest|smallest|tiniest)\b|"
    r"(?:\b(?:(?:it'?s|its)\s+)?time\s+)?(?:\bto\s+)?" + AGAIN
)
"""The words of a new need that ask for an order rather than a product ("your best selling
moisturizer", "top rated mascara", "the cheapest shampoo"): no search words."""


FAIR_ENOUGH = frozenset(
    {"decent", "good", "nice", "okay", "reasonable", "solid", "proper", "acceptable", "quality",
     "option", "pick", "choice", "product"}
)  # fmt: skip
"""Words beside a `PICK_SUPERLATIVE` that ask for no other product ("the cheapest decent one",
"the best rated option"): the picks on screen, weighed."""


SUPERLATIVES = {
    "best_value": rf"\b(?:{BEST_VALUE})\b",
    "cheapest": r"\b(cheapest|least expensive|most affordable|lowest price[d]?)\b",
    "dearest": r"\b(most expensive|priciest)\b",
    "best_rated": r"\b(best[- ]rated|highest[- ]rated|top[- ]rated|best[- ]reviewed|best reviews)"
    r"\b",
    "most_bought": r"\b(most popular|what(ever)?('?s| is) popular|popular ones?|"
    r"best[- ]?sell(ing|er)|most bought|sells? (the )?most)\b",
    "biggest": r"\b(biggest|largest)\b",
    "smallest": r"\b(smallest|tiniest)\b",
}
"""Which pick a `PICK_SUPERLATIVE` asks for (`Request.superlative`); weighing the picks
(`WEIGH_PICKS`, "which one would you pick?") asks for ``best_match``."""


BY_RECORD = frozenset({"most_bought", "best_rated"})
"""Orders an answer to our question may leave the choice to us in ("whatever's popular", "the
best rated"); not the price orders, which choose among priced options
(`price_answers.price_option`)."""


IN_TOTAL = (
    r"^(?:(?:and|but|ok|okay|hmm|maybe|actually|can you|could you|keep it|make it|all),? )*"
    r"(?:(?:for )?(?:under|below|less than|max|at most|within|around|about)? ?\$?\d+(?:\.\d+)? ?"
    r"(?:dollars|bucks|usd|\$)? ?(?:in )?(?:total|altogether|all together|overall|for everything|"
    r"for (?:it )?all|for the (?:whole )?(?:set|routine|lot))|"
    r"(?:in )?(?:total|altogether) (?:under|below|less than|max|at most|within|around|about) "
    r"\$?\d+(?:\.\d+)?)(?:,? (?:please|pls|plz|then|max))?\W*$"
)
"""A budget said of everything on screen ("under 60 total", "$40 altogether"): the set's
budget, not a price for each pick (beside a routine it searched 'total oily skin')."""


CHEAPER = (
    r"\b(cheaper|less (?:expensive|pricey|costly|spendy)|lower price|lower[- ]priced|"
    r"more affordable|(?<!not )(?<!nothing )too (expensive|pricey|dear|steep|costly|spendy)|"
    r"budget option|(?<!not )(?<!doesn't )(?<!doesnt )cost(?:s|ing)? "
    r"(?:way |far |a bit |a little )?too much|"
    r"too much money|for less(?! than)|less money|"
    r"(?:costs?|costing|priced|for) (?:a (?:bit|little|tad|few \w+|couple (?:of )?\w+) |slightly |"
    r"much |a lot |way )?less\b(?! than)|"
    r"(?:(?:those|these|they|that|it|this|all of them|everything)(?:'re| are|'s| is)|"
    r"(?:a )?(?:bit|little)) (?:(?:a bit|a little|all|kinda|kind of|way|so|quite|really|pretty|"
    r"rather|still|too|bit|little) )*(?:expensive|pricey|spendy|costly|steep|pricy)|"
    r"\bbut (?:(?:a bit|a little|kinda|kind of|way|so|quite|really|pretty|rather|too) )*"
    r"(?:expensive|pricey|spendy|costly|steep|pricy)(?![- ]looking)|"
    r"out of my (?:price range|budget)|(?:over|above) (?:my|the|our) budget|"
    r"more than i (?:want(?:ed)?|planned|hoped) to spend|"
    r"(?:i )?can'?t afford (?:that|those|these|them|it|this))\b"
)
"""Asking for picks cheaper than those on screen ("cheaper", "too expensive", "those are all
expensive", "a bit pricey tbh", "the revlon is nice but pricey", "out of my budget", "it costs
too much", "the same for less");
other languages' "too expensive" and "costs too much" are read into these words
(`retrieval/data/lexicon.yaml`); not a price limit said without a price
("not too pricey": `NOT_TOO_DEAR`)."""


NOT_TOO_DEAR = (
    r"\b(?:(?:not|nothing|none|isn'?t|nothin) (?:too |so |very |crazy |super |overly |that )?"
    r"(?:expensive|pricey|dear|costly|spendy)|(?:won'?t|wont|doesn'?t|will not|does not|not) "
    r"break the bank)\b"
)
"""A price limit without a price ("not too pricey", "nothing crazy expensive", "won't break the
bank"): the cheaper
half of the need's matches (`ParsedQuery.cheap`), not cheaper than the picks on screen."""


PRICIER = (
    r"\b(more expensive|pricier|higher end|more premium|fancier|better quality|higher quality|"
    r"more (?:luxurious|luxury|upscale|high[- ]end|exclusive|indulgent))\b"
)
"""Dearer than the picks ("something a bit more luxurious", "higher quality")."""


DEARER_ONES = (
    r"(?<!are )(?<!'re )(?<!too )(?<!so )(?<!less )(?<!not )(?<!bit )\b(?:expensive|pricey|pricy|"
    r"spendy|luxury|luxurious|high[- ]end|premium|fancy|designer|upscale|prestige)"
    r"(?: ones?| stuff| options?| brands?)\b|\bsomething (?:(?:a bit|a little) )?"
    r"(?:expensive|pricey|luxurious|luxury|fancy|upscale|high[- ]end|premium|nicer|classier)\b|"
    r"\b(?:i )?(?:want|wanna|would like|'d like|like) to splurge\b|"
    r"\bmoney(?: is)? no object\b|"
    r"\b(?:looks?|looking|feels?|feeling|seems?) (?:(?:so|too|kinda|kind of|really|very|a bit|a "
    r"little|super|pretty) )?cheap(?:ly made)?\b"
)
"""Beside the picks, the dear ones asked for ("show me expensive ones", "something fancy",
"money is no object", "the garnier one feels cheap": of better make; slang is in the catalog's
words first, `lexicon.yaml`: "bougie ones" are luxury ones): dearer than the picks, as
`PRICIER`; with none on screen a price band (`retrieval.query.DEAR`)."""
