"""The local transformers backend with the real default model (gemma-3-270m, converted once)."""

from __future__ import annotations

import time

import pytest

from assistant.llm import LLMError, make_llm
from assistant.llm.local import (
    _DONE_MARKER,
    DEFAULT_MODEL,
    convert_default_model,
    default_model_dir,
)


@pytest.fixture(scope="session")
def local_llm():
    """The default model, converted once into the settings' cache dir and loaded once."""
    from assistant.settings import Settings

    settings = Settings()
    return make_llm(
        model=DEFAULT_MODEL, device=settings.resolved_device, cache_dir=settings.cache_dir
    )


def test_a_finished_conversion_is_reused(tmp_path):
    target = default_model_dir(tmp_path)
    target.mkdir(parents=True)
    (target / _DONE_MARKER).write_text("done")
    started = time.perf_counter()
    assert convert_default_model(tmp_path) == target
    assert time.perf_counter() - started < 1


def test_a_folder_without_config_is_refused(tmp_path):
    from assistant.llm.local import resolve_model_dir

    with pytest.raises(LLMError, match="expected 'gemma-3-270m' or a local Hugging Face"):
        resolve_model_dir(str(tmp_path), tmp_path)


@pytest.mark.slow
@pytest.mark.llm
def test_default_model_is_a_base_model(local_llm):
    assert local_llm.name == DEFAULT_MODEL and local_llm.capable is False
    assert (default_model_dir(local_llm.model_dir.parent.parent) / "model.safetensors").exists()


@pytest.mark.slow
@pytest.mark.llm
def test_generate_respects_stop_and_length(local_llm):
    text = local_llm.generate(
        "Shopping list:\n1. shampoo\n2.", max_new_tokens=12, temperature=0.0, stop=["\n"]
    )
    assert isinstance(text, str) and "\n" not in text
    assert len(local_llm.tokenizer(text, add_special_tokens=False)["input_ids"]) <= 12


@pytest.mark.slow
@pytest.mark.llm
def test_sampling_is_reproducible_with_a_seed(local_llm):
    prompt = "A short note about lipstick:"
    a = local_llm.generate(prompt, max_new_tokens=10, temperature=0.8, seed=7)
    b = local_llm.generate(prompt, max_new_tokens=10, temperature=0.8, seed=7)
    assert a == b and a.strip()


@pytest.mark.slow
@pytest.mark.llm
def test_stream_matches_generate_when_greedy(local_llm):
    prompt = "The three primary colours are"
    pieces = list(local_llm.stream(prompt, max_new_tokens=16, temperature=0.0))
    assert len(pieces) > 1
    assert "".join(pieces) == local_llm.generate(prompt, max_new_tokens=16, temperature=0.0)


@pytest.mark.slow
@pytest.mark.llm
def test_stream_stops_at_a_stop_string_and_can_be_closed(local_llm):
    text = "".join(
        local_llm.stream("Count: 1, 2, 3,", max_new_tokens=20, temperature=0.0, stop=[","])
    )
    assert "," not in text
    stream = local_llm.stream("Once upon a time", max_new_tokens=200, temperature=0.0)
    next(stream)
    started = time.perf_counter()
    stream.close()  # the generation thread ends instead of running 200 tokens
    assert time.perf_counter() - started < 5


@pytest.mark.slow
@pytest.mark.llm
def test_batch_returns_one_answer_per_prompt(local_llm):
    prompts = ["Lipstick is", "A good shampoo for dry hair is one that", "Perfume"]
    out = local_llm.batch(prompts, max_new_tokens=8, temperature=0.0, stop=["\n"])
    assert len(out) == 3 and all(isinstance(t, str) for t in out)
    assert out[1] == local_llm.generate(prompts[1], max_new_tokens=8, temperature=0.0, stop=["\n"])


def test_one_generation_at_a_time_and_a_bounded_wait() -> None:
    """Concurrent callers queue on the model; one that waits too long gets a clear error."""
    import threading

    from assistant.llm.errors import LLMError
    from assistant.llm.local import LocalLLM

    llm = object.__new__(LocalLLM)  # the queue only: no weights needed
    llm._lock, llm.queue_timeout = threading.Lock(), 0.2
    entered = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with llm._turn(None):
            entered.set()
            release.wait(5)

    holder = threading.Thread(target=hold)
    holder.start()
    entered.wait(5)
    with pytest.raises(LLMError, match="busy"), llm._turn(None):
        pass
    release.set()
    holder.join()
    with llm._turn(None):  # free again
        pass
