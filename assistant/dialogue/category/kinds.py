"""Product kinds a need names by accident: "a shampoo for dry hair" is no dry shampoo.

A dry shampoo (a powder spray for hair between washes) is its own kind of product, and the
catalog's titles say so ("Batiste Dry Shampoo"). A shopper who wants a shampoo *for* dry hair
writes the same two words the other way round, and dense search finds the dry shampoos. Where
the need says "<type> for <word> hair" (or scalp) and the catalog's titles often name a
"<word> <type>", that kind is left out of the search: a hard filter on the product text, beside
the ingredients to avoid (`Constraints.not_kinds`). Hair only: "oil for dry skin" may well want
a dry oil.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from types import MappingProxyType

from catalog.category_paths import within
from retrieval.data_files import load_yaml, pattern_writer
from retrieval.title_words import TitleWords, by_first_word, phrases_named, read_titles
from retrieval.tokenize import stem, stemmed, words

_BEFORE_HAIR = (
    r"(?:(?:a|an|the|my|her|his|their|your|our|very|really|super|extra|so|"
    r"el|la|le|les|los|las|il|i|o|os|die|der|das)\s+)*"
)
"""Words between "for" and the hair: English, and the articles the lexicon leaves as written."""
KIND_FOR = re.compile(
    rf"\b([a-z]+) (?:for|do) {_BEFORE_HAIR}"
    r"(?:([a-z]+)\s+(?:hair|scalp)s?|(?:hair|scalp)s?\s+([a-z]+))\b"
)
"""A product type said for a kind of hair ("shampoo for dry hair", "sprays for my fine hair";
Polish "do", left as written: "szampon do suchych włosów", 'shampoo do dry hair'),
or with the kind after the hair, as other languages say it and `retrieval.lexicon` reads them
word by word ("champú para el pelo seco": "shampoo for el hair dry")."""

HAIR_FIRST = re.compile(
    r"\b([a-z]+)\s+(?:hair|scalp)s?\s+"
    r"(?:(?:for|i|want|need|would|like|looking|a|an|some|please)\s+){0,4}([a-z]+)\b"
)
"""A kind of hair said before the product type ("dry hair shampoo"), or before "for" and the
type, as languages that say "for" after its object do and `retrieval.lexicon` reads them word
by word (Turkish "kuru saçlar için şampuan", Hindi "सूखे बालों के लिए शैम्पू": "dry hair for
shampoo"), or before the wish for it, as Thai, Korean and Japanese say it ("ผมแห้ง
อยากได้แชมพู": "dry hair i want shampoo")."""

FOR_BEGINNERS = re.compile(
    r"\b(?:for (?:a |the )?(?:beginners?|first[- ]timers?|newbies?)|beginners?(?:'s)?|"
    r"first[- ]timers?|(?:i'?m|i am|she'?s|he'?s) new to (?:it|this|them|[a-z]+)|"
    r"never (?:used|tried) (?:it|this|them|[a-z]+) before)\b"
)
"""A need for someone starting out ("retinol cream for beginners", "i'm new to retinol")."""

STRONGEST = ("maximum strength", "extra strength", "strongest")
"""Kinds a need for beginners is not (`FOR_BEGINNERS`): the strongest of a type."""

MIN_TITLES = 10
"""How many titles must name a two-word kind before it counts as one ("dry shampoo": 39)."""


def title_kinds(titles: Iterable[str] | TitleWords, min_titles: int = MIN_TITLES) -> frozenset[str]:
    """Two-word phrases (stemmed: "dry shampoo") that at least ``min_titles`` titles name
    (``titles``: as written, or read once for every pass, `TitleWords`)."""
    if not isinstance(titles, TitleWords):
        titles = TitleWords((None, title, ()) for title in titles)
    counts: Counter[str] = Counter()
    for title in titles:
        counts.update(_stem_pairs(title.stems))
    return frozenset(k for k, n in counts.items() if n >= min_titles)


def other_kinds(message: str, kinds: frozenset[str]) -> list[str]:
    """The kinds ``message`` asks for by accident ("shampoo for dry hair", "dry hair shampoo"
    -> ["dry shampoo"]) among the catalog's ``kinds``; none when the message names the kind
    itself."""
    text = " ".join(words(message))
    said = _pairs(text)
    out: list[str] = []
    found = [(m.group(2) or m.group(3), m.group(1)) for m in KIND_FOR.finditer(text)]
    found += [(m.group(1), m.group(2)) for m in HAIR_FIRST.finditer(text)]
    for word, kind_of in found:
        kind = f"{stem(word)} {stem(kind_of)}"
        if kind in kinds and kind not in said and kind not in out:
            out.append(kind)
    return out


def too_strong_for(
    message: str,
    titled: Mapping[str, frozenset[str]] | None = None,
    category: str | None = None,
) -> list[str]:
    """The kinds (`STRONGEST`) a need for beginners (`FOR_BEGINNERS`) is not, unless it names
    them; none for another need. With the catalog's ``titled`` (a title word's stem: the
    categories whose titles say it) and the ``category`` the need names, only kinds whose
    words titles under it say ("a makeup brush set for beginners": no brush is of a strength)."""
    lowered = " ".join(message.lower().split())
    if not FOR_BEGINNERS.search(lowered):
        return []
    said = f" {stemmed(lowered)} "
    kinds = [k for k in STRONGEST if f" {stemmed(k)} " not in said]
    if titled is None or category is None:
        return kinds
    return [
        k
        for k in kinds
        if all(any(within(p, category) for p in titled.get(w, ())) for w in stemmed(k).split())
    ]


def kinds_named(text: str, kinds: frozenset[str]) -> frozenset[str]:
    """The ``kinds`` that ``text`` names itself (its two-word phrases, stemmed, read once)."""
    return kinds & _pairs(text)


def names_kind(text: str, kind: str) -> bool:
    """Whether ``text`` names ``kind`` itself ("a dry shampoo after all")."""
    return kind in _pairs(text)


def _pairs(text: str) -> set[str]:
    """The stemmed two-word phrases of ``text``."""
    return _stem_pairs(stem(w) for w in words(text))


def _stem_pairs(stems: Iterable[str]) -> set[str]:
    """The two-word phrases of ``stems``, one space apart."""
    return {f"{a} {b}" for a, b in pairwise(stems)}


ELSEWHERE = (
    "deodorant", "antiperspirant", "lip balm", "chapstick", "chap stick", "lip salve",
    "beard oil", "beard balm", "beard trimmer", "shaving cream", "shaving foam", "shaving gel",
    "shave cream", "shave gel", "aftershave balm", "after shave balm", "razor", "toothpaste",
    "toothbrush", "mouthwash", "dental floss", "teeth whitening", "whitening strip",
    "gift card", "gift voucher", "gift certificate", "lip scrub", "shaving brush",
    "shave brush", "eyebrow tweezers", "brow tweezers", "jade roller", "gua sha",
)  # fmt: skip
"""Product types a beauty shop's catalog often sells only by accident, under other types'
categories (the label contract's deodorant, lip balm and beard oil; shaving, teeth; brow
tweezers and face rollers, which share a word with nail-art tweezers and hair rollers; not an
aftershave, which may mean a fragrance; gift cards): a need for one has no category of its
own unless the catalog gives it one (`homeless_kinds`)."""

CALLED_FOR_FILE = "called_for.yaml"
"""Problems that call for a product type the need may not name (package data beside the
lexicon, ``retrieval/data/called_for.yaml``): a sunburn had (after-sun care), unless the burns
are to come, each type's problems ("cover a zit": concealer), and the states of the lips or a
beard that a type of `ELSEWHERE` treats ("my lips are always cracked": a lip balm)."""


@dataclass(frozen=True)
class _Problems:
    """The patterns of `CALLED_FOR_FILE`, compiled."""

    burn_had: re.Pattern[str]
    preventing: re.Pattern[str]
    called_for: Mapping[str, re.Pattern[str]]
    treated_by: Mapping[str, re.Pattern[str]]


@cache
def _problems() -> _Problems:
    """`CALLED_FOR_FILE`, read and compiled once, on first use."""
    data = load_yaml(CALLED_FOR_FILE)
    written = pattern_writer(data["parts"])

    def compiled(alternatives: Sequence[str]) -> re.Pattern[str]:
        return re.compile("|".join(written(a) for a in alternatives))

    return _Problems(
        burn_had=compiled(data["after_sun"]["had"]),
        preventing=compiled(data["after_sun"]["preventing"]),
        called_for=MappingProxyType({k: compiled(v) for k, v in data["called_for"].items()}),
        treated_by=MappingProxyType({k: compiled(v) for k, v in data["treated_by"].items()}),
    )


def kind_a_problem_calls_for(text: str) -> tuple[str, re.Match[str]] | None:
    """The product type a problem ``text`` describes calls for (`CALLED_FOR_FILE`: "my dad is
    bald and his head burns in summer": sunscreen), with where it is said; None when it
    describes none (razor burn is no sunburn). A sunburn had calls for after-sun care, unless
    the burns are to come ("keeps getting sunburnt")."""
    lowered = " ".join(text.lower().split())
    if "razor burn" in lowered:
        return None
    problems = _problems()
    if (had := problems.burn_had.search(lowered)) and not problems.preventing.search(lowered):
        return "after sun", had
    for kind, problem in problems.called_for.items():
        if found := problem.search(lowered):
            return kind, found
    return None


NOT_THE_PRODUCT = (" burn ", " bump ")
"""Words after a product type that make it a cause, not the product ("razor burn")."""

HOME_SHARE = 0.5
"""The share of the titles naming a product type that one category below a department must hold
to be that type's home."""
OWN_SHARE = 0.1
"""The share of a category's products whose titles must name a product type for it to be that
type's home: the Beauty catalog files 8 of its 15 razors under body oils (8 of 233 there, 8 of
929 in Skin Care > Body), an accident of the listings, where "a razor" was searched as an oil."""


UNLIKE_ANYTHING = (
    "gift card", "gift voucher", "gift certificate", "toothpaste", "toothbrush", "mouthwash",
    "dental floss", "teeth whitening", "whitening strip", "lip scrub",
)  # fmt: skip
"""Types of `ELSEWHERE` nothing else in a catalog stands in for (a chapstick is a lip balm, a
beard trimmer may be a hair trimmer): where no title names one, the shop does not sell it."""


def homeless_kinds(
    products: Iterable[tuple[str, Sequence[str]]], candidates: Iterable[str] = ELSEWHERE
) -> frozenset[str]:
    """The ``candidates`` (stemmed, as `names_homeless` compares them) this catalog has no home
    for: no category is named by them, and no category below a department holds ``HOME_SHARE``
    of the (at least 5) products whose titles name them (and has `OWN_SHARE` of its own
    products name them: body oils are no home of razors). ``products`` are (title, category
    levels) pairs."""
    return elsewhere_kinds(products, candidates, ())[0]


def elsewhere_kinds(
    products: Iterable[tuple[str, Sequence[str]]] | TitleWords,
    homeless_candidates: Iterable[str] = ELSEWHERE,
    unsold_candidates: Iterable[str] = UNLIKE_ANYTHING,
) -> tuple[frozenset[str], frozenset[str]]:
    """The homeless kinds (`homeless_kinds`) and the unsold ones (`unsold_kinds`) of one catalog,
    in one pass over its (title, category levels) ``products`` (or their titles read once,
    `TitleWords`): each title is stemmed once, each distinct category path read once."""
    titles = read_titles(products)
    homeless = {stemmed(c) for c in homeless_candidates}
    unsold = {stemmed(c) for c in unsold_candidates}
    wanted = by_first_word(homeless | unsold)
    named: set[str] = set()
    homes: dict[str, Counter[tuple[str, ...]]] = {k: Counter() for k in homeless | unsold}
    totals: Counter[str] = Counter()
    for title in titles:
        for kind in phrases_named(title.stems, wanted):
            totals[kind] += 1
            homes[kind][title.levels] += 1
    paths = Counter(title.levels for title in titles)
    for levels in paths:
        for level in levels:
            named |= phrases_named(titles.level_stems(level), wanted)
    sizes = _below_departments(paths)  # products per category below a department
    out = set()
    for kind in homeless:
        if kind in named:
            continue
        n = totals[kind]
        own = (
            count
            for c, count in _below_departments(homes[kind]).items()
            if count >= OWN_SHARE * sizes[c]
        )
        top = max(own, default=0)
        if n < 5 or top / n < HOME_SHARE:
            out.add(kind)
    return frozenset(out), frozenset(k for k in unsold if totals[k] == 0)


def _below_departments(paths: Counter[tuple[str, ...]]) -> Counter[str]:
    """How many of the products counted by their category levels ``paths`` lie in each
    category below a department (three levels deep or more)."""
    counts: Counter[str] = Counter()
    for levels, n in paths.items():
        for depth in range(3, len(levels) + 1):
            counts[" > ".join(levels[:depth])] += n
    return counts


SAME_AS = {"chapstick": "lip balm", "chap stick": "lip balm", "lip salve": "lip balm"}
"""Other names of a type of `ELSEWHERE` that titles name by its usual one ("a chapstick" is a lip
balm: the catalog's titles say "Lip Balm", none "chapstick")."""


def in_usual_names(text: str) -> str:
    """``text`` with each other name of a type (`SAME_AS`) written as its usual one."""
    for said, usual in SAME_AS.items():
        text = re.sub(rf"\b{said}s?\b", usual, text, flags=re.I)
    return text


def unsold_kinds(
    products: Iterable[tuple[str, Sequence[str]]], candidates: Iterable[str] = UNLIKE_ANYTHING
) -> frozenset[str]:
    """The ``candidates`` (stemmed, as `names_homeless` compares them) that no title of the
    (title, category levels) ``products`` names: a need for one is for something the shop does
    not sell ("a gift card")."""
    return elsewhere_kinds(products, (), candidates)[1]


def none_alike(untitled: frozenset[str]) -> frozenset[str]:
    """Of the ``untitled`` kinds (stemmed: no title names them), those nothing else in a catalog
    stands in for (`UNLIKE_ANYTHING`: "gift card"): the shop does not sell them."""
    return untitled & {stemmed(k) for k in UNLIKE_ANYTHING}


USED_WITH = re.compile(r" with (?:a|an|my|the|his|her) ")
"""What joins a use to its tool ("shave with a brush"): the tool for that use (a shave brush)."""
FOR_WHAT = re.compile(r" ([a-z']+) for (?:(?:a|an|my|the|his|her|their|your) )?([a-z']+)(?= )")
"""A type said before what it is for ("tweezers for my eyebrows", "a balm for his beard"): the
kind named the other way round (eyebrow tweezers, beard balm)."""


def names_homeless(text: str, homeless: frozenset[str]) -> str | None:
    """The product type of ``homeless`` that ``text`` names ("a natural deodorant"; "to shave
    with a brush": a shave brush, `USED_WITH`; "tweezers for my eyebrows": eyebrow tweezers,
    `FOR_WHAT`), or None."""
    if not homeless:
        return None
    padded_text = f" {stemmed(text)} "
    variants = {padded_text: True, USED_WITH.sub(" ", padded_text): True}
    # turned round, only a kind of several words: "a serum for razor bumps" names no razor
    variants.setdefault(FOR_WHAT.sub(lambda m: f" {m.group(2)} {m.group(1)}", padded_text), False)
    for padded, one_word in variants.items():
        for kind in sorted(homeless):
            if not one_word and " " not in kind:
                continue
            for found in re.finditer(rf" {re.escape(kind)}(?= )", padded):
                if not padded[found.end() :].startswith(NOT_THE_PRODUCT):  # "razor burn"
                    return kind
    return None


def as_said(text: str, kind: str) -> str:
    """``kind`` (stemmed, as `names_homeless` gives it) in the words ``text`` says it with
    ("eyebrow tweezers", not "eyebrow tweezer"); where they are not side by side, ``kind``
    with its last word as said ("tweezers for my eyebrows": eyebrow tweezers; "shave with a
    brush": shave brush)."""
    said = re.findall(r"[\w'-]+", text)
    wanted = kind.split()
    for at in range(len(said) - len(wanted) + 1):
        run = said[at : at + len(wanted)]
        if [stemmed(w) for w in run] == wanted:
            return " ".join(run).lower()
    last = next((w.lower() for w in said if stemmed(w) == wanted[-1]), wanted[-1])
    return " ".join([*wanted[:-1], last])


@lru_cache(maxsize=8)
def homeless_heads(homeless: frozenset[str], categories: tuple[str, ...]) -> frozenset[str]:
    """The words (stemmed) that head two or more of the ``homeless`` kinds and that no level
    of ``categories`` says ("beard": beard oil, beard balm, beard trimmer; "shave"; not "lip",
    which Lips says; not "gift": gift cards are `UNLIKE_ANYTHING`, no family of products): a
    need about one is for products this catalog files under other types' categories."""
    named = {stem(w) for path in categories for w in words(path)}
    unsold = {stemmed(k) for k in UNLIKE_ANYTHING}
    heads = Counter(k.split()[0] for k in homeless if " " in k and k not in unsold)
    return frozenset(h for h, n in heads.items() if n >= 2 and h not in named)


def about_homeless(text: str, homeless: frozenset[str], categories: Sequence[str]) -> str | None:
    """``text`` less the words of a family of homeless kinds it is about (`homeless_heads`:
    "he has a beard"), or None when it names none."""
    heads = homeless_heads(homeless, tuple(categories))
    said = words(text)
    if not heads or not any(stem(w) in heads for w in said):
        return None
    return " ".join(w for w in said if stem(w) not in heads)


def kind_for_a_state(text: str, homeless: frozenset[str]) -> tuple[str, str] | None:
    """The homeless product type that a state ``text`` describes is for (``treated_by`` of
    `CALLED_FOR_FILE`), where this catalog has no category for it ("my lips are always
    cracked": lip balm), with the rest of ``text`` (to check it names no other type); or None."""
    lowered = " ".join(text.lower().split())
    for kind, state in _problems().treated_by.items():
        if stemmed(kind) in homeless and state.search(lowered):
            return kind, state.sub(" ", lowered)
    return None
