"""Build the assistant from settings: adapters from the real retrieval, ranking and copy parts
to the dialogue's ports, and one `build_assistant` factory used by the CLI, the API and the UI."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from assistant.conversation import Conversation
from assistant.dialogue.context import Components
from assistant.dialogue.facts import item_describer
from assistant.dialogue.ports import Candidate, Ranked
from assistant.dialogue.understanding import CatalogVocabulary, QueryParser
from catalog.store import CatalogStore
from core.settings import Settings
from ranking.state import UserState
from retrieval.filters import Filters

logger = logging.getLogger(__name__)


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


def catalog_vocabulary(store: CatalogStore) -> CatalogVocabulary:
    """Brands, category paths and title words of the catalog (for off-topic detection)."""
    import re

    words: set[str] = set()
    for product in store.iter_products():
        words.update(re.findall(r"[a-z0-9']+", product.title.lower()))
        for part in product.categories:
            words.update(re.findall(r"[a-z0-9']+", part.lower()))
    brands = [b for b, _ in store.brands()]
    for brand in brands:
        words.update(re.findall(r"[a-z0-9']+", brand.lower()))
    return CatalogVocabulary(
        brands=brands,
        categories=[c for c, _ in store.category_paths()],
        words=frozenset(words),
    )


def query_parser(vocabulary: CatalogVocabulary) -> QueryParser:
    """The retrieval query parser bound to the catalog's brands and categories."""
    from retrieval.query import ParsedQuery, parse_query

    def parse(text: str) -> ParsedQuery:
        return parse_query(text, brands=vocabulary.brands, categories=vocabulary.categories)

    return parse


def retrieval_options(settings: Settings) -> dict[str, Any]:
    """The keyword arguments of `retrieval.make_index` and `make_retriever` the settings name."""
    return {
        "chroma_path": settings.resolved_chroma_path,
        "chroma_url": settings.chroma_url,
        "embedding_model": settings.embedding_model,
        "device": settings.resolved_device,
        "data_dir": settings.data_dir,
    }


def build_assistant(
    settings: Settings, store: CatalogStore, *, with_copy: bool = True, **options: Any
) -> Conversation:
    """The assistant with every part the settings and the data dir make available.

    Retrieval is required (build it with `shopassist index build`); trained ranking models and
    the language model are used when present, and the assistant says so in the log otherwise.
    """
    from experiments.live import ExperimentLog
    from experiments.store import ExperimentStore
    from retrieval import make_retriever

    retriever = make_retriever(store, **retrieval_options(settings))
    vocabulary = catalog_vocabulary(store)
    components = Components(
        store=store,
        searcher=RetrievalSearcher(retriever),
        scorer=load_scorer(settings, store),
        copy=load_copy(settings, store) if with_copy else None,
        parse=query_parser(vocabulary),
        vocabulary=vocabulary,
        experiments=ExperimentLog(ExperimentStore.of(store)),
    )
    options.setdefault("max_concurrent_turns", settings.max_concurrent_turns)
    return Conversation(components, **options)


class RankingScorer:
    """The dialogue's Scorer over the trained `ranking.Ranker`."""

    def __init__(self, ranker: Any, store: CatalogStore) -> None:
        self.ranker = ranker
        self.store = store
        self._describe = item_describer(store)

    def rank(
        self, shopper: UserState, item_ids: Sequence[str], k: int, *, method: str | None = None
    ) -> list[Ranked]:
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


def load_scorer(settings: Settings, store: CatalogStore) -> RankingScorer | None:
    """The trained ranker adapted to the Scorer port, or None when nothing is trained yet."""
    from ranking.errors import RankingError
    from ranking.training import load_ranker

    try:
        ranker = load_ranker(settings.artifacts_dir)
    except RankingError as e:
        logger.warning("no personal ranking (%s); picks follow search relevance only", e)
        return None
    return RankingScorer(ranker, store)


def load_copy(settings: Settings, store: CatalogStore) -> Any:
    """The copywriter (it implements the CopySource port itself)."""
    from assistant.copy.factory import build_copywriter

    return build_copywriter(settings, store)
