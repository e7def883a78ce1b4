"""What a message says of the person a product is for beyond skin and hair type
(`shopper_states`): gender, age group, skin tone, and which clauses speak of the shopper
themself rather than of the person a gift is for. `stated_traits` reads them.
"""

from __future__ import annotations

MORE_CONCERNS = (
    r"crow'?s feet|laugh lines|smile lines|forehead lines|saggy skin|loose skin|firming|"
    r"dehydrated skin|dehydration|dry patches|flaky skin|keratosis pilaris|strawberry legs|"
    r"bacne|body acne|hormonal acne|greasy roots|grey roots|gray roots|bald spots|"
    r"receding hairline|alopecia|sunburn|sun burn|heat damage|cradle cap|diaper rash|"
    r"anti[- ]?aging|anti[- ]?ageing|aging|ageing|sagging|dullness|dull skin|uneven (?:skin )?"
    r"(?:tone|texture)|sun damage|acne scars|scars|scarring|puffiness|bags under (?:my|her|his) "
    r"eyes|dryness|oiliness|breakage|hair fall|thinning|grey hairs?|gray hairs?|"
    r"body odou?r|odou?r|razor burn|irritation|itchiness|itchy scalp|flaky scalp|whiteheads|"
    r"spots|pimple|zits|blemishes|melasma|pores|dark underarms|ingrown hair|dark spot|"
    r"brassy(?: hair| tones)?|brassiness|calluses|callus|corns"
)
"""Concerns beside `shopper_states.CONCERNS` ("crow's feet", "anti-aging", "greasy roots"), as
said."""

CONCERN_NAMES = (
    (
        r"acne|break ?outs?|breaking out|break(?:s)? out|pimples?|zits?|blemish(?:es)?|"
        r"whiteheads|spotty|spot treatments?|"
        r"(?<!dark )(?<!age )(?<!sun )(?<!brown )(?<!liver )spots",
        "acne",
    ),
    (r"blackheads?|clogged pores", "blackheads"),
    (
        r"wrinkles?|wrinkly|anti[- ]?wrinkle|fine lines|crow'?s feet|laugh lines|smile lines|"
        r"forehead lines|frown lines",
        "wrinkles",
    ),
    (r"anti[- ]?ag(?:e)?ing|age[- ]?defying|ag(?:e)?ing skin", "anti-aging"),
    (
        r"dark spots?|age ?spots|sun ?spots|brown spots|liver spots|(?:hyper)?pigmentation|"
        r"discolou?ration|melasma|uneven (?:skin )?tone",
        "dark spots",
    ),
    (
        r"puffy(?! (?:hair|jacket|coat))|puffiness|bags under (?:my|her|his|the) eyes|"
        r"under[- ]?eye bags|eye bags",
        "puffy eyes, puffiness",
    ),
    (r"dark circles|dark under[- ]?eyes?|under[- ]?eye circles|raccoon eyes", "dark circles"),
    (r"redness|red patches|red cheeks|flushing|flushed skin|rosacea", "redness"),
    (
        r"dull(?:ness)?|lacklust(?:er|re)|tired[- ]looking|(?:lost|no) (?:its |my |her )?glow|"
        r"brightening",
        "dullness",
    ),
    (r"(?:large|big|enlarged|open|visible|huge) pores|pore minimi[sz]ing", "large pores"),
    (
        r"oily (?:by|after|at) (?:noon|lunch|midday)|shiny (?:by|after) (?:noon|lunch)|"
        r"oily t[- ]?zone|greasy t[- ]?zone|shine control|oil[- ]control|excess oil|oiliness",
        "oiliness",
    ),
    (r"frizz(?:y)?|flyaways|fly[- ]aways|poofy hair", "frizz"),
    (r"dandruff|flaky scalp|scalp flakes|flakes in (?:my|his|her) hair", "dandruff"),
    (
        r"hair loss|thinning|hair (?:is )?falling out|(?:hair )?regrowth|hair growth|"
        r"(?:re)?grow(?:ing)? (?:my |his |her )?hair(?: back)?|"
        r"los(?:ing|es) (?:my |his |her )?hair|balding|bald spots?|receding",
        "hair loss",
    ),
    (r"split ends|breakage|damaged hair|fried hair|heat damage|bleach damage", "damage"),
    (r"stretch ?marks", "stretch marks"),
    (r"cellulite|orange peel skin", "cellulite"),
    (r"razor (?:bumps|burn)|shaving bumps|ingrown hairs?", "razor bumps"),
    (r"sun ?burn(?:s|t|ed)?", "sunburn"),
    (
        r"(?:chapped|cracked|cracking|peeling|dry|flaky) lips|"
        r"lips (?:are|get) (?:always |so |really )*(?:dry|chapped|cracked|peeling)",
        "chapped lips",
    ),
    (r"(?:cracked|dry|rough|calloused) (?:heels|feet)|calluses", "cracked heels"),
    (r"body odou?r|b\.o\.|smelly (?:pits|armpits|underarms)|armpits smell", "body odor"),
    (r"acne scars|scarring|scars", "scars"),
)
"""Concerns by the everyday words for them and their usual name ("breaking out", "zits":
acne; "crow's feet": wrinkles; "eyes are puffy": puffy eyes; "flaky scalp": dandruff): the
reader keeps a concern as said and adds its name (with its noun where the name is an
adjective's: "puffy eyes, puffiness")."""

TREATED = (
    r"\b(?:fade|fades|fading|treat|treats|treating|fix|fixes|fixing|reduce|reduces|reducing|"
    r"minimi[sz]e|minimi[sz]es|get rid of|gets rid of|getting rid of|clear up|clears up|"
    r"help(?:s|ing)? (?:with|against)|deal(?:s|ing)? with|combat|combats|fight|fights|"
    r"fighting|tackle|tackles|target|targets|targeting|prevent|prevents|preventing|calm down|"
    r"calm|calms|soothe|soothes|soothing|heal|heals|healing|banish|erase|erases|tame|tames|"
    r"cover up|hide|hides|hiding|lighten|lightens|diminish|diminishes|"
    r"(?:do|does|doing) (?:something|anything) (?:about|for)|works? on)"
    r"\s+(?:(?:my|her|his|their|the|those|these|this|that|some|any|all|all of|of|"
    r"annoying|stubborn|old|bad|awful|terrible|persistent|little|tiny)\s+)*"
    r"(?P<concern>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2})"
)
"""What a product should treat, said after what it does to it ("a serum to fade the sun spots
on my cheeks", "something that helps with crepey skin", "an eye cream that does something
about crow's feet"): the words after it, up to a word of no concern (`NOT_TREATED`)."""

NOT_TREATED = frozenset(
    {"on", "in", "at", "under", "around", "near", "from", "after", "before", "since", "with",
     "between", "across", "along", "over", "behind", "inside", "during", "within", "down",
     "off", "out", "if", "than", "who", "she", "he", "they", "we", "not", "no", "just",
     "without", "and", "or", "but", "so", "because", "that", "which", "while", "when", "too",
     "please", "pls", "fast", "quickly", "naturally", "overnight", "for", "of", "to", "by",
     "me", "it", "them", "him", "her", "us", "you", "everything", "anything", "something",
     "things", "stuff", "all", "makeup", "make", "up", "polish", "lipstick", "foundation",
     "mascara", "eyeliner", "concealer", "look", "problems", "problem", "issues", "issue", "area",
     "areas", "spot", "type", "types", "kids", "men", "women", "people", "sensitive", "dry",
     "oily", "combination", "normal", "the", "a", "an", "my", "your", "every", "day", "night",
     "daily", "i", "i'm", "is", "are", "was", "be", "been", "will", "would", "can", "could",
     "should", "as", "well", "though", "tho", "also", "really", "very", "much", "lot", "lots",
     "bit", "this", "these", "those", "such", "like", "what", "how"}
)  # fmt: skip
"""Words that end what a product should treat ("fade the spots *on* my cheeks") or say no
concern ("fix my *makeup*")."""

TREATED_PARTS = frozenset(
    {"skin", "face", "hair", "scalp", "lips", "eyes", "body", "hands", "feet", "nails", "legs",
     "arms", "neck", "cheeks", "nose", "chin", "forehead", "underarms", "armpits", "heels"}
)  # fmt: skip
"""Parts of the body: a part ends what a product should treat, kept after the words said of it
("crepey skin", "crow's feet"), none said alone ("help with my skin")."""

MARKS = (
    r"\b(?P<like>[a-z][a-z'-]*) (?P<mark>patch(?:es)?|bumps?|spots?|marks?|scars?|rash(?:es)?|"
    r"flakes|blemishes|creases|cracks|blisters|calluses|dots|welts|lumps|splotches|blotches)\b"
)
"""Marks on a part of the body, said by their noun and what they are like ("the rough patches
on my elbows", "tiny red dots", "hard lumps"): a concern, as said (`traits_as_said.marks_said`)."""

NOT_LIKE_A_MARK = frozenset(
    {"the", "these", "those", "this", "that", "my", "her", "his", "their", "your", "our", "some",
     "any", "few", "of", "for", "with", "and", "or", "on", "in", "no", "eye", "eyes", "nipple",
     "pimple", "acne", "under", "gel", "hydrocolloid", "nose", "face", "lip", "beauty", "pen",
     "test", "sore", "to", "get", "gets", "got", "have", "has", "had", "many", "lots", "bald",
     "hot", "blind", "color", "colour", "shade", "price", "paint", "ink", "dark", "age", "sun",
     "brown", "liver", "stretch", "white", "black"}
)  # fmt: skip
"""Words before a mark's noun that say nothing of what it is like ("*my* patches"), name a
product ("eye patches", "pimple patches") or a concern named already ("dark spots", "stretch
marks", "blackheads" said "black dots")."""

GENDERS = (
    (
        r"\b(?:men'?s|mens|for (?:men|him|guys|a guy|a man|boys|a boy|dudes|a dude)|male|masculine|"
        r"manly|i'?m a (?:guy|man|dude|boy)|i am a (?:guy|man|dude|boy)|"
        r"(?:guy|man|dude|bloke) here|as a (?:guy|man|dude|bloke))\b",
        "men",
    ),
    (
        r"\b(?:women'?s|womens|ladies'?|for (?:women|her|ladies|a woman|a lady|girls|a girl)|"
        r"female|feminine|girly|i'?m a (?:woman|girl|lady)|i am a (?:woman|girl|lady)|"
        r"(?:woman|girl|lady|gal) here|as a (?:woman|girl|lady))(?!\w)",
        "women",
    ),
    (
        r"\b(?:unisex|gender[- ]?neutral|genderless|for (?:anyone|everyone|both)|either gender|"
        r"any gender|for men (?:and|or) women|for women (?:and|or) men)\b",
        "unisex",
    ),
)
"""Whom a product is made for by sex, as said ("for him", "women's", "unisex"); `unisex` is
read last and wins over the two it names."""

AGE_GROUPS = (
    (
        r"\b(?:bab(?:y|ies)|infants?|newborns?|toddlers?)\b(?! (?:oil|powder)s?\b)",
        "baby",
    ),
    (r"\b(?:kids?|kiddos?|child|children|childrens|little ones?|school ?age)\b", "kids"),
    (r"\b(?:teens?|teenagers?|teenage|tweens?|adolescents?|high school(?:er)?s?)\b", "teen"),
    (
        r"\b(?:seniors?|elderly|older (?:lady|woman|man|gentleman|people|person|skin|women|men)|"
        r"mature(?! skin)|grand(?:parents?|ma|pa|mother|father|mom|mum|dad)|granny|gran|nana|"
        r"granddad|retired|retirement|aging gracefully|"
        r"(?:in|into|for) (?:her|his|my|their|our|the) (?:early |mid[- ]?|late )?"
        r"(?:fifties|sixties|seventies|eighties)|"
        r"(?:women|woman|men|man|ladies|lady|people|person|skin|someone|anyone|those|us|folks|"
        r"moms|mums|is|am|are|i'?m|she'?s|he'?s|they'?re|aged?|for) (?:over|above|past) "
        r"(?:40|forty|45|50|fifty|55|60|sixty|65|70|seventy)(?!\s*(?:\$|bucks|dollars|%))|"
        r"over[- ](?:40|50|60)s|"
        r"(?<![$£€\d.])(?:40|45|50|60)\s?\+ ?(?:skin|women|men|ladies|age))\b",
        "mature",
    ),
    (
        r"\b(?:in|into|for) (?:her|his|my|their|our|the) (?:early |mid[- ]?|late )?"
        r"(?:twenties|thirties|forties)\b",
        "adult",
    ),
)
"""Age groups by word ("teenage", "toddler", "elderly", "my grandma", "women over 40", "in my
fifties"); "mature skin" is a skin type."""

AGE = (
    r"\b(?:turn(?:s|ing|ed)?|(?<!budget )(?<!price )(?<!limit )(?<!total )(?<!spf )is|she'?s|"
    r"he'?s|i'?m|im|i am|they'?re|aged?|age of)\s+(\d{1,2})\b"
    r"(?!\s*(?:\$|bucks|dollars|pounds|quid|euros?|usd|oz|ml|%|percent|spf|min|minutes|items?|"
    r"products?|pieces?|'))"
    r"|\b(\d{1,2})(?:st|nd|rd|th)? birthday\b|\b(?:her|his|my|their|mum'?s|mom'?s|dad'?s) "
    r"(\d{2})(?:st|nd|rd|th)\b"
    r"|\b(\d{1,2})\s*(?:years?[- ]old|yrs?[- ]old|y/?o)\b"
    r"|\b(?:in|into|for) (?:her|his|my|their|our|the) (?:early |mid[- ]?|late )?(\d)0'?s\b"
)
"""An age said in years ("she turns 60", "my 14 year old", "in her 40s", "for my 50s", "his 30th
birthday")."""

SKIN_TONE = (
    r"\b(very |really |super |quite )?(fair|pale|porcelain|light|light[- ]medium|medium|olive|"
    r"tan|tanned|dark|deep|brown|black|ebony|caramel|medium[- ]dark)[- ]"
    r"(?:skin(?:ned)?(?! (?:spots?|patches|marks|circles))|skin ?tone|complexion)\b"
)
"""A skin tone ("fair skin", "olive complexion", "deep skin tone"); not "dark spots"."""

TONE_OF_A_SHADE = (
    r"\b(fair|pale|porcelain|light|medium|olive|tan|dark|deep|rich)(?:est)? shade\b(?! of)"
)
"""A shade wanted by the tone it is for ("in a deep shade", "the lightest shade"): a skin tone,
said of a product for the complexion (`COMPLEXION_PRODUCTS`), not "a light shade of pink"."""
COMPLEXION_PRODUCTS = (
    r"\b(?:foundations?|conceal(?:ers?)?|powders?|[bc]c creams?|tinted moisturi[sz]ers?|"
    r"skin tints?|correctors?)\b"
)
"""Products matched to the skin's tone (`TONE_OF_A_SHADE`)."""

SKIN_TONE_OF = (
    r"\b(?:i'?m|i am|she'?s|he'?s|she is|he is)\s+(?:very |really |super |quite )?"
    r"(fair|pale)\b|\bmy skin (?:tone )?is (?:very |really |quite )?(fair|pale|olive|dark|deep|"
    r"light|medium|tan)\b"
)
"""A skin tone said of someone ("i'm super pale", "my skin tone is olive")."""

PEOPLE_OF_A_TONE = r"(?:women|woman|girls?|ladies|lady|men|man|guys?|people|folks)"
"""People said with the tone of their skin ("black women": a skin tone, no colour wanted)."""
TONE_OF_PEOPLE = (
    r"\b(black|brown|dark|darker|deep|fair|pale|light|olive|asian|east asian|south asian|indian|"
    rf"latina|latino|hispanic)(?:[- ]skinned)? (?:{PEOPLE_OF_A_TONE}|skin)\b"
)
"""A skin tone said of the people a product is for ("concealer for black women", "bb cream for
asian skin"), as said; not a colour."""
OF_COLOUR = r"\b(?:women|woman|girls?|people|men|folks) of colou?r\b|\b(?:poc|woc)\b"
"""People of colour: a dark skin tone ("makeup for women of color")."""

UNDERTONE = r"\b(warm|cool|neutral|olive|pink|yellow|golden)[- ]?undertones?\b"
"""An undertone ("warm undertones"): part of the skin tone."""

OWN_CLAUSE = (
    r"\b(?:i|i'?m|im|i'?ve|ive|i'?d|me|myself|mine|i'?ll)\b|\bmy (?:own )?(?:skin|hair|face|scalp|"
    r"lips|eyes|nails|body|complexion|skin ?tone|budget)\b"
)
"""A clause that speaks of the shopper ("i have oily skin", "my hair is curly")."""

MINE_OF_A_PART = (
    r"\b(?P<part>skin|hair|scalp|face|lips|eyes|nails)\b(?=.*?\bmine\b)"
    r"|\bmine(?=(?:'s|'re| is| are| was)\b)"
)
"""A part of the body named, then "mine" said of the shopper's own ("her skin is dry, mine is
oily", "his hair is thick but mine's fine"): "mine" is the shopper's part last named before
it (`stated_traits.mine_in_full`)."""

THEIR_CLAUSE = (
    r"\b(?:she|he|her|his|him|they|them|their|hers|she'?s|he'?s|they'?re)\b"
    r"|\bmy (?!(?:own )?(?:skin|hair|face|scalp|lips|eyes|nails|body|complexion|skin ?tone|"
    r"budget)\b)\w+"
    r"|\b(?:for|to) (?:a|an|the|our)\b"
)
"""A clause that speaks of someone else ("she loves lavender", "my mum has dry skin", "for my
sister"): what it says is the recipient's."""

CLAUSE_BREAK = (
    r"[.;!?\n]+|,\s*|\s+(?=(?:but|though|although|while|whereas|and (?:i|she|he|they|my)|"
    r"so (?:i|she|he|they))\b)"
)
"""Where one clause of a message ends ("i have oily skin, but she's dry")."""
