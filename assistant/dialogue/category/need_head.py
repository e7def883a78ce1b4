"""What a need is, said before what it is for ("hair oil" of "hair oil for dry hair"), read alone
where the whole need finds no one branch: split off (`split_purpose`, `head_type`), searched
alone (`head_alone`) or under the department its purpose names (`head_in_its_part`), or placed
by the titles that say what it is for (`head_by_titles`); and a guess kept only where titles
back it (`backed`).

Read by `need_category.NeedCategory` and the category readers it asks.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.dialogue.category.named_homes import VAGUE
from assistant.dialogue.category.need_parts import what_it_is_typed, words_of_what_it_is
from assistant.dialogue.category.need_purpose import FOR_A_PART_SHARE, FOR_WHOM, in_titles
from assistant.dialogue.needs.wording import WORD, stems
from assistant.dialogue.ports import CategoryGuesser, QueryParser
from assistant.dialogue.request import Request
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type
from catalog.category_paths import below, within
from retrieval.category_names import split_at_purpose
from retrieval.filters import Filters
from retrieval.tokenize import past_seeking, stem


def split_purpose(need: str) -> tuple[str, str]:
    """``need`` split at what the product is for (`split_at_purpose`), past an opening that
    asks for it ("looking for a powder for oily skin": "a powder", "oily skin"), the words
    before it from the last clause (the story before the need is not what it is); ``(need,
    "")`` when none says it or nothing is said before or after it."""
    split = split_at_purpose(" ".join(past_seeking(need).split()), last_clause=True)
    return split if split is not None and all(split) else (need, "")


def head_type(need: str, vocabulary: CatalogVocabulary | None) -> str | None:
    """The words of ``need`` before what it is for (`split_purpose`: "for", "to", "that",
    "which") when they name a product type by a word of a category's own name: "hair oil"
    of "hair oil for dry hair", "a new pressed powder" of "a new pressed powder to take the
    shine off", read alone where the whole need finds no one branch or one its type does not
    name (what it is for finds products of other types: shampoos "for dry hair", eye makeup
    removers "to take it off"); else None ("something for dry hair", "a gift for my mum":
    nothing said before "for")."""
    before, after = split_purpose(need)
    if not after or not names_a_type(before, vocabulary):
        return None
    return before


def head_in_its_part(
    need: str,
    filters: Filters,
    categories: CategoryGuesser,
    parse: QueryParser | None,
    vocabulary: CatalogVocabulary | None,
) -> str | None:
    """The category search guesses for what the need is (`head_type`) under the department
    the words after its "for" name alone ("a bb cream for light skin": Skin Care, where
    the bb creams' titles found Creams & Moisturizers; the whole need split its results
    over creams and lotions); else None."""
    head = head_type(need, vocabulary)
    if head is None or parse is None:
        return None
    part = parse(split_purpose(need)[1]).category
    if part is None or part.count(" > ") != 1:
        return None
    found = categories.guess(head, replace(filters, category=part))
    return found if found and below(found, part) else None


def head_alone(
    need: str, filters: Filters, categories: CategoryGuesser, vocabulary: CatalogVocabulary | None
) -> str | None:
    """The category search guesses for the words before what the need is for
    (`split_purpose`) where titles there name one of those words (`in_titles`): "tweezers"
    of "tweezers for my brows" (the whole need found lash curlers, none of whose titles
    says either word); else None. Words that say nothing of what it is (`VAGUE`:
    "something", "a gift") find nothing."""
    head, purpose = split_purpose(need)
    if not purpose or not words_of_what_it_is(head) - VAGUE:
        return None
    found = categories.guess(head, filters)
    return in_titles(head, found, vocabulary) if found else None


def head_by_titles(need: str, vocabulary: CatalogVocabulary | None) -> str | None:
    """Of the categories whose own name says the type named before what the need is for
    (`need_parts.what_it_is_typed`: "sponge" of "a sponge for my foundation"), the one where
    the largest share of products have titles naming a word said after it, at least
    `FOR_A_PART_SHARE` and more than any other: 7 of the 29 Puffs, Sponges & Wedges say
    "foundation", none of the 31 Loofahs, Sponges & Poufs (search for the whole need found
    foundations and sponges alike, no one branch). Else None."""
    what = what_it_is_typed(need, vocabulary)
    if (
        what == need
        or vocabulary is None
        or not vocabulary.title_counts
        or len(vocabulary.category_sizes) != len(vocabulary.categories)
    ):
        return None
    types = {stem(w) for w in WORD.findall(what.lower()) if names_a_type(w, vocabulary)}
    purpose = words_of_what_it_is(need.lower().partition(what.lower())[2]) - types
    sizes = dict(zip(vocabulary.categories, vocabulary.category_sizes, strict=True))
    homes = [p for p in vocabulary.categories if types & stems(p.rsplit(" > ", 1)[-1])]
    if not purpose or not homes:
        return None

    def share(home: str) -> float:
        counts = vocabulary.title_counts or {}
        named = max(
            sum(n for p, n in counts.get(w, {}).items() if within(p, home)) for w in purpose
        )
        return named / max(sum(n for p, n in sizes.items() if within(p, home)), 1)

    ranked = sorted(((share(h), h) for h in homes), reverse=True)
    best, home = ranked[0]
    if best < FOR_A_PART_SHARE or (len(ranked) > 1 and ranked[1][0] == best):
        return None
    return home


def backed(
    request: Request,
    category: str,
    filters: Filters,
    categories: CategoryGuesser,
    vocabulary: CatalogVocabulary | None,
) -> str | None:
    """``category``, guessed for a need, where a title under it names one of the need's
    words (`in_titles`); else the category guessed for the need without its words for
    whom, so backed ("razor for men": colognes for men outnumber razors); else the one
    guessed for what it is alone, so backed (`head_alone`: "tweezers for my brows" found
    lash curlers); else None."""
    found = in_titles(request.text, category, vocabulary)
    if found is None and (bare := FOR_WHOM.sub(" ", request.text)) != request.text:
        guessed = categories.guess(bare, filters)
        found = in_titles(bare, guessed, vocabulary) if guessed else None
    return found or head_alone(request.text, filters, categories, vocabulary)
