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


def _tokenizer(pieces: str):
    """A real fast tokenizer over a tiny vocabulary that splits text into 'words', 'pairs' of
    letters or single 'letters'."""
    from tokenizers import Regex, Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    pattern = {"words": r"\w+", "pairs": r"\w{1,2}", "letters": r"\w"}[pieces]
    core = Tokenizer(models.WordLevel({"[UNK]": 0}, unk_token="[UNK]"))
    core.pre_tokenizer = pre_tokenizers.Sequence(
        [pre_tokenizers.WhitespaceSplit(), pre_tokenizers.Split(Regex(pattern), "isolated")]
    )
    return PreTrainedTokenizerFast(tokenizer_object=core, unk_token="[UNK]")


def test_a_tokenizer_that_reads_pieces_of_words_is_refused_with_the_fix(tmp_path):
    """transformers 5.17 read gemma-3's GGUF tokenizer as 19 tokens for 9 words, 43 (letters)
    once saved: both refused; one token a word accepted."""
    from assistant.llm.packaged import check_tokenizer

    check_tokenizer(_tokenizer("words"), tmp_path)  # 9 tokens: accepted
    for pieces, count in (("pairs", 21), ("letters", 35)):
        with pytest.raises(LLMError, match=rf"smaller than words \({count} tokens for the 9") as e:
            check_tokenizer(_tokenizer(pieces), tmp_path)
        assert "transformers>=5.23" in str(e.value) and str(tmp_path) in str(e.value)
