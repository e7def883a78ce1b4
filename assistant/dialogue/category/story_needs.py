"""A new need told as a story: the product type a long message ends by asking for
(`type_asked_for_last`), or the type the problem it describes calls for (`type_for_a_problem`).

Both are read by `reader.TurnReader.read` on a new need (no question pending, no picks on
screen), before the need's category is guessed.
"""

from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import replace

from assistant.dialogue.category.kinds import kind_a_problem_calls_for
from assistant.dialogue.category.need_category import BRANCH_PARTS
from assistant.dialogue.category.titled_types import titled_type
from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.needs.need_words import CHATTER
from assistant.dialogue.needs.search_words import STOP
from assistant.dialogue.needs.stated_traits import concerns_named, with_traits
from assistant.dialogue.needs.wording import WORD, stems
from assistant.dialogue.ports import CategoryGuesser, QueryParser
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type, plain_words
from catalog.category_paths import below
from core.errors import ShopAssistError
from retrieval.tokenize import stem

LONG_MESSAGE = 20
"""How many words make a message long: a story before the need (`type_asked_for_last`)."""
LATE_NEED = re.compile(
    r"\b(?:i need|i want|i'?m after|i'?m looking for|looking for|need|want|get me|show me|"
    r"give me|recommend|suggest|after is|point me to)\b"
    r"(?!.*\b(?:i need|i want|looking for|need|want|after is)\b)(?P<rest>.+)$"
)
"""The last clause of a message that asks for something ("I need something to fix it, a mask
or whatever works"): what it asks for."""
TYPE_ENDS = r"\b(?:or|of|that|which|for|to|from|but|and|whatever|because|since|so)\b"
"""Words that end the name of a type asked for ("a mask or whatever works", "a balm of some
kind")."""


def first_part(text: str, but: set[str]) -> str | None:
    """The first part of the body with branches of its own (`BRANCH_PARTS`) ``text`` says, in
    the order it says them, other than those in ``but`` ("a sunscreen for my face that won't
    run into my eyes": face)."""
    for word in WORD.findall(text.lower()):
        part = stem(word)
        if part in BRANCH_PARTS and part not in but:
            return part
    return None


def type_asked_for_last(
    request: Request,
    words: str,
    situation: TurnSituation,
    parse: QueryParser | None,
    vocabulary: CatalogVocabulary | None,
) -> Request:
    """A long new need (`LONG_MESSAGE` words or more, no question pending, no picks on
    screen) that ends by asking for a product type ("..., snaps when I brush it, I need
    something to fix it, a mask or whatever works") is that type, for the part of the body
    the message is about: 'hair mask' (the story's words guessed Brushes), with the
    concern it states ('shampoo dandruff'). The type is named by the first clause after the
    last need (`LATE_NEED`) that names one (not a later "i have combination skin myself"),
    between words that end it ("or", "of", "for", "to"...), for the part of the body said
    beside it, else the first the message says (`first_part`); its category is what those
    words name (``parse``), else guessed anew."""
    if (
        request.intent != Intent.SEARCH
        or not situation.from_scratch
        or len(WORD.findall(words)) < LONG_MESSAGE
        or not (late := LATE_NEED.search(" ".join(words.lower().split())))
    ):
        return request
    clauses = [c for c in re.split(r"[,;.!?]", late.group("rest")) if c.strip()]
    typed = [c for c in clauses if names_a_type(c, vocabulary)]
    if not typed:
        return request
    pieces = (  # "to get her a nice bath set for her birthday": 'nice bath set'
        " ".join(w for w in WORD.findall(p) if w not in STOP and w not in CHATTER)
        for p in re.split(TYPE_ENDS, typed[0])
    )
    what = next((p for p in pieces if p and names_a_type(p, vocabulary)), "")
    if not what:
        return request
    own = plain_words(what)  # the part its name says ("eye cream") is no other
    part = first_part(typed[0], own) or first_part(words, own)  # "for my face" first
    stated = with_traits(deepcopy(request), words).attributes  # what it says beside
    named = concerns_named(words.lower())  # "for my dandruff": kept; a concern described
    # ("my nose peels": dryness) is no word of the need
    concern = ", ".join(c for c in str(stated.get("concern") or "").split(", ") if c in named)
    concern = "" if stems(concern) <= stems(what) else concern
    request.text = " ".join([*([part] if part else []), what, *([concern] if concern else [])])
    # what its words name, read anew ('hair moisturizing conditioner': Conditioners)
    request.parsed.category = parse(request.text).category if parse else None
    return request


def names_a_titled_type(text: str, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether ``text`` names a product type no category is named by but the catalog's titles
    file (`titled_types.titled_type`: "tweezers", "a heat protectant")."""
    homes = vocabulary.titled_types if vocabulary is not None else None
    return titled_type(text, homes) is not None


def type_for_a_problem(
    request: Request,
    words: str,
    situation: TurnSituation,
    parse: QueryParser | None,
    vocabulary: CatalogVocabulary | None,
    categories: CategoryGuesser | None,
) -> Request:
    """A new need (no question pending, no picks on screen) that describes a problem calling
    for a product type (`kinds.kind_a_problem_calls_for`) and names no type below a
    department, nor one the titles file (`names_a_titled_type`: "tweezers for ingrown hairs"
    are tweezers, no exfoliator): the type joins its words and its category is the category
    its name names where that has no sub-categories (after sun: After Sun), else guessed from
    them by ``categories`` ("my dad is bald and his head burns in summer" found a bald-head wig cap;
    "my boyfriend's hair is thinning" asked which kind of hair care). A brand read from the
    problem's own words ("sunburnt": Sunburnt) is no brand asked for."""
    stated = request.parsed.category
    if (
        request.intent != Intent.SEARCH
        or not situation.from_scratch
        or not (called := kind_a_problem_calls_for(words))
    ):
        return request
    kind, found = called
    said = found.group(0)
    if names_a_titled_type(request.text.replace(said, " "), vocabulary):
        return request  # "tweezers for ingrown hairs": tweezers, no exfoliator
    if stems(kind) <= stems(request.text) or (
        stated and stated.count(" > ") > 1 and (parse is None or parse(said).category != stated)
    ):  # a type below a department named beside the problem, not by it ("my manicure
        return request  # chips": Nail Polish, named by the problem, calls for a top coat)
    request.parsed.brands = [b for b in request.parsed.brands if b.lower() not in said]
    named = parse(kind).category if parse is not None else None
    paths = vocabulary.categories if vocabulary is not None else ()
    leaf = named if named and not any(below(p, named) for p in paths) else None
    # a category of its own named: what it is, then what it is for, so the story's types
    # are no other need ("top coat for my manicure chips": not the Nail Polish beside Top &
    # Base Coats that its titles name)
    joined = f"{kind} for {request.text}" if leaf else f"{kind} {request.text}"
    request.text, request.parsed.category = joined, leaf
    if named and not leaf and categories is not None:
        # "my hair is thinning on top and i'm losing loads in the shower": the story's
        # words found all of Hair Care; the type alone is guessed under what it names
        try:
            under = replace(request.filters(), category=named)
        except ShopAssistError:
            return request  # the search reports the bad constraint
        alone = categories.guess(kind, under)
        request.parsed.category = alone if alone and below(alone, named) else None
    return request
