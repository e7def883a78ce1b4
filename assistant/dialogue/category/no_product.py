"""Whether a new need names no product at all: a gift said by whom or when ("a nice christmas
gift for my girlfriend", "something for my mother in law for christmas") or a want said by how it
should feel ("something pretty", "treat yo self time"); or a need said only by a brand, a price
or a state of the person ("anything from Revlon?", "what have you got under 20", "i have oily
skin, help"). Search found a category for such words anyway ("christmas" found Nail Art,
"pretty" Makeup, Revlon its lipsticks, "oily skin" Oils & Serums); the shopper has not said
what kind of product, so none is guessed and the conversation asks.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.dialogue.category.brand_lines import of_one_kind, own_name
from assistant.dialogue.category.named_homes import VAGUE
from assistant.dialogue.category.need_purpose import FOR_A_PART_SHARE
from assistant.dialogue.needs.brands_said import without_brands
from assistant.dialogue.needs.need_words import CHATTER
from assistant.dialogue.needs.shopping_words import names_a_product
from assistant.dialogue.needs.wording import (
    BODY_PARTS,
    NON_PRODUCT_WORDS,
    PAMPER,
    WANT_WORDS,
    WHO_FOR,
    WORD,
    sex_of,
    stems,
)
from assistant.dialogue.phrases.gifts_and_people import GIFT_SAID, OCCASION
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import (
    CatalogVocabulary,
    kinds_in_many_departments,
    names_a_type,
    root_words,
    words_of_many_departments,
)
from catalog.category_paths import within
from retrieval.category_names import GENERIC_HEADS, MAIN_SHARE
from retrieval.everyday import everyday
from retrieval.query import DEAR, ParsedQuery
from retrieval.tokenize import STOP_WORDS, stem

GIFT_STATED = frozenset({"for", "occasion", "gender", "age_group", "price_band"})
"""What a gift or a want may state and still name nothing of what it is: whom, when, for a man
or a woman, an age, a price band ("money no object")."""
ONESELF = frozenset({"self", "yourself", "myself", "herself", "himself"})
"""Whom a treat is for said of oneself ("treat yo self"): no Self-Tanners (a self tanner names
its type by both words)."""
STATES_OF_NO_TYPE = GIFT_STATED | frozenset(
    {"skin", "hair", "skin_tone", "ethics", "scent", "color", "finish", "size"}
)
"""What a need may state of the person or of how a product should be, and still name nothing
of what it is ("i have oily skin", "pale with pink undertones", "i prefer natural stuff",
"something vanilla"); not a concern ("acne", "dandruff": what treats it is a kind of product),
an SPF, a formula or an ingredient."""


def names_no_product(
    request: Request,
    vocabulary: CatalogVocabulary | None,
    traits: Mapping[str, object] | None = None,
) -> bool:
    """Whether ``request``, a new need with no category, brand or trait of its own, is a gift
    (`Request.gift`: said so in it; an occasion, someone else it is for), a want (`WANT_WORDS`,
    `PAMPER`) or, where ``traits`` (what the message states, `stated_traits.with_traits`) are
    read and hold nothing, any need, whose other words name no product: none names a product of
    the catalog (`names_a_product`) nor a product type (`names_a_type`). A need stating a
    concern ("something for my frizz") is a kind of product; one stating nothing ("I don't
    know what I want yet", "have you got any dog food") names none, whatever search found for
    its words (Makeup, body oils)."""
    if vocabulary is None or vocabulary.title_counts is None:  # unknown: which words name
        return False  # products
    if request.parsed.category or request.parsed.brands or request.liked:
        return False
    if request.avoid or not set(request.attributes) <= GIFT_STATED:
        return False
    text = request.text.lower()
    said = set(WORD.findall(text))
    if said & SET_OR_KIT and _a_set_of_no_kind(said, vocabulary):
        return True  # "a kit for a beginner": search found nail art, whose titles say it
    who = str(request.attributes.get("for", ""))
    a_gift = bool(request.gift or request.attributes.get("occasion") or who not in ("", "self"))
    states_nothing = traits is not None and not traits
    if not a_gift and not said & (WANT_WORDS | PAMPER) and not states_nothing:
        return False
    return _says_nothing_else(text, set(), vocabulary)


SET_OR_KIT = frozenset({"set", "sets", "kit", "kits"})
"""Words for products of several kinds together, sold in every department."""


def _a_set_of_no_kind(said: set[str], vocabulary: CatalogVocabulary) -> bool:
    """Whether a need for a set or kit (`SET_OR_KIT`) says nothing else of what kind: none of
    its other words (less `STOP_WORDS`, `VAGUE`, `WANT_WORDS`) names a product type or a
    product ("a starter kit", "a kit for a beginner", "a nice set"; not "a nail kit", "a
    makeup set for a beginner")."""
    rest = [w for w in said - SET_OR_KIT if w not in STOP_WORDS | VAGUE | WANT_WORDS]
    return not names_a_type(" ".join(rest), vocabulary) and not any(
        names_a_product(word, vocabulary) for word in rest
    )


def states_no_type(
    request: Request,
    stated: str | None,
    attributes: Mapping[str, object],
    vocabulary: CatalogVocabulary | None,
) -> bool:
    """Whether ``request``, a new need, says which brand, what price, whom or when it is for,
    or a state of the person or of the product (`STATES_OF_NO_TYPE`), and no other word of
    it names a product (`names_a_product`), a product type (`names_a_type`) or, beside a brand,
    its product line (a word of the titles that is no everyday word: "la roche posay
    anthelios", "covergirl lash blast"): "anything from Revlon?", "cerave stuff under 20", "i
    have oily skin, help", "valentines for my gf, she has sensitive skin". ``stated`` is the
    category its words named: none, or a department named only by the part of the body a state
    is said of ("oily skin" named Skin Care; foundations and body washes are for oily skin
    too). ``attributes``: what the message states (`stated_traits.with_traits`), a concern among
    them ("acne") being a kind of product."""
    if vocabulary is None or vocabulary.title_counts is None:
        return False
    if request.avoid or request.liked or not set(attributes) <= STATES_OF_NO_TYPE:
        return False
    if not (attributes or _priced(request.parsed) or request.parsed.brands):
        return False  # "something to get rid of the bumps on my arms": search reads the need
    facts = vocabulary.brand_facts
    if facts is not None and of_one_kind(facts.spellings(request.parsed.brands), facts):
        return False
    named = stated or request.parsed.category  # read again: "oil for dry hair", Hair Care
    if named and _a_kind_of_the_part(named, request.text, vocabulary):
        return False  # a hair oil: a kind of many departments said for one
    said_of = {part for key in attributes for part in key.split("_")} - GIFT_STATED
    if stated and (stated.count(" > ") > 1 or not _named_by(stated, request.text, said_of)):
        return False
    if stated and _the_parts_own(stated, request.text, vocabulary.title_counts):
        return False  # "something for curly hair": Hair Care, whatever kind
    values = " ".join(str(v) for k, v in attributes.items() if k != "for")
    text = without_brands(request.text, request.parsed).lower()
    if facts is not None and _a_kind_of_theirs(text, facts.filed_of(request.parsed.brands)):
        return False  # "elf brushes": brushes of every department, e.l.f.'s are makeup's
    lines = bool(request.parsed.brands)  # a line is a brand's: "pale" alone is no line
    return _says_nothing_else(text, stems(values) | said_of, vocabulary, lines=lines)


def _a_kind_of_theirs(text: str, filed: Mapping[str, int]) -> bool:
    """Whether a word of ``text`` is said by the own name of a category the brands' products
    are ``filed`` in: a kind that has homes in many departments (`kinds_in_many_departments`:
    "brush", "oil", "remover") is one kind beside a brand that sells it ("elf brushes":
    e.l.f.'s Brushes & Applicators)."""
    said = stems(text)
    return any(said & own_name(path) for path in filed)


def _priced(parsed: ParsedQuery) -> bool:
    """Whether ``parsed`` states a price ("under 20", "around 40", "luxury")."""
    prices = (parsed.min_price, parsed.max_price, parsed.around_price)
    return any(p is not None for p in prices) or bool(parsed.dear)


def _the_parts_own(
    department: str, text: str, title_counts: Mapping[str, Mapping[str, int]]
) -> bool:
    """Whether ``department``, named by a part of the body ``text`` says, holds `MAIN_SHARE` of
    the titles naming that part: then a state of it says the department whatever the kind
    ("curly hair": 90% of the titles saying hair are Hair Care's); not "oily skin" (84% in Skin
    Care: foundations and body washes are for the skin too)."""
    own = stems(department.rsplit(" > ", 1)[-1]) & stems(text)
    return any(_share_held(title_counts, part, department) >= MAIN_SHARE for part in own)


def _a_kind_of_the_part(category: str, text: str, vocabulary: CatalogVocabulary) -> bool:
    """Whether ``text`` says a kind that has homes in many departments
    (`kinds_in_many_departments`: "oil", "brush"; not a word that names no type,
    `GENERIC_HEADS`: "a set for dry skin", of what?) beside the part of the body that named
    ``category``, a department, which holds at least `need_purpose.FOR_A_PART_SHARE` of the
    titles naming that kind: "oil for dry hair" is a hair oil (229 of the 687 titles saying
    "oil" are hair care's), a kind of product, not a state of the hair alone."""
    if category.count(" > ") != 1:
        return False
    counts = vocabulary.title_counts or {}
    kinds = kinds_in_many_departments(tuple(vocabulary.categories)) - GENERIC_HEADS
    return any(_share_held(counts, k, category) >= FOR_A_PART_SHARE for k in stems(text) & kinds)


def _share_held(title_counts: Mapping[str, Mapping[str, int]], word: str, department: str) -> float:
    """The share of the titles naming ``word`` (a stem) that lie in ``department``; 0 where
    none names it."""
    counts = title_counts.get(word, {})
    total = sum(counts.values())
    held = sum(n for path, n in counts.items() if within(path, department))
    return held / total if total else 0.0


def _named_by(department: str, text: str, parts: set[str]) -> bool:
    """Whether the words of ``text`` that name ``department`` are all parts of the body in
    ``parts`` ("skin" of Skin Care)."""
    own = stems(department.rsplit(" > ", 1)[-1]) & stems(text)
    return bool(own) and own <= parts


def _says_nothing_else(
    text: str, stated: set[str], vocabulary: CatalogVocabulary, *, lines: bool = False
) -> bool:
    """Whether ``text`` (lower case), less whom, when, how dear, the words of ``stated``
    (stems), words that name no product (`VAGUE`, `WANT_WORDS`...) and words that name kinds in
    many departments (`kinds_in_many_departments`: "set", "kit"), several departments
    (`words_of_many_departments`: "care", "she's into self care") or every one (`root_words`:
    "beauty products for my mum"), names no product type
    and no product of the catalog; with ``lines``, nor says a word of its titles that is no
    everyday word (`retrieval.everyday`) nor chatter (`need_words.CHATTER`): "anthelios",
    "blast")."""
    rest = re.sub(GIFT_SAID, " ", DEAR.sub(" ", text))  # "money no object": a price band
    rest = WHO_FOR.sub(" ", re.sub(OCCASION, " ", rest))
    ignored = STOP_WORDS | NON_PRODUCT_WORDS | VAGUE | WANT_WORDS | PAMPER | ONESELF
    kept = [w for w in WORD.findall(rest) if w not in ignored and stem(w) not in stated]
    paths = tuple(vocabulary.categories)
    vague = kinds_in_many_departments(paths) | words_of_many_departments(paths)
    vague = (vague | root_words(paths)) - BODY_PARTS
    kept = [w for w in kept if stem(w) not in vague]  # "a nice set", "self care": of what?
    titles = vocabulary.title_counts or {}
    if lines and any(stem(w) in titles and not everyday(w) and w not in CHATTER for w in kept):
        return False
    return not names_a_type(" ".join(kept), vocabulary) and not any(
        names_a_product(word, vocabulary) for word in kept
    )


def pampers_only(need: str, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether ``need`` says how a treat is meant (`PAMPER`: "something to pamper my wife on
    her birthday") and names no product type: no category is guessed from the rest of its
    words (her birthday found perfumes, "a little pamper treat" conditioners)."""
    said = set(WORD.findall(need.lower()))
    return bool(said & PAMPER) and not names_a_type(need, vocabulary)


GIFT_SET = "gift set"
"""What a gift that names no product type for no one in particular is searched as."""
STATED_OF_ANY_GIFT = frozenset({"for", "occasion", "gender", "age_group"})
"""What a gift may state and still name nothing of what it is: whom, when, "unisex", an age."""
INTO = re.compile(
    r"\b(?:loves?|likes?|adores?|into|obsessed|fan of|enjoys?|wants?|needs?|always|prefers?|"
    r"collects?|has|have|with|without)\b"
)
"""What the person a gift is for likes, has or is into ("he loves curls", "who likes
candles"): words of what the gift is, not a gift of no type."""


def a_gift_of_no_type(request: Request, text: str, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether a new need is a gift (`GIFT_SAID`: "secret santa, $10 limit, don't know who
    I'll get", "a leaving present for a colleague, unisex, under 25") that names no product
    type, brand, scent, skin or hair state nor anything the person likes or has (`INTO`), for
    no man or woman in particular: then search guessed a category from its other words (Makeup,
    Hair Care) and searched them ('secret santa know who get'); it is a gift set, of any
    category (`GIFT_SET`). ``text``: the message in catalog words, lower case. Not
    `Request.gift`, which a gift set, box or card said also sets: those are types."""
    who = str(request.attributes.get("for", ""))
    sex = str(request.attributes.get("gender", "")).lower()
    return (
        request.intent == Intent.SEARCH
        and not request.parsed.category
        and not request.parsed.brands
        and not request.liked
        and not request.avoid
        and re.search(GIFT_SAID, text) is not None
        and INTO.search(text) is None
        and set(request.attributes) <= STATED_OF_ANY_GIFT
        and sex_of(who) is None
        and sex not in ("men", "women", "male", "female")
        and not names_a_type(request.text, vocabulary)
    )
