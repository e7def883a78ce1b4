"""The words of a need: what leaves the search words of a message (the reason a brand is ruled
out, what the need is not or is preferred to, who it is for) and what a refinement adds to the
need ("make it dark, like burgundy"). Text helpers the rules share (`WORD`, `said_words`,
`tidy`) live here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from retrieval.tokenize import STOP_WORDS, stem

WORD = re.compile(r"(?:[^\W_A-Z]|')+")
"""A word of a lower-cased message, accented letters included ("brûlée", "karité": not "br",
"karit")."""


DROPPED = re.compile(
    r"\b(?:forget|skip|drop|scratch|no more|never ?mind|lose)(?: the| about)? ([a-z][a-z'-]*)"
)
"""A word of the need taken back in a refinement ("nah forget coconut, vanilla")."""


ADD_DETAIL = (
    r"^(?:(?:i'?d like |i want |maybe |preferably |got |do (?:you|u|they) have |have you got )?"
    r"(?:something|one|ones|anything|any|any ones|more|some more|any more) )?"
    r"(?:with|that has|that have|that is|that's|made with|containing|without|in)\b"
)
"""The opening of a detail added to the need on screen ("something with spf", "one without
fragrance"): not part of the detail."""


MAKE_IT = r"^(?:(?:and|but|ok|okay|hmm|maybe|actually|so|now),? )*make (?:it|them|that|this|those) "
"""The opening of a change to the picks' traits ("actually make it dark, like burgundy")."""


TRAITS = (
    frozenset({
        "red", "pink", "nude", "coral", "black", "brown", "blue", "purple", "gold", "silver",
        "plum", "berry", "white", "green", "burgundy", "orange", "peach", "rose", "beige",
        "grey", "gray", "yellow", "teal", "mauve", "wine", "cherry", "dark", "light", "pastel",
        "neon", "bright", "deep", "natural", "bold", "dusty", "muted", "vivid",
    }),
    frozenset({
        "matte", "glossy", "gloss", "shimmer", "shimmery", "satin", "dewy", "metallic",
        "glitter", "glittery", "sheer", "creamy", "frosted", "velvet",
    }),
    frozenset({
        "vanilla", "floral", "citrus", "citrusy", "fruity", "woody", "musky", "musk", "fresh",
        "sweet", "spicy", "powdery", "lavender", "coconut", "oriental", "aquatic", "gourmand",
    }),
)  # fmt: skip
"""Traits a need names one of at a time, by kind (colour and shade, finish, scent): a detail of
a kind replaces the need's word of that kind ("pastel" nail polish, then "make it dark": dark;
"vanilla" perfume, then "something more floral": floral)."""


PEOPLE = (
    "sister|brother|mom|mum|mother|dad|father|wife|husband|girlfriend|boyfriend|daughter|son|"
    "friend|grandma|grandmother|granny|grandpa|grandfather|teen|teenager|girl|boy|niece|nephew|"
    "aunt|uncle|cousin|baby|kid|kids|boss|colleague|coworker|co-worker|partner|bf|gf|bestie|"
    "fiance|fiancee"
)
"""Whom a shopper buys for (`RECIPIENT`, `WHO_FOR`)."""

MORE_PEOPLE = (
    "(?:mother|father|sister|brother|son|daughter)[- ]in[- ]laws?|in[- ]laws|"
    "step[- ]?(?:mom|mum|mother|dad|father|daughter|son|sister|brother|kids)|"
    "hubby|wifey|missus|roommate|flatmate|housemate|teacher|tutor|nurse|doctor|dentist|"
    "hairdresser|hair ?stylist|stylist|nanny|babysitter|mentor|host|hostess|bff|nan|nana|gran|"
    "grandad|granddad|grandson|granddaughter|grandkids|grandchildren|bro|sis|aunty|auntie|"
    "neighbou?r|manager|fianc[ée]e?|other half|godmother|goddaughter|godson|godfather|mate|pal|"
    "buddy|bridesmaids?|maid of honou?r|groomsmen|bride|groom|students|clients|staff|team|"
    "coach(?! (?:bags?|purses?|wallets?|handbags?|perfumes?|fragrances?|poppy))|instructor|"
    "carer|caregiver|midwife|therapist|significant other|newborn|"
    "(?<=my )(?:mil|fil|sil|bil|so(?![- ](?:called|so)\\b))"
)
"""More people a gift is for, beside `PEOPLE`: read as whom only, never as words of the need
(`RECIPIENT`, `WHO_FOR`); their sex for the catalog's "for men" products is `sex_of`'s."""

WHOSE = rf"(?:(?:{PEOPLE}|{MORE_PEOPLE})'s (?:[\w-]+ )??)"
"""Whose person the recipient is, said before them ("my kid's teacher", "my daughter's soccer
coach", "my mum's best friend"): the person after it is whom the need is for; the one before
gives them no age or sex (`stated_traits.with_traits`)."""

PERSON_NAMES = {
    "mil": "mother-in-law", "fil": "father-in-law", "sil": "sister-in-law",
    "bil": "brother-in-law", "missus": "wife", "wifey": "wife", "hubby": "husband",
    "so": "partner", "significant other": "partner", "other half": "partner",
    "fiancé": "fiance", "fiancée": "fiancee", "newborn": "baby",
}  # fmt: skip
"""People as shoppers write them short or fondly ("my MIL", "the missus", "my SO", "hubby",
"my fiancé", "my newborn"): the name of whom they mean. The short in-laws and "so" only after
"my" (`MORE_PEOPLE`), as "por mil pesos" (for a thousand pesos) names no one."""

STEP_PARENT = re.compile(r"^step[- ]?(?:(?P<mother>mom|mum|mother)|(?P<father>dad|father))$")
"""A step-parent said short ("stepmom", "step-dad"): a stepmother or a stepfather."""


def person_name(who: str) -> str:
    """The name of the person ``who`` says (`PERSON_NAMES`, `STEP_PARENT`: "missus": "wife",
    "stepmom": "stepmother"), the last person of a chain only ("my kid's teacher" keeps its
    "kid's"); ``who`` itself for any other."""
    whose, sep, person = who.rpartition("'s ")
    if step := STEP_PARENT.match(person):
        person = "stepmother" if step.group("mother") else "stepfather"
    return f"{whose}{sep}{PERSON_NAMES.get(person, person)}"


PERSON_MODIFIER = (
    r"(?:teenage|teen|little|older|younger|big|best|new|twin|future|elderly|favou?rite|lovely|"
    r"dear|baby|pregnant|expecting|soon[- ]to[- ]be|eldest|oldest|youngest|"
    r"\d+[- ]?(?:year[- ]?old|yr[- ]?old|yo))"
)
"""A word before a person that leaves the person who they are ("my twin sister", "my
10 year old son", "my soon-to-be wife")."""


FOLLOW_UP_ONLY = {
    "cheaper", "something", "else", "other", "options", "different", "not", "that", "brand",
    "the", "one", "ones", "a", "bit", "little", "more", "less", "please", "show", "me", "any",
    "and", "but", "maybe", "instead", "expensive", "affordable", "lower", "price", "too",
    "from", "by", "anything", "though", "tho",
}  # fmt: skip
"""Words a follow-up says besides any need ("something cheaper please", "not that brand")."""

NON_PRODUCT_WORDS = {
    "sell", "selling", "need", "want", "looking", "something", "please", "show", "find", "what",
    "with", "that", "this", "from", "have", "your", "about", "give", "tell", "much", "cheap",
}  # fmt: skip
"""Words of a shopping message that name no product ("i need something ...", "show me")."""


PAMPER = frozenset({"pamper", "pampers", "pampering", "pampered", "spoil", "spoiling"})
"""How a treat or a gift is meant ("something to pamper her"), not what it is: a shopping
message, but no product type (not a misspelt "paper", nor a Dove "Purely Pampering" wash)."""


WANT_WORDS = frozenset({
    "nice", "pretty", "special", "lovely", "cute", "treat", "treats", "surprise", "surprises",
    "spoil", "spoiled", "spoilt", "deserve", "deserves", "popular", "trending", "bestseller",
    "bestsellers", "bestselling", "girly", "fun", "fancy", "thoughtful", "unique",
    "vibe", "vibes", "vibey", "aesthetic", "aesthetics", "energy", "era",
})  # fmt: skip
"""Words that say how a want or a gift should feel ("something nice", "a little treat",
"surprise me", "what's popular", "cozy autumn vibes", "that clean girl aesthetic"), not what it
is: alone they name no product."""


def stems(text: str) -> frozenset[str]:
    """The stems of the words of ``text`` (a category's name, a need, a title), any case."""
    return frozenset(stem(w) for w in WORD.findall(text.lower()))


def said_words(text: str) -> list[str]:
    """The words of a lower-cased message that may say something about a product: not the
    follow-up words (`FOLLOW_UP_ONLY`), not numbers."""
    return [w for w in WORD.findall(text) if w not in FOLLOW_UP_ONLY and not w.isdigit()]


REASON = re.compile(
    r"^(?:because|cause|cuz|coz|since|too|way too"
    r"|i(?:'m| am)? (?:really |just |kinda |kind of )?(?:hate|dislike|can'?t stand|cannot stand"
    r"|don'?t like|do not like|not a fan|had a bad|broke out|break out|react)"
    r"|(?:it|they|their \w+|its \w+|that \w+)(?: is| are|'s|'re)? (?:too|so|way too|really"
    r"|(?:hard|difficult|tough|impossible|a pain) to)"
    r"|(?:it|they|that|this)(?: really| just| always)? (?:dries|dry|breaks|break|makes|make|"
    r"gives|give|irritates|irritate|burns|burn|stings|sting|hurts|hurt|clogs|clog)"
    r")\b",
    re.I,
)
"""A clause that gives the reason for ruling a brand or a trait out ("I hate their smell", "too
strong a smell", "because it broke me out", "not waterproof, it's hard to remove"): no product
words, so not part of the need."""


def without_reasons(text: str) -> str:
    """``text`` less its clauses (split at , ; . ! ? before a space) that give a reason
    (`REASON`); unchanged when none does."""
    clauses = [c.strip() for c in re.split(r"[,;.!?]+(?=\s|$)", text)]
    kept = [c for c in clauses if c and not REASON.match(c)]
    return text if len(kept) == len([c for c in clauses if c]) else ", ".join(kept)


RATHER_THAN = re.compile(
    r"\b(?:than|instead of)(?: (?:a|an|the|any|some))? ([a-z][a-z'-]*)"
    r"(?: (?!(?:for|with|under|and|or|but)\b)([a-z][a-z'-]*))?"
)
"""What the need is preferred to ("more into perfume than lotions", "a balm instead of a
lipstick"): no search words, as `NEGATED`."""


NEGATED = re.compile(
    r"\b(?:not|no more(?! than\b)|nothing(?= (?:too|so|very|overly)\b)|"
    r"nothing(?: [a-z]+)? (?:like|such as))"
    r" (?:(?:a|an|any|too|so|very|overly|really) )?([a-z][a-z'-]*)(?: ([a-z][a-z'-]*))?"
)
"""What a need is not ("not perfume", "not too sweet", "not a dry shampoo", "no more serums",
"nothing personal like perfume"; not "no more than 20"): no search words."""


def without_negated(text: str) -> str:
    """``text`` less what it says the need is not (`NEGATED`: the word after "not", and the
    next one unless it is a stop word; `RATHER_THAN`: "than lotions"), when other content
    words remain; unchanged when none would ("not matte" alone) or the word after "not" is a
    stop word ("not for me", "not your mother's")."""

    def cut(m: re.Match[str]) -> str:
        first, second = m.group(1), m.group(2)
        if first in STOP_WORDS:
            return m.group(0)
        if second and (second in STOP_WORDS or second in FOLLOW_UP_ONLY):
            return f" {second}"
        return " "

    if NEGATED.search(text):
        text = without_reasons(text)  # "not waterproof, it's hard to remove": not waterproof
    kept = tidy(RATHER_THAN.sub(cut, NEGATED.sub(cut, text)))
    return kept if said_words(kept) else text


SKIN_OR_HAIR = re.compile(
    r"\b(?:oily|dry|combination|combo|normal|greasy)[\s,-]+(skin|hair|scalp)\b", re.I
)
"""A skin or hair type ("oily skin", "dry hair"): one at a time, a type said replaces the
need's own for the same skin or hair ("oily skin", then "dry skin, sorry": dry)."""
CORRECTION = re.compile(
    r"\b(?:sorry|oops|whoops|my bad|i meant|i mean|actually|correction|scratch that)\b[,.!]*",
    re.I,
)
"""Words that own up to a slip ("dry skin, sorry", "oops, i meant ..."): no detail."""


def with_detail(need: str, said: str) -> str:
    """``need`` with the detail a refinement adds (``said``, the message's need words, less
    "something with", "make it", "sorry"...); a colour, shade or finish said replaces the
    need's own of that kind (`TRAITS`: "pastel nail polish" + "make it dark, like burgundy" is
    "nail polish dark burgundy"), and a skin or hair type the need's type for the same
    (`SKIN_OR_HAIR`: "face moisturiser oily skin" + "dry skin, sorry" is "face moisturiser dry
    skin"), and a part of the body the need's for the same (`SKIN_PARTS`: "body lotion" + "for
    my face" is "lotion for my face"). Unchanged when only stop words are said ("please")."""
    detail = re.sub(MAKE_IT, "", re.sub(ADD_DETAIL, "", said.lower().strip())).strip()
    detail = tidy(CORRECTION.sub(" ", detail))  # "dry skin, sorry"
    detail = tidy(re.sub(r"\b(?:instead|anymore)\b", " ", detail))  # "vanilla instead"
    detail = tidy(WHO_FOR.sub(" ", detail))  # "something for my sister": no detail
    dropped = {m.group(1) for m in DROPPED.finditer(detail)}  # "forget coconut"
    if dropped:
        detail = tidy(DROPPED.sub(" ", detail))
        need = " ".join(w for w in need.split() if w.lower().strip(",.") not in dropped)
    if not [w for w in WORD.findall(detail) if w not in STOP_WORDS]:
        return need
    for noun in {m.group(1).lower() for m in SKIN_OR_HAIR.finditer(detail)}:
        need = tidy(
            SKIN_OR_HAIR.sub(lambda m, n=noun: " " if m.group(1).lower() == n else m.group(0), need)
        )
    told = set(WORD.findall(detail))
    replaced = [kind for kind in TRAITS if told & kind]
    words = need.split()
    if parts := {stem(w) for w in told} & SKIN_PARTS:  # "body lotion" + "for my face"
        words = [w for w in words if stem(w.lower().strip(",.")) not in SKIN_PARTS - parts]
    kept = [
        w
        for before, w, after in zip(["", *words], words, [*words[1:], ""], strict=False)
        if after.lower().strip(",.") in NOT_A_TRAIT_BEFORE
        or before.lower().strip(",.") in NOT_A_TRAIT_AFTER  # "lip gloss" + "shimmery"
        or not any(w.lower().strip(",.") in k for k in replaced)
    ]
    return f"{' '.join(kept)} {_new_words(detail, kept)}".strip()


def _new_words(detail: str, need_words: list[str]) -> str:
    """``detail`` less its opening words the need already says ("shampoo for curly hair",
    then "shampoo without sulfates": not 'shampoo curly hair shampoo'; "shampoo with argan"
    adds 'with argan'); from its first new word on it stays as said."""
    said, words = stems(" ".join(need_words)), detail.split()
    while words and stem(words[0].lower().strip(",.")) in said:
        words.pop(0)
    return " ".join(words)


SKIN_PARTS = frozenset({"face", "body", "hand", "foot", "feet", "leg", "neck"})
"""Parts of the body a skin care need is for: one said in a refinement replaces the need's own
("body lotion" + "for my face" is "lotion for my face", not 'body lotion for my face')."""


NOT_A_TRAIT_BEFORE = frozenset(
    {"circles", "spots", "marks", "patches", "scars", "lines", "wrinkles", "pores", "skin",
     "hair", "complexion", "underarms", "elbows", "knees", "knuckles"}
)  # fmt: skip
"""Words after which a colour or shade word says what the need is for, not how the product
looks ("dark circles", "light skin", "deep wrinkles"): `with_detail` keeps it when a colour
is said ("natural" beside dark circle creams is no other shade of them)."""
NOT_A_TRAIT_AFTER = frozenset({"lip", "lips", "nail", "eye", "body", "face"})
"""Parts of the body a finish word after names a product type ("lip gloss", "body shimmer"):
`with_detail` keeps it when another finish is said ("lip gloss" + "something shimmery")."""


WHO_FOR = re.compile(
    r"\b(?:(?:(?:(?:as |for )?(?:an? |the )?(?:gift|present)(?! (?:set|box|card|basket|bag|wrap))"
    r"(?: (?:for|to))?|for|to)(?: (?:my|a|an|our|the|his|her|their))?)|my)"
    rf"(?: {PERSON_MODIFIER})?"
    rf" {WHOSE}?(?:{MORE_PEOPLE}|(?:{PEOPLE})s?(?:[- ]in[- ]law)?)\b"
    r"|\b(?:an? )?(?:gift|present)(?! (?:set|box|card|basket|bag|wrap))\b"
    r"|\b(?:she|he)(?:'?s| is) (?:\d+|in (?:her|his) \d+s)\b"
)
"""Who a need is for, or that it is a gift ("for my teenage niece", "a gift for my boss"):
`extract_attributes` keeps who; the words name no product ("sister" found a Sister brand)."""


ACCESSORIES = frozenset(
    {"stand", "holder", "organizer", "organiser", "case", "bag", "pouch", "cover", "rack", "mat",
     "remover", "removal", "cleaner", "attachment", "diffuser", "nozzle", "replacement", "refill",
     "cord", "adapter", "sleeve", "guard", "storage", "display", "hanger", "caddy", "head",
     "atomizer", "atomiser"}
)  # fmt: skip
"""Nouns that make a product type's name an accessory's ("Hair Dryer Stand", "Gel Polish
Removal Tool", "Makeup Brush Cleaner"): filed beside the type, not the type."""

TOOLS = frozenset({"brush", "sponge", "cap", "comb", "applicator", "puff"})
"""Nouns of tools that a need names after the product or the part they are used with
("eyeshadow brushes", "a hair dye brush", "a cap for when i dye my hair"): the tool is what
the need is, filed among tools, not the product it is used with."""

VESSELS = frozenset({"atomizer", "atomiser"})
"""Accessories' nouns that make a title an accessory's wherever they stand, not only after
the type's name ("Mini Crystal Purse Travel Atomizer", filed under Eau de Parfum: an empty
bottle), unless the title has one "with" the product ("Rosewater & Glycerin With Atomizer")."""


GIFT = frozenset({"gift", "gifts", "present", "presents", "idea", "ideas"})
"""Words that say a need is a gift and name no product: a title's "gift" ("Gift Set", "a great
gift") does not back a category guessed for "a gift for my coworker" (`need_purpose.in_titles`)."""

MEN = frozenset(
    {"brother", "dad", "father", "husband", "boyfriend", "son", "boy", "nephew", "uncle",
     "grandpa", "grandfather", "bf", "fiance", "him", "men", "man", "guy", "hubby", "bro",
     "grandad", "granddad", "fiancé", "grandson", "godson", "godfather", "groom", "groomsmen"}
)  # fmt: skip
"""Recipients for whom the catalog's "for men" products are meant."""

WOMEN = frozenset(
    {"sister", "mom", "mum", "mother", "wife", "girlfriend", "daughter", "girl", "niece", "aunt",
     "grandma", "grandmother", "granny", "gf", "fiancee", "her", "women", "woman", "lady",
     "fiancée", "granddaughter", "godmother", "goddaughter", "bride", "bridesmaid",
     "bridesmaids", "wifey", "missus", "sis", "nan", "nana", "gran", "aunty", "auntie"}
)  # fmt: skip
"""Recipients for whom the catalog's "for women" products are meant."""

_NOT_THE_PERSON = frozenset({"in", "law", "laws", "my", "our", "the", "a", "an"})


def sex_of(recipient: str) -> str | None:
    """``men`` or ``women`` when the person a recipient names says it (`MEN`, `WOMEN`): the
    last person named ("my boyfriend's mom": the mom), by its own word ("father-in-law",
    "step mum", "stepdad", "my twin brother"); None for anyone else ("coworker", "teacher")."""
    for word in reversed(WORD.findall(recipient.lower())):
        word = word.removesuffix("'s")
        if word in _NOT_THE_PERSON:
            continue
        word = stem(word.removeprefix("step") or word)  # "my brothers", "stepdad"
        return "men" if word in MEN else "women" if word in WOMEN else None
    return None


TITLE_FOR_MEN = re.compile(r"\b(?:for (?:men|him|guys|boys)|men'?s|male)\b", re.I)
TITLE_FOR_WOMEN = re.compile(
    r"\b(?:for (?:women|her|ladies|girls)|women'?s|ladies'?|feminine|female)(?!\w)", re.I
)
"""A product title that says whom the product is for ("Razor for Women", "Men's Cologne")."""

FOR_WOMEN = re.compile(r"\b(?:women|woman|female|her|ladies)'?s?\b", re.I)
"""A need that says it is for a woman ("a women's razor", "perfume for her"): it stays in the
women's branch and gets no "for men", whoever the recipient is."""


BODY_PARTS = frozenset(
    {"lip", "eye", "face", "hand", "foot", "feet", "nail", "hair", "scalp", "body", "leg",
     "cheek", "lash", "brow", "eyebrow", "eyelash", "neck", "arm", "underarm", "heel", "toe",
     "skin"}
)  # fmt: skip
"""Parts of the body (in the singular, as `stem` writes them): what a need is for or a state
is of ("dry hands", "curly hair"), not a product nor a trait of one."""

THEIR_OWN = re.compile(r"\b(?:my|her|his|their|our|your)\s+(?P<part>[a-z]+)\b")
"""A word said as a person's own ("my skin is quite dry", "her hair")."""


def unowned_words(text: str) -> str:
    """``text`` less the parts of the body (`BODY_PARTS`) said as a person's own (`THEIR_OWN`):
    "my hair is very curly" is 'is very curly'."""
    return THEIR_OWN.sub(
        lambda m: " " if stem(m.group("part")) in BODY_PARTS else m.group(0), text.lower()
    )


PARTS_HELD = {
    "foot": "body", "feet": "body", "heel": "body", "toe": "body", "leg": "body", "arm": "body",
    "underarm": "body", "elbow": "body", "knee": "body", "eyelid": "eye", "lid": "eye",
}  # fmt: skip
"""Parts of the body (as `stem` writes them) that no branch of a catalog is named for, and the
part whose branches hold what is for them: "a scrub for my feet" is the body's (Body Scrubs),
not the face's Scrubs; "a primer for my eyelids" the eyes' (Concealer & Base)."""


KIDS = frozenset({"kid", "kids", "child", "children"})
"""Recipients the catalog's titles name as they are ("Nail Polish for Kids"): a kind of the
product, kept in the need."""
YOUNG = frozenset(
    {"son", "daughter", "boy", "girl", "nephew", "niece", "grandson", "granddaughter", "sons",
     "daughters", "boys", "girls", "nephews", "nieces"}
)  # fmt: skip
"""Recipients who may be children: with a child's age (`CHILD_AGE`) they are kids."""
AGE_ONLY = re.compile(
    r"^(?:(?:oh|well|um+|hmm+|ok|okay|so),?\s+)?"
    r"(?:(?:he|she|they)(?:'?s|'re| is| are)(?: turning| about)?|(?:he|she) turns?|"
    r"(?:my )?(?:son|daughter|kid|mum|mom|dad|wife|husband|sister|brother)(?:'?s| is))\s+"
    r"(?:\d{1,2}|a (?:teen(?:ager)?|toddler|baby|kid|little girl|little boy))"
    r"(?:\s*(?:years? old|yrs?|yo|now|next (?:week|month)|soon|this year))?\W*$"
)
"""A message that only says how old the person is ("he's 15", "she turns 60 next week"): as a
reply to our question no option is chosen, beside the picks no new need is said; the need stays
(it was off topic: nothing in it is sold)."""

CHILD_AGE = re.compile(
    r"\b(?:(?:he|she|they)(?:'s|’s| is| are)|aged?|turns?|turning)\s+(?:[1-9]|1[0-2])\b"
    r"(?!\s*(?:\$|dollars?|bucks|%))|\b(?:[1-9]|1[0-2])[- ]?(?:years?|yrs?|yo)(?:[- ]old)?\b",
    re.I,
)
"""A child's age said beside the recipient ("my son, he's 8", "my 8 year old niece")."""


def without_recipient(text: str) -> str:
    """``text`` less who it is for and "gift" (`WHO_FOR`), when other content words remain
    ("a gift for my boyfriend" alone stays what it is: the search finds what such gifts are);
    a man or boy becomes "for men", as the catalog's titles say ("cologne for my boyfriend":
    "cologne for men"), and children "for kids" ("nail polish for kids", `KIDS`; a son or a
    niece said with a child's age, `CHILD_AGE`)."""

    child = CHILD_AGE.search(text) is not None

    def cut(m: re.Match[str]) -> str:
        who = [w for w in WORD.findall(m.group(0)) if w not in ("in", "law")]  # in-law
        if who and (who[-1] in KIDS or (child and who[-1] in YOUNG)):
            return " for kids "  # "a shampoo for my son, he's 8"
        return " for men " if sex_of(m.group(0)) == "men" else " "

    kept = tidy(WHO_FOR.sub(cut, text))
    said = [w for w in said_words(kept) if w not in STOP_WORDS and w not in ("men", "kids", "for")]
    return kept if said else text


def joined(values: Iterable[str]) -> str:
    """The values said, each once and in order, joined with commas ("lavender, vanilla"); empty
    ones left out."""
    return ", ".join(dict.fromkeys(v for v in values if v))


def tidy(text: str) -> str:
    """``text`` with single spaces, none before punctuation, no punctuation at the ends."""
    return re.sub(r"\s+([,.;!?])", r"\1", " ".join(text.split())).strip(" ,.;")


def cut_out(pattern: str, text: str) -> str:
    """``text`` with every match of ``pattern`` (in any case) cut out, tidied (`tidy`): "i love
    my cerave one" less a brand, "something not too pricey" less its price words."""
    return tidy(re.sub(pattern, " ", text, flags=re.I))
