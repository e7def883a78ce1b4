"""More said of the need on screen: another one, one like these, one with a detail, in a
colour, with an spf, for a skin or hair type, or something else altogether.
"""

from __future__ import annotations

from assistant.dialogue.phrases.shopper_states import HAIR, SKIN
from retrieval.colour_names import COLOURS

SEEKS_ANOTHER = (
    r"^(?:(?:and|but|ok|okay|hmm|maybe),? )?(?:something|anything|one|ones|an? \w+ one)\b"
)
"""A message that asks for another product than the picks ("something quieter", "a lighter
one"): with a comparative word and no catalog word, a refinement of the need on screen."""


MORE_LIKE = (
    r"\b(more like|similar to|(?<!i )(?<!i really )(?<!i do )(?<!n't )(?<!not )(?<!never )"
    r"(?<!dont )(?<!didnt )(?<!doesnt )(?<!i'd )(?<!id )(?<!i would )(?<!we'd )(?<!she'd )"
    r"(?<!he'd )(?<!they'd )"
    r"like (the|that|this) (?:[a-z][\w'-]* ){0,2}?(one|ones|first|second|third|fourth|fifth|last)|"
    r"(another|other|different) (colou?r|shade|scent|size)s?|in (another|a different) colou?r|"
    r"similar (?:ones?|items?|products?|stuff|things?|picks?) (?:to|as)|"
    r"(?:(?:ones?|something|anything|stuff|others?) similar|"
    r"similar (?:ones?|items?|products?|stuff|things?|picks?))\b(?!.*\b(?:but|for)\b)|"
    r"(?:ones?|something|anything|more|others?|stuff) (?:just |a bit |kinda |very |really )?"
    r"(?:like|similar to) (?:the|that|this|it|them|these|those)\b(?!.*\b(?:but|for)\b)|"
    r"more in (?:that|the same) (?:vein|style)|along (?:the same|those|these) lines|"
    r"along the lines of (?:the|that|this|it|them|these|those)|"
    r"similar [a-z]+ (?:to|as) (?:the|that|this|it|them|these|those)|"
    r"(?:the )?same (?:kind|sort|type|style|vibe) (?:of (?:thing|one|stuff) )?as)\b"
)
"""Products like a pick asked for: "more like the second one", "in another colour", "anything
similar?", "similar stuff pls", "along the lines of the kenzo", "a similar scent to the third"
(not "anything similar but for men": a refinement)."""


WOULD_BE_NICE = (
    r"^(?:(?:and|also|oh|ok|okay|maybe|ideally|preferably|hmm|plus),?\s+)*"
    r"(?:some |a bit of |a little |a touch of )?(?P<what>[a-z0-9][a-z0-9 '-]*?)\s+"
    r"(?:would be|would also be|'d be|is always|would really be)\s+(?:really |very |so |also )?"
    r"(?:nice|great|good|lovely|ideal|a plus|a bonus|a must|better|perfect)"
    r"(?:\s+(?:too|as well|also|though|tbh))?\W*$"
)
"""A detail wished for ("spf would be nice too", "some shimmer would be great"): beside the
picks, a detail of the need on screen unless it names a product type of its own ("a lipstick
would be nice")."""


IN_A_COLOUR = (
    r"^(?:(?:and|but|ok|okay|hmm|so),?\s+)*(?:do you have|have you got|got|is there|are there|"
    r"does (?:it|this|that|this one|that one) come|do (?:they|these|those) come|can i get)"
    r"(?: (?:it|this|that|this one|that one|them|these|those|one|any|anything|some))?"
    r" in (?:a |an )?(?:(?:nice|darker|lighter|deeper|soft|pale|bright|hot) )?(?P<colour>"
    + "|".join(sorted(COLOURS))
    + r")\b"
)
"""A pick asked for in a colour ("do you have it in pink?", "does it come in red?"): the
need on screen in that colour, not a question the listing cannot answer."""


A_COLOUR_ALONE = (
    r"^(?:(?:and|but|ok|okay|hmm|so|maybe|what about|how about|any|got any|anything),?\s+)*"
    r"(?:(?:in|a|some|the)\s+)?(?P<colour>"
    + "|".join(sorted(COLOURS))
    + r")(?:\s+(?:ones?|instead|too|please|pls|maybe|then))*\W*$"
)
"""A colour said alone beside the picks ("pink ones?", "what about pink", "any red ones"): the
need on screen in that colour (it asked the first pick's listing about 'pink', or searched
'pink' in Nail Polish), as `IN_A_COLOUR`."""

TRAIT_ONES = (
    r"^(?:(?:and|but|ok|okay|hmm|so|maybe|what about|how about|got|do you have|have you got|"
    r"are there|is there),?\s+)*(?:any\s+)?"
    r"(?P<trait>(?!(?:the|this|that|how|what|which|is|are|does|do)\b)[a-z][a-z'-]*"
    r"(?:\s+(?!(?:the|this|that|is|are|one)\b)[a-z][a-z'-]*){0,2}?)\s+ones?"
    r"(?:\s+(?:please|pls|maybe|then|too|instead))*\W*$"
)
"""Picks with a trait asked for alone beside the picks ("any vegan ones?", "organic ones?",
"got any matte ones?"): the need on screen with that trait (`beside_picks.on_screen`), not
"anything is fine" nor a question about the picks."""


SPF_ONLY = (
    r"^(?:(?:and|but|ok|okay|hmm|maybe|actually|preferably|ideally|at least|only|just|"
    r"min(?:imum)?|(?:it )?(?:must|has to|needs? to) (?:be|have))\W* )*spf ?\d+\+?"
    r"(?:\W* (?:please|pls|plz|only|min(?:imum)?|at least|ideally|if possible|"
    r"or (?:more|higher|above|over|up)|and (?:up|above|over|higher)|plus))*\W*$"
)
"""A sun protection factor alone ("spf 50", "at least spf 30 please", "spf 50 only", "only
spf 30 or higher pls"): beside the picks, a detail of the need on screen."""


OTHERS_ASKED = (
    r"\b((?:something|anything) (?:else|different)|other options|different ones?|"
    r"show me others|more options|next ones|other ones|any others|(?:any )?alternatives)\b|"
    r"(?:^|\b(?:show|see|got|have you got|any) (?:me )?(?:some |any )?)more(?: please| pls)?\W*$|"
    r"^(?:(?:and|so|ok|okay|hmm+|um+|got|have you got|u got)\W+)*(?:some |any )?others"
    r"(?: please| pls)?\W*$"
)
"""Other picks asked for ("something else", "something different?", "show me more", "others?"):
beside a turn-down of the picks, a refinement, not a dislike alone ("the others" are the picks
not pointed at: `references.THE_OTHERS`)."""

SOMETHING_ELSE = rf"{OTHERS_ASKED}|\bnone of (?:these|those|them)\b"
"""Other picks than those on screen: asked for (`OTHERS_ASKED`) or every one turned down ("none
of these, i want waterproof")."""


ONE_OF_THAT_TYPE = (
    r"^(?:(?:and|but|ok|okay|hmm|maybe|actually|so|now|what about|how about|show me|"
    r"got any|have you got|do you have|any),? )*"
    r"(?:(?:an?|another|some) (?:\w+ )?ones?|ones?|(?:something|anything) (?:that|which))"
    r"\b(?! of\b)"
)
"""With picks on screen, a product of their type with more said of it ("one under fifty that
heats up fast", "ones that last all day", "something that won't frizz"): a refinement of the
need on screen, whatever category its words would find (curling irons, for "heats up")."""


ONE_FOR = ONE_OF_THAT_TYPE + r" (?:for|with|that|which|in|without)\b"
"""The type on screen said as "one(s)" and a detail ("ones for dark hair"): whatever category
the detail's words would name."""


LIKE_THESE = r"\b(?:similar|like (?:this|that|these|those|it|them))\b"
"""Words that point at the picks as a likeness ("something similar", "one like these")."""


FOR_A_STATE = (
    r"^(?:(?:and|but|so|ok|okay|actually|oh|hmm|(?:what|how) about),? )*"
    r"(?:it'?s |its |this is |that'?s )?"
    rf"(?:(?:something|anything|any|one|ones)\s+(?:{LIKE_THESE}\s+)?)?"
    rf"(?:(?:but |and )?(?:for|with) )(?:my |her |his |their |our )?(?:{SKIN}|{HAIR})"
    r"(?:,?\s+(?:instead|then|now|please|pls))*\W*$"
)
"""Only the skin or hair the need on screen is for ("for colored hair" beside shampoos, "and
for my oily skin", "something for oily skin" beside foundations, "what about for oily hair
instead"): a detail of that need, not
the type its words name (Hair Color) nor the branch ("skin": Skin Care); "something similar
but for curly hair" too (a treatment's words, beside conditioners); beside picks in a
department named for another part it is a need of its own
(`states_beside_picks.a_state_elsewhere`)."""
