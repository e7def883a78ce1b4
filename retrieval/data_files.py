"""The package data of ``retrieval/data/``: its YAML files, read by name once, on first use."""

from __future__ import annotations

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
