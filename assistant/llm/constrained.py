"""JSON-schema constrained decoding on the local backend, by xgrammar.

`bounded_json_grammar` turns a schema into a grammar whose numbers are bounded;
`JsonSchemaDecoding._grammar_processor` compiles it once per schema for a model's tokenizer.
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
    """The constrained decoding part of `assistant.llm.local.LocalLLM`: its host holds the
    tokenizer, the model's end-of-text ids and vocabulary size, and the compiler and grammars
    made here (``_compiler`` None until the first ``json_schema`` call)."""

    tokenizer: Any
    vocab_size: int
    _eos_ids: frozenset[int]
    _compiler: Any
    _grammars: OrderedDict[str, Any]

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
