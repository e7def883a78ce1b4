"""Request parsers: a language model fills this turn's `ModelRequest` (issue 17, point 1).

`RequestParser` is the port the conversation reads a model's understanding through; a parser
answers None when it gives up (the model failed, timed out or wrote nothing usable) and the
conversation then keeps the rules' understanding. `ModelRequestParser` asks any `LLM` through
`LLM.chat` with the schema, so the answer is always valid JSON: the local backend constrains
decoding to the schema (xgrammar), an OpenAI-compatible server gets ``response_format``.
A base model reads worked examples first (`load_examples`, prompts/parser_examples.yaml);
a fine-tuned or instruction-tuned one reads the instruction and the turn only.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence
from importlib import resources
from typing import Any, Protocol

from assistant.dialogue.model.model_request import (
    ModelRequest,
    PickLine,
    TurnSituation,
    parser_messages,
)
from assistant.llm.base import LLM
from assistant.llm.checked import ModelTask
from core.errors import ShopAssistError

logger = logging.getLogger(__name__)

Example = tuple[TurnSituation, str, ModelRequest]
"""A worked example: what the parser saw, the shopper's message, the request to write."""

EXAMPLES_FILE = "parser_examples.yaml"
MAX_NEW_TOKENS = 120
"""Enough for a full request of this schema written compactly (the schema bounds every
string and list, so a constrained answer cannot run away)."""


class ParserError(ShopAssistError):
    """The parser's examples cannot be read (a malformed YAML file or example)."""


class RequestParser(Protocol):
    """Understands one shopper message in its situation, or gives up."""

    def parse(self, situation: TurnSituation, message: str) -> ModelRequest | None:
        """This turn's request (a delta), or None to leave the turn to the rules."""
        ...


class ModelRequestParser:
    """A `RequestParser` over a language model, with constrained JSON output.

    Attributes:
        task: the model calls' outcomes and the last one's time (`ModelTask`).
    """

    def __init__(
        self,
        llm: LLM,
        *,
        examples: Sequence[Example] = (),
        max_new_tokens: int = MAX_NEW_TOKENS,
        budget_s: float | None = None,
    ) -> None:
        """Set up the parser.

        Args:
            llm: the model (`assistant.llm.factory.make_parser_llm`).
            examples: worked examples for a base model (`load_examples()`); () for a
                fine-tuned or instruction-tuned model.
            max_new_tokens: the most tokens one answer may take.
            budget_s: the seconds one reading may take (``Settings.parser_timeout``), which
                ``llm`` enforces (`make_parser_llm`); a reading that fails once it is spent
                is counted "timed out" in ``task.counts``, else "failed".
        """
        self.llm = llm
        self.examples = tuple(examples)
        self.max_new_tokens = max_new_tokens
        self.task = ModelTask(f"request parser {self.name}", budget_s=budget_s)
        self._warm = not self.examples

    def warm(self) -> None:
        """Read the instruction and the examples once, so every turn reuses them: a batch of
        two turns sharing them leaves their keys and values in the local backend's prefix
        cache (a server with prefix caching does the same on its side). Errors are logged."""
        self._warm = True
        prompts = [
            self.llm.render_chat(parser_messages(TurnSituation(), said, examples=self.examples))
            for said in ("hi", "a shampoo")
        ]
        try:
            self.llm.batch(prompts, max_new_tokens=1, temperature=0.0)
        except ShopAssistError as e:
            logger.warning("request parser %s: warming the examples failed: %s", self.name, e)

    def prepare(self) -> None:
        """Run one reading of a single token (its cut answer dropped) so that the first
        shopper's reading does not pay for what a model does once: the local backend compiles
        the schema's grammar and runs its first forward pass (about 4 s more than a reading on
        the shared 2-core machine, past any time budget). Called when the parser is built for
        a conversation (`ui.compose.load_parser`)."""
        if not self._warm:
            self.warm()
        with contextlib.suppress(ShopAssistError):  # one token is no answer: only the
            self.llm.chat(  # grammar and the first pass were wanted
                parser_messages(TurnSituation(), "hi", examples=self.examples),
                schema=ModelRequest,
                max_new_tokens=1,
                temperature=0.0,
            )

    @property
    def name(self) -> str:
        """The model's name, and 'few-shot' when it reads examples."""
        return f"{self.llm.name}{' few-shot' if self.examples else ''}"

    def parse(self, situation: TurnSituation, message: str) -> ModelRequest | None:
        """Ask the model; None (logged and counted) when it fails or runs out of time."""
        if not self._warm:
            self.warm()
        return self.task.ask(
            lambda: self.llm.chat(
                parser_messages(situation, message, examples=self.examples),
                schema=ModelRequest,
                max_new_tokens=self.max_new_tokens,
                temperature=0.0,
            )
        )


def load_examples(text: str | None = None) -> list[Example]:
    """The worked examples for a base model.

    Args:
        text: the YAML text; None reads the packaged prompts/parser_examples.yaml.

    Raises:
        ParserError: the YAML is malformed, gives a key twice, or an example does not fit
            `ModelRequest`.
    """
    from pydantic import ValidationError

    from core.yaml_files import read_yaml

    if text is None:
        text = resources.files("prompts").joinpath(EXAMPLES_FILE).read_text(encoding="utf-8")
    data = read_yaml(text, EXAMPLES_FILE, ParserError)
    if not isinstance(data, dict) or not isinstance(data.get("examples"), list):
        raise ParserError(f"{EXAMPLES_FILE}: expected a mapping with an 'examples' list")
    out: list[Example] = []
    for i, raw in enumerate(data["examples"]):
        where = f"{EXAMPLES_FILE}: examples[{i}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("message"), str):
            raise ParserError(f"{where}: expected a mapping with a 'message' text, got {raw!r:.80}")
        try:
            request = ModelRequest.model_validate(raw.get("request") or {})
        except ValidationError as e:
            raise ParserError(f"{where}.request: expected a ModelRequest, got {e}") from e
        out.append((_situation(raw.get("situation") or {}, where), raw["message"], request))
    return out


def _situation(data: Any, where: str) -> TurnSituation:
    if not isinstance(data, dict):
        raise ParserError(f"{where}.situation: expected a mapping, got {data!r:.80}")
    picks = tuple(
        PickLine(title=str(p["title"]), brand=str(p.get("brand") or ""), price=p.get("price"))
        for p in data.get("picks") or []
    )
    return TurnSituation(
        question=str(data.get("question") or ""),
        options=tuple(str(o) for o in data.get("options") or ()),
        picks=picks,
        so_far=str(data.get("so_far") or ""),
    )
