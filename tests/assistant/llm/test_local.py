"""The local transformers backend with the real default model (gemma-3-270m, converted once)."""

from __future__ import annotations

import time

import pytest

from assistant.llm.packaged import DEFAULT_MODEL, default_model_dir


@pytest.mark.slow
@pytest.mark.llm
def test_default_model_is_a_base_model(local_llm):
    assert local_llm.name == DEFAULT_MODEL and local_llm.capable is False
    from assistant.llm.packaged import TOKENIZER_PROBE

    words = local_llm.tokenizer(TOKENIZER_PROBE)["input_ids"]
    assert words[0] == local_llm.tokenizer.bos_token_id and len(words) <= 12  # BOS + 9 words
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
    assert len(out) == 3 and all(isinstance(t, str) and t for t in out)
    assert out == local_llm.batch(prompts, max_new_tokens=8, temperature=0.0, stop=["\n"])
    alone = local_llm.generate(prompts[1], max_new_tokens=8, temperature=0.0, stop=["\n"])
    if not local_llm.int8_head:  # the int8 head's activation scale is shared by the batch
        assert out[1] == alone


def test_one_generation_at_a_time_and_a_bounded_line() -> None:
    """Concurrent callers queue on the model; one that waits too long, or finds the line full,
    gets a clear "busy" error (`ModelBusy`: a 503 at the interfaces)."""
    import threading

    from assistant.llm.admission import ModelBusy, ModelQueue
    from assistant.llm.local import LocalLLM

    llm = object.__new__(LocalLLM)  # the queue only: no weights needed
    llm._lock, llm.queue_timeout = ModelQueue(max_waiting=1, wait_s=0.2), 0.2
    entered = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with llm._turn(None):
            entered.set()
            release.wait(5)

    def wait_in_line() -> None:
        with llm._turn(None):
            pass

    holder = threading.Thread(target=hold)
    holder.start()
    entered.wait(5)
    with pytest.raises(ModelBusy, match="waited"), llm._turn(None):  # waited its whole timeout
        pass
    llm.queue_timeout = 5.0
    waiter = threading.Thread(target=wait_in_line)
    waiter.start()
    while llm._lock.waiting == 0:
        time.sleep(0.01)
    with pytest.raises(ModelBusy, match="waiting"), llm._turn(None):  # the line is full
        pass
    release.set()
    holder.join()
    waiter.join()
    with llm._turn(None):  # free again
        pass


def test_batch_as_completed_gives_every_row_once_and_can_be_closed(local_llm) -> None:
    """Every row comes out once, with the same text as `batch`; closing the iterator early
    stops the generation and frees the model."""
    prompts = ["Q: Is lipstick makeup? Answer yes or no.\nA:", "Write a long story about a shop."]
    kwargs = {"max_new_tokens": 24, "temperature": 0.0, "stop": ["\n"]}
    order, texts = [], {}
    for index, text in local_llm.batch_as_completed(prompts, **kwargs):
        order.append(index)
        texts[index] = text
    assert sorted(order) == [0, 1]
    assert [texts[0], texts[1]] == local_llm.batch(prompts, **kwargs)
    stream = local_llm.batch_as_completed(prompts * 5, **kwargs)
    next(stream)
    stream.close()  # stops the worker: the model is free again at once
    assert not local_llm.busy()
