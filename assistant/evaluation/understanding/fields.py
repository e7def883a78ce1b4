"""Scoring one field of one turn against its label, per the set's contract
(tests/data/understanding/README.md, "The label contract").

Each scorer returns a `Verdict`, or None when the field does not apply to the case (``answer``
without a pending question; ``need``, ``not_need`` and ``attributes`` where nothing is
labelled, since an unlabelled query word or an extra attribute is not an error).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from enum import StrEnum

from assistant.evaluation.understanding.cases import Attributes, Case, Labels, shown_prices
from assistant.evaluation.understanding.record import Understood
from catalog.category_paths import SEPARATOR, below, shared_branch, within
from retrieval.filters import loose_brand_key
from retrieval.lexicon import in_american_spelling
from retrieval.tokenize import stemmed

PRICE_EPSILON = 0.01
AROUND_BAND = (0.6, 1.4)
"""A min/max band counts as "around X" when it contains X and lies within [0.6X, 1.4X]."""


class Verdict(StrEnum):
    """How one field of one case scored."""

    HIT = "hit"  # labelled, and right
    MISS = "miss"  # labelled, and wrong or missing
    FALSE_POSITIVE = "false_positive"  # labelled empty, something was produced
    EMPTY_OK = "empty_ok"  # labelled empty, nothing was produced

    @property
    def right(self) -> bool:
        """HIT or EMPTY_OK."""
        return self in (Verdict.HIT, Verdict.EMPTY_OK)


# Synonyms a scorer accepts (README: "mum/mom = mother, bf = boyfriend"). General English,
# written from the contract, not from the cases.
RECIPIENT_SYNONYMS = {
    "mom": "mother", "mum": "mother", "mommy": "mother", "mummy": "mother", "mama": "mother",
    "ma": "mother", "mamma": "mother", "dad": "father", "daddy": "father", "papa": "father",
    "pa": "father", "grandma": "grandmother", "granny": "grandmother", "nan": "grandmother",
    "nana": "grandmother", "gran": "grandmother", "grandpa": "grandfather",
    "granddad": "grandfather", "grandad": "grandfather", "bf": "boyfriend",
    "gf": "girlfriend", "hubby": "husband", "wifey": "wife", "colleague": "coworker",
    "workmate": "coworker", "co-worker": "coworker", "neighbour": "neighbor",
    "bestie": "friend", "bff": "friend", "teenager": "teen", "sis": "sister",
    "bro": "brother", "kid": "child", "kids": "child",
}  # fmt: skip
OCCASION_SYNONYMS = {
    "bday": "birthday", "b_day": "birthday", "xmas": "christmas", "x_mas": "christmas",
    "valentine": "valentines", "valentines_day": "valentines", "valentine_s_day": "valentines",
    "valentine_s": "valentines", "mother_s_day": "mothers_day", "mom_s_day": "mothers_day",
    "father_s_day": "fathers_day", "holiday": "vacation", "holidays": "vacation",
    "trip": "travel", "secret_santa_gift": "secret_santa", "date": "date_night",
    "autumn": "fall",
}  # fmt: skip


def words(text: str) -> str:
    """Lower case, every run of non-letters and non-digits one space, padded by spaces."""
    return f" {re.sub(r'[^a-z0-9]+', ' ', text.lower()).strip()} "


def contains_phrase(text: str, phrase: str) -> bool:
    """Whole-word, case-insensitive containment ("nut" is not in "coconut")."""
    return bool(phrase.strip()) and words(phrase) in words(text)


def brands_match(label: str, predicted: str) -> bool:
    """Same brand: equal keys, or one key starts with the other (``e.l.f.`` / ``e.l.f.
    Cosmetics``)."""
    a, b = loose_brand_key(label), loose_brand_key(predicted)
    return bool(a and b) and (a == b or a.startswith(b) or b.startswith(a))


def canonical(text: str, synonyms: dict[str, str]) -> str:
    """snake_case with each word mapped through ``synonyms`` (whole text first)."""
    key = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    if key in synonyms:
        return synonyms[key]
    return "_".join(synonyms.get(part, part) for part in key.split("_"))


def _empty_or_fp(produced: bool) -> Verdict:
    return Verdict.FALSE_POSITIVE if produced else Verdict.EMPTY_OK


def score_intent(label: Labels, got: Understood) -> Verdict:
    """Exact match."""
    return Verdict.HIT if got.intent == label.intent else Verdict.MISS


def score_category(label: Labels, got: Understood) -> Verdict:
    """Right when the predicted path equals a labelled prefix or lies under it."""
    if not label.category:
        return _empty_or_fp(got.category is not None)
    path = (got.category or "").strip()
    ok = any(within(path, c) for c in label.category)
    return Verdict.HIT if ok else Verdict.MISS


class CategoryMiss(StrEnum):
    """How a labelled category was missed: where the predicted path lies against the label."""

    NONE = "none"  # nothing predicted
    BROADER = "broader"  # an ancestor of a labelled path ("Hair Care" for "Shampoos")
    NEARBY = "nearby"  # shares two or more levels with one (a sibling in the same department)
    ELSEWHERE = "elsewhere"  # shares the root at most


def category_miss(label: Labels, got: Understood) -> CategoryMiss | None:
    """The kind of a category miss, or None where the category is unlabelled or right."""
    if not label.category:
        return None
    path = (got.category or "").strip()
    if not path:
        return CategoryMiss.NONE
    if any(within(path, c) for c in label.category):
        return None
    if any(below(c, path) for c in label.category):
        return CategoryMiss.BROADER
    shared = max(_levels(shared_branch([path, c])) for c in label.category)
    return CategoryMiss.NEARBY if shared >= 2 else CategoryMiss.ELSEWHERE


def _levels(path: str) -> int:
    return len(path.split(SEPARATOR)) if path else 0


def score_need(label: Labels, got: Understood) -> Verdict | None:
    """The query contains at least one labelled alternative (whole words)."""
    if not label.need:
        return None
    ok = any(contains_phrase(got.query, alt) for alt in label.need)
    return Verdict.HIT if ok else Verdict.MISS


def score_not_need(label: Labels, got: Understood) -> Verdict | None:
    """No trap word and no avoided item appears in the query."""
    traps = [*label.not_need, *label.avoid]
    if not traps:
        return None
    ok = not any(contains_phrase(got.query, trap) for trap in traps)
    return Verdict.HIT if ok else Verdict.MISS


def _close(a: float | None, b: float) -> bool:
    return a is not None and abs(a - b) <= PRICE_EPSILON


def _around_band_ok(got: Understood, around: float) -> bool:
    low, high = got.price_min, got.price_max
    if low is None or high is None:
        return False
    return (
        AROUND_BAND[0] * around - PRICE_EPSILON
        <= low
        <= around
        <= high
        <= (AROUND_BAND[1] * around + PRICE_EPSILON)
    )


def score_prices(case: Case, got: Understood) -> dict[str, Verdict]:
    """``price_min``, ``price_max`` and ``price_around``, exact to a cent.

    "Around X" is also met by a min/max band containing X within [0.6X, 1.4X] (then that band's
    bounds are not false positives). With ``relative: cheaper`` any ``price_max`` at or under the
    label (or, unlabelled, under the cheapest pick shown) is right; with ``pricier`` likewise any
    ``price_min`` at or over the dearest pick shown.
    """
    label = case.expect
    prices = shown_prices(case.context.picks) if case.context else []
    out: dict[str, Verdict] = {}
    band_for_around = False
    if label.price_around is not None:
        band_for_around = got.price_around is None and _around_band_ok(got, label.price_around)
        ok = _close(got.price_around, label.price_around) or band_for_around
        out["price_around"] = Verdict.HIT if ok else Verdict.MISS
    else:
        out["price_around"] = _empty_or_fp(got.price_around is not None)

    if label.price_max is not None:
        if label.relative == "cheaper":
            ok = got.price_max is not None and got.price_max <= label.price_max + PRICE_EPSILON
        else:
            ok = _close(got.price_max, label.price_max)
        out["price_max"] = Verdict.HIT if ok else Verdict.MISS
    else:
        tightened = (
            label.relative == "cheaper"
            and got.price_max is not None
            and bool(prices)
            and got.price_max <= min(prices) + PRICE_EPSILON
        )
        out["price_max"] = _empty_or_fp(
            got.price_max is not None and not band_for_around and not tightened
        )

    if label.price_min is not None:
        out["price_min"] = Verdict.HIT if _close(got.price_min, label.price_min) else Verdict.MISS
    else:
        lifted = (
            label.relative == "pricier"
            and got.price_min is not None
            and bool(prices)
            and got.price_min >= max(prices) - PRICE_EPSILON
        )
        out["price_min"] = _empty_or_fp(
            got.price_min is not None and not band_for_around and not lifted
        )
    return out


def _same_brands(labels: Sequence[str], predicted: Sequence[str]) -> bool:
    return all(any(brands_match(lab, p) for p in predicted) for lab in labels) and all(
        any(brands_match(lab, p) for lab in labels) for p in predicted
    )


def score_brand_set(labels: Sequence[str], predicted: Sequence[str]) -> Verdict:
    """Same set of brands after normalising (``brands`` and ``exclude_brands``)."""
    if not labels:
        return _empty_or_fp(bool(predicted))
    return Verdict.HIT if _same_brands(labels, predicted) else Verdict.MISS


def score_avoid(label: Labels, got: Understood) -> Verdict:
    """Every labelled item is predicted (whole words, either containing the other, plurals
    as the singular: "sulfates" rules out what "sulfate" does, `retrieval.filters.avoid_terms`;
    US and UK spellings as one, `in_american_spelling`: "sulphate" is sulfate); extra related
    items are fine."""
    if not label.avoid:
        return _empty_or_fp(bool(got.avoid))
    said = [in_american_spelling(stemmed(p)) for p in got.avoid]
    ok = all(
        any(contains_phrase(p, item) or contains_phrase(item, p) for p in said)
        for item in (in_american_spelling(stemmed(a)) for a in label.avoid)
    )
    return Verdict.HIT if ok else Verdict.MISS


def _values(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _value_matches(label: str, predicted: Iterable[str]) -> bool:
    """Either value contains the other, case-insensitive, both in one spelling
    (`retrieval.lexicon.in_american_spelling`: a label "colour-treated" matches "color-treated")."""
    a = in_american_spelling(label.lower().strip())
    said = (in_american_spelling(p.lower().strip()) for p in predicted if p.strip())
    return any(a in p or p in a for p in said)


def score_attribute_map(labels: Attributes, predicted: Attributes) -> Verdict | None:
    """Every labelled key is predicted with a matching value (either contains the other; for a
    list, each labelled value). Extra keys are not errors, so nothing is scored unlabelled."""
    if not labels:
        return None
    return Verdict.MISS if attributes_missed(labels, predicted) else Verdict.HIT


def attributes_missed(labels: Attributes, predicted: Attributes) -> list[str]:
    """The labelled keys not predicted with a matching value (`score_attribute_map`'s rule),
    in the label's order: where an attribute miss lies, in aggregate (`skin_type`, `size`)."""
    return [
        key
        for key, value in labels.items()
        if key not in predicted
        or not all(_value_matches(v, _values(predicted[key])) for v in _values(value))
    ]


def score_text(label: str | None, got: str | None, synonyms: dict[str, str]) -> Verdict:
    """Equal after snake_casing and mapping synonyms (recipient, occasion)."""
    if label is None:
        return _empty_or_fp(bool(got))
    ok = got is not None and canonical(label, synonyms) == canonical(got, synonyms)
    return Verdict.HIT if ok else Verdict.MISS


def score_references(label: Labels, got: Understood) -> Verdict:
    """Compared as a set."""
    if not label.references:
        return _empty_or_fp(bool(got.references))
    return Verdict.HIT if set(got.references) == set(label.references) else Verdict.MISS


def score_answer(case: Case, got: Understood) -> Verdict | None:
    """Only with a pending question: an option word for word (case-insensitive), a set of
    options, ``any``, or None."""
    if case.context is None or case.context.question is None:
        return None
    label = case.expect.answer
    if label is None:
        return _empty_or_fp(bool(got.answer))
    if isinstance(label, tuple):
        predicted = {a.casefold() for a in _values(got.answer)} if got.answer else set()
        ok = predicted == {a.casefold() for a in label}
    else:
        ok = isinstance(got.answer, str) and got.answer.casefold() == label.casefold()
    return Verdict.HIT if ok else Verdict.MISS


def score_relative(label: Labels, got: Understood) -> Verdict:
    """Exact match."""
    if label.relative is None:
        return _empty_or_fp(got.relative is not None)
    return Verdict.HIT if got.relative == label.relative else Verdict.MISS


FIELDS = (
    "intent", "category", "need", "not_need", "price_min", "price_max", "price_around",
    "brands", "exclude_brands", "avoid", "attributes", "self_attributes", "recipient",
    "occasion", "references", "answer", "relative",
)  # fmt: skip
HEADLINE_FIELDS = (
    "category", "price_min", "price_max", "price_around", "brands", "exclude_brands",
)  # fmt: skip
"""The issue's target: "category and every price/brand constraint right"."""


def score_case(case: Case, got: Understood) -> dict[str, Verdict]:
    """Every field that applies to ``case``, scored against what was understood."""
    label = case.expect
    verdicts: dict[str, Verdict | None] = {
        "intent": score_intent(label, got),
        "category": score_category(label, got),
        "need": score_need(label, got),
        "not_need": score_not_need(label, got),
        **score_prices(case, got),
        "brands": score_brand_set(label.brands, got.brands),
        "exclude_brands": score_brand_set(label.exclude_brands, got.exclude_brands),
        "avoid": score_avoid(label, got),
        "attributes": score_attribute_map(label.attributes, got.attributes),
        "self_attributes": score_attribute_map(label.self_attributes, got.self_attributes),
        "recipient": score_text(label.recipient, got.recipient, RECIPIENT_SYNONYMS),
        "occasion": score_text(label.occasion, got.occasion, OCCASION_SYNONYMS),
        "references": score_references(label, got),
        "answer": score_answer(case, got),
        "relative": score_relative(label, got),
    }
    return {name: v for name in FIELDS if (v := verdicts[name]) is not None}
