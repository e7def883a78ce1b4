"""How a reply names a product: its short name (`short_title`), its brand where the record lists
none (`brand_of`: the catalog brand its title opens with), and an item describer for ranking's
reasons (`item_describer`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from catalog.schema import Product

if TYPE_CHECKING:
    from catalog.store import CatalogStore


def with_title_brand(products: Sequence[Product], brands: Sequence[str]) -> list[Product]:
    """``products`` with each record that lists no brand given the one its title opens with
    (`brand_of`), for answers and comparisons that state the brand."""
    return [
        p if p.brand or not (b := brand_of(p, brands)) else p.model_copy(update={"brand": b})
        for p in products
    ]


def brand_of(product: Product, brands: Sequence[str]) -> str | None:
    """The pick's brand: its record's, else the longest of the catalog's ``brands`` its title
    opens with as whole words ("Benefit Cosmetics Full-Finish Lipstick", filed with no brand:
    Benefit; the exclusion then leaves out such titles too, `Filters.allows_text`); None when
    neither names one ("not that brand" beside it left the same picks on screen; "the third
    one" said 'unknown brand' of "Maybelline the Colossal Volum' Express")."""
    if product.brand:
        return product.brand
    by_name, longest = _brands_by_name(tuple(brands))
    title = product.title.lower()
    opening = [
        by_name[title[:end]]
        for end in range(1, min(len(title), longest) + 1)
        if (end == len(title) or title[end] not in WORD_CHARS) and title[:end] in by_name
    ]
    return max(opening, key=lambda found: (len(found[1]), -found[0]))[1] if opening else None


WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
"""What continues a word: a brand opens a title only where the next character is none of them."""


@lru_cache(maxsize=4)
def _brands_by_name(brands: tuple[str, ...]) -> tuple[dict[str, tuple[int, str]], int]:
    """Each brand by its lower-case name, with its place in ``brands`` (the first spelling of a
    name kept), and the longest name's length: a title's openings are looked up, not matched
    against every brand (thousands) one by one."""
    by_name: dict[str, tuple[int, str]] = {}
    for place, brand in enumerate(brands):
        if brand:
            by_name.setdefault(brand.lower(), (place, brand))
    return by_name, max(map(len, by_name), default=0)


def short_title(product: Product, words: int = 6) -> str:
    """A product's short name: the first ``words`` words of its title ('…' when cut), or its id
    when it has no title. The one way replies, comparisons and ranking reasons name a product."""
    title = product.title.split()
    return " ".join(title[:words]) + ("…" if len(title) > words else "") if title else product.id


def item_describer(store: CatalogStore, *, cached: int = 1024) -> Callable[[str], str]:
    """An ``item id -> short_title`` function over the store, for ranking reasons (``describe=``).

    An id the catalog does not know is named by itself. The last ``cached`` names are kept by the
    returned function (each describer has its own cache, nothing is shared between callers).
    """

    @lru_cache(maxsize=cached)
    def describe(item_id: str) -> str:
        product = store.get_product(item_id)
        return short_title(product) if product is not None else item_id

    return describe
