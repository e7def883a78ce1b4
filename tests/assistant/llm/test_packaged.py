"""Packaged models: the default model converted once, a model folder checked, a tokenizer that
reads letters refused."""

from __future__ import annotations

import time

import pytest

from assistant.llm import LLMError
from assistant.llm.packaged import DONE_MARKER, convert_default_model, default_model_dir


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
