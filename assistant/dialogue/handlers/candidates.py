"""Which of the candidates a search found come first, and in what order: the search handler's
filters over the records (read once a turn: `TurnContext.products`). Each keeps what the need
asks for first and the rest after while too few remain ("deodorant for men": the titles naming
deodorant; "a vegan lipstick": the records that say vegan; an accessory of the type last), or
puts the picks in the order a need asked for ("the cheapest shampoo", "reorder my usual
lashes"). `put_first` runs the filters in their order; `handlers.find_picks.find` calls it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from assistant.dialogue.category.kinds import kinds_named, names_homeless, names_kind
from assistant.dialogue.context import TurnContext
from assistant.dialogue.needs.search_words import content_words
from assistant.dialogue.needs.wording import (
    ACCESSORIES,
    MEN,
    TITLE_FOR_MEN,
    TITLE_FOR_WOMEN,
    VESSELS,
    WOMEN,
    WORD,
    sex_of,
    stems,
)
from assistant.dialogue.ports import Candidate
from assistant.dialogue.safety import claims_asked, unbacked
from assistant.dialogue.title_sizes import size_ml
from catalog.category_paths import within
from catalog.schema import Product
from retrieval.colour_names import COLOURS
from retrieval.metadata import product_passes
from retrieval.tokenize import stem

ORDERS = {
    "cheapest": "cheapest first",
    "dearest": "most expensive first",
    "best_rated": "best rated first",
    "most_bought": "best sellers first",
    "biggest": "biggest first",
    "smallest": "smallest first",
    "best_value": "best value first (price per fl oz; unsized last)",
    "again": "what you bought before first",
}
"""The orders a new need may ask its picks in (`Constraints.order`), as the reply says them."""
ORDER_POOL = 20
"""How many of the best matches an order chooses the picks from."""
BY_PRICE = frozenset({"cheapest", "dearest"})
"""The orders that run over every product of the type the search finds (`of_the_type`), not
only the best matches: "the cheapest nail polish you have" is the catalog's cheapest."""
ORDER_DEPTH = 1000
"""How many matches a search in a price order reads (`BY_PRICE`): every product of a type."""


def bought_before(ctx: TurnContext, query: str) -> list[Candidate]:
    """For "reorder my usual lashes": the shopper's own purchases that fit the need, the latest
    first: within its filters, in its category, or (with none) whose titles name a word of it
    (every one for "what did i buy last time?"); none for a shopper without such purchases."""
    c = ctx.state.constraints
    history = list(dict.fromkeys(reversed(ctx.shopper().history)))  # the latest first
    filters = ctx.filters()
    wanted = {stem(w) for w in content_words(query)}

    def fits(product: Product) -> bool:
        if c.category is not None:
            return within(product.category_path, c.category)
        if not wanted:  # "what did i buy last time?": all of it
            return True
        return bool(wanted & stems(product.title))

    return [
        Candidate(p.id, 1.0)
        for p in ctx.products(history)
        if p.presentable and product_passes(p, filters) and fits(p)
    ]


def in_order(
    found: list[Candidate], ctx: TurnContext, order: str, query: str = ""
) -> tuple[list[Candidate], str]:
    """The picks of the ``ORDER_POOL`` best matches in the order a need asked for, and how the
    reply says it: by price, by rating (by purchases where the catalog lists no ratings), by
    purchases on record, or by the size the title names (`title_sizes.size_ml`; unsized last), or by
    price per size (best value). By
    price, every match whose title names the type asked for (`of_the_type`) where enough do."""
    chosen = found[:ORDER_POOL]
    if order in BY_PRICE:
        chosen = of_the_type(found, ctx, query) or chosen
    products = {p.id: p for p in ctx.products([h.item_id for h in chosen])}
    pool = [h for h in chosen if h.item_id in products and products[h.item_id].presentable]
    said = ORDERS[order]
    if order == "best_rated" and not any(products[h.item_id].rating for h in pool):
        order, said = "most_bought", "best sellers first (the catalog lists no ratings)"
    if order in ("best_rated", "most_bought"):
        bought = ctx.parts.store.item_event_counts([h.item_id for h in pool], ["purchase"])
        rated = {h.item_id: products[h.item_id].rating or 0.0 for h in pool}
        score = bought if order == "most_bought" else rated
        pool.sort(key=lambda h: -score.get(h.item_id, 0))
    elif order in ("cheapest", "dearest"):
        price = {h.item_id: products[h.item_id].price or 0.0 for h in pool}
        pool.sort(key=lambda h: price[h.item_id], reverse=order == "dearest")
    else:
        size = {h.item_id: size_ml(products[h.item_id]) for h in pool}
        sized = [h for h in pool if size[h.item_id] is not None]
        if order == "best_value":  # price per ml; no price or size: last
            sized = [h for h in sized if products[h.item_id].price]
            sized.sort(key=lambda h: (products[h.item_id].price or 0.0) / (size[h.item_id] or 1))
        else:
            sized.sort(key=lambda h: size[h.item_id] or 0.0, reverse=order == "biggest")
        pool = sized + [h for h in pool if h not in sized]
    return pool[: ctx.options.picks], said


NEAREST_PRICE = "nearest in price first"
"""What the reply says of picks shown at another price than the one said."""


def nearest_in_price(
    found: list[Candidate],
    ctx: TurnContext,
    bounds: tuple[float | None, float | None],
    query: str = "",
) -> list[Candidate]:
    """The picks of the ``ORDER_POOL`` best matches (those of the type asked for, where
    enough are: `of_the_type`) nearest the price range ``bounds`` first, unpriced last: what
    to show when nothing matches the price said ("a lip liner for like 3 dollars")."""
    low, high = bounds
    pool = of_the_type(found, ctx, query) or found[:ORDER_POOL]
    products = {p.id: p for p in ctx.products([h.item_id for h in pool])}

    def away(hit: Candidate) -> float:
        product = products.get(hit.item_id)
        if product is None or not product.presentable or product.price is None:
            return float("inf")
        below = low - product.price if low is not None else 0.0
        above = product.price - high if high is not None else 0.0
        return max(below, above, 0.0)

    return sorted(pool, key=away)[: ctx.options.picks]


def of_the_type(found: list[Candidate], ctx: TurnContext, query: str) -> list[Candidate]:
    """The matches of the type the need asks for: titles that name every word of the need and
    each catalog kind it names as a kind (`kinds.kinds_named`: "nail polish", not a "Nail Art
    Polish" foil sticker), with no accessory's noun after them (`ACCESSORIES`: not a "Nail
    Polish Wall Rack Display"). For a need that says nothing but a type (`_names_only_a_type`)
    the need's category holds the type, so titles that name its last word alone (a "Kwik Dri
    Dryer" hair dryer) are of it too, and for a one-word type those that name none of it
    ("perfume": a Creed "Eau De Parfum"). [] where fewer than the picks are."""
    words_said = content_words(query)
    said = [stem(w) for w in words_said]
    if not said:
        return []
    vocabulary = ctx.parts.vocabulary
    kinds: frozenset[str] = frozenset()
    if vocabulary is not None:
        kinds = kinds_named(" ".join(words_said), vocabulary.kinds)
    only_a_type = _names_only_a_type(ctx, query)
    titles = _titles(found, ctx)

    def of_it(hit: Candidate) -> bool:
        title = titles.get(hit.item_id, "")
        words = [stem(w) for w in WORD.findall(title.lower())]
        named = set(said) & set(words)
        if not named:
            return only_a_type and len(said) == 1
        if any(w in ACCESSORIES for w in words[min(words.index(w) for w in named) :]):
            return False
        if named == set(said):
            return all(names_kind(title, k) for k in kinds)
        return only_a_type and named == {said[-1]}

    kept = [h for h in found if of_it(h)]
    return kept if len(kept) >= ctx.options.picks else []


def _names_only_a_type(ctx: TurnContext, query: str) -> bool:
    """Whether every word of the need, with a category to search in, is a word of a category's
    name ("nail polish", "face cream") or names a category alone ("perfume": Fragrance)."""
    vocabulary, parse = ctx.parts.vocabulary, ctx.parts.parse
    if not ctx.state.constraints.category or vocabulary is None or parse is None:
        return False
    named = stems(" ".join(vocabulary.categories))
    return all(stem(w) in named or parse(w).category for w in content_words(query))


def _titles(found: Sequence[Candidate], ctx: TurnContext) -> dict[str, str]:
    """The titles of ``found``'s records, by id (read once a turn: `TurnContext.products`)."""
    return {p.id: p.title for p in ctx.products([h.item_id for h in found])}


def _first(
    found: list[Candidate], wanted: Callable[[Candidate], bool], *, alone_from: int | None = None
) -> list[Candidate]:
    """``found`` with the hits ``wanted`` keeps first, each part in its order; only those when
    there are at least ``alone_from`` of them (enough for the picks)."""
    first = [h for h in found if wanted(h)]
    if alone_from is not None and len(first) >= alone_from:
        return first
    return first + [h for h in found if not wanted(h)]


def only_named(found: list[Candidate], ctx: TurnContext, query: str) -> list[Candidate]:
    """``found`` less the products whose titles name no word of the need, when no category
    holds the need to its kind: under a lower price, search for "smells coconut" brought a
    brush guard and a lemon soap (every match of the need cost more)."""
    said = {stem(w) for w in content_words(query)}
    if ctx.state.constraints.category or not said:
        return found
    titles = _titles(found, ctx)
    return [h for h in found if said & stems(titles.get(h.item_id, ""))]


def _in_colour(found: list[Candidate], ctx: TurnContext, query: str) -> list[Candidate]:
    """``found`` less the products whose titles name another colour and not the one the need
    asks for (`COLOURS`: "eyeliner brown" ranked an "Ebony Black" third), when some title names
    it; titles that name no colour stay (the listing may not say)."""
    asked = COLOURS & set(WORD.findall(query.lower()))
    if not asked:
        return found
    titles = _titles(found, ctx)
    named = {i: COLOURS & set(WORD.findall(t.lower())) for i, t in titles.items()}
    if not any(named.get(h.item_id, set()) & asked for h in found):
        return found
    return [h for h in found if (said := named.get(h.item_id, set())) & asked or not said]


def _for_their_sex(found: list[Candidate], ctx: TurnContext, query: str) -> list[Candidate]:
    """``found`` less the products whose titles say they are for the other sex than the
    recipient's ("Razor for Women" for dad, who likes to shave; "Cologne for Men" for mum), or
    than the need's own words say ("razor for men"), unless the need says so itself; titles
    that say both or neither stay, and all stay when none would be left."""
    sex = sex_of(ctx.state.recipient)
    said = {w.removesuffix("'s") for w in WORD.findall(query.lower())}
    if sex == "men" or (sex is None and said & MEN and not said & WOMEN):
        own, other = TITLE_FOR_MEN, TITLE_FOR_WOMEN
    elif sex == "women" or (said & WOMEN and not said & MEN):
        own, other = TITLE_FOR_WOMEN, TITLE_FOR_MEN
    else:
        return found
    if other.search(query):
        return found
    titles = _titles(found, ctx)
    kept = [
        h
        for h in found
        if not other.search(title := titles.get(h.item_id, "")) or own.search(title)
    ]
    return kept or found


def _sized(found: list[Candidate], ctx: TurnContext) -> list[Candidate]:
    """``found`` less the products outside the need's size bounds ("a bigger size"); a title
    that names no size is left out while a bound holds."""
    c = ctx.state.constraints
    if c.min_size_ml is None and c.max_size_ml is None:
        return found
    sizes = {p.id: size_ml(p) for p in ctx.products([h.item_id for h in found])}
    low, high = c.min_size_ml or 0.0, c.max_size_ml or float("inf")
    return [h for h in found if (size := sizes.get(h.item_id)) is not None and low < size < high]


SPF = re.compile(r"\bspf\s*(\d{1,3})\b", re.I)
"""A sun protection factor said ("spf 50", "SPF50+")."""


def _protective(found: list[Candidate], ctx: TurnContext, query: str) -> list[Candidate]:
    """``found`` with the products whose titles name only a lower sun protection factor than
    the need asks for ("sunscreen face spf 50": SPF 30, SPF 3) moved after the others, in
    order: a title that names none may still be one (its record may say)."""
    wanted = SPF.search(query)
    if not wanted:
        return found
    titles = _titles(found, ctx)

    def too_low(hit: Candidate) -> bool:
        said = [int(n) for n in SPF.findall(titles.get(hit.item_id, ""))]
        return bool(said) and max(said) < int(wanted.group(1))

    return _first(found, lambda h: not too_low(h))


def _accessories_asked(query: str) -> frozenset[str]:
    """The accessories' nouns (`ACCESSORIES`, stemmed) the need names itself ("a makeup brush
    cleaner": 'cleaner')."""
    return frozenset({stem(w) for w in content_words(query)} & ACCESSORIES)


def _accessories_as_said(found: list[Candidate], ctx: TurnContext, query: str) -> list[Candidate]:
    """``found`` with the accessories of what the need names moved after the others: titles
    where a word of the need is followed by an accessory's noun (`ACCESSORIES`: "Hair Dryer
    Stand" for "hair dryer"), or that name an empty bottle (`VESSELS`: "Travel Atomizer"); they
    are left out while enough others remain for the picks. When the need names an accessory
    itself ("a makeup brush cleaner", "a brush holder"), only the titles that name it after a
    word of the need are kept, where any do (brush sets came first for the cleaner)."""
    said = {stem(w) for w in content_words(query)}
    if not said:
        return found
    asked = _accessories_asked(query)
    accessory = _accessory_of(found, ctx, said, asked)
    if asked:
        return _first(found, accessory, alone_from=1)  # those asked for, even if fewer
    return _first(found, lambda h: not accessory(h), alone_from=ctx.options.picks)


def no_accessories(found: list[Candidate], ctx: TurnContext, query: str) -> list[Candidate]:
    """``found`` less the accessories of what the need names (`_accessories_as_said`), unless
    the need asks for one: "cheaper" than perfumes is no $3.42 travel atomizer, however few
    perfumes cost less."""
    said = {stem(w) for w in content_words(query)}
    if not said or _accessories_asked(query):
        return found
    accessory = _accessory_of(found, ctx, said, frozenset())
    return [h for h in found if not accessory(h)]


def _accessory_of(
    found: list[Candidate], ctx: TurnContext, said: set[str], asked: frozenset[str]
) -> Callable[[Candidate], bool]:
    """Whether a hit's title is an accessory of the need (its stems ``said``): a word of it
    followed by an accessory's noun (``asked``, else any of `ACCESSORIES`), or an empty bottle
    named anywhere but after "with" (`VESSELS`, those ``asked`` where some are)."""
    titles = _titles(found, ctx)
    vessels = (asked or VESSELS) & VESSELS

    def accessory(hit: Candidate) -> bool:
        words = [stem(w) for w in WORD.findall(titles.get(hit.item_id, "").lower())]
        if any(a in said and b in (asked or ACCESSORIES) for a, b in pairwise(words)):
            return True
        return any(b in vessels and a != "with" for a, b in pairwise(["", *words]))

    return accessory


def _of_the_kind_named(found: list[Candidate], ctx: TurnContext, query: str) -> list[Candidate]:
    """``found`` with the titles that name the kind of product the need names first: a type the
    catalog files under no category of its own (`kinds.names_homeless`: no category holds it,
    so search alone decides; "deodorant for men" showed a cologne for men and a body spray
    beside two deodorants), or a kind of the need's category that titles often name
    (`kinds_said`: "dry shampoo for dark hair" showed moisture shampoos first). The others
    leave while enough remain for the picks."""
    vocabulary = ctx.parts.vocabulary
    if vocabulary is None:
        return found
    kind = names_homeless(query, vocabulary.homeless)
    said = kinds_said(query, ctx.state.constraints.category, vocabulary.kinds)
    if _accessories_asked(query):
        said = []  # "a makeup brush cleaner": what it is for, not the kind wanted
    if kind is None and not said:
        return found
    titles = _titles(found, ctx)
    only = frozenset({kind}) if kind is not None else frozenset()

    def named(hit: Candidate) -> bool:
        title = titles.get(hit.item_id, "")
        if kind is not None:
            return names_homeless(title, only) is not None
        return all(names_kind(title, k) for k in said)

    return _first(found, named, alone_from=ctx.options.picks)


def kinds_said(query: str, category: str | None, kinds: frozenset[str]) -> list[str]:
    """The catalog's two-word kinds (`kinds.title_kinds`, stemmed) the need names that are a
    kind of its category's own type: the second word is a word of the category's name, the
    first not ("dry shampoo" in Shampoos; not "dark hair" there, nor "shampoo conditioner")."""
    if not category or not kinds:
        return []
    own = stems(category.rsplit(" > ", 1)[-1])
    return [
        k
        for k in sorted(kinds_named(query, kinds))
        if k.split()[-1] in own and k.split()[0] not in own
    ]


def _stating_the_claims(found: list[Candidate], ctx: TurnContext, query: str) -> list[Candidate]:
    """``found`` with the products whose records state every claim the need asks of them
    (`safety.claims_asked`: "a vegan lipstick") first, in order: search finds lipsticks
    whatever their records say, and only a record that says so backs the claim."""
    claims = claims_asked(query)
    if not claims:
        return found
    records = {p.id: p for p in ctx.products([h.item_id for h in found])}

    def backed(hit: Candidate) -> bool:
        product = records.get(hit.item_id)
        return product is not None and unbacked(product, claims) is None

    return _first(found, backed)


def put_first(found: list[Candidate], ctx: TurnContext, query: str) -> list[Candidate]:
    """``found`` with what the need asks for first: the sizes asked, the colour, whom it is for,
    the protection, not an accessory, the kind named, the claims stated (each filter above)."""
    found = _for_their_sex(_in_colour(_sized(found, ctx), ctx, query), ctx, query)
    found = _accessories_as_said(_protective(found, ctx, query), ctx, query)
    found = _not_by_the_brand_s_name(found, ctx, query)
    return _stating_the_claims(_of_the_kind_named(found, ctx, query), ctx, query)


def _not_by_the_brand_s_name(
    found: list[Candidate], ctx: TurnContext, query: str
) -> list[Candidate]:
    """``found`` with the records whose titles say a word of the need only in their brand's
    name moved after the others ("an aftershave balm" showed theBalm's blushes: "The Balm In
    Stain Blush" says 'balm' as the brand, not the product), unless a brand is asked for;
    they are left out while enough others remain for the picks."""
    said = {stem(w) for w in content_words(query)}
    if not said or ctx.state.constraints.brands:
        return found
    records = {p.id: p for p in ctx.products([h.item_id for h in found])}

    def by_the_name_only(hit: Candidate) -> bool:
        record = records.get(hit.item_id)
        if record is None or not record.brand:
            return False
        title = WORD.findall(record.title.lower())
        rest = without_the_name(title, record.brand)
        return (
            rest != title
            and not said & stems(" ".join(rest))
            and bool(said & stems(" ".join(title)))
        )

    return _first(found, lambda h: not by_the_name_only(h), alone_from=ctx.options.picks)


def without_the_name(title: list[str], brand: str) -> list[str]:
    """The words of a title less the first run of them that spells ``brand`` ("the balm" for
    theBalm, "burt s bees" for Burt's Bees); the title as it is where none does."""
    key = re.sub(r"[\W_]+", "", brand.lower())
    for i in range(len(title)):
        joined = ""
        for j in range(i, min(i + 5, len(title))):
            joined += title[j]
            if joined == key:
                return title[:i] + title[j + 1 :]
            if not key.startswith(joined):
                break
    return title
