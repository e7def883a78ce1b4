"""`Retriever`: hybrid dense + BM25 product search with hard filters, and "more like this"."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, get_args

from retrieval.errors import EmptyQueryError, RetrievalError, UnknownBrandError
from retrieval.filters import Filters, brand_key
from retrieval.fusion import rrf, weighted
from retrieval.index import ProductIndex
from retrieval.keyword import KeywordIndex
from retrieval.tokenize import tokenize, words

if TYPE_CHECKING:
    from catalog.store import CatalogStore

logger = logging.getLogger(__name__)

MAX_QUERY_CHARS = 1_000
DEFAULT_WEIGHTS = {
    "rrf": {"dense": 1.0, "bm25": 0.0},
    "weighted": {"dense": 1.0, "bm25": 0.0},
}
"""Fusion weights for queries that name no catalog brand: the dense ranking alone (BM25 still
annotates the hits with its scores). See docs/RETRIEVAL.md, "How the fusion was chosen"."""
BRAND_WEIGHTS = {"dense": 1.0, "bm25": 1.0}
"""Fusion weights for queries that name a distinctive catalog brand: exact words matter there."""
MAX_K = 1_000
Mode = Literal["hybrid", "dense", "bm25"]
Fusion = Literal["rrf", "weighted"]
TextSource = Callable[[Sequence[str]], Mapping[str, str]]
"""Item ids -> their catalog text (title, brand, category, description, details)."""


def catalog_texts(store: CatalogStore) -> TextSource:
    """The catalog text of items, read from ``store`` (for the ``avoid`` post-filter)."""
    from retrieval.text import product_text

    def texts(item_ids: Sequence[str]) -> dict[str, str]:
        return {p.id: product_text(p) for p in store.get_products(list(item_ids))}

    return texts


@dataclass(frozen=True)
class Hit:
    """One search result.

    Attributes:
        item_id: the product id.
        score: the final score (fused for hybrid; cosine for dense; BM25 for bm25).
        source: where it was found: "dense", "bm25" or "dense+bm25".
        scores: per-source scores ("dense": cosine similarity, "bm25": BM25 score, and their
            1-based ranks "dense_rank", "bm25_rank"), for explanations.
    """

    item_id: str
    score: float
    source: str
    scores: dict[str, float] = field(default_factory=dict)


def _check_choice(value: str, choices: Any, field_name: str) -> None:
    """RetrievalError unless ``value`` is one of the ``Literal`` type ``choices``' values."""
    allowed = get_args(choices)
    if value not in allowed:
        listed = f"{', '.join(allowed[:-1])} or {allowed[-1]}"
        raise RetrievalError(f"{field_name}: expected {listed}, got {value!r}")


def check_query(query: str) -> str:
    """The query, stripped, or a clear error when there is nothing to search for.

    Raises:
        RetrievalError: not a string or longer than 1,000 characters.
        EmptyQueryError: empty, only punctuation/emoji, or only stop words.
    """
    if not isinstance(query, str):
        raise RetrievalError(f"query: expected text, got {type(query).__name__}")
    text = " ".join(query.split())
    if len(text) > MAX_QUERY_CHARS:
        raise RetrievalError(
            f"query is {len(text):,} characters long: expected at most {MAX_QUERY_CHARS:,}; "
            "describe the product in a sentence or two"
        )
    if not text:
        raise EmptyQueryError("query is empty: expected a few words describing a product")
    if not words(text):
        raise EmptyQueryError(
            f"query {text!r} has no words (only punctuation or emoji): expected a few words "
            "describing a product"
        )
    if not tokenize(text):
        raise EmptyQueryError(
            f"query {text!r} has only common words: expected a word that describes a product, "
            "such as 'shampoo' or 'red lipstick'"
        )
    return text


class Retriever:
    """Hybrid product search.

    Args:
        index: the Chroma product index (also encodes queries with its embedder).
        keyword: the BM25 index over the same texts.
        mode: "hybrid" (default), "dense" or "bm25".
        fusion: "rrf" (reciprocal-rank fusion, default) or "weighted" (normalised score blend).
        rrf_k: the RRF constant.
        weights: per-source weights for queries naming no brand; default `DEFAULT_WEIGHTS` of
            the fusion (dense 1.0, BM25 0: the dense ranking; a source weighted 0 only annotates
            the hits).
        brand_weights: per-source weights for queries that name a catalog brand (default
            `BRAND_WEIGHTS`: equal); None in both means the defaults.
        depth: candidates taken from each source per hit asked (at least 50 in all).
        texts: the catalog text of items (`catalog_texts`), read to honour ``Filters.avoid``;
            without it a search with ``avoid`` fails rather than ignore it.
    """

    def __init__(
        self,
        index: ProductIndex,
        keyword: KeywordIndex,
        *,
        mode: Mode = "hybrid",
        fusion: Fusion = "rrf",
        rrf_k: float = 60.0,
        weights: Mapping[str, float] | None = None,
        brand_weights: Mapping[str, float] | None = None,
        depth: int = 5,
        texts: TextSource | None = None,
    ) -> None:
        _check_choice(mode, Mode, "mode")
        _check_choice(fusion, Fusion, "fusion")
        self.index = index
        self.keyword = keyword
        self.mode = mode
        self.fusion = fusion
        self.rrf_k = rrf_k
        self.weights = dict(weights or DEFAULT_WEIGHTS[fusion])
        self.brand_weights = dict(brand_weights or weights or BRAND_WEIGHTS)
        self._brand_matcher: Any = None
        self._distinctive_brands: set[str] | None = None
        self._names_brand: dict[str, bool] = {}
        self._brands_of: str | None = None
        self.depth = depth
        self.texts = texts

    def known_brands(self) -> dict[str, str]:
        """brand key -> brand name of every indexed product's brand."""
        return self.keyword.brand_names()

    def _distinctive(self, brand: str, counts: dict[str, int]) -> bool:
        """Whether a brand's rarest word mostly occurs in that brand's own products.

        "Maybelline" appears almost only in Maybelline products; "Hydrate", "Tone" or "Summers
        Labs" are brands too, but their words appear in many other products' titles, so a query
        using them describes a need rather than naming the brand.
        """
        own = counts.get(brand_key(brand), 0)
        tokens = tokenize(brand)
        if not tokens:
            return False
        rarest = min(self.keyword.document_frequency(t) for t in tokens)
        return rarest <= max(3 * own, own + 5)

    def names_brand(self, text: str) -> bool:
        """Whether the query names a catalog brand (exact words or a near spelling) whose name
        is distinctive (not an everyday word that many other products use)."""
        _ = self.keyword.table  # loaded, so its fingerprint is known
        if self._brands_of != self.keyword.fingerprint:  # the catalog changed: start again
            self._brand_matcher = self._distinctive_brands = None
            self._names_brand.clear()
        known = self._names_brand.get(text)
        if known is not None:
            return known
        if self._brand_matcher is None or self._distinctive_brands is None:
            from retrieval.brand_names import BrandMatcher

            self._brands_of = self.keyword.fingerprint
            brands = list(self.known_brands().values())
            counts = self.keyword.brand_counts()
            self._brand_matcher = BrandMatcher(brands, set())
            self._distinctive_brands = {b for b in brands if self._distinctive(b, counts)}
        tokens = words(text)
        found = False
        for i in range(len(tokens)):
            brands, _ = self._brand_matcher.find_at_start(tokens[i:], negated=False)
            if any(b in self._distinctive_brands for b in brands):
                found = True
                break
        if len(self._names_brand) >= 4096:
            self._names_brand.clear()
        self._names_brand[text] = found
        return found

    def _check_brands(self, filters: Filters) -> None:
        known = self.known_brands()
        unknown = [b for b in filters.brands if brand_key(b) not in known]
        if unknown:
            from rapidfuzz import process

            hints = {
                b: [known[m[0]] for m in process.extract(brand_key(b), list(known), limit=3)]
                for b in unknown
            }
            hint = "; ".join(f"{b!r} (closest: {', '.join(h)})" for b, h in hints.items())
            raise UnknownBrandError(
                f"brands: expected brands of the catalog, got unknown {hint}; "
                "check the spelling or drop the brand filter"
            )

    @staticmethod
    def _k(k: int) -> int:
        if not isinstance(k, int) or isinstance(k, bool) or not 1 <= k <= MAX_K:
            raise RetrievalError(f"k: expected a whole number from 1 to {MAX_K}, got {k!r}")
        return k

    def search(self, query: str, filters: Filters | None = None, k: int = 10) -> list[Hit]:
        """The best ``k`` products for ``query`` among those passing ``filters``.

        Args:
            query: the shopper's words (constraints already parsed out, or not).
            filters: hard filters, applied inside both searches.
            k: how many hits.

        Returns:
            Hits, best first; fewer than ``k`` (or none) when the filters leave fewer.

        Raises:
            EmptyQueryError: nothing to search for (empty, only stop words, only emoji).
            UnknownBrandError: a brand filter names a brand the catalog lacks.
            RetrievalError: a too-long query, a bad ``k``, or an index that is not built.
        """
        text = check_query(query)
        k = self._k(k)
        filters = filters or Filters()
        self._check_brands(filters)
        depth = max(k * self.depth, 50)
        rankings: dict[str, list[tuple[str, float]]] = {}
        if self.mode in ("hybrid", "dense"):
            vector = self.index.embedder.encode_query(text)
            rankings["dense"] = self.index.query(vector, depth, filters)
        if self.mode in ("hybrid", "bm25"):
            rankings["bm25"] = self.keyword.search(text, depth, filters)
        if self.mode == "hybrid":
            w = self.brand_weights if self.names_brand(text) else self.weights
            # a source with weight 0 only annotates the hits (its scores and ranks)
            voting = {s: r for s, r in rankings.items() if w.get(s, 1.0) > 0}
            fused = (
                rrf(voting, k=self.rrf_k, weights=w)
                if self.fusion == "rrf"
                else weighted(voting, weights=w)
            )
        else:
            fused = rankings[self.mode]
        fused = self._without_avoided(fused, filters, k)
        positions = {
            source: {item: (rank, s) for rank, (item, s) in enumerate(ranking, start=1)}
            for source, ranking in rankings.items()
        }
        return [self._hit(item, score, positions) for item, score in fused[:k]]

    def _without_avoided(
        self, ranked: list[tuple[str, float]], filters: Filters, k: int
    ) -> list[tuple[str, float]]:
        """``ranked`` less the items whose catalog text names an avoided item, or opens with
        an excluded brand where the record has none (`Filters.allows_text`; post-filter: no
        index can express it). The ids and texts are read in pages until ``k`` are kept."""
        if not filters.avoid and not (filters.exclude_brands and self.texts is not None):
            return ranked
        if self.texts is None:
            raise RetrievalError(
                "avoid: expected a retriever that can read product texts, got none; build it "
                "with make_retriever(store, index, texts=catalog_texts(store))"
            )
        kept: list[tuple[str, float]] = []
        page = max(2 * k, 50)
        for start in range(0, len(ranked), page):
            chunk = ranked[start : start + page]
            texts = self.texts([item for item, _ in chunk])
            kept.extend(
                (item, score) for item, score in chunk if filters.allows_text(texts.get(item, ""))
            )
            if len(kept) >= k:
                break
        return kept

    @staticmethod
    def _hit(item: str, score: float, positions: dict[str, dict[str, tuple[int, float]]]) -> Hit:
        scores: dict[str, float] = {}
        sources = []
        for source, where in positions.items():
            found = where.get(item)
            if found is not None:
                scores[source] = found[1]
                scores[f"{source}_rank"] = float(found[0])
                sources.append(source)
        return Hit(item, float(score), "+".join(sources), scores)

    def similar(self, item_id: str, k: int = 10, filters: Filters | None = None) -> list[Hit]:
        """Products nearest to ``item_id`` by embedding (the item itself left out).

        Raises:
            RetrievalError: the item is not in the index, or a bad ``k``.
        """
        k = self._k(k)
        filters = filters or Filters()
        self._check_brands(filters)
        vectors = self.index.vectors([item_id])
        if item_id not in vectors:
            raise RetrievalError(
                f"item_id: expected a product in the index, got {item_id!r}; check the id or "
                "run `shopassist index update` after importing it"
            )
        depth = k + 1 if not filters.avoid else max(5 * (k + 1), 50)
        found = self._without_avoided(
            self.index.query(vectors[item_id], depth, filters), filters, k + 1
        )
        hits = [
            Hit(pid, s, "dense", {"dense": s, "dense_rank": float(r)})
            for r, (pid, s) in enumerate(found, start=1)
            if pid != item_id
        ]
        return hits[:k]
