"""Turns without products: start over, greetings and thanks, off-topic, unsafe requests."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.dialogue.category.kinds import names_homeless
from assistant.dialogue.context import TurnContext
from assistant.dialogue.needs.wording import WORD
from assistant.dialogue.phrases.off_topic import MEDICAL
from assistant.dialogue.phrases.shop_questions import (
    ASKS_FOR_A_NAME,
    SHOP_SERVICE,
    THE_SHOP_ITSELF,
    THEIR_PROFILE,
    TREATMENT_BOOKED,
)
from assistant.dialogue.phrases.small_talk import (
    COMPLIMENT,
    GOODBYE,
    HUM,
    LAUGH,
    THANKED,
    THE_ASSISTANT,
    YOU,
)
from assistant.dialogue.product_names import short_title
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.state import DialogueState
from assistant.dialogue.turn import Turn
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type
from retrieval.everyday import everyday
from retrieval.tokenize import STOP_WORDS, stem


def clear(request: Request, ctx: TurnContext) -> Turn:
    """Start over: a fresh conversation that keeps only the last message."""
    fresh = DialogueState()
    fresh.transcript = ctx.state.transcript[-1:]
    ctx.state.__dict__.update(fresh.__dict__)
    return Turn(reply="Starting over. What are you looking for?", intent=Intent.CLEAR.value)


WELCOME = "You're welcome! Anything else?"
"""The reply to thanks (said alone, or as feedback that means no pick)."""


ACKNOWLEDGED = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|oki|okie|k|kk|cool|great|perfect|nice|good|sounds good|got it|alright|"
    rf"all good|awesome|{LAUGH}|👍|👌)(?:\W+|$))+$",
    re.I,
)
"""A nod or a laugh at the picks or the reply ("ok", "perfect", "lol ok", "haha cool"): no hello
back."""

HESITANT = re.compile(rf"^\W*(?:{HUM}|er+m*)\W*$", re.I)
"""A doubt beside the picks ("hmm"): asked what to change, not thanked."""


WHO_WE_ARE = (
    "I'm this store's shopping assistant, a computer program, not a person: I help you choose "
    "products from its catalog. Tell me what you are looking for: a product, a need, a budget."
)
"""The reply to a greeting that asks what the assistant is ("are you a bot?", "am i talking to
an ai?")."""


def greeting(request: Request, ctx: TurnContext) -> Turn:
    """Hello, thanks, goodbye and a nod ("ok")."""
    thanked = re.search(THANKED, request.text, re.I)
    if GOODBYE.search(request.text):
        reply = "You're welcome! " if thanked else ""
        return Turn(reply=reply + "Goodbye, and come back any time.", intent=Intent.GREETING.value)
    if thanked:
        return Turn(reply=WELCOME, intent=Intent.GREETING.value)
    if re.search(COMPLIMENT, request.text.lower()):  # "you're awesome"
        return Turn(reply="Thank you! Anything else I can look for?", intent=Intent.GREETING.value)
    if HESITANT.match(request.text) and ctx.state.shown:
        return Turn(
            reply="Not quite it? Tell me what to change: the price, the brand or the type.",
            intent=Intent.GREETING.value,
        )
    if ACKNOWLEDGED.match(request.text) and ctx.state.shown:
        return Turn(
            reply="Glad that helps. Anything else I can look for?", intent=Intent.GREETING.value
        )
    if THE_ASSISTANT.difference(YOU).intersection(WORD.findall(request.text.lower())):
        return Turn(reply=WHO_WE_ARE, intent=Intent.GREETING.value)  # "are you a bot?"
    return Turn(
        reply="Hi! Tell me what you are looking for: a product, a need, a budget.",
        intent=Intent.GREETING.value,
    )


ENGLISH_BEST = (
    "I read English best (and the everyday shopping words of many other languages), and I "
    "could not read \u201c{words}\u201d."
)
"""What we say of a message's words that no word list reads (`Request.unread`)."""
WHAT_HELPS = "a product, a need, a budget"


def read_english_best(turn: Turn, request: Request) -> Turn:
    """``turn``, where the message held words no word list reads and nothing was found for it
    (off the topic, or a need still to ask for), opening by saying we read English best and
    which words we could not read."""
    if not request.unread or turn.picks:
        return turn
    said = ENGLISH_BEST.format(words=" ".join(request.unread[:6]))
    if request.intent == Intent.OFF_TOPIC:
        reply = f"{said} Could you tell me in English what you are looking for: {WHAT_HELPS}?"
    else:
        reply = f"{said} {turn.reply}"
    return replace(turn, reply=reply)


def with_money_read(turn: Turn, request: Request) -> Turn:
    """``turn``, where the message named a price in a currency the shop's table converts,
    saying what it came to ("(1,000 rubles is about $11.00 at this shop's rate.)"), so the
    shopper sees why the reply says dollars."""
    converted = request.parsed.converted
    if not converted:
        return turn
    return replace(turn, reply=f"{turn.reply} ({'; '.join(converted)} at this shop's rate.)")


NOT_OURS_TO_ANSWER = (
    (  # "can i return it?"
        SHOP_SERVICE,
        "I can't answer for orders, delivery, returns, payment or the shop's stores: I help you "
        "choose products from this store's catalog. What are you looking for?",
    ),
    (  # "can i book a facial?"
        TREATMENT_BOOKED,
        "I can't book treatments or appointments: this shop sells products, and I help you "
        "choose them from its catalog. Looking for something to do it at home?",
    ),
    (  # "is this store legit?"
        THE_SHOP_ITSELF,
        "I can't put you through to a person or speak for the store itself: I help you choose "
        "products from this store's catalog. What are you looking for?",
    ),
    (  # "can i take ibuprofen with antibiotics?"
        MEDICAL,
        "I can't give medical advice: a pharmacist or your doctor can tell you what is safe to "
        "take or use together. I can help you choose products from this store's catalog.",
    ),
)
"""What the shop's assistant is not the one to answer, and what it says instead, tried in
this order."""


def off_topic(request: Request, ctx: TurnContext) -> Turn:
    """Anything that is not shopping in this catalog; a product type shops often sell that this
    catalog has none of ("toothpaste": `kinds.names_homeless`) is said to be missing, not off
    the subject."""
    lowered = request.text.lower()
    if re.search(THEIR_PROFILE, lowered):  # "what's my skin type?"
        return Turn(reply=_their_profile(ctx), intent=Intent.OFF_TOPIC.value)
    for pattern, reply in NOT_OURS_TO_ANSWER:
        if re.search(pattern, lowered):
            return Turn(reply=reply, intent=Intent.OFF_TOPIC.value)
    vocabulary = ctx.parts.vocabulary
    kind = names_homeless(request.text, vocabulary.homeless) if vocabulary is not None else None
    if kind is not None:
        return Turn(
            reply=f"I found no {kind} in this store's catalog. Can I help you find something else?",
            intent=Intent.OFF_TOPIC.value,
        )
    asked = re.match(ASKS_FOR_A_NAME, request.text.strip(), re.I)
    name = asked.group("name").strip(" ?!.'\"") if asked else ""
    name = name or unsold_name(request.text, vocabulary)  # "a polygel kit": polygel
    if name and not NOT_A_NAME & set(name.lower().split()):  # "do you sell olaplex?"
        name = name.title() if name == name.lower() else name
        return Turn(
            reply=f"I found nothing called \u201c{name}\u201d in this store's catalog. Can I help "
            "you find something else?",
            intent=Intent.OFF_TOPIC.value,
        )
    return Turn(
        reply="I can only help with shopping in this store's catalog. What are you looking for?",
        intent=Intent.OFF_TOPIC.value,
    )


UNSOLD_NAME_WORDS = 5
"""How many words of its own a request for an unknown name may say ("a polygel kit"); a longer
message that reads as off the subject is talk, not a name."""


def unsold_name(text: str, vocabulary: CatalogVocabulary | None) -> str:
    """The words of a short request (`UNSOLD_NAME_WORDS`) that no title of the catalog says and
    that are no everyday word, beside a word naming a product type ("polygel" of "a polygel
    kit"): what the shopper named that the store does not sell; "" where there are none, no
    type is named ("tell me a joke") or the titles are unknown."""
    counts = vocabulary.title_counts if vocabulary is not None else None
    said = [w for w in WORD.findall(text.lower()) if w not in STOP_WORDS]
    if not counts or not said or len(said) > UNSOLD_NAME_WORDS:
        return ""
    unsold = [w for w in said if stem(w) not in counts and not everyday(w)]
    kind = [w for w in said if w not in unsold]
    return " ".join(unsold) if unsold and names_a_type(" ".join(kind), vocabulary) else ""


def _their_profile(ctx: TurnContext) -> str:
    """What the picks go by for this shopper (`TurnContext.why_lines`), said back."""
    if ctx.profile.opted_out:
        return (
            "Personalisation is off for you, so I keep nothing about you beyond this "
            "conversation. What are you looking for?"
        )
    if not ctx.profile.history and not ctx.profile.needs:
        return (
            "I know nothing about you yet beyond this conversation: tell me your skin or hair "
            "type, or what you like, and I'll keep it in mind."
        )
    return f"Here is what I go by: {'; '.join(ctx.why_lines())}. What are you looking for?"


NOT_A_NAME = frozenset(
    {"a", "an", "advice", "help", "time", "minute", "moment", "website", "site", "app", "store",
     "stores", "shop", "shops", "discount", "discounts", "coupon", "coupons", "code", "codes",
     "sale", "sales", "deal", "deals", "card", "cards", "question", "questions", "idea", "ideas",
     "recommendations", "suggestions", "tips", "samples", "sample", "stock", "it", "them",
     "this", "that", "these", "those", "one", "ones", "more", "else", "other", "others"}
)  # fmt: skip
"""Words that make what a shopper asks the shop for no product's name ("do you have a minute",
"do you have any advice", "do you have it in stock")."""


SWALLOWED_REPLY = (
    "If someone has swallowed a beauty product, call a poison control centre or a doctor now "
    "(for a pet, a vet), and keep the product's container to hand: its label says what is in it. "
    "I can't give medical advice; I can help you find products in this store."
)
"""The reply to someone else having swallowed a product (`Request.harm`: ``swallowed``)."""

SELF_HARM_REPLY = (
    "I'm really sorry you're feeling this way. I'm only a shopping assistant, so please talk to "
    "someone who can help right now: a person you trust, your doctor, or a crisis line in your "
    "country (if you are in danger, call your local emergency number). You don't have to go "
    "through this alone."
)
"""The reply to harm to oneself (`Request.harm`: ``to oneself``): no products, people who can
help."""


def unsafe(request: Request, ctx: TurnContext) -> Turn:
    """Jailbreaks, prompt injection, harmful requests. A pick the message names ("can i eat the
    second one", "give me the first one for free") is the one the turn is about (`Turn.acted_on`);
    one said to be eaten or drunk (`Request.harm`; "it": the pick last pointed at) is named in
    the reply, which says it is no food."""
    if request.harm == "to oneself":  # "i feel like ending my life": people who can help
        return Turn(reply=SELF_HARM_REPLY, intent=Intent.UNSAFE.value)
    eaten = request.harm == "eaten"
    about_a_pick = request.references or (eaten and ctx.state.shown)  # "can i eat it?": the
    named = ctx.resolve(request) if about_a_pick else []  # pick last pointed at
    products = ctx.products(named) if isinstance(named, list) else []
    if products and eaten:
        return Turn(
            reply=f"Please don't eat or drink {short_title(products[0])}: it is a beauty "
            "product, not food. If someone has swallowed some, call a poison control centre or "
            "a doctor. I can help you find products in this store.",
            intent=Intent.UNSAFE.value,
        )
    if request.harm in ("eaten", "swallowed"):  # "my toddler drank some of my perfume"
        return Turn(reply=SWALLOWED_REPLY, intent=Intent.UNSAFE.value)
    if request.harm == "for a child":  # "skin bleaching for my 6 year old"
        return Turn(
            reply="Sorry, I can't help with that: products like this are not safe for young "
            "children. I can help you find gentle products made for kids.",
            intent=Intent.UNSAFE.value,
        )
    return Turn(
        reply="Sorry, I can't help with that. I can help you find products in this store.",
        intent=Intent.UNSAFE.value,
    )
