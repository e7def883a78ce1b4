"""Reading a turn: the rules first (fast, and the fallback), the language model where the rules
fall short (issue 17, point 3).

`TurnReader.read` runs the rules on every message. In ``auto`` mode it then decides from their
result whether the turn needs the model (`needs_model`): greetings, start over, compare, why,
unsafe requests and explicit references to the picks are answered by the rules alone; an answer
to our pending question, words the catalog does not know (slang, typos, other languages), a
stated recipient or allergy, a brand or two prices go to the model. ``model`` mode asks the model
on every turn, ``rules`` never. The model's request is checked against the catalog
(`RequestValidator`) and converted into the dialogue's one `Request` (`to_request`), so the
handlers run unchanged; when the model gives up, times out or errors, the rules' request is
used (and logged).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Literal

from assistant.dialogue.answers import (
    any_detail,
    free_answer,
    only_cheap,
    options_named,
    others_of,
    price_bands,
    price_option,
    priced_answer,
)
from assistant.dialogue.avoid import LOOK_WORDS
from assistant.dialogue.clarify import match_option, names_their_branch
from assistant.dialogue.handlers.bundle import points_at_a_pick, type_guessed
from assistant.dialogue.kinds import (
    in_usual_names,
    kind_for_a_state,
    names_homeless,
    names_kind,
    other_kinds,
    too_strong_for,
)
from assistant.dialogue.model_reading import needs_model, to_request
from assistant.dialogue.model_request import TurnSituation
from assistant.dialogue.named_picks import (
    picks_named_by_brand,
    picks_named_by_title,
    set_anchor_named,
)
from assistant.dialogue.need_category import (
    DEEPEN_ROUNDS,
    NeedCategory,
    department,
    pampers_only,
)
from assistant.dialogue.need_words import CHATTER, catalog_need
from assistant.dialogue.parser import RequestParser
from assistant.dialogue.phrases import (
    ACCEPTED,
    ASK,
    BY_RECORD,
    HAS_CONCERN,
    PRICIER,
    TONED_DOWN,
    TOO_MUCH_OF_IT,
    WHAT_ABOUT,
)
from assistant.dialogue.ports import CategoryGuesser
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.typos import read_misspelt_types, read_misspelt_words
from assistant.dialogue.understanding import QueryParser, answers_any, understand
from assistant.dialogue.validation import ANY, RequestValidator
from assistant.dialogue.vocabulary import (
    CatalogVocabulary,
    about_a_homeless_family,
    names_a_type,
    plain_words,
)
from assistant.dialogue.wording import (
    NON_PRODUCT_WORDS,
    PEOPLE,
    TRAITS,
    WHO_FOR,
    WORD,
    said_words,
    tidy,
)
from catalog.category_paths import below, nested, within
from core.errors import ShopAssistError
from retrieval.lexicon import to_catalog_words
from retrieval.tokenize import STOP_WORDS, stem, words

logger = logging.getLogger(__name__)

ParserMode = Literal["auto", "rules", "model"]
PARSER_MODES: tuple[str, ...] = ("auto", "rules", "model")

AGE_ONLY = re.compile(
    r"^(?:(?:oh|well|um+|hmm+|ok|okay|so),?\s+)?"
    r"(?:(?:he|she|they)(?:'?s|'re| is| are)(?: turning| about)?|(?:he|she) turns?|"
    r"(?:my )?(?:son|daughter|kid|mum|mom|dad|wife|husband|sister|brother)(?:'?s| is))\s+"
    r"(?:\d{1,2}|a (?:teen(?:ager)?|toddler|baby|kid|little girl|little boy))"
    r"(?:\s*(?:years? old|yrs?|yo|now|next (?:week|month)|soon|this year))?\W*$"
)
"""A reply to our question that only says how old the person is ("he's 15", "she turns 60 next
week"): no option chosen, the need stays (it was off topic: nothing in it is sold)."""


MORE_IS_FINE = frozenset(
    {"bit", "little", "ok", "okay", "fine", "alright", "hmm", "something", "one", "ones",
     "please", "can", "could", "spend", "pay", "happy", "totally", "actually", "sure"}
)  # fmt: skip


def _only_pricier(text: str) -> bool:
    """Whether a reply to our question says only that it may cost more ("hmm a bit more
    expensive is ok", "something pricier is fine"): no option chosen, the need stays, and
    the price it had ("cheap") goes."""
    lowered = " ".join(text.lower().split())
    if not re.search(PRICIER, lowered):
        return False
    rest = WORD.findall(re.sub(PRICIER, " ", lowered))
    return not [w for w in rest if w not in STOP_WORDS and w not in MORE_IS_FINE]


SIZE_UP = re.compile(r"\b(?:bigger|larger|family[- ]size|jumbo|value[- ]size|more of it)\b")
SIZE_DOWN = re.compile(r"\b(?:smaller|travel[- ]size[d]?|mini|tinier|pocket[- ]size[d]?)\b")
"""A refinement by size relative to the picks on screen ("a bigger bottle", "travel size")."""


def _on_screen(
    rules: Request, english: str, situation: TurnSituation, vocabulary: CatalogVocabulary | None
) -> Request:
    """The rules' reading of a message said beside the picks, with no question pending: "a
    bigger one" / "travel size" refines them by size (`Request.relative`), and "anything is
    fine, just show me some" keeps the need on screen as it is (no words added to it, but what
    it asks for: "whichever is best for wrinkles" adds "wrinkles", `answers.any_detail`);
    "any brushes?" names a product type: a need of its own."""
    if not situation.picks or situation.question:
        return rules
    lowered = " ".join(english.lower().split())
    searching = (Intent.SEARCH, Intent.REFINE, Intent.ASK, Intent.OFF_TOPIC)
    if rules.intent in searching and (SIZE_UP.search(lowered) or SIZE_DOWN.search(lowered)):
        rules.intent = Intent.REFINE
        rules.relative = "bigger" if SIZE_UP.search(lowered) else "smaller"
    elif (
        rules.intent in (Intent.SEARCH, Intent.OFF_TOPIC, Intent.REFINE)
        and answers_any(english)
        and not re.search(TONED_DOWN, lowered)  # "he hates anything sticky": non-sticky
        and not names_a_type(english, vocabulary)  # "any brushes?" beside lashes: brushes
    ):
        rules.intent = Intent.REFINE
    else:
        return rules
    detail = any_detail(english) if rules.relative is None else ""
    rules.text, rules.add_detail = (detail, True) if detail else (rules.text, False)
    rules.parsed.category = None  # the need on screen stays ("for my gym bag" is no new type)
    return rules


ALL_OF_A_KIND = re.compile(
    r"^(?:(?:hmm+|ugh|but|oh|well|no|nah),?\s+)*(?:those|these|they)(?:\s+are|'re)\s+"
    r"(?:all\s+|just\s+|only\s+)*(?P<what>[a-z][a-z' -]*?)\W*$"
)
"""A complaint that the picks are all of one kind ("hmm those are all dry shampoos")."""
NOT_A_KIND = re.compile(r"\b(?:not|no)\s+(?:an?\s+|more\s+)?(?P<what>[a-z]+\s+[a-z]+)")
"""A kind said as not wanted ("not dry shampoo, regular shampoo")."""


def _kinds_turned_down(
    request: Request, english: str, situation: TurnSituation, kinds: frozenset[str]
) -> Request:
    """``request`` with the catalog kinds (`kinds.title_kinds`: "dry shampoo") the message
    turns down beside the picks added to what the need is not (`Request.not_kinds`): said
    after "not" ("not dry shampoo, regular shampoo"), or the picks found all of that kind
    ("those are all dry shampoos": then nothing is added to the need and other picks are
    shown).
    They searched 'shampoo dry hair those all dry shampoos' and dropped the need's own 'no
    dry shampoo' (the kind was named)."""
    if not situation.picks or not kinds:
        return request
    lowered = " ".join(english.lower().split())
    complaint = ALL_OF_A_KIND.match(lowered)
    said = [m.group("what") for m in NOT_A_KIND.finditer(lowered)]
    said += [complaint.group("what")] if complaint else []
    found = [k for what in said for k in sorted(kinds) if names_kind(what, k)]
    if not found:
        return request
    request.not_kinds = list(dict.fromkeys([*request.not_kinds, *found]))
    if complaint and request.intent in (Intent.SEARCH, Intent.REFINE, Intent.OFF_TOPIC):
        request.intent, request.text, request.add_detail = Intent.REFINE, "", False
        request.parsed.category, request.exclude_shown = None, True  # not these again
    return request


def _keeps_the_type(request: Request, situation: TurnSituation) -> Request:
    """A refinement of the need on screen keeps its product type: a category its words name
    that is not the current one (or above or under it) is a detail, not a new type ("something
    with a bit of shimmer" for lipsticks is no Glitter & Shimmer)."""
    shown = situation.need_category if situation.picks else None
    category = request.parsed.category
    if request.intent == Intent.REFINE and shown and category and not nested(category, shown):
        request.parsed.category = None
    elif request.intent == Intent.REFINE and shown and not category:
        request.parsed.category = shown  # "a gentle one": the type on screen, said
    return request


A_TYPE_SAID = re.compile(
    r"\b(?:a|an|some|another|any)\s+(?!(?:bit|little|touch|hint)\b)([a-z]+(?:\s+[a-z]+){0,2})"
)
"""An article and the words after it, where a product type's name says one is asked for ("a
mascara", "a cheaper mascara", "some good eyeliner"): a need, not a trait of the picks ("a bit
of shimmer")."""


def _another_type_priced(
    request: Request, english: str, situation: TurnSituation, types: frozenset[str]
) -> Request:
    """A refinement by price ("not too expensive", "cheaper") that asks for a product type other
    than the one on screen ("a mascara, not too expensive" beside sunscreens: it named
    Mascara, refined the sunscreens and dropped it, `_keeps_the_type`) is a new need for that
    type at that price: a category named that is not nested with the need on screen, and a
    word of a leaf category's own name (``types``, `_leaf_types`) said as one asked for
    (`A_TYPE_SAID`)."""
    shown = situation.need_category if situation.picks else None
    category = request.parsed.category
    if (
        request.intent != Intent.REFINE
        or request.add_detail
        or situation.question
        or not shown
        or not category
        or nested(category, shown)
        or not (request.cheaper or request.pricier or request.parsed.cheap or request.parsed.priced)
    ):
        return request
    lowered = " ".join(english.lower().split())
    said = [w for m in A_TYPE_SAID.finditer(lowered) for w in m.group(1).split()]
    if not any(w.rstrip("s") in types for w in said):
        return request
    request.intent = Intent.SEARCH  # a new need: its price, not one relative to the picks
    if request.cheaper:
        request.cheaper, request.parsed.cheap = False, True
    request.pricier = False
    return request


def _a_concern_on_screen(
    request: Request, english: str, situation: TurnSituation, vocabulary: CatalogVocabulary | None
) -> Request:
    """A concern someone has, said alone beside the picks ("he has dandruff" beside shampoo
    and conditioner sets, `HAS_CONCERN`), refines the need on screen for it, where titles in
    the picks' department name it: it was a new need, searched in Shampoos, and the sets were
    lost. Elsewhere ("he has dandruff" beside lipsticks) it stays a new need."""
    shown = situation.need_category if situation.picks else None
    if request.intent not in (Intent.SEARCH, Intent.OFF_TOPIC) or situation.question or not shown:
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
    request.parsed.category = None  # the type on screen (`_keeps_the_type`), not Shampoos
    return request


def _states_a_constraint(request: Request) -> bool:
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


def _only_looks(text: str) -> bool:
    """Whether ``text`` says only how a product looks, its colours and finishes
    (`avoid.LOOK_WORDS`: "matte or glossy?", "matte finish"), with no other content word
    than what they are said of (`LOOK_NOUNS`)."""
    said = [w for w in WORD.findall(text.lower()) if w not in STOP_WORDS]
    looks = [w for w in said if w not in LOOK_NOUNS]
    return bool(looks) and all(w in LOOK_WORDS or w in SHADE_WORDS for w in looks)


PLACE_WORDS = frozenset({
    "first", "second", "third", "fourth", "fifth", "last", "middle", "former", "latter", "1st",
    "2nd", "3rd", "option", "hmm", "guess", "think",
})  # fmt: skip
"""Words that choose an option by its place ("the first one", "hmm maybe the second"): no
words to look deeper under it for."""
NOT_A_TRAIT = frozenset({"please", "pls", "plz", "one", "ones", "thanks", "thx", "ok", "okay"})
POLITE = re.compile(r"(?:^|[\s,]+)(?:please|pls|plz|thanks|thank you|thx|ty)\b[\s,.!]*", re.I)
"""Politeness around a message ("lighter please", "ok, thanks, a darker one"): no words of it."""


def _without_politeness(text: str) -> str:
    """``text`` less its politeness words (`POLITE`), or "" where nothing else is said."""
    return " ".join(POLITE.sub(" ", text).split()).strip(" ,")


def _traits_of(need: str, shown: str, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether every content word of ``need`` is one titles in ``shown`` (the picks' category)
    name, and none names a product type: a trait the type on screen has ("waterproof" beside
    mascaras, which search placed in Eyeliner), not a need of its own ("for dark circles")."""
    titles = vocabulary.title_words if vocabulary else None
    if titles is None or names_a_type(need, vocabulary):
        return False
    said = [
        w
        for w in words(need)
        if w not in STOP_WORDS and w not in CHATTER and w not in NOT_A_TRAIT and not w.isdigit()
    ]
    return bool(said) and all(
        any(within(path, shown) for path in titles.get(stem(w), ())) for w in said
    )


def _about_the_picks(request: Request, text: str) -> Request:
    """A message read as a new need that names no product type and finds no category of its
    own, said while picks are on screen: about them, not a new search. A question (``text``,
    the shopper's words) that states no constraint asks about the picks; anything else
    refines the current need (its words are added to it): "any under $20?" is a refinement."""
    lowered = " ".join(text.lower().split()).strip()
    if (
        not _states_a_constraint(request)
        and re.search(ASK, lowered)
        and not SEEKS_SOMETHING.match(lowered)
    ):
        request.intent = Intent.ASK
    else:
        request.intent = Intent.REFINE  # "pas de Revlon, merci": no Revlon, 'thanks' no detail
        if request.parsed.brands:  # "cetaphil is fine actually": the brand, 'fine' no detail
            request.text = tidy(re.sub(ACCEPTED, " ", request.text, flags=re.I))
        request.add_detail = bool(said_beyond_chatter(request.text))
    return request


def said_beyond_chatter(text: str) -> list[str]:
    """The words of ``text`` that are neither stop words nor conversation (`CHATTER`: thanks,
    cheers): what a refinement adds to the need."""
    return [w for w in words(text) if w not in STOP_WORDS and w not in CHATTER]


SEEKS_SOMETHING = re.compile(r"(?:maybe |perhaps |or )?(?:something|anything|smth|any)\b")
"""A question that opens by asking for a product ("something from a korean brand maybe?"):
a refinement, not a question about the picks."""
OFFERS_ANOTHER = re.compile(rf"{WHAT_ABOUT}|\binstead\b")
"""A need put in place of the picks' ("what about aftershave instead", "how about a balm"):
a new search even where the catalog has no category for it, not a question about the picks;
so is a need for someone (`WHO_FOR`: "a gift for my boyfriend")."""


def _offers_another(request: Request, lowered: str) -> bool:
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
    return not _states_a_constraint(request) and another is not None


NEED_SO_FAR = re.compile(r"(?:^|;)\s*need=([^;]+)")
"""The current need's words in `TurnSituation.so_far` ("need=sunscreen; category=...")."""
FOR_ITS_USE = re.compile(r"^(?:(?:the|a|an)\s+)?(?:(?:ones?|kind|type)\s+)?((?:for|to)\b.*)")
"""A reply that says what the need is for ("for makeup", "the one for my nails", "one to ..."),
and that use ("for makeup")."""
THE_SAME_TYPE = re.compile(
    r"\b(?:an?|another|the|this|that|\w+er)\s+(?:\w+\s+){0,2}ones?\b|"
    r"^ones?\s+(?:for|with|that|in)\b|"
    r"^(?:(?:the )?same(?: thing| kind| type)?|(?:something )?(?:like|similar to) "
    r"(?:these|those|this|that|them|it)),? but\b"
)
"""Words that point back at the product type on screen instead of naming one: "a matte one",
"a lighter one", "one for curly hair", "the same but waterproof", "like these but cheaper"."""
OWN_STATE = re.compile(
    r"^(?:(?:and|but|also|oh|ok|okay|btw|actually|well),?\s+)*(?:my|his|her|their|our) "
    r"(?:hair|skin|scalp|face|lips|nails|feet|hands)\s+(?:is|are|gets|get|feels|has|have|was|"
    r"tends to be|can be)\b"
)
"""The state of the shopper's (or their person's) hair or skin said beside the picks ("my hair
is also color treated"): what the need on screen is for, when its words name the picks'
department only or search guesses the picks' type."""


POINTS_AT_PICKS = re.compile(r"\b(?:the|this|that)\s+(?:\w+\s+){0,2}ones?\b")
"""Words that point at one of the picks on screen ("the cerave one", "that one", "the cheapest
decent one")."""
ASKS_ABOUT_THEM = re.compile(r"\b(?:these|those|them)\b")
"""In a question, words that point at the picks on screen ("which of these is best?")."""
SEEKS_MORE = re.compile(
    r"\b(?:do you (?:have|sell|carry)|have you got|got any|(?:any|a|an) \w+ like)\b"
)
"""A question that asks for other products ("do you have a serum like these?")."""


A_NEW_NEED = re.compile(
    r"^(?:(?:ok|okay|so|oh)\s+)?and\b|"
    r"\b(?:also|too(?=\s*(?:[,.!?]|$))|as well|another thing|next|now|plus|i need|"
    r"i'?m looking for|get rid of|"
    r"for (?:my|the|dark|puffy|tired|cracked|dry|chapped) \w+)\b"
)
"""Words that add a need beside the one on screen ("and something to make my lashes longer", "i
also need...", "for my eyelashes", "for dark circles", "get rid of dark spots"), not a detail of
it."""


def _stems(text: str) -> set[str]:
    """The stems of the words of ``text`` (a category name, a need)."""
    return {stem(w) for w in WORD.findall(text.lower())}


OWN_NEED = re.compile(
    rf"^(?:my|our) (?:\w+ )?(?:{PEOPLE})s?(?= (?:needs?|has|gets)\b)(?!.*\b(?:gift|present))", re.I
)
"""Whose need it is, said as its subject ("my son needs something for acne"): not a gift."""


def without_subject(need: str) -> str:
    """``need`` less whose it is when said as its subject (`OWN_NEED`) and other words remain:
    "my son needs something for acne" searched 'son acne' once its category was read."""
    kept = tidy(OWN_NEED.sub(" ", need))
    rest = [w for w in WORD.findall(kept.lower()) if w not in STOP_WORDS and w not in CHATTER]
    return kept if kept != need and rest else need


@lru_cache(maxsize=8)
def _leaf_types(categories: tuple[str, ...]) -> frozenset[str]:
    """The words (over 3 letters, without a plural "s") of the own names of the categories
    that have none under them: product types ("shampoo", "oil"), not branches ("face")."""
    parents = {p.rsplit(" > ", 1)[0] for p in categories if " > " in p}
    return frozenset(
        w.rstrip("s")
        for p in categories
        if p not in parents
        for w in WORD.findall(p.rsplit(" > ", 1)[-1].lower())
        if len(w) > 3
    )


class TurnReader:
    """Reads each message with the rules, and with a request parser where it helps."""

    def __init__(
        self,
        *,
        parse: QueryParser | None = None,
        vocabulary: CatalogVocabulary | None = None,
        parser: RequestParser | None = None,
        mode: ParserMode = "rules",
        categories: CategoryGuesser | None = None,
        deepen: int = DEEPEN_ROUNDS,
    ) -> None:
        """Set up the reader.

        Args:
            parse: the retrieval query parser bound to the catalog (the rules' constraints).
            vocabulary: the catalog's brands, categories and words.
            parser: the language model's request parser; None reads with the rules only.
            mode: ``auto`` (the model where the rules fall short), ``model`` (every turn) or
                ``rules`` (never the model).
            categories: guesses the category of a new need that names none (from what search
                finds for it); None leaves such needs without a category.
            deepen: how many times a category with sub-categories (a department the words
                name, "hair", "face", "nails", or a branch the guess found) is guessed again
                under itself to go deeper; 0 never.

        Raises:
            ValueError: an unknown mode.
        """
        if mode not in PARSER_MODES:
            raise ValueError(
                f"parser mode: expected one of {', '.join(PARSER_MODES)}, got {mode!r}"
            )
        self.parse = parse
        self.vocabulary = vocabulary
        self.parser = parser
        self.mode: ParserMode = mode if parser is not None else "rules"
        self.validator = RequestValidator(vocabulary or CatalogVocabulary())
        self.categories = categories
        self.need_category = (
            NeedCategory(categories, parse=parse, vocabulary=vocabulary, deepen=deepen)
            if categories is not None
            else None
        )

    def read(self, text: str, situation: TurnSituation, options: Sequence[str] = ()) -> Request:
        """The request ``text`` makes in ``situation``.

        Args:
            text: the shopper's (redacted) message.
            situation: the pending question, the picks on screen, the request so far.
            options: the pending question's options as category paths.
        """
        request = self._understood(text, situation, options)
        types = _leaf_types(tuple(self.vocabulary.categories)) if self.vocabulary else frozenset()
        request = _another_type_priced(request, text, situation, types)
        request = _a_concern_on_screen(request, text, situation, self.vocabulary)
        request = self._a_type_of_its_own(request, situation)
        request = self._option_for_its_use(request, text, situation, options)
        request = self._deeper_answer(request, situation, options)
        request = _keeps_the_type(self._with_category(request, situation, text), situation)
        request = self._type_in_branch(request, situation)
        if request.intent == Intent.SEARCH or request.add_detail:  # its category read: the need
            request.text = catalog_need(without_subject(request.text), self.vocabulary)
        return self._bundle_type(self._without_a_home(request, text), situation)

    def _a_type_of_its_own(self, request: Request, situation: TurnSituation) -> Request:
        """A reply to our question that names a product type of its own, other than the need's,
        is a new need, not an answer: asked 'Skin Care, Hair Care or Bath & Body?' of an oil,
        "I want a shampoo for curly hair" (or "Quiero un champú para cabello rizado") searched
        'oil' in Shampoos. A type is a word of a leaf category's own name (`_leaf_types`: not
        "face" or "hair"), not one of the options'."""
        need = NEED_SO_FAR.search(situation.so_far)
        if not (request.answer and situation.question and need and self.vocabulary is not None):
            return request
        leaves = _leaf_types(tuple(self.vocabulary.categories))
        offered = plain_words(" ".join(situation.options))
        said = plain_words(request.text) & leaves - offered
        needed = plain_words(need.group(1)) & leaves
        if said and needed and not said & needed:
            request.answer = []  # a new need: searched as said (the avoided stay)
        return request

    def _option_for_its_use(
        self, request: Request, text: str, situation: TurnSituation, options: Sequence[str]
    ) -> Request:
        """A reply to our question that says what the need is for ("for makeup please", "the
        one for makeup"), naming a category no offered option holds, chooses the option under
        which search guesses the need's words with the reply's: asked 'Hair Care, Bath & Body
        or Tools & Accessories?' of a brush, "the one for makeup" searched 'makeup' in Makeup
        (the brush lost); now makeup brushes, under Tools & Accessories."""
        stated, need = request.parsed.category, NEED_SO_FAR.search(situation.so_far)
        if (
            request.answer
            or request.intent != Intent.SEARCH
            or not (options and situation.question and stated and need)
            or any(nested(stated, option) for option in options)
            or not (use := FOR_ITS_USE.match(" ".join(request.text.lower().split())))
            or self.categories is None
        ):
            return request
        try:
            filters = replace(request.parsed.filters(), category=None, avoid=tuple(request.avoid))
        except ShopAssistError:
            return request
        guess = self.categories.guess(f"{need.group(1)} {use.group(1)}", filters)
        chosen = next((o for o in options if guess and within(guess, o)), None)
        if guess and chosen:
            request.answer, request.parsed.category = [chosen], guess
        return request

    def _type_in_branch(self, request: Request, situation: TurnSituation) -> Request:
        """A message beside the picks that names a branch of the catalog and no product type
        ("for my face, i have oily skin" beside sunscreens for the body) asks for the need's
        type in that branch: the deepest category under it whose own name a word of the need
        or of the picks' category names (Face > Sunscreens; "the face mostly" beside body
        lotions for dry skin: Face > Creams & Moisturizers), the need kept and the message's
        words added to it; the message stays a new search when the branch holds no such
        category."""
        found, shown = request.parsed.category, situation.need_category
        need = NEED_SO_FAR.search(situation.so_far)
        refined = request.intent == Intent.REFINE and found == shown and shown is not None
        refined = refined and not OWN_STATE.match(" ".join(request.text.lower().split()))
        if refined and situation.picks:  # not "my hair is color treated": no branch asked for
            found = self._branch_named(request.text, shown)  # "one for the body": no type
        if (
            (request.intent != Intent.SEARCH and not (refined and found))
            or not situation.picks
            or situation.question
            or not found
            or not shown
            or not need
            or nested(found, shown)
            or self.vocabulary is None
        ):
            return request
        said = {stem(w) for w in WORD.findall(request.text.lower())}
        levels = found.split(" > ")
        depth = next(
            (d for d in range(len(levels), 1, -1) if _stems(levels[d - 1]) & said), 0
        )  # the deepest level the message names ("face"), not the guess below it
        branch = " > ".join(levels[:depth])
        branch_stems = _stems(branch)
        rest = " ".join(
            w for w in WORD.findall(request.text.lower()) if stem(w) not in branch_stems
        )
        if not depth or names_a_type(rest, self.vocabulary):
            return request
        wanted = {w for w in _stems(need.group(1)) if len(w) > 3}
        shown_type = " ".join(shown.split(" > ")[2:])  # "Body > Moisturizers > Lotions"
        wanted |= {w for w in _stems(shown_type) if len(w) > 3} - branch_stems
        homes = [
            p
            for p in self.vocabulary.categories
            if below(p, branch) and wanted & _stems(p.rsplit(" > ", 1)[-1])
        ]
        if not homes:
            return request
        request.intent, request.add_detail = Intent.REFINE, True
        named = said | wanted  # "one for my hands": Hand Creams before Cuticle Creams

        def fit(path: str) -> tuple[int, int]:
            return len(named & _stems(path.rsplit(" > ", 1)[-1])), path.count(" > ")

        request.parsed.category = max(homes, key=fit)
        return request

    def _branch_named(self, text: str, shown: str) -> str | None:
        """The shallowest branch of the picks' department, apart from theirs, whose own name a
        word of ``text`` names ("one for the body" beside face creams: Skin Care > Body), where
        the words name it only among nodes the query parser could not tell apart; or None."""
        said = {stem(w) for w in WORD.findall(text.lower()) if len(w) > 3}
        paths = self.vocabulary.categories if self.vocabulary else ()
        nodes = {
            " > ".join(levels[:depth])
            for levels in (p.split(" > ") for p in paths)
            for depth in range(3, len(levels) + 1)
        }
        named = [
            n
            for n in nodes
            if department(n) == department(shown)
            and not nested(n, shown)
            and said & _stems(n.rsplit(" > ", 1)[-1])
        ]
        return min(named, key=lambda n: (n.count(" > "), n), default=None)

    def _deeper_answer(
        self, request: Request, situation: TurnSituation, options: Sequence[str]
    ) -> Request:
        """An answer that chose one offered option and says more than its name ("makeup,
        mainly for my eyes", "hair stuff, a good shampoo") narrows the need to the category
        under the option (an option that is no category: under the current need's) that its
        words name, or else that search guesses for them there: the option narrows the need,
        the words go deeper (`Request.parsed.category`)."""
        if len(request.answer) != 1 or request.answer[0] not in options:
            return request
        chosen = request.answer[0]
        under = chosen if " > " in chosen else situation.need_category
        stated = request.parsed.category
        if stated and (under is None or below(stated, under)):
            return request  # the words name a category under it: "hair, a shampoo"
        request.parsed.category = None
        own = {w.rstrip("s") for w in WORD.findall(chosen.rsplit(" > ", 1)[-1].lower())}
        rest = [
            w
            for w in said_words(request.text.lower())
            if w not in STOP_WORDS
            and w not in NON_PRODUCT_WORDS
            and len(w) > 2
            and w not in PLACE_WORDS
            and (w.rstrip("s") not in own or " > " not in chosen)
        ]
        if not rest or self.categories is None:
            return request
        try:
            filters = replace(request.parsed.filters(), category=under, avoid=tuple(request.avoid))
        except ShopAssistError:
            return request
        guess = self.categories.guess(" ".join(rest), filters)
        if guess and (under is None or below(guess, under)):
            request.parsed.category = guess
        return request

    def _bundle_type(self, request: Request, situation: TurnSituation) -> Request:
        """A bundle request anchored on a pick whose words name a type by a word of a category's
        name that the query parser does not place ("a primer to go with it": face, eye or nail
        primer) gets the category search guesses for them, the one the bundle handler shows
        (`handlers.bundle.type_guessed`)."""
        if request.intent != Intent.BUNDLE or request.parsed.category or not situation.picks:
            return request
        if points_at_a_pick(request) and names_a_type(request.text, self.vocabulary):
            near = situation.need_category  # "a brush" beside foundations: makeup brushes
            request.parsed.category = type_guessed(
                request.text, self.categories, near, self.vocabulary
            )
        return request

    def _without_a_home(self, request: Request, text: str) -> Request:
        """A new need for a product type the catalog has no category for (a deodorant, a lip
        balm, beard oil: `kinds.homeless_kinds`) gets none: the category its other words name
        ("lip" names Lips, "men" Men's fragrance) or search guesses holds other products."""
        homeless = self.vocabulary.homeless if self.vocabulary else frozenset()
        if request.intent != Intent.SEARCH or not homeless:
            return request
        treated = kind_for_a_state(to_catalog_words(text), homeless)
        if treated and not names_a_type(treated[1], self.vocabulary):  # "my lips are cracked"
            request.text, request.parsed.category = f"{treated[0]} {request.text}", None
            return request
        if not request.parsed.category:
            return request
        said = (request.text, to_catalog_words(text))
        if any(names_homeless(version, homeless) for version in said):
            request.parsed.category = None
        if about_a_homeless_family(said[1], self.vocabulary):  # "he has a beard"
            request.parsed.category = None
        return request

    def _understood(self, text: str, situation: TurnSituation, options: Sequence[str]) -> Request:
        """The rules' reading (of the message in the catalog's words: `retrieval.lexicon`), with
        the option of our pending question it picks, or the checked model's reading where the
        mode asks for it (the model reads the message as written)."""
        english = read_misspelt_types(in_usual_names(to_catalog_words(text)), self.vocabulary)
        english = read_misspelt_words(english, self.vocabulary)  # "hiar": hair
        rules = understand(
            english, shown=len(situation.picks), parse=self.parse, vocabulary=self.vocabulary
        )
        rules = picks_named_by_brand(rules, english, situation.picks)  # "is the CeraVe one ..."
        rules = picks_named_by_title(rules, english, situation.picks)  # "does the dunhill ..."
        rules = set_anchor_named(rules, english, situation.picks)  # "goes with the cleanser"
        if self.vocabulary is not None:
            rules.not_kinds = other_kinds(english, self.vocabulary.kinds)  # no dry shampoo
            rules.not_kinds += too_strong_for(english)  # "for beginners": no maximum strength
            rules = _kinds_turned_down(rules, english, situation, self.vocabulary.kinds)
        named = options_named(english, options)
        bands = price_bands(options, self.parse)  # priced options ("under $10"), once a turn
        if (
            options
            and rules.intent == Intent.REFINE
            and named
            and (not situation.picks or len(named) == 1)
        ):
            rules.intent = Intent.SEARCH  # "for my cheeks": an answer, not a refinement; beside
            # picks too when it names one option ("a lighter one for day" to "day or night?")
        if options and rules.intent in (Intent.SEARCH, Intent.OFF_TOPIC):
            chosen = match_option(english, options)
            others = others_of(english, options)
            if others:
                rules.answer = others  # "not matte": the options left
            elif len(named) >= 2 and re.search(r"\b(both|and|either)\b", english.lower()):
                rules.answer = named  # "both face and body"
            elif len(named) == 1:
                rules.answer = named  # "my legs are so dry": Body; "men" is Men's, not Women's
            elif chosen is not None:
                rules.answer = [chosen]  # "face", "la cara": one of the options we offered
            elif answers_any(text) or answers_any(english) or names_their_branch(english, options):
                rules.answer = [ANY]  # "anything is fine", "you choose": the need stays
                if detail := any_detail(english):  # "whichever is best for wrinkles"
                    rules.text, rules.add_detail = detail, True
            elif only_cheap(english) and bands is None:
                rules.answer, rules.intent = [ANY], Intent.SEARCH  # "cheaper": any, cheap
                rules.parsed.cheap, rules.cheaper = True, False
            elif AGE_ONLY.match(" ".join(english.lower().split())):
                rules.answer, rules.intent = [ANY], Intent.SEARCH  # "he's 15": the need stays
            elif _only_pricier(english) and bands is None:
                rules.answer, rules.intent = [ANY], Intent.SEARCH  # "a bit more expensive is ok"
                rules.drop, rules.pricier = [*rules.drop, "price"], False
            elif rules.superlative in BY_RECORD and bands is None:
                rules.answer, rules.intent = [ANY], Intent.SEARCH  # "the most popular one"
        rules = _on_screen(rules, english, situation, self.vocabulary)
        rules = price_option(rules, english, options, bands)  # "the middle one"
        if (
            self.parser is None
            or self.mode == "rules"
            or (self.mode == "auto" and not needs_model(rules, text, situation, self.vocabulary))
        ):
            return priced_answer(free_answer(rules, english, situation, options), options, bands)
        model = self.parser.parse(situation, text)
        if model is None:
            return rules  # the parser logged why
        checked = self.validator.check(model, text, situation, options)
        name = getattr(self.parser, "name", "model")
        return to_request(checked, rules, source=str(name), shown=len(situation.picks))

    def _with_category(self, request: Request, situation: TurnSituation, text: str) -> Request:
        """``request`` with the guessed category of a new need, among the products that pass
        its stated constraints: where the words name no category, the branch search finds;
        then, while that category (or the words') has sub-categories, up to ``deepen`` times,
        the branch a search under it finds. Not for an answer to our pending question: its
        options decide. With picks on screen, words that name no category and find no branch
        of their own, or find one in another department than the picks' and say no new need
        (`A_NEW_NEED`), are about the picks (`_about_the_picks`), and so are words that point back
        at the type on screen ("a matte one") or whose category is the one the picks answer
        (or lies above or under it): the need on screen, refined or asked about."""
        stated = request.parsed.category
        guess = self.need_category
        if (
            guess is None
            or request.intent != Intent.SEARCH
            or situation.question
            or request.answer
            or not request.text.strip()
        ):
            return request
        shown = situation.need_category if situation.picks else None
        if shown and (plain := _without_politeness(request.text)):
            request.text = plain  # "lighter please": the search guesses 'lighter' (not eyes)
        lowered = " ".join(text.lower().split())
        pointed = bool(request.references or POINTS_AT_PICKS.search(lowered)) or bool(
            re.search(ASK, lowered)
            and ASKS_ABOUT_THEM.search(lowered)
            and not SEEKS_MORE.search(lowered)
        )
        pointed = pointed or bool(re.match(TOO_MUCH_OF_IT, lowered))  # "too girly": the picks are
        department_only = stated is None or stated.count(" > ") <= 1
        if situation.picks and pointed and department_only and not shown:
            return _about_the_picks(request, text)  # "which of these ...": about the picks
        if shown and (stated is None or nested(stated, shown)):
            same = pointed or THE_SAME_TYPE.search(lowered) or OWN_STATE.match(lowered)
            if same or (stated and not guess.has_children(stated)):
                # "a matte one", or the type on screen named again: the need on screen
                request.parsed.category = max(stated or shown, shown, key=len)
                return _about_the_picks(request, text)
        request.parsed.category = stated = guess.named(request, picks_shown=bool(situation.picks))
        if stated and not guess.goes_deeper(stated):
            return request
        if not stated and pampers_only(request.text, self.vocabulary):
            return request  # "something to pamper her": what kind of treat is the question
        if guess.several_types(request.text, stated):
            request.parsed.category = None  # no one home for them all: search them together
            return request
        try:
            filters = replace(request.parsed.filters(), avoid=tuple(request.avoid))
        except ShopAssistError:
            return request  # the search reports the bad constraint
        category = stated
        if not stated:
            category = guess.first_guess(request, filters, shown)
            elsewhere = bool(
                category
                and shown
                and department(category) != department(shown)
                and not A_NEW_NEED.search(to_catalog_words(lowered))  # "plus foncé": darker
                and not re.match(HAS_CONCERN, lowered)  # "he has dandruff" beside lipsticks
            ) or bool(
                category and shown and not nested(category, shown) and _only_looks(request.text)
            )  # "something more natural" beside shampoos: no face care; "matte or glossy?"
            # beside lipsticks: no nail polish
            if (
                (category is None or elsewhere)
                and situation.picks
                and not _offers_another(request, lowered)
            ):
                if elsewhere:
                    request.parsed.category = shown
                return _about_the_picks(request, text)
        category = guess.deeper(request, category, filters)
        if category and not stated and not situation.picks:
            category = guess.backed(request, category, filters)
        request.parsed.category = category
        if shown and category and nested(category, shown):
            # the product type on screen, read again: about the picks, not a new need
            request.parsed.category = max(category, shown, key=len)
            return _about_the_picks(request, text)
        if (
            shown
            and category
            and not stated
            and _traits_of(request.text, shown, self.vocabulary)
            and not A_NEW_NEED.search(to_catalog_words(lowered))
            and not _offers_another(request, lowered)
        ):  # "waterproof" beside mascaras, guessed Eyeliner: a trait mascaras' titles name
            request.parsed.category = shown
            return _about_the_picks(request, text)
        return request
