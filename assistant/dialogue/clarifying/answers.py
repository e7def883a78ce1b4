"""Reading a reply to our own clarifying question: which offered option it names (by name, by a
part of the body or a person the option covers, by ruling the others out, or by its place), and
what a reply that names none says instead (a detail of the current need). A reply read by where
its price lies, or that says only "cheap" or only that it may cost more, is `price_answers`'.

`TurnReader` (reader.py) calls these in order on a turn with a pending question; each takes the
rules' `Request` and returns it, with ``answer`` set when an option was chosen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.dialogue.clarifying.clarify import match_option
from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.model.validation import ANY
from assistant.dialogue.needs.shopping_words import PRODUCT_TITLES
from assistant.dialogue.needs.wording import MEN, PEOPLE, THEIR_OWN, WORD
from assistant.dialogue.phrases.gifts_and_people import RECIPIENT
from assistant.dialogue.phrases.harm import INJECTION
from assistant.dialogue.phrases.no_preference import BOTH
from assistant.dialogue.phrases.product_traits import TRAIT_FAMILIES
from assistant.dialogue.phrases.questions import ABOUT_THE_OPTIONS, ASK
from assistant.dialogue.phrases.references import MIDDLE
from assistant.dialogue.phrases.refinements import SEEKS_ANOTHER
from assistant.dialogue.phrases.shop_questions import SHOP_SERVICE
from assistant.dialogue.phrases.shopper_states import STATE_WORDS
from assistant.dialogue.ports import QueryParser
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.understanding import answers_any, find_references
from assistant.dialogue.vocabulary import CatalogVocabulary, path_words, plain_words
from catalog.category_paths import below, is_department, shared_branch, within
from retrieval.tokenize import STOP_WORDS, stem

NOT_OPTION = re.compile(r"^(?:not|no|anything but|anything except|except)\s+(?:the\s+)?(.+)$")
"""An answer that rules one offered option out ("not matte"): the others are the answer."""
ANY_BUT_WORDS = ("anything but", "anything except")
"""How `NOT_OPTION` begins where it leaves the choice to us but one ("anything but glossy")."""


PARTS = {
    "face": "face cheek cheeks forehead chin nose jaw jawline t-zone tzone",
    "body": "body leg legs arm arms back chest shoulder shoulders thigh thighs belly tummy knee "
    "knees elbow elbows everywhere",
    "eyes": "eye eyes eyelid eyelids lid lids lashes",
    "lips": "lip lips mouth",
    "hands": "hand hands finger fingers palm palms",
    "feet": "foot feet heel heels toe toes",
    "men": f"mens male males gentleman gentlemen guys he his {' '.join(sorted(MEN))}",
    "women": "woman womens female females lady ladies girl she her wife girlfriend gf mum mom "
    "mother sister daughter niece aunt grandma grandmother fiancee",
}
"""Parts of the body a reply may name instead of the option ("my legs" for Body), and the people
a men's or women's option is for ("for my husband" for Men's)."""


def options_named(answer: str, options: Sequence[str]) -> list[str]:
    """The options whose last name (or a part of the body it covers: `PARTS`; or how a state
    shows, for an option that is one: `shopper_states.STATE_WORDS`; or a word of the family of
    traits it is: `product_traits.TRAIT_FAMILIES`) ``answer`` names as a whole
    word (or its singular, or the end of one: "liner" of Eyeliner), in the options' order; not
    by a word of the branches above an option (the "hair" of Hair Dryers under Hair Care:
    "something to straighten my hair" names no dryer), nor only by a word several options'
    names share where another word names one ("bath and body or skin care": not Hair Care by
    its "care")."""
    said = set(re.findall(r"[a-z][a-z-]*", answer.lower()))
    said |= {stem(w) for w in said}  # "shampoo and conditioner" names Shampoos, Conditioners
    lowered = " ".join(answer.lower().split())
    said = _family_words_said(said, lowered)
    words = {option: _words_naming(option) for option in options}
    named = [
        o
        for o in options
        if _names(said, words[o])
        or (not words[o] and re.search(rf"\b{re.escape(_name(o))}\b", lowered))  # "for me"
    ]
    if not named:  # "med pls": Medium, "nat": Natural
        written = set(re.findall(r"[a-z][a-z-]*", lowered)) - STOP_WORDS
        named = _clipped(written, {o: ws for o, ws in words.items() if " > " not in o})
    shared = {w for o in options for w in words[o] if sum(w in ws for ws in words.values()) > 1}
    return [o for o in named if _names(said - shared, words[o])] or named


FAMILY_WORDS = frozenset(w for family in TRAIT_FAMILIES.values() for w in family.split())
"""Every word of a family of traits (`TRAIT_FAMILIES`)."""

TURNED_DOWN = re.compile(
    r"\b(?:not|no|never|hates?|without|except|nothing)\s+"
    r"(?:(?:a|an|the|too|very|so|really|into|big|on|fan|of|much|many)\s+)*([a-z][a-z-]*)"
)
"""A word said turned down ("she is not a flowers person", "no fruit")."""


def _family_words_said(said: set[str], lowered: str) -> set[str]:
    """``said`` with the words of a family of traits said as part of a hyphened word
    ("sandalwood-y") and without those said turned down (`TURNED_DOWN`: "not a flowers
    person" names no floral option)."""
    parts = {p for w in said for p in w.split("-")} & FAMILY_WORDS
    down = {m.group(1) for m in TURNED_DOWN.finditer(lowered)} & FAMILY_WORDS
    return (said | parts) - down - {stem(w) for w in down}


CLIPPED_WORDS = 2
"""The most words (not stop words) a reply that clips an option's name says ("med pls", "nat")."""
SHORTEST_CLIP = 3
"""The fewest letters a clipped name keeps ("med" of Medium; "m" is none)."""
NOT_CLIPPED = ("s", "es", "y", "er", "ers", "ed", "ing", "ly", "ish", "ness")
"""The rests of an option's word after a reply's word that make it another word of that word,
not a clipping ("oil" of Oily, "dry" of Dryers: a need, not the option)."""


def _clipped(said: set[str], words: dict[str, set[str]]) -> list[str]:
    """The one option a short reply names by the start of a word of its name ("med" of Medium,
    "nat" of Natural, "sens" of Sensitive), where no other option's word starts so; [] else.
    ``words`` holds the options that are no category path ("eyes" clips no Eyeliner)."""
    if not 0 < len(said) <= CLIPPED_WORDS:
        return []
    clipped = [
        option
        for option, words_of in words.items()
        if any(
            len(s) >= SHORTEST_CLIP and w.startswith(s) and w[len(s) :] not in ("", *NOT_CLIPPED)
            for s in said
            for w in words_of
        )
    ]
    return clipped if len(clipped) == 1 else []


def _name(option: str) -> str:
    """An option's own name, lower-cased (the last part of a category path)."""
    return option.lower().rpartition(" > ")[2].strip()


def _words_naming(option: str) -> set[str]:
    """The words that name ``option``: its own name's but its stop words ("gift, for my wife"
    names 'A gift', not 'For me' by its "for"), the parts of the body or the people it covers,
    how the state it is shows, the words of the family of traits it is (`TRAIT_FAMILIES`), and
    their singulars; not the branches' above it."""
    above, _, name = option.lower().rpartition(" > ")
    words_of = {w for w in re.findall(r"[a-z][a-z-]*", name) if len(w) > 1} - {"and"}
    words_of -= STOP_WORDS  # "A gift": 'gift'; "For me" is named whole (`options_named`)
    for word in list(words_of):
        words_of |= set(PARTS.get(word, "").split())
    words_of |= set(STATE_WORDS.get(name.strip(), "").split())  # "flaky" for a "dry" option
    words_of |= set(TRAIT_FAMILIES.get(name.strip(), "").split())  # "roses" for a "floral" one
    words_of |= {stem(w) for w in words_of} | {_root(w) for w in words_of}
    shared = set(re.findall(r"[a-z][a-z-]*", above))  # "hair" of Hair Care: every option's
    return words_of - (shared | {stem(w) for w in shared})


DOER_ENDINGS = ("ing", "er")
"""Endings of a name that says what a tool does ("Curling iron", "Straightener"): its root is
what a reply says of that use ("for curls", "to straighten it")."""
ROOT_LETTERS = 4
"""The fewest letters a root keeps ("under" of 'Under $25' has no root "und")."""


def _root(word: str) -> str:
    """``word`` less a doer's ending (`DOER_ENDINGS`: "curling" -> "curl", "straightener" ->
    "straighten"), or itself where too little is left."""
    for ending in DOER_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= ROOT_LETTERS:
            return word[: -len(ending)]
    return word


def _names(said: set[str], words_of: set[str]) -> bool:
    """Whether the words ``said`` name an option named by ``words_of``: one of them, or the
    end of one after a word of its own (`WORD_BEFORE`: "liner" is Eyeliner; "oily" is no
    "coily" of Curly)."""
    return bool(said & words_of) or any(
        len(s) > 3 and len(w) - len(s) >= WORD_BEFORE and w.endswith(s)
        for s in said
        for w in words_of
    )


WORD_BEFORE = 3
"""How many letters a compound name has before the end a shopper says of it ("eye" of
eyeliner, "top" of topcoat): fewer are no word ("c" of coily)."""


def others_of(answer: str, options: Sequence[str]) -> list[str]:
    """The options left when ``answer`` rules one out by name ("not matte"), else []."""
    said = re.split(r"[,;.!]|\b(?:too|because|cause|since|it'?s|they'?re)\b", answer.lower())[0]
    ruled_out = NOT_OPTION.match(" ".join(said.split()).strip(" .!"))  # "not gloss, too sticky"
    if answers_any(said) and not (ruled_out and ruled_out.group(0).startswith(ANY_BUT_WORDS)):
        return []  # "not sure", "not fussy": no option ruled out ("sure" is no "Sun"); but
        # "anything but glossy" rules Glossy out
    named = match_option(ruled_out.group(1), options) if ruled_out else None
    return [o for o in options if o != named] if named is not None else []


NONE_OF_THEM = re.compile(
    r"^(?:(?:no|nope|nah|hmm+|um+),?\s+)*(?:none of (?:those|these|them|the above|the three|"
    r"the two)|neither(?: of (?:those|these|them))?|not any of (?:those|these|them))\W*$"
)
"""A reply to our question that turns every option down and says nothing else ("none of
those", "neither"): the need in none of them."""


BARE_NO = re.compile(r"^(?:no+|nope|nah+|naw|not really|meh|idk|dunno|not sure)\W*$")
"""A bare no to our question, that chooses nothing and turns nothing down ("nah"): the need
stays, any of the options."""


BARE_YES = re.compile(
    r"^(?:(?:yes|yeah|yea|yep|yup|ya|sure|ok|okay|alright|fine)\W*)+(?:please|pls|plz)?\W*$"
)
"""A bare yes to a question that offered options, not one thing ("yep" to 'Eau de Toilette or
cologne?'): either will do."""


BRANCH_STUFF = re.compile(r"^([a-z][a-z' -]*?)\s+(?:stuff|things|products|items|related)$")
"""A kind of thing by the word of a branch ("bath stuff", "makeup things")."""


def branch_ruled_out(answer: str, options: Sequence[str]) -> str | None:
    """The branch every option lies in, when ``answer`` rules out the things of that branch
    by a word of its name ("not bath stuff" to 'Bath, Cleansers or Bathing Accessories?', all
    under Bath & Body): the need is in none of them; else None."""
    said = re.split(r"[,;.!]", answer.lower())[0]
    ruled_out = NOT_OPTION.match(" ".join(said.split()).strip(" .!"))
    stuff = BRANCH_STUFF.match(ruled_out.group(1)) if ruled_out else None
    if stuff is None or not options:
        return None
    word = stem(stuff.group(1).split()[-1])
    shared = shared_branch(options).split(" > ")
    for depth in range(len(shared), 1, -1):  # the deepest branch whose name says the word
        if word in {stem(w) for w in WORD.findall(shared[depth - 1].lower())}:
            return " > ".join(shared[:depth])
    return None


TYPE_TURNED_DOWN = re.compile(
    r"^(?:(?:no|nah|nope|hmm+|ugh|but|oh|actually|well),?\s+)*"
    r"(?:not|no|nothing|anything but|something other than)\s+(?:an?\s+|any\s+|more\s+)?"
    r"(?P<what>[a-z][a-z']*(?:\s+[a-z][a-z']*){0,2}?)s?"
    r"(?:[\s,]+(?:please|pls|plz|tho|though|this time|thanks|thx))*\W*$"
)
"""A message that only turns a type down ("not a perfume", "no cologne please", "nah, not
perfume tho"): the words after the negation name it."""


def type_ruled_out(
    answer: str, options: Sequence[str], parse: QueryParser | None, categories: Sequence[str]
) -> tuple[list[str], list[str]] | None:
    """The options left by an answer that only turns down a type no option names, and the
    categories it turns down (`TYPE_TURNED_DOWN`: "not a perfume" to 'Makeup, Skin Care or
    Tools & Accessories?' for a gift searched perfumes). The type's category (as the parser
    reads it) is turned down, and the need stays among the options we offered: the options
    outside it ("not a cologne" to 'Fragrance, Skin Care or Bath & Body?'); all of them when
    none lies in it, with the branches beside them that we did not offer turned down too; or,
    when every option lies in it ("not a perfume" to 'Eau de Parfum, Eau de Toilette or Body
    Sprays?'), anywhere outside it (``[ANY]``). None when the answer says more, its type has no
    category, or it names an option (`others_of` reads that)."""
    said = TYPE_TURNED_DOWN.match(" ".join(answer.lower().split()))
    if said is None or parse is None or not options:
        return None
    home = parse(said.group("what")).category
    if home is None or match_option(said.group("what"), options):
        return None
    left = [o for o in options if not within(o, home)]
    if not left:
        return [ANY], [home]
    if len(left) < len(options):
        return left, [home]
    beside = not_offered(options, categories)
    return list(options), [*beside, *([] if any(within(home, b) for b in beside) else [home])]


def not_offered(options: Sequence[str], categories: Sequence[str]) -> list[str]:
    """The branches beside our question's options (at their depth, under the branch they
    share) that no option is: where an answer among the options does not lead ("Makeup" and
    "Fragrance" beside 'Hair Care, Bath & Body or Skin Care?')."""
    parent, depth = shared_branch(options), options[0].count(" > ") + 1
    offered = {
        " > ".join(p.split(" > ")[:depth]) for p in categories if p.count(" > ") >= depth - 1
    }
    return sorted(b for b in offered if within(b, parent) and b != parent and b not in options)


def among_several(rules: Request, options: Sequence[str], categories: Sequence[str]) -> Request:
    """An answer that chose two or more options searches the branch they share, and that
    holds more than they do: "not hair" to 'Hair Care, Bath & Body or Skin Care?' for a gift
    found blushes and perfumes (no branch below the root), "not styling tools" to 'Styling
    Tools, Shampoos or Conditioners?' hair dyes. The branches beside them that we did not
    offer are turned down: the need stays among those chosen."""
    chosen = [a for a in rules.answer if a in options]
    if len(chosen) < 2 or len(chosen) != len(rules.answer):
        return rules
    turned = [*rules.turned_down, *not_offered(options, categories)]
    rules.turned_down = list(dict.fromkeys(turned))
    return rules


FOR_A_PERSON = re.compile(rf"\b(?:for|gift|present)(?: (?:my|a|an|our))?(?: \w+)? ({PEOPLE})s?\b")
"""A reply that says whom something is for ("a gift for my sister", "for my little brother"),
not only who has a need ("my sister has oily skin": a detail)."""


def _for_another(lowered: str, situation: TurnSituation) -> bool:
    """Whether a reply says it is for another person than the one the need so far names (a
    reply naming whom a need without a person is for is a detail of it: "for my mum")."""
    found = FOR_A_PERSON.search(lowered)
    so_far = situation.so_far.lower()
    return (
        found is not None
        and re.search(rf"\b(?:{PEOPLE})s?\b", so_far) is not None
        and re.search(rf"\b{found.group(1)}s?\b", so_far) is None
    )


JUST_ONE = re.compile(
    r"^(?:(?:oh|ok|okay|hmm|um|uh|well|erm),?\s+)*(?:just|only|simply)?\s*(?:the |a )?"
    r"(?:one|1|single)\b(?!\s+(?:of|more|for (?:him|her|me)\b))"
    r"|^(?:one|1) (?:is|would be) (?:enough|fine|plenty)\b"
)
"""A reply that asks for one item, not several ("just the one, for foundation", "only one",
"one is enough"); not "one of each", "one more"."""
ONE_WORDS = frozenset({"single", "individual", "one"})
"""Words of an option's name that offer one item ("Single brush") beside a set."""


def single_option(answer: str, options: Sequence[str]) -> list[str]:
    """The one option that offers a single item (`ONE_WORDS` in its name) when ``answer`` asks
    for just one (`JUST_ONE`) and names no option by its place ("the first one"), or []."""
    lowered = " ".join(answer.lower().split())
    if not JUST_ONE.match(lowered):
        return []
    single = [o for o in options if ONE_WORDS & set(WORD.findall(o.rsplit(" > ", 1)[-1].lower()))]
    return single if len(single) == 1 else []


def option_holding(
    rules: Request, english: str, situation: TurnSituation, options: Sequence[str]
) -> list[str]:
    """The one offered option the category a reply names lies in, when the reply names no
    option by its name ("definitely perfume, something floral" to 'Makeup, Skin Care or
    Fragrance?': Fragrance, the perfume under it), or []; not for a reply that names several
    options' categories or says it is for another person than the need's (a new need)."""
    named = rules.parsed.category
    if not named or rules.answer or _for_another(" ".join(english.lower().split()), situation):
        return []
    holding = [o for o in options if within(named, o)]
    return holding if len(holding) == 1 else []


OPTION_TITLES = PRODUCT_TITLES
OPTION_TITLE_SHARE = 0.75
"""A reply's word places it under one option when at least `OPTION_TITLES` titles under the
options say it (as many as make a title word name a product: "feet" in a few eye creams'
"crow's feet" names none) and at least `OPTION_TITLE_SHARE` of them lie under that option."""
REPLY_WORDS = 4
"""Longer replies say more than which option: they are read by the other rules."""


def option_by_titles(
    english: str, options: Sequence[str], vocabulary: CatalogVocabulary | None
) -> list[str]:
    """The one offered option whose products' titles say a short reply's words, when it names
    no option by its name ("liner", "kohl pls" to 'Eyeliner, Eye Shadow or Mascara?': Eyeliner;
    "lashes": Mascara; "shadow palette": Eye Shadow): the catalog's own words for what it
    sells there; [] where the titles are unknown, no word is placed or words disagree
    ("liner or lashes"), or a word is said under several options alike ("black")."""
    counts = vocabulary.title_counts if vocabulary is not None else None
    said = [w for w in WORD.findall(english.lower()) if w not in STOP_WORDS and not w.isdigit()]
    if not counts or not options or not said or len(said) > REPLY_WORDS:
        return []
    placed: set[str] = set()
    for word in said:
        titles = counts.get(stem(word), {})
        per_option = [sum(n for p, n in titles.items() if within(p, o)) for o in options]
        if sum(per_option) < OPTION_TITLES:
            continue  # "pls", "for", a word the titles under the options hardly say
        most = max(per_option)
        if most < OPTION_TITLE_SHARE * sum(per_option):
            return []  # "black": eyeliners, mascaras and shadows alike
        placed.add(options[per_option.index(most)])
    return sorted(placed) if len(placed) == 1 else []


PROPOSED = re.compile(
    r"^(?:so,?\s+|ok,?\s+|or\s+)?(?:would|could|will|how about|what about|maybe|shall i "
    r"(?:look for|show you|find)|should i (?:look for|show you|find)|do you want|want me to "
    r"(?:look for|show you|find)|(?:do )?you(?:'d)? (?:want|like)|is|are)\s+"
    r"(?:(?:she|he|they|you) (?:like|want|love|enjoy|prefer)\s+)?"
    r"(?:(?:an?|the|some|one of (?:the|our))\s+)?(?P<what>[a-z][a-z0-9&' -]*?)"
    r"(?:\s+(?:work|do|be (?:ok|okay|good|nice|fine|alright|right)|suit (?:her|him|them|you)|"
    r"sound good|be something|for (?:her|him|them|you))(?:\s+\w+){0,2})?\s*\?$"
)
"""A question of ours that proposes one thing ("Would a rose bath gift set work?", "How about a
lavender candle?"): the thing proposed."""

YES = frozenset({
    "yes", "yeah", "yea", "yep", "yup", "ya", "yass", "sure", "ok", "okay", "alright",
    "absolutely", "definitely", "perfect", "great", "please", "go", "sounds", "works", "deal",
    "lovely", "nice", "cool", "fine", "awesome", "amazing", "brilliant", "wonderful", "excellent",
    "fab", "fabulous", "ideal", "yay",
})  # fmt: skip
AGREEING = YES | frozenset({
    "good", "that", "that's", "thats", "that'd", "would", "work", "for", "it", "let's", "lets",
    "do", "why", "not", "ahead", "thanks", "thank", "you", "pls", "plz", "idea", "oh", "well",
    "hmm", "um", "love", "one", "the", "this", "sounds", "be", "is", "a", "totally", "really",
    "exactly", "that'll", "will", "think", "i", "so", "just", "then", "with", "me", "but",
    "and", "under", "below", "around", "about", "max", "up", "to", "bucks", "dollars",
    "ooh", "oooh", "ah", "aah", "aw", "aww", "wow", "omg", "haha", "lol", "like", "i'd", "i'll",
    "take", "super", "very", "what", "need",
})  # fmt: skip
"""The words of a reply that accepts what we proposed ("yeah ok", "sure, go for it", "yes
please", "sounds good", "that'd work", "why not", "yes, under 20", "ooh yes that sounds
perfect", "omg yes, exactly what i need"): one of `YES`, and nothing but these, interjections
and praise (and numbers: a price said with it stays a price)."""
REFUSING = re.compile(r"\b(?:no|nope|nah|not|never|don'?t|rather)\b")


def accepted_proposal(answer: str, question: str) -> str | None:
    """The thing our question proposed ("Would a rose bath gift set work?": 'rose bath gift
    set') when ``answer`` only accepts it (`AGREEING`; no refusal: "why not" is a yes), or
    None."""
    proposed = PROPOSED.match(" ".join(question.lower().split()))
    said = re.sub(r"\bwhy not\b", "yes", " ".join(answer.lower().split()))
    words = re.findall(r"[a-z][a-z']*", said)
    if proposed is None or not words or re.search(REFUSING, said):
        return None
    if not set(words) & YES or not set(words) <= AGREEING:
        return None
    return proposed.group("what").strip()


ANY_BUT = re.compile(r"\b(?:for|with|that(?:'s| is)?)\s+(?!(?:me|you|it|them|now)\b)([^\d$£€]+)$")
"""What an answer that leaves the choice to us asks of it ("whichever is best for wrinkles",
"any, with spf"): the words after "for", "with", "that's" (never "for me", "fine with it"; a
price or an ingredient left out is read as such, not added to the need's words)."""


ANY_THEN = re.compile(
    r"^(?:not sure|no idea|(?:i )?(?:don'?t|do not) know|idk|(?:i )?dunno|no preference|"
    r"either|any|whatever|whichever)\s*[,;.!-]+\s*(?P<rest>(?:i|i'?m|my|it'?s|its|she|he|"
    r"she'?s|he'?s)\b.*)$"
)
"""An answer that leaves the choice to us, then says more of the need in a clause of its own
("not sure, i have acne", "any, my skin is very dry")."""


def any_detail(answer: str) -> str:
    """The detail an answer that leaves the choice to us adds to the need ("whichever is best
    for wrinkles": "wrinkles"; "not sure, i have acne": "i have acne"), or "" ("anything is
    fine, just show me a few")."""
    said = " ".join(answer.lower().split()).strip(" .!?")
    found = ANY_BUT.search(said)
    if found:
        return found.group(1)
    then = ANY_THEN.match(said)
    return then.group("rest") if then else ""


ASKED_FOR_A_DETAIL = re.compile(
    r"^(?:(?:and|but|so|ok|okay|maybe|hmm|um|well)\W+)*"
    r"(?:any|anything|something|ones?|in|with|without)\b(?!.*\b(?:you|your)\b)"
)
"""A reply put as a question that asks for the need with a detail ("any in a set?", "any with
vanilla?", "anything for acne?"): a detail of the need, not a question of its own."""


def asks_about_the_options(english: str, rules: Request, options: Sequence[str]) -> bool:
    """Whether a reply to our question asks about its options instead of choosing: in words
    that do (`ABOUT_THE_OPTIONS`: "whats the difference tho"), or as a question that names no
    option and nothing the catalog sells, nor leaves the choice to us (the rules read it off
    the shop's topic: "idk, how do i tell?", "how would i know?", "does it matter which?")."""
    lowered = " ".join(english.lower().split())
    if re.search(ABOUT_THE_OPTIONS, lowered):
        return True
    return (
        rules.intent == Intent.OFF_TOPIC
        and re.search(ASK, lowered) is not None
        and re.search(QUESTION_WORD, lowered) is not None  # not "kinda both??"
        and not options_named(english, options)
        and not re.search(BOTH, lowered)
        and not re.search(LEFT_TO_US_ASKED, lowered)
    )


QUESTION_WORD = r"\b(?:how|what|whats|why|which|where|when|does|do|is|are|can|could|should)\b"
"""A word that asks (the question mark alone may be a doubtful answer: "kinda both??")."""


LEFT_TO_US_ASKED = re.compile(
    r"(?:you|u) (?:choose|pick|decide|recommend|suggest)|what(?:'?s| is| would be) "
    r"(?:best|better|your (?:pick|choice|favou?rite))|which (?:one )?(?:is|would be) "
    r"(?:best|better|your (?:pick|choice|favou?rite))|what would you (?:get|pick|choose)"
)
"""A question that leaves the choice to us ("which would you pick?", "what do you
recommend?"): an answer, any option."""


def options_by_place(english: str, situation: TurnSituation, options: Sequence[str]) -> list[str]:
    """The options a reply to our question names by their place, with no picks on screen to
    point at ("the second", "the middle one" of three, "both the first and the last", "the
    first one, is it for women?"), in the options' order; [] for none."""
    if situation.picks or not options:
        return []
    lowered = re.sub(r"\bboth\b", " ", " ".join(english.lower().split()))  # not the first two
    places = find_references(lowered, len(options))
    if not places and len(options) == 3 and MIDDLE.search(lowered):
        places = [1]  # "the middle one" of three
    return [o for i, o in enumerate(options) if i in places]


def free_answer(
    rules: Request, english: str, situation: TurnSituation, options: Sequence[str]
) -> Request:
    """The rules' reading of a reply to our pending question that named no option by its name:
    an option by its place (`options_by_place`), or else, when the reply names no category of
    its own, asks nothing and names no other person (then it is
    a new need: "a gift for my sister" to our question about a gift for dad), a detail of the
    current need (it stays, with its category; the reply's words are added to it) instead of a
    new search for the reply's words."""
    searching = (Intent.SEARCH, Intent.OFF_TOPIC)
    if not options or rules.answer or rules.intent not in searching:
        return rules
    named, current = rules.parsed.category, situation.need_category
    beside = named is not None and beside_the_options(named, options)  # "hands actually"
    lowered = " ".join(english.lower().split()).strip(" .!")
    if named and _a_department_of_theirs(named, lowered):
        named = None  # "the glowy sort please, my skin is quite dry": a state, not Skin Care
    if named and not (current and within(current, named)) and not beside:
        return rules  # a category of its own, not the need's or a branch above it
    if re.search(ASK, lowered) and not ASKED_FOR_A_DETAIL.match(lowered):
        return rules
    if _for_another(lowered, situation):
        return rules  # "a gift for my sister" to our question about dad's gift: a new need
    if placed := options_by_place(english, situation, options):
        rules.answer = placed  # "the second", "the middle one" of three
        return rules
    if rules.intent != Intent.SEARCH and not _seeks_a_detail(lowered):
        return rules  # off the shop's topic: the handler says so ("something subtle" is not)
    rules.intent = Intent.REFINE
    rules.parsed.category = named if beside else None  # the need's stays, or in that place
    if rules.attributes.get("for") and _says_only_whom(lowered):
        rules.text = ""  # "actually it's for me": whom it is for, no words of the need
    if sex := SELF_SEX.search(lowered):
        rules.text, rules.attributes["for"] = "", "men" if sex.group("men") else "women"
        rules.for_self = True  # "for me, i'm a guy": the shopper's own need, not the gift's
    rules.add_detail = bool(rules.text.strip())
    return rules


def _a_department_of_theirs(named: str, lowered: str) -> bool:
    """Whether ``named`` is a department a reply names only by a word said as the shopper's own
    (`wording.THEIR_OWN`: "my skin is quite dry": Skin Care; "mornings, under my makeup" to 'day
    or night?' of a moisturiser: Makeup): it tells of them, it asks for no department of its
    own."""
    own = path_words(named.rsplit(" > ", 1)[-1])
    theirs = {stem(m.group("part")) for m in THEIR_OWN.finditer(lowered)}
    return (
        is_department(named)
        and bool(own & theirs)
        and not own & plain_words(THEIR_OWN.sub(" ", lowered))
    )


def beside_the_options(named: str, options: Sequence[str]) -> bool:
    """Whether ``named`` is a sibling branch of the offered options, under the branch they share
    below a department, and under none of them ("hands" to 'Face or body?' of a moisturiser:
    Skin Care > Hands & Nails beside Skin Care > Face and Body): a free answer, the need asked
    about in that place, not a new need."""
    shared = shared_branch(list(options)) if len(options) > 1 else ""
    return (
        shared.count(" > ") >= 1
        and below(named, shared)
        and not any(within(named, o) or within(o, named) for o in options)
    )


def _seeks_a_detail(lowered: str) -> bool:
    """Whether a reply read as off the shop's topic asks for something all the same, in words
    no title says ("something subtle" to 'Eau de Parfum, Eau de Toilette or Cologne?'): a
    detail of the need; not an injection nor a question about the shop's services."""
    if re.search(INJECTION, lowered) or re.search(SHOP_SERVICE, lowered):
        return False
    return re.match(SEEKS_ANOTHER, lowered) is not None


SELF_SEX = re.compile(
    r"\b(?:i'?m|im|i am)(?: an?)? (?:(?P<men>guy|man|dude|boy|male|bloke)|"
    r"girl|woman|lady|female)\b(?!\W*(?:and|but)\b)"
)
"""A shopper who says what they are ("for me, i'm a guy"), and nothing more after it."""


def _says_only_whom(lowered: str) -> bool:
    """Whether a reply says only whom the need is for ("actually it's for me", "for me, i'm a
    guy"): no other word than whom (`RECIPIENT`, `SELF_SEX`) and conversation."""
    rest = SELF_SEX.sub(" ", re.sub(RECIPIENT, " ", lowered))
    return not [w for w in WORD.findall(rest) if w not in STOP_WORDS and w not in ONLY_WHOM_FILLER]


ONLY_WHOM_FILLER = frozenset({"it's", "its", "it", "is", "just", "actually", "oh", "sorry"})
