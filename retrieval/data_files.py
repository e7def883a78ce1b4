"""The package data of ``retrieval/data/``: its YAML files, read by name once, on first use."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


class RepeatedKeyError(ValueError):
    """A data file gives one key twice where only one of its meanings can be read (YAML keeps
    the last of a mapping's repeated keys, the lexicon the first of a language's)."""


@cache
def load_yaml(name: str) -> Any:
    """``retrieval/data/<name>``, parsed (YAML's safe subset, with the C parser where it is
    installed); read on the first call and shared after: a reader copies what it changes.
    A mapping that gives a key twice is refused (`parse_yaml`)."""
    return parse_yaml(resources.files("retrieval").joinpath("data", name).read_text("utf-8"), name)


def parse_yaml(text: str, name: str) -> Any:
    """``text`` (of the data file ``name``) parsed as `load_yaml` does; `RepeatedKeyError` where
    a mapping gives a key twice (plain YAML would keep the last one silently)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _refuse_repeated_keys(node, name)
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _refuse_repeated_keys(node: yaml.Node, name: str, path: tuple[str, ...] = ()) -> None:
    """Raise `RepeatedKeyError` where a mapping in ``node`` (of file ``name``, under the keys
    ``path``) gives one key twice, naming both lines and values."""
    if isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _refuse_repeated_keys(item, name, path)
    if not isinstance(node, yaml.MappingNode):
        return
    given: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key, value in node.value:
        if isinstance(key, yaml.ScalarNode) and key.value in given:
            first_key, first_value = given[key.value]
            where = f"section {' > '.join(path)!r}" if path else "the top level"
            raise RepeatedKeyError(
                f"{name}: {where} gives the key {key.value!r} twice: "
                f"{_shown(first_value)} (line {first_key.start_mark.line + 1}) and "
                f"{_shown(value)} (line {key.start_mark.line + 1}); keep one"
            )
        if isinstance(key, yaml.ScalarNode):
            given[key.value] = (key, value)
        _refuse_repeated_keys(value, name, (*path, str(key.value)))


def _shown(value: yaml.Node) -> str:
    """A value of a data file as an error names it: a scalar as written, else its kind."""
    if isinstance(value, yaml.ScalarNode):
        return repr(value.value)
    return "a list" if isinstance(value, yaml.SequenceNode) else "a mapping"
