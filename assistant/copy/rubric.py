"""The copy rubric: is a delivered copy usable as written? (docs/LLM.md, "Copy rubric")

Five checks, each automatic, all five needed for "usable":

- **grounded**: the grounding checker finds no unsupported claim (subject and text).
- **names it**: the copy names the brand or the product type of the record (a product noun of
  the checker's list or a word of the leaf category that the title also uses).
- **channel length**: within the channel's limits (`templates.CHANNELS`), at least
  `MIN_CHARS` characters, an email has a subject, and the text ends a sentence (banners may not).
- **no filler**: none of the published `FILLER` patterns (cliches, empty calls to action,
  first-person chatter, prompt labels, shouting).
- **hook fits**: the opening (an email's subject, else the first sentence) mentions a fact of
  the record (the brand, the product type, a word of its title, its price) and no body area the
  record never mentions (`BODY_AREAS`: "your skin" for a hair kit); and the copy adds at least
  `MIN_ADDED_WORDS` word of its own to the product's name (a bare title and price is no hook).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from assistant.copy.claim_patterns import PRODUCT_NOUNS
from assistant.copy.delivered import Copy
from assistant.copy.grounding import GroundingChecker
from assistant.copy.sentences import split_sentences
from assistant.copy.stemming import stem
from assistant.copy.templates import CHANNELS, price_text
from catalog.schema import Product

CRITERIA = ("grounded", "names_it", "channel_length", "no_filler", "hook_fits")
"""The rubric's checks, in the order tables show them."""

MIN_CHARS = {"banner": 15, "push": 30, "sms": 40, "email": 60}
"""Shortest text each channel accepts (a bare name is not copy)."""

MIN_ADDED_WORDS = 1
"""Content words a copy must add to the product's name (a bare title and price is no hook)."""

BODY_AREAS = frozenset(
    """skin hair nail lip eye lash brow face mouth teeth tooth scalp feet foot hand body
    beard""".split()  # noqa: SIM905
)
"""Body areas a hook may only speak of when the record does (stemmed)."""

FILLER: tuple[tuple[str, str], ...] = (
    ("take a look", r"\btake a look\b"),
    ("tap to shop", r"\btap to shop\b"),
    ("check it out", r"\bcheck (?:it|them|this) out\b"),
    ("treat yourself", r"\btreat yourself\b"),
    ("don't miss", r"\bdon'?t miss\b"),
    ("don't wait", r"\bdon'?t wait\b"),
    ("picked for you", r"\bpicked for (?:you|[a-z ]+customers)\b"),
    ("made to be enjoyed", r"\bmade to be enjoyed\b"),
    ("is here", r"\b(?:is|are) here\b"),
    ("guess what", r"\bguess what\b"),
    ("look no further", r"\blook no further\b"),
    ("game changer", r"\bgame[- ]?changer\b"),
    ("must-have", r"\bmust[- ]have\b"),
    ("elevate / level up", r"\b(?:elevate|level up)\b"),
    ("you won't believe", r"\byou won'?t believe\b"),
    ("the perfect X", r"\b(?:the|your) perfect\b"),
    ("like never before", r"\blike never before\b"),
    ("say hello to", r"\bsay hello to\b"),
    ("what are you waiting for", r"\bwhat are you waiting for\b"),
    ("amazing / awesome", r"\b(?:amazing|awesome|incredible|fantastic)\b"),
    ("will thank you", r"\bwill thank you\b"),
    ("all you need to know", r"\ball you need to know\b"),
    ("the product.", r"(?:^|[.!?]\s+)the product[.!]"),
    ("prompt echo", r"\b(?:a )?gentle start to your day\b|\ba modern classic\b"),
    ("first person", r"(?-i:(?<![\w'])(?:I|I'm|I've|I'll|I'd|[Mm]y|[Mm]e)(?![\w']))"),
    ("prompt label", r"\b(?:Product|Brand|Category|Price|Audience|Tone|Length|Body|Subject):"),
    ("shouting", r"!{2,}|(?-i:\b[A-Z]{5,}\b)"),
    ("repeated word", r"\b(\w{3,}(?:\s+\w{3,})?)\W+\1\b"),
)
"""Filler and cliche patterns (name, regular expression); published in docs/LLM.md."""

_FILLER = [(name, re.compile(pattern, re.I)) for name, pattern in FILLER]
_WORD = re.compile(r"[a-z][a-z'&-]*")
_STOP = frozenset(
    """and the for with from your you our new of in on to a an by or oz ounce ounces pack
    count set ml fl each one two per size this that all men women unisex""".split()  # noqa: SIM905
)
_GENERIC_CATEGORY = frozenset(
    "beauty care products tools accessories sets kits other women men personal".split()  # noqa: SIM905
)


@dataclass(frozen=True)
class RubricScore:
    """One copy's rubric result."""

    item_id: str
    channel: str
    grounded: bool
    names_it: bool
    channel_length: bool
    no_filler: bool
    hook_fits: bool
    template: bool
    reasons: tuple[str, ...] = ()

    @property
    def usable(self) -> bool:
        """Usable as written: all five checks pass."""
        return all(getattr(self, c) for c in CRITERIA)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready row (with ``usable``)."""
        return {**asdict(self), "reasons": list(self.reasons), "usable": self.usable}


def _stems(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text.lower())}


def product_types(product: Product) -> set[str]:
    """The record's product-type words (stemmed): product nouns its title or leaf category
    uses, and the leaf category's own words that the title uses too."""
    title = product.title.lower()
    leaf = product.categories[-1].lower() if product.categories else ""
    found = {
        stem(n.split()[-1])
        for n in PRODUCT_NOUNS
        if re.search(rf"\b{re.escape(n)}(?:e?s)?\b", f"{title} | {leaf}")
    }
    leaf_words = _stems(leaf) - _GENERIC_CATEGORY - _STOP
    return found | (leaf_words & _stems(title)) | (leaf_words if not found else set())


def record_terms(product: Product) -> set[str]:
    """Stemmed words a hook may use to be about this product: brand, type, title words."""
    terms = product_types(product)
    terms |= {w for w in _stems(product.title) if len(w) >= 3 and w not in _STOP}
    if product.brand:
        terms |= {w for w in _stems(product.brand) if len(w) >= 3}
    return terms


def mentions_brand(text: str, brand: str | None) -> bool:
    """Whether ``text`` writes ``brand``, punctuation aside ("Wet n Wild" for "Wet 'n Wild")."""
    for part in re.split(r"\s+[-/|]\s+", brand or ""):
        chunks = re.findall(r"[a-z0-9]+", part.lower())
        if chunks and re.search(r"\b" + r"\W*".join(chunks) + r"\b", text, re.I):
            return True
    return False


def names_product(text: str, product: Product) -> bool:
    """Whether ``text`` names the brand or the product type of the record."""
    if mentions_brand(text, product.brand):
        return True
    return bool(product_types(product) & _stems(text))


def filler_found(text: str, product: Product | None = None) -> list[str]:
    """Names of the `FILLER` patterns ``text`` matches (the record's own words, such as a brand
    written in capitals, are not shouting)."""
    if product is not None:
        own = f"{product.title} {product.brand or ''}"
        for word in set(re.findall(r"\b[A-Z]{5,}\b", own)):
            text = text.replace(word, word.title())
        for word in set(re.findall(r"(?<![\w'])(?:I|Me|My|me|my)(?![\w'])", own)):
            text = re.sub(rf"(?<![\w']){word}(?![\w'])", "x", text)
    return [name for name, pattern in _FILLER if pattern.search(text)]


def hook_of(copy: Copy) -> str:
    """The opening a reader sees first: an email's subject, else the first sentence."""
    if copy.channel == "email" and copy.subject:
        return copy.subject
    sentences = split_sentences(copy.text)
    hook = ""
    for sentence in sentences:  # "Dr." or "No." is not a whole sentence
        hook = f"{hook} {sentence}".strip()
        if len(hook.split()) >= 3:
            break
    return hook or copy.text


def foreign_areas(text: str, product: Product) -> set[str]:
    """Body areas ``text`` speaks of that the record never mentions ("your skin" in copy for a
    hair kit, "thirsty mouth?" for a shampoo)."""
    own = _stems(" ".join([product.title, *product.categories, product.description]))
    return (_stems(text) & BODY_AREAS) - own


def hook_fits(hook: str, product: Product) -> bool:
    """Whether the hook mentions a fact of the record (brand, type, a title word, the price)
    and no body area the record does not mention."""
    if foreign_areas(hook, product):
        return False
    price = price_text(product)
    if price and price in hook:
        return True
    return bool(record_terms(product) & _stems(hook))


def added_words(text: str, product: Product) -> set[str]:
    """Content words of ``text`` that the record's title, brand and categories do not hold: what
    the copy says beyond quoting the product's name (a bare title and price adds nothing)."""
    own = _stems(" ".join([product.title, product.brand or "", *product.categories]))
    return {w for w in _stems(text) if len(w) >= 3 and w not in own and w not in _STOP}


def score_copy(copy: Copy, product: Product, checker: GroundingChecker) -> RubricScore:
    """Score one delivered copy against the rubric."""
    reasons: list[str] = []
    spec = CHANNELS[copy.channel]
    whole = f"{copy.subject}. {copy.text}" if copy.subject else copy.text
    unsupported = checker.check(copy.text, product).unsupported
    if copy.subject:
        unsupported += checker.check(copy.subject, product).unsupported
    grounded = not unsupported
    if not grounded:
        reasons.append("unsupported: " + "; ".join(c.text for c in unsupported)[:80])
    named = names_product(whole, product)
    if not named:
        reasons.append("names neither brand nor product type")
    length_ok = MIN_CHARS[copy.channel] <= len(copy.text) <= spec.max_chars
    if copy.channel == "email":
        length_ok = length_ok and 0 < len(copy.subject) <= spec.subject_chars
    if copy.channel != "banner" and copy.text and copy.text.rstrip("\"')")[-1:] not in ".!?":
        length_ok = False
    if not length_ok:
        reasons.append(
            f"length {len(copy.text)} (limits {MIN_CHARS[copy.channel]}-{spec.max_chars})"
        )
    filler = sorted(set(filler_found(copy.text, product) + filler_found(copy.subject, product)))
    if filler:
        reasons.append("filler: " + ", ".join(filler))
    hook = hook_of(copy)
    fits = hook_fits(hook, product)
    if not fits:
        reasons.append(f"hook not about the product: {hook[:50]!r}")
    elif len(added_words(whole, product)) < MIN_ADDED_WORDS:
        fits = False
        reasons.append("no hook: the product's name and price only")
    return RubricScore(
        item_id=copy.item_id,
        channel=copy.channel,
        grounded=grounded,
        names_it=named,
        channel_length=length_ok,
        no_filler=not filler,
        hook_fits=fits,
        template=copy.source == "template",
        reasons=tuple(reasons),
    )


def summarise(scores: Sequence[RubricScore]) -> dict[str, Any]:
    """Shares of copies passing each check, usable, and from the template, overall and per
    channel."""

    def shares(rows: Sequence[RubricScore]) -> dict[str, Any]:
        n = len(rows)
        out: dict[str, Any] = {"copies": n}
        for c in (*CRITERIA, "usable", "template"):
            out[c] = round(sum(bool(getattr(r, c)) for r in rows) / n, 3) if n else None
        return out

    channels = sorted({s.channel for s in scores})
    return {
        **shares(scores),
        "by_channel": {ch: shares([s for s in scores if s.channel == ch]) for ch in channels},
    }
