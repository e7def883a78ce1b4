"""The one composition root: settings -> the parts every interface uses.

The web app, the REST API and every CLI command build what they need here, from `Settings`:
the catalog store, the retrieval index and retriever, the trained ranker, the copywriter, the
conversation over them (`assistant.adapters` fits retrieval and ranking to the dialogue's
ports) and, for the server, the whole `Services` bundle with its gate and limits.

Heavy packages (torch, chromadb, the language model) load inside the functions that need them,
so importing this module is cheap for every command.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.settings import Settings

if TYPE_CHECKING:
    from assistant.adapters import RetrievalSearcher
    from assistant.conversation import Conversation
    from assistant.copy.copywriter import Copywriter
    from assistant.copy.grounding import GroundingChecker
    from assistant.dialogue.context import TurnOptions
    from assistant.dialogue.model.parser import ModelRequestParser
    from assistant.dialogue.model.reply import ReplyWriter
    from assistant.dialogue.model.rewrite import QueryRewriter
    from assistant.dialogue.ports import QueryParser
    from assistant.dialogue.vocabulary import CatalogVocabulary
    from assistant.llm.base import LLM
    from assistant.suggestions import Suggester
    from catalog.store import CatalogStore
    from experiments.store import ExperimentStore
    from ranking.ranker import Ranker
    from retrieval.index import ProductIndex
    from retrieval.search import Retriever
    from ui.artifacts import ArtifactWatch
    from ui.services import Services

logger = logging.getLogger(__name__)

DEMO_CUSTOMERS = 12
"""How many customers demo sign-in offers (those with the longest histories)."""


@contextmanager
def timed(phase: str) -> Iterator[None]:
    """Log ``startup: <phase> <seconds> s`` at INFO when the block ends (bench/
    first_answer_bench.py reads these lines from a worker's log)."""
    started = time.perf_counter()
    yield
    logger.info("startup: %s %.2f s", phase, time.perf_counter() - started)


def open_store(settings: Settings) -> CatalogStore:
    """The catalog store the settings name, opened (and created if needed)."""
    from catalog.store import make_store

    return make_store(
        settings.resolved_database_url, lock_timeout_s=settings.database_lock_timeout_s
    )


def retrieval_options(settings: Settings) -> dict[str, Any]:
    """The keyword arguments of `retrieval.make_index` the settings name."""
    return {
        "chroma_path": settings.resolved_chroma_path,
        "chroma_url": settings.chroma_url,
        "lancedb_uri": settings.lancedb_uri,
        "lancedb_nprobes": settings.lancedb_nprobes,
        "embedding_model": settings.embedding_model,
        "device": settings.device,  # "auto" is resolved by the embedder if it loads torch
        "data_dir": settings.data_dir,
    }


def open_index(settings: Settings) -> ProductIndex:
    """The product index (Chroma + BM25) the settings name, as it is on disk."""
    from retrieval import make_index

    return make_index(**retrieval_options(settings))


def open_retriever(
    settings: Settings, store: CatalogStore, *, watch: ArtifactWatch | None = None
) -> Retriever:
    """The hybrid retriever over the index the settings name (BM25 brought in step); with a
    ``watch``, its BM25 index is the newest published one, swapped when a newer one is out."""
    from retrieval import make_retriever

    index = open_index(settings)
    if watch is not None:
        index.keyword = watch.keyword(index)
    return make_retriever(store, index)


def load_ranker(settings: Settings, store: CatalogStore | None = None) -> Ranker:
    """The newest trained ranker: in the data dir, or published in the SQL store
    (``artifact_store = "sql"``; ``store`` is the open store, else one is opened).

    Raises:
        RankingError: nothing is trained yet (the message says to run `shopassist train`).
    """
    if settings.artifact_store == "local":
        from ranking.training import load_ranker as load

        return load(settings.artifacts_dir)
    from ui.artifacts import load_published_ranker

    return load_published_ranker(settings, store or open_store(settings))[1]


def load_suggester(settings: Settings, store: CatalogStore) -> Suggester:
    """Whole-catalog suggestions over the trained ranker (`RankingError` when none)."""
    from assistant.suggestions import Suggester

    return Suggester(load_ranker(settings, store), store)


def load_copy(settings: Settings, store: CatalogStore, *, seed: int = 0) -> Copywriter:
    """The grounded copywriter over the language model the settings name."""
    from assistant.copy.factory import build_copywriter

    return build_copywriter(settings, store, seed=seed)


def parser_mode(settings: Settings, *, with_model: bool) -> str:
    """Who reads each chat message: ``settings.parser`` when set; else ``auto`` when the
    language model is a server (a capable model), ``rules`` otherwise. Measured on the labelled
    set (docs/BENCHMARKS.md, "Understanding"): the base model few-shot reads worse than the
    rules, and the shipped tuned adapter only 2 points better on 100 cases (within noise) at
    about 2 s a turn on a 2-core CPU, so a local model reads the chat only when asked
    (``SHOPASSIST_PARSER=auto``)."""
    if settings.parser:
        return settings.parser
    return "auto" if with_model and settings.llm_base_url else "rules"


def load_parser(settings: Settings) -> ModelRequestParser | None:
    """The request parser over `make_parser_llm` (worked examples for a model not tuned for
    it), each reading bounded by ``settings.parser_timeout``, prepared for its first reading
    (`ModelRequestParser.prepare`); None, logged, when the model cannot be loaded: the rules
    then read every turn."""
    from assistant.dialogue.model.parser import ModelRequestParser, load_examples
    from assistant.llm.errors import LLMError
    from assistant.llm.factory import make_parser_llm

    try:
        llm = make_parser_llm(settings)
    except LLMError as e:
        logger.warning("no request parser (%s); the rules read every turn", e)
        return None
    examples = [] if getattr(llm, "tuned_for", None) == "parser" else load_examples()
    parser = ModelRequestParser(llm, examples=examples, budget_s=settings.parser_timeout)
    parser.prepare()
    return parser


def _optional_ranker(
    settings: Settings, store: CatalogStore, watch: ArtifactWatch | None
) -> Ranker | None:
    from ranking.errors import RankingError

    if watch is not None:
        return watch.ranker(store)
    try:
        return load_ranker(settings, store)
    except RankingError as e:
        logger.warning("no personal ranking (%s); picks follow search relevance only", e)
        return None


def _conversation(
    settings: Settings, store: CatalogStore, parts: _Parts, options: TurnOptions | None = None
) -> Conversation:
    from assistant.adapters import RankingScorer, SearchCategoryGuesser, query_parser
    from assistant.conversation import Conversation
    from assistant.dialogue.context import Components, TurnOptions
    from experiments.live import ExperimentLog

    vocabulary, ranker, copywriter = parts.vocabulary, parts.ranker, parts.copywriter
    mode = parser_mode(settings, with_model=copywriter is not None)
    components = Components(
        store=store,
        searcher=parts.searcher,
        scorer=RankingScorer(ranker, store) if ranker is not None else None,
        copy=copywriter,
        parse=query_parser(vocabulary),
        vocabulary=vocabulary,
        experiments=ExperimentLog(parts.experiments),
        parser=load_parser(settings) if mode != "rules" else None,
        parser_mode=mode,
        categories=SearchCategoryGuesser(parts.searcher, store),
    )
    if copywriter is not None:
        components.rewriter, components.replies = chat_writers(
            copywriter.llm, copywriter.checker, vocabulary, components.parse
        )
    # The process's turn slots are a setting (SHOPASSIST_MAX_CONCURRENT_TURNS), whatever the caller.
    turns = replace(options or TurnOptions(), max_concurrent_turns=settings.max_concurrent_turns)
    return Conversation(components, turns)


def chat_writers(
    llm: LLM, checker: GroundingChecker, vocabulary: CatalogVocabulary, parse: QueryParser | None
) -> tuple[QueryRewriter | None, ReplyWriter | None]:
    """The query rewriter and the reply writer over ``llm`` (the copywriter's model, never a
    second one) when it is capable (`LLM.capable`); (None, None) otherwise, so a small base
    model's turns search the rules' query and say the template reply, as before."""
    if not getattr(llm, "capable", False):
        return None, None
    from assistant.dialogue.model.reply import ModelReplyWriter
    from assistant.dialogue.model.rewrite import ModelQueryRewriter

    rewriter = ModelQueryRewriter(
        llm, parse=parse, brands=vocabulary.brands, categories=vocabulary.categories
    )
    return rewriter, ModelReplyWriter(llm, checker)


@dataclass
class _Parts:
    """What `_brain` loads: the parts the conversation and the interfaces share."""

    searcher: RetrievalSearcher
    ranker: Ranker | None
    copywriter: Copywriter | None
    experiments: ExperimentStore
    vocabulary: CatalogVocabulary


def _searcher(
    settings: Settings, store: CatalogStore, watch: ArtifactWatch | None, warm: bool
) -> RetrievalSearcher:
    from assistant.adapters import RetrievalSearcher
    from core.errors import ShopAssistError

    retriever = open_retriever(settings, store, watch=watch)
    if warm:  # what the first requests would load: the vector copy, the query encoder
        try:
            if retriever.index.exists():
                retriever.index.warm()
            retriever.search("warm up", k=1)
        except (ShopAssistError, OSError) as e:
            logger.warning("search warm-up failed (%s); the first request loads what it needs", e)
        retriever.index.embedder.clear_query_cache()
    return RetrievalSearcher(retriever)


def _brain(
    settings: Settings,
    store: CatalogStore,
    *,
    with_copy: bool,
    watch: ArtifactWatch | None = None,
    warm: bool = False,
) -> _Parts:
    """The parts the conversation and the interfaces share, each built once (with a ``watch``,
    the ranker and BM25 index follow the newest published versions; ``warm``: one search runs
    before this returns, so the first request finds the vector copy and the query encoder
    loaded).

    One after the other: loading them in threads side by side gained nothing measurable (the
    imports and Chroma's calls hold the interpreter lock) and broke transformers, whose lazy
    module is not safe to import from two threads at once (docs/BENCHMARKS.md, "Fresh worker").
    """
    from assistant.adapters import catalog_vocabulary
    from experiments.store import ExperimentStore

    with timed("retriever"):
        searcher = _searcher(settings, store, watch, warm)
    with timed("ranker"):
        ranker = _optional_ranker(settings, store, watch)
    with timed("copywriter"):
        copywriter = load_copy(settings, store) if with_copy else None
    with timed("vocabulary"):
        vocabulary = catalog_vocabulary(store)
    return _Parts(searcher, ranker, copywriter, ExperimentStore.of(store), vocabulary)


def build_conversation(
    settings: Settings,
    store: CatalogStore,
    *,
    with_copy: bool = True,
    options: TurnOptions | None = None,
) -> Conversation:
    """The conversation with every part the settings and the data dir make available.

    Retrieval is required (build it with `shopassist index build`); trained ranking models and
    the language model are used when present, and the log says so otherwise. ``options`` go
    to `Conversation` (``TurnOptions(clarify=False)``, ...); the turn slots come from the
    settings.
    """
    return _conversation(settings, store, _brain(settings, store, with_copy=with_copy), options)


def demo_customer_ids(store: CatalogStore, n: int = DEMO_CUSTOMERS) -> list[str]:
    """Customers with the longest histories: personalisation is easiest to see for them."""
    return [user for user, _ in store.most_active_users(n, min_events=5)]


def private_paths(settings: Settings) -> list[Path]:
    """Where the settings keep data no web client may read: the data dir, the Chroma folder
    and the SQLite database file (each may be set apart from the data dir)."""
    paths = [Path(settings.data_dir), Path(settings.resolved_chroma_path)]
    url = str(settings.resolved_database_url)
    if url.startswith("sqlite:///"):
        paths.append(Path(url.removeprefix("sqlite:///")))
    return [p.expanduser().resolve() for p in paths]


def build_services(settings: Settings, *, with_copy: bool = True) -> Services:
    """Everything the web app and the REST API use, built once per process."""
    from assistant.suggestions import Suggester
    from catalog.auth_sessions import AuthSessionStore
    from ui.artifacts import ArtifactWatch
    from ui.auth import make_gate
    from ui.limits import ApiLimits
    from ui.services import Services

    started = time.perf_counter()
    with timed("store"):
        store = open_store(settings)
        watch = ArtifactWatch.of(settings, store)
    parts = _brain(settings, store, with_copy=with_copy, watch=watch, warm=True)
    with timed("conversation"):
        conversation = _conversation(settings, store, parts)
    ranker = parts.ranker
    services = Services(
        conversation=conversation,
        store=store,
        gate=make_gate(settings, AuthSessionStore(store.engine)),
        searcher=parts.searcher,
        suggester=Suggester(ranker, store) if ranker is not None else None,
        copywriter=parts.copywriter,
        experiments=parts.experiments,
        demo_customers=demo_customer_ids(store) if settings.demo_sign_in else [],
        limits=ApiLimits.from_settings(settings),
        private_paths=private_paths(settings),
        artifacts=watch,
    )
    if ranker is None:  # the first ranker published after this worker started joins in
        watch.when_ranker_arrives(lambda live: _attach_ranker(services, live))
    watch.when_catalog_changes(_catalog_follower(conversation, store, parts.copywriter))
    logger.info("startup: build_services %.2f s", time.perf_counter() - started)
    return services


def _catalog_follower(
    conversation: Conversation, store: CatalogStore, copywriter: Copywriter | None
) -> Callable[[], None]:
    """What a worker does after a catalog update: read the brands and categories again, so
    the rules (and a capable model's query rewriter) know a brand new to the catalog."""
    from assistant.adapters import catalog_vocabulary, query_parser

    def follow() -> None:
        vocabulary = catalog_vocabulary(store)
        parse = query_parser(vocabulary)
        if copywriter is not None:
            conversation.c.rewriter, conversation.c.replies = chat_writers(
                copywriter.llm, copywriter.checker, vocabulary, parse
            )
        conversation.use_vocabulary(vocabulary, parse)
        logger.info(
            "catalog updated: the rules now know %d brands and %d categories",
            len(vocabulary.brands),
            len(vocabulary.categories),
        )

    return follow


def _attach_ranker(services: Services, ranker: Ranker) -> None:
    """Rank with ``ranker`` from now on (chat picks and suggestions); one assignment each."""
    from assistant.adapters import RankingScorer
    from assistant.suggestions import Suggester

    services.conversation.c.scorer = RankingScorer(ranker, services.store)
    services.suggester = Suggester(ranker, services.store)
    logger.info("a trained ranker was published: chat picks and suggestions now use it")
