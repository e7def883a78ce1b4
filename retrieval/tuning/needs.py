"""The need-style phrases the team writes per category (``retrieval/data/needs.yaml``)."""

from __future__ import annotations

from pathlib import Path

from core.yaml_files import RepeatedKeyError, parse_yaml
from retrieval.data_files import load_yaml
from retrieval.errors import RetrievalError


def load_needs(path: Path | str | None = None) -> dict[str, list[str]]:
    """Category path prefix -> need phrases.

    Args:
        path: a YAML file of the same shape; default the packaged ``needs.yaml``.

    Raises:
        RetrievalError: the file is not a mapping of strings to lists of strings, or gives a
            category path twice (only one of its lists would be read).
    """
    if path is None:
        data = load_yaml("needs.yaml") or {}
        where = "retrieval/data/needs.yaml"
    else:
        where = str(path)
        try:
            data = parse_yaml(Path(path).read_text("utf-8"), where) or {}
        except RepeatedKeyError as e:
            raise RetrievalError(f"needs file {e}") from e
    if not isinstance(data, dict):
        raise RetrievalError(
            f"needs file {where}: expected a mapping 'A > B' -> [phrases], got "
            f"{type(data).__name__}"
        )
    needs: dict[str, list[str]] = {}
    for prefix, phrases in data.items():
        if not isinstance(prefix, str) or not isinstance(phrases, list):
            raise RetrievalError(
                f"needs file {where}, key {prefix!r}: expected a category path and a list of "
                f"phrases, got {type(phrases).__name__}"
            )
        needs[prefix] = [str(p).strip() for p in phrases if str(p).strip()]
    return needs
