"""A product described by what is done with it, not named: the use said in a clause with no
"that" ("the sponge thing u bounce foundation on with", "the stick you push cuticles back with")
read as a purpose (`as_a_purpose`), and the tool a use's verb names by its agent noun
(`tool_of_the_use`: push, a pusher; sharpen, a sharpener; cut, a cutter), where the catalog
files the tool.

English leaves out "that" before a clause whose subject is a person ("the hat you wear in the
shower"): the words before it are what the product is, the clause what it is for, as after
"to". Read so, the readers of what a need is for place it (a sponge for foundation is a makeup
sponge); read whole, the last type word said (foundation) named the need.

A tool is often described by what it does ("the thing that sharpens eyeliner pencils", "a
clippy thing to cut my toenails"): its name is the verb's agent noun, and the catalog names its
category so (Sharpeners, Cuticle Pushers) or its titles say it (cutters are nail clippers).
The object of the verb named the category read (Eyeliner, Cuticle Care); the tool's category
is the need's where titles there name the object too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from assistant.dialogue.category.brand_lines import own_name
from assistant.dialogue.category.need_parts import words_of_what_it_is
from assistant.dialogue.category.titled_types import HOME_SHARE, LEAST_DEPTH, majority_home
from assistant.dialogue.needs.wording import BODY_PARTS
from assistant.dialogue.vocabulary import CatalogVocabulary, path_words
from catalog.category_paths import within
from retrieval.category_names import split_at_purpose
from retrieval.tokenize import STOP_WORDS, past_seeking, stem

_NOT_IN_A_NAME = r"(?!(?:that|which|who|and|or|if|when|do|does|can|could|would|will)\b)"
CONTACT_CLAUSE = re.compile(
    rf"\b((?:the|a|an|those|these|this|that|some|any)\s+(?:{_NOT_IN_A_NAME}[\w'-]+\s+){{0,3}}?"
    rf"{_NOT_IN_A_NAME}[\w'-]+|something|stuff)\s+"
    r"(?:you|u|ya|one|i|we|people|ppl)\s+"
    r"(?:(?:can|could|would|might|should|will|gotta|have to|need to|use to)\s+)?(?=[a-z])"
)
"""A noun phrase ("the stick", "a fizzy ball", "something") and a clause with no "that" whose
subject is a person (you, one, I, we), maybe with a modal ("you can"): what the product is,
then what is done with it."""


def as_a_purpose(need: str) -> str:
    """``need`` with its first clause of use said with no "that" (`CONTACT_CLAUSE`) opened by
    "to": "the stick you push cuticles back with" -> "the stick to push cuticles back with",
    "that powder you put in hair" -> "that powder to put in hair"; else ``need``."""
    return CONTACT_CLAUSE.sub(r"\1 to ", need, count=1)


LIGHT_VERBS = frozenset(
    {"make", "makes", "making", "get", "gets", "getting", "keep", "keeps", "keeping", "let",
     "help", "helps", "helping", "have", "give", "take", "put", "use", "using", "go", "look",
     "do", "be", "try"}
)  # fmt: skip
"""Verbs that say what a product brings about, not the act a tool is named by ("to make my hair
look longer" names no maker, "to keep my hair up" no keeper)."""

TOOL_TITLES = 8
"""How many titles must say a tool's name, where no category is named by it, for the home of
those titles to be the tool's (three titles saying "soaker" are no tool's)."""

VERB_ENDINGS = ("ing", "es", "s", "ed", "")
"""Endings of a verb said in a clause of use ("scraping", "sharpens", "dries"), stripped to
find its base."""


def agent_nouns(verb: str) -> Iterator[str]:
    """The nouns for who or what does ``verb`` (any inflection): "push" and "pushing" give
    "pusher", "cut" "cutter", "sharpens" "sharpener", "dries" "dryer" and "drier", "separate"
    "separator"; each base the endings may leave, each ending English forms the noun with."""
    seen: set[str] = set()
    for ending in VERB_ENDINGS:
        base = verb.removesuffix(ending) if ending else verb
        if len(base) < 2 or (base == verb and ending):
            continue
        forms = [base + "er", base + base[-1] + "er", base + "r", base + "or"]
        if base.endswith("i"):  # "dries": dryer, drier
            forms.append(base[:-1] + "yer")
        if base.endswith("e"):  # "separate": separator
            forms.append(base[:-1] + "or")
        for form in forms:
            if form not in seen:
                seen.add(form)
                yield form


def tool_of_the_use(need: str, vocabulary: CatalogVocabulary | None) -> str | None:
    """The category of the tool a need describes by its use, said after "to", "that", "for"
    (`split_at_purpose`) with a verb first and what it is done to after it: the categories
    whose own name says the verb's agent noun (`agent_nouns`), else the home of the (at least
    `TOOL_TITLES`) titles that say it (`majority_home`) where a title names a word of what it
    is done to; of those, the ones where every part of the body it is done to (`BODY_PARTS`)
    and every word said before the use that a category's own name says (what the product
    is) is titled or named; of several, those whose path names those parts. The one left,
    else None. "the thing that sharpens eyeliner pencils": Sharpeners; "the stick to push
    cuticles back with": Cuticle Pushers (a pusher's title says stick); "a clippy thing to
    cut my toenails": the titles saying cutter are the nail tools'. Not "a thing to curl my
    hair" (the Curlers are the lashes'), "a brush to dry my hair" (no dryer's title says
    brush), "something to make my lashes curl" (the bun makers' titles say nothing of
    lashes), "a mirror to stick on the shower wall" (the noun said before the use names a
    category, Mirrors: only a category the agent noun names is the tool's then, not the home
    of titles saying it, the stickers'; "a clippy thing to cut..." names none)."""
    if vocabulary is None or not vocabulary.title_words or not vocabulary.title_counts:
        return None
    lowered = " ".join(past_seeking(need.lower()).split())
    split = split_at_purpose(lowered)
    if split is None:
        return None
    before, use = split
    joiner = lowered[len(before) :].split()[0]
    said = re.findall(r"[a-z']+", use)
    if (
        len(said) < 2
        or said[0] in STOP_WORDS | LIGHT_VERBS  # "for my hair", "to make it look longer"
        or (joiner == "for" and not said[0].endswith("ing"))  # "for curly hair"
    ):
        return None
    titles = vocabulary.title_words
    done_to = words_of_what_it_is(" ".join(said[1:]))
    paths = vocabulary.categories
    named_before = {w for w in words_of_what_it_is(before) if any(w in own_name(p) for p in paths)}
    must_say = (done_to & BODY_PARTS) | named_before
    head = re.findall(r"[a-z']+", before)[-1:]  # "a mirror": what it is names a category
    head_named = bool(head) and stem(head[0]) in named_before
    for noun in agent_nouns(said[0]):
        homes = [p for p in paths if stem(noun) in own_name(p)]
        if not homes and not head_named and (home := _titles_home(stem(noun), vocabulary)):
            # not "a mirror to stick on the shower wall": a mirror, not where stickers lie
            homes = [home] if any(_said_of(w, home, titles) for w in done_to) else []
        kept = [p for p in homes if all(_said_of(w, p, titles) for w in must_say)]
        if len(kept) > 1:  # "a gadget that dries my nails": the dryers the path says nails of
            kept = [p for p in kept if done_to & BODY_PARTS <= path_words(p)]
        if len(kept) == 1:
            return kept[0]
    return None


def _titles_home(noun: str, vocabulary: CatalogVocabulary) -> str | None:
    """The home of the titles that say ``noun`` (a stem; `majority_home`), or None."""
    counts = (vocabulary.title_counts or {}).get(noun, {})
    if sum(counts.values()) < TOOL_TITLES:
        return None
    return majority_home(counts, LEAST_DEPTH + 1, HOME_SHARE, of_all=True)


def _said_of(word: str, home: str, titles: Mapping[str, frozenset[str]]) -> bool:
    """Whether ``word`` (a stem) is said by ``home``'s path or a title under it."""
    return word in path_words(home) or any(within(p, home) for p in titles.get(word, ()))
