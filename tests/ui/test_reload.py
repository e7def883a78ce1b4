"""Hot reload: a running service swaps in a newly published ranker or BM25 index."""

from __future__ import annotations

import os
import time
from datetime import datetime
from pathlib import Path

import pytest

from catalog.artifacts import SqlArtifacts
from catalog.schema import Event
from catalog.store import CatalogStore
from core.settings import Settings
from ranking.data import Interactions
from ranking.models.popularity import Popularity
from ranking.ranker import Ranker
from ranking.state import UserState
from retrieval.keyword import KeywordIndex
from retrieval.metadata import product_metadata
from retrieval.text import product_text
from tests.assistant.fakes import PRODUCTS
from ui.artifacts import RANKER, ArtifactWatch, keyword_artifact, publish
from ui.compose import build_services, open_store
from ui.reload import Live, Reloading

ITEMS = [p.id for p in PRODUCTS]


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _publish_text(artifacts: SqlArtifacts, tmp_path: Path, text: str) -> None:
    folder = tmp_path / f"src-{text}"
    folder.mkdir()
    (folder / "value.txt").write_text(text)
    artifacts.publish("thing", folder)


def _reader(folder: Path) -> str:
    text = (folder / "value.txt").read_text()
    if text == "broken":
        raise ValueError("a bad version")
    return text


def test_a_newer_version_is_swapped_in_at_the_next_due_check(
    store: CatalogStore, tmp_path: Path
) -> None:
    artifacts = SqlArtifacts(store.engine, tmp_path / "cache")
    _publish_text(artifacts, tmp_path, "one")
    clock = Clock()
    v1 = artifacts.latest("thing")
    assert v1 is not None
    thing = Reloading(
        "thing", artifacts, _reader, _reader(artifacts.fetch(v1)), version=v1, check_s=10,
        background=False, clock=clock,
    )  # fmt: skip
    assert thing.get() == "one" and thing.version == "1"
    _publish_text(artifacts, tmp_path, "two")
    clock.now = 9.0
    assert thing.get() == "one"  # not due yet: no check, no database read
    in_flight = Live(thing).upper  # a call that started on version 1 ...
    clock.now = 10.0
    assert thing.get() == "two" and thing.version == "2"
    assert in_flight() == "ONE"  # ... finishes on version 1
    _publish_text(artifacts, tmp_path, "broken")
    clock.now = 20.0
    assert thing.get() == "two" and thing.version == "2"  # a bad version: the old one serves
    assert not thing.check()  # ... and it is not loaded again
    _publish_text(artifacts, tmp_path, "three")
    clock.now = 30.0
    assert thing.get() == "three"


def test_the_new_version_loads_in_the_background(store: CatalogStore, tmp_path: Path) -> None:
    artifacts = SqlArtifacts(store.engine, tmp_path / "cache")
    clock = Clock()
    thing = Reloading("thing", artifacts, _reader, "old", version=None, check_s=1, clock=clock)
    _publish_text(artifacts, tmp_path, "new")
    clock.now = 1.0
    assert thing.get() == "old"  # the request that starts the check does not wait for it
    deadline = time.monotonic() + 10
    while thing.current != "new" and time.monotonic() < deadline:
        time.sleep(0.01)
    assert thing.current == "new" and thing.version == "1"


def _train(store: CatalogStore, folder: Path, favourite: str) -> None:
    """A popularity ranker where ``favourite`` is bought most, saved as `train` saves."""
    sequences = {f"buyer{n}": [favourite] for n in range(5)}
    sequences["other"] = [i for i in ITEMS if i != favourite]
    model = Popularity().fit(Interactions.from_sequences(sequences, item_ids=ITEMS))
    staging = folder.with_name(folder.name + ".partial")
    Ranker({"popularity": model}, {"popularity": 1.0}).save(staging)
    if folder.exists():
        os.rename(folder, folder.with_name(folder.name + f".{time.monotonic_ns()}"))
    os.rename(staging, folder)


def _shop(tmp_path: Path, kind: str) -> tuple[Settings, CatalogStore]:
    """Settings with the ``kind`` artifact store (no background checks) and a store with the
    fake catalog and one purchase by ann."""
    settings = Settings(
        data_dir=tmp_path / "data", cache_dir=tmp_path / "cache", device="cpu",
        artifact_store=kind, artifact_check_s=0, _env_file=None,
    )  # fmt: skip
    store = open_store(settings)
    store.upsert_products(PRODUCTS)
    store.upsert_events([Event(user_id="ann", item_id="b1", kind="purchase",
                               timestamp=datetime(2025, 1, 1))])  # fmt: skip
    return settings, store


@pytest.mark.parametrize("kind", ["sql", "local"])
def test_a_running_service_serves_the_newly_trained_ranker(tmp_path: Path, kind: str) -> None:
    settings, store = _shop(tmp_path, kind)
    _train(store, settings.artifacts_dir, favourite="f3")
    first = publish(settings, store, RANKER)
    assert (first is None) == (kind == "local")  # local: the folder is the publication
    services = build_services(settings, with_copy=False)
    assert services.suggester is not None and services.artifacts is not None
    assert services.conversation.c.scorer.ranker is services.suggester.ranker  # one live ranker
    assert services.suggester.for_user("ann", 1)[0].item_id == "f3"
    served = services.artifacts.versions()[RANKER]
    assert served is not None

    _train(store, settings.artifacts_dir, favourite="b3")
    publish(settings, store, RANKER)
    assert services.suggester.for_user("ann", 1)[0].item_id == "f3"  # until the next check
    (ranker_watch,) = [w for w in services.artifacts.watched if w.name == RANKER]
    assert ranker_watch.check()
    assert services.suggester.for_user("ann", 1)[0].item_id == "b3"
    assert services.artifacts.versions()[RANKER] not in (None, served)
    state = UserState.from_events(store.user_events("ann"), "ann")
    assert services.conversation.c.scorer.ranker.rank(state, ["f3", "b3"], 1)[0].item_id == "b3"
    services.store.close()
    store.close()


def test_a_live_bm25_index_finds_a_product_added_after_it_started(
    store: CatalogStore, tmp_path: Path
) -> None:
    from retrieval.index import ProductIndex

    settings = Settings(
        data_dir=tmp_path / "data", cache_dir=tmp_path / "cache", device="cpu",
        artifact_store="sql", artifact_check_s=0, _env_file=None,
    )  # fmt: skip
    texts = {p.id: product_text(p) for p in PRODUCTS}
    docs = [(p.id, texts[p.id], product_metadata(p, texts[p.id])) for p in PRODUCTS]
    local = settings.data_dir / "bm25" / "products"
    KeywordIndex(local).build(docs[1:])
    publish(settings, store, keyword_artifact())

    class NoVectors(ProductIndex):
        def exists(self) -> bool:
            return False

    index = NoVectors(client=None, embedder=None, keyword=KeywordIndex(local))  # type: ignore[arg-type]
    watch = ArtifactWatch.of(settings, store, background=False)
    live = watch.keyword(index)
    assert [pid for pid, _ in live.search("Olay rich", 5)] == ["f4"]  # f1 is not in version 1
    KeywordIndex(local).build(docs)
    publish(settings, store, keyword_artifact())
    assert watch.watched[0].check()
    assert live.search("Olay rich", 5)[0][0] == "f1"
    assert len(live) == len(PRODUCTS)
    assert watch.versions() == {keyword_artifact(): "2"}


@pytest.mark.parametrize("kind", ["sql", "local"])
def test_a_service_started_before_any_training_ranks_once_a_ranker_is_published(
    tmp_path: Path, kind: str
) -> None:
    settings, store = _shop(tmp_path, kind)
    services = build_services(settings, with_copy=False)
    assert services.suggester is None and services.conversation.c.scorer is None
    assert services.artifacts is not None and services.artifacts.versions()[RANKER] is None
    _train(store, settings.artifacts_dir, favourite="b2")
    publish(settings, store, RANKER)
    (ranker_watch,) = [w for w in services.artifacts.watched if w.name == RANKER]
    assert ranker_watch.check()
    assert services.suggester is not None and services.conversation.c.scorer is not None
    assert services.suggester.for_user("ann", 1)[0].item_id == "b2"
    assert services.conversation.c.scorer.ranker is services.suggester.ranker
    services.store.close()
    store.close()


def test_a_running_service_learns_a_brand_new_to_the_catalog(tmp_path: Path) -> None:
    """A brand imported after the worker started is read as a brand (a filter) once the
    updated BM25 index is published, not searched as plain words until a restart."""
    from assistant.dialogue.model.model_request import TurnSituation
    from catalog.schema import Product

    settings, store = _shop(tmp_path, "sql")
    local = settings.data_dir / "bm25" / "products"

    def publish_bm25() -> None:
        products = list(store.iter_products())
        texts = {p.id: product_text(p) for p in products}
        KeywordIndex(local).build(
            [(p.id, texts[p.id], product_metadata(p, texts[p.id])) for p in products]
        )
        publish(settings, store, keyword_artifact())

    publish_bm25()
    services = build_services(settings, with_copy=False)
    assert services.artifacts is not None

    def brands(message: str) -> list[str]:
        return services.conversation.reader.read(message, TurnSituation(), []).parsed.brands

    assert brands("a Zyxora face cream") == []
    store.upsert_products(
        [Product(id="z1", title="Zyxora face cream", brand="Zyxora", price=12.0,
                 categories=["Beauty", "Skin Care", "Face"])]
    )  # fmt: skip
    publish_bm25()
    assert brands("a Zyxora face cream") == []  # until the next check
    (bm25_watch,) = [w for w in services.artifacts.watched if w.name == keyword_artifact()]
    assert bm25_watch.check()
    assert brands("a Zyxora face cream") == ["Zyxora"]
    services.store.close()
    store.close()
