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
- attribute ("natural", "organic", "paraben-free", "dermatologist", "prescription-only") must occur
  in the record.
- instruction echoes ("ignore previous instructions") are never supported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz.distance import OSA

from assistant.copy.audience import CustomerFacts
from assistant.copy.claim_patterns import (
    ATTRIBUTE,
    COMMON_CAPITALISED,
    FINISH,
    FINISHES,
    FREE,
    INJECTION,
    MEASURE_AFTER,
    NUMBER,
    OFFER,
    PERCENT,
    PERCENT_OFF,
    POPULAR_RANK,
    PRICE,
    PRODUCT_NOUNS,
    SIZE,
    SIZE_OF,
    SUPERLATIVE,
    TOP_RATED,
    UNITS,
    WORD,
    WORD_FREE,
    X_FREE,
    singular_phrase,
    to_number,
)
from assistant.copy.claims import Claim, ClaimKind, GroundingReport
from assistant.copy.product_facts import ProductFacts, product_facts, product_text
from assistant.copy.sentences import split_sentences
from assistant.copy.stemming import stem
from assistant.copy.templates import price_text
from catalog.schema import Product
from retrieval.everyday import everyday


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
        nouns = {n for n in nouns if singular_phrase(n) not in generic}
        phrases = sorted({singular_phrase(n) for n in nouns}, key=len, reverse=True)
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
        f = product_facts(product, facts)
        claims = [
            c
            for index, sentence in enumerate(split_sentences(text))
            for c in self._sentence_claims(sentence, index, f, product)
        ]
        return GroundingReport(
            claims=claims,
            raw_claims=list(claims),
            injection_suspected=bool(INJECTION.search(product_text(product))),
        )

    def _sentence_claims(
        self, sentence: str, index: int, f: ProductFacts, product: Product
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

        for m in INJECTION.finditer(sentence):
            add(ClaimKind.INSTRUCTION, m, False, "instructions are never part of copy")
        for m in PRICE.finditer(sentence):
            if not free(*m.span()) or MEASURE_AFTER.match(sentence, m.end()):
                continue  # "$33.8 oz": the size check below reads "33.8 oz"
            value = to_number(m.group(1) or m.group(2))
            # A price in copy is the product's catalog price or nothing: no "was $9", no
            # "under $10", no figure borrowed from the customer's price band.
            if f.price is not None and abs(value - f.price) < 0.005:
                add(ClaimKind.PRICE, m, True, "the product's price")
            else:
                actual = price_text(product) or "none"
                add(ClaimKind.PRICE, m, False, f"expected the price {actual}")
        offer_ok = bool(f.offer)
        for m in PERCENT_OFF.finditer(sentence):
            if free(*m.span()):
                want = f.offer.get("discount_percent")
                ok = want is not None and abs(to_number(m.group(1)) - float(want)) < 1e-6
                add(ClaimKind.DISCOUNT, m, ok, "the product's discount" if ok else "no such offer")

        def offers(pattern: re.Pattern[str]) -> None:
            offer_reason = "the product has an offer" if offer_ok else "no offer on record"
            for m in pattern.finditer(sentence):
                if free(*m.span()):
                    add(ClaimKind.DISCOUNT, m, offer_ok, offer_reason)

        offers(OFFER)
        for m in X_FREE.finditer(sentence):
            if free(*m.span()):
                ok = m.group(0).lower().replace(" ", "-") in f.text.replace(" ", "-")
                add(ClaimKind.ATTRIBUTE, m, ok, "in the record" if ok else "not in the record")
        for m in WORD_FREE.finditer(sentence):
            if free(*m.span()) and m.group(0).lower().replace("-", " ") in f.text.replace("-", " "):
                add(ClaimKind.ATTRIBUTE, m, True, "in the record")
        offers(FREE)
        for m in PERCENT.finditer(sentence):
            if free(*m.span()):
                ok = to_number(m.group(1)) in f.percents
                add(ClaimKind.PERCENTAGE, m, ok, "in the record" if ok else "not in the record")
        for m in SIZE_OF.finditer(sentence):
            if free(*m.span()):
                count = to_number(m.group(2))
                ok = (count, "count") in f.sizes or count in f.numbers
                add(ClaimKind.SIZE, m, ok, "in the record" if ok else "not in the record")
        for m in SIZE.finditer(sentence):
            if free(*m.span()):
                ok = (to_number(m.group(1)), UNITS[m.group(2).lower()]) in f.sizes
                add(ClaimKind.SIZE, m, ok, "in the record" if ok else "not in the record")
        for m in SUPERLATIVE.finditer(sentence):
            if free(*m.span()):
                ok, reason = self._superlative(m.group(0).lower(), f)
                add(ClaimKind.SUPERLATIVE, m, ok, reason)
        for m in ATTRIBUTE.finditer(sentence):
            if free(*m.span()):
                ok = m.group(0).lower() in f.text
                add(ClaimKind.ATTRIBUTE, m, ok, "in the record" if ok else "not in the record")
        for m in FINISH.finditer(sentence):
            if free(*m.span()):
                supported, otherwise = FINISHES[m.group(0).lower()]
                if _says(f.text, supported):
                    add(ClaimKind.ATTRIBUTE, m, True, "in the record")
                elif _says(f.text, otherwise):
                    add(ClaimKind.ATTRIBUTE, m, False, "the record says otherwise")
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
                phrase = singular_phrase(m.group(0).lower())
                ok = f" {phrase} " in f.stemmed_text
                add(ClaimKind.CATEGORY, m, ok, "in the record" if ok else "another product type")
        for m in NUMBER.finditer(sentence):
            if free(*m.span()):
                ok = to_number(m.group(1)) in f.numbers
                add(ClaimKind.NUMBER, m, ok, "in the record" if ok else "not in the record")
        claims.extend(self._names(sentence, index, masked, f))
        return claims

    @staticmethod
    def _superlative(phrase: str, f: ProductFacts) -> tuple[bool, str]:
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
    def _names(sentence: str, index: int, masked: list[bool], f: ProductFacts) -> list[Claim]:
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
                and not (k == 0 and m.start() in openers and not _misspelt(m.group(0), f))
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
        for m in WORD.finditer(sentence):
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
                    fixed = fixed.replace(claim.text, price_text(product))
                    report.repaired.append(f"price {claim.text} -> {price_text(product)}")
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
        too_little = not identifies if require_identity else len(WORD.findall(delivered)) < 3
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


def _says(text: str, roots: tuple[str, ...]) -> bool:
    """Whether a word of ``text`` begins with one of ``roots``."""
    return any(re.search(rf"\b{re.escape(r)}", text) for r in roots)


def _misspelt(word: str, f: ProductFacts) -> bool:
    """Whether ``word`` is one letter away from a word of the product's brand it is not (two
    for words of 8 letters or more; two letters swapped count as one): "Ausrialian Gold" for
    Australian Gold is a misspelt brand, though it opens a sentence."""
    w = stem(word)
    if len(w) < 5 or w in f.words:
        return False
    most = 1 if len(w) < 8 else 2
    return any(
        len(r) >= 5 and abs(len(r) - len(w)) <= most and OSA.distance(w, r) <= most
        for brand in f.brands
        for r in (stem(x) for x in WORD.findall(brand))
    )


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
