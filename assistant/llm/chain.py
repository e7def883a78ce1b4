"""LangChain glue: our `LLM` as a langchain-core LLM, so prompts and parsers compose with it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.llms import LLM as LangChainLLM
from langchain_core.outputs import Generation, GenerationChunk, LLMResult
from langchain_core.prompts import StringPromptTemplate
from pydantic import ConfigDict

from assistant.llm.base import LLM, GenerationOptions


class ShopLLM(LangChainLLM):
    """A langchain-core text LLM over any backend of the `LLM` protocol.

    Generation settings (``max_new_tokens``, ``temperature``, ``seed``) are fields, so a chain
    can carry them: ``prompt | ShopLLM(llm=backend, max_new_tokens=40) | parser``.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    llm: Any
    max_new_tokens: int = 64
    temperature: float = 0.7
    seed: int | None = None

    @property
    def _llm_type(self) -> str:
        return "shopassist"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {
            "name": getattr(self.llm, "name", "?"),
            "max_new_tokens": self.max_new_tokens,
            "temperature": self.temperature,
        }

    def _options(self, stop: list[str] | None, kwargs: dict[str, Any]) -> GenerationOptions:
        return GenerationOptions(
            max_new_tokens=kwargs.get("max_new_tokens", self.max_new_tokens),
            temperature=kwargs.get("temperature", self.temperature),
            stop=tuple(stop or ()),
            seed=kwargs.get("seed", self.seed),
        )

    def _call(
        self,
        prompt: str,
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> str:
        backend: LLM = self.llm
        return backend.generate(prompt, self._options(stop, kwargs))

    def _generate(
        self,
        prompts: list[str],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> LLMResult:
        # One batched call to the backend for every prompt (langchain's default loops).
        backend: LLM = self.llm
        texts = backend.batch(prompts, self._options(stop, kwargs))
        return LLMResult(generations=[[Generation(text=t)] for t in texts])

    def _stream(
        self,
        prompt: str,
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[GenerationChunk]:
        backend: LLM = self.llm
        for piece in backend.stream(prompt, self._options(stop, kwargs)):
            chunk = GenerationChunk(text=piece)
            if run_manager is not None:
                run_manager.on_llm_new_token(piece, chunk=chunk)
            yield chunk


class JinjaPrompt(StringPromptTemplate):
    """A langchain-core prompt template over one of our packaged prompts (``prompts/<name>``).

    Rendering goes through `prompts.PromptSpec.render` (Jinja with StrictUndefined), so a missing
    variable fails loudly instead of leaving a hole in the prompt.
    """

    name_: str

    @classmethod
    def named(cls, name: str) -> JinjaPrompt:
        """The template for ``prompts/<name>.yaml``."""
        import prompts

        spec = prompts.load(name)
        return cls(name_=name, input_variables=list(spec.variables))

    def format(self, **kwargs: Any) -> str:
        """Render the template."""
        import prompts

        return prompts.load(self.name_).render(**kwargs)

    @property
    def _prompt_type(self) -> str:
        return "shopassist-jinja"
