#!/usr/bin/env bash
# The project's test run, as CI runs it: lint, then the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${VENV:-.venv}/bin"
"$BIN/ruff" check .
"$BIN/python" -m pytest -q --timeout=900 "$@"
