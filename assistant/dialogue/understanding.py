"""Deterministic understanding of a shopper message: intent, references, constraints, needs.

Rules come first (they are fast, testable and never invent anything); price, brand and category
constraints are parsed by the retrieval layer's query parser into its `ParsedQuery`, which the
request carries as is, so search and chat agree. The language model is consulted only by callers
that have a capable model and a message these rules leave as a plain search.
"""

from __future__ import annotations

import re
import unicodedata

from assistant.dialogue.avoid import find_avoided
from assistant.dialogue.brands_said import brands_ruled_out, without_brands
from assistant.dialogue.kinds import names_homeless
from assistant.dialogue.milder import milder_words, toned_down, toned_trait
from assistant.dialogue.need_words import catalog_need
from assistant.dialogue.phrases.brands import NOT_THAT_BRAND, PICKS_BRAND, USUAL_BRAND
from assistant.dialogue.phrases.cart_and_likes import (
    CART,
    CHOSEN,
    LOVES_ONE_OF_THEIRS,
    NEGATIVE,
    POSITIVE,
)
from assistant.dialogue.phrases.gifts_and_people import (
    FOR_A_SEX,
    FOR_SOMEONE_ELSE,
    LIKES_A_NAME,
    SMALL_GIFT,
)
from assistant.dialogue.phrases.going_back import BACK_TO, CLEAR, UNDO
from assistant.dialogue.phrases.need_openings import A_SMELL, HELLO, LIKE_A_NAMED_ONE, WHAT_ABOUT
from assistant.dialogue.phrases.no_preference import ANY_ANSWER, DROP_BRAND, DROP_PRICE
from assistant.dialogue.phrases.prices_and_orders import (
    BEST_VALUE,
    CHEAPER,
    FAIR_ENOUGH,
    IN_TOTAL,
    NOT_TOO_DEAR,
    ORDER_WORDS,
    PACKAGES,
    PICK_SUPERLATIVE,
    PRICIER,
    SUPERLATIVES,
    WHICH_CHEAPER,
)
from assistant.dialogue.phrases.questions import (
    ABOUT_A_PICK,
    ASK,
    BUNDLE,
    COMPARATIVE,
    COMPARE,
    POINTS_AT_PICKS,
    WEIGH_PICKS,
    WHY,
)
from assistant.dialogue.phrases.references import (
    A_PLACE_ALONE,
    FOLLOW_UP,
    ORDINALS,
    PRICE_PICK,
    THE_OTHERS,
)
from assistant.dialogue.phrases.refinements import (
    A_COLOUR_ALONE,
    FOR_A_STATE,
    IN_A_COLOUR,
    LIKE_THESE,
    MORE_LIKE,
    ONE_FOR,
    ONE_OF_THAT_TYPE,
    SEEKS_ANOTHER,
    SOMETHING_ELSE,
    SPF_ONLY,
    WOULD_BE_NICE,
)
from assistant.dialogue.phrases.shopper_states import SWEAT_NEED
from assistant.dialogue.phrases.talk import (
    COMPLIMENT,
    GREETING,
    INJECTION,
    SHOP_SERVICE,
    THE_SHOP_ITSELF,
    THEIR_PROFILE,
    UNSAFE,
    WORLD_QUESTION,
)
from assistant.dialogue.phrases.their_history import (
    AGAIN,
    BOUGHT_WHAT,
    FOR_ME,
    HELP_WITH_NO_NEED,
    NOT_THEIR_USUAL,
)
from assistant.dialogue.phrases.traits import MILDER, MORE_OF_A_TRAIT, TONED_DOWN, TOO_MUCH_OF_IT
from assistant.dialogue.ports import QueryParser
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.shopping_words import not_shopping
from assistant.dialogue.stated_needs import extract_attributes, own_state, sore_state, sweats
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type
from assistant.dialogue.wording import (
    ADD_DETAIL,
    CHILD_AGE,
    MAKE_IT,
    WORD,
    YOUNG,
    said_words,
    tidy,
    without_negated,
    without_reasons,
    without_recipient,
)
from retrieval.everyday import everyday
from retrieval.prices import find_prices
from retrieval.query import ParsedQuery
from retrieval.tokenize import STOP_WORDS


def _has(pattern: str, text: str) -> bool:
    return re.search(pattern, text) is not None


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
    if found is None or not _has(POSITIVE, found.group("praise").lower()):
        return message
    return found.group("rest")


def _asked_of_a_pick(text: str) -> str:
    """The question a message that likes a pick also asks of it ("the third one looks nice,
    what's in it?": "what's in it?"), the one to answer; "" when it asks none."""
    last = re.split(r"[,.;!]", text)[-1].strip()
    return last if text.rstrip().endswith("?") and last != text.strip() and _has(ASK, last) else ""


def _weighs_by_price(text: str, request: Request) -> bool:
    """Whether the message asks which of the picks costs less or more (`WHICH_CHEAPER`,
    or a question naming two picks: "is the first one cheaper than the second?")."""
    if re.search(WHICH_CHEAPER, text):
        return True
    return (
        len(set(request.references)) >= 2
        and _has(ASK, text)
        and re.search(r"\b(?:cheaper|less expensive|more expensive|pricier|dearer)\b", text)
        is not None
    )


SYMBOL_WORDS = {"👍": " ok ", "👌": " ok ", "🙏": " thanks ", "🙂": " ", "😊": " "}
"""Symbols that say a word ("ok 👍"); other pictographs say nothing the rules read."""


def _without_symbols(message: str) -> str:
    """``message`` with its pictographs (emoji, dingbats) as the word they say, or none."""
    return "".join(
        SYMBOL_WORDS.get(c, " " if unicodedata.category(c) in ("So", "Sk") else c) for c in message
    )


def answers_any(text: str) -> bool:
    """Whether ``text``, said in answer to our question, leaves the choice to us."""
    return _has(ANY_ANSWER, text.lower())


EVERY_PICK = (
    r"\b(?:them all|all of (?:them|these|those|the picks)|every one of them|each of them|"
    r"all (?:these|those|the picks|(?:the )?(?:three|four|five|3|4|5))|"
    r"(?<=add )(?:all|everything)(?= (?:to|in|into) (?:my |the )?(?:cart|basket|bag))|"
    r"(?<=put )(?:all|everything)(?= (?:in|into|to) (?:my |the )?(?:cart|basket)))\b"
)
"""Words that point at every pick on screen ("compare them all", "all four", "add all to
cart")."""


def find_references(text: str, shown: int) -> list[int]:
    """0-based indexes of earlier picks a message points at ("the first two", "#3", "the last").

    Args:
        text: the lower-cased message.
        shown: how many picks are on screen (indexes at or past it are still returned, so that
            the caller can say the pick does not exist).
    """
    refs: list[int] = []
    m = re.search(r"\b(first|top) (two|three|2|3)\b", text)
    if m:
        n = {"two": 2, "three": 3, "2": 2, "3": 3}[m.group(2)]
        return list(range(n))
    if _has(r"\b(both|these two|those two|the two)\b", text) and shown >= 2:
        return [0, 1]
    if _has(EVERY_PICK, text) and shown >= 2:  # "compare them all", "add all of them"
        return list(range(shown))
    pair = re.search(r"\b(\d)\s*(?:and|&|,|vs\.?|versus|with)\s*(\d)\b", text)
    if pair:
        return [int(pair.group(1)) - 1, int(pair.group(2)) - 1]
    if _has(r"\b(the )?(last|latter)( one)?\b", text) and shown:
        refs.append(shown - 1)  # "the latter" of two
    if _has(r"\bthe former\b", text) and shown:
        refs.append(0)
    amounts = find_prices(text).spans  # where the numbers are prices
    for m in re.finditer(
        r"(?:#|number |no\.? ?|item |option |pick )(\d+)"
        r"|\b(\d)(?:st|nd|rd|th)?\b(?=\s*(?:one|item|option|pick|$|\?|\.|,))"
        r"|\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\b",
        text,
    ):
        if m.group(2) and any(a <= m.start(2) < b for a, b in amounts):
            continue  # "under $5", "around 5": an amount, not the fifth pick
        if m.group(1) or m.group(2):
            index = int(m.group(1) or m.group(2)) - 1
        else:
            index = ORDINALS[m.group(3)]
        if m.group(0).startswith("no") and index >= shown:
            continue  # "chanel no 5", "no 5 on the list": a name or a number, not a pick
        if index >= 0 and index not in refs:
            refs.append(index)
    return refs


# Intents told by a phrase alone, in order of precedence (the first that matches wins).
_PHRASE_INTENTS: tuple[tuple[str, Intent], ...] = (
    (UNSAFE, Intent.UNSAFE),
    (INJECTION, Intent.OFF_TOPIC),
    (SHOP_SERVICE, Intent.OFF_TOPIC),  # "how long does shipping take?"
    (THEIR_PROFILE, Intent.OFF_TOPIC),  # "do you remember my skin type?": no search
    (THE_SHOP_ITSELF, Intent.OFF_TOPIC),  # "can i talk to a human?": no search
    (COMPLIMENT, Intent.GREETING),  # "you're awesome": thanked
    (CLEAR, Intent.CLEAR),
    (GREETING, Intent.GREETING),
    (WHY, Intent.WHY),
    (COMPARE, Intent.COMPARE),
)


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
    message = re.sub(SMALL_GIFT, "a gift", message, flags=re.I)
    message = _after_praise(message, shown)  # "the first looks good but is there a cheaper one?"
    text = " ".join(_without_symbols(message).lower().split())  # "ok 👍": ok
    parsed = parse(message) if parse is not None else ParsedQuery(text=message)
    said = re.sub(HELLO, "", parsed.text.strip(), flags=re.I)  # "hi! i need a new perfume"
    request = Request(intent=Intent.SEARCH, text=said or parsed.text.strip(), parsed=parsed)
    request.cheaper = parsed.cheap and shown > 0
    request.attributes = extract_attributes(text)
    request.references = find_references(text, shown)
    avoided, avoiding = find_avoided(text, parsed.exclude_brands)
    if avoided or avoiding:  # "that won't make me break out" rules out nothing, said no need
        request.avoid = brands_ruled_out(parsed, avoided, message)
        kept = request.text
        for phrase in avoiding:
            kept = re.sub(re.escape(phrase), " ", kept, flags=re.I)
        for item in avoided:
            kept = re.sub(rf"\b{re.escape(item)}\b", " ", kept, flags=re.I)
        kept = re.sub(r"(?:\s+(?:or|and|nor|,))+\s*$", "", " ".join(kept.split()))
        request.text = kept.strip(" ,.;")
    if parsed.exclude_brands or request.avoid:  # "not Revlon, I hate their smell"
        request.text = without_reasons(request.text)  # "no salicylic, it dries me out"
    if request.avoid and shown and not [w for w in said_words(request.text) if w not in STOP_WORDS]:
        parsed.category = None  # the picks', not the avoided's ("without salicylic acid")
    request.text = milder_words(request.text, parsed.category)  # "not too loud": quiet
    request.text = without_negated(request.text)  # "not perfume, maybe a body lotion"
    if parsed.category or names_a_type(request.text, vocabulary):  # not a vague gift
        request.text = without_recipient(request.text)  # "a lip gloss for my teenage niece"
    request.text = re.sub(WHAT_ABOUT, "", request.text, flags=re.I)  # "what about a toner?"
    if re.match(LIKE_A_NAMED_ONE, request.text, flags=re.I):  # "something like chanel..."
        request.text = re.sub(
            r"[\s,]+(?:but|and|only|just)$",
            "",
            re.sub(LIKE_A_NAMED_ONE, "", request.text, flags=re.I),
            flags=re.I,
        )
    for dropped, name in ((DROP_PRICE, "price"), (DROP_BRAND, "brand")):
        if _has(dropped, text):  # "a serum, price doesn't matter": 'price matter' unsearched
            request.drop.append(name)
            request.text = tidy(re.sub(dropped, " ", request.text, flags=re.I)) or request.text

    phrase_intent = next((intent for words, intent in _PHRASE_INTENTS if _has(words, text)), None)
    if phrase_intent == Intent.CLEAR and (need := _after_a_reset(request.text, parsed, vocabulary)):
        phrase_intent = Intent.SEARCH  # "start over, i need a hair dryer": nothing carried over
        request.text = need
        request.drop = [
            *([] if parsed.priced else ["price"]),
            *([] if parsed.brands or parsed.exclude_brands else ["brand"]),
            "avoid",
        ]
    back = re.search(BACK_TO, text)
    if phrase_intent is not None:
        request.intent = phrase_intent
        if phrase_intent == Intent.OFF_TOPIC and (
            _has(SHOP_SERVICE, text) or _has(THEIR_PROFILE, text)
        ):
            request.text = text  # as said, for the reply: "wrap it as a gift?"
        if phrase_intent == Intent.COMPARE and shown and _has(WEIGH_PICKS, text):
            request.superlative = "best_match"  # "which one is better for large pores"
    elif back:  # "go back to the first search": that need again, no words of this message
        place = back.group("place")
        request.back_to = (
            ("first" if place in ("first", "original", "1st") else "previous")
            if place
            else back.group("words")
        )
        request.text, request.references = "", []
    elif re.match(UNDO, text):  # "go back": one step back, no words of this message
        request.back_to, request.text, request.references = "undo", "", []
    elif _asks_the_world(text, shown, parsed, vocabulary):
        request.intent = Intent.OFF_TOPIC  # "what's the weather": titles name weather, no need
    elif (
        _has(BUNDLE, text)
        and not _has(CART, text)
        and not _has(FOLLOWS_A_ROUTINE, text)  # "i have a curly girl routine so no silicones"
        and not (
            _a_need_of_its_own(text, shown, vocabulary)
            and not (_has(ROUTINE, text) and _a_department(parsed.category))
        )
    ):  # not "I'll go with the third one"; "a hair care routine" is one
        request.intent = Intent.BUNDLE
        request.budget = _budget(parsed)
    elif shown and _has(IN_TOTAL, text) and (total := _budget(parsed)) is not None:
        request.intent, request.budget = Intent.BUNDLE, total  # "under 60 total": the set's
        request.text, request.references = "", []
    elif _has(MORE_LIKE, text):
        request.intent = Intent.MORE_LIKE
    elif shown and _has(THE_OTHERS, text) and _follows_up(text):
        request.intent, request.others = Intent.ASK, True  # "and the other ones?"
    elif shown and request.references and re.match(A_PLACE_ALONE, text):
        request.intent = Intent.ASK  # "the second one": what it is (or the last question)
    elif shown and _has(CHOSEN, text) and not _has(PICK_SUPERLATIVE, text):
        request.intent, request.sentiment = Intent.FEEDBACK, 1
        request.attributes["action"] = "choose"  # a choice, not 'more like it'
    elif shown and _has(POSITIVE, text) and (question := _asked_of_a_pick(text)):
        request.intent, request.text = Intent.ASK, question  # "looks nice, what's in it?"
    elif shown and text.endswith("?") and _has(POSITIVE, text) and not _has(CART, text):
        request.intent = Intent.ASK  # "the first one is good?": asked, not said
    elif (
        not shown
        and (loved := re.match(LOVES_ONE_OF_THEIRS, text))
        and names_a_type(text[loved.end() :], vocabulary)
    ):
        request.text = text[loved.end() :]  # "i love this lipstick" with none on screen: those
    elif _has(CART, text) or _has(POSITIVE, text) or _has(NEGATIVE, text):
        request.intent = Intent.FEEDBACK
        request.sentiment = 1 if (_has(CART, text) or _has(POSITIVE, text)) else -1
        if _has(CART, text):
            request.attributes["action"] = "cart"
    elif _has(FOR_SOMEONE_ELSE, text):
        request.intent, request.text = Intent.REFINE, ""  # "what about for my dad"
        if request.attributes.get("for", "").lower() in YOUNG and CHILD_AGE.search(text):
            request.attributes["for"] = "kid"  # "for my daughter, she's 6": a kid's need
    elif shown and (sex := re.search(FOR_A_SEX, text)):
        request.intent, request.text = Intent.REFINE, ""  # "for men" beside moisturisers
        if sex.group("men"):
            request.attributes["for"] = "men"  # as "for my husband": men's products
        else:
            request.text, request.add_detail = "women", True  # "for women" beside razors
    elif shown and (state := own_state(text)):
        # only how their skin or hair is: the need on screen, for that skin or hair
        request.intent, request.add_detail = Intent.REFINE, True
        request.text, parsed.category = state, None
    elif shown and _has(FOR_A_STATE, text):
        request.intent, request.add_detail = Intent.REFINE, True  # "for colored hair"
        parsed.category = None  # beside shampoos: not Hair Color
        request.text = tidy(re.sub(LIKE_THESE, " ", request.text, flags=re.I))
    elif (
        shown
        and (colour := re.match(IN_A_COLOUR, text) or re.match(A_COLOUR_ALONE, text))
        and not parsed.category
    ):
        request.intent, request.add_detail = Intent.REFINE, True  # "do you have it in pink?"
        request.text, request.references = colour.group("colour"), []
    elif shown and (wish := _wished(text, parsed, vocabulary)):
        request.intent, request.add_detail = Intent.REFINE, True  # "spf would be nice too"
        request.text = wish
    elif shown and _has(ADD_DETAIL, text):
        request.intent = Intent.REFINE
        request.add_detail = True
    elif shown and _has(SPF_ONLY, text):
        request.intent, request.add_detail = Intent.REFINE, True  # "spf 50" beside sunscreens
        parsed.category = None  # the type on screen, not the sports sunscreens search finds
    elif shown and _weighs_by_price(text, request):
        request.intent = Intent.COMPARE  # "the first two, which is cheaper?": one of them
        request.references = request.references or list(range(shown))
        dear = re.search(r"\b(?:more expensive|pricier|dearer)\b", text)
        request.superlative = "dearest" if dear else "cheapest"
        if _has(BEST_VALUE, text):  # "which one is cheaper per ounce?"
            request.superlative = "best_value"
        parsed.cheap = False
    elif shown and (
        _has(CHEAPER, text)
        or _has(NOT_TOO_DEAR, text)
        or _has(PRICIER, text)
        or _has(SOMETHING_ELSE, text)
        or _has(NOT_THAT_BRAND, text)
        or request.drop
        or toned_down(text)
        or (
            not said_words(without_brands(request.text, parsed))
            and (parsed.priced or parsed.exclude_brands or parsed.brands or request.avoid)
        )
    ):
        request.intent = Intent.REFINE
    elif shown and _has(ONE_OF_THAT_TYPE, text) and (not parsed.category or _has(ONE_FOR, text)):
        request.intent, request.add_detail = Intent.REFINE, True  # "one that heats up fast"
        parsed.category = None  # "ones for dark hair": the type on screen, not Hair Care
    elif shown and (_has(MAKE_IT, text) or _has(MORE_OF_A_TRAIT, text)):
        request.intent, request.add_detail = Intent.REFINE, True  # "make it matte"
        parsed.category = None  # a trait of the picks, not the type a word names (Powder)
    elif shown and len(set(request.references)) >= 2 and _has(WEIGH_PICKS, text):
        request.intent = Intent.COMPARE  # "which is best for dry skin, the first or the third?"
        request.superlative = "best_match"  # one of those two, named
    elif request.references and (
        (shown and _has(ASK, text)) or (not shown and _has(ABOUT_A_PICK, text))
    ):
        request.intent = Intent.ASK  # "is the second one oil free?" with none on screen: ask
    elif (
        shown
        and _has(PICK_SUPERLATIVE, text)
        and not [
            w
            for w in said_words(re.sub(PICK_SUPERLATIVE + r"|['’]s\b", " ", text))
            if w not in STOP_WORDS
            and len(w) > 2
            and w not in FAIR_ENOUGH
            and w not in PACKAGES  # "the biggest bottle"
        ]
        and not parsed.category
    ):
        request.intent = Intent.COMPARE  # "the cheapest one?": which of the picks
        request.references = request.references or list(range(shown))
        request.superlative = next(
            (kind for kind, words in SUPERLATIVES.items() if _has(words, text)), None
        )
    elif shown and _has(WEIGH_PICKS, text) and _a_department_at_most(parsed.category):
        request.intent = Intent.COMPARE  # "which is best for thick hair": "hair" names no type
        request.superlative = "best_match"  # "which one would you pick": one of them, named
    elif (
        shown
        and len(set(request.references)) >= 2
        and _has(ASK, text)
        and _has(COMPARATIVE, text)
        and _a_department_at_most(parsed.category)
    ):
        request.intent = Intent.COMPARE  # "is the revlon or the conair quieter?"
    elif (
        shown
        and _has(ASK, text)
        and (_has(ABOUT_A_PICK, text) or (_has(POINTS_AT_PICKS, text) and not parsed.category))
        and not parsed.priced
        and not (parsed.brands or parsed.exclude_brands)
    ):
        request.intent = Intent.ASK  # "is it good for sensitive skin?": about the picks
    elif (
        vocabulary is not None
        and not _has(NOT_TOO_DEAR, text)  # "not too expensive": a price limit
        and not_shopping(text, request, vocabulary)
    ):
        if shown and (
            _has(SEEKS_ANOTHER, text)  # "something subtle": words titles do not say
            or re.match(TOO_MUCH_OF_IT, text)
        ):
            request.intent = Intent.REFINE  # "something quieter", "too loud": the need on
            request.add_detail = True  # screen, refined
        else:
            request.intent = Intent.OFF_TOPIC

    toned = re.search(TONED_DOWN, text)
    if toned and request.intent == Intent.REFINE and toned_down(text):  # "nothing too bright"
        request.text, request.add_detail = MILDER[toned_trait(toned)], True
    if request.intent == Intent.ASK and request.avoid:  # "is the second one oil free?"
        request.text, request.avoid = parsed.text.strip(), []  # asked about, not ruled out
    if _has(NOT_TOO_DEAR, text):  # "a red lipstick, nothing crazy expensive"
        parsed.cheap = True
        cut = tidy(re.sub(NOT_TOO_DEAR, " ", request.text, flags=re.I))
        request.text = re.sub(THAT_IS_LEFT, "", cut, flags=re.I)  # "a sunscreen that's"
    request.cheaper = request.intent != Intent.COMPARE and (request.cheaper or _has(CHEAPER, text))
    request.pricier = _has(PRICIER, text)
    request.exclude_shown = _has(SOMETHING_ELSE, text)
    request.exclude_reference_brand = _has(NOT_THAT_BRAND, text)
    brand_of = USUAL_BRAND  # "the same brand i usually get": theirs, no words
    if shown and _has(PICKS_BRAND, text) and not request.exclude_reference_brand:
        brand_of, request.picks_brand = PICKS_BRAND, True  # "that brand's conditioner"
    elif _has(USUAL_BRAND, text):
        request.usual_brand = True
    if request.usual_brand or request.picks_brand:
        request.text = tidy(re.sub(brand_of, " ", request.text, flags=re.I))
        if shown and not set(WORD.findall(request.text.lower())) - STOP_WORDS:  # theirs, refined
            request.intent = Intent.REFINE
    by_price = re.search(PRICE_PICK, text)
    if by_price and shown and request.intent in (Intent.FEEDBACK, Intent.ASK, Intent.BUNDLE):
        # "add the cheapest to my cart": the pick that costs least, not cheaper picks
        dear = re.search(r"most expensive|priciest|dearest", by_price.group(0))
        request.superlative = "dearest" if dear else "cheapest"
        request.cheaper = parsed.cheap = False
    searching = request.intent in (Intent.SEARCH, Intent.OFF_TOPIC)
    if searching and not shown and sweats(text, parsed, vocabulary):
        request.intent, request.text = Intent.SEARCH, SWEAT_NEED  # "i sweat a lot"
    elif (
        searching
        and not shown
        and parse is not None
        and (sore := sore_state(text, vocabulary))
        and (home := parse(sore).category)  # the state has a category: hand creams
    ):
        request.intent, request.text = Intent.SEARCH, sore  # "..., they're cracking"
        parsed.category = home
    asked = re.sub(r"(?:[\s,]+(?:but|and|though|tho))+$", "", request.text.lower().strip(" ?!."))
    if searching and (
        re.fullmatch(FOR_ME, asked)  # "... i bought last time but cheaper"
        or (not shown and HELP_WITH_NO_NEED.fullmatch(asked))  # "just browsing"
    ):
        request.intent = Intent.SEARCH  # picks for them: no need (their history's), not talk
        request.text, parsed.category = "", None
    if (
        request.intent == Intent.SEARCH
        and not shown
        and not parsed.category
        and parse is not None
        and _has(A_SMELL, text)
        and not names_a_type(text, vocabulary)
        and not (vocabulary and names_homeless(text, vocabulary.homeless))  # "a deodorant"
        and (scents := parse("fragrance").category)
    ):
        parsed.category = scents  # "something that smells like the beach": a scent
    if shown and _has(NOT_THEIR_USUAL, text) and not parsed.category:
        request.intent = Intent.REFINE  # "not the one i always buy, something new": theirs out
    if _has(BOUGHT_WHAT, text) and not parsed.category:  # with picks on screen too
        request.intent, request.text = Intent.SEARCH, ""  # "what did i buy last time?"
        request.superlative = "again"
    again = _has(AGAIN, text)  # "reorder my usual lashes": theirs first
    if again and request.intent == Intent.OFF_TOPIC:
        request.intent, request.text = Intent.SEARCH, ""  # "i need to restock": no type said
    ordered = again or _has(PICK_SUPERLATIVE, text)
    named = bool(parsed.category)  # "the biggest bottle of conditioner" beside shampoos
    if request.intent == Intent.SEARCH and (again or (ordered and (named or not shown))):
        asked = (kind for kind, words in SUPERLATIVES.items() if _has(words, text))
        request.superlative = "again" if again else next(asked, None)  # "best selling"
        unordered = tidy(re.sub(ORDER_WORDS, " ", request.text, flags=re.I))
        request.text = unordered or ("" if again else request.text)  # "time to restock"
    if request.intent == Intent.SEARCH or request.add_detail:  # what we search for and echo
        request.text = catalog_need(request.text, vocabulary, chatter_words=False)  # "70th"
    if request.intent == Intent.SEARCH and not shown:
        request.liked = _liked_name(text, parsed, vocabulary)  # "she loves chanel"
    return request


def _liked_name(text: str, parsed: ParsedQuery, vocabulary: CatalogVocabulary | None) -> str | None:
    """The name the person it is for likes (`LIKES_A_NAME`: "she loves chanel"), when
    it is no brand the parser read, no everyday word and no product type's word; else None."""
    found = re.search(LIKES_A_NAME, text)
    if not found:
        return None
    name = found.group("name")
    brands = {w for b in parsed.brands for w in WORD.findall(b.lower())}
    if name in brands or name in STOP_WORDS or everyday(name) or len(name) < 3:
        return None
    return None if names_a_type(name, vocabulary) else name


def _after_a_reset(
    said: str, parsed: ParsedQuery, vocabulary: CatalogVocabulary | None
) -> str | None:
    """The need a message states beside starting over ("start over, i need a hair dryer",
    "forget everything, show me lipsticks"): its words after the reset (`CLEAR`), when they
    name a category or a product type; else None (a reset alone)."""
    rest = tidy(re.sub(CLEAR, " ", said, flags=re.I)).strip(" :;,.-!")
    rest = re.sub(r"^(?:(?:and|so|ok|okay|now|then|please|pls|let'?s),?\s+)+", "", rest, flags=re.I)
    if not [w for w in said_words(rest.lower()) if w not in STOP_WORDS]:
        return None
    return rest if parsed.category or names_a_type(rest, vocabulary) else None


THAT_IS_LEFT = r"[\s,]*\b(?:that|which)(?:'s|’s| is| are)?$"
"""What opened a price clause ("a sunscreen that's not too expensive", "a mascara which isn't
too pricey"), left at the end of the need once the clause is read: no need word."""


def _asks_the_world(
    text: str, shown: int, parsed: ParsedQuery, vocabulary: CatalogVocabulary | None
) -> bool:
    """Whether the message asks about the world (`phrases.talk.WORLD_QUESTION`: "what's the
    weather", "is it going to rain tomorrow") and names no category, brand or product type, nor
    points at the picks after it: off the shop's topic, whatever catalog words it holds
    ("weather", "rain", "night")."""
    asked = re.search(WORLD_QUESTION, text)
    if asked is None or parsed.category or parsed.brands:
        return False
    rest = re.sub(WHEN, " ", text[asked.end() :])  # "last night": no Night Creams
    return not names_a_type(rest, vocabulary) and not (
        shown and _has(POINTS_AT_PICKS, rest)  # "is it going to rain, will it hold up?"
    )


WHEN = r"\b(?:last night|tonight|today|tomorrow|this (?:week(?:end)?|morning|afternoon|evening))\b"
"""When a question about the world is asked of ("who won the game last night"): no product."""


def _wished(text: str, parsed: ParsedQuery, vocabulary: CatalogVocabulary | None) -> str | None:
    """The detail a message only wishes for (`WOULD_BE_NICE`: "spf would be nice too":
    "spf"), when it names no category nor product type; else None."""
    said = re.match(WOULD_BE_NICE, text)
    if said is None or parsed.category or names_a_type(said.group("what"), vocabulary):
        return None
    return said.group("what")


def _follows_up(text: str) -> bool:
    """Whether the message says nothing but which picks it means ("and the other ones?", "not
    the first one, the others", "what about the rest"): no words of a need or a question of its
    own."""
    rest = re.sub(THE_OTHERS, " ", re.sub(FOLLOW_UP, "", text))
    rest = re.sub(rf"\b(?:{'|'.join(ORDINALS)}|last|one|ones|the|please|then)\b", " ", rest)
    return not [w for w in WORD.findall(rest) if w not in STOP_WORDS]


FOLLOWS_A_ROUTINE = (
    r"\b(?:i|we|she|he)\s+(?:have|has|follow|follows|do|does|use|uses|am on|'m on|m on|"
    r"am doing|'m doing|keep|stick to)\s+(?:a|an|my|her|his|the|this)?\s*(?:[\w-]+\s+){0,4}"
    r"routine\b"
)
"""A routine the shopper already follows ("i have a curly girl method routine", "i do a 10 step
routine"): what the need must fit, not a routine asked for (`phrases.questions.BUNDLE`)."""
ROUTINE = r"\broutines?\b"
"""A routine asked for: a set, even where a department's words before it name a type ("a hair
care routine for curly hair": "hair" is a word of Hair Dryers, but Hair Care is no type)."""


def _a_need_of_its_own(text: str, shown: int, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether a message with a bundle's words, with no picks on screen, names a product type
    before them and points at nothing after them ("a CeraVe cleanser for my morning routine",
    "a lipstick to go with my black dress"): a search for that type, not what goes with a
    pick ("a toner to go with it" stays a bundle, "what goes with a red lipstick" too)."""
    found = re.search(BUNDLE, text)
    if (
        shown
        or found is None
        or re.search(r"\b(it|this|that|them|these|those)\b", text[found.end() :])
    ):
        return False
    return names_a_type(text[: found.start()], vocabulary)


def _budget(parsed: ParsedQuery) -> float | None:
    """The most a bundle may cost: the parsed highest price ("under thirty dollars"), else a
    price to aim at ("for $50")."""
    if parsed.max_price is not None:
        return parsed.max_price
    return parsed.around_price


def _a_department(category: str | None) -> bool:
    """Whether ``category`` is a department ("Beauty > Hair Care"), not a type under one."""
    return category is not None and category.count(" > ") == 1


def _a_department_at_most(category: str | None) -> bool:
    """Whether ``category`` is None or a department ("Beauty > Hair Care": "hair" names no
    product type)."""
    return category is None or category.count(" > ") <= 1
