"""Adapters from the real retrieval and ranking parts to the dialogue's ports (`Searcher`,
`Scorer`, the catalog vocabulary and the query parser). The interface layer's composition root
(`ui.compose`) builds them from settings."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import KW_ONLY, dataclass
from typing import Any

from assistant.dialogue.clarifying.clarify import (
    FOCUS_DEPTH,
    FOCUS_SHARE,
    FOCUS_SHARE_UNDER,
    focus_branch,
)
from assistant.dialogue.ports import Candidate, QueryParser, Searcher
from assistant.dialogue.product_names import item_describer
from assistant.dialogue.vocabulary import CatalogVocabulary, price_floors
from catalog.schema import Product
from catalog.store import CatalogStore
from core.errors import ShopAssistError
from ranking.ranker import RankedItem
from ranking.state import UserState
from retrieval.filters import Filters
from retrieval.title_words import TitleWords
from retrieval.tokenize import STOP_WORDS, partition_purpose, stem
from retrieval.tokenize import words as tokenize_words


class RetrievalSearcher:
    """The dialogue's Searcher over `retrieval.Retriever` (hybrid dense + BM25, hard filters)."""

    def __init__(self, retriever: Any) -> None:
        self.retriever = retriever

    def search(self, query: str, filters: Filters, k: int) -> list[Candidate]:
        """Hybrid search; hits become candidates with their fused score."""
        hits = self.retriever.search(query, filters, k)
        return [Candidate(h.item_id, float(h.score)) for h in hits]

    def similar(self, item_id: str, filters: Filters, k: int) -> list[Candidate]:
        """Nearest products by embedding."""
        hits = self.retriever.similar(item_id, k, filters)
        return [Candidate(h.item_id, float(h.score)) for h in hits]


@dataclass(eq=False)
class SearchCategoryGuesser:
    """The dialogue's CategoryGuesser: the branch of the category tree most of a need's first
    search results lie in (`clarify.focus_branch`), as a category path. Searched under the
    message's own filters, so the branch holds products that satisfy them (and lies under
    their category, when they name one: then ``under_share`` of them is enough)."""

    searcher: Searcher
    store: CatalogStore
    _: KW_ONLY
    share: float = FOCUS_SHARE
    under_share: float = FOCUS_SHARE_UNDER

    def guess(self, need: str, filters: Filters) -> str | None:
        """The category path of ``need``'s dominant branch among the products that pass
        ``filters``; None when the results disagree below the root, or the need cannot be
        searched."""
        try:
            found = self.searcher.search(need, filters, FOCUS_DEPTH)
        except ShopAssistError:
            return None
        products = self.store.get_products([c.item_id for c in found])
        share = self.under_share if filters.category else self.share
        naming = _naming_all(need, products)
        branch = focus_branch([list(p.categories) for p in naming], share=share)
        if not branch and naming != products:  # too few titles name it all to agree on a
            # branch ("a mascara with a curved brush?": three): the first results decide
            branch = focus_branch([list(p.categories) for p in products], share=share)
        return " > ".join(branch) or None


WHOLE_NEED_TITLES = 3
"""How many of a need's first results must name all its words for the guess to read only them
(under four, `clarify.dominant_prefix` finds no branch in them: the first results guess)."""


def _naming_all(need: str, products: list[Product]) -> list[Product]:
    """``products`` whose titles name every word of ``need`` (of two words or more), when at
    least `WHOLE_NEED_TITLES` do: "setting spray" is guessed among the setting sprays, not the
    hair sprays that fill the first results. Where none of their titles names a word of what
    the need is for (after its first "for"), that purpose steered nothing: the titles naming
    every word of what it is, said before, then its last two ("a light body mist for the gym":
    the body mists, not the body washes beside them). Else ``products``."""
    titles = [{stem(w) for w in tokenize_words(p.title)} for p in products]
    before, found, after = partition_purpose(need.lower())
    head = [stem(w) for w in tokenize_words(before) if w not in STOP_WORDS]
    purpose = {stem(w) for w in tokenize_words(after) if w not in STOP_WORDS}
    tries = [{stem(w) for w in tokenize_words(need) if w not in STOP_WORDS}]
    if found and purpose and not any(purpose & named for named in titles):
        tries += [set(head), set(head[-2:])]
    for said in tries:
        if len(said) < 2:
            continue
        full = [p for p, named in zip(products, titles, strict=True) if said <= named]
        if len(full) >= WHOLE_NEED_TITLES:
            return full
    return products


def catalog_vocabulary(store: CatalogStore) -> CatalogVocabulary:
    """Brands, category paths and title words of the catalog (for off-topic detection).

    Every title is split and stemmed once (`TitleWords`) and the same reading goes to each pass:
    the title words by category, the catalog's words, the two-word kinds, the homeless and
    unsold kinds, the homes of everyday product types and the brands' facts."""
    from assistant.dialogue.category.kinds import (
        ELSEWHERE,
        SAME_AS,
        elsewhere_kinds,
        none_alike,
        title_kinds,
    )
    from assistant.dialogue.category.titled_types import titled_homes
    from retrieval.brand_facts import brand_facts

    listings = store.listings()
    titles = TitleWords((brand, title, levels) for brand, title, levels, _ in listings)
    priced = [(levels, price) for _, _, levels, price in listings if price is not None]
    brands = [b for b, _ in store.brands()]
    paths = store.category_paths()
    title_words, title_counts = _titles_by_word(titles)
    homeless, untitled = elsewhere_kinds(titles, ELSEWHERE, ELSEWHERE)
    unsold = none_alike(untitled)
    untitled -= unsold | frozenset(SAME_AS)  # a chapstick is searched as a lip balm
    return CatalogVocabulary(
        brands=brands,
        categories=[c for c, _ in paths],
        words=_catalog_words(titles, brands),
        category_sizes=[n for _, n in paths],
        kinds=title_kinds(titles),
        homeless=homeless,
        unsold=unsold,
        untitled=untitled,
        title_words=title_words,
        title_counts=title_counts,
        price_floors=price_floors(priced),
        titled_types=titled_homes(titles),
        brand_facts=brand_facts(titles),
        said_singular=_said_singular(titles),
    )


def _titles_by_word(
    titles: TitleWords,
) -> tuple[dict[str, frozenset[str]], dict[str, dict[str, int]]]:
    """Each title word (stemmed) with the category paths whose titles name it, and with how
    many titles name it in each (`CatalogVocabulary.title_words`, ``title_counts``)."""
    title_counts: dict[str, dict[str, int]] = {}
    for title in titles:
        for word in set(title.stems):
            counts = title_counts.setdefault(word, {})
            counts[title.path] = counts.get(title.path, 0) + 1
    return {w: frozenset(counts) for w, counts in title_counts.items()}, title_counts


SINGULAR_TITLES = 50
SINGULAR_SHARE = 15
"""A word is said in the singular (`CatalogVocabulary.said_singular`) where at least
`SINGULAR_TITLES` titles say it so and `SINGULAR_SHARE` times as many as say its plural
("serum" 342 to 7, "lipstick" 107 to 5; not "brush" 494 to 57, "clipper" 21 to 1, "nail" 1069
to 96, nor "salt", "lash" or "roller", which labels and shoppers say in the plural)."""


def _said_singular(titles: TitleWords) -> frozenset[str]:
    """The words titles say in the singular far more often than in the plural (see
    `SINGULAR_TITLES`)."""
    singular: Counter[str] = Counter()
    plural: Counter[str] = Counter()
    for title in titles:
        for word, stemmed in set(zip(title.words, title.stems, strict=True)):
            (singular if word == stemmed else plural)[stemmed] += 1
    return frozenset(
        w for w, n in singular.items() if n >= SINGULAR_TITLES and n >= SINGULAR_SHARE * plural[w]
    )


CATALOG_WORD = re.compile(r"[a-z0-9']+")
"""A word of the catalog's own (`CatalogVocabulary.words`), apostrophes kept ("l'oreal")."""


def _catalog_words(titles: TitleWords, brands: Sequence[str]) -> frozenset[str]:
    """The words (lower case, as written) of the catalog's titles, category levels and brands:
    what a message about the shop's products says (off-topic detection)."""
    found: set[str] = set()
    levels: set[str] = set()
    for title in titles:
        found.update(CATALOG_WORD.findall(title.title.lower()))
        levels.update(title.levels)
    for text in (*levels, *brands):
        found.update(CATALOG_WORD.findall(text.lower()))
    return frozenset(found)


def query_parser(vocabulary: CatalogVocabulary) -> QueryParser:
    """The retrieval query parser bound to the catalog's brands and categories."""
    from retrieval.query import ParsedQuery, parse_query

    def parse(text: str) -> ParsedQuery:
        return parse_query(
            text,
            brands=vocabulary.brands,
            categories=vocabulary.categories,
            category_sizes=vocabulary.category_sizes,
            facts=vocabulary.brand_facts,
        )

    return parse


class RankingScorer:
    """The dialogue's Scorer over the trained `ranking.ranker.Ranker`."""

    def __init__(self, ranker: Any, store: CatalogStore) -> None:
        self.ranker = ranker
        self.store = store
        self._describe = item_describer(store)

    def rank(
        self, shopper: UserState, item_ids: Sequence[str], k: int, *, method: str | None = None
    ) -> list[RankedItem]:
        """Fused personal ranking of the candidates; items already bought or carted are left
        out (unless nothing else is left). ``method`` overrides the ranker's fusion method."""
        owned = set(shopper.history) | set(shopper.carted)
        candidates = [i for i in item_ids if i not in owned] or list(item_ids)
        ranked = self.ranker.rank(
            shopper, candidates, k, exclude_seen=False, describe=self._describe, method=method
        )
        return list(ranked)

    def bought_with(self, item_ids: Sequence[str], k: int) -> list[Candidate]:
        """Frequently bought together, from item-to-item CF."""
        return [
            Candidate(item, float(score)) for item, score in self.ranker.bought_with(item_ids, k)
        ]
