"""The composition root: one part of each kind, shared by the conversation and the interfaces."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.settings import Settings
from tests.assistant.fakes import PRODUCTS
from ui.compose import build_services, open_store


def test_services_share_the_conversations_parts(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", device="cpu", _env_file=None)
    store = open_store(settings)
    store.upsert_products(PRODUCTS)
    store.close()
    services = build_services(settings, with_copy=False)  # no index, no models: still serves
    parts = services.conversation.c
    assert services.searcher is parts.searcher and services.store is parts.store
    assert services.suggester is None and parts.scorer is None  # nothing trained yet
    assert services.copywriter is None and parts.copy is None
    assert services.experiments is not None and parts.experiments is not None
    assert parts.experiments.store is services.experiments
    assert services.demo_customers == []  # demo sign-in is off by default
    assert (tmp_path / "data").resolve() in services.private_paths
    assert services.store.count("products") == len(PRODUCTS)
    services.store.close()


def test_who_reads_the_chat(tmp_path: Path) -> None:
    from ui.compose import parser_mode

    def settings(**values: object) -> Settings:
        return Settings(data_dir=tmp_path, device="cpu", _env_file=None, **values)  # type: ignore[arg-type]

    assert parser_mode(settings(), with_model=False) == "rules"
    assert parser_mode(settings(parser="model"), with_model=False) == "model"
    # a local model (base few-shot, or the shipped tuned adapter) reads only when asked
    assert parser_mode(settings(parser_adapter="none"), with_model=True) == "rules"
    assert parser_mode(settings(), with_model=True) == "rules"
    assert parser_mode(settings(parser="auto"), with_model=True) == "auto"
    assert parser_mode(settings(llm_base_url="http://127.0.0.1:9"), with_model=True) == "auto"
    services = build_services(settings(parser="rules"), with_copy=False)
    assert services.conversation.c.parser is None and services.conversation.reader.mode == "rules"
    services.store.close()


def test_a_started_service_has_loaded_what_the_first_search_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from retrieval.embedder import Embedder
    from retrieval.filters import Filters
    from retrieval.index import ProductIndex
    from ui.compose import open_index

    settings = Settings(data_dir=tmp_path / "data", device="cpu", _env_file=None)
    store = open_store(settings)
    store.upsert_products(PRODUCTS)
    open_index(settings).build(store, progress=False)
    store.close()
    services = build_services(settings, with_copy=False)

    def loaded_late(*_: object, **__: object) -> None:
        raise AssertionError("the first request loaded a part build_services should have")

    monkeypatch.setattr(ProductIndex, "_read_exact_table", loaded_late)
    monkeypatch.setattr(Embedder, "_load_query_model", loaded_late)
    monkeypatch.setattr(Embedder, "_load", loaded_late)
    assert services.searcher.search("moisturiser", Filters(max_price=100), 3)
    assert services.searcher.search("shampoo", Filters(), 3)
    services.store.close()
