"""A scripted fake language model the copy tests share (`ScriptedLLM`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from assistant.llm.base import LLM, GenerationOptions


class ScriptedLLM(LLM):
    """Answers every prompt with the next scripted text; remembers the prompts."""

    name = "scripted"
    capable = False

    def __init__(self, answers: Sequence[str]) -> None:
        self.answers = list(answers)
        self.prompts: list[str] = []

    def _next(self, prompt: str) -> str:
        self.prompts.append(prompt)
        return self.answers[(len(self.prompts) - 1) % len(self.answers)]

    def _complete(self, prompts, options: GenerationOptions) -> Iterator[tuple[int, str]]:
        answers = [self._next(p) for p in prompts]
        yield from reversed(list(enumerate(answers)))  # the last one "finished" first

    def _stream(self, prompt: str, options: GenerationOptions) -> Iterator[str]:
        text = self._next(prompt)
        yield from (text[i : i + 3] for i in range(0, len(text), 3))
