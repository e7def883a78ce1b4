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
from copy import deepcopy
from dataclasses import replace
from typing import Literal

from assistant.dialogue.answer_category import (
    AnswerCategory,
    a_category_of_its_own,
    detail_beside_options,
)
from assistant.dialogue.answers import (
    BARE_NO,
    NONE_OF_THEM,
    YES,
    accepted_proposal,
    among_several,
    any_detail,
    asks_about_the_options,
    branch_ruled_out,
    free_answer,
    only_cheap,
    only_pricier,
    option_by_titles,
    option_holding,
    options_by_place,
    options_named,
    others_of,
    pick_by_price,
    price_bands,
    price_option,
    priced_answer,
    single_option,
    type_ruled_out,
)
from assistant.dialogue.asked_of_a_pick import a_pick_asked_by_name, a_pick_judged_by_name
from assistant.dialogue.avoid_lifted import lifted_avoids, lifting_phrases
from assistant.dialogue.beside_picks import (
    A_NEW_NEED,
    ASKS_ABOUT_THEM,
    POINTS_AT_PICKS,
    SEEKS_MORE,
    THE_SAME_TYPE,
    a_concern_on_screen,
    a_fresh_start,
    a_part_on_screen,
    a_set_of_theirs,
    a_trait_not_a_reset,
    about_the_picks,
    for_a_part,
    likes_a_type,
    new_to_the_picks,
    offers_another,
    on_screen,
    only_looks,
    skin_only,
    traits_of,
    used_on_a_type,
)
from assistant.dialogue.brand_lines import line_brands, own_name
from assistant.dialogue.brands_said import a_brand_s_home
from assistant.dialogue.bundle_for_a_pick import a_bundle_for_a_pick
from assistant.dialogue.clarify import match_option, names_their_branch
from assistant.dialogue.context import STOP
from assistant.dialogue.handlers.bundle import points_at_a_pick, type_guessed
from assistant.dialogue.handlers.for_him import for_their_sex
from assistant.dialogue.intents.talk import names_nothing_sold
from assistant.dialogue.kind_of_theirs import a_kind_of_theirs
from assistant.dialogue.kinds import (
    in_usual_names,
    kind_a_problem_calls_for,
    kind_for_a_state,
    names_homeless,
    other_kinds,
    too_strong_for,
)
from assistant.dialogue.model_reading import needs_model, to_request
from assistant.dialogue.model_request import NEED_SO_FAR, TurnSituation
from assistant.dialogue.named_picks import (
    a_pick_said_in_passing,
    picks_a_refinement_names,
    picks_counted_by_a_name,
    picks_judged,
    picks_named_by_brand,
    picks_named_by_own_word,
    picks_named_by_price,
    picks_named_by_title,
    picks_named_by_trait,
    set_anchor_named,
)
from assistant.dialogue.need_beside_the_question import a_need_beside_the_question
from assistant.dialogue.need_category import BRANCH_PARTS, DEEPEN_ROUNDS, NeedCategory, department
from assistant.dialogue.need_so_far import a_change_to_the_need_so_far, a_trait_of_the_need_so_far
from assistant.dialogue.need_words import CHATTER, catalog_need
from assistant.dialogue.no_product import (
    GIFT_SET,
    a_gift_of_no_type,
    names_no_product,
    pampers_only,
    states_no_type,
)
from assistant.dialogue.option_traits import traits_of_the_options
from assistant.dialogue.parser import RequestParser
from assistant.dialogue.phrases.gifts_and_people import THEY_LIKE
from assistant.dialogue.phrases.need_openings import NOW_NEXT
from assistant.dialogue.phrases.no_preference import BOTH, IN_BETWEEN, LEFT_TO_US
from assistant.dialogue.phrases.prices_and_orders import BY_RECORD
from assistant.dialogue.phrases.questions import ASK, STORING
from assistant.dialogue.phrases.shopper_states import HAS_CONCERN
from assistant.dialogue.phrases.traits import TOO_MUCH_OF_IT
from assistant.dialogue.ports import CategoryGuesser, QueryParser
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.shopping_words import names_a_product
from assistant.dialogue.stated_traits import concerns_named, with_traits
from assistant.dialogue.states_beside_picks import (
    OWN_HABIT,
    OWN_STATE,
    a_state_elsewhere,
    a_state_for_another_need,
    a_state_in_the_picks_department,
)
from assistant.dialogue.titled_types import titled_type
from assistant.dialogue.type_for_a_pick import a_type_for_a_pick
from assistant.dialogue.types_beside_picks import (
    a_type_beside_theirs,
    another_type_priced,
    keeps_the_type,
    kinds_turned_down,
    one_more_at_its_own_price,
    type_turned_down,
)
from assistant.dialogue.typos import read_misspelt_types, read_misspelt_words
from assistant.dialogue.understanding import answers_any, understand
from assistant.dialogue.validation import ANY, RequestValidator
from assistant.dialogue.vocabulary import (
    CatalogVocabulary,
    about_a_homeless_family,
    leaf_types,
    names_a_homeless_family,
    names_a_type,
    plain_words,
    root_of,
)
from assistant.dialogue.wording import (
    AGE_ONLY,
    FOR_WOMEN,
    PEOPLE,
    TITLE_FOR_MEN,
    WORD,
    said_words,
    sex_of,
    stems,
    tidy,
)
from catalog.category_paths import below, nested, nodes, within
from core.errors import ShopAssistError
from retrieval.category_names import REMOVING, STAYS_ON
from retrieval.lexicon import OTHER_SCRIPTS, to_catalog_words, unread_words
from retrieval.tokenize import STOP_WORDS, stem

logger = logging.getLogger(__name__)

ParserMode = Literal["auto", "rules", "model"]
PARSER_MODES: tuple[str, ...] = ("auto", "rules", "model")


LONG_MESSAGE = 20
"""How many words make a message long: a story before the need (`TurnReader._type_said_last`)."""
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


POLITE = re.compile(r"(?:^|[\s,]+)(?:please|pls|plz|thanks|thank you|thx|ty)\b[\s,.!]*", re.I)
"""Politeness around a message ("lighter please", "ok, thanks, a darker one"): no words of it."""


def _without_politeness(text: str) -> str:
    """``text`` less its politeness words (`POLITE`), or "" where nothing else is said."""
    return " ".join(POLITE.sub(" ", text).split()).strip(" ,")


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
        """The request ``text`` makes in ``situation``.

        Args:
            text: the shopper's (redacted) message.
            situation: the pending question, the picks on screen, the request so far.
            options: the pending question's options as category paths.
        """
        if (lifting := self._lifting(text, situation, options)) is not None:
            return lifting  # "actually nuts are fine": nut no longer ruled out
        request = _unread(self._understood(text, situation, options), text)
        request = _nothing_to_refine(request, situation)  # "for my husband" said first
        request = a_trait_not_a_reset(request, text, situation)  # "clear" beside clear polish
        request = a_change_to_the_need_so_far(request, text, situation, self.vocabulary)
        request = a_trait_of_the_need_so_far(request, text, situation, self.vocabulary)
        if a_fresh_start(request, text, situation):  # "forget it, show me sleep masks
            situation = TurnSituation(so_far=situation.so_far)  # instead": the picks behind
        words = to_catalog_words(text)  # the message in the catalog's words
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
        request = detail_beside_options(request, options)  # "shampoo, for dandruff"
        request = self._type_said_last(request, words, situation)
        request = self._type_for_a_problem(request, words, situation)
        if not situation.question and a_gift_of_no_type(request, words.lower(), self.vocabulary):
            request.text, request.parsed.category = GIFT_SET, None  # "secret santa, $10 limit"
        else:
            request = self._for_their_sex(self._with_category(request, situation, text))
        facts = self.vocabulary.brand_facts if self.vocabulary is not None else None
        request = a_brand_s_home(request, situation, facts)  # "like Olay but cheaper"
        request = a_state_in_the_picks_department(request, words, situation)
        request = keeps_the_type(request, situation)
        request = a_type_beside_theirs(request, situation, self.vocabulary)
        request = a_kind_of_theirs(request, situation, self.vocabulary)  # "a tinted one"
        # "like the mac one but a liner" beside lipsticks: Lip Liners
        request = a_type_for_a_pick(
            request, text, situation, self.parse, self.categories, self.vocabulary
        )
        request = a_part_on_screen(request, situation, self.vocabulary)  # "for my face"
        request = self._type_in_branch(request, situation)
        request = one_more_at_its_own_price(request, text, situation)
        if request.intent == Intent.SEARCH:  # "now lip balm": the next need, 'lip balm'
            request.text = without_now(
                request.text, self.vocabulary.brands if self.vocabulary else ()
            )
        if request.intent == Intent.SEARCH or request.add_detail:  # its category read: the need
            request.text = catalog_need(  # a detail of chatter alone is none: "can you go up
                without_subject(request.text),  # to 25", "actually make it under 10"
                self.vocabulary,
                none_left=None if request.intent == Intent.SEARCH else "",
            )
        request = self._used_with_a_pick(request, situation)
        request = self._bundle_type(self._without_a_home(request, text), situation)
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

    def _for_their_sex(self, request: Request) -> Request:
        """A new need for a man or a woman (`wording.sex_of` of its recipient: "for my dad")
        whose category lies in a branch for the other sex ("Rasierwasser oder Parfüm" found
        the women's Eau de Parfum), or above one for theirs, in theirs
        (`for_him.for_their_sex`; the branch of the same name only where the need names it),
        unless its own words say the other sex ("a women's razor for my dad")."""
        sex = sex_of(str(request.attributes.get("for", "")))
        category = request.parsed.category
        if request.intent != Intent.SEARCH or not sex or not category or self.vocabulary is None:
            return request
        if (FOR_WOMEN if sex == "men" else TITLE_FOR_MEN).search(request.text):
            return request
        named = bool(own_name(category) & stems(request.text))  # "a cologne": Men's > Cologne
        paths = self.vocabulary.categories  # "parfüm": Men's, not its few Eau de Parfum
        request.parsed.category = for_their_sex(category, sex, paths, same_name=named)
        return request

    def _type_said_last(self, request: Request, words: str, situation: TurnSituation) -> Request:
        """A long new need (`LONG_MESSAGE` words or more, no question pending, no picks on
        screen) that ends by asking for a product type ("..., snaps when I brush it, I need
        something to fix it, a mask or whatever works") is that type, for the part of the body
        the message is about: 'hair mask' (the story's words guessed Brushes), with the
        concern it states ('shampoo dandruff'). The type is named by the first clause after the
        last need (`LATE_NEED`) that names one (not a later "i have combination skin myself"),
        between words that end it ("or", "of", "for", "to"...), for the part of the body said
        beside it, else the first the message says (`first_part`); its category is what those
        words name, else guessed anew."""
        if (
            request.intent != Intent.SEARCH
            or not situation.from_scratch
            or len(WORD.findall(words)) < LONG_MESSAGE
            or not (late := LATE_NEED.search(" ".join(words.lower().split())))
        ):
            return request
        clauses = [c for c in re.split(r"[,;.!?]", late.group("rest")) if c.strip()]
        typed = [c for c in clauses if names_a_type(c, self.vocabulary)]
        if not typed:
            return request
        pieces = (  # "to get her a nice bath set for her birthday": 'nice bath set'
            " ".join(w for w in WORD.findall(p) if w not in STOP and w not in CHATTER)
            for p in re.split(TYPE_ENDS, typed[0])
        )
        what = next((p for p in pieces if p and names_a_type(p, self.vocabulary)), "")
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
        request.parsed.category = self.parse(request.text).category if self.parse else None
        return request

    def _type_for_a_problem(
        self, request: Request, words: str, situation: TurnSituation
    ) -> Request:
        """A new need (no question pending, no picks on screen) that describes a problem calling
        for a product type (`kinds.kind_a_problem_calls_for`) and names no type below a
        department: the type joins its words and its category is the category its name names
        where that has no sub-categories (after sun: After Sun), else guessed from them ("my dad is
        bald and his head burns in summer" found a bald-head wig cap; "my boyfriend's hair is
        thinning" asked which kind of hair care). A brand read from the problem's own words
        ("sunburnt": Sunburnt) is no brand asked for."""
        stated = request.parsed.category
        if (
            request.intent != Intent.SEARCH
            or not situation.from_scratch
            or not (called := kind_a_problem_calls_for(words))
        ):
            return request
        kind, found = called
        said = found.group(0)
        if stems(kind) <= stems(request.text) or (
            stated
            and stated.count(" > ") > 1
            and (self.parse is None or self.parse(said).category != stated)
        ):  # a type below a department named beside the problem, not by it ("my manicure
            return request  # chips": Nail Polish, named by the problem, calls for a top coat)
        request.parsed.brands = [b for b in request.parsed.brands if b.lower() not in said]
        named = self.parse(kind).category if self.parse is not None else None
        paths = self.vocabulary.categories if self.vocabulary is not None else ()
        leaf = named if named and not any(below(p, named) for p in paths) else None
        # a category of its own named: what it is, then what it is for, so the story's types
        # are no other need ("top coat for my manicure chips": not the Nail Polish beside Top &
        # Base Coats that its titles name)
        joined = f"{kind} for {request.text}" if leaf else f"{kind} {request.text}"
        request.text, request.parsed.category = joined, leaf
        if named and not leaf and self.need_category is not None:
            # "my hair is thinning on top and i'm losing loads in the shower": the story's
            # words found all of Hair Care; the type alone is guessed under what it names
            try:
                under = replace(request.filters(), category=named)
            except ShopAssistError:
                return request  # the search reports the bad constraint
            alone = self.need_category.categories.guess(kind, under)
            request.parsed.category = alone if alone and below(alone, named) else None
        return request

    def _type_in_branch(self, request: Request, situation: TurnSituation) -> Request:
        """A message beside the picks that names a branch of the catalog and no product type
        ("for my face, i have oily skin" beside sunscreens for the body) asks for the need's
        type in that branch: the deepest category under it whose own name a word of the need
        or of the picks' category names (Face > Sunscreens; "the face mostly" beside body
        lotions for dry skin: Face > Creams & Moisturizers; the branch itself where its own
        name does: "for my hands" beside creams, Hand Creams & Lotions), the need kept and the
        message's words added to it; the message stays a new search when the branch holds no
        such category."""
        found, shown = request.parsed.category, situation.need_category
        need = NEED_SO_FAR.search(situation.so_far)
        refined = request.intent == Intent.REFINE and found == shown and shown is not None
        lowered = " ".join(request.text.lower().split())
        refined = refined and not (OWN_STATE.match(lowered) or OWN_HABIT.match(lowered))
        if refined and situation.picks:  # not "my hair is color treated": no branch asked for
            found = self._branch_named(request.text, shown)  # "one for the body": no type
        if (
            (request.intent != Intent.SEARCH and not (refined and found))
            or not situation.beside_picks
            or not found
            or not shown
            or not need
            or nested(found, shown)
            or self.vocabulary is None
        ):
            return request
        said = stems(request.text)
        levels = found.split(" > ")
        depth = next(
            (d for d in range(len(levels), 1, -1) if stems(levels[d - 1]) & said), 0
        )  # the deepest level the message names ("face"), not the guess below it
        branch = " > ".join(levels[:depth])
        branch_stems = stems(branch)
        rest = " ".join(
            w for w in WORD.findall(request.text.lower()) if stem(w) not in branch_stems
        )
        titled = self.vocabulary.titled_types
        if not depth or names_a_type(rest, self.vocabulary) or titled_type(request.text, titled):
            return request  # "hair ties" beside shampoos: a type of its own, not hair's shampoos
        need_words = {w for w in stems(need.group(1)) if len(w) > 3}
        shown_type = " ".join(shown.split(" > ")[2:])  # "Body > Moisturizers > Lotions"
        wanted = need_words | ({w for w in stems(shown_type) if len(w) > 3} - branch_stems)
        by_part = {stem(w) for w in stems(levels[depth - 1]) & said} <= BRANCH_PARTS
        homes = [
            p
            for p in self.vocabulary.categories
            if (below(p, branch) or (by_part and p == branch))  # "for my hands": Hand Creams
            and wanted & stems(p.rsplit(" > ", 1)[-1])
        ]
        if not homes:
            if not for_a_part(request.text, shown, need.group(1), self.vocabulary):
                return request
            # "for the body" beside sunscreens (a type for any part): those for the body
            request.intent, request.add_detail = Intent.REFINE, True
            request.parsed.category = shown
            return request
        request.intent, request.add_detail = Intent.REFINE, True
        leaf = {w for w in stems(shown.rsplit(" > ", 1)[-1]) if len(w) > 3} - branch_stems
        # "one for my hands": Hand Creams before Cuticle Creams; the picks' own type before its
        # parent's other words ("oily skin" beside face sunscreens: not Self Tanners)
        named = said | need_words | leaf

        def fit(path: str) -> tuple[int, int]:
            return len(named & stems(path.rsplit(" > ", 1)[-1])), path.count(" > ")

        request.parsed.category = max(homes, key=fit)
        return request

    def _branch_named(self, text: str, shown: str) -> str | None:
        """The shallowest branch of the picks' department, apart from theirs, whose own name a
        word of ``text`` names ("one for the body" beside face creams: Skin Care > Body), where
        the words name it only among nodes the query parser could not tell apart; or None. A
        word of the picks' own category names none ("for curly hair" beside Hair Care > Hair &
        Scalp Treatments: not Hair Color)."""
        said = {stem(w) for w in WORD.findall(text.lower()) if len(w) > 3} - stems(shown)
        paths = self.vocabulary.categories if self.vocabulary else ()
        named = [
            n
            for n in nodes(paths, 3)
            if department(n) == department(shown)
            and not nested(n, shown)
            and said & stems(n.rsplit(" > ", 1)[-1])
        ]
        return min(named, key=lambda n: (n.count(" > "), n), default=None)

    def _used_with_a_pick(self, request: Request, situation: TurnSituation) -> Request:
        """A bundle asked to take a pick off ("and something to take it off at night?" beside
        mascaras) is a remover of that pick's type (Makeup Remover; Nail Polish Remover beside
        polishes), not what its other words name (Night Creams): the category the query parser
        reads for taking off the picks' type (`retrieval.category_names.REMOVING`). One asked
        to keep them in ("anything to store them in?", `STORING`) and naming no type is a bag
        or a case."""
        if request.intent != Intent.BUNDLE or not situation.picks or self.parse is None:
            return request
        lowered = " ".join(request.text.lower().split())
        if REMOVING.search(lowered) and not STAYS_ON.search(lowered):
            place = request.references[0] if request.references else 0
            pick = situation.picks[min(place, len(situation.picks) - 1)]
            kind = (situation.need_category or "").split(" > ")[-1] or pick.title
            for said in (kind, pick.title):
                category = self.parse(f"something to take off {said}").category
                if category and "remover" in category.lower():
                    request.parsed.category = category
                    break
        elif (
            re.search(STORING, lowered)
            and not request.parsed.category
            and not names_a_type(request.text, self.vocabulary)
        ):
            request.parsed.category = self.parse("a bag or a case").category
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
        ("lip" names Lips, "men" Men's fragrance) or search guesses holds other products; so
        does a need about a family of them that the parser read as a department only from a word
        beside one titles name only outside it ("ingrown hairs after shaving": no Hair Care)."""
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
        department = request.parsed.category or ""
        if (
            department.count(" > ") == 1
            and names_a_homeless_family(said[1], self.vocabulary)
            and self._titled_only_outside(request.text, department)
        ):
            request.parsed.category = None  # "ingrown hairs after shaving": no Hair Care
        return request

    def _titled_only_outside(self, text: str, branch: str) -> bool:
        """Whether a word of ``text`` is one titles name only outside ``branch`` ("ingrown":
        body oils and face treatments, no hair care), so the branch the parser read from another
        word ("hairs") is not the need's."""
        titles = self.vocabulary.title_words if self.vocabulary else None
        if titles is None:
            return False
        said = [w for w in WORD.findall(text.lower()) if len(w) > 3 and w not in STOP_WORDS]
        return any(
            (paths := titles.get(stem(w))) and not any(within(p, branch) for p in paths)
            for w in said
        )

    def _names_a_product(self, word: str) -> bool:
        """Whether ``word`` names something the catalog sells (every word may, where the
        catalog is unknown)."""
        return self.vocabulary is None or names_a_product(word, self.vocabulary)

    def _understood(self, text: str, situation: TurnSituation, options: Sequence[str]) -> Request:
        """The rules' reading (of the message in the catalog's words: `retrieval.lexicon`), with
        the option of our pending question it picks, or the checked model's reading where the
        mode asks for it (the model reads the message as written)."""
        english = read_misspelt_types(in_usual_names(to_catalog_words(text)), self.vocabulary)
        english = read_misspelt_words(english, self.vocabulary)  # "hiar": hair
        rules = understand(
            english, shown=len(situation.picks), parse=self.parse, vocabulary=self.vocabulary
        )
        rules = picks_counted_by_a_name(rules, english, situation.picks)  # "the two X ones"
        rules = picks_a_refinement_names(rules, english, situation.picks)  # "the CeraVe but ..."
        rules = picks_named_by_brand(rules, english, situation.picks)  # "is the CeraVe one ..."
        rules = picks_named_by_title(rules, english, situation.picks)  # "does the dunhill ..."
        rules = picks_named_by_price(rules, english, situation.picks)  # "the $36 one, how ..."
        rules = picks_named_by_trait(rules, english, situation.picks)  # "the one with shea ..."
        rules = set_anchor_named(rules, english, situation.picks)  # "goes with the cleanser"
        rules = picks_named_by_own_word(rules, english, situation.picks)  # "love the pink!"
        rules = picks_judged(rules, english, situation.picks)  # "the revlon one looks awful"
        rules = a_pick_said_in_passing(rules, english, situation.picks, self._names_a_product)
        if self.vocabulary is not None:
            rules.not_kinds = other_kinds(english, self.vocabulary.kinds)  # no dry shampoo
            titled, named = self.vocabulary.title_words, rules.parsed.category
            rules.not_kinds += too_strong_for(english, titled, named)  # "for beginners"
            rules = kinds_turned_down(rules, english, situation, self.vocabulary.kinds)
        rules = type_turned_down(rules, english, situation, self.parse, self.vocabulary)
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
        if options and not situation.picks and asks_about_the_options(english, rules, options):
            rules.intent, rules.answer = Intent.ASK, []  # "whats the difference tho": asked
            rules.text, rules.parsed.category = english, None  # about the options, no choice
        elif options and (proposal := accepted_proposal(english, situation.question)):
            rules.intent, rules.answer = Intent.SEARCH, [o for o in options if o.lower() in YES]
            rules.answer = rules.answer[:1] or [ANY]  # "yeah ok" to 'Would a ... set work?'
            rules.proposal = rules.text = proposal  # the need: the thing proposed
            rules.parsed.category = self.parse(proposal).category if self.parse else None
        elif options and rules.intent in (Intent.SEARCH, Intent.OFF_TOPIC):
            chosen = match_option(english, options)
            others = others_of(english, options)
            if branch := branch_ruled_out(english, options):
                rules.answer, rules.intent = [ANY], Intent.SEARCH  # "not bath stuff": the need
                rules.turned_down, rules.text = [branch], ""  # outside Bath & Body
            elif others:
                rules.answer = others  # "not matte": the options left, and not the one said
                rules.turned_down = [o for o in options if o not in others]
                stated = rules.parsed.category  # "not styling tools": no Tools & Accessories
                if stated and not any(within(stated, o) or within(o, stated) for o in others):
                    rules.parsed.category = None
            elif ruled := type_ruled_out(
                english, options, self.parse, self.vocabulary.categories if self.vocabulary else ()
            ):
                rules.answer, rules.turned_down = ruled  # "not a perfume": among the options,
                rules.intent, rules.text, rules.avoid = Intent.SEARCH, "", []  # no perfume
                rules.parsed.category = None
            elif NONE_OF_THEM.match(" ".join(english.lower().split())):
                rules.answer, rules.intent = [ANY], Intent.SEARCH  # "none of those": the need,
                rules.turned_down, rules.text = list(options), ""  # in none of the options
            elif len(named) >= 2 and re.search(r"\b(both|and|either)\b", english.lower()):
                rules.answer = named  # "both face and body"
            elif len(named) == 1:
                rules.answer = named  # "my legs are so dry": Body; "men" is Men's, not Women's
            elif single := single_option(english, options):
                rules.answer = single  # "just the one" to 'A full set or a single brush?'
            elif (placed := options_by_place(english, situation, options)) and (
                len(placed) > 1 or re.search(ASK, english.lower())
            ):  # "both the first and the last", "the first one, is it for women?": by place,
                rules.answer, rules.parsed.category = placed, None  # whatever it asks ("the
                # second" alone: `free_answer`, after the model where it reads the turn)
                rules.turned_down = [o for o in options if o not in placed]  # not the middle
            elif BARE_NO.match(" ".join(english.lower().split())):
                rules.answer, rules.intent, rules.text = [ANY], Intent.SEARCH, ""  # "nah"
            elif chosen is not None:
                rules.answer = [chosen]  # "face", "la cara": one of the options we offered
            elif held := option_holding(rules, english, situation, options):
                rules.answer = held  # "perfume, something floral": under Fragrance, and its
                rules.add_detail = True  # words join the need ('gift perfume floral')
            elif (titled := option_by_titles(english, options, self.vocabulary)) and not (
                rules.parsed.category  # "a lip liner" to 'Eyeliner, ...?': a type of its own
                and not any(nested(rules.parsed.category, o) for o in options)
            ):
                rules.answer, rules.parsed.category = titled, None  # "liner": Eyeliner, the
                # option whose titles say it (not 'liner' searched in Makeup)
            elif bands is None and re.match(IN_BETWEEN, " ".join(english.lower().split())):
                rules.answer, rules.intent = [ANY], Intent.SEARCH  # "something in between"
                rules.text = ""
            elif len(options) == 2 and re.search(BOTH, english.lower()):
                rules.answer = list(options)  # "both tbh", "kinda both??" to 'Face or body?'
            elif answers_any(text) or answers_any(english) or names_their_branch(english, options):
                rules.answer = [ANY]  # "anything is fine", "you choose": the need stays
                if detail := any_detail(english):  # "whichever is best for wrinkles"
                    rules.text, rules.add_detail = detail, True
            elif only_cheap(english) and bands is None:
                rules.answer, rules.intent = [ANY], Intent.SEARCH  # "cheaper": any, cheap
                rules.parsed.cheap, rules.cheaper = True, False
            elif AGE_ONLY.match(" ".join(english.lower().split())):
                rules.answer, rules.intent = [ANY], Intent.SEARCH  # "he's 15": the need stays
            elif only_pricier(english) and bands is None:
                rules.answer, rules.intent = [ANY], Intent.SEARCH  # "a bit more expensive is ok"
                rules.drop, rules.pricier = [*rules.drop, "price"], False
            elif rules.superlative in BY_RECORD and bands is None:
                rules.answer, rules.intent = [ANY], Intent.SEARCH  # "the most popular one"
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

    def _with_category(self, request: Request, situation: TurnSituation, text: str) -> Request:
        """``request`` with the guessed category of a new need, among the products that pass
        its stated constraints: where the words name no category, the branch search finds;
        then, while that category (or the words') has sub-categories, up to ``deepen`` times,
        the branch a search under it finds. Not for an answer to our pending question: its
        options decide. With picks on screen, words that name no category and find no branch
        of their own, or find one in another department than the picks' and say no new need
        (`A_NEW_NEED`), are about the picks (`about_the_picks`), and so are words that point back
        at the type on screen ("a matte one") or whose category is the one the picks answer
        (or lies above or under it): the need on screen, refined or asked about."""
        stated = request.parsed.category
        if stated and self.vocabulary and stated == root_of(tuple(self.vocabulary.categories)):
            request.parsed.category = stated = None  # "beauty stuff": the root names no kind
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
        if shown and a_set_of_theirs(request, text, self.vocabulary):
            request.intent, request.add_detail = Intent.REFINE, True  # "can I see gift sets
            request.parsed.category = shown  # instead of single bottles": sets of the type
            return request
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
            return about_the_picks(request, text)  # "which of these ...": about the picks
        english = to_catalog_words(lowered)
        state_elsewhere = a_state_elsewhere(english, shown)  # "my skin is dry" beside shampoos
        if shown and (stated is None or nested(stated, shown) or skin_only(stated, lowered)):
            own_state = OWN_STATE.match(lowered) and not state_elsewhere
            same = pointed or THE_SAME_TYPE.search(lowered) or own_state
            if same or (stated and not guess.has_children(stated)):
                # "a matte one", or the type on screen named again: the need on screen
                request.parsed.category = max(stated or shown, shown, key=len)
                return about_the_picks(request, text)
        if not shown and guess.a_hobby_named(request, stated):  # "likes sports": what he
            # does, not a sunscreen for sport
            request.text = tidy(re.sub(THEY_LIKE, " ", request.text, count=1, flags=re.I))
            request.parsed.category = stated = None
        facts = self.vocabulary.brand_facts if self.vocabulary is not None else None
        line = [] if situation.picks else line_brands(request, text, facts)
        if (own := guess.of_its_line(request, stated, line)) != stated:
            request.parsed.category = own  # "moroccanoil treatment": a hair treatment
            return request
        said = stated  # the category the words name, before they are read again
        request.parsed.category = stated = guess.named(
            request, picks_shown=bool(situation.picks), shown=shown
        )
        if guess.several_types(request.text, stated) or (
            said != stated and guess.several_types(request.text, said)
        ):  # "setting spray or setting powder": the titles of both moved Powder to Foundation
            # no one home for them all: the branch they share, else none; searched together
            request.parsed.category = guess.shared_branch(request.text)
            request.types = guess.type_words(request.text)  # a share of the picks each
            return request
        traits = with_traits(deepcopy(request), english).attributes  # "oily", "natural"
        if not situation.picks and states_no_type(request, said, traits, self.vocabulary):
            request.parsed.category = None  # "anything from Revlon?", "i have oily skin, help":
            return request  # what kind of product is the question
        if stated and not guess.goes_deeper(stated):
            return request
        if not stated and not shown and names_no_product(request, self.vocabulary):
            return request  # "a nice christmas gift for my girlfriend": what kind is the question
        if not stated and pampers_only(request.text, self.vocabulary):
            return request  # "something to pamper her": what kind of treat is the question
        try:
            filters = request.filters()
        except ShopAssistError:
            return request  # the search reports the bad constraint
        category = stated
        if not stated and not shown and (liked := guess.what_they_like(request, filters)):
            request.parsed.category = liked  # "she loves bath stuff": Bath & Body
            return request
        if not stated:
            category = guess.first_guess(request, filters, shown)
            elsewhere = bool(
                category
                and shown
                and department(category) != department(shown)
                and not A_NEW_NEED.search(english)  # "plus foncé": darker
                and not re.match(HAS_CONCERN, lowered)  # "he has dandruff" beside lipsticks
                and not state_elsewhere
                and not likes_a_type(english, self.vocabulary)  # "she likes lotions"
            ) or bool(
                category and shown and not nested(category, shown) and only_looks(request.text)
            )  # "something more natural" beside shampoos: no face care; "matte or glossy?"
            # beside lipsticks: no nail polish
            new_need = (  # "i need lashes" beside lipsticks: no lipstick's title says lashes
                shown is not None
                and A_NEW_NEED.search(english) is not None
                and new_to_the_picks(request.text, shown, self.vocabulary)
            )
            if (
                ((category is None and not new_need) or elsewhere)
                and situation.picks
                and not offers_another(request, lowered)
            ):
                if elsewhere:
                    request.parsed.category = shown
                return about_the_picks(request, text)
        category = guess.deeper(request, category, filters, line)
        if category and not stated and not situation.picks:
            category = guess.backed(request, category, filters)
        request.parsed.category = category
        if shown and category and nested(category, shown):
            # the product type on screen, read again: about the picks, not a new need
            request.parsed.category = max(category, shown, key=len)
            return about_the_picks(request, text)
        if (
            shown
            and category
            and not stated
            and traits_of(request.text, shown, self.vocabulary)
            and not A_NEW_NEED.search(to_catalog_words(lowered))
            and not offers_another(request, lowered)
        ):  # "waterproof" beside mascaras, guessed Eyeliner: a trait mascaras' titles name
            request.parsed.category = shown
            return about_the_picks(request, text)
        return request


def _nothing_to_refine(request: Request, situation: TurnSituation) -> Request:
    """A refinement said with nothing to refine, no picks on screen, no question of ours
    pending and no request so far ("for my husband", "for him" as the first message): a new
    need, read as a search (one naming no product is asked about, `no_product`)."""
    if request.intent == Intent.REFINE and situation.from_scratch and not situation.so_far:
        request.intent = Intent.SEARCH
    return request


NO_REQUEST = frozenset({Intent.UNSAFE, Intent.OFF_TOPIC})
"""Turns that ask the shop for nothing it sells: a person they name is no recipient."""


def _for_no_one(request: Request) -> Request:
    """``request`` without whom or when it is for when the turn asks for nothing the shop sells
    (`NO_REQUEST`: "write me a love poem for my girlfriend", "what could I put in my roommate's
    shampoo ..."): the person is not someone a product is for."""
    if request.intent in NO_REQUEST:
        request.recipient = None
        request.attributes.pop("for", None)
        request.attributes.pop("occasion", None)
        request.gift = False
    return request
