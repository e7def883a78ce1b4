"""The product type a need names last, over a category its other words named: English names what
a product is last and what it is like before it ("salicylic acid face wash", "glycolic acid
toner", "peel off face mask"); the query parser read the category an ingredient or a trait names
(Acids & Peels > Salicylic Acid), a sibling of the type's own (Face > Cleansers).

`type_over_its_likes` is read by `category_by_words.named` where the words named a category (and
by `deeper_category.deeper` after it narrows); `type_named_last`, where they named none.
"""

from __future__ import annotations

import re

from assistant.dialogue.category.brand_lines import own_name
from assistant.dialogue.category.form_after_type import form_said_last
from assistant.dialogue.category.named_homes import BRANCH_PARTS, says_part
from assistant.dialogue.category.need_parts import department
from assistant.dialogue.category.several_types import TYPES_JOINED, type_stems
from assistant.dialogue.needs.wording import WORD, stems
from assistant.dialogue.phrases.product_traits import INGREDIENTS
from assistant.dialogue.ports import QueryParser
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type, path_words
from catalog.category_paths import below, within
from retrieval.category_names import GENERIC_HEADS
from retrieval.tokenize import STOP_WORDS, past_seeking, stem

WHEN_USED = r"(?:after|before|during)(?! (?:sun|shave|shaving|care)\b)"
"""When a product is used, said after its type ("a body oil after the shower", "a heat spray
before straightening"): no part of the type ("shower" named Shower Caps); not "after" of an
after-sun or after-shave product ("an after sun lotion")."""
AFTER_THE_TYPE = re.compile(rf"\s(?:with|without|for|to|that|which|from|in|by|{WHEN_USED})\s")
"""What follows the words that name a product type and what it is like ("bb cream with spf",
"lip shimmer in a nude shade"): no part of the type."""
OPENING_JOIN = re.compile(r"^(?:and|or|plus|&|\+)\s+", re.IGNORECASE)
"""A joiner that opens a turn ("and a powder puff", "plus a comb" beside picks): it joins the
need to the picks, not two types in it."""
ADDED = re.compile(rf"\s(?:with|without|for|to|that|which|from|{WHEN_USED})\s")
"""What follows the words of a product type that says what is added to it or what it is for
("cleanser with salicylic acid"), not "in" or "by" ("clip in extensions")."""

AN_INGREDIENT = re.compile(
    r"\b(?:" + "|".join(re.escape(i) for i in sorted(INGREDIENTS, key=len, reverse=True)) + r")\b"
)
"""An ingredient a shopper asks for by name (`INGREDIENTS`), the longest said."""

TYPE_HELD = 0.25
"""The share of a named category's titles that must name the type a need says last for the
category to hold that type itself (`holds_the_type`)."""


def before_what_follows(need: str, after: re.Pattern[str] = AFTER_THE_TYPE) -> str:
    """``need`` (lower case, spaced) up to what follows its type's name (``after``: "with",
    "for", "to"...), past an opening that asks for it (`past_seeking`: its "for" says what is
    sought): "bb cream with spf" and "i'm looking for a bb cream with spf" give " bb cream"."""
    return after.split(f" {past_seeking(need.lower().strip())} ")[0]


def ingredient_as_added(need: str, vocabulary: CatalogVocabulary | None) -> str:
    """``need`` (lower case, spaced) with "with" before each ingredient (`INGREDIENTS`) said
    right after a word that names a product type of its own (`a_type_before_its_form`): "a
    night cream retinol" says "a night cream with retinol", "cleanser salicylic acid" a
    cleanser with it, as a shopper who names the type first adds what is in it; an ingredient
    said first ("retinol night cream") or after a part of the body ("face clay mask") is left
    as said."""
    text = f" {need.lower()} "
    added = []
    last = 0
    for found in AN_INGREDIENT.finditer(text):
        before = WORD.findall(text[: found.start()])
        if before and a_type_before_its_form(before[-1], vocabulary):
            added.append(text[last : found.start()] + "with ")
            last = found.start()
    return "".join(added) + text[last:]


def what_is_said(need: str, after: re.Pattern[str] = AFTER_THE_TYPE) -> list[str]:
    """The words of ``need`` that say what it is and what it is like, before what follows the
    type (``after``), less stop words; empty where several types are joined ("lip gloss
    and mascara")."""
    what = before_what_follows(need, after)
    if TYPES_JOINED.search(OPENING_JOIN.sub("", what.strip())):  # not "and a powder puff"
        return []
    return [w for w in WORD.findall(what) if w not in STOP_WORDS]


def type_over_its_likes(
    need: str,
    stated: str | None,
    parse: QueryParser | None,
    vocabulary: CatalogVocabulary | None,
) -> str | None:
    """The category the need's last words of what it is name (all of them, else the last two,
    else the last one; else the one category of ``stated``'s department whose own name says
    the last word), beside ``stated``, the category its words named, whose own name does not
    say that last word: "salicylic acid face wash" named Salicylic Acid, and "face wash" names
    Face > Cleansers > Washes; "peel off face mask" named Acids & Peels, and "face mask" names
    Masks; "cleanser with salicylic acid" is Skin Care's one Cleansers. A part of the body said
    must be said by that category's path ("lip primer" is no face's Foundation Primer), and a
    last word that names no type of its own names none (`several_types.type_stems`: "acne
    treatment", "a sunscreen not greasy on my body"), nor a form said after a type
    (`form_after_type.form_said_last`: "a conditioner spray" is a conditioner).
    Else None: ``stated`` says the type ("shampoo for dry hair"), holds any type
    (`holds_any_type`: "hair growth serum") or titles naming it (`holds_the_type`: "travel
    bottles"; without titles every category may), or the other lies above it or in another
    department ("volumizing powder for hair" is no face powder)."""
    if parse is None or not stated or vocabulary is None or not vocabulary.title_counts:
        return None  # without the titles, no category is known not to hold the type
    said = what_is_said(ingredient_as_added(need, vocabulary), ADDED)  # "cleanser salicylic acid"
    if not said or not type_stems(said[-1], vocabulary):  # no part of the body: "on my body"
        return None
    if form_said_last(said) and a_type_before_its_form(said[-2], vocabulary):
        return None  # "a conditioner spray": a conditioner that comes as a spray
    head = stem(said[-1])
    if head in path_words(stated) or holds_any_type(stated):
        return None
    if holds_the_type(stated, head, vocabulary):
        return None
    parts = {stem(w) for w in said} & BRANCH_PARTS
    tails = dict.fromkeys((tuple(said), tuple(said[-2:]), tuple(said[-1:])))
    named = [parse(" ".join(tail)).category for tail in tails]
    named.append(_the_one_saying(head, department(stated), vocabulary))
    for home in named:
        if (
            home
            and head in path_words(home)
            and not within(stated, home)
            and department(home) == department(stated)
            and all(says_part(home, part) for part in parts)
        ):
            return home
    return None


def type_named_last(
    need: str,
    stated: str | None,
    parse: QueryParser | None,
    vocabulary: CatalogVocabulary | None,
) -> str | None:
    """The product type (a category below a department) the last words of what the need is
    name alone (the last two, else the last one: English names the type last, what it is
    like before it), where the whole names none (``stated``) and one type is asked for:
    "cream bronzer" (a cream and a bronzer tie; search found the self-tanners) is Makeup's
    Bronzers & Highlighters, "dry skin body wash" (Skin Care's Body and Body Washes tie) a
    Body Wash, "sensitive skin shampoo" a Shampoo. What follows "with", "for", "to" is no
    part of it ("bb cream with spf"), a part of the body said must be said by the type's
    path ("lip shimmer" is no eyes' Glitter & Shimmer), and a word that names no type of
    its own is none (`GENERIC_HEADS`: "hot oil treatment"). A form said last
    (`form_after_type.form_said_last`) says how the type before it comes, which may name a
    department alone: "dry shampoo powder" is Hair Care's (shampoos lie in three of its
    branches), not a face Powder. A department named ("oily skin lotion": Skin Care) is kept.
    Else None."""
    if parse is None or stated:
        return None
    said = what_is_said(need)  # none for several types: "lip gloss and mascara"
    parts = {stem(w) for w in said} & BRANCH_PARTS
    # "dry shampoo powder": a dry shampoo, in Hair Care if no deeper (its form is no face Powder)
    typed = said[:-1] if form_said_last(said) else []
    tails = ((typed[-2:], 1), (typed[-1:], 1), (said[-2:], 2), (said[-1:], 2))
    for tail, levels in tails:
        if (
            not tail
            or len(tail) == len(said)
            or stem(tail[-1]) in GENERIC_HEADS  # "hot oil treatment": no face treatment
            or not names_a_type(tail[-1], vocabulary)
        ):
            continue
        named = parse(" ".join(tail)).category
        if (
            named
            and named.count(" > ") >= levels
            and all(says_part(named, part) for part in parts)  # "lip shimmer": no eyes'
        ):
            return named
    return None


def a_type_before_its_form(word: str, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether ``word``, said right before a form (`form_after_type`), names a product type of
    its own, not a part of the body the form is for ("conditioner" of "a conditioner spray";
    not "body" of "a body lotion" nor "lip" of "a lip oil")."""
    return stem(word) not in BRANCH_PARTS and bool(type_stems(word, vocabulary))


def holds_any_type(path: str) -> bool:
    """Whether a category is named for what its products do by a word that names no type
    (`GENERIC_HEADS`: "Hair Regrowth Treatments" holds serums, shampoos and foams alike)."""
    return bool(stems(path.rsplit(" > ", 1)[-1]) & GENERIC_HEADS)


def holds_the_type(path: str, head: str, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether at least `TYPE_HELD` of the products under ``path`` have titles naming ``head``
    (a stem): "travel bottles" named Refillable Containers, 9 of whose 26 titles say "bottle"."""
    counts = (vocabulary.title_counts or {}) if vocabulary else {}
    paths = vocabulary.categories if vocabulary else ()
    sizes = vocabulary.category_sizes if vocabulary else ()
    if len(sizes) != len(paths):
        return False
    size = sum(n for p, n in zip(paths, sizes, strict=True) if within(p, path))
    titled = sum(n for p, n in counts.get(head, {}).items() if within(p, path))
    return size > 0 and titled >= TYPE_HELD * size


def _the_one_saying(head: str, branch: str, vocabulary: CatalogVocabulary | None) -> str | None:
    """The one category under ``branch`` whose own name says ``head`` (a stem) and that lies
    under no other such category ("cleanser" in Skin Care: Face > Cleansers); else None."""
    paths = vocabulary.categories if vocabulary else ()
    saying = [p for p in paths if below(p, branch) and head in own_name(p)]
    top = [p for p in saying if not any(below(p, q) for q in saying)]
    return top[0] if len(top) == 1 else None
