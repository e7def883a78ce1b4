"""A need named by a brand's product line ("moroccanoil treatment", "kiss him cologne by kiss",
"a cheap dupe for MAC Studio Fix"): where the words alone name a category the brand has
nothing in, or one too wide to search, the brand's own products say what type it is.

`line_brands` says whose products those are; `home_of_its_line`, `branch_of_its_line` and
`all_in` read them from `retrieval.brand_facts.BrandFacts` (where each brand's products are
filed) and the catalog's title words. `need_category.NeedCategory` asks them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from assistant.dialogue.needs.wording import stems
from assistant.dialogue.request import Request
from catalog.category_paths import below, shared_branch, within
from retrieval.brand_facts import DEPARTMENT, SEPARATOR, BrandFacts
from retrieval.query import DUPE_SAID

LEVEL_WORDS_NO_TYPE = frozenset({"and", "care"})
"""Words of a category's own name that say no product type ("Skin Care", "Bath & Body")."""

ONE_KIND_SHARE = 0.8
"""The share of a brand's products in one branch below a department that makes the brand name
a kind of product (BeautyBlender 8 of 9 in Makeup Brushes & Tools, OPI 89% in Nails), not a
house of many (Olay 66% in Face care, Maybelline 47% in Eyes)."""


def line_brands(request: Request, said: str, facts: BrandFacts | None) -> list[str]:
    """The brands (every spelling of their houses) whose products say what the need is: those
    it wants, else those it rules out as the original of a dupe (`retrieval.query.DUPE_SAID`
    in ``said``, the message as written: "a dupe for moroccanoil treatment"); none else ("a
    face treatment, no moroccanoil": the face's)."""
    parsed = request.parsed
    brands = list(parsed.brands)
    if not brands and parsed.exclude_brands and DUPE_SAID.search(said.lower()):
        brands = list(parsed.exclude_brands)
    return facts.spellings(brands) if facts is not None and brands else brands


def own_name(path: str) -> set[str]:
    """The stems of a category's own name (its last level) that may say a product type."""
    return stems(path.rsplit(" > ", 1)[-1]) - LEVEL_WORDS_NO_TYPE


def home_of_its_line(
    facts: BrandFacts, brands: Sequence[str], need: str, stated: str
) -> str | None:
    """Where ``brands``' products of the type the need's words named ``stated`` by lie, when
    ``stated`` holds none of them: their categories whose own name says every word of
    ``stated``'s own name the need says ("treatment" named the face's Treatments & Masks;
    Moroccanoil's are its Hair & Scalp Treatments), the branch those share below a
    department, else the one holding most of them; where none says them and no branch near
    ``stated`` holds the brands' products (`BrandFacts.nearest`), None: they sell no such type
    (AXE has no body spray); else, and where ``stated`` holds some, ``stated`` (search widens
    to the nearest branch and says so: "Simple has nothing in Gels")."""
    filed = facts.filed_of(brands)
    if not filed or any(within(p, stated) for p in filed):
        return stated
    said = own_name(stated) & stems(need)
    if not said:
        return stated
    homes = {p: n for p, n in filed.items() if said <= own_name(p)}
    if not homes:
        return stated if facts.nearest(brands, stated) else None
    shared = shared_branch(list(homes))
    return shared if shared.count(" > ") >= 2 else max(homes, key=homes.__getitem__)


def branch_of_its_line(
    facts: BrandFacts,
    brands: Sequence[str],
    need_words: set[str],
    category: str,
    title_counts: Mapping[str, Mapping[str, int]],
) -> str | None:
    """The branch right under ``category`` holding ``brands``' products whose titles (every
    brand's, `CatalogVocabulary.title_counts`) name ``need_words`` (stems) most often, strictly
    more than any other such branch: "studio fix" under Makeup > Face is M.A.C's Foundation,
    not its Blush (search among every brand's face makeup found no one branch). None where
    the brands have nothing under ``category`` or no branch leads."""
    depth = category.count(" > ") + 2
    branches = {
        " > ".join(p.split(" > ")[:depth]) for p in facts.filed_of(brands) if below(p, category)
    }

    def titled(branch: str) -> int:
        return sum(
            n for w in need_words for p, n in title_counts.get(w, {}).items() if within(p, branch)
        )

    ranked = sorted(((titled(b), b) for b in branches), reverse=True)
    if not ranked or ranked[0][0] == 0 or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    return ranked[0][1]


def all_in(facts: BrandFacts, brands: Sequence[str], category: str, branch: str) -> bool:
    """Whether ``brands`` have products under ``category`` and every one lies under ``branch``
    ("kiss him cologne by kiss": Kiss's one fragrance is a men's cologne, so the brand, not the
    shopper, says it is for men)."""
    under = [p for p in facts.filed_of(brands) if within(p, category)]
    return bool(under) and all(within(p, branch) for p in under)


def of_one_kind(brands: Sequence[str], facts: BrandFacts) -> bool:
    """Whether `ONE_KIND_SHARE` of ``brands``' products or more lie in one branch below a
    department ("the real beautyblender": makeup tools; "china glaze": nails): the brand says
    what kind of product it is."""
    filed = facts.filed_of(brands)
    branches: Counter[str] = Counter()
    for path, n in filed.items():
        levels = path.split(SEPARATOR)
        if len(levels) > DEPARTMENT:
            branches[SEPARATOR.join(levels[: DEPARTMENT + 1])] += n
    total = sum(filed.values())
    return bool(total) and max(branches.values(), default=0) >= ONE_KIND_SHARE * total


def kind_of_the_brand(facts: BrandFacts, brands: Sequence[str]) -> str | None:
    """Where the products of ``brands`` of one kind (`of_one_kind`) lie (`BrandFacts.home`): the
    type a shopper names by the brand alone ("q-tips", "a beautyblender"); None for a house of
    many kinds ("revlon")."""
    return facts.home(brands) if of_one_kind(brands, facts) else None
