"""One way to read YAML for every layer: a mapping that gives a key twice is refused.

Plain YAML keeps the last of a mapping's repeated keys in silence, so a data file, a prompt or
a labelled case that says one thing twice would lose the first meaning unseen. `parse_yaml`
reads YAML's safe subset (with the C parser where it is installed) and raises
`RepeatedKeyError` naming the file, the section, the key and both lines instead.
"""

from __future__ import annotations

from typing import Any

import yaml

from core.errors import ShopAssistError


class RepeatedKeyError(ShopAssistError, ValueError):
    """A YAML file gives one key twice where only one of its meanings can be read (YAML keeps
    the last of a mapping's repeated keys, the lexicon the first of a language's)."""


def parse_yaml(text: str, name: str) -> Any:
    """``text`` (of the file ``name``) parsed as YAML's safe subset; `RepeatedKeyError` where a
    mapping gives a key twice (plain YAML would keep the last one silently).

    Raises:
        yaml.YAMLError: the text is not YAML.
        RepeatedKeyError: a mapping gives a key twice.
    """
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _refuse_repeated_keys(node, name)
        return loader.construct_document(node)
    finally:
        loader.dispose()


def read_yaml(text: str, name: str, error: type[ShopAssistError], where: str | None = None) -> Any:
    """``text`` (of the file ``name``) parsed by `parse_yaml`, either way it fails raised as
    ``error``, the reading layer's own: text that is not YAML as "``where``: malformed YAML:
    ...; fix the file" (``where``: ``name`` unless given, as "prompt 'copy'"), a key given twice
    as `RepeatedKeyError` says it (after ``where`` where given).

    Raises:
        ShopAssistError: ``error``, for text that is not YAML or a key given twice.
    """
    try:
        return parse_yaml(text, name)
    except yaml.YAMLError as e:
        raise error(f"{where or name}: malformed YAML: {e}; fix the file") from e
    except RepeatedKeyError as e:
        raise error(f"{where}: {e}" if where else str(e)) from e


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
    """A value of a YAML file as an error names it: a scalar as written, else its kind."""
    if isinstance(value, yaml.ScalarNode):
        return repr(value.value)
    return "a list" if isinstance(value, yaml.SequenceNode) else "a mapping"
