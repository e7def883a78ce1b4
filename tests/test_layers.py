"""Import arrows that the tests can check cheaply (DESIGN.md §3, issue 16)."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


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
