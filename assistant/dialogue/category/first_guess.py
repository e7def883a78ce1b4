"""The category search guesses for a new need whose words name none (`first_guess`), in the order
of its readings: beside picks, the type named nearest them; else search, by the need, by what it
is without its brands, under the department its purpose names, by the titles that say its
purpose, by what it is alone; then, with no picks on screen, the branch a part of the body or a
spot of the face names (`part_named`, `skin_spot`), where its purpose places it, where most
titles naming its type lie (`most_titled_home`); the type it names over what search found; a
brand's type; what it is whoever makes it; the one kind its brand makes.

Read by `need_category.NeedCategory.first_guess`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.dialogue.category.brand_category import brands_type, kind_named_by_its_brand
from assistant.dialogue.category.lifted_constraints import constrained, unconstrained
from assistant.dialogue.category.named_homes import BRANCH_PARTS, NamedHomes
from assistant.dialogue.category.need_head import (
    head_alone,
    head_by_titles,
    head_in_its_part,
    head_type,
    split_purpose,
)
from assistant.dialogue.category.need_parts import department
from assistant.dialogue.category.need_purpose import NeedPurpose
from assistant.dialogue.category.titled_types import type_home
from assistant.dialogue.category.type_named_branch import of_the_type_named
from assistant.dialogue.handlers.bundle_type import type_near
from assistant.dialogue.needs.brands_said import without_brands
from assistant.dialogue.needs.wording import BODY_PARTS, stems
from assistant.dialogue.phrases.shopper_states import SKIN_SPOTS, on_a_skin_spot
from assistant.dialogue.ports import CategoryGuesser, QueryParser
from assistant.dialogue.request import Request
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type, path_words, plain_words
from catalog.category_paths import within
from retrieval.filters import Filters
from retrieval.tokenize import stem


def first_guess(
    request: Request,
    filters: Filters,
    shown: str | None,
    *,
    inner: frozenset[str],
    leaf_types: frozenset[str],
    categories: CategoryGuesser,
    parse: QueryParser | None,
    vocabulary: CatalogVocabulary | None,
) -> str | None:
    """The category search guesses for a need whose words name none: beside picks of
    ``shown``, the type named nearest to it ("a mask too" beside shampoos: for hair); for a
    brand's need, the type it names ("cerave cleanser"); where the constraints leave none,
    what the need is whoever makes it and whatever it costs."""
    category = _searched(request, filters, shown, categories, parse, vocabulary)
    if not shown:  # beside picks, the type named nearest them decides ("a mask too")
        category = part_named(request.text, category, inner, parse, vocabulary) or category
        homes = NamedHomes(parse, vocabulary)  # "soap for my face": Face's
        category = homes.part_said_for(request.text, category) or category
        category = skin_spot(request.text, category, parse, vocabulary) or category
        purpose = NeedPurpose(categories, parse, vocabulary)
        category = purpose.on_the_face(request, category, filters) or category
    if category is None and not shown:  # "hydrating serum": most serums' titles, Face's
        category = most_titled_home(request.text, leaf_types, vocabulary)
    if category is None and not shown:  # "nails break all the time": the concern's search
        category = NeedPurpose(categories, parse, vocabulary).of_the_concern(request.text, filters)
    if category and not shown and (head := head_type(request.text, vocabulary)):
        # "primer for oily skin": what it is for found moisturizers; the primers say it
        above = purpose_department(request.text, category, parse) or category.split(" > ")[0]
        category = of_the_type_named(head, category, filters, above, categories, vocabulary)
    if category and filters.brands:  # "cerave cleanser": not the brand's lotions
        category = brands_type(request, category, categories, vocabulary)
    if category is None and constrained(filters):
        # a dupe of an excluded brand's product, a brand or a price that few products
        # of the type meet: what the need is, whoever makes it and whatever it costs
        category = categories.guess(request.text, unconstrained(filters))
    if category is None and not shown:  # "q-tips": the brand names what it is
        category = kind_named_by_its_brand(request, vocabulary)
    return category


def purpose_department(need: str, category: str, parse: QueryParser | None) -> str | None:
    """The department the words after what the need is (`need_head.split_purpose`) name,
    where ``category`` lies in it and they name it by more than the skin (every department's):
    "spray for setting my makeup" is a spray of Makeup's, searched there alone (the spray
    alone found Hair Sprays); not "primer for oily skin" (its Skin Care is the skin's). Else
    None."""
    purpose = split_purpose(need)[1]
    if not purpose or parse is None or stems(purpose) & BODY_PARTS == {"skin"}:
        return None
    named = parse(purpose).category
    if not named or not within(category, department(named)):
        return None
    return department(named)


def _searched(
    request: Request,
    filters: Filters,
    shown: str | None,
    categories: CategoryGuesser,
    parse: QueryParser | None,
    vocabulary: CatalogVocabulary | None,
) -> str | None:
    """The category search finds for the need: beside picks of ``shown``, the type named
    nearest them; else the whole need; the need without its brands' names; with no picks on
    screen, what it is under the department its purpose names, by the titles that say its
    purpose, or alone (`need_head`)."""
    category = None
    if shown and names_a_type(request.text, vocabulary):  # "a mask too": for hair
        # "a sponge for my foundation" beside lipsticks: makeup sponges, not foundations
        near = type_near(request.text, shown, categories, vocabulary)
        category = head_by_titles(request.text, vocabulary) or near
    category = category or categories.guess(request.text, filters)
    if category is None and filters.brands:  # "dermalogica cleanser": the brand's name
        # found every one of its products; what it is finds its cleansers
        bare = without_brands(request.text, request.parsed)
        category = categories.guess(bare, filters) if bare.strip() else None
    if category is None and not shown:  # "a bb cream for light skin": a cream, in Skin Care
        category = head_in_its_part(request.text, filters, categories, parse, vocabulary)
    if category is None and not shown:  # "a sponge for my foundation": makeup sponges
        category = head_by_titles(request.text, vocabulary)
    if category is None and not shown:  # "a pumice for my feet": the feet found no branch
        category = head_alone(request.text, filters, categories, vocabulary)
    return category


def part_named(
    need: str,
    category: str | None,
    inner: frozenset[str],
    parse: QueryParser | None,
    vocabulary: CatalogVocabulary | None,
) -> str | None:
    """The branch a part of the body that ``need`` names (`BRANCH_PARTS`) is on its own (the
    query parser's category for the word, below a department and with categories under it,
    ``inner``: "lip" names Makeup > Lips) beside a product type (a word of a category's name:
    "oil"), where search guessed ``category`` outside it and no level of ``category`` says the
    word: "lip oil" (none in the catalog) was guessed Body > Moisturizers > Oils, castor
    oils; else None."""
    if category is None or parse is None:
        return None
    for word in sorted(plain_words(need) & BRANCH_PARTS):
        branch = parse(word).category
        if (
            branch
            and branch.count(" > ") >= 2
            and branch in inner
            and not within(category, branch)
            and stem(word) not in path_words(category)
            and names_a_type(" ".join(plain_words(need) - {word}), vocabulary)
        ):
            return branch
    return None


def skin_spot(
    need: str,
    category: str | None,
    parse: QueryParser | None,
    vocabulary: CatalogVocabulary | None,
) -> str | None:
    """The branch of Skin Care a spot of the face (`SKIN_SPOTS`) a need that names no
    product type is about lies in ("fine lines on my forehead": Face, guessed Skin Care;
    "my t-zone is so oily": Face, none guessed), where search guessed ``category``
    outside it; else None. The branch is the query parser's for the part's skin ("face
    skin": Skin Care > Face)."""
    if parse is None or names_a_type(need, vocabulary):
        return None
    lowered = " ".join(need.lower().split())
    said = [p for p in SKIN_SPOTS if re.search(on_a_skin_spot(p), lowered)]
    if len(said) != 1:
        return None
    branch = parse(f"{said[0]} skin").category
    if branch is None or (category is not None and within(category, branch)):
        return None
    return branch


def most_titled_home(
    need: str, leaf_types: frozenset[str], vocabulary: CatalogVocabulary | None
) -> str | None:
    """Where most titles naming the one product type ``need`` names (of ``leaf_types``) lie,
    where search guessed nothing (`titled_types.type_home`)."""
    counts: Mapping[str, Mapping[str, int]] | None = vocabulary.title_counts if vocabulary else None
    if not counts:
        return None
    return type_home(need, leaf_types, counts)
