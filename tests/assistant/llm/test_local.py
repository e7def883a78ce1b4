"""The local transformers backend with the real default model (gemma-3-270m, converted once)."""

from __future__ import annotations

import time

import pytest

from assistant.llm import LLMError, make_llm
from assistant.llm.packaged import (
    DEFAULT_MODEL,
    DONE_MARKER,
    convert_default_model,
    default_model_dir,
)


@pytest.fixture(scope="session")
def local_llm():
    """The default model, converted once into the settings' cache dir and loaded once."""
    from core.settings import Settings

    settings = Settings()
    return make_llm(
        model=DEFAULT_MODEL, device=settings.resolved_device, cache_dir=settings.cache_dir
    )


def test_a_finished_conversion_is_reused(tmp_path):
    target = default_model_dir(tmp_path)
    target.mkdir(parents=True)
    (target / DONE_MARKER).write_text("done")
    started = time.perf_counter()
    assert convert_default_model(tmp_path) == target
    assert time.perf_counter() - started < 1


def test_a_folder_without_config_is_refused(tmp_path):
    from assistant.llm.packaged import resolve_model_dir

    with pytest.raises(LLMError, match="expected 'gemma-3-270m' or a local Hugging Face"):
        resolve_model_dir(str(tmp_path), tmp_path)


def _tokenizer(model: str):
    """A real fast tokenizer over a tiny vocabulary: 'words' or 'characters'."""
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    from assistant.llm.packaged import TOKENIZER_PROBE

    if model == "words":
        vocab = {w: i for i, w in enumerate(["[UNK]", *sorted(set(TOKENIZER_PROBE.split()))])}
        core = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
        core.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    else:
        vocab = {c: i for i, c in enumerate(["[UNK]", *sorted(set(TOKENIZER_PROBE))])}
        core = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
        core.pre_tokenizer = pre_tokenizers.Split("", behavior="isolated")
    return PreTrainedTokenizerFast(tokenizer_object=core, unk_token="[UNK]")


def test_a_tokenizer_that_reads_letters_is_refused_with_the_fix(tmp_path):
    """transformers 5.17 converted gemma-3's GGUF tokenizer to single characters: refused."""
    from assistant.llm.packaged import check_tokenizer

    check_tokenizer(_tokenizer("words"), tmp_path)  # words: accepted
    with pytest.raises(LLMError, match=r"splits text into characters \(43 tokens") as e:
        check_tokenizer(_tokenizer("characters"), tmp_path)
    assert "transformers>=5.23" in str(e.value) and str(tmp_path) in str(e.value)


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


def test_the_int8_output_head_predicts_like_the_fp32_model(local_llm) -> None:
    """On CPU the default backend decodes with an int8 head: its next-token choices must agree
    with the unmodified fp32 model's on real product text."""
    import torch
    from transformers import AutoModelForCausalLM

    if local_llm.device != "cpu":
        pytest.skip("the int8 head is a CPU-only optimisation")
    assert local_llm.int8_head
    reference = AutoModelForCausalLM.from_pretrained(local_llm.model_dir, dtype=torch.float32)
    text = (
        "Push: A gentle start to your day: CeraVe Hydrating Facial Cleanser, $13.99.\n"
        "Product: Maybelline New York Great Lash Washable Mascara, Blackest Black, 0.43 oz. "
        "Our lightweight formula lifts and separates lashes for a clean, defined look."
    )
    inputs = local_llm.tokenizer(text, return_tensors="pt")
    with torch.inference_mode():
        ours = local_llm.model(**inputs).logits[0].argmax(-1)
        theirs = reference.eval()(**inputs).logits[0].argmax(-1)
    agreement = (ours == theirs).float().mean().item()
    assert agreement >= 0.9, agreement
    assert isinstance(local_llm.model.get_output_embeddings(), torch.ao.nn.quantized.dynamic.Linear)


def test_the_sampler_draws_like_temperature_top_k_top_p() -> None:
    """Our one-hot sampler keeps transformers' distribution: only the top-k tokens inside the
    top-p mass are ever drawn, with frequencies following the softmax."""
    import torch

    from assistant.llm.sampling import TopKTopPSampler

    torch.manual_seed(0)
    logits = torch.tensor([[4.0, 3.0, 2.0, 1.0, 0.0, -1.0, 5.0, -2.0]])
    sampler = TopKTopPSampler(temperature=1.0, top_k=4, top_p=0.9)
    draws = [int(sampler(None, logits).argmax()) for _ in range(4000)]
    allowed = {6, 0, 1}  # top 4 = 6, 0, 1, 2; mass before token 2 is 0.95 > 0.9: dropped
    assert set(draws) == allowed
    kept = torch.softmax(logits[0, [6, 0, 1]], -1)
    for token, p in zip([6, 0, 1], kept.tolist(), strict=True):
        assert abs(draws.count(token) / len(draws) - p) < 0.03
    out = TopKTopPSampler(temperature=0.7)(None, torch.randn(3, 100))
    assert (torch.isfinite(out).sum(-1) == 1).all()  # one finite score per row


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


def test_a_shared_prompt_prefix_is_read_once_and_changes_nothing(local_llm, monkeypatch) -> None:
    """Few-shot prompts share their examples: the batch reuses the prefix's cached keys and
    values, with the same greedy answers as reading every prompt whole."""
    import assistant.llm.prefix_cache as prefix_cache

    examples = (
        "Push notifications for a beauty shop.\n\nProduct: CeraVe Cleanser\nPrice: $13.99\n"
        "Push: A gentle start to your day: CeraVe Cleanser, $13.99.\n###\n"
    )
    prompts = [
        f"{examples}Product: {name}\nPrice: ${price}\nPush:"
        for name, price in [("OPI Nail Lacquer", "9.50"), ("Olay Daily Shampoo", "5.50"),
                            ("Burt's Bees Lip Balm, Pack of 4", "10.99")]
    ]  # fmt: skip
    kwargs = {"max_new_tokens": 16, "temperature": 0.0, "stop": ["\n"]}
    local_llm._prefixes.clear()
    cached = local_llm.batch(prompts, **kwargs)
    alone = local_llm.generate(prompts[0], **kwargs)  # a single prompt reuses it too
    assert len(local_llm._prefixes) == 1
    monkeypatch.setattr(prefix_cache, "MIN_SHARED_PREFIX", 10**6)
    local_llm._prefixes.clear()
    assert local_llm.batch(prompts, **kwargs) == cached
    assert local_llm.generate(prompts[0], **kwargs) == alone
    assert not local_llm._prefixes
