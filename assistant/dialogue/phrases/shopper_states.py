"""What a message says of someone's skin, hair or body: its type, its state, concerns
("has dandruff"), breaking out, sweating, a sore part ("my hands are cracking").
"""

from __future__ import annotations

import re

SKIN_TYPES = r"dry|oily|combination|combo|sensitive|normal|mature|acne[- ]prone"
SKIN = rf"\b({SKIN_TYPES})\s+skin\b"


HAIR_TYPES = (
    r"dry|oily|frizzy|curly|straight|fine|thin|thick|coarse|damaged|colou?r[- ]treated|"
    r"colou?red|dyed|bleached|highlighted|gr[ae]y|wavy|coily|kinky|natural|relaxed|"
    r"permed|textured|afro|type [1-4][abc]|[1-4][abc]|blonde?|brunette|dark|black|brown|red|"
    r"auburn|ginger|platinum|silver"
)
HAIR = rf"\b({HAIR_TYPES})\s+hair\b"


LISTED = r"(?:\s*(?:,|/|&|\+)\s*|\s+(?:and/or|and|or|but|yet|&)\s+|\s+)"
"""What stands between two types said of one skin or head of hair ("dry, sensitive",
"oily/combination", "thin and fine", "thick curly")."""
BESIDE_A_TYPE = (
    r"dull|dehydrated|flaky|itchy|irritated|aging|ageing|tired|rough|red|reactive|"
    r"blemish[- ]prone|breakout[- ]prone|long|short|brittle|limp|flat"
)
"""States said in a list of types that are no type themselves ("dry & dull skin": a concern
read on its own)."""
HOW_MUCH = r"(?:(?:very|really|super|so|quite|kinda|a bit|extremely|slightly|a little) )?"
LISTED_SKIN = rf"\b((?:{HOW_MUCH}(?:{SKIN_TYPES}|{BESIDE_A_TYPE}){LISTED})+)skin\b"
SAID_OF_HAIR = (
    r"(?:[a-z]+(?:y|ed|ing|ile|ful|less|ish|ous)|weak|stubborn|lank|wild|soft|hard|unruly|"
    r"poofy|puffy|heavy)"
)
"""A word that says how hair is, no type ("fragile", "heavy", "unruly"): said between a type and
"hair", the type is still said of it ("thin, fragile hair": thin)."""
LISTED_HAIR = (
    rf"\b((?:{HOW_MUCH}(?:{HAIR_TYPES}|{BESIDE_A_TYPE}){LISTED})+)(?:{SAID_OF_HAIR}{LISTED})?hair\b"
)
"""Several types said of one skin or head of hair ("dry and sensitive skin", "fine, thin
hair", "thin, fragile hair"): `stated_needs` keeps them all."""


_DYED = (
    "dyed dye dyes dyeing bleached bleach bleaching highlighted highlights coloured colored "
    "tinted balayage ombre"
)
STATE_WORDS = {
    "dry": "flaky flakes flaking peeling peels peel tight tightness rough parched dehydrated "
    "cracked cracking scaly ashy thirsty straw brittle crispy",
    "oily": "greasy grease shiny shine slick sebum",
    "sensitive": "reactive irritated irritates stings stinging stingy smarting burns burning "
    "redness red delicate fragile",
    "combination": "combo mixed",
    "normal": "average regular balanced",
    "color-treated": _DYED,
    "colour-treated": _DYED,
    "curly": "curls curl coily wavy waves ringlets",
    "fine": "thin limp",
    "thick": "coarse dense huge",
}
"""The words a shopper says of their skin or hair for each state it may be in, by the state's
name: the one table of them. A reply to our question names an option by them when the option's
whole name is that state (`answers.options_named`: "super flaky tbh" to 'Dry or oily?' is dry,
"greasy by noon" oily; a flaky scalp is no answer of "Dry Shampoo"), and a part of the body said
to be in one is skin of that type (`STATE_SAID_AS`: "my face gets shiny" is oily). Hair said dyed
or bleached is color-treated."""
STATE_SAID_AS = {
    word: state for state, words in reversed(STATE_WORDS.items()) for word in words.split()
}
"""The state each word of `STATE_WORDS` says ("shiny": oily); a word of two states' (the spellings
of color-treated) says the first's."""

STATE_SAID = "|".join(
    sorted(
        {*STATE_SAID_AS, *STATE_WORDS, "mature", "frizzy", "curly", "fine", "thin", "thick",
         "coarse", "damaged", "greasy", "flaky", "itchy", "dull", "brittle", "straight",
         "kinky", "relaxed", "permed", "textured", "gray", "grey"},
        key=len,
        reverse=True,
    )
)  # fmt: skip
"""A type or a state said of skin or hair: the types by name, and the words of `STATE_WORDS`
("flaky", "thirsty", "stings"), which `as_types` names by their state."""

_IS_A_STATE = (
    r"(?: (?:that|which|who)(?=s\b|'s\b| is\b| gets?\b| feels?\b| goes\b| turns\b))?"
    r" ?(?:is|s|'s|are|get|gets|feels?|has been|'s been|has gotten|got|goes|turns?|has gone|"
    r"has become|becomes?|is getting)"
    r"(?: (?:really|very|super|so+|quite|kinda|a bit|pretty|extremely|always|already|like|"
    r"constantly|getting|gone|[a-z]+ and|[a-z]+,))*"
    rf" (?:an? )?(?:oil |grease )?({STATE_SAID})\b"
)
STATE_OF = (
    rf"\b(?:my |(?=(?:skin|hair|scalp) (?:that|which)))(skin|hair|scalp|eyes|curls)"
    rf"{_IS_A_STATE}"
)
"""What the shopper says of their own skin, hair or eyes ("my hair is bleached and super
damaged", "my eyes are sensitive tho", "my skin gets flaky", "hair that's always thirsty"): a
stated need, the same as "damaged hair" (`as_types` names a state said by a word of it: flaky
is dry)."""

THEIR_STATE_OF = rf"\b(?:her|his|their|[a-z]+'s|my [a-z]+s) (skin|hair|scalp|curls){_IS_A_STATE}"
"""The same said of another person ("my mum's skin is really mature and dry", "her hair is
frizzy", "my moms skin is so flaky", "her curls get so dry": curly too): the stated need of
whom it is for."""


def as_types(said: list[str], types: str) -> list[str]:
    """The types of skin or hair the words ``said`` of it name: a type word as said (``types``,
    `SKIN_TYPES` or `HAIR_TYPES`: "coarse", "bleached"), another word of a state by the state's
    name where that is a type of it or of skin (`STATE_SAID_AS`: "flaky", "tight": dry;
    "greasy": oily; "stings": sensitive; not "my face gets coarse": no skin is thick), the rest
    as said ("itchy")."""
    named = []
    for word in said:
        state = word if re.fullmatch(types, word) else STATE_SAID_AS.get(word, word)
        if word in STATE_SAID_AS and not re.fullmatch(f"{types}|{SKIN_TYPES}", state):
            continue
        named.append(state)
    return list(dict.fromkeys(named))


STATE_OF_A_PART = (
    r"\b(?:my|her|his|their|[a-z]+'s) (?:face|hands|feet|legs|arms|shins|elbows|knees|heels|"
    r"cheeks|forehead|body)(?: (?:always|usually|often|just|also))?"
    r"(?: is| are| gets?| feels?| goes| turns?|'s|'re)"
    r"(?: (?:always|really|very|super|so+|quite|kinda|a bit|pretty|extremely|too))*"
    rf" (?:an? )?(?:oil |grease )?(?P<state>{STATE_SAID})\b"
)
"""The state of a part of the body said in a sentence ("my face gets super shiny", "my mom's
hands are always dry and cracked", "his face gets super dry"): the skin type of whom the
need is for (`STATE_SAID_AS`: shiny is oily)."""

HAIR_DONE = (
    r"\b(?<!to )(?<!wanna )(?<!gonna )(dye[sd]?|dyeing|bleach(?:ed|es|ing)?|colou?r(?:s|ed|ing)?|"
    r"highlight(?:s|ed|ing)?) (?:it|my hair|her hair|his hair|their hair)\b"
)
"""Hair said by what is done to it ("i dye my hair every month", "just bleached it", "she
colors her hair"): bleached, or color-treated; not what is wished ("i want to dye my hair":
a dye)."""

_SPOT = r"(?:foreheads?|cheeks?|chin|nose|t[- ]?zone|temples)"
OILY_AND_DRY = (
    rf"(?=.*(?:\b(?:oily|greasy|shiny|slick)\b[^.!?,]{{0,20}}\b{_SPOT}\b|"
    rf"\b{_SPOT}\b[^.!?,]{{0,20}}\b(?:oily|greasy|shiny|slick)\b))"
    rf"(?=.*(?:\b(?:dry|flaky|tight|parched)\b[^.!?,]{{0,20}}\b{_SPOT}\b|"
    rf"\b{_SPOT}\b[^.!?,]{{0,20}}\b(?:dry|flaky|tight|parched)\b(?! (?:hair|scalp|lips|ends)\b)))"
)
"""Skin said oily in one spot of the face and dry in another ("oily t-zone and dry cheeks",
"my nose gets shiny but my cheeks are flaky"): combination skin."""

I_AM_A_SKIN_TYPE = (
    r"\bi(?:'m|m| am)(?: (?:really|very|super|so|quite|kinda|a bit|pretty|more))*"
    r" (oily|dry|combination|combo|sensitive|normal)\b(?! (?:to|for|about|with|of|at|on)\b)"
)
"""A skin type said of oneself in short ("i'm oily but she's not", "i'm super dry"): the
shopper's skin."""


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


SKIN_SPOTS = {
    "face": r"foreheads?|cheeks?|chin|nose|jaw ?line|jaw|t[- ]?zone|temples|upper lip|face",
}
"""Where on the face skin is (a spot: "my forehead", "my t-zone"), by the branch of Skin Care
it is in. Not the body's spots: the Body branch holds only moisturizers ("acne on my back"
is no body lotion)."""


FACE_SKIN_TYPES = frozenset({"oily", "combination", "acne-prone"})
"""Skin types (as `stated_needs.extract_attributes` reads them) said of the face's skin: a body
is seldom oily or combination, so a need for a type the face's and the body's branches both
hold ("a moisturiser for combination skin") is the face's."""


def on_a_skin_spot(part: str) -> str:
    """How a spot of ``part`` (a key of `SKIN_SPOTS`) is said as where a state or a concern
    is: after on/around/across/under/of someone's ("fine lines on my forehead", "pimples
    along my jaw") or before what it does ("my chin keeps breaking out", "my t-zone is
    so oily")."""
    spots = SKIN_SPOTS[part]
    return (
        rf"\b(?:on|around|across|under|of|along|all over) (?:my|his|her|their|the|your) "
        rf"(?:{spots})\b(?!\s+(?:of|to|up|for)\b)"
        rf"|\bmy (?:{spots}) (?:is|are|keeps?|gets?|looks?|feels?|has|have|always)\b"
    )
