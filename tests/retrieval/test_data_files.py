"""`retrieval.data_files.load_yaml`: the package data of retrieval/data/, read by name, once."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from retrieval.data_files import load_yaml, pattern_writer

FILES = sorted(
    f.name
    for f in resources.files("retrieval").joinpath("data").iterdir()
    if f.name.endswith(".yaml")
)


@pytest.mark.parametrize("name", FILES)
def test_each_file_reads_as_yaml_reads_it(name: str) -> None:
    text = resources.files("retrieval").joinpath("data", name).read_text("utf-8")
    assert load_yaml(name) == yaml.safe_load(text)


def test_a_file_is_read_once() -> None:
    assert load_yaml("currencies.yaml") is load_yaml("currencies.yaml")


def test_a_file_not_there_is_an_error() -> None:
    with pytest.raises(FileNotFoundError):
        load_yaml("no_such_file.yaml")


def test_a_pattern_is_written_with_the_parts_it_names() -> None:
    write = pattern_writer({"sun": "(?:sun|beach)", "burnt": "{sun} ?burnt"})
    assert write(r"\b{burnt}\b") == r"\b(?:sun|beach) ?burnt\b"  # a part uses one above it
    assert write("no parts") == "no parts"
