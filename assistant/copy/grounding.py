"""The grounding checker: every claim in generated copy, verified against the product record.

`GroundingChecker.check` extracts typed claims (price, number, size, percentage, brand, product
name, category, superlative, discount/offer, product attribute, instruction echo) and marks each
supported or not, with the reason. `GroundingChecker.repair` fixes what it safely can (a wrong
price becomes the catalog price), removes every sentence that still holds an unsupported claim,
and falls back to a deterministic template when nothing grounded remains. The facts it checks
against are the product record and the `CustomerFacts` the copy was written from - nothing else.

Rules (deliberately strict: a removed sentence costs fluency, a wrong price costs trust):

- price: equals the product's catalog price, nothing else (no former price, no "under $X", no
  figure from the customer's price band).
- size/volume/count: the same quantity and unit family appears in the product text.
- percentage: appears in the product text (e.g. "2% salicylic acid"); "X% off" is a discount.
- number: appears in the product text or the customer facts.
- brand: a known brand (catalog vocabulary) is the product's brand, a brand in its title, or one
  of the customer's brands.
- product name: capitalised words that are neither sentence openers nor common words must occur
  in the product record or the customer facts.
- category: product-type nouns ("shampoo", "mascara") must occur in the product's title or
  category path (or the customer facts).
- superlative: "best-selling / popular" needs a sales rank <= `POPULAR_RANK`, "top-rated" a
  rating >= 4.5; others ("#1", "clinically proven", "award-winning") must occur in the record.
- discount/offer ("20% off", "sale", "free shipping", "limited time") needs an offer in the
  product attributes (`discount_percent`, `sale_price` or `offer`).
- attribute ("natural", "organic", "paraben-free", "dermatologist") must occur in the record.
- instruction echoes ("ignore previous instructions") are never supported.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from assistant.copy.audience import CustomerFacts
from assistant.copy.stemming import stem
from catalog.schema import Product
from retrieval.everyday import everyday

POPULAR_RANK = 1_000
TOP_RATED = 4.5

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"


class ClaimKind(StrEnum):
    """What a claim is about."""

    PRICE = "price"
    NUMBER = "number"
    SIZE = "size"
    PERCENTAGE = "percentage"
    BRAND = "brand"
    PRODUCT_NAME = "product_name"
    CATEGORY = "category"
    SUPERLATIVE = "superlative"
    DISCOUNT = "discount"
    ATTRIBUTE = "attribute"
    INSTRUCTION = "instruction"


STRICT_KINDS = frozenset(
    {ClaimKind.PRICE, ClaimKind.NUMBER, ClaimKind.SIZE, ClaimKind.PERCENTAGE, ClaimKind.BRAND}
)
"""The kinds the issue's hard target is about: none may reach a delivered copy unsupported."""


@dataclass(frozen=True)
class Claim:
    """One checkable statement found in a text."""

    kind: ClaimKind
    text: str
    supported: bool
    reason: str
    sentence: int = 0


@dataclass
class GroundingReport:
    """What the checker found in a copy and what it did about it.

    Attributes:
        claims: every claim found in the text as checked (after repair, the delivered text's).
        raw_claims: the claims found in the text as generated, before any repair.
        removed: sentences removed because they held an unsupported claim.
        repaired: repairs made ("price $9.99 -> $8.00").
        fallback: whether the delivered text is the deterministic template.
        injection_suspected: whether the product text looked like it held instructions.
    """

    claims: list[Claim] = field(default_factory=list)
    raw_claims: list[Claim] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    fallback: bool = False
    injection_suspected: bool = False

    @property
    def found(self) -> int:
        """How many claims the delivered text makes."""
        return len(self.claims)

    @property
    def supported(self) -> int:
        """How many of them are supported."""
        return sum(c.supported for c in self.claims)

    @property
    def unsupported(self) -> list[Claim]:
        """The delivered text's unsupported claims (empty after `repair`)."""
        return [c for c in self.claims if not c.supported]

    @property
    def raw_unsupported(self) -> list[Claim]:
        """The generated text's unsupported claims, before repair."""
        return [c for c in self.raw_claims if not c.supported]

    @property
    def grounded(self) -> bool:
        """True when every claim of the checked text is supported."""
        return not self.unsupported

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary (for CSV export and the API)."""
        return {
            "found": self.found,
            "supported": self.supported,
            "unsupported": [f"{c.kind.value}: {c.text}" for c in self.unsupported],
            "raw_found": len(self.raw_claims),
            "raw_unsupported": [
                f"{c.kind.value}: {c.text} ({c.reason})" for c in self.raw_unsupported
            ],
            "removed": self.removed,
            "repaired": self.repaired,
            "fallback": self.fallback,
            "injection_suspected": self.injection_suspected,
            "claims": [asdict(c) | {"kind": c.kind.value} for c in self.claims],
        }

    def summary(self) -> str:
        """One line: claims found / supported / removed."""
        return (
            f"{self.found} claims, {self.supported} supported; generated text had "
            f"{len(self.raw_unsupported)} unsupported, {len(self.removed)} sentences removed, "
            f"{len(self.repaired)} repaired{', template used' if self.fallback else ''}"
        )


# -- vocabularies -------------------------------------------------------------------------------

_UNITS = {
    "fl oz": "oz",
    "fl. oz": "oz",
    "fl.oz": "oz",
    "floz": "oz",
    "fluid ounce": "oz",
    "fluid ounces": "oz",
    "ounce": "oz",
    "ounces": "oz",
    "oz": "oz",
    "ml": "ml",
    "milliliter": "ml",
    "milliliters": "ml",
    "millilitre": "ml",
    "millilitres": "ml",
    "l": "l",
    "liter": "l",
    "liters": "l",
    "litre": "l",
    "litres": "l",
    "g": "g",
    "gram": "g",
    "grams": "g",
    "gr": "g",
    "kg": "kg",
    "mg": "mg",
    "lb": "lb",
    "lbs": "lb",
    "pound": "lb",
    "pounds": "lb",
    "count": "count",
    "ct": "count",
    "piece": "count",
    "pieces": "count",
    "pcs": "count",
    "pc": "count",
    "pack": "count",
    "packs": "count",
    "pk": "count",
    "inch": "in",
    "inches": "in",
    "cm": "cm",
    "mm": "mm",
    "capsule": "capsule",
    "capsules": "capsule",
    "tablet": "tablet",
    "tablets": "tablet",
    "wipe": "wipe",
    "wipes": "wipe",
    "sheet": "sheet",
    "sheets": "sheet",
    "pair": "pair",
    "pairs": "pair",
    "set": "set",
    "sets": "set",
    "shade": "shade",
    "shades": "shade",
    "color": "shade",
    "colors": "shade",
    "colour": "shade",
    "colours": "shade",
    "bottle": "bottle",
    "bottles": "bottle",
}
_UNIT_RE = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
_SIZE = re.compile(rf"(?<![\w.])({_NUM})\s?-?\s?({_UNIT_RE})(?![\w])", re.I)
_SIZE_OF = re.compile(rf"\b(pack|set|box|kit) of ({_NUM})\b", re.I)
_PRICE = re.compile(
    rf"(?:(?:US)?[$£€]\s?({_NUM}))|(?:(?<![\w.])({_NUM})\s?(?:dollars|usd|bucks)\b)", re.I
)
_MEASURES = ("oz", "ml", "l", "g", "kg", "mg", "lb", "cm", "mm")
_MEASURE_AFTER = re.compile(
    r"\s?-?\s?(?:"
    + "|".join(
        sorted(
            (re.escape(u) for u, kind in _UNITS.items() if kind in _MEASURES and "pound" not in u),
            key=len,
            reverse=True,
        )
    )
    + r")(?![\w])",
    re.I,
)
"""A unit of measure right after an amount: "$33.8 oz" is a garbled size, not a price."""
_PERCENT = re.compile(rf"(?<![\w.])({_NUM})\s?(?:%|percent\b)", re.I)
_NUMBER = re.compile(rf"(?<![\d.,])({_NUM})(?!\d)")
_PCT_OFF = re.compile(rf"(?<![\w.])({_NUM})\s?(?:%|percent)\s?off\b", re.I)
_OFFER = re.compile(
    r"\b(?:save|sale|on sale|discount(?:ed|s)?|deals?|bogo|buy one,? get one|half[- ]price|"
    r"clearance|limited[- ]time|today only|this week only|while (?:supplies|stocks?) lasts?|"
    r"last chance|ends (?:today|tonight|soon|sunday|monday|midnight)|coupon|promo(?:tion)? code|"
    r"free (?:shipping|delivery|gift|sample|samples|trial|returns)|special offer|"
    r"(?:extra|additional) \d+|flash sale|markdown|price drop|lowest price)\b",
    re.I,
)
_FREE = re.compile(r"(?<![\w-])free\b(?!-)", re.I)
_WORD_FREE = re.compile(r"\b[a-z]+[ -]free\b", re.I)
"""A "<word> free" the record itself may write ("Fog Free Mirror"): then not an offer."""
_X_FREE = re.compile(
    r"\b[a-z]+-free\b|\b(?:paraben|sulfate|sulphate|fragrance|cruelty|oil|alcohol|gluten|"
    r"silicone|talc|phthalate|scent|dye|chemical)s? free\b",
    re.I,
)
_ATTRIBUTE = re.compile(
    r"\b(?:all[- ]natural|natural|organic|vegan|hypoallergenic|non[- ]comedogenic|"
    r"dermatologists?(?:[- ](?:tested|recommended|approved))?|clinically|waterproof|"
    r"water[- ]resistant|chemicals?|toxins?|toxic|fda|patented|sensitive skin|all skin types|"
    r"long[- ]lasting|\d+[- ]hours?|anti[- ]aging|anti[- ]ageing|wrinkles?|acne|sulfates?|"
    r"parabens?|gluten|botanical|plant[- ]based|ingredients?|formula(?:ted)?|vitamins?|"
    r"collagen|retinol|hyaluronic|spf)\b",
    re.I,
)
_SUPERLATIVE = re.compile(
    r"(?:#\s?1\b|\bno\.?\s?1\b|\bnumber one\b|\bbest[- ]?sell(?:ing|ers?)\b|\btop[- ]rated\b|"
    r"\bhighly rated\b|\bmost (?:popular|loved|trusted|effective|wanted)\b|\bpopular\b|"
    r"\bfan[- ]favou?rite\b|\bcustomer favou?rite\b|\baward[- ]winning\b|\bproven\b|"
    r"\bguaranteed?\b|\bcheapest\b|\bworld'?s\b|\bbest\b|\bultimate\b|\bmiracle\b|"
    r"\bunbeatable\b|\bleading\b|\bnewest\b|\blatest\b|\ball[- ]new\b|\bcult\b|\bbeloved\b|"
    r"\bbestsellers?\b)",
    re.I,
)
_INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget)\b[^.!?\n]{0,40}\b(?:instructions?|rules?|prompts?|above)\b|"
    r"\bsystem prompt\b|\byou are now\b|\bas an ai\b|\bnew instructions?\b|"
    r"\bdeveloper mode\b|\bjailbreak\b",
    re.I,
)
INJECTION = _INSTRUCTION
"""The pattern that marks instruction-like product text (used to quote product text safely)."""

PRODUCT_NOUNS = (
    "shampoo",
    "conditioner",
    "lipstick",
    "lip gloss",
    "lip balm",
    "lip liner",
    "mascara",
    "eyeliner",
    "eye liner",
    "eyeshadow",
    "eye shadow",
    "foundation",
    "concealer",
    "blush",
    "bronzer",
    "highlighter",
    "primer",
    "powder",
    "perfume",
    "cologne",
    "fragrance",
    "eau de toilette",
    "eau de parfum",
    "body wash",
    "shower gel",
    "soap",
    "lotion",
    "cream",
    "moisturizer",
    "moisturiser",
    "serum",
    "cleanser",
    "toner",
    "face mask",
    "scrub",
    "exfoliator",
    "sunscreen",
    "nail polish",
    "nail lacquer",
    "top coat",
    "base coat",
    "hairspray",
    "hair spray",
    "mousse",
    "hair dye",
    "hair color",
    "brush",
    "comb",
    "razor",
    "shaver",
    "trimmer",
    "hair dryer",
    "straightener",
    "flat iron",
    "curling iron",
    "tweezers",
    "deodorant",
    "antiperspirant",
    "palette",
    "nail file",
    "cuticle oil",
    "body butter",
    "dry shampoo",
    "hair oil",
    "face oil",
    "bath bomb",
    "bubble bath",
    "wig",
    "eyelashes",
    "false lashes",
    "sponge",
    "blender",
    "toothpaste",
    "mouthwash",
)

COMMON_CAPITALISED = frozenset(
    """i i'm i've i'll i'd you you're you'll you've your yours we we're our ours us hi hey hello
    dear meet new now shop buy get grab tap click try discover treat find see order add love
    enjoy say make give look explore today tonight this that these those the a an it it's its
    and or but for with from in on at to of by yes wow oh ok okay so just here there what why how
    when who where ready time don't didn't can can't won't let let's keep stay come go your all
    because since thanks thank welcome psst good great hello there's here's one more only style
    refresh upgrade reach spoil pamper glow shine feel smell step bring fall spring summer winter
    autumn weekend morning evening night day is are be was were will with without not no yes
    subject body sms push banner email beauty skin hair nails lips eyes face hands feet
    look""".split()  # noqa: SIM905
)


def _num(text: str) -> float:
    return float(text.replace(",", ""))


_WORD = re.compile(r"[A-Za-z][A-Za-z'’&]*")


def _fmt_price(price: float) -> str:
    return f"${price:,.2f}"


def _singular_phrase(phrase: str) -> str:
    return " ".join(stem(w) for w in phrase.split())


# -- facts of one product -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Facts:
    text: str
    numbers: frozenset[float]
    sizes: frozenset[tuple[float, str]]
    percents: frozenset[float]
    words: frozenset[str]
    stemmed_text: str
    brands: tuple[str, ...]
    price: float | None
    offer: dict[str, Any]
    rating: float | None
    sales_rank: float | None


def _product_text(product: Product) -> str:
    values = [product.title, product.brand or "", " ".join(product.categories), product.description]
    for key, value in product.attributes.items():
        if key in ("discount_percent", "sale_price", "offer"):
            continue
        values.append(f"{key} {value if isinstance(value, str) else json.dumps(value)}")
    return " ".join(v for v in values if v)


def _facts_of(product: Product, facts: CustomerFacts | None) -> _Facts:
    text = _product_text(product)
    numbers = {_num(m.group(1)) for m in _NUMBER.finditer(text)}
    sizes = {(_num(m.group(1)), _UNITS[m.group(2).lower()]) for m in _SIZE.finditer(text)}
    sizes |= {(_num(m.group(2)), "count") for m in _SIZE_OF.finditer(text)}
    percents = {_num(m.group(1)) for m in _PERCENT.finditer(text)}
    words = {stem(w) for w in _WORD.findall(text)}
    brands = [product.brand] if product.brand else []
    if product.price is not None:
        numbers.add(round(product.price, 2))
    if facts is not None:
        numbers |= facts.numbers()
        brands += list(facts.brands)
        extra = " ".join([facts.label, *facts.categories, *facts.brands])
        words |= {stem(w) for w in _WORD.findall(extra)}
        text = f"{text} {extra}"
    rank = product.attributes.get("sales_rank")
    offer = {
        k: product.attributes[k]
        for k in ("discount_percent", "sale_price", "offer")
        if k in product.attributes
    }
    return _Facts(
        text=text.lower(),
        numbers=frozenset(numbers),
        sizes=frozenset(sizes),
        percents=frozenset(percents),
        words=frozenset(words),
        stemmed_text=" " + _singular_phrase(re.sub(r"[^\w\s']", " ", text.lower())) + " ",
        brands=tuple(b.lower() for b in brands),
        price=product.price,
        offer=offer,
        rating=product.rating,
        sales_rank=float(rank) if isinstance(rank, int | float) else None,
    )


# -- sentences ------------------------------------------------------------------------------------

SENTENCE_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”)]?\s+(?=[\"'“(]?[A-Z0-9$£€#])|\n+")


def split_sentences(text: str) -> list[str]:
    """Split copy into sentences (prices such as $19.99 stay whole)."""
    return [s.strip() for s in SENTENCE_BOUNDARY.split(text) if s and s.strip()]


# -- the checker ----------------------------------------------------------------------------------


class GroundingChecker:
    """Checks copy against a product record and customer facts.

    Build one per catalog (the brand and category vocabularies are compiled once) and reuse it.
    """

    def __init__(self, brands: Iterable[str] = (), categories: Iterable[str] = ()) -> None:
        """Compile the vocabularies.

        Args:
            brands: every brand of the catalog (``CatalogStore.brands()`` names); a mention of
                any of them is a brand claim.
            categories: category paths or names of the catalog; their leaf names join the built-in
                product-type nouns as category claims.
        """
        names = {b.strip() for b in brands if b and len(b.strip()) >= 3}
        self._brand_re = (
            re.compile(
                r"(?<![\w])(?:"
                + "|".join(re.escape(b) for b in sorted(names, key=len, reverse=True))
                + r")(?![\w])"
            )
            if names
            else None
        )
        nouns = set(PRODUCT_NOUNS)
        for path in categories:
            leaf = path.split(">")[-1].strip().lower()
            for part in re.split(r"\s*(?:&|,| and )\s*", leaf):
                if 3 <= len(part) <= 30 and len(part.split()) <= 3 and "'" not in part:
                    nouns.add(part)
        generic = {"beauty", "women", "men", "other", "kits", "sets", "accessories", "tools"}
        nouns = {n for n in nouns if _singular_phrase(n) not in generic}
        phrases = sorted({_singular_phrase(n) for n in nouns}, key=len, reverse=True)
        self._category_re = re.compile(
            r"\b(?:"
            + "|".join(r"\s+".join(re.escape(w) + r"(?:e?s)?" for w in p.split()) for p in phrases)
            + r")\b",
            re.I,
        )

    # -- check --------------------------------------------------------------------------------

    def check(
        self, text: str, product: Product, facts: CustomerFacts | None = None
    ) -> GroundingReport:
        """Every claim in ``text``, each marked supported or not (nothing is changed)."""
        f = _facts_of(product, facts)
        claims = [
            c
            for index, sentence in enumerate(split_sentences(text))
            for c in self._sentence_claims(sentence, index, f, product)
        ]
        return GroundingReport(
            claims=claims,
            raw_claims=list(claims),
            injection_suspected=bool(INJECTION.search(_product_text(product))),
        )

    def _sentence_claims(
        self, sentence: str, index: int, f: _Facts, product: Product
    ) -> list[Claim]:
        claims: list[Claim] = []
        masked = [False] * len(sentence)

        def free(start: int, end: int) -> bool:
            return not any(masked[start:end])

        def add(kind: ClaimKind, m: re.Match[str], ok: bool, reason: str, group: int = 0) -> None:
            start, end = m.span(group)
            for i in range(start, end):
                masked[i] = True
            claims.append(Claim(kind, m.group(group), ok, reason, index))

        for m in _INSTRUCTION.finditer(sentence):
            add(ClaimKind.INSTRUCTION, m, False, "instructions are never part of copy")
        for m in _PRICE.finditer(sentence):
            if not free(*m.span()) or _MEASURE_AFTER.match(sentence, m.end()):
                continue  # "$33.8 oz": the size check below reads "33.8 oz"
            value = _num(m.group(1) or m.group(2))
            # A price in copy is the product's catalog price or nothing: no "was $9", no
            # "under $10", no figure borrowed from the customer's price band.
            if f.price is not None and abs(value - f.price) < 0.005:
                add(ClaimKind.PRICE, m, True, "the product's price")
            else:
                actual = _fmt_price(f.price) if f.price is not None else "none"
                add(ClaimKind.PRICE, m, False, f"expected the price {actual}")
        offer_ok = bool(f.offer)
        for m in _PCT_OFF.finditer(sentence):
            if free(*m.span()):
                want = f.offer.get("discount_percent")
                ok = want is not None and abs(_num(m.group(1)) - float(want)) < 1e-6
                add(ClaimKind.DISCOUNT, m, ok, "the product's discount" if ok else "no such offer")

        def offers(pattern: re.Pattern[str]) -> None:
            offer_reason = "the product has an offer" if offer_ok else "no offer on record"
            for m in pattern.finditer(sentence):
                if free(*m.span()):
                    add(ClaimKind.DISCOUNT, m, offer_ok, offer_reason)

        offers(_OFFER)
        for m in _X_FREE.finditer(sentence):
            if free(*m.span()):
                ok = m.group(0).lower().replace(" ", "-") in f.text.replace(" ", "-")
                add(ClaimKind.ATTRIBUTE, m, ok, "in the record" if ok else "not in the record")
        for m in _WORD_FREE.finditer(sentence):
            if free(*m.span()) and m.group(0).lower().replace("-", " ") in f.text.replace("-", " "):
                add(ClaimKind.ATTRIBUTE, m, True, "in the record")
        offers(_FREE)
        for m in _PERCENT.finditer(sentence):
            if free(*m.span()):
                ok = _num(m.group(1)) in f.percents
                add(ClaimKind.PERCENTAGE, m, ok, "in the record" if ok else "not in the record")
        for m in _SIZE_OF.finditer(sentence):
            if free(*m.span()):
                ok = (_num(m.group(2)), "count") in f.sizes or _num(m.group(2)) in f.numbers
                add(ClaimKind.SIZE, m, ok, "in the record" if ok else "not in the record")
        for m in _SIZE.finditer(sentence):
            if free(*m.span()):
                ok = (_num(m.group(1)), _UNITS[m.group(2).lower()]) in f.sizes
                add(ClaimKind.SIZE, m, ok, "in the record" if ok else "not in the record")
        for m in _SUPERLATIVE.finditer(sentence):
            if free(*m.span()):
                ok, reason = self._superlative(m.group(0).lower(), f)
                add(ClaimKind.SUPERLATIVE, m, ok, reason)
        for m in _ATTRIBUTE.finditer(sentence):
            if free(*m.span()):
                ok = m.group(0).lower() in f.text
                add(ClaimKind.ATTRIBUTE, m, ok, "in the record" if ok else "not in the record")
        own = [b for b in f.brands if b]
        if self._brand_re is not None:
            for m in self._brand_re.finditer(sentence):
                if free(*m.span()):
                    name = m.group(0).lower()
                    ok = name in own or name in product.title.lower()
                    if not ok and _opens_sentence(sentence, m.start()) and everyday(name):
                        continue  # "Clean, fresh skin.": the word, capitalised, not the brand
                    add(ClaimKind.BRAND, m, ok, "the product's brand" if ok else "another brand")
        for brand in own:
            for m in re.finditer(rf"(?<![\w]){re.escape(brand)}(?![\w])", sentence, re.I):
                if free(*m.span()):
                    add(ClaimKind.BRAND, m, True, "the product's brand")
        for m in self._category_re.finditer(sentence):
            if free(*m.span()):
                phrase = _singular_phrase(m.group(0).lower())
                ok = f" {phrase} " in f.stemmed_text
                add(ClaimKind.CATEGORY, m, ok, "in the record" if ok else "another product type")
        for m in _NUMBER.finditer(sentence):
            if free(*m.span()):
                ok = _num(m.group(1)) in f.numbers
                add(ClaimKind.NUMBER, m, ok, "in the record" if ok else "not in the record")
        claims.extend(self._names(sentence, index, masked, f))
        return claims

    @staticmethod
    def _superlative(phrase: str, f: _Facts) -> tuple[bool, str]:
        if any(w in phrase for w in ("sell", "popular", "favorite", "favourite", "loved")):
            if f.sales_rank is not None and f.sales_rank <= POPULAR_RANK:
                return True, f"sales rank {f.sales_rank:.0f} <= {POPULAR_RANK}"
            return False, f"needs a sales rank <= {POPULAR_RANK}"
        if "rated" in phrase:
            if f.rating is not None and f.rating >= TOP_RATED:
                return True, f"rating {f.rating} >= {TOP_RATED}"
            return False, f"needs a rating >= {TOP_RATED}"
        if phrase in f.text:
            return True, "in the record"
        return False, "not in the record"

    @staticmethod
    def _names(sentence: str, index: int, masked: list[bool], f: _Facts) -> list[Claim]:
        claims: list[Claim] = []
        run: list[re.Match[str]] = []

        def flush() -> None:
            if not run:
                return
            text = sentence[run[0].start() : run[-1].end()]
            unknown = [
                m.group(0)
                for k, m in enumerate(run)
                if stem(m.group(0)) not in f.words
                and m.group(0).lower().replace("’", "'") not in COMMON_CAPITALISED
                and not (k == 0 and m.start() in openers)
            ]
            if unknown:
                claims.append(
                    Claim(
                        ClaimKind.PRODUCT_NAME,
                        text,
                        False,
                        f"{', '.join(unknown)} not in the record",
                        index,
                    )
                )
            elif len(run) >= 2:
                claims.append(Claim(ClaimKind.PRODUCT_NAME, text, True, "in the record", index))
            run.clear()

        openers: set[int] = set()
        last_end = 0
        for m in _WORD.finditer(sentence):
            between = sentence[last_end : m.start()]
            opener = last_end == 0 or bool(re.search(r"[:;!?\"“(—–]|\s-\s", between))
            if opener:
                openers.add(m.start())
            capital = m.group(0)[0].isupper() and not any(masked[m.start() : m.end()])
            if capital and (not run or re.fullmatch(r"[\s-]*", between)):
                run.append(m)
            else:
                flush()
                if capital:
                    run.append(m)
            last_end = m.end()
        flush()
        return claims

    # -- repair -------------------------------------------------------------------------------

    def repair(
        self,
        text: str,
        product: Product,
        facts: CustomerFacts | None = None,
        *,
        fallback: str,
        max_chars: int | None = None,
        require_identity: bool = True,
    ) -> tuple[str, GroundingReport]:
        """Deliverable text: wrong prices fixed, unsupported sentences removed, else ``fallback``.

        Args:
            text: the generated copy.
            product: the product it is about.
            facts: the customer facts it was written from.
            fallback: the deterministic template text used when nothing grounded remains.
            max_chars: the channel's length limit; trailing sentences are dropped to fit.
            require_identity: fall back unless what remains names the product (its brand,
                name, category or price); False for email subjects.

        Returns:
            The delivered text and its report (``report.claims`` are the delivered text's).
        """
        raw = self.check(text, product, facts)
        report = GroundingReport(raw_claims=raw.claims, injection_suspected=raw.injection_suspected)
        kept: list[str] = []
        for index, sentence in enumerate(split_sentences(text)):
            bad = [c for c in raw.claims if c.sentence == index and not c.supported]
            if bad and product.price is not None and all(c.kind == ClaimKind.PRICE for c in bad):
                fixed = sentence
                for claim in bad:
                    fixed = fixed.replace(claim.text, _fmt_price(product.price))
                    report.repaired.append(f"price {claim.text} -> {_fmt_price(product.price)}")
                sentence = fixed
                bad = [c for c in self.check(sentence, product, facts).claims if not c.supported]
            if bad:
                report.removed.append(sentence)
            else:
                kept.append(sentence)
        if max_chars is not None:
            while kept and len(" ".join(kept)) > max_chars:
                report.removed.append(kept.pop())
        delivered = " ".join(kept)
        final = self.check(delivered, product, facts).claims if delivered else []
        identifies = any(
            c.supported
            and c.kind
            in (ClaimKind.BRAND, ClaimKind.PRODUCT_NAME, ClaimKind.CATEGORY, ClaimKind.PRICE)
            for c in final
        )
        too_little = not identifies if require_identity else len(_WORD.findall(delivered)) < 3
        if not delivered or too_little:
            delivered = fallback
            if max_chars is not None and len(delivered) > max_chars:
                delivered = delivered[: max_chars + 1].rsplit(" ", 1)[0].rstrip(" ,;:-")
            report.fallback = True
            final = self.check(delivered, product, facts).claims
            if any(not c.supported for c in final):
                # The template only quotes the record, so this means odd product text: keep the
                # parts that check out rather than deliver anything unsupported.
                pieces = [
                    s
                    for s in split_sentences(delivered)
                    if all(c.supported for c in self.check(s, product, facts).claims)
                ]
                delivered = " ".join(pieces) or "Take a look."
                final = self.check(delivered, product, facts).claims
        report.claims = final
        return delivered, report


def _opens_sentence(sentence: str, start: int) -> bool:
    """Whether only quotes, brackets or list marks stand before ``start`` in ``sentence``."""
    return not sentence[:start].strip(" \t\"'“‘([*-–—•")


def check(
    text: str,
    product: Product,
    facts: CustomerFacts | None = None,
    *,
    brands: Iterable[str] = (),
    categories: Iterable[str] = (),
) -> GroundingReport:
    """Check ``text`` against ``product`` (and ``facts``) with a one-off checker.

    Pass the catalog's ``brands`` so that a wrong brand is recognised as a brand; reuse a
    `GroundingChecker` when checking many texts.
    """
    return GroundingChecker(brands, categories).check(text, product, facts)


def has_strict_violation(claims: Sequence[Claim]) -> bool:
    """Whether any unsupported claim is a price, number, size, percentage or brand."""
    return any(not c.supported and c.kind in STRICT_KINDS for c in claims)
