"""The local transformers backend: batches, streaming, chat templates, constrained decoding.

The packaged models (the default gemma-3-270m, SmolLM2) are converted once from GGUF by
`assistant.llm.packaged`; its names are re-exported here.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import queue
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from assistant.llm.admission import ModelBusy, ModelQueue
from assistant.llm.base import LLM, ROLES, GenerationOptions, Message, as_messages, plain_chat
from assistant.llm.errors import LLMError
from assistant.llm.packaged import (  # noqa: F401  (re-exported: the names callers import)
    _DONE_MARKER,
    DEFAULT_MODEL,
    _offline,
    check_tokenizer,
    convert_default_model,
    default_model_dir,
    resolve_model_dir,
)

logger = logging.getLogger(__name__)

MIN_SHARED_PREFIX = 32
"""Rows of a batch that share at least this many leading tokens reuse their keys and values."""
KEPT_PREFIXES = 4
"""Shared prompt prefixes (few-shot examples) whose keys and values stay cached."""
KEPT_GRAMMARS = 16
"""Compiled JSON-schema grammars kept per model (constrained decoding)."""


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


def render_prompt(
    tokenizer: Any, messages: Sequence[Message | dict[str, Any]], *, name: str = "the model"
) -> str:
    """The prompt a local model completes for ``messages``: the tokenizer's chat template with
    the generation prompt when it has one, else `plain_chat`'s ``Role: text`` layout. The one
    rendering of `LocalLLM.render_chat` and of the parser fine-tune's training prompts.

    Raises:
        LLMError: bad messages, or a chat template that refuses them.
    """
    checked = as_messages(messages)
    if not getattr(tokenizer, "chat_template", None):
        return plain_chat(checked)
    try:
        return tokenizer.apply_chat_template(
            [m.as_dict() for m in checked], tokenize=False, add_generation_prompt=True
        )
    except Exception as e:  # a template may refuse, e.g., a system message
        raise LLMError(f"the chat template of {name} refused the messages: {e}") from e


def merge_adapter(model: Any, adapter: Path) -> Any:
    """``model`` with the LoRA adapter in folder ``adapter`` merged into its weights.

    Raises:
        LLMError: peft is missing, or the folder is not an adapter for this model.
    """
    try:
        from peft import PeftModel
    except ImportError as e:
        raise LLMError("adapter: loading a LoRA adapter needs peft: pip install peft") from e
    try:
        return PeftModel.from_pretrained(model, str(adapter)).merge_and_unload()
    except Exception as e:
        raise LLMError(
            f"adapter: expected a LoRA adapter folder for this base model (adapter_config.json, "
            f"adapter_model.safetensors), got {adapter}: {e}. Set SHOPASSIST_PARSER_ADAPTER="
            "none, or train one with `shopassist tune parser`"
        ) from e


_NUMBER_RULES = {
    # JSON numbers without a digit limit let a small model write "165000.0000000..." until the
    # token budget ends mid-JSON; these bounded forms are a subset of valid JSON numbers.
    "basic_integer": '(("0") | (basic_integer_1 [1-9] [0-9]{0,14}))',
    "basic_number_2": '(("0") | ([1-9] [0-9]{0,11}))',
    "basic_number_3": '("" | ("." basic_number_digits{1, 6}))',
    "basic_number_5": '("")',
}


def bounded_json_grammar(json_schema: str) -> str:
    """The EBNF grammar xgrammar derives from ``json_schema`` (compact separators), with free
    JSON numbers bounded: integers up to 15 digits, decimals up to 12 digits before and 6
    after the point, no exponent. Every text it allows is still valid for the schema; a rule
    this xgrammar version names differently is left as it is.
    """
    import re

    import xgrammar as xgr

    text = str(xgr.Grammar.from_json_schema(json_schema, any_whitespace=False))
    for rule, body in _NUMBER_RULES.items():
        text = re.sub(rf"(?m)^{rule} ::= .*$", lambda _m, r=rule, b=body: f"{r} ::= {b}", text)
    return text


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
        max_waiting: int = 8,
        int8_head: bool = True,
        adapter: Path | None = None,
        tuned_for: str | None = None,
    ) -> None:
        """Load the model and tokenizer from ``model_dir`` onto ``device``.

        One generation runs at a time per model, in a bounded line (`ModelQueue`): up to
        ``max_waiting`` callers wait, the next is refused at once, and one that waits longer
        than ``queue_timeout`` seconds is refused too (`ModelBusy`, an `LLMError` an interface
        answers with 503), so neither memory nor a worker's threads grow under load; a
        generation stops after ``max_time`` seconds with the text it has.

        Args:
            model_dir: a Hugging Face model folder (config, safetensors, tokenizer).
            device: 'cpu', 'cuda' or 'cuda:N'.
            capable: whether the model follows instructions; guessed from the folder when None
                (instruction-tuned names: '-it', 'instruct', 'chat').
            name: the name to report; the folder name by default.
            batch_size: prompts per forward batch in :meth:`batch`.
            max_time: seconds one generation may run (it returns what it has by then).
            queue_timeout: seconds a call may wait for the model before failing.
            max_waiting: callers that may wait for the model at once (more are refused).
            int8_head: on CPU, decode with an int8 output projection (`quantize_output_head`);
                False keeps the model exactly as loaded.
            adapter: a LoRA adapter folder (peft: adapter_config.json, adapter_model.safetensors)
                trained on this base; it is merged into the weights (`merge_and_unload`), so
                decoding costs the same as the base model.
            tuned_for: the task the adapter was trained for (`LLM.tuned_for`, e.g. 'parser').
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
        self._lock = ModelQueue(slots=1, max_waiting=max_waiting, wait_s=queue_timeout)
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
        check_tokenizer(self.tokenizer, self.model_dir)
        self.adapter = Path(adapter) if adapter is not None else None
        self.tuned_for = tuned_for
        if self.adapter is not None:
            self.model = merge_adapter(self.model, self.adapter)
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
        self._compiler: Any = None  # xgrammar's compiler, made at the first json_schema call
        self._grammars: OrderedDict[str, Any] = OrderedDict()

    # -- chat ---------------------------------------------------------------------------------

    @property
    def has_chat_template(self) -> bool:
        """Whether the tokenizer brings a chat template (instruction-tuned models do; the
        default gemma-3-270m base conversion does not)."""
        return bool(getattr(self.tokenizer, "chat_template", None))

    @property
    def vocab_size(self) -> int:
        """Rows of the output projection (can exceed the tokenizer's vocabulary: padding)."""
        return int(self.model.config.get_text_config().vocab_size)

    def render_chat(self, messages: Sequence[Message | dict[str, Any]]) -> str:
        """The prompt for ``messages``: the tokenizer's chat template with the generation
        prompt (``add_generation_prompt=True``) when the model has one, else `plain_chat`'s
        ``Role: text`` layout."""
        return render_prompt(self.tokenizer, messages, name=self.name)

    def _chat(self, messages: tuple[Message, ...], options: GenerationOptions) -> str:
        """Complete the rendered chat; the plain layout also stops where the model starts writing
        another turn (``User:``, ``System:``, ``Assistant:``)."""
        if not self.has_chat_template and options.json_schema is None:
            turns = tuple(f"\n{role.capitalize()}:" for role in ROLES)
            options = replace(options, stop=(*options.stop, *turns))
        return super()._chat(messages, options)

    # -- helpers ------------------------------------------------------------------------------

    def _kwargs(self, options: GenerationOptions) -> dict[str, Any]:
        """``model.generate`` arguments for one call (fresh logits processors each time: the
        grammar processor keeps per-row state)."""
        from transformers import LogitsProcessorList

        kwargs: dict[str, Any] = {
            "max_new_tokens": options.max_new_tokens,
            "pad_token_id": self.tokenizer.pad_token_id,
            "max_time": self.max_time,
        }
        kwargs.update(do_sample=False, temperature=None, top_p=None, top_k=None)
        processors: list[Any] = []
        if options.json_schema is not None:  # the mask first, then the draw among allowed tokens
            processors.append(self._grammar_processor(options.json_schema))
        if options.temperature > 0:  # sampled by our processor; greedy decoding takes its draw
            processors.append(TopKTopPSampler(options.temperature, top_k=64, top_p=0.95))
        if processors:
            kwargs["logits_processor"] = LogitsProcessorList(processors)
        return kwargs

    def _grammar_processor(self, json_schema: str) -> Any:
        """An xgrammar logits processor that keeps every row of the batch inside
        ``json_schema`` (compiled once per schema text, the last `KEPT_GRAMMARS` kept).

        The grammar ends only with one of the model's end-of-text ids, so ``generate`` stops
        right after the closing brace. xgrammar masks the logits, whatever computed them (the
        int8 head included), and sets up one matcher per row at the first step, so left-padded
        and prefix-cached batches work unchanged.
        """
        try:
            import xgrammar as xgr
        except ImportError as e:
            raise LLMError(
                "json_schema: constrained decoding on the local backend needs xgrammar: "
                "pip install xgrammar (a dependency of shopassist)"
            ) from e
        if self._compiler is None:
            info = xgr.TokenizerInfo.from_huggingface(
                self.tokenizer, vocab_size=self.vocab_size, stop_token_ids=sorted(self._eos_ids)
            )
            self._compiler = xgr.GrammarCompiler(info, cache_enabled=False)
        grammar = self._grammars.get(json_schema)
        if grammar is None:
            try:
                grammar = self._compiler.compile_grammar(bounded_json_grammar(json_schema))
            except Exception as e:
                raise LLMError(
                    f"json_schema: expected a JSON schema xgrammar can compile, got "
                    f"{json_schema[:120]!r}: {e}"
                ) from e
            self._grammars[json_schema] = grammar
            if len(self._grammars) > KEPT_GRAMMARS:
                self._grammars.popitem(last=False)
        self._grammars.move_to_end(json_schema)
        return xgr.contrib.hf.LogitsProcessor(grammar)

    def _ids(self, prompt: str) -> list[int]:
        """Token ids of ``prompt``; a prompt that already starts with the BOS token (a rendered
        chat template) gets no second one."""
        bos = self.tokenizer.bos_token
        special = not (bos and prompt.startswith(bos))
        return self.tokenizer(prompt, add_special_tokens=special)["input_ids"]

    def busy(self) -> bool:
        """Whether a generation is running now (callers may choose not to queue)."""
        return self._lock.locked()

    @contextlib.contextmanager
    def _turn(self, seed: int | None) -> Iterator[None]:
        """Hold the model for one call: wait (bounded) for the lock, seed, release on exit."""
        if not self._lock.acquire(timeout=self.queue_timeout):
            raise ModelBusy(
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

        rows = [self._ids(p) for p in prompts]
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
        options: GenerationOptions,
        stop: list[str] | None,
        cancel: _Cancel,
        on_row: Callable[[int, str], None],
    ) -> None:
        """Generate one left-padded batch on this thread, calling ``on_row(row, text)`` once per
        row: as it ends, or when the batch ends for rows cut by the token limit."""
        import torch
        from transformers import StoppingCriteriaList

        inputs, length = self._batch_inputs(chunk)
        kwargs = self._kwargs(options)
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
                            options,
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

        stop, seed = list(options.stop), options.seed
        inputs = self._padded([self._ids(prompt)])
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
                        **self._kwargs(options),
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
