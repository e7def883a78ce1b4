"""How a new need is opened, with words that are not the need's: a hello, "what about",
"something like" a named product; and a need asked for by how it smells.
"""

from __future__ import annotations

HELLO = r"^(?:(?:hi+|hel+o+|he+y+) there|hi+|hel+o+|he+y+|hiya|heya|yo)\b[\s!,.]*"
"""A greeting before the need ("hi! i need a new perfume", "hii can u show me eyeliners", "hey
there, ..."): no search words."""


LIKE_A_NAMED_ONE = (
    r"^(?:(?:i want|i need|i'?m looking for|looking for|find me|show me|do you have)\s+)?"
    r"(?:something|anything|one|stuff)\s+(?:like|similar to)\s+(?!(?:the|this|that|these|those|"
    r"it|them|what)\b)"
)
"""The opening of a need put as a likeness to a named product ("something like chanel no 5 but
cheaper"): no need words (search read 'something like' and found BB creams); what it names is
searched, not a pick on screen ("something like the second one" is more like it)."""


A_SMELL = (
    r"\b(?:smells?|smelling)\s+(?:like|of|good|nice|amazing|great|fresh|clean|sweet|expensive)\b"
    r"|\bscent(?:ed)? of\b"
)
"""A need asked for by how it smells ("something that smells like the beach", "i want to smell
good all day"): with no product type said, a scent (`understanding`: the Fragrance the parser
reads "fragrance" as)."""


WHAT_ABOUT = (
    r"^(?:(?:and|so|ok|okay|hmm|actually|no+|nope|nah),? )*"
    r"(?:(?:what|how) about|never ?mind|not (?:that|this|these|those|it)"
    r"|now(?=[,.!]?\s*(?:a|an|some)\b))\b[,.!]?\s*(?=\w)"
)
"""The opening of a need put as a suggestion or after turning the picks down ("what about
aftershave instead", "no not that, a lip liner", "actually never mind, show me ...") or as the
next one ("now a lip balm"; not "now cheaper", a refinement): no need words."""


NOW_NEXT = r"^(?:(?:ok|okay|and|so|right|cool|great),? )*now\b[,.!:]?\s*(?=\w)"
""""now" opening a message ("now lip balm", "ok now conditioner"): read as a new need, the
next one, it is no need word (`TurnReader.read`); beside the picks, "now cheaper" refines."""


RESET_FIRST = (
    r"^(?:(?:ok|okay|hmm|ugh|nah|no+|actually|so|oh),?\s+)*"
    r"(?:(?:(?:forget(?: about)?|scrap|scratch|never ?mind|nvm) "
    r"(?!(?:about )?(?:(?:the|my|those|these) )?(?:price|budget|brand|cost|colou?r|scent)s?\b)"
    r"(?:(?:the|my|those|these) )?|ignore (?:the|my|those|these) )"
    r"(?!(?:price|budget|brand|cost|colou?r|scent)s?\b)(?:[\w'-]+ ){0,2}[\w'-]+"
    r"(?=\s*[,.!;:]|\s+(?:and|i|show|let'?s|now|instead|what|how|can|do|get)\b)"
    r"|forget (?:it|that|this|those|them|about (?:it|that))|scrap (?:that|this|it)"
    r"|scratch (?:that|this|it)|never ?mind(?: (?:that|this|those|them))?|nvm"
    r"|ignore (?:that|this|those))"
    r"\b[,.!;:]*\s*(?=\w)"
)
"""A reset before a new need ("forget it, show me sleep masks instead", "scrap that. eye masks
for sleeping", "actually forget the moisturiser, i need a sunscreen", "forget moisturizer, a
face mask"): no need words, and nothing said for the last need is carried over to the new one
(its price, its brands). Not "forget the budget" (a price dropped: `no_preference.DROP_PRICE`)."""


SWITCH_TO = (
    r"^(?:(?:ok|okay|so|actually|hmm|and|but|then),?\s+)*"
    r"(?:show me|let'?s (?:look at|see|try|do|go with|check out)|lemme see"
    r"|(?:can|could) (?:i|we) (?:see|look at|get|try)|(?:can|could) you show me"
    r"|i'?d (?:like|love) to see|i want to see)\s+(?=\w)"
)
"""The opening of a need put as a switch to it ("actually lets look at diffusers instead", "can I
see gift sets instead of single bottles"): no need words."""


INSTEAD = (
    r"\s*,?\s*\binstead\b(?:\s+of\s+(?:the |a |an |these |those )?[a-z' -]+?)?\s*(?=[,.!?;]|$)"
)
"""What the need replaces ("diffusers instead, for my curls", "gift sets instead of single
bottles"): no need words."""


ASKING_FOR = (
    r"^(?:(?:ok|okay|so|um+|hmm+|well|and|please|good (?:morning|afternoon|evening)),?\s+)*"
    r"(?:(?:i was|i'?m|i am|just)\s+)?(?:(?:just|also)\s+)?"
    r"(?:(?:(?:could|can|would|will) (?:you|u)|(?:might|may) (?:you|u|i))"
    r"(?: (?:possibly|please|maybe|perhaps|kindly|just))*"
    r" (?:recommend|suggest|find|get|have|see|point me (?:to|towards)"
    r"|help me (?:find|pick|choose|get))(?: (?:me|us))?"
    r"|wondering (?:if|whether) (?:you|u)(?: (?:might|could|would|can|may|do))?"
    r"(?: (?:please|possibly))?"
    r" (?:have|carry|stock|sell|recommend|suggest|find|help me (?:find|pick|choose|get))"
    r"(?: (?:me|us))?"
    r"|(?:would|do|did) (?:you|u) happen to (?:have|carry|stock|sell"
    r"|know(?: of)?(?= (?:a|an|any|some|good|the best)\b))"
    r"|is it possible to (?:get|have|see|find)(?: (?:a )?recommendations? for)?"
    r"|(?:i'?d|i would) be (?:grateful|glad|happy) (?:for|to see)"
    r"|(?:please )?(?:recommend|suggest)(?: (?:me|us))?"
    r"|(?:i|we)(?: (?:really|also|just|still))? (?:need|want|would like)"
    r"|(?:i|we)'?d (?:like|love)|(?:i'?m|i am|we'?re|we are) (?:looking for|after|searching for)"
    r"|looking for|(?:do|does) (?:you|u|the shop) (?:have|carry|stock|sell)"
    r"|(?:show|find|get) me)"
    r"\b[\s,:]*(?=\w)"
)
"""A polite or long opening that asks the shop for the need ("could you recommend a gentle face
wash or perhaps a toner", "I was wondering if you have a good eyeliner", "would you happen to
know a good blush", "might you have a set of brushes", "is it possible to get a recommendation
for a curling iron"), or that plainly wants it ("i need a shampoo and also a red lipstick",
"i'm looking for ...", "do you have ...", "show me ..."): no type asked for
(`several_types.SeveralTypes`); left in, its "you" or "i" made the first of several types a
clause about a person and hid it ("could you recommend a mascara or an eyeliner" read as
mascara alone). Not "do you happen to know how tall ..." (no need)."""
