"""A need's category narrowed to the branch under it search finds for the need (`deeper`):
among every brand's products and prices where the constraints leave none, by what it is alone,
by the product line of the brands it names; not into a branch for women or men the shopper did
not choose, nor a cheap sibling its kind's word names ("perfume": no Cologne).

Read by `need_category.NeedCategory.deeper`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from assistant.dialogue.category.brand_category import line_branch
from assistant.dialogue.category.brand_lines import all_in
from assistant.dialogue.category.lifted_constraints import constrained, unconstrained
from assistant.dialogue.category.named_homes import WHOSE
from assistant.dialogue.category.need_head import head_type
from assistant.dialogue.category.need_parts import department, what_it_is
from assistant.dialogue.category.need_purpose import FOR_WHOM
from assistant.dialogue.category.several_types import type_stems
from assistant.dialogue.category.type_named_branch import (
    home_beyond_the_purpose,
    of_the_type_named,
)
from assistant.dialogue.category.type_reach import as_deep_as_its_type
from assistant.dialogue.category.type_said_last import type_over_its_likes
from assistant.dialogue.needs.finish_said import without_an_unsaid_finish
from assistant.dialogue.needs.wording import stems
from assistant.dialogue.ports import CategoryGuesser, QueryParser
from assistant.dialogue.request import Request
from assistant.dialogue.vocabulary import CatalogVocabulary
from catalog.category_paths import below, is_department, within
from retrieval.category_names import CATEGORY_SYNONYMS, GENERIC_HEADS
from retrieval.filters import Filters
from retrieval.tokenize import STOP_WORDS, stem, words


def deeper(
    request: Request,
    category: str | None,
    filters: Filters,
    line: Sequence[str],
    *,
    rounds: int,
    inner: frozenset[str],
    categories: CategoryGuesser,
    parse: QueryParser | None,
    vocabulary: CatalogVocabulary | None,
) -> str | None:
    """``category`` narrowed, up to ``rounds`` times, to the branch under it search finds
    for the need (`branch_found`), where it has sub-categories (``inner``); not into a branch
    for women or men the shopper did not choose ("cologne"), unless every product of the
    brands in ``line`` there lies in it; from a department, where no title in the branch
    found names the type the need is, that type's home elsewhere
    (`type_named_branch.home_beyond_the_purpose`); then no shallower than the type the need
    names (`type_reach.as_deep_as_its_type`), and the type it names last over its likes."""
    start = category
    for _ in range(rounds):
        if not category or category not in inner:
            break
        found = branch_found(request.text, category, filters, line, categories, vocabulary)
        paths = vocabulary.categories if vocabulary else ()
        found = type_its_name_lists(request.text, category, found, paths) or found
        if not found:
            break
        facts = vocabulary.brand_facts if vocabulary else None
        if (
            _by_whom(found, category)
            and not _whom_said(request)
            and not (line and facts and all_in(facts, line, category, _whose(found, category)))
        ):
            break  # "cologne": for women or for men is the shopper's to say
        found = main_beside(request.text, found, vocabulary) or found  # "perfume": no Cologne
        if _by_whom(found, category):  # "kiss him cologne by kiss": a men's cologne, not
            category = _whose(found, category)  # the women's colognes that outnumber them
        category = of_the_type_named(
            request.text, found, filters, category, categories, vocabulary, by_name=True
        )
    if start and category and is_department(start):  # "a sharpener that fits my makeup
        # pencils": under the Makeup the pencils named, concealers; the sharpeners are tools
        category = home_beyond_the_purpose(request.text, category, vocabulary) or category
    if start and category:  # "a sunscreen": Skin Protection, not only its Sports
        types = type_stems(what_it_is(request.text), vocabulary)
        category = as_deep_as_its_type(types, start, category, vocabulary) or category
    # "salicylic acid face wash": search under Face found the acid's peels; a face wash
    return type_over_its_likes(request.text, category, parse, vocabulary) or category


def branch_found(
    need: str,
    category: str,
    filters: Filters,
    line: Sequence[str],
    categories: CategoryGuesser,
    vocabulary: CatalogVocabulary | None,
) -> str | None:
    """The branch under ``category`` search finds for ``need``, without a finish its titles do
    not say (`finish_said.without_an_unsaid_finish`: "a mattifying moisturizer"); among every
    brand's products and prices where the constraints leave none; by what it is, said before
    "for", where the whole need finds none (`need_head.head_type`); by the types it names; by
    the product line of the brands in ``line`` where search finds none
    (`brand_category.line_branch`). Else None."""
    found = categories.guess(need, replace(filters, category=category))
    if bare := without_an_unsaid_finish(need, found, vocabulary):
        # "a mattifying moisturizer": the body lotions, whose titles say no "matte"
        found = categories.guess(bare, replace(filters, category=category))
    if not _under(found, category) and constrained(filters):  # none, or the branch itself
        under = replace(unconstrained(filters), category=category)
        found = categories.guess(need, under)  # the type, whoever makes it
    if not _under(found, category) and (head := head_type(need, vocabulary)):
        # "hair oil for dry hair": what it is for found shampoos, conditioners, sprays
        found = categories.guess(head, replace(filters, category=category))
    if not _under(found, category) and (types := type_stems(what_it_is(need), vocabulary)):
        # "a matte sunscreen": the whole need found no one branch; what it is does
        said = " ".join(sorted(types))
        found = categories.guess(said, replace(filters, category=category))
    if not _under(found, category) and line:
        found = line_branch(need, category, line, vocabulary)  # "studio fix"
    return found if _under(found, category) else None


def twin_in_the_branch_said(need: str, category: str, paths: Sequence[str]) -> str:
    """``category``, a product type whose name other types of its department share under a
    branch of their own (Shampoos; Hair Loss Products > Shampoos), as the one whose branch the
    need names (its own words less `GENERIC_HEADS`: "a shampoo for hair loss"); "a dandruff
    shampoo" stays. Never into a branch for whom ("cologne": the shopper's to say), nor from
    a branch the need names ("an eye cream moisturizer" is no body cream); ``category``
    where no one such branch is named."""
    home = department(category)
    own = category.rsplit(" > ", 1)[-1]
    said = stems(need)
    between = category[len(home) + 3 : -len(own)].split(" > ")
    if ({w for level in between for w in _own_words(level)} - GENERIC_HEADS) & said:
        return category  # "an eye cream moisturizer": the Eyes' Creams, not the body's
    named = [
        p
        for p in paths
        if p != category
        and p.rsplit(" > ", 1)[-1] == own
        and below(p.rsplit(" > ", 1)[0], home)  # a branch of the department's own
        and not any(level.lower() in WHOSE for level in p.split(" > "))
        and (words_of := _own_words(p.rsplit(" > ", 1)[0]) - GENERIC_HEADS)
        and words_of <= said
    ]
    return named[0] if len(named) == 1 else category


def type_its_name_lists(
    need: str, category: str, found: str | None, paths: Sequence[str]
) -> str | None:
    """The sub-category right under ``category`` the need names by its own name, where
    ``category``'s name lists it ("Sunscreens & Self Tanners", "Exfoliators & Scrubs") and
    search found another or none: "a self tanner for my face" found the face's Sunscreens (20
    products to 2), "an exfoliator for my face" its Scrubs. The matcher stops at such a
    branch (the child's name says nothing its parent's does not). None for a department
    (Bath & Body), where no one child is named so, or the one search found is among them."""
    if category.count(" > ") < 2:
        return None  # "bath stuff": Bath & Body, whose Bath is one branch of its kinds
    listed = stems(category.rsplit(" > ", 1)[-1])
    said = stems(need)
    depth = category.count(" > ") + 2
    children = {" > ".join(p.split(" > ")[:depth]) for p in paths if below(p, category)}
    named = [c for c in children if (own := _own_words(c)) and own <= said and own <= listed]
    if len(named) != 1 or (found and within(found, named[0])):
        return None
    return named[0]


def _own_words(path: str) -> frozenset[str]:
    """The stems of the words of ``path``'s own name, less stop words."""
    return frozenset(stem(w) for w in words(path.rsplit(" > ", 1)[-1]) if w not in STOP_WORDS)


def _under(found: str | None, category: str) -> bool:
    """Whether search found a branch below ``category``."""
    return bool(found and below(found, category))


def main_beside(need: str, found: str, vocabulary: CatalogVocabulary | None) -> str | None:
    """The main category beside ``found`` (the one holding most products under its parent),
    where the need names its kind by a shopper's word for a category above
    (`CATEGORY_SYNONYMS`: "perfume" is Fragrance) and ``found``'s own name is another such
    word the need does not say ("Cologne"): search found the cheap colognes whose titles
    say "perfume", the shopper asked for a perfume (Women's > Eau de Parfum; for a man,
    Men's > Eau de Toilette). Else None."""
    if vocabulary is None or len(vocabulary.category_sizes) != len(vocabulary.categories):
        return None
    parent, _, own = found.rpartition(" > ")
    named = {stem(w) for w in words(own)}
    said = {stem(w) for w in words(need)}
    kinds_said = {k for w in said for k in CATEGORY_SYNONYMS.get(w, ())}
    kinds_named = {k for w in named for k in CATEGORY_SYNONYMS.get(w, ())}
    if not parent or named & said or not kinds_said & kinds_named:
        return None
    sizes = zip(vocabulary.category_sizes, vocabulary.categories, strict=True)
    _, main = max(((n, p) for n, p in sizes if below(p, parent)), default=(0, None))
    return main if main != found else None


def _by_whom(deeper: str, category: str) -> bool:
    """Whether ``deeper`` lies in a branch right under ``category`` named for whom (`WHOSE`)."""
    return _whose(deeper, category).rsplit(" > ", 1)[-1].lower() in WHOSE


def _whose(deeper: str, category: str) -> str:
    """The branch right under ``category`` that ``deeper`` lies in."""
    return " > ".join(deeper.split(" > ")[: category.count(" > ") + 2])


def _whom_said(request: Request) -> bool:
    """Whether the turn says whom the need is for: a recipient, or words for whom (`FOR_WHOM`)."""
    return bool(request.attributes.get("for")) or FOR_WHOM.search(request.text) is not None
