"""The one table of price-band words (`PRICE_BANDS`): for each band, the words that say it in a
need ("a drugstore mascara", "something mid-range", "a designer perfume"), beside
`retrieval.query`'s cheap and dear words, and the more words that choose among price options
by where they lie in a reply to our question about price ("the cheapest", "the middle one",
"let's splurge"). A reply reads both (`band_chosen`); a need reads the first only
(`said_band`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class BandWords:
    """The words of one price band, as regular-expression alternatives."""

    said: str
    """Words that say the band in a need, with no price ("drugstore", "mid-range")."""
    choosing: str
    """More words that choose the band's option among price options ("cheapest", "middle")."""


PRICE_BANDS: dict[str, BandWords] = {
    "low": BandWords(
        said=r"drugstore|drug store|pharmacy|high street|cheapo|cheapie|on a budget|"
        r"(?:won'?t|doesn'?t|don'?t|not) break the bank|wallet[- ]friendly|pocket[- ]friendly|"
        r"student budget|dirt cheap|under budget|low[- ]budget|reasonably priced|reasonable price|"
        r"good value|value for money|(?:not|isn'?t|is not|aren'?t|nothing|shouldn'?t be|"
        r"doesn'?t (?:have|need) to be) (?:too |very |that |so |super |crazy )?"
        r"(?:expensive|pricey|pricy|dear)",
        choosing=r"cheap(?:est|er)?|budget|lowest|least|low[- ]end|inexpensive|affordable|save",
    ),
    "mid": BandWords(
        said=r"mid[- ]?range|mid[- ]?price[ds]?|mid[- ]?tier|middle of the (?:range|road)|"
        r"moderately priced|moderate price|medium price(?:d)?|average[- ]price[ds]?|"
        r"(?:not|nothing) (?:too |super |really |that )?cheap(?:o|ie)?",
        choosing=r"mid(?:dle)?|medium|moderate|in between",
    ),
    "high": BandWords(
        said=r"designer|expensive|pricey|luxe|spendy|high[- ]quality brand",
        choosing=r"splurge|luxury|luxe|premium|high[- ]end|expensive|priciest|pricier|top|"
        r"highest|most",
    ),
}
"""Price-band words by band (``low``, ``mid``, ``high``). The need's own cheap and dear words
("cheap", "luxury") are `retrieval.query`'s, read into `ParsedQuery.cheap` and ``dear``."""


def said_band(band: str) -> str:
    """The pattern of the words that say ``band`` in a need (`BandWords.said`)."""
    return rf"\b(?:{PRICE_BANDS[band].said})\b"


def option_band(band: str) -> re.Pattern[str]:
    """The pattern of every word of ``band`` in a reply to our question about price: the words
    that say it and those that choose its option ("mid-range", "the middle one")."""
    words = f"{PRICE_BANDS[band].said}|{PRICE_BANDS[band].choosing}"
    return re.compile(rf"\b(?:{words})\b" + (r"|\bmid-" if band == "mid" else ""))


LOW_WORDS, MID_WORDS, HIGH_WORDS = option_band("low"), option_band("mid"), option_band("high")


def band_chosen(text: str) -> str | None:
    """The band a reply chooses among price options or picks: a middle or low band said as a
    phrase first ("not too cheap": the middle, not the cheapest; "nothing too expensive": the
    low one, not the dearest), then a high band said without a low one ("let's splurge", "a
    designer one"), a low one without a high one ("the cheapest"), else the middle ("mid
    range"); None when it says no band, or both ends and no middle ("the least expensive")."""
    lowered = " ".join(text.lower().split())
    for band in ("mid", "low"):
        if re.search(said_band(band), lowered):
            return band
    low, high = LOW_WORDS.search(lowered), HIGH_WORDS.search(lowered)
    if high and not low:
        return "high"
    if low and not high:
        return "low"
    return "mid" if MID_WORDS.search(lowered) else None
