"""Where a new need belongs in the catalog: the category its words name, else the one search
guesses for them, narrowed under a category with sub-categories (`with_category`); and, for a
man or a woman, the branch for their sex (`in_their_sex_s_branch`).

`with_category` also tells a turn beside the picks that is about them (refined or asked about:
`beside_picks.about_the_picks`) from a new need. The guesses themselves are
`need_category.NeedCategory`'s; this module decides when each is asked. Read by
`reader.TurnReader.read` once the need's type is read.
"""

from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import dataclass

from assistant.dialogue.category.brand_lines import line_brands, own_name
from assistant.dialogue.category.described_use import as_a_purpose
from assistant.dialogue.category.need_category import NeedCategory, department
from assistant.dialogue.category.no_product import names_no_product, pampers_only, states_no_type
from assistant.dialogue.handlers.for_him import for_their_sex
from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.needs.stated_traits import with_traits
from assistant.dialogue.needs.wording import FOR_WOMEN, TITLE_FOR_MEN, sex_of, stems, tidy
from assistant.dialogue.phrases.gifts_and_people import THEY_LIKE
from assistant.dialogue.phrases.questions import ASK
from assistant.dialogue.phrases.shopper_states import HAS_CONCERN
from assistant.dialogue.phrases.traits import TOO_MUCH_OF_IT
from assistant.dialogue.picks.beside_picks import (
    A_NEW_NEED,
    ASKS_ABOUT_THEM,
    POINTS_AT_PICKS,
    SEEKS_MORE,
    THE_SAME_TYPE,
    a_set_of_theirs,
    about_the_picks,
    likes_a_type,
    new_to_the_picks,
    offers_another,
    only_looks,
    skin_only,
    traits_of,
)
from assistant.dialogue.picks.states_beside_picks import OWN_STATE, a_state_elsewhere
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary, root_of
from catalog.category_paths import nested
from core.errors import ShopAssistError
from retrieval.filters import Filters
from retrieval.lexicon import to_catalog_words

POLITE = re.compile(r"(?:^|[\s,]+)(?:please|pls|plz|thanks|thank you|thx|ty)\b[\s,.!]*", re.I)
"""Politeness around a message ("lighter please", "ok, thanks, a darker one"): no words of it."""


def _without_politeness(text: str) -> str:
    """``text`` less its politeness words (`POLITE`), or "" where nothing else is said."""
    return " ".join(POLITE.sub(" ", text).split()).strip(" ,")


@dataclass(frozen=True)
class _Turn:
    """What `with_category` reads the need beside: the message, the situation, the picks'
    category (``shown``: None without picks) and the guesses."""

    text: str
    lowered: str
    english: str
    situation: TurnSituation
    shown: str | None
    guess: NeedCategory
    vocabulary: CatalogVocabulary | None
    pointed: bool
    """Whether the message points at the picks ("which of these", "too girly")."""
    state_elsewhere: bool
    """Whether it states a skin, hair or nail state of another department than the picks'."""


def with_category(
    request: Request,
    text: str,
    situation: TurnSituation,
    guess: NeedCategory | None,
    vocabulary: CatalogVocabulary | None,
) -> Request:
    """``request`` with the guessed category of a new need, among the products that pass
    its stated constraints: where the words name no category, the branch search finds;
    then, while that category (or the words') has sub-categories, up to ``guess.deepen``
    times, the branch a search under it finds. Not for an answer to our pending question: its
    options decide. With picks on screen, words that name no category and find no branch
    of their own, or find one in another department than the picks' and say no new need
    (`A_NEW_NEED`), are about the picks (`about_the_picks`), and so are words that point back
    at the type on screen ("a matte one") or whose category is the one the picks answer
    (or lies above or under it): the need on screen, refined or asked about."""
    stated = request.parsed.category
    if stated and vocabulary and stated == root_of(tuple(vocabulary.categories)):
        request.parsed.category = None  # "beauty stuff": the root names no kind
    if (
        guess is None
        or request.intent != Intent.SEARCH
        or situation.question
        or request.answer
        or not request.text.strip()
    ):
        return request
    shown = situation.need_category if situation.picks else None
    if shown and a_set_of_theirs(request, text, vocabulary):
        request.intent, request.add_detail = Intent.REFINE, True  # "can I see gift sets
        request.parsed.category = shown  # instead of single bottles": sets of the type
        return request
    if shown and (plain := _without_politeness(request.text)):
        request.text = plain  # "lighter please": the search guesses 'lighter' (not eyes)
    turn = _turn(request, text, situation, shown, guess, vocabulary)
    if (about := _about_the_picks_named(request, turn)) is not None:
        return about
    if not shown and guess.a_hobby_named(request, request.parsed.category):
        # "likes sports": what he does, not a sunscreen for sport
        request.text = tidy(re.sub(THEY_LIKE, " ", request.text, count=1, flags=re.I))
        request.parsed.category = None
    said = request.parsed.category  # the category the words name, before they are read again
    facts = vocabulary.brand_facts if vocabulary is not None else None
    line = [] if situation.picks else line_brands(request, text, facts)
    if (own := guess.of_its_line(request, said, line)) != said:
        request.parsed.category = own  # "moroccanoil treatment": a hair treatment
        return request
    if not situation.picks:  # "the sponge you bounce foundation on": a sponge, to bounce ...
        request.text = as_a_purpose(request.text)
    request.parsed.category = guess.named(request, picks_shown=bool(situation.picks), shown=shown)
    if request.parsed.category and not situation.picks:  # "a shampoo for hair loss": the
        request.parsed.category = guess.twin_placed(request, request.parsed.category)  # HLP's
    if _several_types(request, said, guess) or _no_type_to_guess(request, said, turn):
        return request
    try:
        filters = request.filters()
    except ShopAssistError:
        return request  # the search reports the bad constraint
    return _guessed(request, filters, line, turn)


def _turn(
    request: Request,
    text: str,
    situation: TurnSituation,
    shown: str | None,
    guess: NeedCategory,
    vocabulary: CatalogVocabulary | None,
) -> _Turn:
    """The `_Turn` of ``text`` said in ``situation``."""
    lowered = " ".join(text.lower().split())
    pointed = bool(request.references or POINTS_AT_PICKS.search(lowered)) or bool(
        re.search(ASK, lowered)
        and ASKS_ABOUT_THEM.search(lowered)
        and not SEEKS_MORE.search(lowered)
    )
    pointed = pointed or bool(re.match(TOO_MUCH_OF_IT, lowered))  # "too girly": the picks are
    english = to_catalog_words(lowered)
    state_elsewhere = a_state_elsewhere(english, shown)  # "my skin is dry" beside shampoos
    return _Turn(
        text, lowered, english, situation, shown, guess, vocabulary, pointed, state_elsewhere
    )


def _about_the_picks_named(request: Request, turn: _Turn) -> Request | None:
    """The picks refined or asked about, where the message points at them and names no type
    below a department ("which of these ..."), or names their type again, a state of what they
    are for, or a category with no sub-categories under theirs ("a matte one"); else None."""
    stated, shown, lowered = request.parsed.category, turn.shown, turn.lowered
    department_only = stated is None or stated == department(stated)
    if turn.situation.picks and turn.pointed and department_only and not shown:
        return about_the_picks(request, turn.text)  # "which of these ...": about the picks
    if shown and (stated is None or nested(stated, shown) or skin_only(stated, lowered)):
        own_state = OWN_STATE.match(lowered) and not turn.state_elsewhere
        same = turn.pointed or THE_SAME_TYPE.search(lowered) or own_state
        if same or (stated and not turn.guess.has_children(stated)):
            # "a matte one", or the type on screen named again: the need on screen
            request.parsed.category = max(stated or shown, shown, key=len)
            return about_the_picks(request, turn.text)
    return None


def _several_types(request: Request, said: str | None, guess: NeedCategory) -> bool:
    """Whether the need names several types ("setting spray or setting powder": the titles of
    both moved Powder to Foundation), read again or before: no one home for them all, so the
    branch they share, else none, searched together with a share of the picks each."""
    stated = request.parsed.category
    if not (
        guess.several_types(request.text, stated)
        or (said != stated and guess.several_types(request.text, said))
    ):
        return False
    request.parsed.category = guess.shared_branch(request.text)
    request.types = guess.type_words(request.text)
    return True


def _no_type_to_guess(request: Request, said: str | None, turn: _Turn) -> bool:
    """Whether the category read so far stands: what kind of product is the question ("anything
    from Revlon?", "i have oily skin, help", "a nice christmas gift for my girlfriend",
    "something to pamper her"), or the words named a category with nothing deeper to guess."""
    stated, vocabulary = request.parsed.category, turn.vocabulary
    traits = with_traits(deepcopy(request), turn.english).attributes  # "oily", "natural"
    if not turn.situation.picks and states_no_type(request, said, traits, vocabulary):
        request.parsed.category = None  # "anything from Revlon?", "i have oily skin, help":
        return True  # what kind of product is the question
    if stated and not turn.guess.goes_deeper(stated):
        return True
    if not stated and not turn.shown and names_no_product(request, vocabulary, traits):
        return True  # "a nice christmas gift for my girlfriend": what kind is the question
    return bool(not stated and pampers_only(request.text, vocabulary))  # "something to pamper
    # her": what kind of treat is the question


def _guessed(request: Request, filters: Filters, line: list[str], turn: _Turn) -> Request:
    """``request`` with the category search guesses (what they like, else the first guess, then
    deeper), or about the picks where the guess lands beside them (`_beside_the_picks`)."""
    stated, shown, guess = request.parsed.category, turn.shown, turn.guess
    category = stated
    if not stated and not shown and (liked := guess.what_they_like(request, filters)):
        request.parsed.category = liked  # "she loves bath stuff": Bath & Body
        return request
    if not stated:
        category = guess.first_guess(request, filters, shown)
        if (about := _first_guess_beside_the_picks(request, category, turn)) is not None:
            return about
    category = guess.deeper(request, category, filters, line)
    if category and not stated and not turn.situation.picks:
        category = guess.backed(request, category, filters)
    request.parsed.category = category
    if shown and category and nested(category, shown):
        # the product type on screen, read again: about the picks, not a new need
        request.parsed.category = max(category, shown, key=len)
        return about_the_picks(request, turn.text)
    if (
        shown
        and category
        and not stated
        and traits_of(request.text, shown, turn.vocabulary)
        and not A_NEW_NEED.search(turn.english)
        and not offers_another(request, turn.lowered)
    ):  # "waterproof" beside mascaras, guessed Eyeliner: a trait mascaras' titles name
        request.parsed.category = shown
        return about_the_picks(request, turn.text)
    return request


def _first_guess_beside_the_picks(
    request: Request, category: str | None, turn: _Turn
) -> Request | None:
    """The picks refined or asked about where the first guess, beside them, found nothing and
    the words ask for no new need, or found another department's category though the words say
    no new need, or another type for words about looks alone; else None."""
    shown, english, lowered = turn.shown, turn.english, turn.lowered
    elsewhere = bool(
        category
        and shown
        and department(category) != department(shown)
        and not A_NEW_NEED.search(english)  # "plus foncé": darker
        and not re.match(HAS_CONCERN, lowered)  # "he has dandruff" beside lipsticks
        and not turn.state_elsewhere
        and not likes_a_type(english, turn.vocabulary)  # "she likes lotions"
    ) or bool(
        category and shown and not nested(category, shown) and only_looks(request.text)
    )  # "something more natural" beside shampoos: no face care; "matte or glossy?"
    # beside lipsticks: no nail polish
    new_need = (  # "i need lashes" beside lipsticks: no lipstick's title says lashes
        shown is not None
        and A_NEW_NEED.search(english) is not None
        and new_to_the_picks(request.text, shown, turn.vocabulary)
    )
    if (
        ((category is None and not new_need) or elsewhere)
        and turn.situation.picks
        and not offers_another(request, lowered)
    ):
        if elsewhere:
            request.parsed.category = shown
        return about_the_picks(request, turn.text)
    return None


def in_their_sex_s_branch(request: Request, vocabulary: CatalogVocabulary | None) -> Request:
    """A new need for a man or a woman (`wording.sex_of` of its recipient: "for my dad")
    whose category lies in a branch for the other sex ("Rasierwasser oder Parfüm" found
    the women's Eau de Parfum), or above one for theirs, in theirs
    (`for_him.for_their_sex`; the branch of the same name only where the need names it),
    unless its own words say the other sex ("a women's razor for my dad")."""
    sex = sex_of(str(request.attributes.get("for", "")))
    category = request.parsed.category
    if request.intent != Intent.SEARCH or not sex or not category or vocabulary is None:
        return request
    if (FOR_WOMEN if sex == "men" else TITLE_FOR_MEN).search(request.text):
        return request
    named = bool(own_name(category) & stems(request.text))  # "a cologne": Men's > Cologne
    paths = vocabulary.categories  # "parfüm": Men's, not its few Eau de Parfum
    request.parsed.category = for_their_sex(category, sex, paths, same_name=named)
    return request
