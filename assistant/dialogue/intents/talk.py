"""Talk that shops for nothing: a question about the world ("what's the weather"), and a message
that names nothing to shop for (off the shop's topic, unless it refines the picks on screen in
words their titles do not say: "something subtle", "too loud")."""

from __future__ import annotations

import re

from assistant.dialogue.intents.message import Message, has
from assistant.dialogue.needs.shopping_words import names_a_product, not_shopping
from assistant.dialogue.needs.stated_traits import read_traits
from assistant.dialogue.needs.wording import said_words
from assistant.dialogue.phrases.off_topic import (
    A_PLACE_NEARBY,
    AN_UNNAMED_THING,
    ASIDE_QUESTION,
    ASKS_FOR_A_THING,
    ASKS_TO_SHOP,
    SAID_AS_A_SENTENCE,
    WORLD_QUESTION,
)
from assistant.dialogue.phrases.prices_and_orders import NOT_TOO_DEAR
from assistant.dialogue.phrases.questions import ASK, POINTS_AT_PICKS
from assistant.dialogue.phrases.refinements import SEEKS_ANOTHER
from assistant.dialogue.phrases.small_talk import (
    ASKED_OF_US,
    ASKS_ABOUT,
    GOODBYE,
    GREETING,
    GREETING_WORDS,
    SMALL_TALK_WORDS,
    THANKED,
    THANKS_ALONE,
    THANKS_WORDS,
    THE_ASSISTANT,
    THE_SHOP,
    YOU,
)
from assistant.dialogue.phrases.traits import TOO_MUCH_OF_IT
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type
from retrieval.tokenize import STOP_WORDS, stem

WHEN = (
    r"\b(?:last night|tonight|today|tomorrow|this (?:week(?:end)?|morning|afternoon|evening)|"
    r"(?:this|next|last) (?:year|month|season))\b"
)
"""When a question about the world is asked of ("who won the game last night"): no product."""


def about_the_world(turn: Message) -> Request | None:
    """ "what's the weather": off the shop's topic, though titles name weather; no need."""
    if not _asks_the_world(turn):
        return None
    turn.request.intent = Intent.OFF_TOPIC
    return turn.request


def _asks_the_world(turn: Message) -> bool:
    """Whether the message asks about the world (`phrases.off_topic.WORLD_QUESTION`: "what's the
    weather", "is it going to rain tomorrow"), or any question said as an aside
    (`ASIDE_QUESTION`: "random q but do cats dream"), and names no category, brand or product
    type, nor points at the picks after it: off the shop's topic, whatever catalog words it
    holds ("weather", "rain", "night")."""
    text = turn.text
    asked = re.search(WORLD_QUESTION, text) or re.search(ASIDE_QUESTION, text)
    if asked is None or turn.parsed.category or turn.parsed.brands:
        return False
    rest = re.sub(WHEN, " ", text[asked.end() :])  # "last night": no Night Creams
    return not names_a_type(rest, turn.vocabulary) and not (
        turn.shown  # "is it going to rain, will it hold up?", "random q but is the first one
        and (has(POINTS_AT_PICKS, rest) or turn.request.references)  # vegan?": the picks
    )


DISSENT = r"\b(?:not|no|nothing|never|none|but)\b|n't\b"
"""Words that take something back or object ("thanks but not what i wanted"): no closing."""
THEM = r"\b(?:it|them|these|those|ones?)\b"
"""Words that point at the picks or at one like them, without "that" ("that's all")."""


def _compares(text: str, vocabulary: CatalogVocabulary) -> bool:
    """Whether ``text`` says a comparative of a word the catalog knows ("lighter", "darker",
    "bigger", "softer": light, dark, big, soft): how other picks should differ."""
    for word in re.findall(r"\b[a-z]{2,}er\b", text):
        stem_ = word[:-2]
        bases = {stem_, stem_[:-1] if stem_[-1:] == stem_[-2:-1] else stem_, f"{stem_[:-1]}y"}
        if bases & vocabulary.words:
            return True
    return False


SENTENCE_BREAK = r"[.!?;]+|\s[-–—]\s"
"""Where one sentence of a message ends ("That's very helpful, thank you. Goodbye!")."""


def thanked_and_gone(turn: Message) -> Request | None:
    """Thanks and a goodbye said in sentences of their own ("That's very helpful, thank you.
    Goodbye!", "Lovely, thank you. Take care!"): every sentence is thanks (`THANKS_ALONE`) or
    greeting words (`GREETING`), and one says goodbye (`GOODBYE`): a goodbye, as the contract
    says, not a like (thanks with no goodbye stays feedback: `by_phrase`)."""
    text = turn.text
    sentences = [part.strip() for part in re.split(SENTENCE_BREAK, text) if part.strip(" ,")]
    if not (
        len(sentences) > 1
        and GOODBYE.search(text)
        and turn.has(THANKED)
        and all(has(THANKS_ALONE, part) or has(GREETING, part) for part in sentences)
    ):
        return None
    turn.request.intent = Intent.GREETING
    return turn.request


SMALL_TALK_WORD = re.compile(r"[^\W\d_]+")
"""A word of small talk, apostrophes apart ("you're": 'you', 're'; "geht's": 'geht', 's')."""


def only_small_talk(turn: Message) -> Request | None:
    """With nothing on screen, small talk: a greeting, or thanks alone (a like), whatever its
    length and language (`_small_talk`): no search (the words the phrases of `GREETING` do not
    list found a category: "good night" Night Creams, "lovely" a perfume, "friday" Hair Care).
    Thanks with no hello or goodbye (`THANKS_WORDS` alone: "many thanks for your help
    earlier") is a like, as the label contract says."""
    words = SMALL_TALK_WORD.findall(turn.text)
    if turn.shown or not words or not _small_talk(turn, words):
        return None
    greets = GREETING_WORDS.difference(THANKS_WORDS).intersection(words)
    if greets or _asks_of_us(words) or GOODBYE.search(turn.text):
        turn.request.intent = Intent.GREETING
    else:
        turn.request.intent = Intent.FEEDBACK
    return turn.request


def asks_about_us(turn: Message) -> Request | None:
    """With nothing on screen, a question about the assistant or the shop itself, beside a
    greeting or not ("who made you?", "am i talking to an ai?", "what kind of shop is this",
    "hi, what is this place? what do you sell"): every sentence is a greeting's words
    (`GREETING`) or such a question (`_about_us`), one at least: a greeting, as the label
    contract says of "what can you do" (they were searched, "shop" placed in Brushes, or off
    the shop's topic)."""
    request, vocabulary = turn.request, turn.vocabulary
    if (
        turn.shown
        or vocabulary is None
        or vocabulary.title_counts is None  # unknown: which title words name products
        or turn.parsed.brands
        or turn.parsed.priced
        or request.avoid
    ):
        return None
    sentences = [part for part in re.split(SENTENCE_BREAK, turn.text) if part.strip(" ,")]
    about = [part for part in sentences if _about_us(part, vocabulary)]
    if not about or not all(part in about or has(GREETING, part.strip()) for part in sentences):
        return None
    request.intent = Intent.GREETING
    return request


ABOUT_US_UNSAID = 3
"""How many words beside small talk's a question about us may say ("is this a bot or an actual
human answering": 'actual', 'answering'); more may ask for something."""


def _about_us(sentence: str, vocabulary: CatalogVocabulary) -> bool:
    """Whether ``sentence`` (after a greeting's words) asks what the assistant or the shop is or
    does: opened by `ASKS_ABOUT`, naming the assistant (`THE_ASSISTANT`) with at most
    `ABOUT_US_UNSAID` words beside small talk's, or the shop (`THE_SHOP`) with none ("what time
    does your store close" asks a service of it), none naming a product, and no word that asks
    to shop (`ASKS_TO_SHOP`) or for a thing unnamed."""
    words = SMALL_TALK_WORD.findall(sentence)
    while words and words[0] in GREETING_WORDS | {"good", "there", "so", "ok", "okay"}:
        words = words[1:]
    us = THE_ASSISTANT.intersection(words)
    if not words or words[0] not in ASKS_ABOUT or not (us or THE_SHOP.intersection(words)):
        return False
    said = [w for w in words if w not in SMALL_TALK_WORDS | THE_ASSISTANT | THE_SHOP | STOP_WORDS]
    return (
        len(said) <= (ABOUT_US_UNSAID if us else 0)  # the shop's hours are its service
        and not has(ASKS_TO_SHOP, sentence)
        and not has(AN_UNNAMED_THING, sentence)
        and not any(names_a_product(w, vocabulary) for w in said)
    )


UNKNOWN_BESIDE_A_GREETING = 2
"""How many words the catalog does not know a greeting may say and stay small talk (a place, a
name: "greetings from sunny spain!"); more may be a request in a language the rules do not read
("helo, dw i'n chwilio am bersawr i fy mam": a perfume for mum, in Welsh)."""


def _asks_of_us(words: list[str]) -> bool:
    """Whether ``words`` ask the assistant about itself ("what's your name", "how can you help
    me": `ASKED_OF_US` first, `YOU` among them)."""
    return words[0] in ASKED_OF_US and bool(YOU.intersection(words))


def _small_talk(turn: Message, words: list[str]) -> bool:
    """Whether ``words`` (the message's) are small talk: all small talk's own words
    (`SMALL_TALK_WORDS`) with one that greets, thanks or says goodbye (`GREETING_WORDS`) or a
    question of the assistant about itself (`ASKED_OF_US`, `YOU`: "what's your name?", "how can
    you help me"): "good afternoon! i hope you're having a lovely day", "buenas tardes, ¿qué
    tal estás?"; or, opened by a greeting ("hey hey! happy friday, how have you been?",
    "evening! long day at work"), words that name none of the catalog's products, at most
    `UNKNOWN_BESIDE_A_GREETING` of them unknown to it, and no word that asks to shop
    (`ASKS_TO_SHOP`, `AN_UNNAMED_THING`). A brand, a price or an ingredient ruled out is a need
    ("hi, anything by revlon?")."""
    parsed = turn.parsed
    if parsed.brands or parsed.exclude_brands or parsed.priced or turn.request.avoid:
        return False
    if SMALL_TALK_WORDS.issuperset(words):
        return bool(GREETING_WORDS.intersection(words) or _asks_of_us(words))
    opening = words[1] if words[0] == "good" and len(words) > 1 else words[0]
    vocabulary = turn.vocabulary
    rest = [w for w in words if w not in SMALL_TALK_WORDS]
    return (
        vocabulary is not None
        and vocabulary.title_counts is not None  # unknown: which title words name products
        and opening in GREETING_WORDS
        and len([w for w in rest if w not in vocabulary.words and stem(w) not in vocabulary.words])
        <= UNKNOWN_BESIDE_A_GREETING
        and (opening not in THANKS_WORDS or GOODBYE.search(turn.text) is not None)
        and not turn.has(ASKS_TO_SHOP)
        and not turn.has(AN_UNNAMED_THING)
        and not_shopping(
            " ".join(rest),
            Request(intent=Intent.SEARCH, text=""),
            vocabulary,
            products_only=True,
        )
    )


def closes_the_talk(turn: Message) -> Request | None:
    """Beside the picks, thanks or a goodbye (`THANKED`, `GOODBYE`) among words that fill
    nothing: no question, no other picks sought, no objection (`DISSENT`), no pick pointed at
    and no word that names a product in this catalog (`not_shopping` with ``products_only``:
    titles may say "sorted", "mate" or "perfetto", they name no product). A closing: "cheers,
    that's me sorted", "ta, that's all", "grazie mille, perfetto così, ciao!" (the greeting
    phrases read only whole messages of their own words; any title word made these
    refinements). Thanks alone stays a like (`by_phrase`'s `THANKS_ALONE`, read first)."""
    request = turn.request
    if not (
        turn.shown
        and turn.vocabulary is not None
        and turn.vocabulary.title_counts is not None  # unknown: which words name products
        and (turn.has(THANKED) or GOODBYE.search(turn.text))
        and not turn.has(ASK)
        and not turn.has(SEEKS_ANOTHER)
        and not turn.has(DISSENT)
        and not turn.names_a_pick(THEM)  # "that's all" points at nothing
        and not request.avoid
        and not read_traits(turn.text)  # "thanks, a matte one maybe": a trait asked for
        and not _compares(turn.text, turn.vocabulary)  # "lighter, thanks": lighter ones
        and not_shopping(turn.text, request, turn.vocabulary, products_only=True)
    ):
        return None
    request.intent = Intent.GREETING
    return request


def shops_for_nothing(turn: Message) -> Request | None:
    """No catalog word, brand, category, constraint or stated need (`not_shopping`): off the
    shop's topic, or a goodbye where it says one ("boring. bye"); with picks on screen,
    "something subtle" or "too loud" refines them; with none, a product asked for without its
    name ("something sparkly": `AN_UNNAMED_THING`) is a want whose kind the search asks for."""
    request, text = turn.request, turn.text
    if not (
        turn.vocabulary is not None
        and not turn.has(NOT_TOO_DEAR)  # "not too expensive": a price limit
        and not_shopping(text, request, turn.vocabulary)
    ):
        return None
    if not turn.shown and turn.has(AN_UNNAMED_THING):
        return None  # "something sparkly": a want, what kind is the question
    if turn.shown and (
        turn.has(SEEKS_ANOTHER)  # "something subtle": words titles do not say
        or re.match(TOO_MUCH_OF_IT, text)
    ):
        request.intent = Intent.REFINE  # "something quieter", "too loud": the need on
        request.add_detail = True  # screen, refined
    elif GOODBYE.search(text):
        request.intent = Intent.GREETING  # "boring. bye", "k whatever, gotta go": a goodbye
    else:
        request.intent = Intent.OFF_TOPIC
    return request


def names_nothing_sold(text: str, request: Request, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether a new message (``text`` lower-cased, read into ``request``) that opens a need,
    with no question pending and no picks on screen, names no product (`not_shopping`'s
    ``products_only``: "pizza" or "dinner" in some title is no product) and is said as a
    question or a sentence that does not ask to shop (`SAID_AS_A_SENTENCE`, `ASKS_TO_SHOP`: "who
    is the president of france", "what should i cook for dinner"), or asks for a place nearby
    (`A_PLACE_NEARBY`: "recommend a good pizza place near me"): off the shop's topic, and no
    category is guessed for it. A bare name ("kiss lashes", "balm") stays a search; beside our
    question or the picks, short answers name no product ("big one, family of 5"): the reader
    does not ask then."""
    return (
        vocabulary is not None
        and vocabulary.title_counts is not None  # unknown: which title words name products
        and (
            (has(SAID_AS_A_SENTENCE, text) and not has(ASKS_TO_SHOP, text))
            or has(A_PLACE_NEARBY, text)
        )
        and not has(NOT_TOO_DEAR, text)
        and not_shopping(text, request, vocabulary, products_only=True)
    )


def asks_for_nothing_sold(
    text: str, request: Request, vocabulary: CatalogVocabulary | None
) -> bool:
    """Whether a new search (``text`` lower-cased, read into ``request``), with no question
    pending, no picks on screen and no category placed, asks for a thing (`ASKS_FOR_A_THING`)
    none of its words names in this catalog (`not_shopping`'s ``products_only``), not a thing
    left unnamed ("something nice": `AN_UNNAMED_THING`) nor a gift: shopping outside the
    catalog ("i need a new phone charger", "do you have running shoes"), off the shop's topic as
    the label contract says, not a search of every department. The thing is named after the
    ask: "sweat a lot under the arms, what do you have" asks what answers a state."""
    return (
        request.intent == Intent.SEARCH
        and vocabulary is not None
        and vocabulary.title_counts is not None  # unknown: which title words name products
        and not request.gift
        and not request.avoid
        and _a_thing_named_after(ASKS_FOR_A_THING, text)
        and not has(AN_UNNAMED_THING, text)
        and not has(NOT_TOO_DEAR, text)
        and not_shopping(text, request, vocabulary, products_only=True)
    )


def _a_thing_named_after(asking: str, text: str) -> bool:
    """Whether ``text`` says ``asking`` and then words that name what it asks for (not only
    words any sentence says: "what do you have?" names nothing)."""
    found = re.search(asking, text)
    if found is None:
        return False
    return any(w not in STOP_WORDS for w in said_words(text[found.end() :]))
