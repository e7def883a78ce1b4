"""Language-model backends behind one small interface (`LLM`): local transformers and
OpenAI-compatible HTTP, chosen by `make_llm`, wrapped for LangChain by `chain.ShopLLM`.

Importing this package is cheap: torch and transformers load only when a model does.
"""

from __future__ import annotations

from assistant.llm.base import LLM
from assistant.llm.errors import LLMError
from assistant.llm.factory import make_llm, make_llm_from_settings

__all__ = ["LLM", "LLMError", "make_llm", "make_llm_from_settings"]
