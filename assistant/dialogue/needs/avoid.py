"""What a message rules out: the ingredients and attributes to avoid ("without shea", "nut
allergy", "coconut breaks me out", "unscented"), and the phrases that said so, which never
become search words. They are hard filters on the catalog text (`retrieval.filters`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from assistant.dialogue.category.named_homes import VAGUE
from assistant.dialogue.needs.wording import NON_PRODUCT_WORDS, REASON, WORD
from retrieval.cognates import english_for, free_from
from retrieval.colour_names import COLOURS
from retrieval.tokenize import stem

FINISHES = frozenset(
    {"glitter", "glittery", "shimmer", "shimmery", "sparkly", "metallic", "neon", "matte",
     "glossy", "frosted", "frosty"}
)  # fmt: skip
WEARS = frozenset({"waterproof"})
"""How a product wears that a shopper turns down as a finish ("not waterproof" beside
mascaras: hard to remove)."""
LOOK_WORDS = COLOURS | FINISHES | WEARS
"""Colours, finishes and wear: after "not" or "nothing" what the picks must not look like or be
("not red though" beside nail polishes, "not waterproof" beside mascaras), as after "no"."""
LOOKS = "|".join(sorted(LOOK_WORDS))
"""`LOOK_WORDS` as a regular expression's alternatives."""

AVOID_LEAD = (
    r"\b(?:without|free (?:of|from)|avoid(?:ing)?|allergic to|allergy to|nothing with|"
    r"not containing|sensitive to|react(?:s|ion)?(?: badly)? to|intolerant (?:to|of)|"
    r"(?:can'?t|cannot|can not) (?:use|tolerate|have|handle|take)|"
    r"(?:stay|keep(?: it| them)?) away from|"
    r"(?:my|her|his|their) (?:skin|face|scalp|hair|lips|eyes|body) (?:hates?|"
    r"(?:can'?t|cannot|doesn'?t|does not|don'?t) (?:take|handle|tolerate|like|do))|"
    r"(?:hate|dislike) anything (?:with|containing)|breaks? out (?:from|with|on)|zero|no|"
    r"minus(?: the)?|none of(?: the)?|"
    r"(?:doesn'?t|does not|don'?t|do not) (?:like|want|love|care for)|"
    r"(?:isn'?t|is not|not) (?:a (?:big )?fan of|into)|can'?t stand|"
    rf"(?:not|nothing|anything but)(?=\s+(?:{LOOKS})\b))\s+"
    r"(?:any\s+|anything\s+(?:with|containing)\s+|products?\s+(?:with|containing)\s+|added\s+)?"
)
"""What introduces an ingredient to leave out ("without shea or almond", "no parabens", "can't
use anything with lanolin", "stay away from sulfates", "no added fragrance", "she doesn't like
lavender", "minus the alcohol", "none of the parabens", "not red", `LOOKS`)."""


AVOID_AFTER = re.compile(
    r"\b([a-z][a-z'-]{2,})(?:[ -]free\b(?!\s+(?:of|from)\b)|\s+allerg(?:y|ies|ic)\b)"
    r"|\b((?:[a-z][a-z'-]{2,}\s+)?[a-z][a-z'-]{2,})"
    r"(?:\s+(?:gives?|gave) me(?:\s+(?:a|an|bad|terrible|awful))?\s+[a-z]+\b|"
    r"\s+irritates?(?:\s+my\s+[a-z]+)?\b|\s+makes? me (?:itch|break out|sneeze|sick)\b|"
    r"\s+makes? my [a-z]+ (?:itch|burn|sting|flake|break out)\b|\s+breaks? me out\b|"
    r"\s+(?:dries|dry) (?:me|my [a-z]+) out\b|\s+(?:dries|burns|stings) my [a-z]+\b|"
    r"\s+(?:doesn'?t|does not|don'?t|do not) agree with (?:me|my [a-z]+)\b|"
    r"\s+(?:is|are) (?:a )?(?:no[- ]go|no[- ]no|off limits|out of the question)\b)"
)
"""The other ways to say it: "paraben-free", "nut allergy" (the word before; not before "free
of": "deodorant free of aluminum" rules out aluminum), and what an
ingredient does, "perfume gives me migraines", "shea butter irritates my skin", "coconut oil
breaks me out", "sulfates make my scalp itch", "salicylic acid dries me out", "retinol doesn't
agree with my skin", "gluten is a no go" (one or two words before: the first is dropped
when it is no ingredient, "the perfume")."""


UNSCENTED = re.compile(
    r"\b(?:unscented|scent[- ]free|non[- ]scented|nothing scented|no scents?|odou?rless)\b"
)
"""Ways to ask for no fragrance that name none: the avoided item is "fragrance" (the words stay
in the search text: "unscented" is in titles too)."""
NO_SMELL = re.compile(
    r"(?:\b(?:that|which)\s+)?\b(?:doesn'?t|does not|won'?t|will not|don'?t|do not|"
    r"shouldn'?t|wouldn'?t)\s+(?:smell|have (?:a|any) (?:smell|scent))"
    r"(?:\s+(?:at all|of anything|like anything)\b|"
    r"(?!\s+(?:like|of|as|so|too|very|really|good|nice|bad|great|strong|sweet|much|off)\b))"
    r"|\b(?:no|without(?: a| any)?)\s+smell\b|\bsmell[- ]free\b"
)
"""Ways to ask for no fragrance by what a product must not do ("a moisturizer that doesn't
smell", "no smell"; not "doesn't smell too strong", a milder scent): "fragrance" is avoided and
the words leave the search text ("smell" found scented products)."""


AVOID_NOT_ITEMS = frozenset(
    {
        "more", "less", "idea", "budget", "brand", "brands", "price", "preference", "clue",
        "matter", "need", "thanks", "thank", "problem", "way", "rush", "worries", "limit",
        "one", "ones", "other", "others", "longer", "what", "that", "this", "them", "it",
        "cruelty", "tax", "shipping", "stress", "hassle", "fuss", "sugar", "not", "no",
        "these", "those", "either", "him", "her", "his", "their", "smell", "look", "colour",
        "color", "sound", "feel", "strong", "heavy", "too", "very", "overpowering", "sweet",
        "everything", "anything", "things", "stuff", "lots", "most", "all", "products", "object",
        "crease", "creases", "dent", "dents", "snag", "snags", "snagging", "slip", "slipping",
        "pull", "pulling", "tangle", "tangles", "tangling", "frizz", "breakage", "heat",
        "anymore", "again", "go", "chip", "chips", "smudge", "smudging", "transfer", "streak",
        "streaks", "se", "me", "te", "le", "lo", "la", "les", "nos", "si", "ci", "ne",
    }
)  # fmt: skip
"""Words after "no" / "without" / before "-free" that are not an ingredient ("my skin reacts to
everything" rules nothing out), nor what a tool or hair product must not do ("no crease hair
ties", "no snag elastics", "a no frizz serum": the product wanted, whose titles say so), nor
the pronoun a Romance "no" comes before ("que no se corra", "no me gusta", "non si sbava")."""


OWN_COMPOUND = frozenset(
    {"mineral", "essential", "baby", "body", "hair", "face", "facial", "fragrance", "perfume",
     "synthetic", "fatty"}
)  # fmt: skip
"""Words before a `GENERIC_HEADS` word that name an ingredient only with it ("mineral oil",
"essential oils", "baby oil"): the two words are ruled out, not every title saying "mineral"
(mineral sunscreens, mineral makeup) or "baby"."""


GENERIC_HEADS = frozenset(
    {"oil", "oils", "acid", "acids", "butter", "extract", "extracts", "juice", "powder", "seed",
     "seeds", "wax", "milk"}
)  # fmt: skip
"""Words that name a kind of ingredient after the one meant ("coconut oil", "salicylic acid",
"shea butter"): the word before is ruled out, not every oil or acid ("a lotion without coconut
oil" left out every lotion that names an oil); said alone ("no oil") they are ruled out."""


_AVOID_STOP = {
    "for", "in", "under", "below", "with", "because", "but", "please", "pls", "i", "im",
    "i'm", "that", "on", "at", "my", "to", "from", "by", "as", "so", "around", "and", "or",
    "nor", "a", "an", "the", "any", "since", "if", "its", "it's", "ok", "okay", "without",
    "though", "tho",
}  # fmt: skip
"""Words that end what an `AVOID_LEAD` rules out ("without" starts the next: "without sulfates
and without silicones")."""


_NOT_FIRST = frozenset(
    {*_AVOID_STOP, *NON_PRODUCT_WORDS, "also", "just", "really", "even", "still", "all",
     "everything", "anything", "stuff", "these", "those", "their", "his", "her", "our", "some",
     "every", "each", "they", "it", "that", "this"}
)  # fmt: skip
"""Words before an ingredient named by what it does ("really coconut breaks me out") that are
not part of it; a pronoun alone names none ("no parabens, they irritate my skin")."""


HOW_OFTEN = frozenset(
    {"always", "usually", "often", "sometimes", "normally", "constantly", "literally", "totally",
     "kinda", "def", "definitely"}
)  # fmt: skip
"""Words between what does something and what it does ("the body ones always make me break
out"): how often, not part of what is ruled out."""


NOT_DOING = frozenset(
    {"won't", "wont", "doesn't", "doesnt", "don't", "dont", "didn't", "didnt", "wouldn't",
     "wouldnt", "never", "shouldn't", "shouldnt", "can't", "cant"}
)  # fmt: skip
"""Words before what an ingredient does that say a product should not do it ("a moisturizer that
won't make me break out"): a wish, not an ingredient; the phrase still leaves the need."""


_WHO_IS = frozenset(
    {"i'm", "im", "she's", "shes", "he's", "hes", "we're", "they're", "you're", "was", "are",
     "very", "really", "severely", "highly", "super", "extremely", "seriously", "mildly"}
)  # fmt: skip
"""Words before "allergic" that say who is or how much ("I'm allergic to nuts"), not what."""


THEIR = frozenset({"their", "its", "theirs"})
"""Words before what a product does that point at a brand ruled out, not at an ingredient."""

RELATIVE = frozenset({"that", "which"})
"""Words that open a clause saying what the product sought does ("a thing that dries my nails
fast", "a highlighter that gives me a glow"): the clause describes the need, no ingredient.
After a word of none ("nothing that dries my skin out", `NONE_OF_IT`) it says what the need
must not do: no ingredient either, and no search words."""

NONE_OF_IT = frozenset({"nothing", "none", "no", "not", "never"})
"""Words before a relative clause (`RELATIVE`) that say the product must not do it."""


CLAUSE_BREAK = re.compile(r"[,;.!?]+\s+")
LIST_GOES_ON = re.compile(r"^(?:[a-z'-]+\s+){0,3}(?:or|and|nor)\b|^[a-z'-]+\s*$")
"""A clause after a comma that goes on with the list ("no parabens, sulfates or silicones",
"without shea, almond"), not a new clause ("allergic to lanolin, lip balm pls")."""


def _before_a_reason(text: str) -> str:
    """``text`` up to the clause that gives a reason (`wording.REASON`) or starts something
    new: "not waterproof, they're hard to remove" rules out waterproof, not "they're" and
    "hard"; "allergic to lanolin, lip balm pls" rules out lanolin, not lip balms."""
    for cut in CLAUSE_BREAK.finditer(text):
        rest = text[cut.end() :]
        if REASON.match(rest) or not LIST_GOES_ON.match(CLAUSE_BREAK.split(rest, 1)[0]):
            return text[: cut.start()]
    return text


PRICE_WORDS_BEFORE = 2
"""How many words a price phrase may say before its amount ("hasta 20", "onder de 15", "up to
1000 rubles")."""


def _before_an_amount(words: list[str], at: int) -> bool:
    """Whether the word at ``at`` starts a price phrase: an amount follows within
    `PRICE_WORDS_BEFORE` words. A word of another language the lexicon left as written ("ate",
    "onder de", "do") is no ingredient when an amount is what it is about."""
    return any(w.isdigit() for w in words[at + 1 : at + 1 + PRICE_WORDS_BEFORE])


def _a_joiner(word: str, said: list[str]) -> bool:
    """Whether ``word``, after an ingredient, joins it to the next one, as the short words of
    other languages the lexicon leaves as written do ("ni", "de", "di"): one or two letters,
    no ingredient said already."""
    return len(word) <= 2 and word not in said


NOT_A_LOOK = re.compile(r"\bwhite (?:cast|residue|marks?|streaks?)\b|\bblack marks?\b")
"""What a product leaves that is no colour of it ("no white cast", "no white marks"): nothing
is ruled out by it (a title saying "no white cast" is what is wanted)."""


CLAIM_WORDS = frozenset({"vegan", "organic", "natural", "hypoallergenic", "cruelty", "gentle"})
"""What a product is said to be, not an ingredient, in a list before "-free" ("vegan and
paraben free": paraben alone is ruled out)."""


def _listed_before(text: str) -> tuple[list[str], int]:
    """The items of a list that ends ``text`` before the one said "-free" ("sulfate and
    paraben free", "sulfate, paraben and silicone free": sulfate, paraben), and where the list
    starts in ``text`` (its end when there is none)."""
    said = list(re.finditer(r"[a-z][a-z'-]*|,|&", text))
    if not said or said[-1].group(0) not in ("and", "or", "&"):
        return [], len(text)
    items: list[str] = []
    start, at = len(text), len(said) - 2
    while at >= 0:
        word = said[at].group(0)
        if len(word) <= 2 or word in _NOT_FIRST or word in AVOID_NOT_ITEMS:
            break
        if word in LOOK_WORDS or word in CLAIM_WORDS or word == "free":
            break
        items.insert(0, word)
        start = said[at].start()
        if at < 1 or said[at - 1].group(0) != ",":
            break
        at -= 2
    return items, start


def find_avoided(
    text: str,
    exclude_brands: Sequence[str] = (),
    names_a_type: Callable[[str], bool] | None = None,
) -> tuple[list[str], list[str]]:
    """Ingredients the message rules out, and the phrases that said so (to drop from the
    search text: an avoided word is never searched for).

    Args:
        text: the lower-cased message.
        exclude_brands: brands the query parser already ruled out ("no Revlon" is a brand,
            not an ingredient).
        names_a_type: whether a word names a product type of the catalog: after an
            ingredient it ends what is ruled out ("no sulfate shampoo": sulfate, and the
            shampoo is the need).
    """
    brands = {" ".join(WORD.findall(b.lower())) for b in exclude_brands}
    text = NOT_A_LOOK.sub(lambda m: " " * len(m.group(0)), text)
    items: list[str] = []
    spans: list[str] = []
    for m in re.finditer(AVOID_LEAD, text):
        tail = WORD.findall(_before_a_reason(text[m.end() :]))
        said: list[str] = []
        phrase: list[str] = []
        looks = bool(tail) and tail[0] in LOOK_WORDS  # "not matte foundation": matte only
        for at, word in enumerate(tail[:8]):
            if word in ("or", "and", "nor"):
                phrase.append(word)
                continue
            if word in _AVOID_STOP or word.isdigit() or word in AVOID_NOT_ITEMS:
                break
            if said and _before_an_amount(tail, at):
                break  # "sin sulfatos hasta 20 euros", "bez silikonów do 20 zł": a price word
            if said and _a_joiner(word, said):
                phrase.append(word)  # "sin parabenos ni alcohol", "huile de palme": a joiner
                continue  # of another language the lexicon leaves as written
            if looks and word not in LOOK_WORDS:
                break
            if word in GENERIC_HEADS and phrase and phrase[-1] == said[-1]:
                phrase.append(word)  # "coconut oil": coconut, not every oil
                if said[-1] in OWN_COMPOUND:
                    said[-1] = f"{said[-1]} {word}"  # "mineral oil": not every mineral
                continue
            if said and phrase[-1] == said[-1] and names_a_type and names_a_type(word):
                break  # "no sulfate shampoo": the need right after it ("no retinol or
                # salicylic acid" goes on with the list, though a category says salicylic)
            said.append(word)
            phrase.append(word)
            if len(said) >= 4:
                break
        while phrase and (phrase[-1] in ("or", "and", "nor") or _a_joiner(phrase[-1], said)):
            phrase.pop()
        if any(" ".join(said[:n]) in brands for n in (1, 2, 3)):
            continue  # "no Revlon", "I don't like Revlon": a brand the query parser ruled out
        named = [w for w in said if w not in NON_PRODUCT_WORDS]
        if named:
            items.extend(named)
            spans.append(m.group(0) + " ".join(phrase))
    for m in AVOID_AFTER.finditer(text):
        words = (m.group(1) or m.group(2)).split()
        if brands and words[0] in THEIR:  # "no maybelline, their mascaras make my eyes itch"
            spans.append(m.group(0)[len(m.group(1) or m.group(2)) :].strip())  # why, unsearched
            continue  # the brand's products, not an ingredient: "mascaras" is the need
        if len(words) > 1 and words[-1] in HOW_OFTEN:
            words = words[:-1]  # "the body ones always make me break out": 'ones', no item
        if len(words) > 1 and words[0] in _NOT_FIRST:
            words = words[1:]  # "the perfume gives me ...", "so coconut breaks me out"
        if len(words) > 1 and words[-1] in GENERIC_HEADS and words[-2] not in OWN_COMPOUND:
            words = words[:-1]  # "coconut oil breaks me out": coconut, not every oil
        if len(words) > 1 and words[-1] in RELATIVE:
            if _a_product(words[0], names_a_type):  # "a thing that dries my nails": the need's
                if words[0] in NONE_OF_IT:  # use; "nothing that dries my skin out": a wish
                    spans.append(m.group(0))
                continue
            words = words[:-1]  # "retinol that irritates my skin": retinol
        word = " ".join(words)
        if word in _NOT_FIRST or word in _WHO_IS:
            continue  # "i'm allergic to nuts", "really allergic": who or how, not what
        if word in NOT_DOING:
            spans.append(m.group(0))  # "that won't make me break out": no "won't" to avoid
            continue
        if words and word not in AVOID_NOT_ITEMS and word not in brands:
            if m.group(1) and word not in CLAIM_WORDS:  # "sulfate and paraben free"
                listed, start = _listed_before(text[: m.start()])
                items.extend(listed)
                spans.append(text[start : m.start()])
            items.append(word)
            spans.append(m.group(0))
    if UNSCENTED.search(text):
        items.append("fragrance")
    for m in NO_SMELL.finditer(text):
        items.append("fragrance")
        spans.append(m.group(0))
    return list(dict.fromkeys(items)), [s for s in spans if s.strip()]


def _a_product(word: str, names_a_type: Callable[[str], bool] | None) -> bool:
    """Whether ``word``, said before a relative clause (`RELATIVE`), is the product sought or
    none: a word of none (`NONE_OF_IT`), a word that says nothing of what a product is
    (`named_homes.VAGUE`: "a thing that dries my nails"), or a product type ("a highlighter
    that gives me a glow"); not an ingredient ("retinol that irritates my skin")."""
    return word in NONE_OF_IT or word in VAGUE or bool(names_a_type and names_a_type(word))


def in_catalog_words(avoid: Sequence[str], known: frozenset[str]) -> list[str]:
    """``avoid`` with each word the catalog's titles do not spell (``known``) that shares its
    root with one they spell, or with an ingredient shoppers ask a product to be free of
    (`retrieval.cognates`), written as that word: "formaldehido" -> "formaldehyde",
    "ftalatos" -> "phthalates", "формальдегида" -> "formaldehyde", so the filter checks the
    catalog's word. A word with no such root stays as said (the reply says it could not be
    checked)."""
    english, spelt = _english_words(known)
    out = []
    for item in avoid:
        words = [
            w if w in spelt or stem(w) in spelt else (english_for(w, english) or w)
            for w in item.split()
        ]
        out.append(" ".join(words))
    return list(dict.fromkeys(out))


@lru_cache(maxsize=4)
def _english_words(known: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The catalog's title words with the ingredients shoppers avoid (`cognates.free_from`),
    and those words with their singulars: an English word is kept as said ("sulfate")."""
    english = known | free_from()
    return english, english | {stem(w) for w in english}
