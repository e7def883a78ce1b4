"""A pick chosen, put in the cart, liked or disliked ("i'll take the first", "the second
one please", "love it", "not a fan of these"), and a product of their own praised.
"""

from __future__ import annotations

from assistant.dialogue.phrases.references import A_PICK, POINTED, of_the_picks

LOVES_ONE_OF_THEIRS = (
    r"^(?:(?:omg|ok|so|oh),?\s+)?(?:i|we)\s+(?:really\s+|just\s+|absolutely\s+)?"
    r"(?:love|like|adore)\s+(?:this|that|these|those|my)\s+"
)
"""A product of their own praised with no picks on screen ("i love this lipstick"): no pick to
like, a need for that type (the words after it)."""


LOVES = r"\b(?:i|we)\s+(?:really\s+|just\s+|absolutely\s+)?(?:love|like|adore)\b"
"""The words that say they love a brand ("I love Simple products"): no words of the need."""

ASKS_FOR_ONE = (
    r"\b(?:please|pls|plz|(?:i|we) (?:need|want|would like|'d like)|(?:i'?m|im) (?:looking|after)"
    r"|looking for|need an?|want an?|recommend|suggest|show me|find me|got any|any good)\b"
)
"""Words that ask for something ("a moisturiser please", "need a face wash"): beside a brand
they love, a new need for that brand, not a like of a pick."""

PRAISE = (
    r"great|good|nice|lovely|amazing|perfect|cute|gorgeous|beautiful|stunning|pretty|fab|"
    r"fabulous|fantastic|brilliant|awesome|divine|incredible|wonderful|gorg|class|"
    r"the best|a dream|spot on|a winner|a must[- ]have|"
    r"(?:my|her|his|their|our) (?:fave|fav|favou?rite|holy grail|go[- ]to)(?: \w+)?"
)
"""What a pick is praised as ("gorgeous", "a dream", "her favourite", "my holy grail")."""

SCORN = (
    r"meh|ugly|awful|terrible|horrible|hideous|gross|vile|rank|minging|tacky|boring|"
    r"cheap[- ]looking|not great|not nice|not for me|a no(?: from me)?"
)
"""What a pick is scorned as ("awful", "tacky", "a no from me")."""

JUDGED = (
    r"\b(?:is|are|was|were|'s|'re|looks?|seems?|smells?|feels?|sounds?)"
    r"(?: (?:so|really|very|pretty|kinda|kind of|sort of|a bit|a little|super|just|absolutely|"
    r"honestly|actually|well|bloody|proper|literally|truly|such))*"
    rf" (?:an? )?(?:(?P<praise>{PRAISE})|(?P<scorn>{SCORN}))\b"
)
"""A pick judged, in a sentence about it ("looks awful", "is her favourite", "is my holy
grail", "smells so good")."""

POSITIVE = (
    r"\b(i (really )?(like|love)|love (it|that|this|the)|perfect|great choice|thumbs up|"
    r"(?<!that )(?<!which )looks good|that'?s (nice|great)|"
    r"i'?ll take (it|that|this|them|the \w+( one)?)|"
    r"(that|this|you) (really )?helped|(so|very|really|super) helpful|"
    r"(?<!anything )(?<!something )(?<!stuff )(?<!one )(?<!what )(?<!products )(?<!product )"
    r"(that|this) (really |kinda |kind of )?helps(?: a lot| loads)?"  # said of the answer, not
    r"(?=\W*(?:$|thanks|thx|ty|cheers))|"  # of a product wanted ("a serum that helps with...")
    rf"{POINTED} (all )?(look|looks|are|is|seem|seems) (really |so |very |pretty )?"
    rf"({PRAISE}))\b"
)


NEGATIVE = (
    r"\b(i (don'?t|do not|didn'?t|did not|never) (?:liked?|loved?)|not for me|"
    r"hate (it|that|this|the)|thumbs down|no good|"
    r"don'?t want (that|this|it|the)|"
    rf"not (really |really into |so )?(loving|liking|into|feeling|keen on|a fan of) "
    rf"(?:(?:any|either|all|none) of )?(?:{POINTED}|them)|"
    r"not (really )?my (thing|style|cup of tea)|"
    rf"(?:{of_the_picks('none')}|none of this) (?:(?:is|are|really|quite|seem|seems|look|looks|"
    r"feel|feels|do|does|did|work|works|suit|suits|grab|grabs|appeal|appeals|float|floats)\b)|"
    rf"{POINTED} (all )?(look|looks|are|is|seem|seems) (really |so |very |pretty |kind of |kinda )?"
    rf"({SCORN}))\b"
)


_TURNED_DOWN = (
    r"(?:meh+|nah+|naa+h|nope|ugh+|eh+|ew+|yuck|boring|not really|not great|not impressed|"
    r"not convinced|not (?:that|this|those|these)(?: ones?)?|"
    r"(?:no|nope|nah),? not (?:that|this|those|these)(?: ones?)?|"
    r"(?:i'?m )?not (?:a|really a|much of a|the biggest) fan|not (?:for me|my thing|my style)|"
    r"none of (?:them|these|those)|none of (?:them|these|those) (?:really )?(?:do it|work)"
    r"(?: for me)?)"
)
LUKEWARM = (
    r"^(?:(?:h?mm+|um+|uh+|well|honestly|tbh|sorry|ok(?:ay)?|idk)\W+)*"
    rf"{_TURNED_DOWN}(?:\W+{_TURNED_DOWN})*"  # "meh not a fan"
    r"(?:\W+(?:no|nope|nah|tbh|honestly|to be honest|really|sorry|lol|either))*\W*$"
)
"""A whole message that only turns the picks down, lukewarm ("meh", "nah", "ugh no", "hmm not
really", "not that one", "none of these"): a dislike, not a message off the shop's topic;
"not that one" of the pick last pointed at, the rest of every pick on screen."""

EVERY_PICK = (
    rf"\b(?:{of_the_picks('any|all|none|either|both|each')}|none of this|"
    r"(?:these|those|they|them) all|all (?:these|those|three|four))\b"
)
"""A like or a dislike of every pick on screen ("not really feeling any of these", "don't like
either of them", "love them all", "none of this is what i asked for"), not of the one last
pointed at."""


ONE_TURNED_DOWN = r"\b(?:that|this)(?: one)?\b"
"""A lukewarm message about one pick ("not that one", "no, not this"): the pick last pointed
at."""


CARTED = rf"(?:{A_PICK}|these|those|all|everything)"
"""What goes into the cart: a pick named, every pick ("these", "all"), or everything."""

PUT_VERBS = ("put", "throw", "pop", "stick", "place", "move")
"""Verbs that put a pick into the cart ("pop it in my basket"); "add" goes there too."""
PUT = "|".join(PUT_VERBS)
INTO_THE_CART = r"(?:in|into|to) (?:my |the )?(?:cart|basket|bag)"
"""Where a pick is put ("in my basket", "to the bag")."""

CART = (
    rf"(?:\b|(?=#))(add {CARTED}? ?to (?:my |the )?(cart|basket|bag)|"
    rf"(?:{PUT}) {CARTED} {INTO_THE_CART}|"
    rf"(?:re-?order|re-?buy|order) {A_PICK}(?: again)?|"
    rf"{A_PICK}(?: one)?,?(?: (?:please|pls|plz),?)? (?:in|into|to) (?:my |the )?(?:cart|basket)|"
    rf"add {A_PICK}(?=(?: (?:please|pls|too|as well|then))?\W*$)|"
    rf"(?:buy|i'?ll take|i'?ll get|i'?ll buy|i will take|i will buy|i'?ll go (?:with|for)|"
    rf"i'?ll grab|(?:i'?m )?(?:gonna|going to) (?:grab|get|take|buy|go with|go for)|"
    rf"i'?d like|id like|i would like|i'?ll have|i'?d take|"
    rf"i will go (?:with|for)|let'?s go with|i'?d go (?:with|for)|i choose|i pick) {A_PICK})\b"
)


CART_BY_A_NAME = rf"\b(?:add|{PUT}) (?:the|that|this) (?:[\w'.&-]+ ){{1,3}}{INTO_THE_CART}\b"
"""A pick named by a word of its own into the cart ("stick the cetaphil in my basket", "add
the mary kay one to my bag"): the cart only beside picks (with none, a thing to search)."""

CHOSEN = (
    r"^(?!(?:\w+,? )?the (?!(?:cheapest|priciest|dearest)\b)\w{3,}est\b)"  # "the lightest one"
    rf"(?:(?:(?:ok(?:ay)?|fine|alright|right|great|cool|no|nope|nah|actually|sorry),? )?{A_PICK}"
    r"(?: one)?,? (?:then|please|pls|plz|it is|for me)\W*$"
    rf"|(?:yes+|yeah|yep|yup|ooh+|oh+|omg|ahh*),? {A_PICK}(?: one)?(?: (?:for sure|defo|def))?\W*$"
    r"|(?:\w+,? )*that'?s the one\W*$)"
)
"""A pick chosen without a verb ("ok the first one then", "the second one please", "no, the
first one please": a correction of what we did is a choice too; "yes the second one!", "ooh
that first one", "cheers, that's the one"); not a pick asked for by a trait ("the lightest one
please": the picks weighed)."""


BAD_EXPERIENCE = (
    r"\b(?:(?:broke|breaks|break|broken) (?:me|my (?:skin|face)) out|"
    r"(?:gave|gives|give) me (?:a |an )?(?:rash|breakouts?|acne|hives|spots|pimples|zits|"
    r"reaction|headaches?|dandruff|bumps|irritation|allergic reaction)|"
    r"made (?:me|my (?:skin|face|hair|scalp|eyes|lips)) (?:itch|itchy|burn|break out|red|"
    r"dry|greasy|flaky|sting|peel|swell|worse|fall out)|"
    r"(?:didn'?t|did not|doesn'?t|does not|never) (?:really )?work(?:ed)? (?:for|on) me|"
    r"(?:irritated|burned|burnt|dried out|ruined) my|i (?:was|am|'m) allergic to (?:it|that))"
)
"""What a pick did when they used it ("the last one broke me out last year", "it gave me a
rash", "the second one didn't work for me"): a dislike of that pick. Said of no pick
("something that won't break me out"), a need."""


NO_BAD_EXPERIENCE = (
    r"\b(?:didn'?t|did not|never|doesn'?t|does not|won'?t|hasn'?t|has not) (?:ever )?"
    r"(?:break|broke|give|gave|make|made|irritate|irritated|burn|burned)\b"
)
"""A bad experience said not to have happened ("it never broke me out"): a like."""


USED_BEFORE = (
    r"\b(?:i|we) (?:had|have had|used|have used|'ve used|tried|have tried|'ve tried|bought|owned) "
    r"(?:it|that|this|them|those|these|(?:the|that|this) (?:[\w'&.-]+ )?one)\b"
)
"""A pick they say they used ("i had the first one before"): with a like or a dislike, feedback
on it."""


TRIED_BADLY = (
    r"\b(?:hated|disliked|(?:didn'?t|did not) (?:like|love)|(?:wasn'?t|was not|not) a fan|"
    r"regret(?:ted)? (?:it|buying))\b"
)
"""Said of a pick they used, they did not like it ("i tried the first one, hated it")."""


TRIED_WELL = (
    r"\b(?:love|loved|like|liked|adore|adored|swear by|works? (?:great|well|wonders)|"
    r"worked (?:great|well|wonders)|holy grail)\b"
)
"""Said of a pick they used, they liked it ("i used the first one for years, love it")."""

POINTED_BY_A_WORD = (
    r"\b(?:the|that|this) (?!(?:first|second|third|fourth|fifth|last|other|same|next|previous|"
    r"top|bottom|left|right|middle|cheap\w*|pric\w*|expensive|dear\w*|big\w*|small\w*|new|"
    r"one|only|whole|entire)\b)[a-z][a-z'-]+ (?:one|ones)\b"
)
"""A pick pointed at by a word of its own ("love the pink one", "add that travel one"): when
the reader found no pick it names, a like or a cart is meant for a pick nobody named."""
