"""The local transformers backend: `LocalLLM`, its loading, batches, streaming and chat prompts.

Its parts live beside it, a module per job: `int8_head` (the CPU int8 output head), `sampling`
(top-k/top-p draws), `stopping` (stop strings, a consumer gone), `constrained` (JSON-schema
decoding with xgrammar) and `prefix_cache` (the batch layout and shared-prefix reuse). The
packaged models (the default gemma-3-270m, SmolLM2) are converted once from GGUF by
`assistant.llm.packaged`.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from assistant.llm.admission import ModelBusy, ModelQueue
from assistant.llm.base import LLM, ROLES, GenerationOptions, Message, as_messages, plain_chat
from assistant.llm.constrained import JsonSchemaDecoding
from assistant.llm.errors import LLMError
from assistant.llm.int8_head import quantize_output_head
from assistant.llm.packaged import check_tokenizer, offline
from assistant.llm.prefix_cache import SharedPrefixBatches
from assistant.llm.sampling import TopKTopPSampler
from assistant.llm.stopping import Cancel, StopOnText

logger = logging.getLogger(__name__)

QUEUE_TIMEOUT_S = 120.0
"""How long a call waits for the model by default before it is refused (`ModelBusy`)."""


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


class LocalLLM(LLM):
    """A causal language model run in-process by transformers.

    fp32 on CPU (with an int8 output head, see `quantize_output_head`), bf16 on CUDA.
    ``generate`` and ``batch`` call ``model.generate`` directly; ``stream`` runs it in a thread
    and yields text through ``TextIteratorStreamer``. Sampling goes through `TopKTopPSampler`.

    Its parts get what they read from it when it is made: ``batches`` (`SharedPrefixBatches`:
    the batch layout and the shared-prefix cache) the model and tokenizer, ``grammars``
    (`JsonSchemaDecoding`: JSON-schema constrained decoding) the tokenizer, the vocabulary size
    and ``eos_ids`` (the model's end-of-text ids).
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
        queue_timeout: float = QUEUE_TIMEOUT_S,
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
        generation stops ``max_time`` seconds after the call began (the wait for the model
        included) with the text it has.

        Args:
            model_dir: a Hugging Face model folder (config, safetensors, tokenizer).
            device: 'cpu', 'cuda' or 'cuda:N'.
            capable: whether the model follows instructions; guessed from the folder when None
                (instruction-tuned names: '-it', 'instruct', 'chat').
            name: the name to report; the folder name by default.
            batch_size: prompts per forward batch in :meth:`batch`.
            max_time: seconds one generation may run (it returns what it has by then), counted
                from the call's start for its first generation: the wait for the model, the
                shared prefix's and the prompt's reading count too (a prompt read past it
                gets one token). Later batches of one `batch` call get it each.
            queue_timeout: seconds a call may wait for the model before failing.
            max_waiting: callers that may wait for the model at once (more are refused).
            int8_head: on CPU, decode with an int8 output projection (`quantize_output_head`);
                False keeps the model exactly as loaded.
            adapter: a LoRA adapter folder (peft: adapter_config.json, adapter_model.safetensors)
                trained on this base; it is merged into the weights (`merge_and_unload`), so
                decoding costs the same as the base model.
            tuned_for: the task the adapter was trained for (`LLM.tuned_for`, e.g. 'parser').
        """
        offline()
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
        self.eos_ids = frozenset([eos] if isinstance(eos, int) else eos or [])
        self.batches = SharedPrefixBatches(self.model, self.tokenizer)
        self.grammars = JsonSchemaDecoding(self.tokenizer, self.vocab_size, self.eos_ids)

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
        }
        kwargs.update(do_sample=False, temperature=None, top_p=None, top_k=None)
        processors: list[Any] = []
        if options.json_schema is not None:  # the mask first, then the draw among allowed tokens
            processors.append(self.grammars.processor(options.json_schema))
        if options.temperature > 0:  # sampled by our processor; greedy decoding takes its draw
            processors.append(TopKTopPSampler(options.temperature, top_k=64, top_p=0.95))
        if processors:
            kwargs["logits_processor"] = LogitsProcessorList(processors)
        return kwargs

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

    def _deadline(self, since: float) -> Any:
        """The stopping criterion of ``max_time`` seconds counted from ``since`` (``time.time()``
        when the call began), not from ``model.generate``'s start as transformers' own
        ``max_time`` counts: the wait for the model and the prefix cache's reading are spent
        before that."""
        from transformers import MaxTimeCriteria

        return MaxTimeCriteria(self.max_time, initial_timestamp=since)

    def _criteria(self, stop: list[str] | None, prompt_length: int, *extra: Any) -> Any:
        from transformers import StoppingCriteriaList

        criteria = list(extra)
        if stop:
            criteria.append(StopOnText(self.tokenizer, stop, prompt_length))
        return StoppingCriteriaList(criteria)

    # -- the two methods of the LLM base class ------------------------------------------------

    def _generate_rows(
        self,
        chunk: Sequence[str],
        options: GenerationOptions,
        stop: list[str] | None,
        cancel: Cancel,
        on_row: Callable[[int, str], None],
        since: float,
    ) -> None:
        """Generate one left-padded batch on this thread, calling ``on_row(row, text)`` once per
        row: as it ends, or when the batch ends for rows cut by the token or the time limit
        (``max_time`` from ``since``)."""
        import torch
        from transformers import StoppingCriteriaList

        inputs, length = self.batches.inputs(chunk)
        kwargs = self._kwargs(options)
        reported: set[int] = set()

        def report(row: int, text: str) -> None:
            reported.add(row)
            on_row(row, text)

        watcher = StopOnText(
            self.tokenizer, stop or [], length, eos_ids=self.eos_ids, on_done=report
        )
        with torch.inference_mode():
            ids = self.model.generate(
                **inputs,
                **kwargs,
                stopping_criteria=StoppingCriteriaList([cancel, watcher, self._deadline(since)]),
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
        started = time.time()  # max_time counts from here: the wait for the model included
        stop = list(options.stop)
        seed = options.seed
        finished: queue.Queue[tuple[int, str] | BaseException | None] = queue.Queue()
        cancel = Cancel()

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
                            started if start == 0 else time.time(),
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

        started = time.time()  # max_time counts from here: the wait for the model included
        stop, seed = list(options.stop), options.seed
        inputs = self.batches.padded([self.batches.ids(prompt)])
        streamer = TextIteratorStreamer(
            self.tokenizer, skip_prompt=True, skip_special_tokens=True, timeout=600
        )
        cancel = Cancel()
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
                            stop, inputs["input_ids"].shape[1], cancel, self._deadline(started)
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
