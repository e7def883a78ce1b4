"""The category of a need that names brands, read by what those brands sell: the home of the
type among their products (`of_its_line`), the branch of their product line its words name
(`line_branch`), the one kind a brand makes (`kind_named_by_its_brand`: "q-tips"), or the type
the need names over the brand's own largest branch (`brands_type`: "cerave cleanser").

Read by `need_category.NeedCategory`; the brands' facts are `brand_lines`'.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.dialogue.category.brand_lines import (
    branch_of_its_line,
    home_of_its_line,
    kind_of_the_brand,
    own_name,
)
from assistant.dialogue.category.lifted_constraints import unconstrained
from assistant.dialogue.category.need_head import split_purpose
from assistant.dialogue.category.need_parts import what_it_is, words_of_what_it_is
from assistant.dialogue.category.need_purpose import types_named
from assistant.dialogue.category.several_types import type_stems
from assistant.dialogue.needs.brands_said import without_brands
from assistant.dialogue.needs.wording import WORD, stems
from assistant.dialogue.ports import CategoryGuesser
from assistant.dialogue.request import Request
from assistant.dialogue.vocabulary import CatalogVocabulary, path_words
from catalog.category_paths import is_department, within
from retrieval.tokenize import stem


def of_its_line(
    request: Request,
    stated: str | None,
    line: Sequence[str],
    vocabulary: CatalogVocabulary | None,
) -> str | None:
    """``stated``, the category the need's words name, read by the products of the brands
    in ``line`` (`brand_lines.line_brands`): where they have none in it, the home of the
    type among theirs, or None where they sell no such type
    (`brand_lines.home_of_its_line`: "moroccanoil treatment" is a hair treatment, "Axe
    body spray" none of the women's body sprays); where the need names no product type
    and only "skin" named a department ("something by Dove for sensitive skin": soaps and
    body washes are for the skin too), the brands' home in it, else None."""
    facts = vocabulary.brand_facts if vocabulary else None
    if facts is None or stated is None or not line:
        return stated
    bare = without_brands(request.text, request.parsed)
    if is_department(stated) and not type_stems(bare, vocabulary):
        if stems(bare) & own_name(stated) != {"skin"}:
            return stated
        home = facts.home(line)
        return home if home and within(home, stated) else None
    home = home_of_its_line(facts, line, bare, stated)
    if home is None and not type_stems(_before_its_purpose(bare), vocabulary):
        # "a beauty blender thing for foundation": the type named is what it is for
        return kind_of_the_brand(facts, line)
    return home


def _before_its_purpose(need: str) -> str:
    """The words of ``need`` before what it is for (`need_head.split_purpose`); none where it
    opens with its purpose (`need_parts.what_it_is`: "q tips for cleaning up eyeliner
    mistakes", less the brand, says nothing before "for")."""
    before, after = split_purpose(need)
    return before if after else what_it_is(need)


def line_branch(
    need: str, category: str, line: Sequence[str], vocabulary: CatalogVocabulary | None
) -> str | None:
    """The branch under ``category`` of the product line the brands in ``line`` sell by
    the need's words (`brand_lines.branch_of_its_line`), or None."""
    if vocabulary is None or vocabulary.brand_facts is None or not vocabulary.title_counts:
        return None
    said = words_of_what_it_is(need) - {stem(w) for b in line for w in WORD.findall(b.lower())}
    return branch_of_its_line(vocabulary.brand_facts, line, said, category, vocabulary.title_counts)


def kind_named_by_its_brand(request: Request, vocabulary: CatalogVocabulary | None) -> str | None:
    """Where the products of the brand a need names lie, where the brand is of one kind
    (`brand_lines.kind_of_the_brand`) and the need's other words name no product type:
    "q-tips" (Q-Tips' four are cotton swabs; search for the word found no branch); None
    for a house of many kinds or a need that names its type."""
    facts = vocabulary.brand_facts if vocabulary else None
    if facts is None or not request.parsed.brands:
        return None
    if type_stems(without_brands(request.text, request.parsed), vocabulary):
        return None
    return kind_of_the_brand(facts, facts.spellings(request.parsed.brands))


def brands_type(
    request: Request,
    category: str,
    categories: CategoryGuesser,
    vocabulary: CatalogVocabulary | None,
) -> str | None:
    """``category``, guessed for a need among the products of the brands it names, unless
    the need names a product type (by a word of a category's name) that no level of
    ``category`` names: then the category the need without the brands finds among every
    brand's products, if it names that type ("cerave cleanser": the brand's lotions
    outnumber its two cleansers and Lotions was guessed; "cleanser" finds Face Cleansers).
    "olay cream" keeps Night Creams, "cerave products" the brand's own branch."""
    bare = without_brands(request.text, request.parsed)
    types = types_named(bare, vocabulary)
    if not types or types & path_words(category):
        return category
    filters = unconstrained(request.filters())
    found = categories.guess(bare, filters)
    return found if found and types & path_words(found) else category
