"""Deterministic understanding of a shopper message: intent, references, constraints, needs.

Rules come first (they are fast, testable and never invent anything); price, brand and category
constraints are parsed by the retrieval layer's query parser into its `ParsedQuery`, which the
request carries as is, so search and chat agree. The language model is consulted only by callers
that have a capable model and a message these rules leave as a plain search.

`understand` reads a message in three steps: its words (`read_message`: the request's need
cleared of constraints, ingredients ruled out and words that say no need), its intent (the first
of `intents.INTENT_READERS` that claims it), then what it says beside the intent (each of
`intents.DETAIL_READERS`). The readers live in `assistant/dialogue/intents/`, a module per group
of intents.
"""

from __future__ import annotations

import re
import unicodedata

from assistant.dialogue.intents import DETAIL_READERS, INTENT_READERS, Message
from assistant.dialogue.intents.message import has
from assistant.dialogue.needs.avoid import find_avoided, in_catalog_words
from assistant.dialogue.needs.brands_said import brands_ruled_out
from assistant.dialogue.needs.milder import milder_words
from assistant.dialogue.needs.stated_needs import extract_attributes, says_a_gift
from assistant.dialogue.needs.wording import (
    CHILD_AGE,
    WORD,
    cut_out,
    said_words,
    without_negated,
    without_reasons,
    without_recipient,
)
from assistant.dialogue.phrases.cart_and_likes import INTO_THE_CART, POSITIVE, PUT_VERBS
from assistant.dialogue.phrases.gifts_and_people import SMALL_GIFT
from assistant.dialogue.phrases.need_openings import (
    HELLO,
    INSTEAD,
    LIKE_A_NAMED_ONE,
    RESET_FIRST,
    SWITCH_TO,
    WHAT_ABOUT,
)
from assistant.dialogue.phrases.no_preference import ANY_ANSWER, DROP_BRAND, DROP_PRICE
from assistant.dialogue.phrases.references import MIDDLE, ORDINALS, TOP_PICK, of_the_picks
from assistant.dialogue.ports import QueryParser
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type
from retrieval.prices import find_prices
from retrieval.query import ParsedQuery
from retrieval.tokenize import STOP_WORDS


def understand(
    message: str,
    *,
    shown: int,
    parse: QueryParser | None = None,
    vocabulary: CatalogVocabulary | None = None,
) -> Request:
    """Turn a shopper message into a :class:`Request`.

    Args:
        message: the shopper's words (already size-checked and redacted).
        shown: how many picks are currently on screen (0 at the start).
        parse: the retrieval query parser (price, brand and category constraints).
        vocabulary: catalog words used to tell shopping requests from off-topic chat.
    """
    turn = read_message(message, shown, parse, vocabulary)
    for read_intent in INTENT_READERS:  # the first that claims the message wins
        if read_intent(turn) is not None:
            break
    for read_detail in DETAIL_READERS:
        read_detail(turn)
    return turn.request


def read_message(
    message: str, shown: int, parse: QueryParser | None, vocabulary: CatalogVocabulary | None
) -> Message:
    """The message as the intent readers take it: its text, its constraints, and a search
    request for the need it states (references, stated needs, the need's words)."""
    said_as_is = " ".join(_without_symbols(message).lower().split())
    message = re.sub(SMALL_GIFT, "a gift", message, flags=re.I)
    message = _after_praise(message, shown)  # "the first looks good but is there a cheaper one?"
    text = " ".join(_without_symbols(message).lower().split())  # "ok 👍": ok
    parsed = parse(message) if parse is not None else ParsedQuery(text=message)
    said = re.sub(HELLO, "", parsed.text.strip(), flags=re.I)  # "hi! i need a new perfume"
    request = Request(intent=Intent.SEARCH, text=said or parsed.text.strip(), parsed=parsed)
    request.cheaper = parsed.cheap and shown > 0
    request.attributes = extract_attributes(said_as_is)  # "stocking stuffers": christmas
    request.gift = says_a_gift(said_as_is)
    request.references = find_references(text, shown)
    turn = Message(text=text, shown=shown, request=request, parse=parse, vocabulary=vocabulary)
    _need_words(turn, message)
    return turn


def _need_words(turn: Message, message: str) -> None:
    """The words of the need the message states, in ``turn.request.text``: without the
    ingredients and brands it rules out (and its reasons), toned-down and negated words, the
    recipient beside a type, an opening ("what about", "something like"), and a preference
    dropped ("price doesn't matter", in ``request.drop``)."""
    request, parsed, text, shown = turn.request, turn.parsed, turn.text, turn.shown
    vocabulary = turn.vocabulary
    avoided, avoiding = find_avoided(
        text, parsed.exclude_brands, lambda word: names_a_type(word, vocabulary)
    )
    if avoided or avoiding:  # "that won't make me break out" rules out nothing, said no need
        request.avoid = brands_ruled_out(parsed, avoided, message)
        kept = request.text
        for phrase in avoiding:
            kept = re.sub(re.escape(phrase), " ", kept, flags=re.I)
        for item in avoided:
            kept = re.sub(rf"\b{re.escape(item)}\b", " ", kept, flags=re.I)
        kept = re.sub(r"(?:\s+(?:or|and|nor|,))+\s*$", "", " ".join(kept.split()))
        request.text = kept.strip(" ,.;")
        if vocabulary is not None:  # "sin ftalatos": the catalog's "phthalates"
            request.avoid = in_catalog_words(request.avoid, vocabulary.words)
    if parsed.exclude_brands or request.avoid:  # "not Revlon, I hate their smell"
        request.text = without_reasons(request.text)  # "no salicylic, it dries me out"
    if request.avoid and shown and not [w for w in said_words(request.text) if w not in STOP_WORDS]:
        parsed.category = None  # the picks', not the avoided's ("without salicylic acid")
    if _named_by_avoided(parsed.category, request.avoid, request.text):
        parsed.category = None  # "my skin hates salicylic acid, a blackhead thing": not there
    request.text = milder_words(request.text, parsed.category)  # "not too loud": quiet
    request.text = without_negated(request.text)  # "not perfume, maybe a body lotion"
    if parsed.category or names_a_type(request.text, vocabulary):  # not a vague gift
        request.text = without_recipient(request.text)  # "a lip gloss for my teenage niece"
    request.text = re.sub(WHAT_ABOUT, "", _without_switch_words(request.text), flags=re.I)
    if re.match(LIKE_A_NAMED_ONE, request.text, flags=re.I):  # "something like chanel..."
        request.text = re.sub(
            r"[\s,]+(?:but|and|only|just)$",
            "",
            re.sub(LIKE_A_NAMED_ONE, "", request.text, flags=re.I),
            flags=re.I,
        )
    for dropped, name in ((DROP_PRICE, "price"), (DROP_BRAND, "brand")):
        if has(dropped, text):  # "a serum, price doesn't matter": 'price matter' unsearched
            request.drop.append(name)
            request.text = cut_out(dropped, request.text) or request.text


def _named_by_avoided(category: str | None, avoided: list[str], kept: str) -> bool:
    """Whether ``category``'s own name is one the message rules out (an avoided word in it)
    and the words left to search do not name it again."""
    if not category or not avoided:
        return False
    name = category.rsplit(" > ", 1)[-1].lower()
    return any(re.search(rf"\b{re.escape(item)}\b", name) for item in avoided) and (
        name not in kept.lower()
    )


def _without_switch_words(text: str) -> str:
    """``text`` less the words that switch to a new need: a reset or a switch that opens it
    (`RESET_FIRST`, `SWITCH_TO`) and then what it replaces (`INSTEAD`): "forget it, show me
    sleep masks instead" is 'sleep masks', "what about a curling iron instead" 'what about a
    curling iron'; where words of a need remain, else as it was. An "instead" with no such
    opening stays ("can you do under 30 instead": a refinement's words)."""
    cut = re.sub(SWITCH_TO, "", re.sub(RESET_FIRST, "", text, flags=re.I), flags=re.I)
    if cut != text or re.match(WHAT_ABOUT, text, flags=re.I):
        cut = re.sub(INSTEAD, "", cut, flags=re.I)
    return cut if [w for w in WORD.findall(cut.lower()) if w not in STOP_WORDS] else text


PRAISE_BUT = re.compile(
    r"^(?P<praise>[^?]*?),?\s+but\s+(?P<rest>(?:is there|are there|do you have|have you got|"
    r"got|any|anything|something|what about|how about|ones?)\b.*)$",
    re.IGNORECASE,
)
"""A pick praised, then another asked for ("the first one looks good but is there a cheaper
one?", "love it, but anything in pink?")."""


def _after_praise(message: str, shown: int) -> str:
    """What a message that praises a pick on screen and then asks for another asks for (the
    words after "but": `PRAISE_BUT`), else the message as it is."""
    found = PRAISE_BUT.match(message.strip()) if shown else None
    if found is None or not has(POSITIVE, found.group("praise").lower()):
        return message
    return found.group("rest")


SYMBOL_WORDS = {"👍": " ok ", "👌": " ok ", "🙏": " thanks ", "🙂": " ", "😊": " "}
"""Symbols that say a word ("ok 👍"); other pictographs say nothing the rules read."""


def _without_symbols(message: str) -> str:
    """``message`` with its pictographs (emoji, dingbats) as the word they say, or none."""
    return "".join(
        SYMBOL_WORDS.get(c, " " if unicodedata.category(c) in ("So", "Sk") else c) for c in message
    )


def answers_any(text: str) -> bool:
    """Whether ``text``, said in answer to our question, leaves the choice to us."""
    return has(ANY_ANSWER, text.lower())


AFTER_A_PUT_VERB = "|".join(f"(?<={verb} )" for verb in ("add", *PUT_VERBS))
"""Right after a verb that puts picks into the cart (each its own look-behind: they differ in
length)."""

EVERY_PICK = (
    rf"\b(?:them all|{of_the_picks('all|each')}|every one of them|"
    r"all (?:these|those|the picks|(?:the )?(?:three|four|five|3|4|5))|"
    r"(?:these|those) (?:three|four|five|3|4|5)(?! ?(?:st|rd|th)\b)|"
    rf"(?:{AFTER_A_PUT_VERB})(?:all|everything)(?= {INTO_THE_CART}))\b"
)
"""Words that point at every pick on screen ("compare them all", "all four", "add all to
cart")."""


LAST_PICK = (
    r"(?<!\bit )(?<!\bthey )(?<!\bdoes )(?<!\bdo )(?<!\bwill )(?<!\bwould )(?<!\bto )"
    r"(?<!\bthat )(?<!\bwhich )(?<!n't )\b(the )?(last|latter)( one)?\b"
)
"""The last pick ("the last one", "the latter", "last?"), not "last" said of how long a product
lasts ("how long does it last", "will they last", "made to last")."""


def find_references(text: str, shown: int) -> list[int]:
    """0-based indexes of earlier picks a message points at ("the first two", "#3", "the last").

    Args:
        text: the lower-cased message.
        shown: how many picks are on screen (indexes at or past it are still returned, so that
            the caller can say the pick does not exist).
    """
    refs: list[int] = []
    m = re.search(r"\b(first|top|last) (two|three|2|3)\b", text)
    if m:
        n = {"two": 2, "three": 3, "2": 2, "3": 3}[m.group(2)]
        if m.group(1) == "last":  # "the last two": the end of the picks on screen
            return list(range(max(shown - n, 0), shown)) if shown > n else list(range(n))
        return list(range(n))
    if has(r"\b(both|these two|those two|the two)\b", text) and shown >= 2:
        return [0, 1]
    if has(EVERY_PICK, text) and shown >= 2:  # "compare them all", "add all of them"
        return list(range(shown))
    pair = re.search(r"\b(\d)\s*(?:and|&|,|or|vs\.?|versus|with)\s*(\d)\b", text)
    if pair and not any(a <= pair.start() < b for a, b in find_prices(text).spans):
        return [int(pair.group(1)) - 1, int(pair.group(2)) - 1]  # "1 or 3", not "$1 or 2"
    if has(LAST_PICK, text) and shown:
        refs.append(shown - 1)  # "the latter" of two
    if has(r"\bthe former\b", text) and shown:
        refs.append(0)
    if MIDDLE.search(text) and shown >= 3 and shown % 2:  # "love the middle one!" of three
        refs.append(shown // 2)
    if has(TOP_PICK, text) and shown and 0 not in refs:  # "tell me more about your top pick"
        refs.append(0)
    amounts = [  # where the numbers are prices, or ages ("she's 8": not pick 8)
        *find_prices(text).spans,
        *(m.span() for m in CHILD_AGE.finditer(text)),
    ]
    for m in re.finditer(
        r"(?:#|number |no\.? ?|item |option |pick )(\d+)"
        r"|\b(\d)(?:st|nd|rd|th)?\b(?=\s*(?:one|item|option|pick|$|\?|\.|,))"
        r"|\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\b(?!\s+(?:day|time|date))",
        text,  # "second day hair", "my first time dyeing": when, not a pick
    ):
        if m.group(2) and any(a <= m.start(2) < b for a, b in amounts):
            continue  # "under $5", "around 5", "he's 3": an amount, not that pick
        if m.group(1) or m.group(2):
            index = int(m.group(1) or m.group(2)) - 1
        else:
            index = ORDINALS[m.group(3)]
        if m.group(0).startswith("no") and index >= shown:
            continue  # "chanel no 5", "no 5 on the list": a name or a number, not a pick
        if index >= 0 and index not in refs:
            refs.append(index)
    return refs
