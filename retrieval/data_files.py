"""The package data of ``retrieval/data/``: its YAML files, read by name once, on first use."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache
from importlib import resources
from typing import Any

from core.yaml_files import parse_yaml


@cache
def load_yaml(name: str) -> Any:
    """``retrieval/data/<name>``, parsed (YAML's safe subset, with the C parser where it is
    installed); read on the first call and shared after: a reader copies what it changes.
    A mapping that gives a key twice is refused (`core.yaml_files.parse_yaml`)."""
    return parse_yaml(resources.files("retrieval").joinpath("data", name).read_text("utf-8"), name)


_PART = re.compile(r"\{([a-z_]+)\}")
"""A part named in a pattern of a data file ("{outdoors}")."""


def pattern_writer(parts: Mapping[str, str]) -> Callable[[str], str]:
    """What writes the patterns of a data file whose ``parts`` section names pieces several
    patterns share: a pattern with each ``{name}`` replaced by that part (a part may use the
    parts above it: `called_for.yaml`, `traits_as_said.yaml`)."""
    written: dict[str, str] = {}

    def write(pattern: str) -> str:
        return _PART.sub(lambda m: written[m.group(1)], pattern)

    for name, part in parts.items():
        written[name] = write(part)
    return write
