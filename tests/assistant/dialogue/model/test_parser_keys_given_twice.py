"""The parser's worked examples are read as every YAML file is (`core.yaml_files`): an example
that gives a key twice is refused, naming the file, not read with its last value."""

from __future__ import annotations

import pytest

from assistant.dialogue.model.parser import EXAMPLES_FILE, ParserError, load_examples

TWICE = """\
examples:
  - message: "red lipstick"
    message: "blue lipstick"
    request: {}
"""


def test_an_example_that_gives_a_key_twice_is_refused() -> None:
    with pytest.raises(ParserError) as refused:
        load_examples(TWICE)
    said = str(refused.value)
    for part in (EXAMPLES_FILE, "'message' twice", "(line 2)", "(line 3)", "keep one"):
        assert part in said


def test_the_packaged_examples_still_load() -> None:
    assert load_examples()
