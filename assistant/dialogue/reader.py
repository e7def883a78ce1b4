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
from collections.abc import Callable, Sequence
from typing import Literal

from assistant.dialogue.category.bundle_category import bundle_type, used_with_a_pick
from assistant.dialogue.category.category_placement import in_their_sex_s_branch, with_category
from assistant.dialogue.category.homeless_needs import without_a_home
from assistant.dialogue.category.kinds import in_usual_names, other_kinds, too_strong_for
from assistant.dialogue.category.need_category import DEEPEN_ROUNDS, NeedCategory
from assistant.dialogue.category.no_product import GIFT_SET, a_gift_of_no_type
from assistant.dialogue.category.story_needs import (
    first_part,
    type_asked_for_last,
    type_for_a_problem,
)
from assistant.dialogue.category.typos import read_misspelt_types, read_misspelt_words
from assistant.dialogue.clarifying.answer_category import (
    AnswerCategory,
    a_category_of_its_own,
    detail_beside_options,
)
from assistant.dialogue.clarifying.answers import among_several, free_answer
from assistant.dialogue.clarifying.need_beside_the_question import a_need_beside_the_question
from assistant.dialogue.clarifying.option_answers import answer_to_the_options
from assistant.dialogue.clarifying.option_traits import traits_of_the_options
from assistant.dialogue.clarifying.price_answers import (
    pick_by_price,
    price_bands,
    price_option,
    priced_answer,
)
from assistant.dialogue.intents.talk import asks_for_nothing_sold, names_nothing_sold
from assistant.dialogue.model.model_reading import needs_model, to_request
from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.model.parser import RequestParser
from assistant.dialogue.model.validation import RequestValidator
from assistant.dialogue.needs.avoid_lifted import lifted_avoids, lifting_phrases
from assistant.dialogue.needs.brands_said import a_brand_s_home
from assistant.dialogue.needs.need_so_far import (
    a_change_to_the_need_so_far,
    a_trait_of_the_need_so_far,
)
from assistant.dialogue.needs.need_words import CHATTER, as_titles_say, catalog_need
from assistant.dialogue.needs.shopping_words import names_a_product
from assistant.dialogue.needs.stated_traits import with_traits
from assistant.dialogue.needs.wording import PEOPLE, WORD, said_words, tidy
from assistant.dialogue.phrases.need_openings import NOW_NEXT
from assistant.dialogue.phrases.no_preference import LEFT_TO_US
from assistant.dialogue.picks.asked_of_a_pick import a_pick_asked_by_name, a_pick_judged_by_name
from assistant.dialogue.picks.beside_picks import (
    a_concern_on_screen,
    a_fresh_start,
    a_part_on_screen,
    a_trait_not_a_reset,
    on_screen,
    used_on_a_type,
)
from assistant.dialogue.picks.branch_beside_picks import type_in_branch
from assistant.dialogue.picks.bundle_for_a_pick import a_bundle_for_a_pick
from assistant.dialogue.picks.kind_of_theirs import a_kind_of_theirs
from assistant.dialogue.picks.named_picks import (
    a_pick_said_in_passing,
    picks_counted_by_a_name,
    picks_named_by_brand,
)
from assistant.dialogue.picks.names_as_places import names_as_places
from assistant.dialogue.picks.pick_measured_against import picks_a_refinement_names
from assistant.dialogue.picks.picks_by_own_word import (
    picks_named_by_own_word,
    picks_named_by_title,
    picks_named_by_trait,
    set_anchor_named,
)
from assistant.dialogue.picks.picks_by_price import picks_named_by_price
from assistant.dialogue.picks.picks_judged import picks_judged
from assistant.dialogue.picks.picks_weighed import picks_weighed
from assistant.dialogue.picks.states_beside_picks import (
    a_state_for_another_need,
    a_state_in_the_picks_department,
)
from assistant.dialogue.picks.type_for_a_pick import a_type_for_a_pick
from assistant.dialogue.picks.types_beside_picks import (
    a_type_beside_theirs,
    another_type_after_none_found,
    another_type_priced,
    keeps_the_type,
    kinds_turned_down,
    one_more_at_its_own_price,
    type_turned_down,
)
from assistant.dialogue.ports import CategoryGuesser, QueryParser
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.understanding import understand
from assistant.dialogue.vocabulary import CatalogVocabulary, leaf_types, names_a_type
from retrieval.lexicon import OTHER_SCRIPTS, to_catalog_words, unread_words
from retrieval.tokenize import STOP_WORDS

logger = logging.getLogger(__name__)

__all__ = [
    "PARSER_MODES",
    "ParserMode",
    "TurnReader",
    "first_part",
    "without_now",
    "without_subject",
]

ParserMode = Literal["auto", "rules", "model"]
PARSER_MODES: tuple[str, ...] = ("auto", "rules", "model")


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


def without_now(text: str, brands: Sequence[str]) -> str:
    """A new need's ``text`` less the "now" that opens it (`NOW_NEXT`: "now lip balm", "ok now
    conditioner"), unless it opens the name of one of the catalog's ``brands`` ("now foods tea
    tree oil")."""
    rest = re.sub(NOW_NEXT, "", text, flags=re.I)
    if rest == text or not rest:
        return text
    lowered = " ".join(text.lower().split())
    named = (b.lower() for b in brands if b[:3].lower() == "now")
    return (
        text
        if any(re.match(rf"now {re.escape(b[3:].strip())}\b", lowered) for b in named)
        else rest
    )


DIGIT = re.compile(r"\d")


def _unread(request: Request, text: str) -> Request:
    """``request`` with the words of ``text`` no word list reads (`unread_words`: a script we
    do not know, "ქალის სუნამო 50 ლარამდე") noted and out of the need: the catalog is English,
    so they find nothing. Such a message with a number in it is shopping (a price, a size), not
    off the shop's topic: its need, unknown, is asked for."""
    request.unread = unread_words(text)
    if not request.unread:
        return request
    if request.intent == Intent.OFF_TOPIC and DIGIT.search(text):
        request.intent, request.text = Intent.SEARCH, ""
    if request.intent == Intent.SEARCH:
        request.text = " ".join(w for w in request.text.split() if not OTHER_SCRIPTS.search(w))
    return request


ASKS_NOTHING = frozenset({Intent.OFF_TOPIC, Intent.GREETING, Intent.FEEDBACK})
"""What the rest of a message that lifts an avoid may be read as that asks nothing of the shop
("sulfates don't bother me, ignore that": 'ignore that' read alone is off topic)."""


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
        self.answer_category = AnswerCategory(vocabulary, categories)
        self.need_category = (
            NeedCategory(categories, parse=parse, vocabulary=vocabulary, deepen=deepen)
            if categories is not None
            else None
        )

    def read(self, text: str, situation: TurnSituation, options: Sequence[str] = ()) -> Request:
        """The request ``text`` makes in ``situation``: the rules' (or the model's) reading
        (`_understood`), then, in this order, what it means after the dialogue so far, beside
        the picks and our question (`_in_the_dialogue`), the need's type and category
        (`_typed_and_placed`) and the need's own words (`_the_need_said`).

        Args:
            text: the shopper's (redacted) message.
            situation: the pending question, the picks on screen, the request so far.
            options: the pending question's options as category paths.
        """
        if (lifting := self._lifting(text, situation, options)) is not None:
            return lifting  # "actually nuts are fine": nut no longer ruled out
        text = names_as_places(text, situation.picks, self._names_a_product)  # "the tea tree one"
        request = _unread(self._understood(text, situation, options), text)
        words = to_catalog_words(text)  # the message in the catalog's words
        request, situation = self._in_the_dialogue(request, text, words, situation, options)
        request = self._typed_and_placed(request, text, words, situation)
        if (
            situation.from_scratch
            and not situation.so_far
            and asks_for_nothing_sold(" ".join(words.lower().split()), request, self.vocabulary)
        ):
            request.intent, request.text = Intent.OFF_TOPIC, ""  # "i need a phone charger"
        return self._the_need_said(request, text, words, situation)

    def _in_the_dialogue(
        self,
        request: Request,
        text: str,
        words: str,
        situation: TurnSituation,
        options: Sequence[str],
    ) -> tuple[Request, TurnSituation]:
        """``request`` read after the dialogue so far, beside the picks on screen (a pick it
        names, a bundle for one) and our pending question (the option its category or its use
        answers); and the situation it is read in from here: with the picks and our question
        behind where it starts afresh."""
        request = _nothing_to_refine(request, situation)  # "for my husband" said first
        request = a_trait_not_a_reset(request, text, situation)  # "clear" beside clear polish
        request = a_change_to_the_need_so_far(request, text, situation, self.vocabulary)
        request = a_trait_of_the_need_so_far(request, text, situation, self.vocabulary, options)
        if a_fresh_start(request, text, situation):  # "forget it, show me sleep masks
            situation = TurnSituation(so_far=situation.so_far)  # instead": the picks behind
        if asked := a_need_beside_the_question(
            request, words, situation, options, self.parse, self.vocabulary
        ):  # "forget lips, i need mascara": a type of its own, our question behind
            request.answer, request.intent, request.add_detail = [], Intent.SEARCH, False
            request.parsed.category = self.parse(asked).category if self.parse else None
            situation = TurnSituation(so_far=situation.so_far)
        request = a_bundle_for_a_pick(request, words, situation, self.parse, self.vocabulary)
        request = a_pick_asked_by_name(request, words, situation, self.parse, self.vocabulary)
        request = a_pick_judged_by_name(request, words, situation, self.parse, self.vocabulary)
        if (
            request.intent == Intent.SEARCH
            and situation.from_scratch
            and not request.unread  # a script we do not read: its need is asked for
            and names_nothing_sold(" ".join(words.lower().split()), request, self.vocabulary)
        ):
            request.intent = Intent.OFF_TOPIC  # "who is the president of france": no search
        request = a_state_for_another_need(request, words, situation)
        request = used_on_a_type(request, words, situation, self.vocabulary)
        request = self.answer_category.branch_not_offered(request, situation, options)
        types = leaf_types(tuple(self.vocabulary.categories)) if self.vocabulary else frozenset()
        request = another_type_priced(request, text, situation, types)
        request = a_concern_on_screen(request, text, situation, self.vocabulary)
        request = self.answer_category.a_type_of_its_own(request, situation, options)
        request = a_category_of_its_own(request, text, situation, options)
        request = self.answer_category.option_for_its_use(request, text, situation, options)
        request = self.answer_category.deeper_answer(request, words, situation, options)
        return detail_beside_options(request, options), situation  # "shampoo, for dandruff"

    def _typed_and_placed(
        self, request: Request, text: str, words: str, situation: TurnSituation
    ) -> Request:
        """``request`` with the product type its story asks for, its category (a new need's
        guessed: `category_placement`), and the type it keeps or takes beside the picks."""
        vocabulary = self.vocabulary
        request = type_asked_for_last(request, words, situation, self.parse, vocabulary)
        request = type_for_a_problem(
            request, words, situation, self.parse, vocabulary, self.categories
        )
        if not situation.question and a_gift_of_no_type(request, words.lower(), vocabulary):
            request.text, request.parsed.category = GIFT_SET, None  # "secret santa, $10 limit"
        else:
            placed = with_category(request, text, situation, self.need_category, vocabulary)
            request = in_their_sex_s_branch(placed, vocabulary)
        facts = vocabulary.brand_facts if vocabulary is not None else None
        request = a_brand_s_home(request, situation, facts)  # "like Olay but cheaper"
        request = a_state_in_the_picks_department(request, words, situation)
        request = keeps_the_type(request, situation)
        request = a_type_beside_theirs(request, situation, vocabulary)
        request = a_kind_of_theirs(request, situation, vocabulary)  # "a tinted one"
        # "like the mac one but a liner" beside lipsticks: Lip Liners
        request = a_type_for_a_pick(
            request, text, situation, self.parse, self.categories, vocabulary
        )
        request = a_part_on_screen(request, situation, vocabulary)  # "for my face"
        request = type_in_branch(request, situation, vocabulary)
        request = one_more_at_its_own_price(request, text, situation)
        return another_type_after_none_found(request, situation)  # none found: its price too

    def _the_need_said(
        self, request: Request, text: str, words: str, situation: TurnSituation
    ) -> Request:
        """``request`` with the need in its own words (less chatter, whose it is, an opening
        "now"; a plural as the titles say it, once its category is read), a bundle's or a
        homeless type's category, and whose its traits are."""
        if request.intent == Intent.SEARCH:  # "now lip balm": the next need, 'lip balm'
            request.text = without_now(
                request.text, self.vocabulary.brands if self.vocabulary else ()
            )
        if request.intent == Intent.SEARCH or request.add_detail:  # its category read: the need
            said = catalog_need(  # a detail of chatter alone is none: "can you go up
                without_subject(request.text),  # to 25", "actually make it under 10"
                self.vocabulary,
                none_left=None if request.intent == Intent.SEARCH else "",
            )
            request.text = as_titles_say(said, self.vocabulary)  # "lipsticks": 'lipstick'

        request = used_with_a_pick(request, situation, self.parse, self.vocabulary)
        request = without_a_home(request, text, self.vocabulary)
        request = bundle_type(request, situation, self.categories, self.vocabulary)
        request = _for_no_one(with_traits(request, words))  # scent, finish...: whose they are
        request = traits_of_the_options(request, situation)  # "oily" to 'your skin type?'
        if request.answer and not situation.picks:  # "the 2nd" to our question names its
            request.references = []  # second option: no pick, none on screen
        return request

    def _lifting(
        self, text: str, situation: TurnSituation, options: Sequence[str]
    ) -> Request | None:
        """A message that lets an ingredient ruled out so far back in ("forget the sulfate
        thing", "parabens are ok, just no fragrance"; `avoid_lifted.lifted_avoids`): the rest
        of it read as a message of its own, with the ingredients in ``allow``; a rest that
        names no type, category, price or brand, or asks nothing of the shop ("..., ignore
        that", "..., show me all": `ASKS_NOTHING`), refines the need on screen ("actually nuts
        are fine": the same need, nuts included again). None when it lifts nothing."""
        lowered = " ".join(text.lower().split())
        lifted = lifted_avoids(lowered, situation.avoided)
        if not lifted:
            return None
        rest = lowered
        for phrase in lifting_phrases(lowered, situation.avoided):
            rest = rest.replace(phrase, " ")
        rest = tidy(rest).strip(" ,.;:!?-")
        request = self.read(rest, situation, options) if said_words(rest) else None
        if (
            request is None
            or request.intent in ASKS_NOTHING
            or (
                request.intent == Intent.SEARCH
                and not request.parsed.category
                and not request.parsed.priced
                and not request.parsed.brands
                and not request.parsed.exclude_brands
                and not names_a_type(request.text, self.vocabulary)
            )
        ):
            avoid = request.avoid if request is not None else []
            request = Request(intent=Intent.REFINE, avoid=avoid)
        request.allow = lifted
        request.avoid = [a for a in request.avoid if a not in lifted]
        return request

    def _names_a_product(self, word: str) -> bool:
        """Whether ``word`` names something the catalog sells (every word may, where the
        catalog is unknown)."""
        return self.vocabulary is None or names_a_product(word, self.vocabulary)

    def _understood(self, text: str, situation: TurnSituation, options: Sequence[str]) -> Request:
        """The rules' reading (of the message in the catalog's words: `retrieval.lexicon`), with
        the picks it names and the option of our pending question it picks
        (`option_answers.answer_to_the_options`), or the checked model's reading where the
        mode asks for it (the model reads the message as written)."""
        english = read_misspelt_types(in_usual_names(to_catalog_words(text)), self.vocabulary)
        english = read_misspelt_words(english, self.vocabulary)  # "hiar": hair
        rules = understand(
            english, shown=len(situation.picks), parse=self.parse, vocabulary=self.vocabulary
        )
        rules = _picks_named(rules, english, situation, self._names_a_product)
        rules = self._kinds_turned_down(rules, english, situation)
        bands = price_bands(options, self.parse)  # priced options ("under $10"), once a turn
        rules = answer_to_the_options(
            rules, english, text, situation, options, bands, self.parse, self.vocabulary
        )
        if not options and situation.picks and re.match(LEFT_TO_US, english.lower().strip()):
            rules.intent, rules.superlative = Intent.COMPARE, "best_match"  # "you choose":
            rules.text, rules.references = "", []  # the pick we would choose, named
        rules = on_screen(rules, english, situation, self.vocabulary)
        rules = picks_a_refinement_names(rules, english, situation.picks)  # by size, read above
        rules = price_option(rules, english, options, bands)  # "the middle one"
        rules = pick_by_price(rules, english, situation, options)  # "the cheaper of the two"
        if self.vocabulary is not None:  # "not hair" of three departments: the other two only
            rules = among_several(rules, options, self.vocabulary.categories)
        model = None
        if (
            self.parser is not None
            and self.mode != "rules"
            and (self.mode == "model" or needs_model(rules, text, situation, self.vocabulary))
        ):
            model = self.parser.parse(situation, text)
        if model is None:  # the rules alone, or the parser gave up (logged and counted)
            return priced_answer(free_answer(rules, english, situation, options), options, bands)
        checked = self.validator.check(model, text, situation, options)
        name = getattr(self.parser, "name", "model")
        return to_request(checked, rules, source=str(name), shown=len(situation.picks))

    def _kinds_turned_down(self, rules: Request, english: str, situation: TurnSituation) -> Request:
        """``rules`` with the kinds and types the message turns down ("no dry shampoo", "for
        beginners": nothing maximum strength, "not those, a cream")."""
        if self.vocabulary is not None:
            rules.not_kinds = other_kinds(english, self.vocabulary.kinds)  # no dry shampoo
            titled, named = self.vocabulary.title_words, rules.parsed.category
            rules.not_kinds += too_strong_for(english, titled, named)  # "for beginners"
            rules = kinds_turned_down(rules, english, situation, self.vocabulary.kinds)
        return type_turned_down(rules, english, situation, self.parse, self.vocabulary)


def _picks_named(
    rules: Request,
    english: str,
    situation: TurnSituation,
    names_a_product: Callable[[str], bool],
) -> Request:
    """``rules`` with the picks on screen the message names (`named_picks`): by a count, a
    brand, a title, a price, a trait, a word of their own, in passing or judged."""
    picks = situation.picks
    rules = picks_counted_by_a_name(rules, english, picks)  # "the two X ones"
    rules = picks_a_refinement_names(rules, english, picks)  # "the CeraVe but ..."
    rules = picks_named_by_brand(rules, english, picks)  # "is the CeraVe one ..."
    rules = picks_named_by_title(rules, english, picks)  # "does the dunhill ..."
    rules = picks_named_by_price(rules, english, picks)  # "the $36 one, how ..."
    rules = picks_named_by_trait(rules, english, picks)  # "the one with shea ..."
    rules = set_anchor_named(rules, english, picks)  # "goes with the cleanser"
    rules = picks_named_by_own_word(rules, english, picks)  # "love the pink!"
    rules = picks_judged(rules, english, picks)  # "the revlon one looks awful"
    rules = a_pick_said_in_passing(rules, english, picks, names_a_product)
    return picks_weighed(rules, english)  # "is the wella one better than the john frieda?"


def _nothing_to_refine(request: Request, situation: TurnSituation) -> Request:
    """A refinement said with nothing to refine, no picks on screen, no question of ours
    pending and no request so far ("for my husband", "for him" as the first message): a new
    need, read as a search (one naming no product is asked about, `no_product`)."""
    if request.intent == Intent.REFINE and situation.from_scratch and not situation.so_far:
        request.intent = Intent.SEARCH
    return request


NO_REQUEST = frozenset({Intent.UNSAFE, Intent.OFF_TOPIC, Intent.GREETING})
"""Turns that ask the shop for nothing it sells: a person they name is no recipient ("good
evening my friend")."""

WEIGHS_THE_PICKS = frozenset({Intent.COMPARE})
"""Turns that weigh the picks on screen and keep the request so far: a person or an occasion
they weigh them for ("which is best for kids", "which of these is best for a wedding") is the
question's, not a new recipient or occasion of the need."""


def _for_no_one(request: Request) -> Request:
    """``request`` without whom or when it is for when the turn asks for nothing the shop sells
    (`NO_REQUEST`: "write me a love poem for my girlfriend", "what could I put in my roommate's
    shampoo ...": the person is not someone a product is for) or weighs the picks
    (`WEIGHS_THE_PICKS`: "which is best for kids" keeps the request so far)."""
    if request.intent in NO_REQUEST | WEIGHS_THE_PICKS:
        request.recipient = None
        request.attributes.pop("for", None)
        request.attributes.pop("occasion", None)
        request.gift = False
    return request
