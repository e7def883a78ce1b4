"""Questions, and the questions about the picks on screen: why these, compare them, weigh
them ("which is lighter?"), ask about one ("is it good for sensitive skin?"), what goes
with one.
"""

from __future__ import annotations

WHY = (
    r"\b(why (this|that|these|the|did you|do you|is|are|those|them|it)|why am i seeing|"
    r"why'?d (?:you|u)|why would (?:you|u) (?:pick|choose|show|suggest|recommend)|"
    r"why (?:did|do) u|"
    r"how come (you )?(showed|picked|chose|suggested|recommended|these|those|this)|"
    r"what made you (pick|choose|show|suggest|recommend)|"
    r"how did you (pick|choose|decide on|come up with|find) (these|those|them|this|that|the)|"
    r"what'?s the reason(ing)? (for|behind)|why so many|why only|why all|"
    r"why (?:you|u) (?:picked|chose|showed|suggested|recommended|included|went for|went with)|"
    r"one\W+why(?=\W*$))\b"
)


COMPARE = (
    r"\b(compare|comparison|difference between|differences|versus|vs\.?|which (one )?is better)\b"
)


NOT_MORE = (
    r"water|powder|liner|eyeliner|toner|primer|cleanser|conditioner|dryer|shower|cover|"
    r"concealer|highlighter|bronzer|polisher|trimmer|shaver|straightener|curler|diffuser|"
    r"filler|lavender|amber|cedar|leather|paper|rubber|silver|copper|summer|winter|under|"
    r"over|after|ever|never|either|neither|whether|rather|together"
)
"""Words ending in -er that weigh nothing ("which is water resistant?": no 'wat' weighed; "which
one is a toner?")."""


OF_THE_PICKS = (
    r"(?:one |of (?:all )?(?:these|those|them|the)(?: (?:first|last|top))?"
    r"(?: (?:two|three|four|five|2|3|4|5|ones))?,? )"
)
"""Which of the picks a question weighs ("which one", "which of these", "which of the three",
"which of the first two", "which of all of them"): a number word here counts the picks, it names
no price."""

DOES_VERBS = (
    r"smells?|holds?|lasts?|stays?|works?|wears?|dries|absorbs?|covers?|blends?|performs?|"
    r"goes on|sits?|foams?|lathers?|spreads?|applies|glides?|protects?|hydrates?|cleans?|"
    r"moisturi[sz]es?|sprays?|heats? up|smooths?"
)
"""What a product does, said of the picks weighed by how well ("which smells fresher", "which
holds better in humidity", "which one goes on smoother")."""


WHICH_MORE = (
    rf"which {OF_THE_PICKS}?(?:is|are|'s|would be|feels?|gets?|runs?) "
    r"(?:a bit |slightly |much |a little )?(?!(?:better|cheaper|pricier|dearer|other|"
    + NOT_MORE
    + r")\b)[a-z]{3,}er\b"
)
"""A question that weighs the picks by a comparative ("which is lighter?", "which one is
quieter?"): the picks' listings that name its adjective ("light")."""


WHICH_DOES_MORE = (
    rf"which {OF_THE_PICKS}?(?:is|are|'s|would be|" + DOES_VERBS + r") "
    r"(?:a bit |slightly |much |a little )?(?:more|less) [a-z]{3,}|"
    rf"which {OF_THE_PICKS}?(?:" + DOES_VERBS + r")(?: on| in)? "
    r"(?:a bit |slightly |much |a little )?(?:better|worse|longer|(?!(?:cheaper|pricier|dearer|"
    r"other|" + NOT_MORE + r")\b)[a-z]{3,}er)\b"
)
"""The picks weighed by "more" or by how well they do something ("which is more waterproof",
"which smells fresher", "which holds better in humidity", "which stays on longer"): a
comparison of them."""


MOST_OR_LEAST = (
    r"\b(?:the )?(?P<degree>most|least) "
    r"(?!(?:expensive|affordable|pricey|popular|bought|sold|rated|reviewed)\b)"
    r"(?P<trait>[a-z]{3,}(?:(?:-[a-z]+)|(?: (?:resistant|proof|lasting|free|wearing|absorbing|"
    r"drying|looking|smelling)))?)\b"
)
"""A superlative said with "most" or "least" ("the least sticky", "the most moisturizing", "the
most water resistant": a trait of two words where the second says how): the picks weighed by a
trait, not by price or record (`PICK_SUPERLATIVE`)."""


DEGREE_OF = (
    r"\b(?P<side>highest|lowest|greatest) (?!(?:one|ones|of|rated|reviewed)\b)"
    r"(?P<what>[a-z]{3,})\W*$"
)
"""A superlative of degree said of a measure, ending the question ("which one has the highest
wattage?", "the lowest spf?"): the measure is weighed by the amount the listings say of it
(`facts.amount_pick`), not by a trait "high"."""


PICKS_SUPERLATIVE = (
    r"^(?:(?:and|so|ok|okay|hmm|then),? )?(?:out )?of (?:all )?(?:of )?(?:these|those|them|em|"
    r"'em|the (?:two|three|four|five|2|3|4|5|ones|lot)|two|three|four|five|2|3|4|5)"
    r"(?: of (?:them|these|those|em))?(?: ones)?,? "
    r"(?:what(?:'s|’s|s| is)|whats|which(?: one)?(?:'s| is)?) (?:the )?"
    r"(?:(?:most|least) [a-z]{3,}|(?!(?:cheapest|priciest|dearest|biggest|largest|smallest|"
    r"tiniest|latest|newest)\b)[a-z]{3,}est\b)"
)
"""The picks counted first, then their superlative asked ("of all three whats the gentlest",
"out of all of them what's the sweetest smelling", "of these, which is the least greasy"): one
of the picks weighed by a trait (a price or size superlative is `PICK_SUPERLATIVE`'s)."""

WEIGH_PICKS = (
    r"\b(which (one |of (these|those|them|the \w+) )?(is|would be|'?s) (the )?(best|better)|"
    rf"which {OF_THE_PICKS}?(?:\w+ ){{0,2}}" + MOST_OR_LEAST + r"|"
    rf"which {OF_THE_PICKS}?(?:\w+ ){{0,4}}(?:the )?\w{{3,}}est\b|"
    rf"which {OF_THE_PICKS}?(should|would|do) (i|you) "
    r"(get|buy|pick|choose|recommend)|"
    r"which (one )?do you recommend|"
    rf"which {OF_THE_PICKS}?(would|will|do|does|might) (my|her|his|their|our|the) (\w+ ){{1,2}}"
    r"(like|love|prefer|want|enjoy)|" + PICKS_SUPERLATIVE + r"|"
    rf"which {OF_THE_PICKS}?(has|have|gives?|lasts?) (the )?(\w+er|\w{{3,}}est|more|less|most|"
    r"least|best)\b|" + WHICH_MORE + r"|" + WHICH_DOES_MORE + r"|"
    r"^(?:and |ok |so |hmm )?(?:the |your )?"
    r"(?!(?:cheapest|biggest|largest|smallest|tiniest|priciest|latest|newest)\b)\w{3,}est "
    r"(?:one|of (?:these|those|them|the \w+))(?:,? (?:please|pls|plz))?\W*$)\b"
)
"""With picks on screen: weighing them ("which one should I get?", "which is lighter?", "the
quietest one", "which one is the least sticky?"), a comparison."""


COMPARATIVE = (
    r"\b(better|worse|best|quieter|louder|lighter|heavier|smaller|bigger|stronger|gentler|"
    r"softer|longer|faster|cheaper|more|less|fresher|sweeter|warmer|cooler|darker|brighter|"
    r"richer|thicker|thinner|milder|subtler|sexier|classier|fruitier|woodier|spicier|deeper|"
    r"shinier|glossier|smoother|nicer|prettier)\b"
)
"""Words that weigh one thing against another ("which of the two is quieter?")."""


PICKS_WEIGHED = (
    rf"{COMPARATIVE}[^?.!]*\b(?:than|over|or)\b|\bcompared? (?:to|with|against)\b|"
    r"\bworth\b[^?.!]*\bover\b|\b(?:vs\.?|versus)\b"
)
"""Words that set one thing against another ("is the wella one better than the john frieda?",
"how is the revlon compared to the nyx", "is kenra worth it over aussie"): beside two picks
named, the picks weighed (a comparison), not a question about each."""


POINTS_AT_PICKS = r"\b(it|this|that|this one|that one|these|those|they|them|its)\b"
"""Words that point at the picks on screen (with a question: a question about them)."""


ABOUT_A_PICK = (
    r"^(?:(?:and|so|ok|okay|hmm|but) )?(?:is|does|did|do|are|will|would|can|could|has|was) "
    r"(?:it|this|that|they|these|those|(?:this|that|the) (?:\w+ )?one|"
    r"(?:any|either|all|both|one|some|none|each|neither) of (?:them|these|those|the \w+))\b"
)
"""A question whose subject is a pick, or some of them ("is it good for sensitive skin?", "does
the second one have spf?", "do any of them come with a case?"): about the picks, whatever
product words it holds."""


BUNDLE = (
    r"\b(go(es)? ((?:really )?(?:well|nicely|great|best|perfectly) )?with|goes? together|"
    r"pair (it |this |that )?with|what else do i need|"
    r"complete the look|bundle|routine|what do i need for|to go with|"
    r"(?:get|use|wear|buy|layer|try) (?:it |them )?(?:with|alongside) (?:it|this|that|them|these|"
    r"those|the (?:[\w'-]+ ){1,2}one|the (?:first|second|third|last|[1-5](?:st|nd|rd|th)))|"
    r"(?:match(?:es)?|complements?|pairs? (?:well )?with|from the same (?:line|range|collection) "
    r"as) (?:it|this|that|them|these|those|the (?:[\w'-]+ ){1,2}ones?|the (?:first|second|third|"
    r"last|[1-5](?:st|nd|rd|th)))|a matching|"
    r"what else (?:do|would|should|will|could|might|can) (?:i|we|she|he|you) (?:need|want|get|"
    r"buy|use|add|recommend|suggest)|"
    r"to (?:go|pair|use|wear|match) (?:with|alongside)?(?=\W*$)|to pair(?=\W*$))\b"
)
"""What goes with a pick, or a routine ("what top coat should I get with the OPI one", "which
shampoo do I use with it", "a shampoo to match the AG one", "anything that complements it", "a
matching lip liner", "what else would I need with the T3", "a mascara to go with", "got a
shampoo to pair?"). Not "a kit" or "a set for": sets and kits are products the catalog files
under categories of their own (Makeup Sets, Sets & Kits)."""


QUESTION_FIRST = r"^(?:how|what|whats|is|does|do|can|which|are|will|would)\b"
"""A question word first ("is it vegan", "how big is it")."""

ASK = (
    rf"(\?$|{QUESTION_FIRST}|\b(how much|price of|what size|"
    r"how big|is it|does it|(?:will|would|can) it|(?:do|are|will|would) they|"
    r"tell me (?:more|about)|more (?:info|information|details?) (?:on|about)|"
    r"(?:any |the |some |more )?details? (?:on|about|of)|what do you know about)\b)"
)
"""A question: a question mark, a question word first, or words that ask about something
anywhere ("tell me more", "more info on the second one", "details on the first please",
"superstay 24 - will it last through dinner": a question after a pick's name)."""


SHOWN_INSTEAD = (
    r"(?:anything|something|another|others|other (?:ones|options|kinds?|brands?)|more "
    r"(?:options|choices|like)|ones?|any|some|a few|the same|more)"
)
"""What a shopper asks the shop to show instead of the picks ("something", "one", "the same",
"a few"): a product, not a pick on screen."""

OTHERS_ASKED_OF_THE_SHOP = (
    r"\b(?:do|does|would|will|can|could) (?:they|you|u|ya) (?:have|got|sell|carry|stock|make) "
    r"(?:anything|something|another|others|other (?:ones|options|kinds?|brands?)|more "
    r"(?:options|choices|like))\b"
    rf"|\b(?:have|got) (?:you|ya|u)(?: got)? (?:an? )?{SHOWN_INSTEAD}\b"
    rf"|\b(?:can|could|may) (?:i|we) (?:see|have|get|try) {SHOWN_INSTEAD}\b"
    rf"|\b(?:can|could|would) (?:you|u) (?:show|find) (?:me|us) {SHOWN_INSTEAD}\b"
)
"""Others asked of the shop ("do they have anything with spf 50", "do you have something
lighter", "have you one that's kind to eczema?", "have you got the same but in red?", "could I
see something with more in the bottle?"): a wish for other products, not a question about the
picks, though it says "do they" or ends in a question mark (`ASK`)."""

A_TRAIT_ASKED_ALONE = (
    r"^(?!.*\b(?:is|are|was|does|do|did|will|would|can|could|should|it|its|it's|they|them|"
    r"these|those|this|that|which|what|how|why|who|where|when|one|ones)\b)[a-z][a-z' -]*\?+$"
)
"""A trait said alone as a question beside the picks ("waterproof?", "alcohol free?", "for
kids?"): no question word, nothing pointing at a pick: a wish for such a product (a
refinement, as "waterproof ones?"), not a question about those on screen."""


SURPRISED = (
    r"(?:^|[,.!?;:]\s*|\b(?:but|so|and|wait|like|ok|okay|um+|hmm+|huh|seriously)\s+)"
    r"(?:why|how come)(?! not\b)(?: (?:though|tho|exactly|is that|that|so))?\W*$"
    r"|\?\s*\?|\?!|!\?"
)
"""Surprise at a pick ("wait, the second one is a body lotion?? why", "the clinique one is
$60?? how come"): why it was shown, when the message points at a pick
(`intents.questions.surprised_by_a_pick`)."""


PRICE_SURPRISE = (
    r"\b(?:costs?|costing|priced|is|'s|are) (?:that|this|so) (?:much|high|expensive|pricey|"
    r"dear|cheap|low)\b|\bso (?:pricey|expensive|dear|cheap)\b"
)
"""Surprise at a pick's price, asked ("the remington one costs that much?")."""


ASKED_FIRST = (
    r"^(?:(?:and|so|ok|okay|but|hmm+),? )?(?:is|does|do|are|can|will|would|has|what|how)\b"
)
"""A question word first: a question of its own, whatever marks it ends with."""


HOW_SO = r"^how (?:is|are|'s) (?:[\w'&.-]+ ){1,4}so\b"
"""Surprise asked with "how" ("how is the first one so expensive")."""


WHY_WORDS = rf"\b(?:why|how come)\b|{HOW_SO}"


TOO_DEAR = r"\btoo (?:expensive|pricey|dear|much|steep)\b"
"""A price complaint ("too expensive"): cheaper ones (a refinement), not why."""


NAMED_ONE = r"\bthe [\w'&.-]+(?: [\w'&.-]+)? one\b"
"""A pick named by a word and "one" ("the clinique one", "the body lotion one")."""


WHICH_SUITS = (
    r"\bwhich(?: one| ones| of (?:these|those|them|the)(?: (?:first|last|top))?(?: \w+)?)?"
    r"(?: (?:would|will|do|does|should|could|might|is|are|'s|'d))?"
    r"(?: (?:you )?(?:say|think|reckon))?(?: (?:be|is|are))?"
    r" (?:suits?|works?|fits?|good|best|better|right|ideal|suitable|great|"
    r"(?:better|best) suited|most suitable|looks? (?:best|better|good|great|nicest|right))\b"
)
"""Which of the picks suits a need ("which would suit dark skin best", "which of them works for
curly hair", "which is good for color treated hair?", "which one would look best on olive
skin", "which of the first two would suit an older lady better"): the picks weighed for it,
unless the message names a product type of its own ("which shampoo is best for curly hair": a
search); not a trait asked of them ("which of these is gentle?": a question)."""


FOR_USE_WITH = (
    r"\b(?:anything|something|what|a thing|stuff|any \w+|a \w+|an \w+|some \w+)(?: else)?\s+"
    r"(?:(?:do|should|can|could|would) i (?:use|get|need|buy)\s+)?"
    r"(?:to|for|(?:that )?i (?:can|could)(?: use to)?|that can|that will|that'?ll)\s+"
    r"(?:(?:store|carry|hold|organi[sz]e|clean|wash|remove|take|get|apply|blend|travel with|pack|"
    r"protect|seal|sharpen|refill|dispense|display|put)\b[^?.!]{0,20}?\b"
    r"(?:it|them|this|these|those|that)\b|keep (?:it|them|this|these|those) in\b)"
    r"|\b(?:what|which|anything that|something that)(?: (?:would|will|can|could|'ll|does))?\s+"
    r"(?:removes?|cleans?|dissolves?|takes?|gets?|washes?)\s+(?:it|them|this|these|those)\b"
)
"""Something to use with the picks ("anything to store them in?", "and something to take it off
at night?", "what do i use to remove it", "something to clean them with?", "and what removes it
at night?"): what goes with them, a bundle."""


STORING = (
    r"\b(?:store|storing|carry|carrying|hold|holding|organi[sz]e|organi[sz]ing|pack|packing|"
    r"travel with|(?:keep|put) (?:it|them|this|these|those) in)\b"
)
"""A bundle asked to keep the picks in ("anything to store them in?"): a bag or a case."""


THE_DIFFERENCE = (
    r"\b(?:what'?s|whats|what is|is there (?:a|any|much)|any|what are)(?: the| a)?"
    r" (?:difference|diff|differences)\b|\bdifference between\b|\bhow (?:are|do) they differ\b"
    r"|\b(?:the|any) differences?\b[^.!]*\?"
)
"""A question of how things differ ("whats the difference tho", "is there a difference?"):
beside the picks, the picks compared."""


ASKED_TO_EXPLAIN = (
    r"(?:(?:can|could|would) (?:you|u) (?:please )?(?:explain|tell me|say)|(?:please )?explain)"
)
"""A polite way into a question about the options ("could you explain what counts as
combination?", "can you tell me what goes in styling products?")."""


ABOUT_THE_OPTIONS = (
    rf"{THE_DIFFERENCE}"
    r"|^(?:(?:and|so|hmm+|um+|wait|sorry),? )*what do you mean\b"
    r"|\bwhat(?:'?s| does| do| is| are)\b[^.!?,]{0,30}\bmean\b|\b(?:meaning of|means what)\b"
    rf"|^(?:(?:and|so|hmm+|um+|wait|sorry|ok(?:ay)?|{ASKED_TO_EXPLAIN}),? )*"
    r"(?:what(?:'?s| is| are| goes| comes) "
    r"(?:in|under|inside|included in|part of)|what counts as|what (?:kind|sort|type)s? of "
    r"(?:things?|stuff|products?) (?:is|are|go|come|do you mean))\b"
    r"|^(?:(?:and|so|hmm+|um+|wait),? )*which(?: one| of (?:them|these|those|the two))?"
    r" (?:is|lasts|smells|works|stays|would|do you|should)\b"
)
"""A question about the options of our pending question rather than a choice ("whats the
difference tho", "cuál es la diferencia?", "what do you mean", "which one lasts longer?",
"whats in styling products?", "what counts as a treatment?", "could you explain what counts as
combination?", "whats dewy mean"):
asked, and the question stays; not "makes no difference" (either will do)."""


SET_AGAINST = r"\b(?:or|vs\.?|versus)\b"
"""Words that set two picks against each other ("the first or the last?", "3 vs 4")."""

PLACE_WORDS = frozenset({
    "the", "one", "ones", "or", "vs", "versus", "and", "so", "hmm", "ok", "okay", "number",
    "option", "pick", "no", "first", "second", "third", "fourth", "fifth", "last", "1st", "2nd",
    "3rd", "4th", "5th", "1", "2", "3", "4", "5", "which", "then", "tho", "though",
})  # fmt: skip
"""The words of a message that only names picks by their place ("1st or 3rd?")."""
