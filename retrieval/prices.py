"""Price phrases in a shopper's words: highest, lowest, both, or a price to aim at.

`find_prices` reads the phrasings of the label contract (tests/data/understanding/README.md):
"under / no more than / up to / max / budget X" is a highest price, "at least / over X" a lowest,
"X-Y / X to Y / between X and Y" both, "around / about / X-ish / like X" a price to aim at, and
"not over X" a highest price again. A currency word or sign counts as the store's currency
(no conversion) unless `retrieval.currency`'s table gives it a rate ("1000 rubles" is $11),
numbers may be written as words ("thirty dollars"), and the commonest phrasings of a few
other languages are read too ("menos de 50 euros", "unter 20 Euro").

Every phrase found is blanked out of the text with spaces of the same length, so positions in
the text stay those of the shopper's message (the brand reader needs them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from retrieval import currency

NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,6}(?:[.,]\d{1,2})?)(?![\d,.]\d)"
"""An amount: 25, 12.50, 12,50 (a decimal comma), 1,200 (a thousands comma)."""
_SIGN = "(?:@signs@)"
_CURRENCY_WORD = "(?:@words@)"
"""Where the signs and words of `retrieval.currency`'s table ("$", "€", "₩"; "bucks", "quid",
"won") stand in the patterns below: `_filled` writes them in where a pattern is compiled, at
its first use, so importing this module reads no file."""
STRICT = (
    rf"(?:{_SIGN}\s*{NUM}|{NUM}\s*{_SIGN}|{NUM}\s*-?\s*{_CURRENCY_WORD}(?![^\W\d_])"
    rf"|(?:@codes@)\.?\s*{NUM})"
)
"""An amount with a currency sign or word: "$25", "25€", "25 bucks", "25 quid", "R$ 50", "HK$
80", or a code said before it ("usd 25", "rs. 500") (the table's signs, words and codes still
to fill in, `_compiled`)."""
_NOT_MONEY_UNITS = (
    r"ml|oz|ounces?|fl|l|lit(?:er|re)s?|g|grams?|mg|kg|lbs?|pk|pack|packs|count|ct|"
    r"pcs|pieces?|pairs?|sets?|bottles?|tubes?|jars?|items?|products?|steps?|people|times|"
    r"inch|inches|in|mm|cm|x|years?|yrs?|yo|months?|min|minutes?|hours?|hrs?|days?|weeks?|shades?|"
    r"colou?rs?|spf|watts?|w|volts?|degrees?|°|of|more|less|different|others?|ones?|kinds?|"
    r"types?|brands?|options?|picks?|things?|stars?|reviews?|ratings?|"
    r"s|skin|women|woman|men|man|ladies|lady"
)
"""What after a bare number makes it a quantity, not money ("12 shades", "4.5 stars"), or an
age ("over 50s", "40+ skin", "50+ women")."""
_NOT_MONEY_AFTER = (
    rf"(?!\s*(?:{_NOT_MONEY_UNITS})(?![^\W\d_])|\s*%|\s*[.,]?\d|\s*\+\s*(?:{_NOT_MONEY_UNITS})"
    r"(?![^\W\d_]))"
)
MONEY = rf"(?:{STRICT}|{NUM}{_NOT_MONEY_AFTER})"
"""An amount with or without a currency (a bare one only after a price word)."""

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000}
_NOTES = {"fiver": 5, "tenner": 10}
"""British slang for a £5 and a £10 note ("under a tenner")."""
_NOTE = re.compile(r"\b(?:" + "|".join(_NOTES) + r")s?\b")
_NOTE_SIGN = "£"
"""A note is an amount of money by itself ("got a tenner to spend", "a fiver for a lip balm"):
read as the amount in pounds, whatever cue or currency word is said around it."""
NUMBER_WORDS = frozenset({*_UNITS, *_SCALES, *_NOTES})
"""The words the price reader reads as numbers ("twenty", "hundred", "tenner")."""
_NUMBER_WORDS = re.compile(
    r"\b(?:"
    + "|".join(sorted([*_UNITS, *_SCALES, *_NOTES, "and", "an", "a"], key=len)[::-1])
    + r")\b"
)
_PRICE_CUE = (
    r"(?:under|below|beneath|less than|cheaper than|lower than|more than|over|above|at least|"
    r"at most|at the (?:very )?most|max(?:imum)?|up to|upto|within|budget(?: is| of|'s|’s)?|"
    r"around|about|"
    r"approx(?:imately)?|"
    r"roughly|like|spend|spending|between|tops|than|near|close to|min(?:imum)?)"
)
_CUE_BEFORE = re.compile(rf"\b{_PRICE_CUE}\s*$")
_MONEY_AFTER = rf"^\s*-?\s*(?:{_CURRENCY_WORD}(?![^\W\d_])|{_SIGN}|ish\b)"
_TO = r"(?:-|–|~|to|through|thru)"
"""What joins the two ends of a range ("10-20", "10 to 20", "10 through 20", "10~20")."""
_RANGE_ON = re.compile(rf"^\s*(?:{_TO}|and)\s*")
_ISH_SAID = r"\s*-?\s*ish\b"
_ISH = rf"(?:{_ISH_SAID})?"
"""An amount said loosely ("20ish", "20-ish"): at a range's end, the end all the same."""
_HEDGE = r"(?:(?:like|about|around|roughly|say|approx\.?|approximately)\s+)?"
"""A hedge before an amount after a price word ("nothing above like 40", "from about 20 up
to 30"): the amount is the bound all the same."""


def _numbers_in_words(text: str) -> list[tuple[int, int, int]]:
    """The numbers written in words in ``text``: (start, end, value), e.g. "twenty-five",
    "a hundred and fifty", "a tenner"; "twenty thirty" is two numbers."""
    numbers: list[tuple[int, int, int]] = []
    start = end = total = current = -1
    last = ""  # "unit", "ten", "scale" or "" (no number open)

    def close() -> None:
        nonlocal last
        if last:
            numbers.append((start, end, max(total, 0) + max(current, 0)))
        last = ""

    pending: re.Match[str] | None = None  # "a", "an" or "and", read by the next word
    for m in _NUMBER_WORDS.finditer(text):
        word = m.group(0)
        if last and not re.fullmatch(r"[\s-]*(?:and[\s-]+)?", text[end : m.start()]):
            close()
        if word in ("a", "an", "and"):
            if word != "and" or last:
                pending = m if word != "and" else pending
            continue
        value = _UNITS.get(word, _NOTES.get(word, 0))
        joins = (
            (last == "ten" and word in _UNITS and value < 10)
            or (last in ("unit", "ten") and word in _SCALES)
            or (last == "scale" and word in _UNITS)
        )
        if not joins:
            close()
            begin = (
                pending.start()
                if pending is not None and word in (*_SCALES, *_NOTES)
                else m.start()
            )
            start, total, current = begin, 0, 0
        if word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total, current = total + max(current, 1) * 1000, 0
        else:
            current += value
        end, pending = m.end(), None
        last = "scale" if word in _SCALES else ("ten" if word in _UNITS and value >= 20 else "unit")
    close()
    return numbers


def _digits_for_words(text: str) -> str:
    """``text`` with the numbers written in words that state a price turned into digits,
    padded to the same length ("under thirty dollars" -> "under 30     dollars").

    A number in words is a price when a currency follows it ("thirty bucks", "twenty-ish"),
    a price word comes before it ("under fifty", "about twenty") or it starts a range whose
    other end is one ("twenty to thirty dollars"); "one of the two" stays as it is.
    """
    found = _numbers_in_words(text)
    keep: list[bool] = []
    notes = [_NOTE.search(text, begin, end) is not None for begin, end, _ in found]
    for (begin, end, value), note in zip(found, notes, strict=True):
        cued = note or (value >= 5 and _CUE_BEFORE.search(text[:begin]) is not None)
        cued = cued or re.search(r"\d\s*(?:-|–|to|and)\s*$", text[:begin]) is not None  # "10 to
        # fifteen": the other end of a range said in digits
        keep.append(bool(_compiled(_MONEY_AFTER).match(text[end:])) or cued)
    for i in range(len(found) - 1):  # the two ends of a range read alike
        if _RANGE_ON.fullmatch(text[found[i][1] : found[i + 1][0]]):
            keep[i] = keep[i + 1] = keep[i] or keep[i + 1]
    out = text
    for (begin, end, value), price, note in zip(found, keep, notes, strict=True):
        if price:  # a note is money by itself: "a tenner" -> "£10", priced like "£10"
            said = f"{_NOTE_SIGN if note else ''}{value}"
            out = out[:begin] + said.ljust(end - begin) + out[end:]
    return out


_NOT_PRICE_BEFORE = re.compile(
    r"(?:spf|size|sizes|number|no\.?|#|age[ds]?|level|vol(?:ume)?|shade|step|grade|pack of|"
    r"set of|kit of|lot of|box of|top|type|gen(?:eration)?|series)\s*"
    r"(?:over|above|under|below|of|at least|more than|less than|is|=|:)?\s*$"
)
"""Words before a bare number that make it something other than a price ("spf over 30")."""
_AGE_BEFORE = re.compile(
    r"\b(?:women|woman|men|ladies|skin|people|someone|she'?s|he'?s|she is|he is|who is|"
    r"who'?s|i'?m|i am|they'?re|they are|(?:mom|mum|mother|dad|father|wife|husband|grandma|"
    r"grandpa|grandmother|grandfather|granny|nan|sister|brother|aunt|uncle|friend|partner|"
    r"girlfriend|boyfriend)(?:'s|\s+is))\s*(over|above|older than)?\s*$"
)
"""People (or their skin) before "over" and a bare number: an age ("for women over 40", "she's
over 60", "my mom is over 60"), not a lowest price; "for men under 50" stays a highest price."""
_CHILD_BEFORE = re.compile(
    r"\b(?:kids?|children|child|boys?|girls?|toddlers?|babies|baby|teens?|teenagers?|"
    r"grandkids?|grandchildren|ages?|aged)\s*$"
)
"""Children before "under" or "over" and a bare number: their age ("2 kids under 10", "girls
over 12"), never a price (with a currency it is one: "kids under $10")."""

_BETWEEN = (
    r"\b(?:between|from|entre|zwischen|tra|fra|tussen|mellan|între|od)\s+"
    rf"{_HEDGE}{MONEY}{_ISH}\s*(?:and|up to|to|-|–|y|et|und|e|en|och|și|si|do|a)\s*"
    rf"{_HEDGE}{MONEY}"
)
_RANGE = rf"(?:{STRICT}{_ISH}\s*{_TO}\s*{MONEY}|\b{NUM}{_ISH}\s*{_TO}\s*{STRICT})"
_CUED_RANGE = (
    r"\b(?:budget(?: is| of)?|price(?: range)?|priced|range|spend|spending|costing|cost|"
    r"around|about|for|at|pay|paying|somewhere)\s*:?\s*(?:of\s+)?"
    rf"{NUM}\s*{_TO}\s*{NUM}{_NOT_MONEY_AFTER}"
    rf"|\b{NUM}\s*{_TO}\s*{NUM}\s*(?:price\s+)?(?:range|bracket)\b"
)
_BARE_RANGE = (
    rf"(?<![\w.,$£€-]){NUM}{_ISH}\s*{_TO}\s*{NUM}"
    rf"(?:{_ISH_SAID}(?:\s*{_CURRENCY_WORD}(?![^\W\d_]))?|{_NOT_MONEY_AFTER}(?![\w-]))"
)
"""Two bare amounts as a range ("a shampoo 10-20", "10 to 20"): the contract's "X-Y / X to Y";
not before a unit ("3-4 oz", "10-12 year old") nor after a word like "spf" (`_is_price`)."""
_THAN = r"(?:than|que|do que|dan|als|di|che|niż|niz|чем|än|an|decât|decat)"
""""Than" in the languages whose comparatives the lexicon reads into English ("niet duurder
dan 15 euro": 'niet more expensive dan 15 euro'; "дешевле 1000 рублей" says it by a case)."""
_NOT_OVER = (
    r"\b(?:not|nothing|no|never|don'?t|do not|doesn'?t|does not|shouldn'?t|should not|can'?t|"
    r"cannot|won'?t|will not|wouldn'?t|would not|couldn'?t|could not|mustn'?t|must not|isn'?t|"
    r"aren'?t)\s+"
    r"(?:(?:want|wanna|like|need|have|it|them|that|this|to|be|cost|costs|costing|go|going|spend|"
    r"spending|pay|paying|run|a|one|single|penny|cent|dime|anything|much|way)\s+){0,5}"
    r"(?:over|above|more than|higher than|beyond|exceeding|pricier than|more expensive than|past)"
    rf"\s*{_HEDGE}{MONEY}"
    r"|\b(?:no|non|pas|nicht|não|nao|niet|inte|nie)\s+(?:más de|mas de|plus de|più di|piu di|"
    rf"mehr als|mais de|meer dan|mer än|mer an|więcej niż|wiecej niz)\s*{MONEY}"
    r"|(?<![^\W\d_])(?:no|non|pas|nicht|não|nao|niet|inte|nie|не|ni)\s+(?:more expensive|pricier)"
    rf"\s*(?:{_THAN}\s*)?{MONEY}"
    rf"|\b(?:not|isn'?t|ain'?t|aren'?t)\s+worth\s+(?:more than\s+)?{_HEDGE}{MONEY}"
)
"""Not over a price: its highest ("i don't want to spend more than 30", "no más de 30", "non
più di 20 euro", "pas plus de 25 euros", "he's not worth 40 bucks")."""
_TOO_MUCH = (
    r"(?:\b(?:(?:paying|spending|to pay|to spend)\s+)?"
    rf"(?:over|above|more than|anything over|anything above)\s*)?{MONEY}\s*"
    r"(?:(?P<keep>(?:for|on)\s+[^,.;:!?]{1,40}?)\s*)?"
    r"(?:(?:is|'s|would be|will be|seems|sounds|feels)\s*(?:"
    r"(?:too|way too|a bit|a little|kind of|kinda)\s*(?:much|expensive|pricey|steep|high|dear|"
    r"a lot)|(?:just |way |totally |absolutely |kinda |kind of |a bit )?(?:crazy|ridiculous|"
    r"insane|nuts|absurd|a no|out of the question|a rip-?off|overkill|excessive|too much|"
    r"out of my (?:budget|range|price range)))\b"
    r"|[?!.,]*\s*(?:no way|not happening|hell no)(?=\W*$|[,.!?]))"
)
"""A price said to be too much, or said so of what it would buy ("over £20 is too much", "30
is a bit steep", "more than 80 for a straightener is too much", "paying over 40 for shampoo is
crazy"): a highest price, never a lowest. What it is for (``keep``) stays in the text: the
need."""
_NOT_UNDER = (
    r"\b(?:not|nothing|no|never)\s+(?:under|below|less than|cheaper than|lower than)"
    rf"\s*{MONEY}"
)
_MAX_BEFORE = (
    r"(?:\b(?:under|undr|below|beneath|less than|less then|cheaper than|lower than|"
    r"no more than|not more than|no higher than|no pricier than|not exceeding|at most|"
    r"at the (?:very )?most|"
    r"max(?:imum|\.)?(?: of)?|up to|upto|up till|within|budget(?: is| of| at|:|'s|’s)?|"
    r"my budget is|(?:my |the )?(?:limit|cap|ceiling)(?: is| of|'s|’s)?|tops|"
    r"spend(?:ing)?(?: up to)?|stretch(?:ing)?(?: it)? to|go as high as|"
    r"(?:i )?(?:only|just) (?:have|got)|i'?ve only got|"
    r"menos de|por menos de|máximo|maximo|hasta|até|ate|moins de|jusqu'?à|unter|bis|"
    r"höchstens|hochstens|maximal|meno di|fino a|sotto i|sotto|massimo|onder de|onder|tot|"
    r"maximaal|poniżej|ponizej|högst|hogst|sub|maxim|en fazla|"
    rf"cheaper\s+(?:{_THAN}\s+)?(?={NUM}\s*{_CURRENCY_WORD}))\s*:?\s*{_HEDGE}{MONEY}"
    rf"|<(?!3(?!\d))=?\s*{MONEY}|\bdo\s+{STRICT}"
    r"|\b(?:(?:i|we)\s+(?:have|got)|(?:i|we)['’]ve(?: got)?|ive got|"
    rf"all (?:i|we)(?: have| got|['’]ve got) is)\s+{STRICT})"
)
"""A highest price said before its amount ("under $15", "my limit is 25"), or a sum the shopper
has, with its currency ("i've got 25 bucks for a face wash", "all i have is $20")."""
_MAX_AFTER = (
    rf"{MONEY}{_ISH}\s*(?:(?:or|and) (?:less|under|below|lower)|or cheaper|max(?:imum)?|tops|"
    r"at most|at the (?:very )?most|budget|limit|cap|"
    r"(?:is|would be|'d be|will be) (?:my|the) (?:absolute |hard |total |upper )?"
    r"(?:max(?:imum)?|limit|budget|ceiling|cap)|"
    r"o menos|ou moins|no máximo|"
    r"(?:left )?to (?:spend|play with|blow)|is all i (?:have|got|can spend)|"
    r"ou menos|oder weniger|o meno|altında|altinda|以下|まで)(?![^\W\d_])"
)
_MIN_BEFORE = (
    r"(?:\b(?:over|above|more than|at least|min(?:imum)?|greater than|starting at|"
    r"starting from|starts at|no less than|not less than|más de|mas de|plus de|über|uber|"
    r"mehr als|mindestens|più di|piu di|almeno|mais de|pelo menos|al menos|meer dan|minstens|"
    r"powyżej|powyzej|över|minst|peste)"
    rf"\s*:?\s*{MONEY}|\bfrom\s*{STRICT}|>=?\s*{MONEY})"
)
_MIN_AFTER = (
    rf"{MONEY}{_ISH}\s*(?:(?:or|and) (?:more|higher|above|over|greater)|and up|\+|plus|minimum|"
    r"(?:and |or )?upwards?|"
    r"o más|o mas|ou plus|ou mais|und mehr|e più|e piu|以上)(?![^\W\d_])"
)
_AROUND_BEFORE = (
    r"(?:\b(?:around|arround|about|approximately|approx\.?|roughly|near|close to|"
    r"in the region of|somewhere around|(?:in )?the ballpark of|ballpark|circa|ca\.|"
    r"alrededor de|unos|unas|cerca de|"
    r"aproximadamente|environ|autour de|vers|à peu près|etwa|ungefähr|ungefahr|um die|"
    r"intorno a|intorno ai|sui|più o meno|por volta de|uns|rond de|rond|ongeveer|około|"
    rf"okolo|omkring|runt|în jur de|in jur de|aproximativ)\s*{MONEY}{_ISH}"
    rf"|\b(?:around|about|near|close to|at|roughly) the {MONEY} mark\b"
    rf"|~\s*{MONEY}"
    r"|(?<!\bi )(?<!'d )(?<!\bwould )(?<!\bwe )(?<!\byou )(?<!\bthey )(?<!\bwho )\blike\s+"
    rf"(?:{STRICT}|{NUM}(?=\s*(?:$|[,.!?;)]|or so|or\b|max|tops|ish|budget|range|each\b|"
    r"apiece|a piece|per (?:item|person|gift|girl|kid|one)))))"
)
_AROUND_AFTER = (
    rf"(?:{MONEY}|{NUM})\s*-?\s*ish\b|{MONEY}\s*(?:or so|give or take|more or less|"
    r"civarı|civari|くらい|ぐらい|前後|程度)"
)

_EACH = r"(?:each|apiece|a piece|per (?:item|piece|one|person))"
_FINE = r"(?:is|'s|would be|will be|sounds) (?:fine|ok|okay|good|alright)"
_EITHER = (
    rf"(?<![\w.,$£€-])(?:{_SIGN}\s*)?{NUM}\s*(?:or|/)\s*(?:{STRICT}|{NUM}(?=\s*(?:{_EACH}|{_FINE})\b))"
    rf"(?:\s*{_EACH}\b)?(?:\s*{_FINE}\b)?"
)
"""Either of two amounts ("3 or 4 dollars each is fine", "2 or 3 bucks"): at most the larger."""
_DECADE = r"\bin the (?:\$|£|€)?[1-9]0'?s\b(?!\s*(?:years?|yrs|yo)\b)"
"""Prices in a band of ten ("in the 20s", "in the $30s": $20-$29.99); never an age ("in her
20s" says whose)."""

_READINGS = (
    ("max", _NOT_OVER),
    ("max", _TOO_MUCH),
    ("min", _NOT_UNDER),
    ("range", _BETWEEN),
    ("range", _RANGE),
    ("range", _CUED_RANGE),
    ("range", _BARE_RANGE),
    ("decade", _DECADE),
    ("max", _MAX_BEFORE),
    ("max", _MAX_AFTER),
    ("either", _EITHER),
    ("min", _MIN_BEFORE),
    ("min", _MIN_AFTER),
    ("around", _AROUND_BEFORE),
    ("around", _AROUND_AFTER),
    ("bare", STRICT),
)
"""Each reading's pattern, the first to match wins a slot; a bare amount with a currency and
no price word ("a $30 gift set") is a price to aim at."""


@cache
def currency_words() -> frozenset[str]:
    """The words the price reader reads as money ("baht", "won", "quid"), never a misspelt
    word (`retrieval.currency`'s table, read at the first call)."""
    return frozenset(currency.words())


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled, the currency table's signs, words and codes written in where it
    holds `_SIGN`, `_CURRENCY_WORD` and the codes said before an amount."""
    signs = currency.alternatives(currency.signs())
    words = currency.alternatives(currency.words())
    codes = currency.alternatives(currency.codes())
    return re.compile(
        pattern.replace("@signs@", signs).replace("@words@", words).replace("@codes@", codes)
    )


@dataclass
class Prices:
    """The prices a message states and the text with their phrases blanked out."""

    text: str
    min_price: float | None = None
    max_price: float | None = None
    around_price: float | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    converted: list[str] = field(default_factory=list)
    """Amounts said in a currency the table converts, in words ("1,000 rubles is about $11.00")."""


def _amounts(phrase: str) -> list[float]:
    out = []
    for number in re.findall(NUM, phrase):
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?", number):
            out.append(float(number.replace(",", "")))
        else:
            out.append(float(number.replace(",", ".")))
    return out


def _is_price(text: str, m: re.Match[str]) -> bool:
    """A match is a price unless a bare number follows a word like "spf" or "size"."""
    if _compiled(STRICT).search(m.group(0)):
        return True
    before = text[max(0, m.start() - 24) : m.start()]
    age = _AGE_BEFORE.search(before)
    said = m.group(0)
    if age and (age.group(1) or re.search(r"^\s*in the|\b(?:over|above|older)\b", said)):
        return False  # "for women over 40", "she's over 60", "women 40 and over": an age
    if _CHILD_BEFORE.search(before) and re.search(r"\b(?:under|below|over|above)\b", said):
        return False  # "2 kids under 10", "kids 12 and under": their age
    return _NOT_PRICE_BEFORE.search(before) is None


def _spans(m: re.Match[str]) -> list[tuple[int, int]]:
    """Where a price phrase lies in the text, but for what it names as the need (``keep``)."""
    if not m.groupdict().get("keep"):
        return [m.span()]
    return [(m.start(), m.start("keep")), (m.end("keep"), m.end())]


def _blanked(m: re.Match[str]) -> str:
    """A price phrase as spaces, but for what it names as the need ("more than 80 for a
    straightener is too much": "for a straightener" is kept, in its place)."""
    keep = m.groupdict().get("keep")
    if not keep:
        return " " * (m.end() - m.start())
    start, end = m.start("keep") - m.start(), m.end("keep") - m.start()
    return " " * start + keep + " " * (m.end() - m.start() - end)


def find_prices(text: str) -> Prices:
    """The price bounds and target in ``text`` (lower-cased), and the text without them.

    Returns:
        `Prices`; a lowest price above the highest is swapped ("between $20 and $10").
    """
    work = _digits_for_words(text)
    found = Prices(text=work)
    for slot, pattern in _READINGS:
        taken = {
            "max": found.max_price is not None,
            "min": found.min_price is not None,
            "range": found.max_price is not None or found.min_price is not None,
            "decade": found.max_price is not None or found.min_price is not None,
            "either": found.max_price is not None,
            "around": found.around_price is not None,
            "bare": found.max_price is not None
            or found.min_price is not None
            or found.around_price is not None,
        }[slot]
        if taken:
            continue
        m = next((m for m in _compiled(pattern).finditer(work) if _is_price(work, m)), None)
        if m is None:
            continue
        said = _amounts(m.group(0))
        amounts = [currency.in_store_units(a, m.group(0)) for a in said]
        if not amounts:
            continue
        found.converted += filter(None, (currency.in_store_words(a, m.group(0)) for a in said))
        if slot == "range" and len(amounts) >= 2:
            found.min_price, found.max_price = min(amounts[:2]), max(amounts[:2])
        elif slot == "decade":
            found.min_price, found.max_price = amounts[0], round(amounts[0] + 9.99, 2)
        elif slot == "max":
            found.max_price = amounts[0]
        elif slot == "either":
            found.max_price = max(amounts)
        elif slot == "min":
            found.min_price = amounts[0]
        elif slot in ("around", "bare"):
            found.around_price = amounts[0]
        else:
            continue
        found.spans.extend(_spans(m))
        work = work[: m.start()] + _blanked(m) + work[m.end() :]
    if (
        found.min_price is not None
        and found.max_price is not None
        and found.min_price > found.max_price
    ):
        found.min_price, found.max_price = found.max_price, found.min_price
    found.text = work
    return found
