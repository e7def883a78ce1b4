"""The tuning files are read as every YAML file is (`core.yaml_files`): a phrasebook or a copy
example that gives a key twice is refused, naming the file, not read with its last value."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.llm.tuning import copy_examples
from assistant.llm.tuning.phrases import PhrasesError, parse_phrasebook
from core.yaml_files import RepeatedKeyError


def test_a_phrasebook_that_gives_a_table_twice_is_refused() -> None:
    with pytest.raises(PhrasesError) as refused:
        parse_phrasebook("greetings: [hi]\nthanks: [ta]\ngreetings: [hello]\n", "my_phrases.yaml")
    said = str(refused.value)
    for part in ("my_phrases.yaml", "'greetings' twice", "(line 1)", "(line 3)", "keep one"):
        assert part in said


def test_a_copy_example_that_gives_a_channel_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "copy_examples.yaml"
    path.write_text(
        "- product: {id: p1, name: Lip Balm, category: Lips, price: 4.5}\n"
        "  sms: Soft lips for $4.50.\n"
        "  sms: Soft lips.\n",
        encoding="utf-8",
    )
    with pytest.raises(RepeatedKeyError, match=f"{path}: .*'sms' twice"):
        copy_examples.load_examples(path)


def test_a_holdout_list_reads_as_before(tmp_path: Path) -> None:
    path = tmp_path / "copy_holdout.yaml"
    path.write_text("- p1\n- 2\n", encoding="utf-8")
    assert copy_examples.load_holdout(path) == ["p1", "2"]
