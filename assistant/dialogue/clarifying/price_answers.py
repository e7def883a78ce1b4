"""Reading a reply to our question about price: the option a price names (by its band, its
order among the options or where a price said lies: `price_option`, `pick_by_price`,
`priced_answer`), and a reply that names none but says only "cheap" (`only_cheap`) or only that
it may cost more (`only_pricier`).

`TurnReader` (reader.py) and `option_answers` call these on a turn with a pending question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.model.validation import ANY
from assistant.dialogue.needs.wording import WORD
from assistant.dialogue.phrases.no_preference import DROP_PRICE
from assistant.dialogue.phrases.price_bands import LOW_WORDS, band_chosen, said_band
from assistant.dialogue.phrases.prices_and_orders import PRICIER
from assistant.dialogue.ports import QueryParser
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.understanding import find_references
from retrieval.tokenize import STOP_WORDS

Band = tuple[float | None, float | None]


ONLY_CHEAP_FILLER = frozenset({
    "one", "ones", "something", "option", "options", "please", "pick", "kind", "type", "sort",
    "version",
})  # fmt: skip


def only_cheap(text: str) -> bool:
    """Whether a reply to our question says only that it should be cheap ("cheaper", "the
    cheapest one", "something cheap please"): no option chosen, the need stays, cheap."""
    lowered = " ".join(text.lower().split())
    if not LOW_WORDS.search(lowered):
        return False
    rest = WORD.findall(LOW_WORDS.sub(" ", lowered))
    return not [w for w in rest if w not in STOP_WORDS and w not in ONLY_CHEAP_FILLER]


MORE_IS_FINE = frozenset(
    {"bit", "little", "ok", "okay", "fine", "alright", "hmm", "something", "one", "ones",
     "please", "can", "could", "spend", "pay", "happy", "totally", "actually", "sure"}
)  # fmt: skip


def only_pricier(text: str) -> bool:
    """Whether a reply to our question says only that it may cost more ("hmm a bit more
    expensive is ok", "something pricier is fine"): no option chosen, the need stays, and
    the price it had ("cheap") goes."""
    lowered = " ".join(text.lower().split())
    if not re.search(PRICIER, lowered):
        return False
    rest = WORD.findall(re.sub(PRICIER, " ", lowered))
    return not [w for w in rest if w not in STOP_WORDS and w not in MORE_IS_FINE]


def price_bands(options: Sequence[str], parse: QueryParser | None) -> list[Band] | None:
    """The (lowest, highest) price each offered option states ("under $10": (None, 10), "$10 to
    $25": (10, 25), "over $25": (25, None)), or None unless there are two or more options and
    every one states a price."""
    if parse is None or len(options) < 2:
        return None
    bands: list[Band] = []
    for option in options:
        parsed = parse(option)
        if parsed.min_price is None and parsed.max_price is None:
            if parsed.around_price is None:
                return None
            bands.append(parsed.price_range())
        else:
            bands.append((parsed.min_price, parsed.max_price))
    return bands


def price_option(
    rules: Request, english: str, options: Sequence[str], bands: list[Band] | None
) -> Request:
    """A reply to a question whose options are prices ("under $10", "$10 to $25", "over $25")
    that read as no option by name chooses one by where it lies ("the cheapest", "mid range",
    "let's splurge": `phrases.price_bands.band_chosen`) or by its place ("the middle one",
    "the first"): that option is the answer. ``bands``: the options' prices (`price_bands`)."""
    if bands is None or rules.answer or rules.intent in (Intent.UNSAFE, Intent.CLEAR):
        return rules
    lowered = " ".join(english.lower().split())
    order = sorted(range(len(options)), key=lambda i: (bands[i][0] or 0, bands[i][1] or 1e9))
    if re.search(DROP_PRICE, lowered):  # "no budget really": any of them, no price
        rules.answer, rules.intent = [ANY], Intent.SEARCH
        return rules
    if (out := band_turned_down(lowered)) is not None and (at := _band_at(out, order)) is not None:
        rules.answer = [o for i, o in enumerate(options) if i != at]  # "not the cheapest"
        rules.intent = Intent.SEARCH
        return rules
    band = band_chosen(lowered)
    if band == "high":
        chosen: int | None = order[-1]
    elif band == "low":
        chosen = order[0]
    elif band == "mid" and len(options) == 3:
        chosen = order[1]
    else:
        places = find_references(lowered, len(options))
        chosen = places[0] if len(places) == 1 and places[0] < len(options) else None
    if chosen is None:
        chosen = _band_holding(rules, bands)  # "like 40": $25-$50
    if chosen is not None:
        rules.answer, rules.intent = [options[chosen]], Intent.SEARCH
    return rules


BAND_TURNED_DOWN = re.compile(
    r"^(?:(?:no|nah|nope|hmm+|um+|well|ok(?:ay)?|but|just)\W+)*"
    r"(?:not|nothing|anything but|anything except|except)\s+(?:in\s+)?(?P<band>[^,;.!?]+)"
)
"""A reply that turns a price option down by where it lies ("not the cheapest", "nah, nothing
in the top bracket", "anything but the priciest"): the words after the negation say which."""


def _band_holding(rules: Request, bands: list[Band]) -> int | None:
    """The one option whose band holds the price a reply states ("like 40": $25 to $50;
    "under 20": under $25), or None where it states none or spans several ("max 30")."""
    parsed = rules.parsed
    if parsed.around_price is not None and not parsed.bounded:
        low = high = parsed.around_price
    elif parsed.bounded:
        low, high = parsed.min_price, parsed.max_price
    else:
        return None
    holding = [
        i
        for i, (a, b) in enumerate(bands)
        if (a is None or (low is not None and low >= a))
        and (b is None or (high is not None and high <= b))
    ]
    return holding[0] if len(holding) == 1 else None


def band_turned_down(text: str) -> str | None:
    """The band (``low``, ``mid``, ``high``) a reply to our question about price turns down
    (`BAND_TURNED_DOWN`), or None; not a band said by a negated phrase of its own ("not too
    expensive" chooses the low one, "not too cheap" the middle: `price_bands.band_chosen`)."""
    lowered = " ".join(text.lower().split())
    out = BAND_TURNED_DOWN.match(lowered)
    if out is None or any(re.search(said_band(b), out.group(0)) for b in ("mid", "low")):
        return None
    return band_chosen(out.group("band"))


def _band_at(band: str, order: list[int]) -> int | None:
    """The option at ``band`` among the options in the ``order`` of their prices: the
    cheapest, the dearest, or the middle one of three."""
    if band == "low":
        return order[0]
    if band == "high":
        return order[-1]
    return order[1] if len(order) == 3 else None


def pick_by_price(
    rules: Request, english: str, situation: TurnSituation, options: Sequence[str]
) -> Request:
    """A reply to a question whose options are the picks on screen (their titles) that chooses
    one by its price ("the cheaper of the two", "the cheapest", "the pricier one":
    `phrases.price_bands.band_chosen`): that pick's option is the answer, and the pick its
    reference."""
    titles = [" ".join(p.title.casefold().split()) for p in situation.picks]
    placed = [
        titles.index(t) if t in titles else -1
        for t in (" ".join(o.casefold().split()) for o in options)
    ]
    if rules.answer or not options or -1 in placed:
        return rules
    lowered = " ".join(english.lower().split())
    band = band_chosen(lowered)
    if band not in ("low", "high"):
        return rules
    price = [situation.picks[i].price for i in placed]
    if None in price:
        return rules
    chosen = (min if band == "low" else max)(range(len(options)), key=lambda i: price[i] or 0.0)
    rules.answer, rules.intent, rules.references = (
        [options[chosen]],
        Intent.SEARCH,
        [placed[chosen]],
    )
    rules.cheaper = rules.pricier = rules.parsed.cheap = rules.parsed.dear = False
    return rules


def priced_answer(rules: Request, options: Sequence[str], bands: list[Band] | None) -> Request:
    """An answer that chose price options ("under $10"; "not the cheapest": the two dearer)
    states the prices they span, unless the reply states one of its own ("the first, but no
    more than 8"). ``bands``: the options' prices (`price_bands`)."""
    if bands is None or not rules.answer or not set(rules.answer) <= set(options):
        return rules
    chosen = [bands[list(options).index(a)] for a in rules.answer]
    if not rules.parsed.priced:  # several ("not the cheapest"): the prices they span
        lows, highs = [b[0] for b in chosen], [b[1] for b in chosen]
        rules.parsed.min_price = None if None in lows else min(x for x in lows if x is not None)
        rules.parsed.max_price = None if None in highs else max(x for x in highs if x is not None)
    rules.cheaper = rules.pricier = False  # a band chosen, not cheaper than the picks
    return rules
