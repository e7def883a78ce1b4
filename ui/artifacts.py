"""The ranker and the BM25 index as published artifacts, from the settings.

`shopassist train` and `shopassist index build|update` write their folders in the data dir as
before; with ``SHOPASSIST_ARTIFACT_STORE=sql`` they then publish them as a new version in the
SQL store (`catalog.artifacts.SqlArtifacts`). A server's `ArtifactWatch` loads the newest
version of each and swaps in newer ones as they are published (`ui.reload`), in either store:
locally, a rewritten folder is a new version too.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from catalog.artifacts import ArtifactStore, ArtifactVersion, LocalArtifacts, SqlArtifacts
from core.settings import Settings
from ui.reload import Live, Reloading

if TYPE_CHECKING:
    from catalog.store import CatalogStore
    from ranking.ranker import Ranker
    from retrieval.index import ProductIndex
    from retrieval.keyword import KeywordIndex

logger = logging.getLogger(__name__)

RANKER = "ranker"
"""The artifact name of the trained ranker (the folder ``<data_dir>/models``)."""


def keyword_artifact(collection: str = "products") -> str:
    """The artifact name of a collection's BM25 index (the folder ``<data_dir>/bm25/<name>``)."""
    return f"bm25-{collection}"


def local_folders(settings: Settings, collection: str = "products") -> dict[str, Path]:
    """Artifact name -> the data-dir folder that training and indexing write."""
    return {
        RANKER: settings.artifacts_dir,
        keyword_artifact(collection): settings.data_dir / "bm25" / collection,
    }


def artifact_store(settings: Settings, store: CatalogStore) -> ArtifactStore:
    """The artifact store the settings name (``artifact_store``: local or sql)."""
    if settings.artifact_store == "sql":
        return SqlArtifacts(store.engine, settings.artifact_cache_dir)
    return LocalArtifacts(local_folders(settings))


def publish(settings: Settings, store: CatalogStore, name: str) -> ArtifactVersion | None:
    """Publish the data-dir folder of ``name`` as its next version (sql store); None locally,
    where the folder written is already what workers load."""
    if settings.artifact_store != "sql":
        return None
    return artifact_store(settings, store).publish(name, local_folders(settings)[name])


def _load_ranker(folder: Path) -> Ranker:
    from ranking.training import load_ranker

    return load_ranker(folder)


def _load_keyword(folder: Path) -> KeywordIndex:
    from retrieval.keyword import KeywordIndex

    index = KeywordIndex(folder)
    index.load()
    return index


def load_published_ranker(
    settings: Settings, store: CatalogStore
) -> tuple[ArtifactVersion | None, Ranker]:
    """The newest trained ranker and its version.

    Raises:
        RankingError: nothing trained (locally) or published (sql store).
    """
    from ranking.errors import RankingError

    artifacts = artifact_store(settings, store)
    latest = artifacts.latest(RANKER)  # before loading: a newer one replaces it at the next check
    if latest is None and settings.artifact_store == "sql":
        raise RankingError(
            "ranker: expected a version published in the SQL store, got none; run `shopassist "
            "train` with SHOPASSIST_ARTIFACT_STORE=sql and the same SHOPASSIST_DATABASE_URL"
        )
    folder = artifacts.fetch(latest) if latest is not None else settings.artifacts_dir
    return latest, _load_ranker(folder)


@dataclass
class ArtifactWatch:
    """The server's live ranker and BM25 index, each reloaded when a newer version is out.

    Using either one (a search, a ranking, ``/health``) starts the checks that are due, for both.

    Args:
        settings: ``artifact_store`` and ``artifact_check_s``.
        artifacts: the store the settings name.
        background: load new versions in a thread (False in tests).
    """

    settings: Settings
    artifacts: ArtifactStore
    background: bool = True
    watched: list[Reloading[Any]] = field(default_factory=list)
    _ranker: Live | None = None
    _waiting: list[Callable[[Any], None]] = field(default_factory=list)
    _catalog_followers: list[Callable[[], None]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def of(cls, settings: Settings, store: CatalogStore, **options: Any) -> ArtifactWatch:
        """The watch over the artifact store the settings name."""
        return cls(settings, artifact_store(settings, store), **options)

    def _watch(self, reloading: Reloading[Any]) -> Live:
        self.watched.append(reloading)
        return Live(reloading, self.poll)

    def poll(self) -> None:
        """Start the due checks of every watched artifact."""
        for reloading in self.watched:
            reloading.poll()

    def ranker(self, store: CatalogStore) -> Any:
        """A live stand-in for the newest ranker, or None when nothing is trained yet (then the
        first version published is loaded when it comes: see `when_ranker_arrives`)."""
        from ranking.errors import RankingError

        try:
            version, ranker = load_published_ranker(self.settings, store)
        except RankingError as e:
            logger.warning("no personal ranking yet (%s); picks follow search relevance", e)
            version, ranker = None, None
        self._ranker = self._watch(
            Reloading(
                RANKER, self.artifacts, _load_ranker, ranker, version=version,
                check_s=self.settings.artifact_check_s, on_swap=self._ranker_swapped,
                background=self.background,
            )
        )  # fmt: skip
        return self._ranker if ranker is not None else None

    def when_ranker_arrives(self, callback: Callable[[Any], None]) -> None:
        """Call ``callback(live ranker)`` once a ranker is loaded: now when one is, else when
        the first version is published (a worker started before the first `train`)."""
        with self._lock:
            ready = self._ranker is not None and self._ranker._source.current is not None
            if not ready:
                self._waiting.append(callback)
        if ready:
            callback(self._ranker)

    def _ranker_swapped(self, _: Ranker) -> None:
        with self._lock:
            waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback(self._ranker)

    def keyword(self, index: ProductIndex) -> Any:
        """A live stand-in for the newest BM25 index of ``index``'s collection (the data-dir one
        until a version is published). Each swap also drops ``index``'s in-memory copy of the
        vectors and reads it again (a catalog update changed both)."""
        name = keyword_artifact(index.name)
        assert index.keyword is not None
        latest = self.artifacts.latest(name)
        current = index.keyword
        if latest is not None and self.settings.artifact_store == "sql":
            current = _load_keyword(self.artifacts.fetch(latest))

        def reread_vectors(_: KeywordIndex) -> None:
            index.refresh()
            if index.exists():
                index.warm()  # the in-memory copy only where queries read it
            self._catalog_changed()

        return self._watch(
            Reloading(
                name, self.artifacts, _load_keyword, current, version=latest,
                check_s=self.settings.artifact_check_s, on_swap=reread_vectors,
                background=self.background,
            )
        )  # fmt: skip

    def when_catalog_changes(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` after each newer BM25 version is swapped in: the catalog was
        updated (an import, then `index build` or `index update`), so what is read from it at
        start (the brands and categories the rules know) can be read again."""
        with self._lock:
            self._catalog_followers.append(callback)

    def _catalog_changed(self) -> None:
        with self._lock:
            followers = list(self._catalog_followers)
        for callback in followers:
            try:
                callback()
            except Exception:  # a follower's failure must not stop the others or the swap
                logger.exception("a catalog follower failed; it keeps what it had")

    def versions(self) -> dict[str, str | None]:
        """The version each live artifact serves (starts the due checks)."""
        self.poll()
        return {r.name: r.version for r in self.watched}
