"""A need for a man or boy (`wording.MEN`: "a gift for my boyfriend", "it's for my husband"):
a women's category goes to the men's branch of the same name, or else the branch above it
(`for_him`); a gift for him that names no product type and says no sex searches with "men" too
(`gift_for_him`), and its options are the departments a man's gift is in (`his_departments`).
The search handler calls these.
"""

from __future__ import annotations

from collections import Counter

from assistant.dialogue.context import TurnContext
from assistant.dialogue.vocabulary import names_a_type
from assistant.dialogue.wording import FOR_WOMEN, GIFT, TITLE_FOR_MEN, WORD, sex_of
from catalog.category_paths import within
from catalog.schema import Product
from retrieval.tokenize import stem


def for_him(ctx: TurnContext) -> None:
    """A need for a man or boy (`wording.MEN`: "a gift for my boyfriend", then "cologne")
    whose category is a women's branch goes to the men's branch of the same name, or else to
    the branch above the women's; unless the need itself says who it is for."""
    c, vocabulary = ctx.state.constraints, ctx.parts.vocabulary
    if sex_of(ctx.state.recipient) != "men" or not c.category or " > Women's" not in c.category:
        return
    if FOR_WOMEN.search(c.need):
        return
    mens = c.category.replace(" > Women's", " > Men's")
    paths = vocabulary.categories if vocabulary is not None else ()
    if any(within(p, mens) for p in paths):
        c.category = mens
    else:
        c.category = c.category.split(" > Women's")[0]


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
