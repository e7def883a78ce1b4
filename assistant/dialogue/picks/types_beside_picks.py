"""A product type said beside the picks on screen: kinds or a type turned down
(`kinds_turned_down`, `type_turned_down`), the type on screen kept where the words name it
again (`keeps_the_type`), or another type, a need of its own (`a_type_beside_theirs`,
`one_more_at_its_own_price`, `another_type_priced`), and another type after the last search
found nothing (`another_type_after_none_found`).

`TurnReader` (reader.py) calls these among the rules of `beside_picks.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.dialogue.category.kinds import names_kind
from assistant.dialogue.clarifying.answers import TYPE_TURNED_DOWN
from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.needs.need_words import CHATTER
from assistant.dialogue.needs.wording import stems
from assistant.dialogue.picks.beside_picks import NOT_A_TRAIT, a_search_beside_picks
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary
from catalog.category_paths import below, nested, within
from retrieval.query import ParsedQuery
from retrieval.tokenize import stem, words

ALL_OF_A_KIND = re.compile(
    r"^(?:(?:hmm+|ugh|but|oh|well|no|nah),?\s+)*(?:those|these|they)(?:\s+are|'re)\s+"
    r"(?:all\s+|just\s+|only\s+)*(?P<what>[a-z][a-z' -]*?)\W*$"
)
"""A complaint that the picks are all of one kind ("hmm those are all dry shampoos")."""


NOT_A_KIND = re.compile(r"\b(?:not|no)\s+(?:an?\s+|more\s+)?(?P<what>[a-z]+\s+[a-z]+)")
"""A kind said as not wanted ("not dry shampoo, regular shampoo")."""


def kinds_turned_down(
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


A_TYPE = re.compile(r"^.*?\b(?:not|no|nothing|anything but|something other than)\s+(?:an?|any)\s")
"""A type turned down with its article ("not a perfume", "anything but a candle"): a product,
never an ingredient ruled out ("no perfume" beside lotions asks for unscented ones)."""


def type_turned_down(
    request: Request,
    english: str,
    situation: TurnSituation,
    parse: Callable[[str], ParsedQuery] | None,
    vocabulary: CatalogVocabulary | None,
) -> Request:
    """``request`` turning down a type of the picks on screen ("not a perfume" beside perfumes,
    "not cologne" beside fragrances), when the message says no more than that
    (`TYPE_TURNED_DOWN`): a refinement that keeps the need on screen less the type's words
    (``text``, never added to it: it searched 'anniversary floral scents not perfume' and
    showed perfumes again), with the categories turned down (`Request.turned_down`): the
    deepest of the need's category and the branches above it whose own name names the type,
    else those under the need's category whose own names do ("Cologne": men's and women's),
    else those in its department whose own names do ("not eau de toilette" beside women's
    colognes: the Eau de Toilette categories, not all of Fragrance), else the one the type
    names for the parser where it holds the need's ("perfume": Fragrance) or, said with its
    article (`A_TYPE`), beside picks of any other need ("not a perfume" beside makeup for a
    gift: none in Fragrance, where it searched perfumes). Else unchanged ("no perfume" beside
    lotions asks for unscented ones)."""
    shown = situation.need_category or ""
    said = TYPE_TURNED_DOWN.match(" ".join(english.lower().split()))
    if not situation.beside_picks or not said:
        return request
    if request.intent not in (Intent.REFINE, Intent.SEARCH):
        return request
    what = stems(said.group("what"))

    def names_it(path: str) -> bool:
        return bool(what) and what <= stems(path.rsplit(" > ", 1)[-1])

    levels = shown.split(" > ") if shown else []
    above = [" > ".join(levels[: i + 1]) for i in range(1, len(levels))]
    paths = vocabulary.categories if vocabulary is not None and shown else ()
    under = [p for p in paths if below(p, shown) and names_it(p)]
    if not under:  # "not eau de toilette" beside women's colognes: the department's EdTs
        department = " > ".join(levels[:2])
        under = [p for p in paths if within(p, department) and names_it(p)]
    home = parse(said.group("what")).category if parse is not None else None
    turned = [p for p in above if names_it(p)][-1:] or [
        p for p in under if not any(below(p, q) for q in under)
    ]
    a_type = A_TYPE.match(said.group(0)) is not None  # "not a perfume", not "no perfume"
    if not turned and home and ((shown and within(shown, home)) or a_type):
        turned = [home]  # "not a perfume" beside makeup for a gift: none ever, not perfumes
    if not turned:
        return request
    request.intent, request.text, request.add_detail = Intent.REFINE, said.group("what"), False
    request.parsed.category, request.turned_down = None, turned
    request.avoid = []  # "no perfume" beside perfumes: no perfume, not unscented ones
    request.not_kinds = []  # the categories say it: not 'eau de' out of every title
    return request


def keeps_the_type(request: Request, situation: TurnSituation) -> Request:
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


def a_type_beside_theirs(
    request: Request, situation: TurnSituation, vocabulary: CatalogVocabulary | None
) -> Request:
    """A refinement whose words are only the name of another type filed beside the picks'
    own, under the same parent, moves the need to that type: "eau de toilette" beside women's
    colognes (the words name men's and women's alike, so they read only Fragrance, and the
    picks' type stayed: `keeps_the_type`) asks for Fragrance > Women's > Eau de Toilette; the
    need ("a perfume", for her) stays."""
    shown = situation.need_category if situation.picks else None
    if request.intent != Intent.REFINE or not shown or " > " not in shown or vocabulary is None:
        return request
    said = _own_words(request.text)
    parent = shown.rsplit(" > ", 1)[0]
    named = [
        path
        for path in vocabulary.categories
        if path != shown
        and path.rsplit(" > ", 1)[0] == parent
        and said == _own_words(path.rsplit(" > ", 1)[-1])
    ]
    if said and len(named) == 1:
        request.parsed.category = named[0]
    return request


ONLY_SAYING = frozenset({"a", "an", "the", "some", "maybe", "instead", "rather", "actually"})
"""Words around a type's name that say nothing of it ("an eau de toilette instead"); "with" is
no such word ("with conditioner" beside shampoos is a shampoo that conditions)."""


def _own_words(text: str) -> frozenset[str]:
    """The stems of the words of ``text`` but those that say nothing of a product (articles,
    chatter, "please", "one": `ONLY_SAYING`, `CHATTER`, `NOT_A_TRAIT`)."""
    return frozenset(
        stem(w)
        for w in words(text)
        if w not in ONLY_SAYING and w not in CHATTER and w not in NOT_A_TRAIT
    )


ONE_MORE = re.compile(
    r"^(?:(?:ok|okay|so|oh|great|cool|thanks|perfect|nice)[,.!]*\s+)*(?:and|also|plus)\b|"
    r"\b(?:too|as well)\W*$"
)
"""A need said as one more beside the picks' ("and a moisturizer for oily skin too", "also a
cleanser", "a toner as well")."""


def one_more_at_its_own_price(request: Request, english: str, situation: TurnSituation) -> Request:
    """A new need said as one more beside the picks (`ONE_MORE`) that says no price keeps none:
    the price said for the picks' need was theirs ("under 20" for serums, then "and a
    moisturizer for oily skin too" searched moisturizers under $20.00), as what "cheap" or
    "cheaper" meant already ends with their need (`Constraints.merge`). A price said again
    ("and a toner too, also under 20") counts."""
    if not a_search_beside_picks(request, situation):
        return request
    if request.answer or request.parsed.priced or request.parsed.cheap or "price" in request.drop:
        return request
    if ONE_MORE.search(" ".join(english.lower().split())):
        request.drop = [*request.drop, "price"]
    return request


PRICE_SO_FAR = re.compile(r"(?:^|;)\s*price_(?P<side>min|max)=(?P<price>\d+(?:\.\d+)?)")
"""A price of the request so far (`TurnSituation.so_far`: "need=mascara; price_max=2.0")."""


def _none_met_the_price(situation: TurnSituation) -> bool:
    """Whether the last search found nothing at the request's price: no question of ours, a
    price so far, and no pick on screen, or none within it (the nearest at any price, shown
    after "I found nothing in the catalog for that (under $1.00)")."""
    bounds = {m["side"]: float(m["price"]) for m in PRICE_SO_FAR.finditer(situation.so_far)}
    if situation.question or not bounds:
        return False
    low, high = bounds.get("min"), bounds.get("max")
    return not any(
        p.price is not None
        and (low is None or p.price >= low - 0.01)
        and (high is None or p.price <= high + 0.01)
        for p in situation.picks
    )


def another_type_after_none_found(request: Request, situation: TurnSituation) -> Request:
    """A new need of another type said after the last search found nothing at its price
    (`_none_met_the_price`), with no price of its own, keeps none: the price was the one
    nothing met ("a self tanner under $1": none; "whatever, just show me sunscreen then"
    searches sunscreens at any price), as after a reset word (`new_need.after_a_reset`). The
    same type asked again keeps its price."""
    said, before = request.parsed, situation.need_category
    if not (
        request.intent == Intent.SEARCH
        and said.category
        and before
        and not nested(said.category, before)
        and _none_met_the_price(situation)
    ):
        return request
    if request.answer or said.priced or said.cheap or said.dear or "price" in request.drop:
        return request
    request.drop = [*request.drop, "price"]
    return request


A_TYPE_SAID = re.compile(
    r"\b(?:a|an|some|another|any)\s+(?!(?:bit|little|touch|hint)\b)([a-z]+(?:\s+[a-z]+){0,2})"
)
"""An article and the words after it, where a product type's name says one is asked for ("a
mascara", "a cheaper mascara", "some good eyeliner"): a need, not a trait of the picks ("a bit
of shimmer")."""


def another_type_priced(
    request: Request, english: str, situation: TurnSituation, types: frozenset[str]
) -> Request:
    """A refinement by price ("not too expensive", "cheaper") that asks for a product type other
    than the one on screen ("a mascara, not too expensive" beside sunscreens: it named
    Mascara, refined the sunscreens and dropped it, `keeps_the_type`) is a new need for that
    type at that price: a category named that is not nested with the need on screen, and a
    word of a leaf category's own name (``types``, `vocabulary.leaf_types`) said as one asked for
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
    if not any(stem(w) in types for w in said):
        return request
    request.intent = Intent.SEARCH  # a new need: its price, not one relative to the picks
    if request.cheaper:
        request.cheaper, request.parsed.cheap = False, True
    request.pricier = False
    return request
