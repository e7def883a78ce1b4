"""Import arrows that the tests can check cheaply (DESIGN.md §3, issue 16)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.paths import REPO

OURS = ("core", "catalog", "prompts", "retrieval", "ranking", "experiments", "assistant", "ui")
"""Our packages, lowest layer first."""
MAY_IMPORT: dict[str, set[str]] = {
    "core": set(),
    "catalog": {"core"},
    "prompts": {"core"},
    "retrieval": {"catalog", "core"},
    "ranking": {"catalog", "core"},
    "experiments": {"catalog", "core"},
    "assistant": {"catalog", "core", "prompts", "retrieval", "ranking", "experiments"},
    "ui": {"catalog", "core", "prompts", "retrieval", "ranking", "experiments", "assistant"},
}
"""Which of our packages each package may import (besides itself). Nothing imports `ui`, and
no package imports `bench` or `tests`."""


def _imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
    return found


def test_bench_never_imports_tests() -> None:
    offenders = {
        path.name: sorted(m for m in _imported_modules(path) if m.split(".")[0] == "tests")
        for path in sorted((REPO / "bench").glob("*.py"))
    }
    assert {name: mods for name, mods in offenders.items() if mods} == {}


def test_arrows_point_down_the_layers() -> None:
    """Every import of one of our packages (lazy ones inside functions too) goes to a layer
    below: `core` imports none of ours, `catalog` only `core`, retrieval, ranking and
    experiments only `catalog` and `core`, and nothing imports `ui`, `bench` or `tests`."""
    offenders: dict[str, list[str]] = {}
    for package in OURS:
        for path in sorted((REPO / package).rglob("*.py")):
            wrong = sorted(
                module
                for module in _imported_modules(path)
                if (top := module.split(".")[0]) != package
                and (top in OURS or top in ("bench", "tests"))
                and top not in MAY_IMPORT[package]
            )
            if wrong:
                offenders[str(path.relative_to(REPO))] = wrong
    assert offenders == {}


def test_the_check_sees_a_wrong_arrow(tmp_path: Path) -> None:
    """The scan finds imports inside functions too (the arrows of lazy imports count)."""
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from ui.compose import build_services\n", encoding="utf-8")
    assert "ui.compose" in _imported_modules(module)
