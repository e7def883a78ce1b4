"""What a message said beside the picks on screen makes of them: a refinement of the need on
screen (by size, a trait its titles name, a concern, a look, the type named again), a question
about them, or a new need (another type, "instead", "and ... too").

`TurnReader` (assistant/dialogue/reader.py) reads every turn; these are its rules for the turns
said while picks are shown and no question of ours is pending (`on_screen`, `about_the_picks`,
`offers_another`, ...), kept apart so that the reader itself only orders them.
"""

from __future__ import annotations

import re

from assistant.dialogue.category.need_category import BRANCH_PARTS, department
from assistant.dialogue.category.several_types import SET_WORDS
from assistant.dialogue.clarifying.answers import any_detail
from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.needs.avoid import LOOK_WORDS
from assistant.dialogue.needs.need_words import CHATTER
from assistant.dialogue.needs.shopping_words import A_SET
from assistant.dialogue.needs.wording import (
    AGE_ONLY,
    FOLLOW_UP_ONLY,
    TRAITS,
    WHO_FOR,
    WORD,
    cut_out,
    stems,
)
from assistant.dialogue.phrases.brands import ACCEPTED
from assistant.dialogue.phrases.need_openings import RESET_FIRST, WHAT_ABOUT
from assistant.dialogue.phrases.questions import (
    A_TRAIT_ASKED_ALONE,
    ASK,
    OTHERS_ASKED_OF_THE_SHOP,
)
from assistant.dialogue.phrases.refinements import A_COLOUR_ALONE, TRAIT_ONES
from assistant.dialogue.phrases.shopper_states import HAS_CONCERN
from assistant.dialogue.phrases.traits import TONED_DOWN
from assistant.dialogue.picks.states_beside_picks import PARTS_NOT_PRODUCTS
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.understanding import answers_any
from assistant.dialogue.vocabulary import (
    CatalogVocabulary,
    names_a_homeless_family,
    names_a_type,
)
from catalog.category_paths import within
from retrieval.tokenize import STOP_WORDS, stem, words


def a_search_beside_picks(request: Request, situation: TurnSituation) -> bool:
    """Whether ``request`` is a new search said beside the picks, with no question of ours
    pending (`TurnSituation.beside_picks`): the turns most rules here weigh against the picks."""
    return request.intent == Intent.SEARCH and situation.beside_picks


SIZE_UP = re.compile(r"\b(?:bigger|larger|family[- ]size|jumbo|value[- ]size|more of it)\b")
SIZE_DOWN = re.compile(r"\b(?:smaller|travel[- ]size[d]?|mini|tinier|pocket[- ]size[d]?)\b")
"""A refinement by size relative to the picks on screen ("a bigger bottle", "travel size")."""


def on_screen(
    rules: Request, english: str, situation: TurnSituation, vocabulary: CatalogVocabulary | None
) -> Request:
    """The rules' reading of a message said beside the picks, with no question pending: "a
    bigger one" / "travel size" refines them by size (`Request.relative`), also asked beside
    praise ("these are nice, do they come in a bigger size": no like), and "anything is
    fine, just show me some" keeps the need on screen as it is (no words added to it, but what
    it asks for: "whichever is best for wrinkles" adds "wrinkles", `answers.any_detail`);
    "any brushes?" names a product type: a need of its own."""
    if not situation.beside_picks:
        return rules
    lowered = " ".join(english.lower().split())
    searching = (Intent.SEARCH, Intent.REFINE, Intent.ASK, Intent.OFF_TOPIC)
    trait = _trait_asked(lowered, vocabulary) if rules.intent in searching else None
    if trait:  # "any vegan ones?", "organic ones?": the need on screen, vegan
        rules.intent, rules.text, rules.add_detail = Intent.REFINE, trait, True
        rules.parsed.category = None
        return rules
    praised_and_asked = (  # "ok these are nice, do they come in a bigger size?"
        rules.intent == Intent.FEEDBACK and rules.sentiment > 0 and re.search(ASK, lowered)
    )
    if (rules.intent in searching or praised_and_asked) and (
        SIZE_UP.search(lowered) or SIZE_DOWN.search(lowered)
    ):
        rules.intent = Intent.REFINE
        rules.relative = "bigger" if SIZE_UP.search(lowered) else "smaller"
    elif rules.intent in (Intent.SEARCH, Intent.OFF_TOPIC) and AGE_ONLY.match(lowered):
        rules.intent = Intent.REFINE  # "he's 15" beside a gift's picks: the need stays
    elif (
        rules.intent in (Intent.SEARCH, Intent.OFF_TOPIC, Intent.REFINE)
        and answers_any(english)
        and not re.search(TONED_DOWN, lowered)  # "he hates anything sticky": non-sticky
        and not re.match(A_COLOUR_ALONE, lowered)  # "any pink ones": pink
        and not names_a_type(english, vocabulary)  # "any brushes?" beside lashes: brushes
        and not _another_type(rules, english, situation, vocabulary)  # "any perfume?"
    ):
        rules.intent = Intent.REFINE
    else:
        return rules
    detail = any_detail(english) if rules.relative is None else ""
    rules.text, rules.add_detail = (detail, True) if detail else (rules.text, False)
    rules.parsed.category = None  # the need on screen stays ("for my gym bag" is no new type)
    return rules


def _another_type(
    rules: Request, english: str, situation: TurnSituation, vocabulary: CatalogVocabulary | None
) -> bool:
    """Whether a message beside the picks names a type of another branch than the need on
    screen, as the parser places it ("any perfume?" beside body washes: Fragrance), or a family
    the catalog files under other types ("got any deodorant"): a need of its own, not "any"."""
    named, current = rules.parsed.category, situation.need_category
    if named and current and not (within(named, current) or within(current, named)):
        return True
    return names_a_homeless_family(english, vocabulary)


WHICH_ONES = frozenset({
    "other", "others", "same", "these", "those", "cheaper", "pricier", "bigger", "smaller",
    "new", "different", "first", "second", "third", "last", "which", "what", "more", "good",
    "best", "better", "nice", "similar", "similar looking", "right", "two", "three",
})  # fmt: skip
"""Words before "ones" that say which picks or how many, not a trait ("the other ones",
"cheaper ones", "which ones"): read by their own rules."""


def _trait_asked(lowered: str, vocabulary: CatalogVocabulary | None) -> str | None:
    """The trait of "any vegan ones?" / "organic ones?" (`TRAIT_ONES`), said beside the picks:
    words that are no product type and that say no place, size or price; else None."""
    found = re.match(TRAIT_ONES, lowered)
    if found is None or re.match(A_COLOUR_ALONE, lowered):
        return None  # a colour has its own rule ("any pink ones")
    trait = found.group("trait").strip()
    said = [w for w in words(trait) if w not in STOP_WORDS]
    if not said or trait in WHICH_ONES or set(said) & WHICH_ONES:
        return None
    if names_a_type(trait, vocabulary) or SIZE_UP.search(trait) or SIZE_DOWN.search(trait):
        return None  # "any brushes?" is a need of its own; sizes have their rule
    return trait


def a_concern_on_screen(
    request: Request, english: str, situation: TurnSituation, vocabulary: CatalogVocabulary | None
) -> Request:
    """A concern someone has, said alone beside the picks ("he has dandruff" beside shampoo
    and conditioner sets, `HAS_CONCERN`), refines the need on screen for it, where titles in
    the picks' department name it: it was a new need, searched in Shampoos, and the sets were
    lost. Elsewhere ("he has dandruff" beside lipsticks) it stays a new need."""
    shown = situation.need_category if situation.beside_picks else None
    if request.intent not in (Intent.SEARCH, Intent.OFF_TOPIC) or not shown:
        return request
    said = re.match(HAS_CONCERN, " ".join(english.lower().split()))
    if said is None:
        return request
    concern = said.group("concern")
    titles = vocabulary.title_words if vocabulary else None
    home = department(shown)
    if titles is not None and not any(
        within(path, home) for w in words(concern) for path in titles.get(stem(w), ())
    ):
        return request
    request.intent, request.add_detail, request.text = Intent.REFINE, True, concern
    request.parsed.category = None  # the type on screen (`keeps_the_type`), not Shampoos
    return request


def states_a_constraint(request: Request) -> bool:
    """Whether the message states a price, a brand wanted or ruled out, or an ingredient to
    avoid: then it refines the picks, it does not ask about them or replace their need."""
    p = request.parsed
    return bool(p.priced or p.brands or p.exclude_brands or request.avoid)


LOOK_NOUNS = frozenset(
    {"finish", "finishes", "look", "effect", "shade", "shades", "colour", "color", "tone", "hue"}
)
"""What a colour or finish is said of ("a matte finish", "a red shade"): no other content."""


SHADE_WORDS = frozenset({"darker", "lighter", "deeper", "brighter", "paler", "warmer", "cooler"})
"""How a shade differs from the picks' ("a darker shade"): a look, as colours are."""


def only_looks(text: str) -> bool:
    """Whether ``text`` says only how a product looks, its colours and finishes
    (`avoid.LOOK_WORDS`: "matte or glossy?", "matte finish"), with no other content word
    than what they are said of (`LOOK_NOUNS`)."""
    said = [w for w in WORD.findall(text.lower()) if w not in STOP_WORDS]
    looks = [w for w in said if w not in LOOK_NOUNS]
    return bool(looks) and all(w in LOOK_WORDS or w in SHADE_WORDS for w in looks)


NOT_A_TRAIT = frozenset({
    "please", "pls", "plz", "one", "ones", "thanks", "thx", "ok", "okay", "only", "just",
})  # fmt: skip
"""Words beside a trait that are no trait ("waterproof ones only pls")."""


def _content_words(need: str) -> list[str]:
    """The words of ``need`` that could say a trait or a type: no stop word, chatter, word
    beside a trait (`NOT_A_TRAIT`: "only", "ones"), follow-up word ("something more") or
    number; what `traits_of` and `new_to_the_picks` look up in the titles."""
    return [
        w
        for w in words(need)
        if w not in STOP_WORDS
        and w not in CHATTER
        and w not in NOT_A_TRAIT
        and w not in FOLLOW_UP_ONLY
        and not w.isdigit()
    ]


def traits_of(need: str, shown: str, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether every content word of ``need`` is one titles in ``shown`` (the picks' category)
    name, and none names a product type: a trait the type on screen has ("waterproof" beside
    mascaras, which search placed in Eyeliner), not a need of its own ("for dark circles")."""
    titles = vocabulary.title_words if vocabulary else None
    if titles is None or names_a_type(need, vocabulary):
        return False
    said = _content_words(need)
    return bool(said) and all(
        any(within(path, shown) for path in titles.get(stem(w), ())) for w in said
    )


def about_the_picks(request: Request, text: str) -> Request:
    """A message read as a new need that names no product type and finds no category of its
    own, said while picks are on screen: about them, not a new search. A question (``text``,
    the shopper's words) that states no constraint asks about the picks, unless it asks the shop
    for other products ("could I see something ...?", `OTHERS_ASKED_OF_THE_SHOP`) or says a
    trait alone ("waterproof?", `A_TRAIT_ASKED_ALONE`); anything else refines the current need
    (its words are added to it): "any under $20?" is a refinement."""
    lowered = " ".join(text.lower().split()).strip()
    if (
        not states_a_constraint(request)
        and re.search(ASK, lowered)
        and not SEEKS_SOMETHING.match(lowered)
        and not SUGGESTS_ONE.match(lowered)
        and not re.search(OTHERS_ASKED_OF_THE_SHOP, lowered)  # "could I see something ..."
        and not re.match(A_TRAIT_ASKED_ALONE, lowered)  # "waterproof?"
    ):
        request.intent = Intent.ASK
    else:
        request.intent = Intent.REFINE  # "pas de Revlon, merci": no Revlon, 'thanks' no detail
        if request.parsed.brands:  # "cetaphil is fine actually": the brand, 'fine' no detail
            request.text = cut_out(ACCEPTED, request.text)
        request.add_detail = bool(said_beyond_chatter(request.text))
    return request


def said_beyond_chatter(text: str) -> list[str]:
    """The words of ``text`` that are neither stop words nor conversation (`CHATTER`: thanks,
    cheers): what a refinement adds to the need."""
    return [w for w in words(text) if w not in STOP_WORDS and w not in CHATTER]


SEEKS_SOMETHING = re.compile(
    r"(?:maybe |perhaps |or )?(?:something|anything|smth|any)\b"
    r"|(?:is there|are there|do you have|have you got|got) (?:a |an )?"
    r"(?:version|one|kind|type|option)s? (?:with|without|in|that)\b"
    r"|(?:is there|are there|do you have|have you got|got|you got) any (?:ones? )?"
    r"(?:for|with|without|in)\b"
)
"""A question that opens by asking for a product ("something from a korean brand maybe?", "is
there a version with brushes?", "got any for dark skin?"): a refinement, not a question about
the picks."""


SUGGESTS_ONE = re.compile(rf"{WHAT_ABOUT}(?:a|an|some)\b")
"""A question that puts a product forward ("what about a spray instead", "how about some
mousse"): a refinement, not a question about the picks ("what about the second one?")."""


OFFERS_ANOTHER = re.compile(rf"{WHAT_ABOUT}|\binstead\b")
"""A need put in place of the picks' ("what about aftershave instead", "how about a balm"):
a new search even where the catalog has no category for it, not a question about the picks;
so is a need for someone (`WHO_FOR`: "a gift for my boyfriend")."""


def offers_another(request: Request, lowered: str) -> bool:
    """Whether the message puts a need in place of the picks' (`OFFERS_ANOTHER`) and states no
    constraint ("can you do under 30 instead" refines them) nor only a colour, finish or scent
    (`TRAITS`: "vanilla instead" beside coconut body washes is a vanilla one)."""
    another = OFFERS_ANOTHER.search(lowered) or WHO_FOR.search(lowered)  # "a gift for my bf"
    said = [
        w
        for w in WORD.findall(request.text.lower())
        if w not in STOP_WORDS and w not in ("instead", "anymore", "actually", "one", "ones")
    ]
    asks_another = re.search(r"\b(?:something|anything|what about|how about)\b", lowered)
    if said and not asks_another and all(any(w in kind for kind in TRAITS) for w in said):
        return False  # "vanilla instead" ("what about something natural instead" is another)
    return not states_a_constraint(request) and another is not None


THE_SAME_TYPE = re.compile(
    r"\b(?:an?|another|the|this|that|\w+er)\s+(?:\w+\s+){0,2}ones?\b|"
    r"^ones?\s+(?:for|with|that|in)\b|"
    r"^(?:(?:and|but|ok|okay|hmm|so|do you have|have you got|got|are there|is there),?\s+)*"
    r"any(?:\s+ones?)?\s+(?:for|with|that|in)\b|"
    r"^(?:(?:the )?same(?: thing| kind| type)?|(?:something )?(?:like|similar to) "
    r"(?:these|those|this|that|them|it)),? but\b"
)
"""Words that point back at the product type on screen instead of naming one: "a matte one",
"a lighter one", "one for curly hair", "any for dark skin?", "got any with spf?", "the same but
waterproof", "like these but cheaper"."""


USED_WITH = re.compile(
    r"^(?:(?:and|but|oh|ok|okay|well|actually),?\s+)*(?:(?:one|something|anything|any)\s+)?"
    r"(?:that\s+(?:works?|is good)\s+)?(?:for|on)\s+(?:my\s+|her\s+|his\s+)?"
    r"(?!(?:a|an|some|another)\s)(?P<what>[a-z][a-z' ]*?)\W*$"
)
"""What the need on screen is to be used on, said beside the picks ("for waterproof mascara"
beside eye makeup removers, "one that works on gel polish" beside polish removers); not a
product asked for ("for a conditioner": looking for one)."""


def used_on_a_type(
    request: Request, english: str, situation: TurnSituation, vocabulary: CatalogVocabulary | None
) -> Request:
    """A product type said beside the picks as what they are to be used on (`USED_WITH`: "for
    waterproof mascara" beside eye makeup removers searched mascaras) is a detail of the need
    on screen, not a new need; a part of the body ("for my lips") stays one."""
    if not a_search_beside_picks(request, situation):
        return request
    said = USED_WITH.match(" ".join(english.lower().split()))
    if said is None or PARTS_NOT_PRODUCTS & set(WORD.findall(said.group("what"))):
        return request
    if not names_a_type(said.group("what"), vocabulary):
        return request
    request.intent, request.add_detail = Intent.REFINE, True
    request.text, request.parsed.category = said.group("what"), None
    return request


def new_to_the_picks(need: str, shown: str, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether the content words of ``need`` are ones titles name only outside ``shown`` (the
    picks' category): "i need lashes" beside lipsticks asks for something else ('lashes' names
    no category, but no lipstick's title says it), not lipsticks with lashes."""
    titles = vocabulary.title_words if vocabulary else None
    if titles is None:
        return False
    said = _content_words(need)
    paths = [titles.get(stem(w), frozenset()) for w in said]
    return bool(said) and all(
        found and not any(within(path, shown) for path in found) for found in paths
    )


POINTS_AT_PICKS = re.compile(r"\b(?:the|this|that)\s+(?:\w+\s+){0,2}ones?\b")
"""Words that point at one of the picks on screen ("the cerave one", "that one", "the cheapest
decent one")."""


ASKS_ABOUT_THEM = re.compile(r"\b(?:these|those|them)\b")
"""In a question, words that point at the picks on screen ("which of these is best?")."""


SEEKS_MORE = re.compile(
    r"\b(?:do you (?:have|sell|carry)|have you got|got any|(?:any|a|an) \w+ like)\b"
)
"""A question that asks for other products ("do you have a serum like these?")."""


THEY_LIKE = re.compile(
    r"^(?:(?:oh|ok|okay|well|but|and|actually|hmm),?\s+)*(?:she|he|they|my \w+)(?:'s| is| are)?"
    r"\s+(?:really\s+|also\s+|just\s+)?(?:likes|loves|adores|enjoys|like|love|into)\b"
)
"""What the person shopped for likes ("she likes lotions and stuff", "he's into colognes"):
said with a product type beside the picks, a need for that type, not a trait of the picks."""


def likes_a_type(english: str, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether ``english`` says the person likes a product type (`THEY_LIKE`, `names_a_type`):
    beside gift nail polish sets "she likes lotions and stuff" asks for lotions."""
    return bool(THEY_LIKE.match(" ".join(english.lower().split()))) and names_a_type(
        english, vocabulary
    )


A_NEW_NEED = re.compile(
    r"^(?:(?:ok|okay|so|oh)\s+)?and\b|"
    r"\b(?:also|too(?=\s*(?:[,.!?]|$))|as well|another thing|next|now|plus|"
    r"i need(?! (?:it|them|one|ones|that|those|these|this)\b)|"
    r"i'?m looking for|get rid of|"
    r"for (?:my|the|dark|puffy|tired|cracked|dry|chapped) \w+)\b"
)
"""Words that add a need beside the one on screen ("and something to make my lashes longer", "i
also need...", "for my eyelashes", "for dark circles", "get rid of dark spots"), not a detail of
it ("i need it higher, spf 50", "i need one that lasts": the need on screen)."""


RULED_OUT_PART = re.compile(r"\b(?:but )?(?:not|no)\s+(?:the\s+|my\s+|for\s+(?:the\s+|my\s+)?)?\w+")
"""A part of the body ruled out beside the one wanted ("for my face not body")."""


def a_part_on_screen(
    request: Request, situation: TurnSituation, vocabulary: CatalogVocabulary | None
) -> Request:
    """A message beside the picks that says the part of the body their category is already for
    ("for my face" or "for my face not body" beside face cleansers) and no product type of its
    own is the need on screen for that part, not a new search for the part's words: they
    searched 'face' in Makeup Remover > Face (the cleanser lost). The part joins the need."""
    shown = situation.need_category
    if not a_search_beside_picks(request, situation) or not shown or request.references:
        return request
    lowered = RULED_OUT_PART.sub(" ", " ".join(request.text.lower().split()))
    said = [w for w in words(lowered) if w not in STOP_WORDS and w not in CHATTER]
    parts = [w for w in said if stem(w) in BRANCH_PARTS]
    rest = [w for w in said if stem(w) not in BRANCH_PARTS and w not in OWNER_OR_USE_WORDS]
    if not parts or not {stem(w) for w in parts} <= stems(shown) - stems(department(shown)):
        return request
    if rest and (vocabulary is None or names_a_type(" ".join(rest), vocabulary)):
        return request  # "a face serum" beside face cleansers: a type of its own
    request.intent, request.add_detail, request.parsed.category = Intent.REFINE, True, shown
    request.text = " ".join([*parts, *rest])
    return request


OWNER_OR_USE_WORDS = frozenset({"me", "myself", "mine", "use", "using", "used", "mostly", "mainly"})
"""Words beside a part of the body that say whose it is or how it is used ("for my own face",
"mostly for my face"): no detail of the need."""


def for_a_part(
    text: str, shown: str, need: str, vocabulary: CatalogVocabulary | None = None
) -> bool:
    """Whether a message beside the picks says a part of the body (``text``: "for the body",
    "what about for the body?"), and nothing else but words that name no product type ("body,
    for the pool, spf 30 or so"), and neither the picks' category nor their ``need`` names
    one: "for the body" beside sunscreens (Skin Care > Sun > Skin Protection) asks for those
    for the body; beside lipsticks (Lips), face creams (Face) or shampoos (Hair Care) it is a
    need of its own, and "a face serum" names a type."""
    parts = {stem(p) for p in BRANCH_PARTS}
    said = {stem(w) for w in WORD.findall(text.lower()) if w not in STOP_WORDS}
    said -= {stem(w) for w in CHATTER}
    if not said & parts:
        return False
    rest = [w for w in WORD.findall(text.lower()) if stem(w) in said - parts]
    if rest and (vocabulary is None or names_a_type(" ".join(rest), vocabulary)):
        return False
    levels = " ".join(shown.split(" > ")[1:])  # "Hair Care > Shampoos" is for the hair
    return not stems(f"{levels} {need}") & parts


def skin_only(stated: str | None, lowered: str) -> bool:
    """Whether ``stated`` is a department the message names only by "skin", which makeup, sun
    care and body care are all for ("any for dark skin?" beside concealers names Skin Care,
    and asks for concealers all the same)."""
    if not stated or stated.count(" > ") > 1:
        return False
    return stems(lowered) & stems(stated.rsplit(" > ", 1)[-1]) == {"skin"}


def a_trait_not_a_reset(request: Request, text: str, situation: TurnSituation) -> Request:
    """A bare "clear" (`CLEAR`) beside picks whose titles say it (clear nail polishes, clear
    brow gels) asks for that trait of them, not to start over."""
    lowered = " ".join(text.lower().split()).strip(" .!")
    if request.intent != Intent.CLEAR or lowered != "clear":
        return request
    if any("clear" in WORD.findall(p.title.lower()) for p in situation.picks):
        request.intent, request.text, request.add_detail = Intent.REFINE, "clear", True
    return request


ASKING_A_SET = SET_WORDS | {"gift", "gifts", "travel", "any", "in", "as"}
"""The words that ask for a set (`A_SET`), no product type."""


def a_set_of_theirs(request: Request, text: str, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether a message beside the picks asks for a set and names no type of its own nor
    another person ("can I see gift sets instead of single bottles" beside colognes, "any in a
    set?"): sets of the type on screen (the search handler looks among its branch's sets)."""
    lowered = " ".join(text.lower().split())
    if not A_SET.search(lowered) or WHO_FOR.search(lowered):
        return False
    rest = [w for w in WORD.findall(request.text.lower()) if w not in ASKING_A_SET]
    return not names_a_type(" ".join(rest), vocabulary)


def a_fresh_start(request: Request, text: str, situation: TurnSituation) -> bool:
    """Whether a new need beside the picks comes after a reset (`RESET_FIRST`: "forget it, show
    me sleep masks instead", "scrap that. eye masks for sleeping"): read as a need of its own,
    as with nothing on screen (not a type near the picks' department, not a detail of them)."""
    lowered = " ".join(text.lower().split())
    return bool(
        request.intent == Intent.SEARCH and situation.picks and re.match(RESET_FIRST, lowered)
    )
