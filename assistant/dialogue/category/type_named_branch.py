"""The branch of the product type a need names, where search found a branch its type does not
name: "moisturizer for rosacea" under Skin Care found serums for rosacea, and "moisturizer"
alone finds Creams & Moisturizers (`of_the_type_named`); else the category whose own name says
the type where titles name it more (`own_name_says`: "self tanner"); and, where search looked
under the department what the need is for names and found a branch no title of the type lies
in, the type's own home elsewhere (`home_beyond_the_purpose`: "a sharpener that fits my makeup
pencils" is a tool's, not a concealer's).

Read by the first guess and the narrowing of `need_category.NeedCategory`.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.dialogue.category.lifted_constraints import constrained, unconstrained
from assistant.dialogue.category.need_head import head_type
from assistant.dialogue.category.need_purpose import last_type, types_named
from assistant.dialogue.ports import CategoryGuesser
from assistant.dialogue.vocabulary import CatalogVocabulary, path_words
from catalog.category_paths import below, within
from retrieval.filters import Filters
from retrieval.tokenize import stem


def of_the_type_named(
    need: str,
    found: str,
    filters: Filters,
    above: str,
    categories: CategoryGuesser,
    vocabulary: CatalogVocabulary | None,
    *,
    by_name: bool = False,
) -> str:
    """``found`` (a branch under ``above``), unless the need names a product type by a word
    of a category's own name that no level of ``found`` says and those words alone find a
    branch under ``above`` that says one: "moisturizer for rosacea" under Skin Care found
    serums for rosacea, "moisturizer" finds Creams & Moisturizers; else, ``by_name``, the
    category under ``above`` its name says where titles name it more (`own_name_says`)."""
    types = types_named(need, vocabulary)
    if not types or types & path_words(found):
        return found
    said = " ".join(sorted(types))
    tries = [filters, unconstrained(filters)] if constrained(filters) else [filters]
    for allowed in tries:  # then the type whoever makes it and whatever it costs
        alone = categories.guess(said, replace(allowed, category=above))
        if alone and below(alone, above) and types & path_words(alone):
            return alone
    return (own_name_says(types, above, found, vocabulary) if by_name else None) or found


def own_name_says(
    types: frozenset[str], above: str, found: str, vocabulary: CatalogVocabulary | None
) -> str | None:
    """The largest category under ``above`` whose own name says every word of ``types``
    (the singular words that name a product type), where more titles under it name them
    all than under ``found``: "self tanner" names Self-Tanners & Bronzers (116 products)
    and Face > Sunscreens & Self Tanners (22), and search found gradual-tan body lotions;
    not Face > Sunscreens for "sunscreen", whose titles are mostly under Skin Protection.
    Else None."""
    counts = vocabulary.title_counts if vocabulary else None
    if (
        vocabulary is None
        or not counts
        or len(vocabulary.category_sizes) != len(vocabulary.categories)
    ):
        return None
    sizes = dict(zip(vocabulary.categories, vocabulary.category_sizes, strict=True))

    def held(home: str, table: dict[str, int]) -> int:
        return sum(n for p, n in table.items() if within(p, home))

    def titled(home: str) -> int:
        return min(held(home, counts.get(word, {})) for word in types)

    named = [
        (held(p, sizes), p)
        for p in vocabulary.categories
        if below(p, above) and types <= path_words(p.rsplit(" > ", 1)[-1])
    ]
    best = max(named)[1] if named else None
    return best if best and titled(best) > titled(found) else None


def home_beyond_the_purpose(
    need: str, found: str, vocabulary: CatalogVocabulary | None
) -> str | None:
    """The largest category anywhere in the catalog whose own name says the type ``need`` is,
    its last word before what it is for (`need_head.head_type`, `need_purpose.last_type`),
    by `own_name_says` under the store, where ``found`` (the branch search found under the
    department what the need is for names) neither says it nor holds a title naming it: "a
    sharpener that fits both fat and skinny makeup pencils" was searched under Makeup for the
    pencils and found concealers, no title of which says sharpener; the Sharpeners are the
    tools'. Not "a spray for setting my makeup" (the setting sprays under Makeup are titled
    spray), nor a need whose words before its purpose end in no type ("keeps stealing my
    hoodies so i want to get her a perfume") or that says no purpose ("an organic shampoo
    without a ton of chemicals": no hair dye). Else None."""
    head = head_type(need, vocabulary)
    last = last_type(head, vocabulary) if head else None
    titled = vocabulary.title_counts if vocabulary else None
    if last is None or not titled:
        return None
    types = frozenset({stem(last)})
    if types & path_words(found) or any(within(p, found) for p in titled.get(stem(last), {})):
        return None
    store = found.split(" > ")[0]
    return own_name_says(types, store, found, vocabulary)
