"""Talk off the shop's topic: a medical question (`MEDICAL`), something to write or homework
(`WRITING_OR_HOMEWORK`), a place nearby (`A_PLACE_NEARBY`), a question about the world or one
said as an aside (`WORLD_QUESTION`, `ASIDE_QUESTION`); and what tells such talk from a want:
words that ask to shop (`ASKS_TO_SHOP`), a product asked for without its name
(`AN_UNNAMED_THING`), a message said as a question or a request (`SAID_AS_A_SENTENCE`).
`intents.talk` and `intents.by_phrase` read them; `handlers.talk.off_topic` answers."""

from __future__ import annotations

MEDICAL = (
    r"\b(?:take|taking|took|mix|mixing|combine|combining|swallow|use|using)\b[^?.!]{0,50}?"
    r"\b(?:with|while|and|alongside|after|before|on)\b[^?.!]{0,30}?"
    r"\b(?:ibuprofen|advil|motrin|tylenol|paracetamol|acetaminophen|aspirin|antibiotics?|"
    r"medications?|medicines?|meds|pills?|tablets?|painkillers?|antidepressants?|"
    r"birth control|the pill|accutane|isotretinoin|blood thinners?|warfarin|insulin|"
    r"prescriptions?|steroids?|antihistamines?|xanax|prozac|zoloft|metformin|chemo(?:therapy)?)\b"
    r"|\b(?:ibuprofen|advil|tylenol|paracetamol|acetaminophen|aspirin|antibiotics?|medications?|"
    r"meds|pills?|antidepressants?|accutane)\b[^?.!]{0,40}\b(?:together|interact(?:ion)?s?|"
    r"at the same time)\b"
    r"|\b(?:what|how much|which) (?:dose|dosage)\b|\bhow many (?:pills|tablets|mg)\b"
    r"|\b(?:take|taking|mix|mixing|combine|combining|use|using) (?:my |the |your |her |his )?"
    r"(?:ibuprofen|advil|tylenol|paracetamol|acetaminophen|aspirin|antibiotics|medications?|"
    r"medicines?|meds|painkillers|antidepressants|accutane|isotretinoin|blood thinners)\b"
)
"""A medical question ("can i take ibuprofen with my antibiotics?", "is it safe to use retinol
while taking accutane"): off the shop's topic, with a pointer to a pharmacist or doctor; never
a search for the medicine."""


WRITING_OR_HOMEWORK = (
    r"\b(?:(?:write|compose|make up|draft|create|come up with|give me|tell me)\s+(?:me\s+|us\s+)?"
    r"(?:a|an|some|the|my)?\s*(?:[\w'-]+\s+){0,3}?(?:poems?|poetry|haikus?|essays?|story|"
    r"stories|songs?|lyrics|limericks?|raps?|jokes?|sonnets?|speech|cover letter|book report|"
    r"thesis|term paper|research paper|python script|messages?|texts?|captions?|e-?mails?|"
    r"letters?|vows|toasts?|tweets?|eulogy|pick-?up lines?)\b"
    r"|(?:write|compose|draft|code) (?:me |us )?(?:an? |some )?(?:[\w'-]+\s+){0,2}?"
    r"(?:code|program|script|app|website)\b"
    r"|(?:help (?:me )?(?:with|on|do)|do|finish|solve|answer|check)\s+(?:my |this |the |our )?"
    r"(?:\w+ )?(?:homework|assignment|coursework|math problems?|equations?|exam|quiz|worksheet|"
    r"essay|term paper|research paper|book report)\b"
    r"|\bmy (?:\w+ )?homework\b|\btranslate (?:this|that|it|the following|into|to)\b)"
)
"""A request to write something that is no product (a poem, an essay, a message or a text, code,
homework, a translation), whatever words describe it ("a love poem", "a birthday card
message"): off the shop's topic, though it names a product ("write me a poem about
lipstick")."""


A_PLACE_NEARBY = (
    r"\b(?:near me|nearby|near here|around here|close to me|close by|(?:with)?in walking "
    r"distance|in (?:my|this|the) (?:area|town|city|neighbou?rhood)|in town)\b"
)
"""A place asked for nearby ("a good pizza place near me", "any sushi restaurants nearby"):
this shop sells online; with no product named, off its topic."""


AN_ASIDE = (
    r"(?:(?:totally|completely|kinda|kind of|slightly|a bit) )?(?:random|unrelated|off[- ]topic)"
    r"(?: (?:q|qs|question|thought))?|(?:on a |quick )?side note|out of (?:pure )?curiosity|"
    r"just (?:curious|wondering)|forgive the digression|this is (?:totally |completely )?"
    r"(?:unrelated|off[- ]topic|random)|changing the subject|(?:on )?another note"
)
"""A shopper saying that what follows is beside the shopping ("random q but", "unrelated but",
"off topic, ", "out of curiosity,", "forgive the digression, but"): a question after it is
about the world unless it names a product, a brand or a pick (`intents.talk`)."""


WHATS = r"(?:what(?:'s|’s|s| is)|whats)"
"""'what is', as typed ("what's", "whats", "what is")."""


WORLD_QUESTION = (
    r"^(?:(?:hey|hi|ok|okay|so|btw|by the way|quick (?:q|question)|and|also|"
    + AN_ASIDE
    + r"),?\s+(?:but,?\s+)?)*"
    r"(?:(?:(?:do|would|might) you (?:happen to )?know|(?:can|could) you tell me|any idea|"
    r"do you have any idea),?\s+)?"
    r"(?:" + WHATS + r" the (?:weather|forecast|time|date|score|news)"
    r"|what the (?:weather|forecast|time|date|score) (?:is|will be)"
    r"|how(?:'s|’s|s| is) the weather|(?:is it|will it)(?: going to| gonna)? (?:rain|snow)(?:ing)?"
    r"|what time is it|" + WHATS + r" the time|what day is (?:it|today)"
    r"|who(?:'s|s| is)? (?:won|is winning|will win|(?:gonna|going to) win)"
    r"|" + WHATS + r" the capital(?: city)? of"
    r"|who(?:'s|s| is| was) the (?:president|prime minister|king|queen|mayor|ceo|governor) of"
    r"|who (?:wrote|invented|discovered|painted|composed|directed|founded|built|sang|was the first)"
    r"|what(?:'s|’s|s| is| was) the (?:population|currency|official language|area|height|"
    r"meaning) of"
    r"|what(?:'s|’s|s| is| was) the (?:\w+est|most \w+) (?:city|country|mountain|river|lake|ocean|"
    r"sea|planet|animal|building|state|island|desert|language)\b"
    r"|" + WHATS + r" \d+ (?:times|plus|minus|divided by|x) \d+"
    r"|how many (?:ounces|oz|ml|grams|cups|inches|cm|feet|miles|km|pounds|days|weeks) (?:are )?in "
    r"(?:a|an|one) (?:cup|pound|liter|litre|gallon|mile|foot|kilo(?:gram)?|kg|inch|meter|metre|"
    r"tablespoon|teaspoon|year|month)"
    r"|how (?:far|far away) is (?:the )?(?:moon|sun|earth|mars|\w+ from)"
    r"|how (?:old|tall|high|deep|big|long) is (?:the )?(?:moon|sun|earth|universe|eiffel tower|"
    r"mount \w+|\w+ ocean)"
    r"|(?:what|which) year (?:did|was|were)|when did (?:the )?\w+(?: \w+)? (?:sink|end|start|begin|"
    r"happen|land|die|fall))\b"
)
"""A question about the world, not the shop ("what's the weather", "is it going to rain
tomorrow", "what time is it", "who won the game last night", "who wrote hamlet", "what's the
population of peru", "what's the longest river in europe", "how far is the moon", "what year did
the wall fall", "whats 15 times 12"), typed with or without an apostrophe ("whats the capital of
peru"), after an aside ("random q but who won the world series": `AN_ASIDE`) or a "do you
know": off the shop's topic, though titles name "weather", "rain" or "night" ("a lip balm for
cold weather" is a need: no question opens it)."""


ASIDE_QUESTION = (
    r"^(?:(?:hey|hi|ok|okay|so|and|also|btw|by the way),?\s+)*(?:" + AN_ASIDE + r")\W+(?:but\W+)?"
    r"(?:(?:do|would|might|can|could) (?:you|u) (?:happen to )?(?:know|tell me),?\s+)?"
    r"(?:who|whom|whose|what|whats|when|where|why|how|hows|is|are|was|were|do|does|did|can|could|"
    r"will|would|should)\b"
)
"""A question said beside the shopping (`AN_ASIDE`: "random q but do cats dream", "totally
unrelated, where is the best pizza"): off the shop's topic when it names no product, brand or
pick."""


ASKS_TO_SHOP = (
    r"\b(?:need|needs|needed|want|wants|wanted|wanna|(?:look|looking|searching|shopping|shop) "
    r"for|buy|buying|purchase|order|get (?:me|her|him|them|us)|show me|find me|recommend|"
    r"suggest|do you (?:have|sell|carry|stock)|have you got|got any|any good|after (?:a|an|some)|"
    r"gifts?|presents?|pick (?:me )?(?:up|out)|(?:good|best|great|works?|something|anything|stuff|"
    r"products?) for|something|anything|smth|sth|stuff (?:to|2|that|which|for)|get rid of|"
    r"best[- ]?sell\w*|top[- ]rated|popular|trending|on sale|deals?|what helps (?:with|for)|"
    r"what (?:should|can|could|would|do) (?:i|we) (?:use|put|apply|try)(?: on| for| with)?)\b"
)
"""Words that ask to shop for something ("i need", "looking for", "recommend", "do you sell"): a
message without them that names no product (`shopping_words.names_a_product`) is talk, not a
search ("who is the president of france", "can you help me with my taxes"); "what's good for
frizz", "something nice", "best sellers" and a remedy asked for ("what helps with sunburn", "what
should i use on a sunburn") ask to shop."""


ASKS_FOR_A_THING = (
    r"\b(?:(?:i|we) (?:need|want|would like|'d like)|i'?m (?:looking|searching|shopping) for|"
    r"(?:looking|searching|shopping) for|(?:i|we) (?:wanna|gotta) (?:buy|get)|buy|purchase|"
    r"show me|find me|recommend|suggest|do you (?:have|sell|carry|stock)|have you got|got any)"
    r"(?! to\b)(?! (?:help|advice|tips?|some help)\b)"
)
"""Words that ask the shop for a thing ("i need a new phone charger", "do you have running
shoes", "recommend a good movie"), not for a state or help ("i want to look younger", "i need
help with frizz"): such a message that names no product this catalog sells asks for something
the shop does not sell (`intents.talk.asks_for_nothing_sold`)."""


AN_UNNAMED_THING = (
    r"(?<!\btell me )(?<!\btell us )(?<!\bteach me )(?<!\bsay )"
    r"\b(?:something|anything|smth|sth|summat|stuff)\b"
)
"""A product asked for without its name ("something sparkly", "anything cute for a date"): a
want, whatever its other words; what kind is the question, not off the shop's topic ("tell me
something interesting" is talk)."""


SAID_AS_A_SENTENCE = (
    r"^[¿¡]?(?:(?:hey|hi|hello|ok|okay|so|pls|please|um+|hmm+|btw|also|and|but|quick question)\W+)*"
    r"(?:who|whom|whose|what|what'?s|whats|when|where|where'?s|why|how|how'?s|which|can|could|"
    r"would|will|shall|should|is|are|am|was|were|do|does|did|has|have|tell|help|let'?s|lets)\b"
)
"""A message said as a question or a request of the assistant ("who is the president of france",
"can you help me with my taxes"), not as the name of what is wanted ("kiss lashes", "balm") nor
as the shopper's own state ("i sweat a lot": a need the catalog answers): only such a message
is read as talk for naming no product; a Spanish question opens with "¿" ("¿cuál es la capital
de australia?": 'which is the capital ...')."""
