"""What shoppers say, as patterns: one named regular expression (or table) per kind of turn or
detail the rules read ("why these?", "cheaper", "for my mum", "not too loud", an answer that
leaves the choice to us). `understanding` decides with them; the reader and the handlers use the
few they need. Every pattern runs on the lower-cased message.
"""

from __future__ import annotations

import re

from assistant.dialogue.wording import COLOURS, PEOPLE

ORDINALS = {
    "first": 0, "1st": 0, "one": 0,
    "second": 1, "2nd": 1, "two": 1,
    "third": 2, "3rd": 2, "three": 2,
    "fourth": 3, "4th": 3, "four": 3,
    "fifth": 4, "5th": 4, "five": 4,
}  # fmt: skip


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


SHOP_SERVICE = (
    r"\b(?:shipping|shipment|(?:do|can|will|would) you (?:ship|deliver)|"
    r"ship (?:it|them|to|internationally|overseas|abroad)|"
    r"deliver(?:ed)? (?:it|them|to|by|before|on)|"
    r"delivery (?:time|date|fees?|costs?|charges?|options?|takes?|address)|"
    r"how (?:long|fast|soon) (?:does|will|would|is) (?:it|delivery|shipping|the order|my order)|"
    r"when will (?:it|my order|they|my package) (?:arrive|come|get here)|"
    r"(?:can|could|may) i (?:return|exchange|send back) (?:it|them|this|these)|"
    r"returns? (?:policy|process|window)|free returns|refunds?|"
    r"gift[- ]?wrap(?:ped|ping)?|wrap (?:it|them|this|these)(?: up)?(?= as a gift| for me|\W*$)|"
    r"track(?:ing)? (?:my |the )?(?:order|package|parcel)|tracking number|"
    r"where(?:'s|’s| is) my (?:order|package|parcel)|order status|cancel my order)\b"
)
"""A question about the shop's services, not its products ("how long does shipping take?",
"can i return it?", "wrap it as a gift?", "where is my order"): the assistant helps choose
products and says so, with no search ("wrap" found processing caps in Caps, Foils & Wraps)."""

THE_SHOP_ITSELF = (
    r"\b(?:(?:talk|speak|chat) (?:to|with) (?:a |an |the |some )?(?:human|person|real person|"
    r"someone|somebody|agent|representative|rep|manager|real people)|"
    r"(?:a |the )?(?:human|real person) (?:please|pls)|customer (?:service|support|care)|"
    r"(?:is|are) (?:this|you|your) (?:store|site|shop|website|company) "
    r"(?:legit|legitimate|real|safe|trustworthy|a scam|reliable)|"
    r"are you (?:a )?(?:bot|robot|real|human|ai|person))\b"
)
"""A request for a person or a question about the shop itself ("can i talk to a human?", "is
this store legit?", "are you a bot?"), not its products: said so, with no search (they asked
which department, from what a search for "human" or "legit" found)."""


COMPLIMENT = (
    r"^\W*(?:(?:you'?re|you are|ur|u r) (?:so |really |very )?(?:awesome|amazing|the best|great|"
    r"so helpful|helpful|a star|a lifesaver|a life saver|brilliant|fantastic|wonderful)|"
    r"(?:this|that|you) (?:is|was|were|have been|'ve been) (?:so |really |very )?helpful|"
    r"(?:i )?love you|good (?:bot|job))\W*$"
)
"""Praise for the assistant ("you're awesome", "this is so helpful"): thanked, no search (it
asked which department, from what a search for "awesome" found)."""


ASKS_FOR_A_NAME = (
    r"^(?:(?:hi|hey|hello|ok|so),?\s+)?(?:(?:do|does|can) (?:you|u|ya|y'?all|this (?:store|shop))"
    r"(?: guys)? (?:have|sell|carry|stock|get|got)|have you got|you got|got|is there|are there)"
    r"\s+(?:any(?:thing)?\s+)?(?:(?:from|by)\s+)?(?P<name>[^\W\d_][\w' &.-]{1,40}?)\W*$"
)
"""A question whether the shop sells something by name ("do you sell olaplex?", "do you have
the ordinary?"): when nothing in the catalog answers to it, the name is said to be missing,
not the shopper told to shop."""


LOVES_ONE_OF_THEIRS = (
    r"^(?:(?:omg|ok|so|oh),?\s+)?(?:i|we)\s+(?:really\s+|just\s+|absolutely\s+)?"
    r"(?:love|like|adore)\s+(?:this|that|these|those|my)\s+"
)
"""A product of their own praised with no picks on screen ("i love this lipstick"): no pick to
like, a need for that type (the words after it)."""


THEIR_PROFILE = (
    r"\b(?:(?:do|did|can|could) you (?:remember|know|recall|tell me)|what(?:'s|’s| is| are)|"
    r"remind me(?: of)?)\s+(?:what\s+)?my\s+(?:skin(?: type)?|hair(?: type)?|profile)\b"
    r"|\bwhat do you (?:know|remember) about me\b|\bwhat(?:'s|’s| is) in my profile\b"
    r"|\bwhat have i told you\b"
)
"""A question about what the assistant keeps of the shopper ("do you remember what my skin
type is?", "what do you know about me"): their profile is the answer, not a search for
'remember skin type'."""


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


WORLD_QUESTION = (
    r"^(?:(?:hey|hi|ok|okay|so|btw|by the way|quick question|and|also),?\s+)*"
    r"(?:what(?:'s|’s| is| will be) the (?:weather|forecast|time|date|score|news)"
    r"|how(?:'s|’s| is) the weather|(?:is it|will it)(?: going to| gonna)? (?:rain|snow)(?:ing)?"
    r"|what time is it|what(?:'s|’s| is) the time|what day is (?:it|today)"
    r"|who (?:won|is winning|will win)|what(?:'s|’s| is) the capital of)\b"
)
"""A question about the world, not the shop ("what's the weather", "is it going to rain
tomorrow", "what time is it", "who won the game last night"): off the shop's topic, though
titles name "weather", "rain" or "night" ("a lip balm for cold weather" is a need: no question
opens it)."""


GREETING = (
    r"^((hi+|hel+o+|he+y+|hiya|heya|howdy|yo|morning|evening|"
    r"good (morning|afternoon|evening|night|day)|there|again|everyone|all|guys|folks|you|"
    r"thanks?( you)?( so much| a lot)?|thx|ty|"
    r"thank you( so much| very much)?|ok(ay)?|cool|great|perfect|cheers|(good)?bye|see (you|ya)|"
    r"for (all )?(the|your) help|for helping( me)?|"
    r"(bye )?for now|later|ciao|"
    r"that'?s all|that'?s (it|everything)|all good|have a (nice|good) (day|one)|"
    r"((i'?m|im|i am|we'?re|we are) )?(all set|all good|done|sorted|good for now)|"
    r"that'?ll be all|that will be all|"
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


WHICH_MORE = (
    r"which (?:one |of (?:these|those|them|the two) )?(?:is|are|'s|would be|feels?|gets?|runs?) "
    r"(?:a bit |slightly |much |a little )?(?!(?:better|cheaper|pricier|dearer|other)\b)"
    r"[a-z]{3,}er\b"
)
"""A question that weighs the picks by a comparative ("which is lighter?", "which one is
quieter?"): the picks' listings that name its adjective ("light")."""


WEIGH_PICKS = (
    r"\b(which (one |of (these|those|them|the \w+) )?(is|would be|'?s) (the )?(best|better)|"
    r"which (?:one |of (?:these|those|them) )?(?:\w+ ){0,2}(?:the )?\w{3,}est\b|"
    r"which (one |of (these|those|them) )?(should|would|do) (i|you) "
    r"(get|buy|pick|choose|recommend)|"
    r"which (one )?do you recommend|"
    r"which (one |of (these|those|them) )?(has|have|gives?|lasts?) (the )?(\w+er|more|less|most|"
    r"least|best)\b|" + WHICH_MORE + r"|"
    r"^(?:and |ok |so |hmm )?(?:the |your )?"
    r"(?!(?:cheapest|biggest|largest|smallest|tiniest|priciest|latest|newest)\b)\w{3,}est "
    r"(?:one|of (?:these|those|them|the \w+))(?:,? (?:please|pls|plz))?\W*$)\b"
)
"""With picks on screen: weighing them ("which one should I get?", "which is lighter?", "the
quietest one"), a comparison."""


COMPARATIVE = (
    r"\b(better|worse|best|quieter|louder|lighter|heavier|smaller|bigger|stronger|gentler|"
    r"softer|longer|faster|cheaper|more|less|fresher|sweeter|warmer|cooler|darker|brighter|"
    r"richer|thicker|thinner|milder|subtler|sexier|classier|fruitier|woodier|spicier|deeper|"
    r"shinier|glossier|smoother|nicer|prettier)\b"
)
"""Words that weigh one thing against another ("which of the two is quieter?")."""


TOO_MUCH_OF_IT = (
    r"^(?:(?:no|nah|hmm|ugh|but|they'?re|they are|these are|those are|it'?s|it is|that'?s|"
    r"a bit|a little|way|kinda|bit)\W+)*too (?:much |many )?[a-z]+"
)
"""A message that opens by finding the picks too much of something ("too girly", "a bit too
bright", "they're too shiny", "way too loud"): about them, not a need ("a mask too" says it
at the end)."""


SEEKS_ANOTHER = (
    r"^(?:(?:and|but|ok|okay|hmm|maybe),? )?(?:something|anything|one|ones|an? \w+ one)\b"
)
"""A message that asks for another product than the picks ("something quieter", "a lighter
one"): with a comparative word and no catalog word, a refinement of the need on screen."""


MORE_OF_A_TRAIT = (
    r"^(?:(?:and|but|ok|okay|hmm|maybe|actually|so|now|a bit|a little|slightly|much|a lot),? )*"
    r"more "
    r"(?!(?:please|pls|options?|picks?|ones?|results?|like|of|than|choices?|stuff|things?|"
    r"items?|products?|expensive|pricey|affordable)\b)[a-z]+(?:[\s,]+(?:please|pls|maybe|"
    r"though|tho|thanks|if possible))*\W*$"
)
"""Only more of a trait ("more neutral please", "a bit more natural"): beside the picks, a
detail of the need on screen, not the type a word names (Concealers & Neutralizers)."""


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
the size the title names (`facts.size_ml`)."""


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
best rated"); not the price orders, which choose among priced options (`answers.price_option`)."""


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
    r"complete the look|bundle|routine|what do i need for|to go with)\b"
)
"""What goes with a pick, or a routine. Not "a kit" or "a set for": sets and kits are products
the catalog files under categories of their own (Makeup Sets, Sets & Kits)."""


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


MORE_LIKE = (
    r"\b(more like|similar to|(?<!i )(?<!i really )(?<!i do )(?<!n't )(?<!not )(?<!never )"
    r"(?<!dont )(?<!didnt )(?<!doesnt )"
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
    r"\b(i (don'?t|do not|didn'?t|did not|never) liked?|not for me|"
    r"hate (it|that|this|the)|thumbs down|no good|"
    r"don'?t want (that|this|it|the)|"
    rf"not (really |really into |so )?(loving|liking|into|feeling|keen on|a fan of) "
    rf"(?:(?:any|either|all|none) of )?{POINTED}|not (really )?my (thing|style|cup of tea)|"
    rf"{POINTED} (all )?(look|looks|are|is|seem|seems) (really |so |very |pretty |kind of |kinda )?"
    r"(meh|ugly|awful|terrible|boring|cheap looking|not great|not for me))\b"
)


PRICE_PICK = r"\bthe (?:cheapest|least expensive|most expensive|priciest|dearest)(?: one)?\b"
"""A pick named by its price among those on screen ("add the cheapest to my cart")."""


A_PICK = (
    r"(?:it|this|that|them(?: all)?|all of them|both(?: of them)?|"
    r"the (?:cheapest|least expensive|most expensive|priciest|dearest)|"
    r"(?:this|that|the) (?:\w+ )?one|"
    r"the (?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)|"
    r"(?:#|no\.? ?|number |option |item )[1-9])"
)
"""One pick on screen named as an object ("it", "the second one", "the first", "the cheapest",
"#3", "no. 3"), or all of them ("them all", "both")."""


CART = (
    rf"\b(add (?:{A_PICK}|all|everything)? ?to (?:my |the )?(cart|basket|bag)|"
    rf"(?:put|throw|pop|stick|place|move) (?:{A_PICK}|all|everything) (?:in|into|to) "
    r"(?:my |the )?(?:cart|basket)|"
    rf"(?:re-?order|re-?buy|order) {A_PICK}(?: again)?|"
    rf"{A_PICK}(?: one)?,?(?: (?:please|pls|plz),?)? (?:in|into|to) (?:my |the )?(?:cart|basket)|"
    rf"add {A_PICK}(?=(?: (?:please|pls|too|as well|then))?\W*$)|"
    rf"(?:buy|i'?ll take|i'?ll get|i'?ll buy|i will take|i will buy|i'?ll go (?:with|for)|"
    rf"i will go (?:with|for)|let'?s go with|i'?d go (?:with|for)|i choose|i pick) {A_PICK})\b"
)


CHOSEN = (
    r"^(?!(?:\w+,? )?the (?!(?:cheapest|priciest|dearest)\b)\w{3,}est\b)"  # "the lightest one"
    rf"(?:(?:ok(?:ay)?|fine|alright|right|great|cool|no|nope|nah|actually|sorry),? )?{A_PICK}"
    r"(?: one)?,? (?:then|please|pls|plz|it is|for me)\W*$"
)
"""A pick chosen without a verb ("ok the first one then", "the second one please", "no, the
first one please": a correction of what we did is a choice too); not a pick asked for by a
trait ("the lightest one please": the picks weighed)."""


ASK = (
    r"(\?$|^(how|what|whats|is|does|do|can|which|are|will|would)\b|\b(how much|price of|what size|"
    r"how big|is it|does it|tell me (?:more|about)|more (?:info|information|details?) (?:on|about)|"
    r"(?:any |the |some |more )?details? (?:on|about|of)|what do you know about)\b)"
)
"""A question: a question mark, a question word first, or words that ask about something
anywhere ("tell me more", "more info on the second one", "details on the first please")."""


CHEAPER = (
    r"\b(cheaper|less (?:expensive|pricey|costly|spendy)|lower price|lower[- ]priced|"
    r"more affordable|(?<!not )(?<!nothing )too (expensive|pricey)|budget option)\b"
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


_FELT_TRAITS = (
    r"(bright|loud|strong|heavy|sweet|shiny|flashy|bold|intense|dark|thick|sticky|greasy)"
)
"""`_TRAITS` less the looks ruled out after "not" or "nothing" (`avoid.LOOK_WORDS`: "nothing
glittery" is no glitter, not a matte one)."""


TONED_DOWN = (
    rf"\b(?:(?:not|nothing|none|isn'?t|nothin) (?:too|so|very|overly|that|super|crazy) {_TRAITS}"
    rf"|(?:isn'?t|aren'?t|thats not|(?:is|'s|are|'re) not) {_TRAITS}\b"
    r"|(?:doesn'?t|does not|don'?t|do not|dont|doesnt|won'?t|will not|wont) "
    rf"(?:feel|look|get|leave (?:\w+ ){{0,2}}?)\s*{_TRAITS}"
    rf"\b|(?:(?:i|she|he|we|they) )?(?:really )?(?:hate|hates|dislike|dislikes|can'?t stand|"
    r"(?:do not|does not|don'?t|doesn'?t|dont|doesnt) (?:really )?like) "
    rf"(?:anything |everything |all )?{_TRAITS}"
    r"(?:\s+(?:stuff|ones|things|products?|formulas?|textures?|feel(?:ing)?)\b|(?=\s*(?:[,.!?;]|$))))"
    rf"|(?:^|(?<=,)\s*|(?<=\bbut)\s+)(?:not|nothing) {_FELT_TRAITS}"
    r"(?=(?:\s+(?:please|pls|plz|tho|though|thanks))*\s*(?:[,.!?;]|$))"
)
"""A trait the need should not have much of ("nothing too bright", "not too loud", "one that
isn't greasy", "doesn't feel greasy", "won't leave my skin sticky", "i hate greasy stuff", "he
hates anything sticky", "he doesn't like anything greasy", "not sticky" said alone or after a
comma or "but"; not "i hate greasy hair", "not sticky hair"):
said of the picks on screen, a refinement; the word is never searched for (`MILDER` says what
is; `toned_trait` which was said)."""


MILDER = {
    "bright": "natural", "loud": "light", "strong": "light", "heavy": "light", "sweet": "fresh",
    "shiny": "matte", "glittery": "matte", "flashy": "natural", "bold": "natural",
    "intense": "light", "dark": "light", "thick": "light", "sticky": "non-sticky",
    "greasy": "non-greasy",
}  # fmt: skip
"""The catalog word for the milder side of a `TONED_DOWN` trait ("bright" blush: "natural")."""


TONED_CLAUSE = r"(?:\b(?:that|which)(?:'s|’s| is| are)?\s+|,\s*)?" + TONED_DOWN
"""A `TONED_DOWN` trait said of a new need, with the clause that leads to it ("a hair dryer
that's not too loud"): the whole is the milder word (`milder_words`)."""


APPLIANCES = ("Styling Tools", "Tools & Accessories")
"""Categories of appliances and tools: what is not loud there is quiet, not light."""


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


SPF_ONLY = (
    r"^(?:(?:and|but|ok|okay|hmm|maybe|actually|preferably|at least),? )*spf ?\d+\+?"
    r"(?:,? (?:please|pls|or (?:more|higher|above)))*\W*$"
)
"""A sun protection factor alone ("spf 50", "at least spf 30 please"): beside the picks, a
detail of the need on screen."""


PRICIER = (
    r"\b(more expensive|pricier|higher end|more premium|fancier|better quality|higher quality|"
    r"more (?:luxurious|luxury|upscale|high[- ]end|exclusive|indulgent))\b"
)
"""Dearer than the picks ("something a bit more luxurious", "higher quality")."""


SOMETHING_ELSE = (
    r"\b(something else|other options|anything else|different ones?|show me others|"
    r"more options|none of (these|those|them)|next ones|other ones)\b|"
    r"(?:^|\b(?:show|see|got|have you got|any) (?:me )?(?:some |any )?)more(?: please| pls)?\W*$"
)


USUAL_BRAND = (
    r"\b(?:(?:the |my )?same brand(?: (?:as (?:before|last time|always|usual)|(?:that |which )?i "
    r"(?:usually |always |normally )?(?:get|buy|use|got|bought|had)))?|(?:my|the) usual brand|"
    r"(?:my|the) (?:regular|normal|favou?rite) brand|the brand i (?:usually |always |normally )?"
    r"(?:get|buy|use|got|bought|had))\b"
)
"""The brand the shopper buys ("the same brand i usually get", "my usual brand"): their most
bought brand of the need's type (`handlers.search.their_brand`), not words to search."""


_AS_A_PICK = (
    r"(?: as (?:the )?(?:first|1st|second|2nd|third|3rd|fourth|4th|last|that|this)(?: one)?)?"
)
PICKS_BRAND = (
    rf"\b(?:(?:from|by|of) (?:that|this|the same|their) brand{_AS_A_PICK}|(?:that|this) brand'?s|"
    rf"(?:the )?same brand(?:'?s)?{_AS_A_PICK}"
    r"(?! (?:as (?:before|last time|always|usual)|(?:that |which )?i\b)))\b"
)
"""The brand of the picks on screen, said beside them ("the same brand's conditioner", "a
conditioner from that brand"): the pick in view's brand (`handlers.search.their_brand`), not
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


HELLO = r"^(?:hi+|hel+o+|he+y+|hiya|heya|yo|hi+ there|hel+o+ there|he+y+ there)\b[\s!,.]*"
"""A greeting before the need ("hi! i need a new perfume", "hii can u show me eyeliners"): no
search words."""


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


UNDO = (
    r"^(?:(?:ok|okay|hmm+|no|nah|nope|actually|wait|ugh|oh),? )*"
    r"(?:(?:can we |can you |let'?s )?(?:go back|undo(?: that| it| this)?|take (?:that|it) back|"
    r"go back to (?:before|how it was|what it was|the (?:previous|earlier|last) (?:results|picks))|"
    r"back to (?:before|how it was)|as (?:it was )?before|"
    r"(?:show me )?the (?:previous|earlier) (?:results|picks))|back)"
    r"(?:,? (?:please|pls|plz|then|again))*\W*$"
)
"""Going back one step, to what was on screen before the last change ("go back", "undo that",
"back to before"): before the last refinement of the need, else the previous need."""


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


DROP_PRICE = (
    r"\b(any price|(the )?(price|budget|cost) (doesn'?t|does not|don'?t) (really )?matter|"
    r"no budget|forget the (price|budget)|money is no (object|issue))\b"
)
"""A price constraint dropped ("price doesn't matter"): no search words either."""


DROP_BRAND = (
    r"\b(any brand|(the )?brand (doesn'?t|does not|don'?t) (really )?matter|forget the brand|"
    r"whatever brand|no brand preference|(don'?t|do not) (really )?care (about|for|which) "
    r"(the )?brand)\b"
)
"""A brand constraint dropped ("any brand"): no search words either."""


SKIN = r"\b(dry|oily|combination|sensitive|normal|mature|acne[- ]prone)\s+skin\b"


HAIR = (
    r"\b(dry|oily|frizzy|curly|straight|fine|thin|thick|coarse|damaged|colou?r[- ]treated|"
    r"colou?red|dyed|bleached|highlighted|gr[ae]y|wavy|greasy)\s+hair\b"
)

LIKE_THESE = r"\b(?:similar|like (?:this|that|these|those|it|them))\b"
"""Words that point at the picks as a likeness ("something similar", "one like these")."""

FOR_A_STATE = (
    r"^(?:(?:and|but|so|ok|okay|actually|oh|hmm),? )*(?:it'?s |its |this is |that'?s )?"
    rf"(?:(?:something|anything|any|one|ones)\s+(?:{LIKE_THESE}\s+)?)?"
    rf"(?:(?:but |and )?(?:for|with) )(?:my |her |his |their |our )?(?:{SKIN}|{HAIR})\W*$"
)
"""Only the skin or hair the need on screen is for ("for colored hair" beside shampoos, "and
for my oily skin", "something for oily skin" beside foundations): a detail of that need, not
the type its words name (Hair Color) nor the branch ("skin": Skin Care); "something similar
but for curly hair" too (a treatment's words, beside conditioners); beside picks in a
department named for another part it is a need of its own
(`states_beside_picks.a_state_elsewhere`)."""


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
    rf"(?:\w+ )?(?:{PEOPLE}|him|her)"
    r"(?:,?\s*(?:(?:he|she|they)(?:'s|’s| is| are)|aged?|who'?s)\s+\d{1,2}"
    r"(?:\s*(?:years?|yrs?|yo)(?:[- ]old)?)?)?"
    r"(?:,?\s*(?:actually|instead|then|though|now|please|pls|plz))*\W*$"
)
"""The need on screen again, for another person ("what about for my dad", "and for my sister?",
"same for my mum", "it's for my husband", "for my daughter, she's 6", "for my mom actually"): a
refinement with no words of its own (who it is for is noted)."""


FOR_A_SEX = (
    r"^(?:(?:and|but|so|ok|okay|actually|it'?s|its|it is|they'?re|this is|these are|"
    r"what about|how about|(?:the )?same|any|ones?|(?:do you|you) have (?:it|them|any|one|some)|"
    r"(?:have you )?got (?:it|them|any|one)|is there (?:one|any)|are there any),? )*"
    r"(?:but |and )?(?:for|to) (?:a |an |the )?(?:(?P<men>men|man|guys?|gentlemen|males?)|"
    r"(?:women|woman|ladies|lady|females?))(?:'?s)?(?:,? (?:please|pls|plz|too|instead))?\W*$"
)
"""The need on screen for men or for women ("for men", "it's for a man", "what about for men?",
"any for men?", "do you have it for women?"): a refinement with no words of its own, for whom
it is noted (as "for my husband" is: `FOR_SOMEONE_ELSE`)."""


STATE_OF = (
    r"\bmy (skin|hair|scalp|eyes) (?:is|'s|are|get|gets|feels|has been|has gotten|got)"
    r"(?: (?:really|very|super|so|quite|kinda|a bit|pretty|extremely|[a-z]+ and|[a-z]+,))*"
    r" (dry|oily|combination|sensitive|mature|frizzy|curly|fine|thin|thick|coarse|damaged|"
    r"greasy|flaky|itchy|dull|brittle)\b"
)
"""What the shopper says of their own skin, hair or eyes ("my hair is bleached and super
damaged", "my eyes are sensitive tho"): a stated need, the same as "damaged hair"."""


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


CONCERNS = (
    r"(?:dandruff|acne|eczema|psoriasis|rosacea|breakouts|pimples|blackheads|wrinkles|"
    r"fine lines|dark circles|puffy eyes|dark spots|age spots|sun spots|hyperpigmentation|"
    r"split ends|hair loss|thinning hair|frizz|frizzy hair|(?:a )?(?:dry|itchy|flaky|oily) scalp|"
    r"cellulite|stretch marks|razor bumps|ingrown hairs|cracked heels|chapped lips|redness|"
    r"large pores|(?:oily|dry|sensitive|combination|acne[- ]prone) skin)"
)
"""Skin and hair concerns a person has ("dandruff", "rosacea", "split ends")."""

WORRIED_ABOUT = r"(?:worried|concerned|bothered|self[- ]conscious) about"
WORRIED = rf"(?: (?:is|are|am)|'s|'re|'m)? {WORRIED_ABOUT}"
"""Being worried about a concern ("i'm worried about wrinkles", "worried about fine lines")."""

CONCERN_HAD = (
    r"(?:\b(?:he|she|they|i|we|my \w+|his \w+|her \w+)"
    r"(?:'s got| has got|'ve got| have got| has| have| gets| get| suffers? from|"
    r" struggles? with| deals? with| (?:is|are|am) prone to|(?:'s|'re|'m) prone to|"
    rf"{WORRIED})|"
    rf"(?:^|,|\band)\s*(?:has|have|gets|got|{WORRIED_ABOUT}))"
    r"(?: (?:really|very|bad|terrible|awful|some|mild|severe|a lot of|lots of|a bit of|"
    r"a little|also|too))*"
    rf" (?P<concern>{CONCERNS})\b"
)
"""A concern someone has, said anywhere in a message ("she's into skincare, has some acne",
"my wife gets rosacea")."""
HAS_CONCERN = (
    r"^(?:(?:and|but|so|oh|also|ok|okay|well|btw|actually),?\s+)*"
    r"(?:(?:i'?m|i am|(?:s?he|they)(?:'s|'re| is| are)) \d{1,3}(?: years old)?\s*)?"
    + CONCERN_HAD
    + r"(?: (?:too|as well|also|though))?\W*$"
)
"""Only a concern someone has, as a whole message ("he has dandruff", "my wife gets
rosacea", "i'm 45, worried about wrinkles"): said beside the picks, what the need on screen is
for."""


BREAKS_OUT = r"\b(?:i |it |and )*(?:break(?:s)? out|breakouts?|get spots|get pimples|acne)\b"
"""Said beside the skin's state ("i have oily skin and i break out"): it is prone to acne."""


OCCASION = (
    r"\b(mother'?s'? day|mom'?s day|father'?s'? day|secret santa|date night|new year'?s?(?: eve)?|"
    r"baby shower|bridal shower|birthday|bday|b-day|christmas|xmas|anniversary|wedding|"
    r"graduation|prom|halloween|valentine'?s?(?: day)?|easter|thanksgiving|hanukkah|diwali|"
    r"honeymoon|vacation|holidays?|summer|winter|beach|travel(?:l?ing)?(?![- ]siz|[- ]kit|[- ]case|"
    r"[- ]bag|[- ]bottle|[- ]set)|trip|gift|present)\b"
)
"""When or what for ("for mother's day", "a secret santa gift", "for the beach"): the first
named in this order, so "a gift for her birthday" is a birthday, "gift" only when nothing else."""


SMALL_GIFT = r"\b(?:an? )?stocking[- ]?stuff(?:er|ers|ing)\b"
"""A small gift by its Christmas name ("stocking stuffers under 10"): read as "a gift" (its
words found stockings and conditioners; a gift's type is the shopper's to choose)."""


SWEATING = (
    r"\b(?:(?:i|he|she|they|we|my \w+)\s+(?:sweats?|perspires?|sweat(?:ing)?)"
    r"|(?:i'?m|he'?s|she'?s|they'?re|(?:i|he|she|they|my \w+) (?:am|is|are|gets?))"
    r" (?:always |so |very |really )?"
    r"(?:sweaty|sweating)"
    r"|(?:excessive|heavy|a lot of|lots of) (?:sweat(?:ing)?|perspiration)"
    r"|sweaty (?:armpits|underarms|pits)|(?:armpits|underarms|pits) (?:smell|stink)"
    r"|body odou?r)\b"
)
"""Someone who sweats ("i sweat a lot, need something", "my son is always sweaty", "body
odor"): with no product type named, the need is an antiperspirant deodorant (search for the
words found lotions)."""
SWEAT_NEED = "antiperspirant deodorant"


SORE_PARTS = r"hands|feet|heels"
SORE_STATES = {
    "cracking": "cracked", "cracked": "cracked", "splitting": "cracked", "bleeding": "cracked",
    "chapped": "chapped", "chapping": "chapped", "peeling": "peeling",
}  # fmt: skip
SORE = (
    rf"\b(?P<part>{SORE_PARTS})\b[^.!?]{{0,80}}?\b(?P<state>{'|'.join(SORE_STATES)})\b|"
    rf"\b(?P<before>{'|'.join(SORE_STATES)}) (?P<after>{SORE_PARTS})\b"
)
"""A part of the body said to be cracking, chapped or peeling ("i wash my hands 50 times a
day, they're cracking"): with no product type named, the need is that state of that part
('cracked hands': hand creams), not what the shopper does to it (hand soaps), where the state
names a category. Not lips: a lip balm is the need there (`kinds.ELSEWHERE`)."""


LIKE_A_NAMED_ONE = (
    r"^(?:(?:i want|i need|i'?m looking for|looking for|find me|show me|do you have)\s+)?"
    r"(?:something|anything|one|stuff)\s+(?:like|similar to)\s+(?!(?:the|this|that|these|those|"
    r"it|them|what)\b)"
)
"""The opening of a need put as a likeness to a named product ("something like chanel no 5 but
cheaper"): no need words (search read 'something like' and found BB creams); what it names is
searched, not a pick on screen ("something like the second one" is more like it)."""


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


A_SMELL = (
    r"\b(?:smells?|smelling)\s+(?:like|of|good|nice|amazing|great|fresh|clean|sweet|expensive)\b"
    r"|\bscent(?:ed)? of\b"
)
"""A need asked for by how it smells ("something that smells like the beach", "i want to smell
good all day"): with no product type said, a scent (`understanding`: the Fragrance the parser
reads "fragrance" as)."""


WHAT_ABOUT = (
    r"^(?:(?:and|so|ok|okay|hmm|actually|no+|nope|nah),? )*"
    r"(?:(?:what|how) about|never ?mind|not (?:that|this|these|those|it))\b[,.!]?\s*(?=\w)"
)
"""The opening of a need put as a suggestion or after turning the picks down ("what about
aftershave instead", "no not that, a lip liner", "actually never mind, show me ..."): no need
words."""


LIKES_A_NAME = (
    r"\b(?:she|he|they)(?:'s|'re| is| are)?\s+(?:really\s+|just\s+|totally\s+|so\s+)?"
    r"(?:loves?|likes?|adores?|into|obsessed with|(?:a\s+)?(?:big\s+|huge\s+)?fans? of|"
    r"swears? by|only uses?)\s+(?P<name>[a-z][a-z'.&-]*[a-z])(?=\s*(?:[,.!?;]|$|and\b|but\b|so\b))"
)
"""A name the person a gift is for likes, said alone ("she loves chanel", "he's obsessed with
fenty"): a maker, or something they are into, that the need may ask for."""
