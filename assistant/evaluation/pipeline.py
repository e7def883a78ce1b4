"""`shopassist eval conversation`: hold out each user's last purchase, train and index on the
rest in a scratch folder, then talk to the assistant as simulated shoppers aiming at it."""

from __future__ import annotations

import json
import logging
import random
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.adapters import (
    RankingScorer,
    RetrievalSearcher,
    SearchCategoryGuesser,
    catalog_vocabulary,
    query_parser,
)
from assistant.conversation import Conversation
from assistant.dialogue.context import Components, TurnOptions
from assistant.evaluation.conversation import ConversationReport, run_conversations
from assistant.evaluation.simulator import SimulatedShopper, common_title_words
from catalog.importers import import_path
from catalog.schema import Event, EventKind
from catalog.store import CatalogStore, make_store

if TYPE_CHECKING:
    from retrieval.search import Retriever

logger = logging.getLogger(__name__)

FAST_MODELS = ("popularity", "itemcf", "transitions")


def hold_out_last(store: CatalogStore) -> dict[str, str]:
    """Remove each user's last purchase from the store; returns user -> held-out item."""
    last: dict[str, Event] = {}
    for user, item, kind, _value, ts, position, basket in store.event_rows(
        kinds=[EventKind.PURCHASE]
    ):
        if user is not None:
            last[user] = Event.model_construct(
                user_id=user, item_id=item, kind=EventKind(kind), value=None,
                timestamp=ts, position=position, basket_id=basket,
            )  # fmt: skip
    store.delete_events(last.values())
    return {user: event.item_id for user, event in last.items()}


def _all_events(store: CatalogStore) -> list[Event]:
    return [
        Event.model_construct(user_id=u, item_id=i, kind=EventKind(k), value=v, timestamp=t,
                              position=p, basket_id=b)
        for u, i, k, v, t, p, b in store.event_rows()
    ]  # fmt: skip


def work_dir_components(store: CatalogStore, retriever: Retriever, work_dir: Path) -> Components:
    """The conversation's parts over a scratch folder: its store, its index's retriever, the
    ranker trained under ``<work_dir>/models`` and the category guess, as `ui.compose` builds
    them for the product.

    Args:
        store: the folder's catalog store.
        retriever: the retriever over the folder's index.
        work_dir: the scratch folder of ``shopassist eval conversation``.
    """
    from ranking.training import load_ranker

    vocabulary = catalog_vocabulary(store)
    searcher = RetrievalSearcher(retriever)
    return Components(
        store=store,
        searcher=searcher,
        scorer=RankingScorer(load_ranker(work_dir / "models"), store),
        parse=query_parser(vocabulary),
        vocabulary=vocabulary,
        categories=SearchCategoryGuesser(searcher, store),
    )


def evaluate_conversations(
    dataset: Path,
    work_dir: Path,
    *,
    users: int = 200,
    turns: int = 3,
    seed: int = 7,
    embedding_model: str = "all-MiniLM-L6-v2",
    device: str = "cpu",
    progress: bool = True,
) -> list[ConversationReport]:
    """Simulated conversations with personalisation on and off (same shoppers, same seed).

    Nothing of the held-out purchases reaches the store the models train on or the index.
    """
    from ranking.attributes import ItemAttributes
    from ranking.data import Interactions
    from ranking.training import train_all
    from retrieval import make_index, make_retriever

    work_dir.mkdir(parents=True, exist_ok=True)
    store = make_store(f"sqlite:///{work_dir / 'eval.db'}")
    held_out = work_dir / "held_out.json"
    if held_out.exists():  # a rerun: the store already lacks the held-out purchases
        targets = json.loads(held_out.read_text())
    else:
        store.delete_events(_all_events(store))
        import_path(store, dataset, quarantine_dir=work_dir / "quarantine", progress=progress)
        targets = hold_out_last(store)
        held_out.write_text(json.dumps(targets))
    if not (work_dir / "models" / "ranker.json").exists():
        data = Interactions.from_store(store)
        train_all(
            data,
            work_dir / "models",
            names=FAST_MODELS,
            attributes=ItemAttributes.from_store(store, data.item_ids),
            valid_users=2000,
            progress=progress,
        )
    index_args = {
        "chroma_path": work_dir / "chroma",
        "embedding_model": embedding_model,
        "device": device,
        "data_dir": work_dir,
    }
    index = make_index(**index_args)
    if not index.exists() or index.count() != store.count("products"):
        index.build(store, progress=progress)
    retriever = make_retriever(store, index)
    products = {p.id: p for p in store.iter_products()}
    words = common_title_words(products.values())
    eligible = sorted(
        u for u, item in targets.items() if products.get(item) and products[item].categories
    )
    chosen = random.Random(seed).sample(eligible, min(users, len(eligible)))
    cases = [(u, SimulatedShopper(products[targets[u]], words)) for u in chosen]
    components = work_dir_components(store, retriever, work_dir)
    reports = []
    for label, personalise in (("personalised", True), ("not personalised", False)):
        assistant = Conversation(components, TurnOptions(personalise=personalise))
        fresh = [(u, SimulatedShopper(s.target, words)) for u, s in cases]
        reports.append(
            run_conversations(assistant, fresh, label=label, turns=turns, progress=progress)
        )
    return reports
