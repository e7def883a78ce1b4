"""Small talk: greetings, a nod, a laugh or a hum, and what the assistant can do
(`GREETING`), goodbyes (`GOODBYE`), thanks (`THANKED`, `THANKS_ALONE`) and praise of the
assistant (`PRAISE`, `COMPLIMENT`). `intents` give them their intents; `handlers.talk` and
`handlers.feedback` answer them."""

from __future__ import annotations

import re

PRAISE = (
    r"(?:(?:you'?re|you are|ur|u r|you(?:'ve| have) been|you were) "
    r"(?:so |really |very |such |super |incredibly |extremely )?"
    r"(?:awesome|amazing|the best|great|so helpful|helpful|a star|a lifesaver|a life saver|"
    r"brilliant|fantastic|wonderful|a (?:great|big|huge) help|(?:so |very |really )?kind)|"
    r"(?:this|that)(?: is| was| has been|'s been) (?:so |really |very |super )?helpful|"
    r"(?:i )?love you|good (?:bot|job))"
)
"""Praise for the assistant ("you're awesome", "you've been a great help", "this was helpful")."""


COMPLIMENT = rf"^\W*{PRAISE}\W*$"
"""Praise for the assistant said alone ("you're awesome", "this is so helpful"): thanked, no
search (it asked which department, from what a search for "awesome" found)."""


LAUGH = r"lol|lmao|lmfao|rofl|(?:ha){2,}h?|(?:he){2,}h?"
"""A laugh ("lol", "haha", "hehe"): a nod, no request (`GREETING`, `handlers.talk.ACKNOWLEDGED`)."""


HUM = r"hm+|um+|uh+"
"""A hum of doubt ("hmm", "umm"): no request (`GREETING`; beside the picks,
`handlers.talk.HESITANT`)."""


GREETING = (
    r"^((hi+|hel+o+|he+y+|hiya|heya|howdy|yo|morning|evening|"
    r"good (morning|afternoon|evening|night|day)|there|again|everyone|all|guys|folks|you|"
    r"thanks?( you)?( so much| a lot)?|thx|ty|"
    r"thank you( so much| very much)?|ok(ay)?|cool|great|perfect|cheers|(good)?bye|see (you|ya)|"
    r"for (all )?(the|your) help|for helping( me)?|"
    r"(bye )?for now|later|ciao|"
    r"that'?s all|that'?s (it|everything)|all good|have a (nice|good|great|lovely) "
    r"(day|one|night|evening|weekend)|"
    r"((i'?m|im|i am|we'?re|we are) )?(all set|all good|done|sorted|good for now)|"
    r"(i'?m|im|i am|we'?re|we are) good|"
    r"that'?ll (be all|do)|that will be all|"
    r"(no|nope|nah),? (thanks?|thank you|thx|that'?s (it|all))|"
    r"alright|awesome|mate|anyway|a bunch|thank u|thanku|tysm|"
    rf"{LAUGH}|{HUM}|k|kk|oki|okie|"
    r"b+y+e+|bye[- ]bye|gotta (go|run)|got to (go|run)|(i )?(have|need) to (go|run)|"
    r"talk (to you )?(later|soon)|ttyl|catch you later|"
    r"that'?s all i (need|needed|wanted)|for today|(i'?ll|i will) think about it|take care|"
    r"(i'?ll|i will) (come|be) back( later)?|"
    r"what can you do|what (exactly )?do you do( exactly)?|who are you|how does this work|"
    r"how do you work|what can you help (me )?with|"
    r"how (are|r) (you|u|ya)( doing)?( today)?|how'?s it going|how are things|what'?s up|sup|"
    r"wass?up|whaddup|greetings|good day|season'?s greetings|"
    r"(merry|happy) (christmas|xmas|holidays|new year|easter|hanukkah|diwali|eid|thanksgiving|"
    r"halloween|valentine'?s( day)?|mother'?s day|father'?s day)|"
    r"(i )?hope (you'?re|you are|ur|u r|you'?ve been|all is) (well|good|ok|okay|fine|doing well|"
    r"having a (good|nice|great) day)|"
    r"(is )?any ?(one|body) (there|here|home|around)|any ?(one|body)|"
    r"(it'?s )?(my )?first time (here|on here|shopping here|using this)|(i'?m|im|i am) new here|"
    r"(i was )?wondering if you (could|can) help( me)?( out)?|"
    r"(can|could|would) (you|u) (please |pls )?help( me)?( out)?( find something| with something)?"
    r"( please| pls)?|help( me)?( please| pls)?|i need (some )?help|"
    r"bestie|partner|friend|buddy|pal|hun|hon|babe|"
    r"peace( out)?|cya|laters|night night|take it easy|"
    r"(are|r) (you|u) (a |an )?(bot|robot|ai|human|real( person)?|person|chatgpt|chat ?bot)|"
    r"what (are|r) (you|u)|what (can|does) (this|the) (chat|bot|thing|assistant) do|"
    r"(what|which) (ai|model|llm|language model) (are you|is this)( running on| using| based on)?|"
    r"what (do|does) (you|this (shop|store|site)) (sell|have|stock|carry)|"
    r"what (kinds?|sorts?|types?) of (products|things|stuff) do you (sell|have|stock|carry)|"
    r"what (kinds?|kinda|sorts?|sorta|types?)( of)? (products|things|stuff) (can|could|do) (you|u) "
    r"help( me)? (with|find|look for|shop for))"
    r"\b[\s!.,?]*)+$"
)
"""Hello, how are you, what can you do or sell, are you a bot, a season's wishes ("merry
christmas!", "happy new year"), goodbyes (with or without thanks), a nod or a laugh ("ok", "lol",
"haha", "hmm"), a request for help that names nothing ("hi, can you help me?", "good afternoon, i
was wondering if you could help"), someone there ("hello? anyone?"), a first visit: nothing but
these words."""


GOODBYE = re.compile(
    r"\b(?:b+y+e+|goodbye|see (?:you|ya)|later|ciao|gotta (?:go|run)|got to (?:go|run)|"
    r"(?:have|need|must) to (?:go|run|dash)|must (?:go|run|dash|fly|be off)|gtg|g2g|"
    r"(?:got|have|need) to (?:dash|head off|head out|log off)|ttyl|(?:talk|speak) (?:to you )?soon|"
    r"have a (?:nice|good|great|lovely) \w+|that'?s all|"
    r"that'?s (?:it|everything)|that'?ll (?:be all|do)|that will be all|(?:i'?m|i am) (?:done|good|"
    r"all set)|for today|for now|think about it|(?:come|be) back|take care|good ?night|cheerio|"
    r"cya|laters|farewell)\b",
    re.I,
)
"""A goodbye among the greeting's words ("that's all, thanks, bye"): said goodbye to; after
words that name nothing sold ("boring. bye"), a goodbye all the same (`intents.talk`)."""


THANKED = r"thank|\b(?:thx|thnx|thanx|ty|tysm|cheers|appreciate(?:d)?|grateful|obliged)\b"
"""Thanks, in any words ("thank you", "thx", "cheers", "appreciate it", "much obliged")."""


THANKS_ALONE = (
    r"^\W*(?:(?:ok(?:ay)?|perfect|great|cool|awesome|brilliant|brill|lovely|amazing|nice|super|"
    r"ace|lush|grand|sweet|wicked)\W+)?"
    r"(?:(?:thanks?|thank (?:you|u)|thanku|thx|thnx|thanx|ty|tysm|cheers|ta|many thanks|"
    r"much (?:appreciated|obliged)|(?:i )?(?:really |truly |do |so )?appreciate (?:it|that|this|"
    r"the help|your help|you|u|ya)|(?:i'?m|im|i am) (?:very |so |really |truly )?(?:grateful|"
    r"thankful)(?: for (?:the|your|all your|all the) help)?|that (?:really )?helped|"
    r"(?:that'?s|thats|that is|this is) (?:really |so |very |super |most )?(?:helpful|useful|"
    rf"kind)(?: of you)?|{PRAISE})"
    r"(?: (?:so|very) much| a lot| a bunch| a million| again| heaps)?"
    r"(?:,? (?:mate|love|hun|hon|dude|man|buddy|pal|friend|babe|girl))?\W*)+$"
)
"""Thanks said alone, with no hello or goodbye, after a nod or not, or with praise of the
assistant ("thank you so much!!", "thanks a bunch", "ty that's helpful", "much appreciated",
"perfect thanks", "thank you, you've been great", "appreciate u", "much obliged", "i'm very
grateful", "cheers mate"): feedback, as the label contract says (a
goodbye with thanks is a greeting; praise alone is `COMPLIMENT`)."""


def _words(text: str) -> frozenset[str]:
    """The words of ``text``, split at spaces."""
    return frozenset(text.split())


GREETING_WORDS = _words(
    # English: hello, how are you, goodbye, thanks
    "hi hii hey heyy heyyy hello helo hiya heya howdy yo greetings morning afternoon evening "
    "night goodnight bye byee goodbye cya thanks thank thx ty cheers meet lol haha hehe "
    # es, pt: hola, buenas, qué tal, cómo estás, gracias, adiós; olá, oi, tudo bem, obrigado
    "hola buenas buenos saludos estás estas gracias adiós adios olá ola oi tudo obrigado "
    "obrigada tchau "
    # fr: bonjour, bonsoir, salut, coucou, ça va, comment allez-vous, merci
    "bonjour bonsoir salut coucou ça allez merci "
    # de, nl: hallo, guten Tag, wie geht's, danke, tschüss; hoi, hoe gaat het, bedankt
    "hallo guten geht danke tschüss tschüs servus moin hoi goedemorgen goedemiddag gaat "
    "bedankt "
    # it: ciao, buongiorno, buonasera, salve, come stai, grazie, arrivederci
    "ciao buongiorno buonasera salve stai grazie arrivederci"
)
"""Words that greet, thank or say goodbye in themselves, in the languages shoppers write in
("hello", "thanks", "buenas", "coucou", "ça va", "wie geht's", "come stai", "tudo bem"): a
message made only of `SMALL_TALK_WORDS` is small talk when it says one of these."""


THANKS_WORDS = _words(
    "thanks thank thx ty cheers gracias obrigado obrigada merci danke bedankt grazie"
)
"""Words that thank (among `GREETING_WORDS`): thanks with no hello or goodbye is a like, as the
label contract says (`THANKS_ALONE`)."""


ASKED_OF_US = _words("how what what's whats who who's are can could")
"""Words that open a question of the assistant about itself when `YOU` follows among small
talk's words ("what's your name?", "how can you help me"): what it is or can do, a greeting as
the label contract says."""

YOU = _words("you your u ur")
"""The assistant spoken to."""


THE_ASSISTANT = YOU | _words("yourself bot bots robot ai assistant chatbot chat app human person")
"""Words that name the assistant ("is this a bot", "how do i use this chat", "who made you"):
the subject of a question about us, not a product (titles may say "human hair")."""

THE_SHOP = _words("shop store site website place service")
"""Words that name the shop the assistant serves ("what kind of shop is this", "what is this
place"): the subject of a question about us, said with nothing else (its hours or its
deliveries are the shop's service: `shop_questions.SHOP_SERVICE`)."""

ASKS_ABOUT = _words("who who's whos what what's whats how how's hows are am is")
"""Words that open a question about what someone or something is or does ("who made you",
"what is this place", "am i talking to an ai"); not a request of us ("can you book me a
flight": off the shop's topic)."""


SMALL_TALK_WORDS = GREETING_WORDS | _words(
    # English: who is spoken to and how they are, the day, the help on offer
    "i i'm im me my you your yours u ur ya we us our it its it's is are am was were be been "
    "being re m s ve ll d t do does doing did how how's hows what what's whats who who's "
    "there here again all everyone everybody everything guys folks friend mate buddy pal dear "
    "hun hon babe bestie partner to the a an and or of for with so far too very much many lot "
    "lots good great nice lovely fine well ok okay okey cool just hope having had have has "
    "day days today tonight night evening weekend week going go gone now later soon see talk "
    "earlier then this that real person human robot bot ai assistant chatbot sort sorts kind "
    "kinds type types things thing stuff can could would will help helping helped about name "
    "called up sup wassup on new first time pleasure "
    # es, pt: qué tal, cómo estás, buenas tardes, bom dia, tudo bem com você
    "qué que tal cómo como está esta usted tú tu días dias tardes noches hasta luego muchas "
    "muy bien y bom boa dia tarde noite bem com você voce vai "
    # fr: ça va, comment allez-vous, bonne journée
    "ca va comment vous et bonne journée journee beaucoup au revoir "
    # de, nl: wie geht es dir/Ihnen heute, guten Morgen/Tag/Abend; hoe gaat het met je
    "wie es dir ihnen heute morgen tag abend und sehr gut hoe het met je jij goed "
    # it: come stai oggi, come va
    "come sta oggi bene molto"
)
"""Words small talk is made of beside `GREETING_WORDS`: who is spoken to, how they are, the
time of day, the help on offer ("good afternoon, i hope you're having a lovely day", "yo good
evening my friend, how is your day going so far", "buenas tardes, ¿qué tal estás?"). None names
a product: a message with any other word may be asking for one."""
