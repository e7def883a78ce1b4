"""A need for a man or boy (`wording.MEN`: "a gift for my boyfriend", "it's for my husband"):
a women's category goes to the men's branch of the same name, else the men's branch, else the
branch above it (`for_him`, `for_their_sex`: the reader moves a new need for a man or a woman
the same way); a gift for him that names no product type and says no sex searches with "men" too
(`gift_for_him`), and its options are the departments a man's gift is in (`his_departments`).
The search handler calls these.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from assistant.dialogue.context import TurnContext
from assistant.dialogue.needs.wording import FOR_WOMEN, GIFT, TITLE_FOR_MEN, WORD, sex_of
from assistant.dialogue.vocabulary import names_a_type
from catalog.category_paths import within
from catalog.schema import Product
from retrieval.tokenize import stem


def for_him(ctx: TurnContext) -> None:
    """A need for a man or boy (`wording.MEN`: "a gift for my boyfriend", then "cologne")
    whose category is a women's branch goes to the men's branch (`for_their_sex`); unless the
    need itself says who it is for."""
    c, vocabulary = ctx.state.constraints, ctx.parts.vocabulary
    if sex_of(ctx.state.recipient) != "men" or not c.category or " > Women's" not in c.category:
        return
    if FOR_WOMEN.search(c.need):
        return
    c.category = for_their_sex(c.category, "men", vocabulary.categories if vocabulary else ())


SEX_BRANCHES = {"men": " > Men's", "women": " > Women's"}
"""How a catalog names the branches it splits a type into by sex (Fragrance > Men's)."""


def for_their_sex(category: str, sex: str, paths: Sequence[str], *, same_name: bool = True) -> str:
    """``category`` for a person of ``sex`` (`wording.sex_of`: "men" or "women"): their branch
    right under it where it has one (Fragrance: Fragrance > Men's); where it lies in a branch
    for the other sex (`SEX_BRANCHES`), the branch of the same name for theirs
    (Women's > Cologne for a man: Men's > Cologne; not with ``same_name`` False: the need
    did not name it), else their branch (Women's > Body Sprays for a son: Men's, which has
    none), else the branch above (a catalog with no men's branch); ``category`` as it is
    otherwise."""
    own = SEX_BRANCHES.get(sex)
    other = next((b for s, b in SEX_BRANCHES.items() if s != sex), None)
    if own is None or other is None:
        return category
    if own not in category and any(within(p, f"{category}{own}") for p in paths):
        return f"{category}{own}"  # "a perfume for my dad" named Fragrance: Fragrance > Men's
    if other not in category:
        return category
    above, _, rest = category.partition(other)
    for branch in (f"{above}{own}{rest}" if same_name else "", f"{above}{own}"):
        if any(within(p, branch) for p in paths):
            return branch
    return above


def gift_for_him(ctx: TurnContext, query: str, searched: str) -> str:
    """``searched`` with "men" too for a gift for a man or boy (`wording.MEN`) whose need names
    no product type and says no sex ("a birthday gift for my dad, he's 60" split into Makeup,
    Tools & Accessories or Skin Care: makeup titles outnumber those for men); else as it is."""
    return f"{searched} men" if searched and _a_gift_for_him(ctx, query) else searched


def _a_gift_for_him(ctx: TurnContext, query: str) -> bool:
    """Whether the need is a gift for a man or boy (`wording.MEN`) that names no product type
    and says no sex ("a gift for my boyfriend")."""
    said = set(WORD.findall(query.lower()))
    if sex_of(ctx.state.recipient) != "men" or not said & GIFT:
        return False
    if TITLE_FOR_MEN.search(query) or FOR_WOMEN.search(query):
        return False
    return not names_a_type(query, ctx.parts.vocabulary)


HIS_SHARE = 0.05
"""The share of the catalog's titles that name men a department must hold to be one a man's
gift is in (`his_departments`)."""


def his_departments(ctx: TurnContext, query: str, products: list[Product]) -> list[str]:
    """For a gift for him that names no type, the departments a man's gift is in where the
    first matches (``products``) lie, most of them first: those that hold `HIS_SHARE` of the
    catalog's titles that name men ("a gift for my boyfriend" offered Fragrance, Makeup or
    Skin Care: 4 nail items among the first 40 matches, where no title names men); [] for
    another need, or where fewer than two are there (then the matches split the options)."""
    vocabulary = ctx.parts.vocabulary
    if vocabulary is None or not vocabulary.title_counts or not _a_gift_for_him(ctx, query):
        return []
    his: Counter[str] = Counter()
    for path, count in vocabulary.title_counts.get(stem("men"), {}).items():
        his[" > ".join(path.split(" > ")[:2])] += count
    total = sum(his.values())
    there = Counter(" > ".join(p.categories[:2]) for p in products if len(p.categories) > 1)
    kept = [d for d, _ in there.most_common() if total and his[d] >= HIS_SHARE * total]
    return kept[:3] if len(kept) > 1 else []
