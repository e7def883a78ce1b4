"""A prompt file is read as every YAML file is (`core.yaml_files`): one that gives a key twice
(two templates, say) is refused with a `PromptError` naming the file, not read with the last."""

from __future__ import annotations

from pathlib import Path

import pytest

import prompts
from prompts import PromptError


def test_a_prompt_that_gives_its_template_twice_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "twice.yaml").write_text(
        "template: 'Write about {{ product }}:'\ntemperature: 0.5\ntemplate: 'Say hi:'\n",
        encoding="utf-8",
    )

    class _Here:
        @staticmethod
        def files(_package: str) -> Path:
            return tmp_path

    monkeypatch.setattr(prompts, "resources", _Here)
    prompts.load.cache_clear()
    try:
        with pytest.raises(PromptError) as refused:
            prompts.load("twice")
    finally:
        prompts.load.cache_clear()
    said = str(refused.value)
    for part in ("prompts/twice.yaml", "'template' twice", "(line 1)", "(line 3)", "keep one"):
        assert part in said
