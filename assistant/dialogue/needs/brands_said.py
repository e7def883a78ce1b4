"""Brands a message says: written as names ("Revlon", "MAC": `said_as_a_name`, not an everyday
word the query parser's brand matcher caught), ruled out ("without Olay", "stay away from
Garnier": excluded brands, not ingredients to avoid; `brands_ruled_out`), and the need's words
without them (`without_brands`). The brands themselves are read by the retrieval layer's query
parser (`ParsedQuery.brands`, `exclude_brands`); these settle what the message meant by them.
"""

from __future__ import annotations

import re

from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.needs.wording import WORD, tidy
from assistant.dialogue.phrases.need_openings import WHAT_ABOUT
from assistant.dialogue.request import Intent, Request
from retrieval.brand_facts import BrandFacts
from retrieval.query import ParsedQuery
from retrieval.tokenize import tokenize


def said_as_a_name(brand: str, message: str) -> bool:
    """The shopper wrote ``brand`` with a capital letter ("Revlon", "MAC"): a name, not an
    everyday word the rules' brand matcher caught ("adores", "gud", "summer")."""
    words = re.findall(r"[A-Za-z0-9'.&]+", brand)
    return bool(words) and all(
        re.search(rf"(?<![A-Za-z]){re.escape(w)}(?![a-z])", message, re.I)
        and re.search(rf"(?<![A-Za-z]){re.escape(w[0].upper() + w[1:])}", message)
        for w in words
    )


def brands_ruled_out(parsed: ParsedQuery, avoided: list[str], message: str) -> list[str]:
    """``avoided`` less the brands it names that the shopper wrote as names ("without Olay",
    "stay away from Garnier", "a bad reaction to Neutrogena"): those become excluded brands
    (and are no longer wanted ones); an ingredient that is also a brand said as a word
    ("without shea") stays an ingredient, not an excluded brand."""
    named = {
        " ".join(WORD.findall(b.lower())): b
        for b in [*parsed.exclude_brands, *parsed.brands]
        if said_as_a_name(b, message)
    }
    words = set(avoided)
    for key in named:  # "without Shea Moisture": the brand, not two words
        if len(key.split()) > 1 and set(key.split()) <= words:
            avoided = [*avoided, key]
    brands = [named[a] for a in avoided if a in named]
    if brands:
        keys = {" ".join(WORD.findall(b.lower())) for b in brands}
        parsed.brands = [b for b in parsed.brands if " ".join(WORD.findall(b.lower())) not in keys]
        parsed.exclude_brands = list(dict.fromkeys([*parsed.exclude_brands, *brands]))
    parts = {w for a in avoided if a in named for w in a.split()}
    kept = [a for a in avoided if a not in named and not (a in parts and a in words)]
    parsed.exclude_brands = [
        b for b in parsed.exclude_brands if " ".join(WORD.findall(b.lower())) not in kept
    ]
    return kept


def without_brands(text: str, parsed: ParsedQuery) -> str:
    """``text`` less the words of the brands ``parsed`` wants or rules out, and the opening of
    a suggestion ("what about La Roche-Posay": nothing else is asked for)."""
    for brand in [*parsed.brands, *parsed.exclude_brands]:
        for word in WORD.findall(brand.lower()):
            text = re.sub(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])", " ", text, flags=re.I)
    return re.sub(WHAT_ABOUT, "", tidy(text), flags=re.I)


def a_brand_s_home(request: Request, situation: TurnSituation, facts: BrandFacts | None) -> Request:
    """A new need that names only brands it rules out, as a reference ("like Olay but cheaper",
    "a dupe for MAC"): shopped for where those brands' products mostly are (`BrandFacts.home`:
    Olay's Skin Care > Face), not for their names; a need that says its type keeps it."""
    parsed = request.parsed
    if (
        facts is None
        or request.intent != Intent.SEARCH
        or not situation.from_scratch
        or request.answer
        or parsed.category
        or parsed.brands
        or not parsed.exclude_brands
        or tokenize(request.text)
    ):
        return request
    parsed.category = facts.home(parsed.exclude_brands)
    if parsed.category:
        request.text = ""  # "something", "a": no words to search
    return request
