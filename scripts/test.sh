#!/usr/bin/env bash
# The project's test run, as CI runs it: lint, then the whole test suite. llama.cpp's server,
# for the OpenAI-compatible backend's tests, is built once into the venv
# (scripts/llama-server.sh) at the lowest CPU priority while the rest of the suite runs; the
# tests that talk to it run last.
set -euo pipefail
cd "$(dirname "$0")/.."
export VENV="${VENV:-.venv}"
BIN="$VENV/bin"
"$BIN/ruff" check .
"$BIN/ruff" format --check .
setsid nice -n 19 bash scripts/llama-server.sh &
build=$!
status=0
"$BIN/python" -m pytest -q --timeout=900 -m "not llama_server" "$@" || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 5 ]; then  # 5: nothing selected
  kill -- -"$build" 2>/dev/null || true
  exit "$status"
fi
wait "$build"
status=0
"$BIN/python" -m pytest -q --timeout=900 -m llama_server "$@" || status=$?
[ "$status" -eq 0 ] || [ "$status" -eq 5 ] || exit "$status"
