"""The one base class every language-model backend extends, and its generation options."""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any, Literal, TypeVar, overload

from pydantic import BaseModel, TypeAdapter, ValidationError

from assistant.llm.errors import LLMError

Role = Literal["system", "user", "assistant"]
ROLES: tuple[str, ...] = ("system", "user", "assistant")
Model = TypeVar("Model", bound=BaseModel)


@dataclass(frozen=True)
class Message:
    """One chat message: who says it (``system``, ``user`` or ``assistant``) and the text."""

    role: Role
    content: str

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise LLMError(f"message role: expected one of {', '.join(ROLES)}, got {self.role!r}")
        if not isinstance(self.content, str):
            raise LLMError(f"message content: expected a string, got {type(self.content).__name__}")

    def as_dict(self) -> dict[str, str]:
        """The OpenAI / chat-template form ``{"role": ..., "content": ...}``."""
        return {"role": self.role, "content": self.content}


def as_messages(messages: Sequence[Message | Mapping[str, Any]]) -> tuple[Message, ...]:
    """Validate chat messages given as `Message` or ``{"role", "content"}`` dicts.

    Raises:
        LLMError: no messages, an unknown role, or content that is not text.
    """
    if isinstance(messages, (str, bytes)) or not messages:
        raise LLMError(
            "messages: expected a non-empty list of {'role': ..., 'content': ...}, "
            f"got {messages!r:.80}"
        )
    out = []
    for i, m in enumerate(messages):
        if isinstance(m, Message):
            out.append(m)
        elif isinstance(m, Mapping) and "role" in m and "content" in m:
            out.append(Message(m["role"], m["content"]))
        else:
            raise LLMError(f"messages[{i}]: expected a Message or a dict with role and content")
    return tuple(out)


def plain_chat(messages: Sequence[Message]) -> str:
    """The chat layout for models without a chat template: one ``Role: text`` block per
    message, then the cue ``Assistant:`` for the answer."""
    lines = [f"{m.role.capitalize()}: {m.content.strip()}" for m in messages]
    return "\n\n".join([*lines, "Assistant:"])


def json_schema_of(schema: type[BaseModel] | Mapping[str, Any]) -> str:
    """The JSON schema text of a pydantic model class or of a JSON-schema dict (the same
    schema gives the same text, so compiled grammars are cached by it; the properties keep
    their order, which is the order a constrained model writes them in).

    Raises:
        LLMError: ``schema`` is neither.
    """
    if isinstance(schema, type) and issubclass(schema, BaseModel):
        return json.dumps(schema.model_json_schema())
    if isinstance(schema, Mapping):
        return json.dumps(dict(schema))
    raise LLMError(
        f"schema: expected a pydantic model class or a JSON-schema dict, got {schema!r:.80}"
    )


def parse_answer(text: str, schema: type[BaseModel] | Mapping[str, Any]) -> Any:
    """Parse and validate a model's JSON answer against ``schema``.

    Returns:
        An instance of the pydantic model, or the parsed JSON value for a JSON-schema dict.

    Raises:
        LLMError: the answer is not JSON or does not match the schema; the message names
            what was wrong.
    """
    if isinstance(schema, type) and issubclass(schema, BaseModel):
        try:
            return schema.model_validate_json(text)
        except ValidationError as e:
            raise LLMError(
                f"model answer: expected JSON matching {schema.__name__}, got {text[:200]!r}: "
                f"{_errors(e)}. An answer cut off mid-JSON needs a larger max_new_tokens or a "
                "tighter schema (max_length on strings and lists); an answer that ignores the "
                "schema needs a backend that constrains its output (the local model, or a server "
                "with response_format json_schema support such as vLLM or llama.cpp's server)"
            ) from e
    try:
        value = TypeAdapter(Any).validate_json(text)
    except ValidationError as e:
        raise LLMError(f"model answer: expected JSON, got {text[:200]!r}: {_errors(e)}") from e
    _check_json_schema(value, dict(schema), text)
    return value


def _check_json_schema(value: Any, schema: dict[str, Any], text: str) -> None:
    import jsonschema

    try:
        jsonschema.validate(value, schema)
    except jsonschema.ValidationError as e:
        where = "/".join(str(p) for p in e.absolute_path) or "(root)"
        raise LLMError(
            f"model answer: expected JSON matching the schema, got {text[:200]!r}: "
            f"{where}: {e.message}"
        ) from e


def _errors(e: ValidationError) -> str:
    parts = []
    for err in e.errors()[:5]:
        where = ".".join(str(p) for p in err["loc"]) or "(root)"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


@dataclass(frozen=True)
class GenerationStats:
    """Timing of one streamed generation (filled by backends that can measure it)."""

    new_tokens: int = 0
    first_token_s: float = 0.0
    total_s: float = 0.0


@dataclass(frozen=True)
class GenerationOptions:
    """How to generate: validated once, then passed unchanged to the backend.

    Attributes:
        max_new_tokens: the most tokens to add (1 or more).
        temperature: 0 for greedy decoding, above 0 to sample.
        stop: strings that end the text (the text is cut before the first one).
        seed: makes sampling repeatable where the backend supports it.
        json_schema: a JSON schema (as text, see `json_schema_of`) the answer must follow:
            the local backend constrains decoding to it, an OpenAI-compatible server gets it as
            ``response_format``. Set by `LLM.chat` (``schema=``), which also validates the
            answer; ``generate``/``batch`` with it return the raw JSON text.
    """

    max_new_tokens: int = 64
    temperature: float = 0.7
    stop: tuple[str, ...] = ()
    seed: int | None = None
    json_schema: str | None = None

    def __post_init__(self) -> None:
        if self.max_new_tokens < 1:
            raise LLMError(f"max_new_tokens: expected 1 or more, got {self.max_new_tokens}")
        if self.temperature < 0:
            raise LLMError(f"temperature: expected 0 or more, got {self.temperature}")
        # callers pass lists or None; keep a tuple without empty strings
        object.__setattr__(self, "stop", tuple(s for s in self.stop or () if s))
        if self.json_schema is not None:
            try:
                json.loads(self.json_schema)
            except (TypeError, ValueError) as e:
                raise LLMError(
                    f"json_schema: expected JSON-schema text, got {self.json_schema!r:.80}"
                ) from e

    @classmethod
    def of(cls, options: GenerationOptions | None, settings: dict[str, Any]) -> GenerationOptions:
        """``options`` (or the defaults) with keyword ``settings`` applied on top."""
        base = options or cls()
        unknown = set(settings) - {f.name for f in fields(cls)}
        if unknown:
            names = ", ".join(f.name for f in fields(cls))
            raise LLMError(f"generation options: unknown {sorted(unknown)}; expected {names}")
        return replace(base, **settings) if settings else base


class LLM(ABC):
    """A text-completion model: the one base class of every backend.

    Backends implement two methods over a frozen `GenerationOptions`: `_complete` (several
    prompts, answers as each finishes) and `_stream` (one prompt, piece by piece). This class
    builds `generate`, `batch`, `batch_as_completed` and `stream` on them once, and cuts every
    answer at its stop strings. Each public method takes ``options`` and/or the options' fields
    as keywords (``max_new_tokens=20, stop=["\\n"]``).

    ``capable`` is True for instruction-tuned or large models that can follow free-form
    instructions, False for small base models (such as the default gemma-3-270m) that need
    few-shot prompts and whose every output must be checked.

    Chat: `chat` takes a list of messages (system/user/assistant) instead of a prompt, and with
    ``schema=`` (a pydantic model class or a JSON-schema dict) returns the validated object. A
    backend renders messages with `render_chat` (the local backend: the tokenizer's chat
    template, or the plain ``Role: text`` layout) or overrides `_chat` to send them as they are
    (the OpenAI-compatible backend).
    """

    name: str = "llm"
    capable: bool = False
    tuned_for: str | None = None
    """The task a fine-tuned adapter taught this model, or None for a general model. 'parser':
    it answers `assistant.dialogue.model.model_request.parser_messages` (without worked examples)
    with a `ModelRequest`, so a caller skips the few-shot examples it gives a base model
    (`assistant.llm.factory.make_parser_llm`)."""

    @abstractmethod
    def _complete(
        self, prompts: Sequence[str], options: GenerationOptions
    ) -> Iterator[tuple[int, str]]:
        """Yield ``(index, text)`` for every prompt, in any order, as each one finishes."""

    @abstractmethod
    def _stream(self, prompt: str, options: GenerationOptions) -> Iterator[str]:
        """Yield the completion of ``prompt`` piece by piece."""

    def render_chat(self, messages: Sequence[Message | Mapping[str, Any]]) -> str:
        """The prompt text `chat` completes for ``messages`` (here: `plain_chat`; backends with a
        chat template override it)."""
        return plain_chat(as_messages(messages))

    def _chat(self, messages: tuple[Message, ...], options: GenerationOptions) -> str:
        """Answer ``messages``: by default the completion of `render_chat`'s prompt."""
        return in_order(self._complete([self.render_chat(messages)], options), 1)[0]

    @overload
    def chat(
        self,
        messages: Sequence[Message | Mapping[str, Any]],
        options: GenerationOptions | None = None,
        *,
        schema: None = None,
        **settings: Any,
    ) -> str: ...

    @overload
    def chat(
        self,
        messages: Sequence[Message | Mapping[str, Any]],
        options: GenerationOptions | None = None,
        *,
        schema: type[Model],
        **settings: Any,
    ) -> Model: ...

    @overload
    def chat(
        self,
        messages: Sequence[Message | Mapping[str, Any]],
        options: GenerationOptions | None = None,
        *,
        schema: Mapping[str, Any],
        **settings: Any,
    ) -> Any: ...

    def chat(
        self,
        messages: Sequence[Message | Mapping[str, Any]],
        options: GenerationOptions | None = None,
        *,
        schema: type[BaseModel] | Mapping[str, Any] | None = None,
        **settings: Any,
    ) -> Any:
        """Answer a conversation given as chat messages.

        Args:
            messages: `Message` objects or ``{"role": "system"|"user"|"assistant",
                "content": str}`` dicts, oldest first.
            options: generation options (the options' fields may also be given as keywords).
            schema: a pydantic model class or a JSON-schema dict the answer must follow. The
                local backend constrains decoding to it; an OpenAI-compatible server gets it
                as ``response_format`` json_schema (strict). Stop strings are not applied to
                a schema-bound answer (they could cut the JSON).

        Returns:
            The answer text; with a pydantic ``schema`` an instance of it, with a dict schema
            the parsed JSON value.

        Raises:
            LLMError: bad messages or options, a failed generation, or an answer that is not
                valid JSON for ``schema`` (the message names what was wrong).
        """
        chosen = GenerationOptions.of(options, settings)
        checked = as_messages(messages)
        if schema is None:
            return cut_at_stop(self._chat(checked, chosen), chosen.stop)[0]
        chosen = replace(chosen, stop=(), json_schema=json_schema_of(schema))
        return parse_answer(self._chat(checked, chosen).strip(), schema)

    def generate(
        self, prompt: str, options: GenerationOptions | None = None, **settings: Any
    ) -> str:
        """Complete ``prompt`` and return the new text only (cut at the first stop string)."""
        return self.batch([prompt], options, **settings)[0]

    def batch(
        self, prompts: Sequence[str], options: GenerationOptions | None = None, **settings: Any
    ) -> list[str]:
        """Complete several prompts (batched where the backend can) in the order given."""
        return in_order(self.batch_as_completed(prompts, options, **settings), len(prompts))

    def batch_as_completed(
        self, prompts: Sequence[str], options: GenerationOptions | None = None, **settings: Any
    ) -> Iterator[tuple[int, str]]:
        """Complete several prompts together, yielding ``(index, text)`` as each one finishes,
        in any order, so callers can show the first answers while the others are written."""
        chosen = GenerationOptions.of(options, settings)
        finished = self._complete(list(prompts), chosen)
        try:
            for index, text in finished:
                yield index, cut_at_stop(text, chosen.stop)[0]
        finally:
            _close(finished)  # the backend stops its work when the caller goes away

    def stream(
        self, prompt: str, options: GenerationOptions | None = None, **settings: Any
    ) -> Iterator[str]:
        """Yield the completion piece by piece as it is produced (nothing past a stop)."""
        chosen = GenerationOptions.of(options, settings)
        pieces = self._stream(prompt, chosen)
        try:
            yield from stream_with_stops(pieces, chosen.stop)
        finally:
            _close(pieces)  # at a stop string, or when the caller goes away


def _close(iterator: Iterator[Any]) -> None:
    close = getattr(iterator, "close", None)
    if close is not None:
        close()


def in_order(finished: Iterator[tuple[int, str]], count: int) -> list[str]:
    """The texts of a `batch_as_completed` iterator, in prompt order."""
    texts = [""] * count
    for index, text in finished:
        texts[index] = text
    return texts


def cut_at_stop(text: str, stop: Sequence[str] | None) -> tuple[str, bool]:
    """Cut ``text`` at the earliest stop string.

    Returns:
        The text before the stop string, and whether a stop string was found.
    """
    if not stop:
        return text, False
    positions = [text.find(s) for s in stop if s and s in text]
    if not positions:
        return text, False
    return text[: min(positions)], True


def held_back(text: str, stop: Sequence[str] | None) -> int:
    """How many trailing characters of ``text`` could be the start of a stop string.

    A streamer must not emit them yet: the next piece may complete the stop string.
    """
    if not stop:
        return 0
    keep = 0
    for s in stop:
        for n in range(min(len(s) - 1, len(text)), 0, -1):
            if text.endswith(s[:n]):
                keep = max(keep, n)
                break
    return keep


def stream_with_stops(pieces: Iterator[str], stop: Sequence[str] | None) -> Iterator[str]:
    """Re-chunk a stream of text pieces so that nothing at or after a stop string is yielded."""
    buffer = ""
    for piece in pieces:
        buffer += piece
        text, found = cut_at_stop(buffer, stop)
        if found:
            if text:
                yield text
            return
        keep = held_back(buffer, stop)
        emit = buffer[: len(buffer) - keep] if keep else buffer
        if emit:
            yield emit
        buffer = buffer[len(emit) :]
    if buffer:
        yield buffer
