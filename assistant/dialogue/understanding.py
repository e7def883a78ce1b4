"""Deterministic understanding of a shopper message: intent, references, constraints, needs.

Rules come first (they are fast, testable and never invent anything); price, brand and category
constraints are parsed by the retrieval layer's query parser into its `ParsedQuery`, which the
request carries as is, so search and chat agree. The language model is consulted only by callers
that have a capable model and a message these rules leave as a plain search.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.dialogue.avoid import find_avoided
from assistant.dialogue.need_words import catalog_need
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.wording import (
    ADD_DETAIL,
    MAKE_IT,
    NON_PRODUCT_WORDS,
    PAMPER,
    PEOPLE,
    WORD,
    said_words,
    tidy,
    without_negated,
    without_reasons,
    without_recipient,
)
from retrieval.prices import find_prices
from retrieval.query import ParsedQuery
from retrieval.tokenize import STOP_WORDS

ORDINALS = {
    "first": 0, "1st": 0, "one": 0,
    "second": 1, "2nd": 1, "two": 1,
    "third": 2, "3rd": 2, "three": 2,
    "fourth": 3, "4th": 3, "four": 3,
    "fifth": 4, "5th": 4, "five": 4,
}  # fmt: skip


def _has(pattern: str, text: str) -> bool:
    return re.search(pattern, text) is not None


UNSAFE = (
    r"\b((?<!bath )bomb|explosive|weapon|gun|"
    r"(?<!pure )(?<!hypnotic )poison(?! (ivy|by|perfume|eau|spray|fragrance|for women))|"
    r"overdose|kill (myself|someone|him|her)|suicide|"
    r"self[- ]harm|meth|cocaine|heroin|hack(ing)? (into|an? account)|(?<!a )steal|"
    r"credit card numbers|"
    r"fake (\d[- ]?star )?reviews?|"
    r"(write|post|leave) (me )?(\w+ )?(\d[- ]?star |glowing )?reviews? "
    r"for (money|free|a discount|cash)|"
    r"(discount|refund|coupon|voucher|free \w+)( code)? or (else|i'?ll|i will)|"
    r"unless you (give|send|get) me (an? )?(\d+% )?(discount|refund|coupon|voucher|free)|"
    r"pretend(ing)? (that )?(you|i) (bought|used|tried|own)|"
    r"say (it|they) (was|were) (unopened|unused|never (opened|used))|"
    r"(put|mix|slip|add|pour)( \w+){0,2} (in|into) (someone|somebody|his|her|their|my \w+)'?s? "
    r"(shampoo|drink|food|coffee|tea|lotion|cream|conditioner)|"
    r"while (she|he|they)('s| is| are)? (sleeps?|sleeping|asleep)|"
    r"without (her|him|them|his|their) (knowing|knowledge|consent|noticing)|"
    r"(set|change|update|edit) the prices? (of|for|to)|"
    r"what did (the )?(last|other|another|previous) (customer|user|shopper|person) "
    r"(buy|order|purchase)|"
    r"make me (an? )?(admin|administrator)|admin (access|rights|panel|password)|"
    r"(hurt|harm|blind|burn|drug) (someone|somebody|him|her|my (wife|husband|boss|sister|brother))|"
    r"(get|getting) high|"
    r"(write|post|leave) (me )?(\d+|some|a few|a bunch of|lots of|multiple) (\w+ ){0,2}reviews?|"
    r"(delete|change|edit) (all )?(the )?(users|customers|prices|reviews)|"
    r"api key|database password|"
    r"make (someone|somebody|him|her|my (wife|husband|boss|sister|brother|ex|roommate|coworker|"
    r"colleague|friend|neighbou?r|teacher)) (sick|ill|itch|break out|lose (his|her) hair)|"
    r"(ruin|wreck|destroy) (someone'?s|somebody'?s|my \w+'s) (hair|skin|face)|"
    r"(return|send back|refund) (an? |the |my |this |these )?(used|opened|worn|half[- ]empty) "
    r"(\w+ ){0,3}(and (say|tell you|claim)|as (if )?(new|unopened|unused|never used))|"
    r"fake (receipts?|invoices?|orders?|proof of purchase)|shoplift(ing)?|"
    r"(write|post|leave) (me )?(two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|"
    r"a hundred) (\w+ ){0,3}reviews?|"
    r"(drink|swallow|sniff|inhale|huff)(ing)? (\w+ ){0,4}(to|and|until|till) (\w+ )?"
    r"(pass out|black out|get drunk)|chloroform|"
    r"knock (someone|somebody) out|knock (someone|somebody|him|her|them) (unconscious|out cold)|"
    r"(home address|address|email|phone number|credit card|card details|card number|name) of "
    r"(the (last|previous|other) |another |other |whoever )(\w+ )?(buyer|customer|user|shopper|"
    r"person|bought|ordered)|"
    r"(set|change|make) (all|every) (of )?(the |your )?(prices?|products?|items?) (to|at|free))\b"
)
"""Harmful requests, fraud (fake reviews, discounts by threat) and admin actions (issue 17's
labelled-set contract lists them as unsafe)."""
INJECTION = (
    r"(ignore (all |any |your |the )?(previous |prior |above )?(instructions|rules|prompt)|"
    r"system prompt|developer mode|jailbreak|you are now|you'?re now|"
    r"pretend (you are|you'?re|to be)|"
    r"(reveal|show|print|repeat|output|tell)( me)? (your|the) (prompt|instructions|rules)|"
    r"other (users?|customers?)'?s? (data|history|orders|purchases)|"
    r"(email|address|phone number|card details) of (an?|the|another|other) (customer|user)|"
    r"(list|export|dump) (all )?(the )?(customers|users|orders)|"
    r"(disregard|forget|override|bypass) (all |any |your |the |previous |prior |earlier |above )*"
    r"(instructions|guidelines|prompt|programming)|"
    r"(disregard|forget|override|bypass) (all )?(your|previous|prior|earlier) rules|"
    r"(hidden|secret|internal|original) (instructions|prompt|rules)|you are (a|an) \w+ now)"
)
GREETING = (
    r"^((hi|hello|hey|hiya|heya|howdy|yo|morning|evening|"
    r"good (morning|afternoon|evening|night|day)|there|again|everyone|all|guys|folks|you|"
    r"thanks?( you)?( so much| a lot)?|thx|ty|"
    r"thank you( so much| very much)?|ok(ay)?|cool|great|perfect|cheers|(good)?bye|see (you|ya)|"
    r"for (all )?(the|your) help|for helping( me)?|"
    r"(bye )?for now|later|ciao|"
    r"that'?s all|that'?s (it|everything)|all good|have a (nice|good) (day|one)|"
    r"what can you do|what do you do|who are you|how does this work|how do you work|"
    r"what can you help (me )?with)\b[\s!.,?]*)+$"
)
"""Hello, what can you do, goodbyes (with or without thanks): nothing but these words."""
CLEAR = (
    r"\b(start over|start again|clear (the )?(chat|conversation|everything)|reset|new search|"
    r"forget (what i (said|told you)|everything|all (of )?that|my (preferences|profile|history))|"
    r"clear my (preferences|profile|history))\b"
)
WHY = (
    r"\b(why (this|that|these|the|did you|do you|is|are|those|them|it)|why am i seeing|"
    r"how come (you )?(showed|picked|chose|suggested|recommended|these|those|this)|"
    r"what made you (pick|choose|show|suggest|recommend)|"
    r"how did you (pick|choose|decide on|come up with|find) (these|those|them|this|that|the)|"
    r"what'?s the reason(ing)? (for|behind)|why so many|why only|why all)\b"
)
COMPARE = (
    r"\b(compare|comparison|difference between|differences|versus|vs\.?|which (one )?is better)\b"
)
WEIGH_PICKS = (
    r"\b(which (one |of (these|those|them|the \w+) )?(is|would be|'?s) (the )?(best|better)|"
    r"which (?:one |of (?:these|those|them) )?(?:\w+ )?(?:the )?\w{3,}est\b|"
    r"which (one |of (these|those|them) )?(should|would|do) (i|you) "
    r"(get|buy|pick|choose|recommend)|"
    r"which (one )?do you recommend|"
    r"which (one |of (these|those|them) )?(has|have|gives?|lasts?) (the )?(\w+er|more|less|most|"
    r"least|best)\b)\b"
)
"""With picks on screen: weighing them ("which one should I get?"), a comparison."""
COMPARATIVE = (
    r"\b(better|worse|best|quieter|louder|lighter|heavier|smaller|bigger|stronger|gentler|"
    r"softer|longer|faster|cheaper|more|less)\b"
)
"""Words that weigh one thing against another ("which of the two is quieter?")."""
SEEKS_ANOTHER = (
    r"^(?:(?:and|but|ok|okay|hmm|maybe),? )?(?:something|anything|one|ones|an? \w+ one)\b"
)
"""A message that asks for another product than the picks ("something quieter", "a lighter
one"): with a comparative word and no catalog word, a refinement of the need on screen."""
PICK_SUPERLATIVE = (
    r"\b(cheapest|least expensive|most affordable|lowest price[d]?|most expensive|priciest|"
    r"best[- ]rated|highest[- ]rated|top[- ]rated|best[- ]reviewed|best reviews|most popular|"
    r"best[- ]?sell(?:ing|er)|most bought|sells? (?:the )?most)\b"
)
"""With picks on screen and nothing else asked for ("the cheapest one?"): weighing them all."""
FAIR_ENOUGH = frozenset(
    {"decent", "good", "nice", "okay", "reasonable", "solid", "proper", "acceptable", "quality",
     "option", "pick", "choice", "product"}
)  # fmt: skip
"""Words beside a `PICK_SUPERLATIVE` that ask for no other product ("the cheapest decent one",
"the best rated option"): the picks on screen, weighed."""
SUPERLATIVES = {
    "cheapest": r"\b(cheapest|least expensive|most affordable|lowest price[d]?)\b",
    "dearest": r"\b(most expensive|priciest)\b",
    "best_rated": r"\b(best[- ]rated|highest[- ]rated|top[- ]rated|best[- ]reviewed|best reviews)"
    r"\b",
    "most_bought": r"\b(most popular|best[- ]?sell(ing|er)|most bought|sells? (the )?most)\b",
}
"""Which pick a `PICK_SUPERLATIVE` asks for (`Request.superlative`); weighing the picks
(`WEIGH_PICKS`, "which one would you pick?") asks for ``best_match``."""
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
    r"\b(go(es)? (well )?with|goes? together|pair (it |this |that )?with|what else do i need|"
    r"complete the look|bundle|routine|what do i need for|to go with)\b"
)
"""What goes with a pick, or a routine. Not "a kit" or "a set for": sets and kits are products
the catalog files under categories of their own (Makeup Sets, Sets & Kits)."""
MORE_LIKE = (
    r"\b(more like|similar to|(?<!i )(?<!i really )(?<!i do )"
    r"like (the|that|this) (one|first|second|third|fourth|fifth|last)|"
    r"(another|other|different) (colou?r|shade|scent|size)s?|in (another|a different) colou?r)\b"
)
POINTED = (
    r"(these|those|they|(this|that|the) (\w+ )?one|the \w+ ones|"
    r"the (first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th))"
)
"""Words for the picks on screen as a subject ("these", "the second one")."""
POSITIVE = (
    r"\b(i (really )?(like|love)|love (it|that|this|the)|perfect|great choice|thumbs up|"
    r"(?<!that )(?<!which )looks good|that'?s (nice|great)|"
    r"i'?ll take (it|that|this|them|the \w+( one)?)|"
    r"(that|this|you) (really )?helped|(so|very|really) helpful|"
    rf"{POINTED} (all )?(look|looks|are|is|seem|seems) (really |so |very |pretty )?"
    r"(great|good|nice|lovely|amazing|perfect|cute|gorgeous|beautiful))\b"
)
NEGATIVE = (
    r"\b(i (don'?t|do not) like|not for me|hate (it|that|this|the)|thumbs down|no good|"
    r"don'?t want (that|this|it|the)|"
    rf"not (really |really into |so )?(loving|liking|into|feeling|keen on|a fan of) "
    rf"(?:(?:any|either|all|none) of )?{POINTED}|not (really )?my (thing|style|cup of tea)|"
    rf"{POINTED} (all )?(look|looks|are|is|seem|seems) (really |so |very |pretty |kind of |kinda )?"
    r"(meh|ugly|awful|terrible|boring|cheap looking|not great|not for me))\b"
)
A_PICK = (
    r"(?:it|this|that|them|(?:this|that|the) (?:\w+ )?one|"
    r"the (?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th))"
)
"""One pick on screen named as an object ("it", "the second one", "the first")."""
CART = (
    rf"\b(add (?:{A_PICK})? ?to (?:my |the )?(cart|basket|bag)|"
    rf"add {A_PICK}(?=(?: (?:please|pls|too|as well|then))?\W*$)|"
    rf"(?:buy|i'?ll take|i'?ll get|i'?ll buy|i will take|i will buy|i'?ll go (?:with|for)|"
    rf"i will go (?:with|for)|let'?s go with|i'?d go (?:with|for)|i choose|i pick) {A_PICK})\b"
)
CHOSEN = (
    rf"^(?:(?:ok(?:ay)?|fine|alright|right|great|cool),? )?{A_PICK}(?: one)?,? "
    r"(?:then|please|pls|it is|for me)\W*$"
)
"""A pick chosen without a verb ("ok the first one then", "the second one please")."""
ASK = (
    r"(\?$|^(how|what|whats|is|does|do|can|which|are|will|would)\b|\b(how much|price of|what size|"
    r"how big|is it|does it|tell me (more )?about)\b)"
)
CHEAPER = (
    r"\b(cheaper|less expensive|lower price|more affordable|(?<!not )(?<!nothing )too "
    r"(expensive|pricey)|budget option)\b"
)
NOT_TOO_DEAR = (
    r"\b(?:not|nothing|none|isn'?t|nothin) (?:too |so |very |crazy |super |overly |that )?"
    r"(?:expensive|pricey|dear|costly|spendy)\b"
)
"""A price limit without a price ("not too pricey", "nothing crazy expensive"): the cheaper
half of the need's matches (`ParsedQuery.cheap`), not cheaper than the picks on screen."""
_TRAITS = (
    r"(bright|loud|strong|heavy|sweet|shiny|glittery|flashy|bold|intense|dark|thick|sticky|"
    r"greasy)"
)
TONED_DOWN = (
    rf"\b(?:(?:not|nothing|none|isn'?t|nothin) (?:too|so|very|overly|that|super|crazy) {_TRAITS}"
    rf"\b|(?:(?:i|she|he|we) )?(?:really )?(?:hate|hates|dislike|dislikes) {_TRAITS}"
    r"(?:\s+(?:stuff|ones|things|products?|formulas?|textures?|feel(?:ing)?)\b|(?=\s*(?:[,.!?;]|$))))"
)
"""A trait the need should not have much of ("nothing too bright", "not too loud", "i hate greasy
stuff"; not "i hate greasy hair"): said of the picks on screen, a refinement; the word is never
searched for (`MILDER` says what is; `toned_trait` which was said)."""
MILDER = {
    "bright": "natural", "loud": "light", "strong": "light", "heavy": "light", "sweet": "fresh",
    "shiny": "matte", "glittery": "matte", "flashy": "natural", "bold": "natural",
    "intense": "light", "dark": "light", "thick": "light", "sticky": "non-sticky",
    "greasy": "non-greasy",
}  # fmt: skip
"""The catalog word for the milder side of a `TONED_DOWN` trait ("bright" blush: "natural")."""
TONED_CLAUSE = r"(?:\b(?:that|which)(?:'s|’s| is| are)\s+|,\s*)?" + TONED_DOWN
"""A `TONED_DOWN` trait said of a new need, with the clause that leads to it ("a hair dryer
that's not too loud"): the whole is the milder word (`milder_words`)."""
APPLIANCES = ("Styling Tools", "Tools & Accessories")
"""Categories of appliances and tools: what is not loud there is quiet, not light."""
SPF_ONLY = (
    r"^(?:(?:and|but|ok|okay|hmm|maybe|actually|preferably|at least),? )*spf ?\d+\+?"
    r"(?:,? (?:please|pls|or (?:more|higher|above)))*\W*$"
)
"""A sun protection factor alone ("spf 50", "at least spf 30 please"): beside the picks, a
detail of the need on screen."""
PRICIER = r"\b(more expensive|pricier|higher end|more premium|fancier|better quality)\b"
SOMETHING_ELSE = (
    r"\b(something else|other options|anything else|different ones?|show me others|"
    r"more options|none of (these|those|them)|next ones|other ones)\b|"
    r"(?:^|\b(?:show|see|got|have you got|any) (?:me )?(?:some |any )?)more(?: please| pls)?\W*$"
)
NOT_THAT_BRAND = (
    r"\b(not (that|this|those|these) brand|other brands?|another brand|different brand|"
    r"no more of that brand)\b"
)
HELLO = r"^(?:hi|hello|hey|hiya|heya|yo|hi there|hello there|hey there)\b[\s!,.]*"
"""A greeting before the need ("hi! i need a new perfume"): no search words."""
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
THE_OTHERS = (
    r"\b(?:the (?:other (?:one|ones|two|three|pick|picks)|others|rest)|(?:and|what about|how about)"
    r" the other)\b"
)
"""The picks on screen other than those named or last pointed at ("and the other ones?", "not
the first one, the others"); not "other ones" alone, which asks for other products."""
FOLLOW_UP = r"^(?:(?:and|but|so|ok|okay|what about|how about|not|no),? )*"
"""The opening of a message that follows the last one up ("and the other ones?")."""
BACK_TO = (
    r"\b(?:go(?:ing)? back|back|return|switch back|let'?s go back) to (?:the |my |those |that )?"
    r"(?:(?P<place>first|previous|last|earlier|original|other|old|1st)"
    r"(?: (?:search|one|ones|need|thing|results?|picks|request|idea|list))?"
    r"|(?P<words>[a-z][a-z' -]*?))\s*(?:again|please|pls|then|instead)?\W*$"
)
"""Going back to an earlier need: by place ("go back to the first search", "back to the previous
one") or by its words ("ok back to the lipsticks")."""
ANY_ANSWER = (
    r"\b(any( ?(one|thing|of them|kind|type|is fine|will do))?"
    r"(?! (?:with|in|under|below|that|which|for|without|from|made)\b)|either( one| is fine)?|both|"
    r"whatever|whichever( one)?|(it )?(doesn'?t|does not|don'?t) (really )?matter|"
    r"(no|no strong) pref(erence)?|not (fussy|fussed|picky|bothered)|not sure|i'?m easy|"
    r"(i )?(don'?t|do not) (know|mind|care)|idk|idc|(i )?dunno|no (idea|clue)|"
    r"(you|u) (choose|pick|decide)|(choose|pick|decide) for me|(i )?trust you|"
    r"up to you|your (choice|call|pick)|surprise me|all of them|show me (a few|some|them|"
    r"everything|what you('ve)? got|what you have)|dealer'?s choice|"
    r"me da igual|cualquiera|peu importe|n'importe|egal|qualsiasi|tanto faz|qualquer)\b"
)
"""An answer to our question that picks no option ("anything is fine", "you choose")."""
DROP_PRICE = r"\b(any price|price doesn'?t matter|no budget|forget the (price|budget))\b"
DROP_BRAND = (
    r"\b(any brand|brand doesn'?t matter|forget the brand|whatever brand|no brand preference|"
    r"(don'?t|do not) (really )?care (about|for|which) (the )?brand)\b"
)

SKIN = r"\b(dry|oily|combination|sensitive|normal|mature|acne[- ]prone)\s+skin\b"
HAIR = (
    r"\b(dry|oily|frizzy|curly|straight|fine|thin|thick|coarse|damaged|colou?r[- ]treated|"
    r"wavy|greasy)\s+hair\b"
)
MORE_PEOPLE = (
    "mother[- ]in[- ]law|in[- ]laws|step ?(?:mom|mum|mother)|"
    "hubby|wifey|roommate|flatmate|housemate|teacher|bff|nan|nana|gran|grandad|granddad|bro|"
    "sis|aunty|auntie|neighbou?r|manager|fianc[ée]e?|other half|godmother|goddaughter"
)
"""More people a gift is for, read as the recipient only (`PEOPLE` also shapes the need); the
men among them are in `wording.MEN` ("my father in law" stays "father": men's products)."""
RECIPIENT = (
    r"\b(?:for (my |a |an |the |our )?|(my ))(?:(?:teenage|teen|little|older|younger|big|best|"
    r"new|\d+[- ]?(?:year[- ]?old|yr[- ]?old|yo)) )?"
    rf"((?:(?:{PEOPLE})'s )?(?:{MORE_PEOPLE}|{PEOPLE}|him|her|myself|me))\b"
)
FOR_SOMEONE_ELSE = (
    r"^(?:(?:and|but|so|ok|okay|what about|how about|now|same|the same|same thing|"
    r"the same thing|same again|it'?s|its|it is|this is|that'?s|they'?re|they are),? )*"
    r"(?:(?:but |and )?(?:for|to) )(?:my |a |an )?"
    rf"(?:\w+ )?(?:{PEOPLE}|him|her)\W*$"
)
"""The need on screen again, for another person ("what about for my dad", "and for my sister?",
"same for my mum", "it's for my husband"): a refinement with no words of its own (who it is
for is noted)."""
FOR_A_SEX = (
    r"^(?:(?:and|but|so|ok|okay|actually|it'?s|its|it is|they'?re|this is|these are),? )*"
    r"(?:but |and )?(?:for|to) (?:a |an |the )?(?:(?P<men>men|man|guys?|gentlemen|males?)|"
    r"(?:women|woman|ladies|lady|females?))(?:'?s)?\W*$"
)
"""The need on screen for men or for women ("for men", "it's for a man"): a refinement with
no words of its own, for whom it is noted (as "for my husband" is: `FOR_SOMEONE_ELSE`)."""

STATE_OF = (
    r"\bmy (skin|hair|scalp) (?:is|'s|gets|feels|has been|has gotten|got)"
    r"(?: (?:really|very|super|so|quite|kinda|a bit|pretty|extremely|[a-z]+ and|[a-z]+,))*"
    r" (dry|oily|combination|sensitive|mature|frizzy|curly|fine|thin|thick|coarse|damaged|"
    r"greasy|flaky|itchy|dull|brittle)\b"
)
"""What the shopper says of their own skin or hair ("my hair is bleached and super damaged"):
a stated need, the same as "damaged hair"."""
STATES = (
    r"(dry|oily|combination|sensitive|mature|frizzy|curly|fine|thin|thick|coarse|damaged|"
    r"greasy|flaky|itchy|dull|brittle|acne[- ]prone)"
)
HAVE_STATE = (
    r"\bi(?: have| got|'ve got|'ve| do have)(?: (?:really|very|super|so|quite|kinda|a bit|pretty|"
    rf"extremely|[a-z]+ and|[a-z]+,))* {STATES} (skin|hair|scalp)\b"
)
"""The same said as what the shopper has ("i have oily skin", "i've got super dry hair")."""
SLIP = r"(?:oops|sorry|actually|wait|no|nope|i mean|i meant|my bad|correction|please|pls)"
BARE_STATE = (
    rf"^(?:{SLIP}[,.!]*\s+)*(?:it'?s |for )?{STATES} (skin|hair|scalp)"
    rf"(?:[,.!]*\s*{SLIP})*[\s,.!]*$"
)
"""Only a skin or hair type, maybe owning up to a slip ("oops, combination skin", "dry skin,
sorry", "for oily hair please"): said beside the picks, how the shopper's skin or hair is."""
BREAKS_OUT = r"\b(?:i |it |and )*(?:break(?:s)? out|breakouts?|get spots|get pimples|acne)\b"
"""Said beside the skin's state ("i have oily skin and i break out"): it is prone to acne."""


def _asked_of_a_pick(text: str) -> str:
    """The question a message that likes a pick also asks of it ("the third one looks nice,
    what's in it?": "what's in it?"), the one to answer; "" when it asks none."""
    last = re.split(r"[,.;!]", text)[-1].strip()
    return last if text.rstrip().endswith("?") and last != text.strip() and _has(ASK, last) else ""


def _own_state(text: str) -> str | None:
    """The need's detail when ``text`` says only how the shopper's own skin or hair is ("my
    skin is oily": "oily skin"; "i have oily skin and i break out": "oily skin acne"), else
    None."""
    said = re.search(STATE_OF, text)
    if said:
        state, kind = said.group(2), said.group(1)
    elif said := re.search(HAVE_STATE, text) or re.search(BARE_STATE, text):
        state, kind = said.group(1).replace(" ", "-"), said.group(2)
    else:
        return None
    rest = re.sub(BREAKS_OUT, " ", re.sub(f"{STATE_OF}|{HAVE_STATE}|{BARE_STATE}", " ", text))
    if [w for w in said_words(rest) if w not in STOP_WORDS]:
        return None
    acne = " acne" if re.search(BREAKS_OUT, text) and "acne" not in state else ""
    return f"{state} {'skin' if kind == 'skin' else 'hair'}{acne}"


OCCASION = (
    r"\b(mother'?s'? day|mom'?s day|father'?s'? day|secret santa|date night|new year'?s?(?: eve)?|"
    r"baby shower|bridal shower|birthday|bday|b-day|christmas|xmas|anniversary|wedding|"
    r"graduation|prom|halloween|valentine'?s?(?: day)?|easter|thanksgiving|hanukkah|diwali|"
    r"honeymoon|vacation|holidays?|summer|winter|beach|travel(?:l?ing)?(?![- ]siz|[- ]kit|[- ]case|"
    r"[- ]bag|[- ]bottle|[- ]set)|trip|gift|present)\b"
)
"""When or what for ("for mother's day", "a secret santa gift", "for the beach"): the first
named in this order, so "a gift for her birthday" is a birthday, "gift" only when nothing else."""


@dataclass
class CatalogVocabulary:
    """What the rules know about the catalog: brand names, category paths and common words."""

    brands: Sequence[str] = ()
    categories: Sequence[str] = ()
    words: frozenset[str] = field(default_factory=frozenset)
    category_sizes: Sequence[int] = ()
    """Each category path's product count, in the order of ``categories`` (may be empty)."""
    kinds: frozenset[str] = field(default_factory=frozenset)
    """Two-word product kinds the titles often name ("dry shampoo"; `dialogue.kinds`)."""
    homeless: frozenset[str] = field(default_factory=frozenset)
    """Product types the catalog has no category for ("deodorant"; `kinds.homeless_kinds`)."""
    title_words: Mapping[str, frozenset[str]] | None = None
    """Each title word (stemmed) and the category paths of the products whose titles name it;
    None where unknown (then the reader does not check a guess against the titles)."""


QueryParser = Callable[[str], ParsedQuery]
"""Parses constraints out of free text (retrieval.query.parse_query with the catalog bound)."""


def answers_any(text: str) -> bool:
    """Whether ``text``, said in answer to our question, leaves the choice to us."""
    return _has(ANY_ANSWER, text.lower())


def find_references(text: str, shown: int) -> list[int]:
    """0-based indexes of earlier picks a message points at ("the first two", "#3", "the last").

    Args:
        text: the lower-cased message.
        shown: how many picks are on screen (indexes at or past it are still returned, so that
            the caller can say the pick does not exist).
    """
    refs: list[int] = []
    m = re.search(r"\b(first|top) (two|three|2|3)\b", text)
    if m:
        n = {"two": 2, "three": 3, "2": 2, "3": 3}[m.group(2)]
        return list(range(n))
    if _has(r"\b(both|these two|those two|the two)\b", text) and shown >= 2:
        return [0, 1]
    pair = re.search(r"\b(\d)\s*(?:and|&|,|vs\.?|versus|with)\s*(\d)\b", text)
    if pair:
        return [int(pair.group(1)) - 1, int(pair.group(2)) - 1]
    if _has(r"\b(the )?(last|latter)( one)?\b", text) and shown:
        refs.append(shown - 1)  # "the latter" of two
    if _has(r"\bthe former\b", text) and shown:
        refs.append(0)
    amounts = find_prices(text).spans  # where the numbers are prices
    for m in re.finditer(
        r"(?:#|number |no\.? ?|item |option |pick )(\d+)"
        r"|\b(\d)(?:st|nd|rd|th)?\b(?=\s*(?:one|item|option|pick|$|\?|\.|,))"
        r"|\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\b",
        text,
    ):
        if m.group(2) and any(a <= m.start(2) < b for a, b in amounts):
            continue  # "under $5", "around 5": an amount, not the fifth pick
        if m.group(1) or m.group(2):
            index = int(m.group(1) or m.group(2)) - 1
        else:
            index = ORDINALS[m.group(3)]
        if index >= 0 and index not in refs:
            refs.append(index)
    return refs


def extract_attributes(text: str) -> dict[str, str]:
    """Stated needs: skin and hair type, who it is for, the occasion."""
    found: dict[str, str] = {}
    if m := re.search(SKIN, text):
        found["skin"] = m.group(1).replace(" ", "-")
    if m := re.search(HAIR, text):
        found["hair"] = m.group(1).replace("color", "colour")
    if m := re.search(STATE_OF, text):  # "my hair is bleached and super damaged"
        found["skin" if m.group(1) == "skin" else "hair"] = m.group(2)
    if m := re.search(RECIPIENT, text):
        who = m.group(3)
        found["for"] = "self" if who in {"me", "myself"} else who
    if occasions := re.findall(OCCASION, text):
        found["occasion"] = next(
            (o for o in occasions if o not in ("gift", "present")), occasions[0]
        )
    return found


def said_as_a_name(brand: str, message: str) -> bool:
    """The shopper wrote ``brand`` with a capital letter ("Revlon", "MAC"): a name, not an
    everyday word the rules' brand matcher caught ("adores", "gud", "summer")."""
    words = re.findall(r"[A-Za-z0-9'.&]+", brand)
    return bool(words) and all(
        re.search(rf"(?<![A-Za-z]){re.escape(w)}(?![a-z])", message, re.I)
        and re.search(rf"(?<![A-Za-z]){re.escape(w[0].upper() + w[1:])}", message)
        for w in words
    )


def _brands_ruled_out(parsed: ParsedQuery, avoided: list[str], message: str) -> list[str]:
    """``avoided`` less the brands it names that the shopper wrote as names ("without Olay",
    "stay away from Garnier", "a bad reaction to Neutrogena"): those become excluded brands
    (and are no longer wanted ones); an ingredient that is also a brand said as a word
    ("without shea") stays an ingredient, not an excluded brand."""
    named = {
        " ".join(WORD.findall(b.lower())): b
        for b in [*parsed.exclude_brands, *parsed.brands]
        if said_as_a_name(b, message)
    }
    words = set(avoided)
    for key in named:  # "without Shea Moisture": the brand, not two words
        if len(key.split()) > 1 and set(key.split()) <= words:
            avoided = [*avoided, key]
    brands = [named[a] for a in avoided if a in named]
    if brands:
        keys = {" ".join(WORD.findall(b.lower())) for b in brands}
        parsed.brands = [b for b in parsed.brands if " ".join(WORD.findall(b.lower())) not in keys]
        parsed.exclude_brands = list(dict.fromkeys([*parsed.exclude_brands, *brands]))
    parts = {w for a in avoided if a in named for w in a.split()}
    kept = [a for a in avoided if a not in named and not (a in parts and a in words)]
    parsed.exclude_brands = [
        b for b in parsed.exclude_brands if " ".join(WORD.findall(b.lower())) not in kept
    ]
    return kept


# Intents told by a phrase alone, in order of precedence (the first that matches wins).
_PHRASE_INTENTS: tuple[tuple[str, Intent], ...] = (
    (UNSAFE, Intent.UNSAFE),
    (INJECTION, Intent.OFF_TOPIC),
    (CLEAR, Intent.CLEAR),
    (GREETING, Intent.GREETING),
    (WHY, Intent.WHY),
    (COMPARE, Intent.COMPARE),
)


def understand(
    message: str,
    *,
    shown: int,
    parse: QueryParser | None = None,
    vocabulary: CatalogVocabulary | None = None,
) -> Request:
    """Turn a shopper message into a :class:`Request`.

    Args:
        message: the shopper's words (already size-checked and redacted).
        shown: how many picks are currently on screen (0 at the start).
        parse: the retrieval query parser (price, brand and category constraints).
        vocabulary: catalog words used to tell shopping requests from off-topic chat.
    """
    text = " ".join(message.lower().split())
    parsed = parse(message) if parse is not None else ParsedQuery(text=message)
    said = re.sub(HELLO, "", parsed.text.strip(), flags=re.I)  # "hi! i need a new perfume"
    request = Request(intent=Intent.SEARCH, text=said or parsed.text.strip(), parsed=parsed)
    request.cheaper = parsed.cheap and shown > 0
    request.attributes = extract_attributes(text)
    request.references = find_references(text, shown)
    avoided, phrases = find_avoided(text, parsed.exclude_brands)
    if avoided:
        request.avoid = _brands_ruled_out(parsed, avoided, message)
        kept = request.text
        for phrase in phrases:
            kept = re.sub(re.escape(phrase), " ", kept, flags=re.I)
        for item in avoided:
            kept = re.sub(rf"\b{re.escape(item)}\b", " ", kept, flags=re.I)
        kept = re.sub(r"(?:\s+(?:or|and|nor|,))+\s*$", "", " ".join(kept.split()))
        request.text = kept.strip(" ,.;")
    if parsed.exclude_brands or request.avoid:  # "not Revlon, I hate their smell"
        request.text = without_reasons(request.text)  # "no salicylic, it dries me out"
    if request.avoid and shown and not [w for w in said_words(request.text) if w not in STOP_WORDS]:
        parsed.category = None  # the picks', not the avoided's ("without salicylic acid")
    request.text = milder_words(request.text, parsed.category)  # "not too loud": quiet
    request.text = without_negated(request.text)  # "not perfume, maybe a body lotion"
    if parsed.category or names_a_type(request.text, vocabulary):  # not a vague gift
        request.text = without_recipient(request.text)  # "a lip gloss for my teenage niece"
    request.text = re.sub(WHAT_ABOUT, "", request.text, flags=re.I)  # "what about a toner?"
    if _has(DROP_PRICE, text):
        request.drop.append("price")
    if _has(DROP_BRAND, text):
        request.drop.append("brand")

    phrase_intent = next((intent for words, intent in _PHRASE_INTENTS if _has(words, text)), None)
    if phrase_intent == Intent.CLEAR and (need := _after_a_reset(request.text, parsed, vocabulary)):
        phrase_intent = Intent.SEARCH  # "start over, i need a hair dryer": nothing carried over
        request.text = need
        request.drop = [
            *([] if parsed.priced else ["price"]),
            *([] if parsed.brands or parsed.exclude_brands else ["brand"]),
            "avoid",
        ]
    back = re.search(BACK_TO, text)
    if phrase_intent is not None:
        request.intent = phrase_intent
        if phrase_intent == Intent.COMPARE and shown and _has(WEIGH_PICKS, text):
            request.superlative = "best_match"  # "which one is better for large pores"
    elif back:  # "go back to the first search": that need again, no words of this message
        place = back.group("place")
        request.back_to = (
            ("first" if place in ("first", "original", "1st") else "previous")
            if place
            else back.group("words")
        )
        request.text, request.references = "", []
    elif (
        _has(BUNDLE, text)
        and not _has(CART, text)
        and not _a_need_of_its_own(text, shown, vocabulary)
    ):  # not "I'll go with the third one"
        request.intent = Intent.BUNDLE
        request.budget = _budget(parsed)
    elif _has(MORE_LIKE, text):
        request.intent = Intent.MORE_LIKE
    elif shown and _has(THE_OTHERS, text) and _follows_up(text):
        request.intent, request.others = Intent.ASK, True  # "and the other ones?"
    elif shown and _has(CHOSEN, text) and not _has(PICK_SUPERLATIVE, text):
        request.intent, request.sentiment = Intent.FEEDBACK, 1
    elif shown and _has(POSITIVE, text) and (question := _asked_of_a_pick(text)):
        request.intent, request.text = Intent.ASK, question  # "looks nice, what's in it?"
    elif _has(CART, text) or _has(POSITIVE, text) or _has(NEGATIVE, text):
        request.intent = Intent.FEEDBACK
        request.sentiment = 1 if (_has(CART, text) or _has(POSITIVE, text)) else -1
        if _has(CART, text):
            request.attributes["action"] = "cart"
    elif _has(FOR_SOMEONE_ELSE, text):
        request.intent, request.text = Intent.REFINE, ""  # "what about for my dad"
    elif shown and (sex := re.search(FOR_A_SEX, text)):
        request.intent, request.text = Intent.REFINE, ""  # "for men" beside moisturisers
        if sex.group("men"):
            request.attributes["for"] = "men"  # as "for my husband": men's products
        else:
            request.text, request.add_detail = "women", True  # "for women" beside razors
    elif shown and (state := _own_state(text)):
        # only how their skin or hair is: the need on screen, for that skin or hair
        request.intent, request.add_detail = Intent.REFINE, True
        request.text, parsed.category = state, None
    elif shown and _has(ADD_DETAIL, text):
        request.intent = Intent.REFINE
        request.add_detail = True
    elif shown and _has(SPF_ONLY, text):
        request.intent, request.add_detail = Intent.REFINE, True  # "spf 50" beside sunscreens
        parsed.category = None  # the type on screen, not the sports sunscreens search finds
    elif shown and (
        _has(CHEAPER, text)
        or _has(NOT_TOO_DEAR, text)
        or _has(PRICIER, text)
        or _has(SOMETHING_ELSE, text)
        or _has(NOT_THAT_BRAND, text)
        or request.drop
        or _toned_down(text)
        or (
            not said_words(without_brands(request.text, parsed))
            and (parsed.priced or parsed.exclude_brands or parsed.brands or request.avoid)
        )
    ):
        request.intent = Intent.REFINE
    elif shown and _has(ONE_OF_THAT_TYPE, text) and (not parsed.category or _has(ONE_FOR, text)):
        request.intent, request.add_detail = Intent.REFINE, True  # "one that heats up fast"
        parsed.category = None  # "ones for dark hair": the type on screen, not Hair Care
    elif shown and _has(MAKE_IT, text):
        request.intent, request.add_detail = Intent.REFINE, True  # "make it matte"
        parsed.category = None  # a trait of the picks, not the type a word names (Powder)
    elif request.references and (
        (shown and _has(ASK, text)) or (not shown and _has(ABOUT_A_PICK, text))
    ):
        request.intent = Intent.ASK  # "is the second one oil free?" with none on screen: ask
    elif (
        shown
        and _has(PICK_SUPERLATIVE, text)
        and not [
            w
            for w in said_words(re.sub(PICK_SUPERLATIVE + r"|['’]s\b", " ", text))
            if w not in STOP_WORDS and len(w) > 2 and w not in FAIR_ENOUGH
        ]
        and not parsed.category
    ):
        request.intent = Intent.COMPARE  # "the cheapest one?": which of the picks
        request.references = request.references or list(range(shown))
        request.superlative = next(
            (kind for kind, words in SUPERLATIVES.items() if _has(words, text)), None
        )
    elif shown and _has(WEIGH_PICKS, text) and _a_department_at_most(parsed.category):
        request.intent = Intent.COMPARE  # "which is best for thick hair": "hair" names no type
        request.superlative = "best_match"  # "which one would you pick": one of them, named
    elif (
        shown
        and len(set(request.references)) >= 2
        and _has(ASK, text)
        and _has(COMPARATIVE, text)
        and _a_department_at_most(parsed.category)
    ):
        request.intent = Intent.COMPARE  # "is the revlon or the conair quieter?"
    elif (
        shown
        and _has(ASK, text)
        and (_has(ABOUT_A_PICK, text) or (_has(POINTS_AT_PICKS, text) and not parsed.category))
        and not parsed.priced
        and not (parsed.brands or parsed.exclude_brands)
    ):
        request.intent = Intent.ASK  # "is it good for sensitive skin?": about the picks
    elif vocabulary is not None and _off_topic(text, request, vocabulary):
        if shown and _has(COMPARATIVE, text) and _has(SEEKS_ANOTHER, text):
            request.intent = Intent.REFINE  # "something quieter": the need on screen, refined
            request.add_detail = True
        else:
            request.intent = Intent.OFF_TOPIC

    toned = re.search(TONED_DOWN, text)
    if toned and request.intent == Intent.REFINE and _toned_down(text):  # "nothing too bright"
        request.text, request.add_detail = MILDER[toned_trait(toned)], True
    if request.intent == Intent.ASK and request.avoid:  # "is the second one oil free?"
        request.text, request.avoid = parsed.text.strip(), []  # asked about, not ruled out
    if _has(NOT_TOO_DEAR, text):  # "a red lipstick, nothing crazy expensive"
        parsed.cheap = True
        request.text = tidy(re.sub(NOT_TOO_DEAR, " ", request.text, flags=re.I))
    request.cheaper = request.cheaper or _has(CHEAPER, text)
    request.pricier = _has(PRICIER, text)
    request.exclude_shown = _has(SOMETHING_ELSE, text)
    request.exclude_reference_brand = _has(NOT_THAT_BRAND, text)
    searching = request.intent in (Intent.SEARCH, Intent.OFF_TOPIC)
    if searching and re.fullmatch(FOR_ME, request.text.lower().strip(" ?!.")):
        request.intent = Intent.SEARCH  # picks for them: no need (their history's), not talk
        request.text, parsed.category = "", None
    if request.intent == Intent.SEARCH or request.add_detail:  # what we search for and echo
        request.text = catalog_need(request.text, vocabulary, chatter_words=False)  # "70th"
    return request


FOR_ME = re.compile(
    r"(?:(?:hi|hey|hello|ok|okay|so|well|please|pls|any|some|got any|have you got any),?\s+)*"
    r"(?:(?:recommendations?|suggestions?|recs|ideas?|picks)(?:\s+for me)?(?:\s+please)?"
    r"|(?:what|which)(?: \w+)? (?:do|would|can) you (?:recommend|suggest)(?: for me)?"
    r"|(?:recommend|suggest|show|find|pick) (?:me )?(?:something|anything|some stuff)"
    r"(?: (?:for me|i'?d like|i might like|nice|good|new))*"
    r"|surprise me|something (?:for me|i'?d like|i might like|new for me)"
    r"|what should i (?:buy|get|try)(?: next)?)"
)
"""A message that asks for picks and names no need ("any recommendations for me?", "what do
you recommend?", "surprise me", "what should I get next"): picks from the shopper's history, or
we ask what they are shopping for; never a search for those words."""


def _after_a_reset(
    said: str, parsed: ParsedQuery, vocabulary: CatalogVocabulary | None
) -> str | None:
    """The need a message states beside starting over ("start over, i need a hair dryer",
    "forget everything, show me lipsticks"): its words after the reset (`CLEAR`), when they
    name a category or a product type; else None (a reset alone)."""
    rest = tidy(re.sub(CLEAR, " ", said, flags=re.I)).strip(" :;,.-!")
    rest = re.sub(r"^(?:(?:and|so|ok|okay|now|then|please|pls|let'?s),?\s+)+", "", rest, flags=re.I)
    if not [w for w in said_words(rest.lower()) if w not in STOP_WORDS]:
        return None
    return rest if parsed.category or names_a_type(rest, vocabulary) else None


WHAT_ABOUT = (
    r"^(?:(?:and|so|ok|okay|hmm|actually|no+|nope|nah),? )*"
    r"(?:(?:what|how) about|never ?mind|not (?:that|this|these|those|it))\b[,.!]?\s*(?=\w)"
)
"""The opening of a need put as a suggestion or after turning the picks down ("what about
aftershave instead", "no not that, a lip liner", "actually never mind, show me ..."): no need
words."""


def _follows_up(text: str) -> bool:
    """Whether the message says nothing but which picks it means ("and the other ones?", "not
    the first one, the others", "what about the rest"): no words of a need or a question of its
    own."""
    rest = re.sub(THE_OTHERS, " ", re.sub(FOLLOW_UP, "", text))
    rest = re.sub(rf"\b(?:{'|'.join(ORDINALS)}|last|one|ones|the|please|then)\b", " ", rest)
    return not [w for w in WORD.findall(rest) if w not in STOP_WORDS]


def without_brands(text: str, parsed: ParsedQuery) -> str:
    """``text`` less the words of the brands ``parsed`` wants or rules out, and the opening of
    a suggestion ("what about La Roche-Posay": nothing else is asked for)."""
    for brand in [*parsed.brands, *parsed.exclude_brands]:
        for word in WORD.findall(brand.lower()):
            text = re.sub(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])", " ", text, flags=re.I)
    return re.sub(WHAT_ABOUT, "", tidy(text), flags=re.I)


def _toned_down(text: str) -> bool:
    """Whether the (lower-cased) message only says what trait the need should not have much of
    ("nothing too bright", "hmm, not too loud please"): `TONED_DOWN` and no other content
    word."""
    rest = re.sub(TONED_DOWN, " ", text)
    return rest != text and not [w for w in said_words(rest) if w not in STOP_WORDS]


def toned_trait(toned: re.Match[str]) -> str:
    """The trait a `TONED_DOWN` match tones down, lower-cased (of "not too loud" or "i hate
    greasy stuff")."""
    return (toned.group(1) or toned.group(2)).lower()


def milder(trait: str, category: str | None) -> str:
    """The catalog word for the milder side of ``trait`` (`MILDER`), in ``category``: a loud
    hair dryer's milder side is quiet, a loud lipstick's light."""
    if trait == "loud" and category and any(name in category for name in APPLIANCES):
        return "quiet"
    return MILDER[trait]


def milder_words(text: str, category: str | None) -> str:
    """``text`` with each `TONED_DOWN` trait said (and "that's" before it) as its milder word
    ("a hair dryer that's not too loud": "a hair dryer quiet"): else "not" drops the trait and
    leaves "that's" as the need's last word."""
    return tidy(
        re.sub(
            TONED_CLAUSE,
            lambda m: f" {milder(toned_trait(m), category)} ",
            text,
            flags=re.I,
        )
    )


@lru_cache(maxsize=8)
def leaf_words(categories: tuple[str, ...]) -> frozenset[str]:
    """The lower-cased words of the categories' own names (the last node of each path: "Oils &
    Serums" gives "oils", "serums"): the product types a catalog files things under."""
    leaves = {path.rsplit(" > ", 1)[-1].lower() for path in categories}
    return frozenset(w for leaf in leaves for w in WORD.findall(leaf))


def _type_words(categories: tuple[str, ...]) -> frozenset[str]:
    """The words (over 3 letters, without a plural "s") of the categories' own names."""
    return frozenset(w.rstrip("s") for w in leaf_words(categories) if len(w) > 3)


def names_a_type(text: str, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether ``text`` names a product type by a word of a category's own name ("anti aging
    serum" names Oils & Serums) where the query parser named none."""
    if vocabulary is None or not vocabulary.categories:
        return False
    said = {w.rstrip("s") for w in WORD.findall(text.lower()) if w not in STOP_WORDS}
    return bool(said & _type_words(tuple(vocabulary.categories)))


def _a_need_of_its_own(text: str, shown: int, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether a message with a bundle's words, with no picks on screen, names a product type
    before them and points at nothing after them ("a CeraVe cleanser for my morning routine",
    "a lipstick to go with my black dress"): a search for that type, not what goes with a
    pick ("a toner to go with it" stays a bundle, "what goes with a red lipstick" too)."""
    found = re.search(BUNDLE, text)
    if (
        shown
        or found is None
        or re.search(r"\b(it|this|that|them|these|those)\b", text[found.end() :])
    ):
        return False
    return names_a_type(text[: found.start()], vocabulary)


def _budget(parsed: ParsedQuery) -> float | None:
    """The most a bundle may cost: the parsed highest price ("under thirty dollars"), else a
    price to aim at ("for $50")."""
    if parsed.max_price is not None:
        return parsed.max_price
    return parsed.around_price


def _a_department_at_most(category: str | None) -> bool:
    """Whether ``category`` is None or a department ("Beauty > Hair Care": "hair" names no
    product type)."""
    return category is None or category.count(" > ") <= 1


SHORT_TYPE_WORDS = frozenset({"lip", "lips", "oil", "gel", "dye", "eye", "wig", "spf"})
"""Product words too short for `_off_topic`'s word test (it skips words of three letters or
fewer, "the", "you", "can"): "lip oil", "box dye", "eye gel" and "spf 50" are shopping."""


def _off_topic(text: str, request: Request, vocabulary: CatalogVocabulary) -> bool:
    """No catalog word, brand, category, constraint or stated need: not a shopping request."""
    parsed = request.parsed
    if parsed.brands or parsed.exclude_brands or parsed.category or request.attributes:
        return False
    if parsed.priced:
        return False
    words = [w for w in WORD.findall(text) if len(w) > 3 and w not in NON_PRODUCT_WORDS]
    if PAMPER & set(words):
        return False  # "something to pamper her": a treat to find, whatever it is
    if any(w in vocabulary.words or w.rstrip("s") in vocabulary.words for w in words):
        return False
    return not SHORT_TYPE_WORDS.intersection(WORD.findall(text))  # "lip oil", "box dye"
