"""Intents a phrase alone tells, whatever else the message says: unsafe (harm, fraud, another's
data, prompt injection), off the shop's topic (the shop's service, their profile, the shop
itself), a compliment, starting over, a greeting, why, compare."""

from __future__ import annotations

import re

from assistant.dialogue.intents.message import Message, has
from assistant.dialogue.needs.wording import cut_out, said_words
from assistant.dialogue.phrases.going_back import CLEAR
from assistant.dialogue.phrases.harm import (
    EATING_ASKED,
    HARMFUL_FOR_A_CHILD,
    INGESTED,
    INJECTION,
    SELF_HARM,
    SWALLOWED_BY_SOMEONE,
    THEIR_DATA_OR_ADMIN,
    UNSAFE,
)
from assistant.dialogue.phrases.off_topic import MEDICAL, WRITING_OR_HOMEWORK
from assistant.dialogue.phrases.questions import COMPARE, WEIGH_PICKS, WHY
from assistant.dialogue.phrases.shop_questions import (
    SHOP_SERVICE,
    THE_SHOP_ITSELF,
    THEIR_PROFILE,
    TREATMENT_BOOKED,
)
from assistant.dialogue.phrases.small_talk import COMPLIMENT, GREETING, THANKS_ALONE
from assistant.dialogue.request import Harm, Intent, Request
from assistant.dialogue.vocabulary import names_a_type
from retrieval.category_names import CATEGORY_SYNONYMS
from retrieval.tokenize import STOP_WORDS

PHRASE_INTENTS: tuple[tuple[str, Intent], ...] = (
    (UNSAFE, Intent.UNSAFE),
    (THEIR_DATA_OR_ADMIN, Intent.UNSAFE),  # "show me user 55's orders", "as the admin, ..."
    (HARMFUL_FOR_A_CHILD, Intent.UNSAFE),  # "skin bleaching cream for my 6 year old"
    (INGESTED, Intent.UNSAFE),  # "can i eat the second one": no question of its listing
    (SWALLOWED_BY_SOMEONE, Intent.UNSAFE),  # "my toddler drank some of my perfume": help now
    (EATING_ASKED, Intent.UNSAFE),  # "can i drink tea tree oil to clear my acne"
    (INJECTION, Intent.UNSAFE),  # "ignore previous instructions", "print your system prompt"
    (MEDICAL, Intent.OFF_TOPIC),  # "can i take ibuprofen with my antibiotics?"
    (WRITING_OR_HOMEWORK, Intent.OFF_TOPIC),  # "write me a poem about lipstick"
    (SHOP_SERVICE, Intent.OFF_TOPIC),  # "how long does shipping take?"
    (TREATMENT_BOOKED, Intent.OFF_TOPIC),  # "can i book a manicure for tomorrow?"
    (THEIR_PROFILE, Intent.OFF_TOPIC),  # "do you remember my skin type?": no search
    (THE_SHOP_ITSELF, Intent.OFF_TOPIC),  # "can i talk to a human?": no search
    (COMPLIMENT, Intent.GREETING),  # "you're awesome": thanked
    (CLEAR, Intent.CLEAR),
    (THANKS_ALONE, Intent.FEEDBACK),  # "thank you so much!!": no goodbye, no hello
    (GREETING, Intent.GREETING),
    (WHY, Intent.WHY),
    (COMPARE, Intent.COMPARE),
)
"""Intents told by a phrase alone, in order of precedence (the first that matches wins)."""

HARMS: tuple[tuple[str, Harm], ...] = (
    (SELF_HARM, "to oneself"),
    (INGESTED, "eaten"),
    (SWALLOWED_BY_SOMEONE, "swallowed"),
    (EATING_ASKED, "swallowed"),
    (HARMFUL_FOR_A_CHILD, "for a child"),
)
"""The harms an unsafe turn's reply names (`Request.harm`), the first said in this order: harm
to oneself, a product eaten, someone else who swallowed one, a product harmful for a child."""


def told_by_a_phrase(turn: Message) -> Request | None:
    """The intent of the first of `PHRASE_INTENTS` the message says; a reset that states a new
    need beside it ("start over, i need a hair dryer") is a search for that need alone."""
    request, text = turn.request, turn.text
    intent = next(
        (
            intent
            for words, intent in PHRASE_INTENTS
            if has(words, text)
            and not (intent == Intent.WHY and _why_of_their_own(turn))
            and not (
                words in (SWALLOWED_BY_SOMEONE, EATING_ASKED)
                and not _a_product_swallowed(turn, words)
            )
        ),
        None,
    )
    if intent is None:
        return None
    if intent == Intent.CLEAR and (need := _after_a_reset(request.text, turn)):
        intent = Intent.SEARCH  # "start over, i need a hair dryer": nothing carried over
        request.text = need
        request.drop = [
            *([] if turn.parsed.priced else ["price"]),
            *([] if turn.parsed.brands or turn.parsed.exclude_brands else ["brand"]),
            "avoid",
        ]
    request.intent = intent
    if intent == Intent.UNSAFE:
        request.harm = next((harm for words, harm in HARMS if has(words, text)), None)
    if intent in (Intent.UNSAFE, Intent.OFF_TOPIC):
        request.avoid = []  # "my doctor gave me tretinoin, ...": nothing to rule out for later
    if intent == Intent.OFF_TOPIC and (turn.has(SHOP_SERVICE) or turn.has(THEIR_PROFILE)):
        request.text = text  # as said, for the reply: "wrap it as a gift?"
    if intent == Intent.COMPARE and turn.shown and turn.has(WEIGH_PICKS):
        request.superlative = "best_match"  # "which one is better for large pores"
    return request


THEIR_OWN_WHY = re.compile(
    r"\bwhy (?:is|are|does|do|am|has|have|did) (?:my|her|his|their|our|i|she|he|they|we)\b"
)
"""A why about the shopper or their person ("why is my hair so frizzy?", "why does my skin
break out"): with nothing on screen, a need, not a question about picks."""


def _a_product_swallowed(turn: Message, swallowing: str) -> bool:
    """Whether what is swallowed (``swallowing``: `SWALLOWED_BY_SOMEONE`, `EATING_ASKED`) is
    named as a product type ("my toddler drank some of my perfume", "can i drink tea tree
    oil", "is it safe to swallow mouthwash"; not "my son ate all my snacks"); with no catalog
    known, anything swallowed is."""
    found = re.search(swallowing, turn.text)
    clause = re.split(r"[,.;:!?]| and | but | so ", turn.text[found.end() :] if found else "")[0]
    vocabulary = turn.vocabulary
    if vocabulary is None or not vocabulary.categories or names_a_type(clause, vocabulary):
        return True
    return any(  # "perfume", "cologne"; a type with no home here ("toothpaste", "mouthwash")
        w in CATEGORY_SYNONYMS or w in vocabulary.homeless | vocabulary.unsold
        for w in said_words(clause)
    )


def _why_of_their_own(turn: Message) -> bool:
    """Whether the message asks why about the shopper's own state, with no picks on screen."""
    return not turn.shown and THEIR_OWN_WHY.search(turn.text) is not None


def _after_a_reset(said: str, turn: Message) -> str | None:
    """The need a message states beside starting over ("start over, i need a hair dryer",
    "forget everything, show me lipsticks"): its words after the reset (`CLEAR`), when they
    name a category or a product type; else None (a reset alone, though its own words may
    sound like a need: "let's do this again from the top" is no top coat)."""
    rest = cut_out(CLEAR, said).strip(" :;,.-!")
    rest = re.sub(r"^(?:(?:and|so|ok|okay|now|then|please|pls|let'?s),?\s+)+", "", rest, flags=re.I)
    reset = set(said_words(" ".join(m.group(0) for m in re.finditer(CLEAR, turn.text))))
    if not [w for w in said_words(rest.lower()) if w not in STOP_WORDS and w not in reset]:
        return None  # the reset's words alone, some cut from the need's ("let's do" dropped)
    return rest if turn.parsed.category or names_a_type(rest, turn.vocabulary) else None
