"""JSON-schema constrained decoding on the local backend, by xgrammar.

`bounded_json_grammar` turns a schema into a grammar whose numbers are bounded;
`JsonSchemaDecoding.processor` compiles it once per schema for a model's tokenizer.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from assistant.llm.errors import LLMError

KEPT_GRAMMARS = 16
"""Compiled JSON-schema grammars kept per model (constrained decoding)."""


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


class JsonSchemaDecoding:
    """The constrained decoding of a local model (`assistant.llm.local.LocalLLM.grammars`).

    Attributes:
        tokenizer: the model's tokenizer (the vocabulary the grammar masks).
        vocab_size: rows of the model's output projection (can exceed the tokenizer's).
        eos_ids: the model's end-of-text ids, the only way a grammar ends.
        compiler: xgrammar's compiler for this tokenizer, None until the first schema.
        grammars: compiled grammars by schema text, least recently used first.
    """

    def __init__(self, tokenizer: Any, vocab_size: int, eos_ids: frozenset[int]) -> None:
        self.tokenizer = tokenizer
        self.vocab_size = vocab_size
        self.eos_ids = eos_ids
        self.compiler: Any = None
        self.grammars: OrderedDict[str, Any] = OrderedDict()

    def processor(self, json_schema: str) -> Any:
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
        if self.compiler is None:
            info = xgr.TokenizerInfo.from_huggingface(
                self.tokenizer, vocab_size=self.vocab_size, stop_token_ids=sorted(self.eos_ids)
            )
            self.compiler = xgr.GrammarCompiler(info, cache_enabled=False)
        grammar = self.grammars.get(json_schema)
        if grammar is None:
            try:
                grammar = self.compiler.compile_grammar(bounded_json_grammar(json_schema))
            except Exception as e:
                raise LLMError(
                    f"json_schema: expected a JSON schema xgrammar can compile, got "
                    f"{json_schema[:120]!r}: {e}"
                ) from e
            self.grammars[json_schema] = grammar
            if len(self.grammars) > KEPT_GRAMMARS:
                self.grammars.popitem(last=False)
        self.grammars.move_to_end(json_schema)
        return xgr.contrib.hf.LogitsProcessor(grammar)
