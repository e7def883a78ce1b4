"""The LLM base class: every backend implements two methods and gets the four public ones."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest

from assistant.llm.base import LLM, GenerationOptions
from assistant.llm.errors import LLMError


class Echo(LLM):
    """Answers 'echo: PROMPT ###tail' and records the options it was given."""

    name = "echo"

    def __init__(self) -> None:
        self.seen: list[GenerationOptions] = []
        self.closed = 0

    def _complete(
        self, prompts: Sequence[str], options: GenerationOptions
    ) -> Iterator[tuple[int, str]]:
        self.seen.append(options)
        try:
            for index in reversed(range(len(prompts))):
                yield index, f"echo: {prompts[index]} ###tail"
        finally:
            self.closed += 1

    def _stream(self, prompt: str, options: GenerationOptions) -> Iterator[str]:
        self.seen.append(options)
        try:
            yield from ["echo: ", prompt, " #", "##tail", " more"]
        finally:
            self.closed += 1


def test_public_methods_come_from_the_base_class_and_cut_at_stops() -> None:
    llm = Echo()
    assert llm.generate("a", stop=["###"]) == "echo: a "
    assert llm.batch(["a", "b"], stop=["###"]) == ["echo: a ", "echo: b "]
    assert list(llm.batch_as_completed(["a", "b"])) == [
        (1, "echo: b ###tail"),
        (0, "echo: a ###tail"),
    ]
    assert "".join(llm.stream("a", stop=["###"])) == "echo: a "
    assert llm.closed == 4  # the backend's work is closed after a stop string too


def test_options_are_one_frozen_object_and_keywords_override_it() -> None:
    llm = Echo()
    base = GenerationOptions(max_new_tokens=12, temperature=0.0, stop=["\n"], seed=3)
    llm.generate("a", base)
    llm.generate("a", base, max_new_tokens=5)
    assert llm.seen[0] == base and base.stop == ("\n",)
    assert llm.seen[1] == GenerationOptions(max_new_tokens=5, temperature=0.0, stop=("\n",), seed=3)
    with pytest.raises(AttributeError):
        base.max_new_tokens = 1  # type: ignore[misc]


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        ({"max_new_tokens": 0}, "max_new_tokens"),
        ({"temperature": -1}, "temperature"),
        ({"top_q": 1}, "top_q"),
    ],
)
def test_bad_options_name_the_field(settings: dict, field: str) -> None:
    with pytest.raises(LLMError, match=field):
        Echo().generate("a", **settings)
