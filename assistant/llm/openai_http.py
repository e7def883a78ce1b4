"""The OpenAI-compatible HTTP backend (vLLM, TGI, llama.cpp server, ...), over httpx.

Speaks ``POST {base_url}/chat/completions``, plain and streaming (server-sent events). Timeouts
and a bounded number of retries (on connection errors, timeouts, 429 and 5xx) end in an
`LLMError` that names the server, what happened, and what to check.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from typing import Any

from assistant.llm.base import LLM, GenerationOptions, Message
from assistant.llm.errors import LLMError

logger = logging.getLogger(__name__)

_RETRY_STATUS = {408, 429, 500, 502, 503, 504}


def _schema_name(schema: dict[str, Any]) -> str:
    """The ``json_schema.name`` OpenAI asks for: the schema's title, reduced to the allowed
    characters (letters, digits, '_' and '-', at most 64), or 'answer'."""
    title = str(schema.get("title") or "answer")
    name = "".join(c if c.isalnum() or c in "_-" else "_" for c in title)[:64]
    return name or "answer"


@dataclass(frozen=True)
class HttpOptions:
    """How requests go to the server: timeouts, retries and parallelism.

    Attributes:
        timeout_s: read timeout of one request (and between two streamed chunks).
        connect_timeout_s: how long to wait for the connection.
        retries: further attempts after the first on transient failures (connection errors,
            timeouts, 408, 429 and 5xx).
        retry_wait_s: wait before the first retry, doubled each time.
        max_parallel: concurrent requests in `LLM.batch`.
    """

    timeout_s: float = 60.0
    connect_timeout_s: float = 5.0
    retries: int = 2
    retry_wait_s: float = 0.5
    max_parallel: int = 4

    def __post_init__(self) -> None:
        for name in ("timeout_s", "connect_timeout_s"):
            if not getattr(self, name) > 0:
                raise LLMError(f"{name}: expected seconds above 0, got {getattr(self, name)!r}")
        if self.retries < 0:
            raise LLMError(f"retries: expected 0 or more, got {self.retries}")
        if self.retry_wait_s < 0:
            raise LLMError(f"retry_wait_s: expected seconds >= 0, got {self.retry_wait_s!r}")
        if self.max_parallel < 1:
            raise LLMError(f"max_parallel: expected 1 or more, got {self.max_parallel}")


class OpenAICompatibleLLM(LLM):
    """A model behind an OpenAI-compatible chat-completions server."""

    def __init__(
        self,
        base_url: str,
        *,
        model: str | None = None,
        api_key: str | None = None,
        capable: bool = True,
        http: HttpOptions | None = None,
        transport: Any = None,
    ) -> None:
        """Configure the client (no request is made until the first generation).

        Args:
            base_url: the server's API root, e.g. ``http://127.0.0.1:8000/v1``.
            model: the model name to ask for (``Settings.llm_server_model``); 'default' if None.
            api_key: sent as a bearer token when given.
            capable: whether the served model follows instructions (servers usually host
                instruction-tuned models).
            http: timeouts, retries and parallelism; default `HttpOptions()`.
            transport: an ``httpx.BaseTransport`` to send through instead of the network
                (tests use ``httpx.MockTransport``).
        """
        if not base_url.startswith(("http://", "https://")):
            raise LLMError(
                f"llm_base_url: expected an http(s) URL such as http://127.0.0.1:8000/v1, "
                f"got {base_url!r}"
            )
        self.base_url = base_url.rstrip("/")
        self.model = model or "default"
        self.name = f"{self.model}@{self.base_url}"
        self.api_key = api_key
        self.capable = capable
        self.http = http or HttpOptions()
        self.transport = transport

    # -- requests -----------------------------------------------------------------------------

    def _body(
        self, prompt: str | Sequence[Message], options: GenerationOptions, *, stream: bool
    ) -> dict[str, Any]:
        """The request body: a prompt is sent as one user message, chat messages as they are;
        ``options.json_schema`` becomes ``response_format`` json_schema (strict)."""
        messages = (
            [{"role": "user", "content": prompt}]
            if isinstance(prompt, str)
            else [m.as_dict() for m in prompt]
        )
        body: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
            "max_tokens": options.max_new_tokens,
            "temperature": options.temperature,
            "stream": stream,
        }
        if options.stop:
            body["stop"] = list(options.stop)[:4]  # the OpenAI API accepts at most four
        if options.seed is not None:
            body["seed"] = options.seed
        if options.json_schema is not None:
            schema = json.loads(options.json_schema)
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {
                    "name": _schema_name(schema),
                    "schema": schema,
                    "strict": True,
                },
            }
        return body

    def _client(self) -> Any:
        import httpx

        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        timeout = httpx.Timeout(self.http.timeout_s, connect=self.http.connect_timeout_s)
        return httpx.Client(
            base_url=self.base_url, headers=headers, timeout=timeout, transport=self.transport
        )

    def _failed(self, what: str, attempts: int) -> LLMError:
        return LLMError(
            f"LLM server {self.base_url}: {what} (after {attempts} attempt"
            f"{'s' if attempts != 1 else ''}). Check that the server is running and that "
            "SHOPASSIST_LLM_BASE_URL points at its /v1 root"
        )

    def _with_retries(self, call: Any) -> Any:
        import httpx

        wait = self.http.retry_wait_s
        attempts = self.http.retries + 1
        for attempt in range(1, attempts + 1):
            try:
                return call()
            except httpx.TimeoutException as e:
                problem = f"timed out after {self.http.timeout_s:g}s ({type(e).__name__})"
            except httpx.TransportError as e:
                problem = f"connection failed ({type(e).__name__}: {e})"
            except httpx.HTTPStatusError as e:
                status = e.response.status_code
                detail = e.response.text[:200] if not e.response.is_stream_consumed else ""
                problem = f"expected HTTP 200, got {status} {detail}".rstrip()
                if status not in _RETRY_STATUS:
                    raise self._failed(problem, attempt) from e
            if attempt == attempts:
                raise self._failed(problem, attempt)
            logger.warning("LLM server %s: %s; retrying in %.1fs", self.base_url, problem, wait)
            time.sleep(wait)
            wait *= 2
        raise AssertionError("unreachable")

    @staticmethod
    def _content(payload: Any) -> str:
        try:
            return payload["choices"][0]["message"]["content"] or ""
        except (KeyError, IndexError, TypeError) as e:
            raise LLMError(
                "LLM server answer: expected {'choices': [{'message': {'content': ...}}]}, "
                f"got {str(payload)[:200]!r}"
            ) from e

    # -- the two methods of the LLM base class ------------------------------------------------

    def _chat(self, messages: tuple[Message, ...], options: GenerationOptions) -> str:
        """Send the chat messages as they are (the server applies its model's template)."""
        return self._one(messages, options)

    def _one(self, prompt: str | Sequence[Message], options: GenerationOptions) -> str:
        """One chat-completions request; returns the answer."""
        body = self._body(prompt, options, stream=False)

        def call() -> str:
            with self._client() as client:
                response = client.post("/chat/completions", json=body)
                response.raise_for_status()
                try:
                    payload = response.json()
                except ValueError as e:
                    raise LLMError(
                        f"LLM server {self.base_url}: expected a JSON answer, got "
                        f"{response.text[:200]!r}"
                    ) from e
            return self._content(payload)

        return self._with_retries(call)

    def _complete(
        self, prompts: Sequence[str], options: GenerationOptions
    ) -> Iterator[tuple[int, str]]:
        """Several requests, ``max_parallel`` at a time, yielded as each one answers."""
        if len(prompts) <= 1:
            yield from ((i, self._one(p, options)) for i, p in enumerate(prompts))
            return
        with ThreadPoolExecutor(max_workers=self.http.max_parallel) as pool:
            futures = {pool.submit(self._one, p, options): i for i, p in enumerate(prompts)}
            for future in as_completed(futures):
                yield futures[future], future.result()

    def _stream(self, prompt: str, options: GenerationOptions) -> Iterator[str]:
        """Stream the answer (SSE ``data:`` lines); retries only before the first piece."""
        yield from self._sse(self._body(prompt, options, stream=True))

    def _sse(self, body: dict[str, Any]) -> Iterator[str]:
        import httpx

        client = self._client()
        try:

            def open_stream() -> Any:
                request = client.build_request("POST", "/chat/completions", json=body)
                response = client.send(request, stream=True)
                if response.status_code != 200:
                    response.read()
                    response.close()
                    response.raise_for_status()
                return response

            response = self._with_retries(open_stream)
            try:
                for line in response.iter_lines():
                    if not line.startswith("data:"):
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        return
                    try:
                        delta = json.loads(data)["choices"][0].get("delta", {})
                    except (ValueError, KeyError, IndexError, TypeError) as e:
                        raise LLMError(
                            f"LLM server {self.base_url}: expected a chat-completions chunk, "
                            f"got {data[:200]!r}"
                        ) from e
                    piece = delta.get("content") or ""
                    if piece:
                        yield piece
            except httpx.TimeoutException as e:
                raise LLMError(
                    f"LLM server {self.base_url}: stream stalled, no data for "
                    f"{self.http.timeout_s:g}s"
                ) from e
            except httpx.TransportError as e:
                raise LLMError(f"LLM server {self.base_url}: stream broke off ({e})") from e
            finally:
                response.close()
        finally:
            client.close()
