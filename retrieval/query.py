"""Query understanding: price constraints, brand mentions and negations, category intent.

`parse_query` pulls hard constraints out of a shopper's words and returns what is left to search
for. Brands are matched fuzzily (rapidfuzz) against the catalog's brands, categories against the
catalog's category tree. `ParsedQuery` is the one typed form of a message's constraints, read by
`shopassist search` and by chat alike; `ParsedQuery.price_range()` holds the one "around" rule and
`ParsedQuery.filters()` turns the result into `Filters`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from retrieval.brand_facts import BrandFacts
from retrieval.brand_names import BrandMatcher, Kind
from retrieval.category_names import CategoryMatcher
from retrieval.colour_names import COLOURS
from retrieval.filters import Filters
from retrieval.prices import find_prices
from retrieval.tokenize import STOP_WORDS, TURNED_DOWN

AROUND_TOLERANCE = 0.25
"""'around $20' means 20 +- 25% ($15-$25), in search and in chat."""

_NOT_SO = r"(?<!nothing )(?<!not )(?<!no )(?<!never )(?<!too )(?<!that )"
"""Words before a cheap word that deny it ("nothing cheap", "not too cheap": a middle band)."""
_CHEAP = re.compile(
    rf"{_NOT_SO}\b(?:(?:way|much|far|even|a lot|a bit|a little|super|really|very)\s+)?{_NOT_SO}"
    r"(?:cheap|cheaper|cheapest|inexpensive|affordable|low[- ]cost|less (?:expensive|pricey|"
    r"pricy|costly|spendy)|lower[- ]priced|"
    r"(?<!the )(?<!my )(?<!same )(?<!your )(?<!our )(?<!no )(?<!any )(?<!whats )(?<!what's )"
    r"budget(?:[- ]friendly)?(?! (?:is|of|for|was|around|about|at|limit|range)\b)|"
    r"bargain|economical|low[- ]priced)\b"
)
DEAR = re.compile(
    r"(?<!nothing )(?<!not )(?<!too )(?<!so )(?<!be )(?<!no )(?<!not a )\b(?:luxury|luxurious|"
    r"high[- ]end|upscale|splurge|splurging|premium|prestige|prestigious|lavish|fancy|"
    r"indulgent|top[- ]shelf|(?:money|price|cost)(?: is)? no object|"
    r"(?:(?:don'?t|do not) mind|happy to|willing to|ok with|okay with) (?:paying|spending|pay|"
    r"spend) (?:more|extra|a bit more|a little more|a lot))\b"
    r"|(?<!nothing )(?<!not )(?<!too )(?<!so )(?<!be )(?<!no )(?<!less )(?<!more )(?<!how )"
    r"(?<!is )(?<!are )(?<!'s )(?<!'re )(?<!smells )(?<!smell )(?<!looks )(?<!look )"
    r"(?<!that )(?<!kinda )(?<!bit )(?<!little )(?<!it )(?<!they )\b(?:expensive|pricey|spendy)"
    r"(?! (?:for|than|though|tho|to)\b)\b"
)
"""A need said to be dear, with no price ("a luxury perfume", "a high end face cream", "i want
to splurge", "money is no object", "i don't mind paying more", "an expensive perfume"; slang
reads as these words first, `lexicon.yaml`: "bougie" is luxury; not "nothing fancy", "doesn't
have to be fancy", "these are expensive", "less expensive", "smells expensive"): the words stay
search words."""
_DUPE = (
    r"dupes?\s+(?:for|of|to)|(?:an?\s+)?alternatives?\s+(?:to|for)|instead\s+of|"
    r"substitutes?\s+(?:for|to)|replacements?\s+for|knock-?offs?\s+(?:of|for)|"
    r"cheaper\s+versions?\s+of|copy\s+of"
)
"""A dupe of a product rules out the original's brand ("a cheap dupe for MAC Studio Fix")."""
_NEGATION = re.compile(
    r"\b(?:not (?:a|the) (?:big |huge )?fan of|not (?:really |too )?(?:into|keen on|big on)|"
    # "not a conair fan", "never a big Revlon fan": the brand said before "fan"
    r"(?:not|never(?: been)?) (?:a|an)(?: big| huge)?(?=\s+(?:\S+\s+){1,3}fan\b)|"
    r"(?:i )?(?:can'?t|cannot|could not|couldn'?t) (?:stand|use|do|deal with)|"
    r"(?:i )?(?:don'?t|do not|didn'?t|did not|doesn'?t|does not) (?:really )?"
    r"(?:want|like|love|trust|use|need)|"
    r"(?:i'?d|i would) rather (?:not|avoid)|rather not|steer clear of|stay away from|"
    r"keep away from|sick of|tired of|done with|no more|anything (?:but|except|other than)|"
    r"any (?:brands? |one )?(?:but|except|other than|apart from|aside from|besides)|"
    r"except(?: for)?|excluding|exclude|avoid(?:ing)?|other than|but not|nothing (?:from|by)|"
    r"none (?:from|by)|never again|never|without|minus|hates?|dislikes?|loathes?|allergic to|skip|"
    r"isn'?t|aren'?t|"
    rf"{_DUPE}|not|no|pas de|pas d'|pas|sans|sin|nada de|ohne|kein(?:e|en|er)?|nicht|senza|"
    r"niente|sem|zonder|geen|bez|nie|utan|inte|fără|fara|"
    # "except" in other languages: "un fond de teint sauf Maybelline", "champú excepto Pantene"
    r"sauf|hormis|except[ée]|excepto|exceto|salvo|menos|au(?:ß|ss)er|tranne|eccetto|behalve|"
    r"oprócz|oprocz|förutom|forutom|hariç|haric|cu excepția)"
    r"\s+(?:(?:products?|stuff|anything|something|items?)\s+)?"
    r"(?:from\s+|by\s+|any\s+|the brand\s+|the\s+|de\s+|d'|von\s+|di\s+|da\s+)?",
)
_DUPE_CUE = re.compile(rf"\b(?:{_DUPE})\b")
DUPE_SAID = re.compile(
    rf"\b(?:{_DUPE}|dupes?|knock-?offs?)\b|\blike\b.{{1,60}}?\bbut\s+(?:a lot |much |way )?"
    r"(?:cheaper|less expensive|more affordable|for less)\b"
)
"""A need for a dupe of another brand's product ("a dupe for moroccanoil treatment", "a MAC
dupe", "like Olay but cheaper"): the brands it rules out name what it is like."""
_AFTER_BRAND = re.compile(
    r"^\W*(?:(?:products?|stuff|ones?|makeup|items?)\s+)?(?:dupes?\b|knock-?offs?\b|"
    r"alternatives?\b|(?:gives?|gave) me\b|(?:broke|breaks|break) me out\b|irritates?\b|"
    r"irritated\b|(?:doesn'?t|didn'?t|don'?t|never) work|sucks?\b|"
    r"(?:is|are|was|were) (?:too|awful|terrible|the worst|a no|not for me|overrated)\b|"
    r"(?:isn'?t|aren'?t) for me\b|not for me\b)"
)
"""What after a brand rules it out: "a MAC dupe", "Revlon gives me a rash"."""
_LIKE_BEFORE = re.compile(r"\b(?:like|similar to|same as)\s+(?:the\s+|an?\s+)?$")
_BUT_CHEAPER = re.compile(
    r"^[^.!?]{0,60}?\b(?:but|just|only)\s+(?:(?:a lot |much |way )?(?:cheaper|less expensive|"
    r"more affordable|for less|not as expensive)|not (?:the |an? )?(?:actual|real|original|"
    r"genuine|name|same) (?:brand|thing|one|deal|product))\b"
)
"""Around a brand, a dupe in other words: "something like Olay but cheaper"."""
_SAID_AFTER = re.compile(r"\bexcluded\b|\bnot(?=\s*(?:$|[,.;!?]))")
"""A brand ruled out by a word after it ("Nivea excluded"), as Turkish, Japanese, Korean and
Hindi say it and `retrieval.lexicon` reads them ("Nivea olmasın", "Nivea以外", "Nivea 말고"),
or by "not" ending the clause ("लेकिन Nivea नहीं": 'but Nivea not')."""
_SAID_AFTER_REACH = 6
"""How many words before it a word ruling out a brand may reach (a brand's name at most)."""
_JOINS = {"or", "nor", "and", "ni", "ou", "o", "oder", "y", "et", "und", "e", "lub", "eller", "sau"}
_NAME_BEFORE = {"by", "brand", "from"}
_NAME_AFTER = {"brand"}  # not "brands": "organic brands", "drugstore brands" are kinds of brand
_NAME_JOINERS = {"and", "n", "of", "de", "la", "le", "du", "et"}
"""Lower-case words inside a name written capitalised ("Head and Shoulders", "Kiss My Face")."""
_PERSON_BEFORE = {
    "friend", "sister", "brother", "mom", "mum", "mother", "dad", "aunt", "auntie", "uncle",
    "grandma", "granny", "cousin", "niece", "nephew", "wife", "husband", "daughter", "son",
    "boss", "named", "called", "coworker", "colleague", "teacher", "bestie", "girlfriend",
    "boyfriend", "partner", "neighbour", "neighbor", "miss", "mrs", "ms", "mr", "dear",
}  # fmt: skip
"""Words before a capitalised word that make it a person's name ("my aunt Diane")."""
_TOKEN = re.compile(r"[^\W_]+(?:[.'’`][^\W_]+)*")
_BREAK = re.compile(r"[,;!?()]|\bbut\b")
"""What a brand name never spans (a brand's own dots and spaces it may: "Dr. Bronner")."""


@dataclass
class ParsedQuery:
    """What a shopper's words ask for.

    Attributes:
        text: the query with price and brand-negation phrases removed (what to search for).
        min_price, max_price: stated price bounds.
        around_price: a stated target price ("around $15").
        brands: catalog brands the query names (to keep).
        exclude_brands: catalog brands the query rules out ("not L'Oreal", "anything but Revlon").
        category: the category path the query points at, or None.
        cheap: the shopper asked for something cheap ("cheap", "affordable", "budget").
        dear: the shopper asked for something dear with no price ("luxury", "high end").
        unmatched_negations: words after a negation that matched no brand ("no parabens").
        converted: prices said in a currency converted to the store's, in words ("1,000
            rubles is about $11.00": `retrieval.currency`), for the reply to say.
    """

    text: str
    min_price: float | None = None
    max_price: float | None = None
    around_price: float | None = None
    brands: list[str] = field(default_factory=list)
    exclude_brands: list[str] = field(default_factory=list)
    category: str | None = None
    cheap: bool = False
    dear: bool = False
    unmatched_negations: list[str] = field(default_factory=list)
    converted: list[str] = field(default_factory=list)

    @property
    def bounded(self) -> bool:
        """A lowest or a highest price was stated (an "around" price alone is not a bound)."""
        return self.min_price is not None or self.max_price is not None

    @property
    def priced(self) -> bool:
        """A price was stated: a bound, or a price to aim at ("around 40 bucks")."""
        return self.bounded or self.around_price is not None

    def price_range(self, tolerance: float = AROUND_TOLERANCE) -> tuple[float | None, float | None]:
        """The stated price range: the bounds, or else the band around an "around $X" price.

        Args:
            tolerance: the band around an "around $X" price (0.25 is +-25%).
        """
        low, high = self.min_price, self.max_price
        if self.around_price is not None and low is None and high is None:
            low = round(self.around_price * (1 - tolerance), 2)
            high = round(self.around_price * (1 + tolerance), 2)
        return low, high

    def filters(
        self,
        *,
        use_category: bool = True,
        cheap_max_price: float | None = None,
        tolerance: float = AROUND_TOLERANCE,
    ) -> Filters:
        """The hard filters this query states.

        Args:
            use_category: include the category intent as a category prefix filter.
            cheap_max_price: the price ceiling "cheap" means (e.g. the catalog's lower
                quartile); None leaves "cheap" to ranking.
            tolerance: the band around an "around $X" price (0.25 is +-25%).
        """
        low, high = self.price_range(tolerance)
        if self.cheap and high is None and cheap_max_price is not None:
            high = cheap_max_price
        if low is not None and high is not None and low > high:
            low, high = high, low
        return Filters(
            min_price=low,
            max_price=high,
            brands=tuple(self.brands),
            exclude_brands=tuple(self.exclude_brands),
            category=self.category if use_category else None,
        )


def to_filters(parsed: ParsedQuery, **options: object) -> Filters:
    """`ParsedQuery.filters` as a function (same options)."""
    return parsed.filters(**options)  # type: ignore[arg-type]


NEGATED = re.compile(
    TURNED_DOWN.pattern
    + r"|\b[a-z][a-z'-]*[\s-]+free\b|\b(?:no|non|without|zero|not)[\s-]+(?:any\s+)?[a-z][a-z'-]*"
)
"""A word said as absent ("fragrance-free", "oil free", "without perfume", "no fragrance"):
what the product is not, so it names no category (the rules' avoid list reads it); so is the
place or kind a need is said not to be for, said last in its phrase ("a scrub, not for the
face": `tokenize.TURNED_DOWN`)."""
SKIN_TYPE = re.compile(
    r"\bcombination(?=[\s/-]+(?:skin|hair|to\b|oily|dry|normal))"
    r"|\bcolou?r(?=[\s-]+treated\b)|\bcolou?r(?=[\s-]+(?:safe|protect(?:ing|ion)?)\b)"
)
"""A skin or hair type ("combination skin", "combination to oily", "color treated hair",
"color safe"): what the product is for, not the Combinations the catalog files eye liners and
shadows under, nor Hair Color."""


@lru_cache(maxsize=4)
def _matchers(
    brands: tuple[str, ...],
    categories: tuple[str, ...],
    sizes: tuple[int, ...] = (),
    facts: BrandFacts | None = None,
) -> tuple[BrandMatcher, CategoryMatcher]:
    category_matcher = CategoryMatcher(categories, sizes)
    return BrandMatcher(brands, category_matcher.words, facts), category_matcher


@dataclass(frozen=True)
class _Token:
    """A lower-case word of the message and where it stands ("l'oreal" -> "loreal")."""

    text: str
    start: int
    end: int


def _tokens(text: str, since: int = 0) -> list[_Token]:
    return [
        _Token(re.sub(r"[.'’`]", "", m.group(0)), m.start(), m.end())
        for m in _TOKEN.finditer(text, since)
    ]


_NEXT_WORD = re.compile(r"\W*([^\W_]+)")
"""The first word at or after a position (``match(text, pos)``: no copy of the rest)."""


class _Names:
    """Which spans of the message the shopper wrote as a name: capitalised where a sentence
    does not start ("I love Simple"), in capitals ("GUD"), or framed as one ("by Adore",
    "the Simple brand"); never a capitalised word after "my aunt" or "named" (a person)."""

    def __init__(self, raw: str, low: str) -> None:
        self.raw = raw if len(raw) == len(low) else low  # no case to read if lengths differ
        self.low = low
        alpha = [m.group(0) for m in re.finditer(r"[^\W\d_]+", self.raw)]
        capitals = sum(w[0].isupper() for w in alpha)
        self.shouting = bool(alpha) and (
            all(w.isupper() for w in alpha) or (len(alpha) >= 3 and capitals >= 0.6 * len(alpha))
        )
        spans = [(m.end(), m.group(0)) for m in re.finditer(r"[^\W_]+", low)]
        self._ends = [end for end, _ in spans]
        self._words = [word for _, word in spans]

    def _before(self, at: int) -> str:
        """The last whole word that ends at or before ``at`` (a bisection: a long message costs
        no more per lookup than a short one)."""
        i = bisect_right(self._ends, at)
        return self._words[i - 1] if i else ""

    def person(self, start: int, end: int) -> bool:
        """A capitalised word right after "my aunt", "named"...: a person's name."""
        said = self.raw[start:end]
        return self._before(start) in _PERSON_BEFORE and said[:1].isupper() and not self.shouting

    def __call__(self, start: int, end: int) -> bool:
        before = self._before(start)
        after = _NEXT_WORD.match(self.low, end)
        if before in _NAME_BEFORE or (after is not None and after.group(1) in _NAME_AFTER):
            return True
        if self.shouting or before in _PERSON_BEFORE:
            return False
        said = re.findall(r"[^\W_]+", self.raw[start:end])
        if not said:
            return False
        if all(len(w) >= 2 and w.isupper() for w in said if w.isalpha()):
            return True  # "GUD", "MAC"
        inner = set(range(1, len(said) - 1))
        titled = len(said) >= 2 and all(w[0].isupper() for w in said)  # "Just For Me relaxer"
        return (titled or not self._opening(start)) and all(
            w[0].isupper() or w[0].isdigit() or (i in inner and w in _NAME_JOINERS)
            for i, w in enumerate(said)
        )

    def _opening(self, at: int) -> bool:
        """Whether ``at`` starts the message or a sentence (after ". ", "! ", '"', "(")."""
        i = at
        while i > 0 and self.raw[i - 1].isspace():
            i -= 1
        return at == 0 or (i > 0 and self.raw[i - 1] in '.!?"(')


def _blank(text: str, start: int, end: int) -> str:
    """``text`` with [start, end) turned into spaces (positions stay those of the message)."""
    return text[:start] + " " * (end - start) + text[end:]


def _same_name(work: str, left: _Token, right: _Token, cuts: list[tuple[int, int]]) -> bool:
    """Whether two neighbouring words can belong to one brand name: nothing was cut between
    them and no comma, bracket or "but" stands there."""
    if _BREAK.search(work, left.end, right.start):
        return False
    return not any(left.end <= a and b <= right.start for a, b in cuts)


def parse_query(
    text: str,
    *,
    brands: Sequence[str],
    categories: Sequence[str],
    category_sizes: Sequence[int] = (),
    facts: BrandFacts | None = None,
) -> ParsedQuery:
    """Pull price, brand and category constraints out of a shopper's query.

    Args:
        text: the shopper's words, e.g. "moisturiser for dry skin under $30, not Olay".
        brands: the catalog's brand names (matched fuzzily; "loreal" finds "L'Oreal Paris").
        categories: the catalog's category paths ('Beauty > Skin Care > Face').
        category_sizes: each path's product count, in the order of ``categories`` (optional):
            a name filed under several parents then means its main node (`MAIN_SHARE`).
        facts: what the listings say of the brands (`brand_facts`, optional): a brand then
            names its whole house, and an everyday-word brand counts before a product type it
            sells ("clear shampoo").

    Returns:
        The constraints and the remaining text to search for. Never raises on odd input: an
        empty or unparseable query gives an empty `ParsedQuery`.
    """
    raw = " ".join(str(text or "").split())[:2_000]
    low = raw.lower().replace("’", "'")
    prices = find_prices(low)
    result = ParsedQuery(
        text="",
        min_price=prices.min_price,
        max_price=prices.max_price,
        around_price=prices.around_price,
        converted=prices.converted,
    )
    work = prices.text
    cuts = list(prices.spans)
    for m in _CHEAP.finditer(work):
        result.cheap = True
        work = _blank(work, *m.span())
        cuts.append(m.span())
    result.dear = not result.cheap and DEAR.search(work) is not None

    matcher, category_matcher = _matchers(
        tuple(brands), tuple(categories), tuple(category_sizes), facts
    )
    dupes = [m.end() for m in _DUPE_CUE.finditer(work)]
    reading = _Reading(work, matcher, _Names(raw, low), result, cuts)
    reading.exclusions()
    reading.exclusions_said_after()
    reading.blank_cuts(len(prices.spans))
    read = len(cuts)
    reading.brands(low, dupes)
    reading.blank_cuts(read)  # a brand only ruled out by what is said around it
    work = reading.work
    if result.brands and _ANY_BRAND.search(low):
        result.brands = []  # "a beauty blender type sponge, doesn't need to be the actual brand"

    result.category = category_matcher.match(NEGATED.sub(" ", SKIN_TYPE.sub(" ", work)))
    result.text = " ".join(re.sub(r"\s+([,.!?])", r"\1", work).split()).strip(" ,.;:-")
    result.text = _restore_case(raw, result.text)
    return result


@dataclass
class _Reading:
    """One message being read for the brands it names: its words (``work``, the phrases read
    so far blanked), the catalog's brands (``matcher``), which spans the shopper wrote as a
    name (``names``), the `ParsedQuery` the brands go to (``result``) and the spans read so
    far (``cuts``), which no brand's name spans."""

    work: str
    matcher: BrandMatcher
    names: _Names
    result: ParsedQuery
    cuts: list[tuple[int, int]]

    def blank_cuts(self, since: int) -> None:
        """Blank in ``work`` the spans cut from the ``since``-th on."""
        for start, end in self.cuts[since:]:
            self.work = _blank(self.work, start, end)

    def talk_joined(self, said: Sequence[_Token]) -> bool:
        """Whether tokens ``said`` of several words, one a stop word or a pronoun, name a brand
        only as one word and were not written as a name: talk ("smell good", "help us her",
        "the one i"), not SMELLGOOD, Usher, Onei Beauty."""
        words = [t.text for t in said]
        return (
            len(words) > 1
            and bool(STOP_WORDS.intersection(words) or _PRONOUNS.intersection(words))
            and self.matcher.joined_only(" ".join(words))
            and not self.names(said[0].start, said[-1].end)
        )

    def shade_word(self, tokens: Sequence[_Token], i: int) -> bool:
        """Whether ``tokens[i]``, not written as a name, says a shade: right before a colour
        (`COLOURS`) and after "in" within three words ("in a soft dove grey", "in champagne
        gold"); "a Dove white bar" and "revlon red lipstick" keep their brands."""
        token = tokens[i]
        return (
            i + 1 < len(tokens)
            and tokens[i + 1].text in COLOURS
            and "in" in {t.text for t in tokens[max(0, i - 3) : i]}
            and not self.names(token.start, token.end)
        )

    def brands_at_start(
        self, window: Sequence[_Token], *, negated: bool, kind: Kind | None = None
    ) -> tuple[list[str], int]:
        """The brands the longest run of words opening ``window`` names, and how many words it
        has (`BrandMatcher.find_at_start`), each run told whether the shopper wrote it as a
        name ("Simple" is the brand, "simple" a word); ``kind``: the words said after it."""
        return self.matcher.find_at_start(
            [t.text for t in window],
            negated=negated,
            named=lambda k: self.names(window[0].start, window[k - 1].end),
            kind=kind,
        )

    def exclusions_said_after(self) -> None:
        """Brands ruled out by a word after them (`_SAID_AFTER`: "Nivea excluded", read from
        "Nivea olmasın"): the longest run of words right before it that names a brand, and so
        on back over a join ("Nivea and Garnier excluded"), within the clause (`_BREAK`); added
        to ``result.exclude_brands``, the phrase to ``cuts``."""
        work, result = self.work, self.result
        for m in _SAID_AFTER.finditer(work):
            clause = max((b.end() for b in _BREAK.finditer(work, 0, m.start())), default=0)
            before = _tokens(work[: m.start()], clause)
            start = m.start()
            while brand := self.brand_ending(before):
                found, first = brand
                result.exclude_brands += [b for b in found if b not in result.exclude_brands]
                start, before = before[first].start, before[:first]
                if not before or before[-1].text not in _JOINS:
                    break
                before = before[:-1]
            if start < m.start():
                self.cuts.append((start, m.end()))

    def brand_ending(self, tokens: list[_Token]) -> tuple[list[str], int] | None:
        """The brands named by the longest run of words that ends ``tokens`` (a brand's name at
        most, `_SAID_AFTER_REACH`), and where it starts; None when no run names one."""
        for i in range(max(0, len(tokens) - _SAID_AFTER_REACH), len(tokens)):
            window = tokens[i:]
            found, n = self.brands_at_start(window, negated=True)
            if found and n == len(window) and not self.talk_joined(window):
                return found, i
        return None

    def exclusions(self) -> None:
        """Brands ruled out after a negation ("not X", "no X or Y", "anything but X", "a dupe
        for X"): added to ``result.exclude_brands``, their phrases to ``cuts``; the words after
        a negation that name no brand go to ``result.unmatched_negations``. Each phrase read is
        blanked for the next negation only: ``work`` stays as it was."""
        work, matcher, result, cuts = self.work, self.matcher, self.result, self.cuts
        pos = 0
        while m := _NEGATION.search(work, pos):
            tail = _tokens(work, m.end())
            j, end = 0, m.end()
            while j < len(tail):
                window = tail[j : j + 6]
                found, n = self.brands_at_start(
                    window,
                    negated=True,
                    kind=lambda k, t=tail, at=j, said=work: _said_beside(said, t, at, at + k, cuts),
                )
                if found and self.talk_joined(window[:n]):
                    break  # "not the one i always buy": talk, not the brand Onei Beauty
                if not found:
                    break
                for b in found:
                    if b not in result.exclude_brands:
                        result.exclude_brands.append(b)
                j, end = j + n, window[n - 1].end
                k = j
                if k < len(tail) and tail[k].text in _JOINS:
                    k += 1
                elif not (k < len(tail) and work[end : tail[k].start].strip() in (",", "/", "&")):
                    break
                if k < len(tail) and tail[k].text in ("not", "no"):
                    k += 1
                if (
                    k >= len(tail)
                    or not matcher.find_at_start([t.text for t in tail[k : k + 6]], negated=True)[0]
                ):
                    break
                j = k
            if end > m.end():
                cuts.append((m.start(), end))
                work = _blank(work, m.start(), end)
                pos = end
            else:
                unmatched = " ".join(t.text for t in tail[:2])
                if unmatched:
                    result.unmatched_negations.append(unmatched)
                pos = m.end()

    def brands(self, low: str, dupes: list[int]) -> None:
        """Brands the message names, longest n-grams first, never across a cut phrase or a
        comma: wanted, or ruled out when the words after rule them out ("a MAC dupe", "Revlon
        breaks me out"), a dupe cue comes before them in the same clause (``dupes``: "a dupe
        of Studio Fix by MAC") or the shopper wants one like them but cheaper ("like Olay but
        cheaper"); ``low``: the whole message, lower case."""
        work, result, cuts = self.work, self.result, self.cuts
        tokens = _tokens(work)
        i = 0
        while i < len(tokens):
            window = [tokens[i]]
            for token in tokens[i + 1 : i + 4]:
                if not _same_name(work, window[-1], token, cuts):
                    break
                window.append(token)
            found, n = self.brands_at_start(
                window,
                negated=False,
                kind=lambda k, at=i: _kind_after(work, tokens, at, at + k, cuts),
            )
            if not found:
                i += 1
                continue
            start, end = window[0].start, window[n - 1].end
            if _AS_A_TYPE.match(work, end):
                i += n
                continue  # "a beauty blender type sponge", "MAC-style brushes": a kind, no brand
            if i > 0 and tokens[i - 1].text.isdigit() and window[0].text in _UNITS:
                i += n
                continue  # "1800 watts": a quantity, not the brand Watts Beauty
            if n == 1 and self.names.person(start, end):
                i += 1
                continue  # "my daughter Sally": a person, not the brand Sally
            if n == 1 and self.shade_word(tokens, i):
                i += 1
                continue  # "a nail varnish in a soft dove grey": a shade, not the brand Dove
            if _WORN_BY.match(low, end):
                i += n
                continue  # "a lipstick like rihanna wears": a person, not the fragrance brand
            after_subject = n > 1 and i > 0 and tokens[i - 1].text in _SUBJECTS  # "makes me ..."
            joined = self.matcher.joined_only(" ".join(t.text for t in window[:n]))
            if (after_subject and joined and not self.names(start, end)) or self.talk_joined(
                window[:n]
            ):
                i += 1
                continue  # "makes me smell good": a verb phrase, not the brand SMELLGOOD; "hair
                # and is dry", "im an", "help us her": not Andis, Iman, Usher (written as one word)
            after = _AFTER_BRAND.match(work[end:])
            like = _LIKE_BEFORE.search(low[:start])
            cheaper = _BUT_CHEAPER.match(low[end:]) if like is not None else None
            ruled_out = (
                after is not None
                or any(cue <= start and not _BREAK.search(work, cue, start) for cue in dupes)
                or cheaper is not None
            )
            if like is not None and cheaper is not None:  # "like Olay but cheaper": a reference,
                cuts.append((like.start(), end + cheaper.end()))  # no words of the need
            elif after is not None:  # "a MAC dupe", "Revlon gives me a rash"
                cuts.append((start, end + after.end()))
            target = result.exclude_brands if ruled_out else result.brands
            for b in found:
                if b not in result.brands and b not in result.exclude_brands:
                    target.append(b)
            i += n


def _said_beside(
    work: str, tokens: list[_Token], start: int, at: int, cuts: list[tuple[int, int]]
) -> str | None:
    """What may name a product type beside the words ``tokens[start:at]`` of a brand ruled out:
    an everyday-word brand ruled out is the brand when it sells that type, as a brand wanted
    is before a type it sells. The words right after it (`_kind_after`: "no harmony nail
    polish"); where nothing but stop words follows it in its clause, the rest of the message's
    words ("shampoo, no suave please", "anything but suave, a conditioner"); "not clear about
    it" names no type."""
    end = tokens[at - 1].end
    brk = _BREAK.search(work, end)
    clause_end = brk.start() if brk else len(work)
    if any(t.text not in STOP_WORDS for t in _tokens(work[:clause_end], end)):
        return _kind_after(work, tokens, start, at, cuts)
    begin = tokens[start].start
    return " ".join(
        t.text
        for t in _tokens(work)
        if (t.end <= begin or t.start >= clause_end) and t.text not in STOP_WORDS
    )


def _kind_after(
    work: str, tokens: list[_Token], start: int, at: int, cuts: list[tuple[int, int]]
) -> str | None:
    """The words said right after the words ``tokens[start:at]`` in the same clause, up to a
    stop word and at most `_KIND_REACH` of them, less the parts of the body ("wipes" of
    "simple face wipes", "paddle brush" of "diane paddle brush", "micellar water"): whether
    the brand sells what one of them names, its listings tell (`BrandMatcher`,
    `BrandFacts.sells`). None when nothing else follows ("clear skin") or when an article
    stands before the brand's words: then they describe the product ("a simple moisturiser",
    "a clear top coat"), they do not name it."""
    before = tokens[start - 1] if start > 0 else None
    if (
        before is not None
        and before.text in _ARTICLES
        and _same_name(work, before, tokens[start], cuts)
    ):
        return None
    said: list[str] = []
    for k in range(at, min(at + _KIND_REACH, len(tokens))):
        word = tokens[k].text
        if (k > 0 and not _same_name(work, tokens[k - 1], tokens[k], cuts)) or (
            word in STOP_WORDS or word.isdigit()
        ):
            break
        said.append(word)
    said = [w for w in said if w not in _BODY_PARTS]
    return " ".join(said) or None


_KIND_REACH = 3
"""How many words after a brand's words may name what it is ("simple face wipes")."""
_ARTICLES = frozenset({"a", "an"})
"""Words before an everyday word that make it describe a product ("a simple moisturiser"): an
everyday-word brand after them is only read when written as a name ("a Simple moisturiser")."""


_BODY_PARTS = frozenset(
    {"skin", "hair", "face", "body", "lip", "lips", "eye", "eyes", "nail", "nails", "hand",
     "hands", "foot", "feet", "scalp", "lash", "lashes", "brow", "brows"}
)  # fmt: skip
"""Words that name where a product goes, not what it is ("clear skin", "fresh face")."""
_AS_A_TYPE = re.compile(r"[\s-]*(?:type|style|kind|esque|inspired)\b")
"""After a brand, words that make it a kind of product, not a brand wanted ("a beauty blender
type sponge", "a MAC-style brush")."""
_ANY_BRAND = re.compile(
    r"\b(?:(?:does|do|need)\s*(?:n'?t|not)\s+(?:need|have)?\s*(?:to\s+)?be|not necessarily|"
    r"(?:does|do)\s*(?:n'?t|not)\s+(?:matter|care)\s+(?:if|whether)\s+(?:it'?s|it is))\s+"
    r"(?:the\s+|an?\s+)?(?:actual|real|original|genuine|official|same|name)\s+"
    r"(?:brand|thing|one|deal|product)\b|\bany brand (?:is|will|would|works)\b"
)
"""The shopper says the brand they named need not be the one ("a beauty blender type sponge,
doesn't need to be the actual brand", "any brand is fine"): no brand is wanted."""
_WORN_BY = re.compile(
    r"\s+(?:(?:always|usually|often|still|also)\s+)?"
    r"(?:wears|wore|wearing|rocks|rocked|rocking|uses|used)\b"
)
"""After a name, what a person does with a product ("like Rihanna wears", "what Kim uses"): the
name is a person's, not a brand to keep (a brand makes products, it does not wear them)."""
_UNITS = frozenset(
    {"watt", "watts", "volt", "volts", "ml", "oz", "ounce", "ounces", "inch", "inches", "mm",
     "cm", "pack", "packs", "piece", "pieces", "count", "pcs", "gram", "grams", "g", "lb"}
)  # fmt: skip
"""Words that after a number measure it ("1800 watts", "3 pack"): no brand, whatever brand
starts with them."""
_SUBJECTS = frozenset({"me", "to", "i", "you", "we", "she", "he", "they", "it", "them", "us"})
"""Words after which words a brand writes as one ("smell good": SMELLGOOD) are a verb phrase
("makes me smell good", "to smell good all day"), unless written as a name."""
_PRONOUNS = _SUBJECTS | {"her", "him", "his", "my", "our", "your", "their", "its", "mine"}
"""Pronouns among words a brand writes as one make them talk ("help us her birthday": not
Usher), unless written as a name."""


def _restore_case(raw: str, lowered: str) -> str:
    """The kept text with the original capitalisation where it can be found."""
    low_raw = raw.lower().replace("’", "'")
    out = []
    for word in lowered.split():
        at = low_raw.find(word)
        out.append(raw[at : at + len(word)] if at >= 0 else word)
    return " ".join(out)
